"""Idiom battery: valid programs that every correct judge must accept.

Each program reads the test input in its own way and must be AC. LiveCodeBench's in-process
harness rejects several of them (sys.stdout.buffer.write, open(0), iterating sys.stdin,
global in nested functions, quit()); codediv runs real processes and must not.
"""
from __future__ import annotations

import importlib.util
import math

import pytest

from conftest import stdin_problem

from codediv.judge import Judge, JudgeConfig
from codediv.sandbox import Limits

SUM_IN = "3\n1 2 3\n"
SUM_OUT = "6\n"

IDIOMS = {
    "input": ("n = int(input())\nprint(sum(map(int, input().split())))", SUM_IN, SUM_OUT),
    "stdin_read": ("import sys\nd = sys.stdin.read().split()\nprint(sum(map(int, d[1:])))", SUM_IN, SUM_OUT),
    "stdin_readline": ("import sys\nsys.stdin.readline()\nprint(sum(map(int, sys.stdin.readline().split())))", SUM_IN, SUM_OUT),
    "stdin_buffer": ("import sys\nd = sys.stdin.buffer.read().split()\nprint(sum(map(int, d[1:])))", SUM_IN, SUM_OUT),
    "iterate_stdin": ("import sys\nlines = [l for l in sys.stdin]\nprint(sum(map(int, lines[1].split())))", SUM_IN, SUM_OUT),
    "open0": ("d = open(0).read().split()\nprint(sum(map(int, d[1:])))", SUM_IN, SUM_OUT),
    "open0_bytes": ("d = open(0, 'rb').read().split()\nprint(sum(map(int, d[1:])))", SUM_IN, SUM_OUT),
    "fstat_fast_io": ("import io, os\ninput = io.BytesIO(os.read(0, os.fstat(0).st_size)).readline\n"
                      "input()\nprint(sum(map(int, input().split())))", SUM_IN, SUM_OUT),
    "readlines": ("import sys\nls = sys.stdin.readlines()\nprint(sum(int(x) for x in ls[1].split()))", SUM_IN, SUM_OUT),
    "stdout_buffer_write": ("import sys\nd = sys.stdin.read().split()\n"
                            "sys.stdout.buffer.write(str(sum(map(int, d[1:]))).encode() + b'\\n')", SUM_IN, SUM_OUT),
    "stdout_write": ("import sys\nd = sys.stdin.read().split()\nsys.stdout.write('%d\\n' % sum(map(int, d[1:])))", SUM_IN, SUM_OUT),
    "os_write": ("import os\nd = open(0).read().split()\nos.write(1, b'%d\\n' % sum(map(int, d[1:])))", SUM_IN, SUM_OUT),
    "print_sep_end": ("print(1, 2, 3, sep='-', end='!\\n')", "", "1-2-3!\n"),
    "print_star": ("a = [1, 2, 3]\nprint(*a)", "", "1 2 3\n"),
    "exit_after_output": ("print(6)\nexit()", SUM_IN, SUM_OUT),
    "sys_exit_after_output": ("import sys\nprint(6)\nsys.exit(0)\nprint(7)", SUM_IN, SUM_OUT),
    "quit_after_output": ("print(6)\nquit()", SUM_IN, SUM_OUT),
    "raise_systemexit": ("print(6)\nraise SystemExit", SUM_IN, SUM_OUT),
    "main_guard": ("def main():\n    input()\n    print(sum(map(int, input().split())))\n\n"
                   "if __name__ == '__main__':\n    main()", SUM_IN, SUM_OUT),
    "global_in_nested": ("total = 0\ndef outer():\n    def inner(x):\n        global total\n        total += x\n"
                         "    input()\n    for v in map(int, input().split()):\n        inner(v)\nouter()\nprint(total)",
                         SUM_IN, SUM_OUT),
    "threads_joined": ("import threading\nres = [0] * 3\ndef w(i):\n    res[i] = i + 1\n"
                       "ts = [threading.Thread(target=w, args=(i,)) for i in range(3)]\n"
                       "[t.start() for t in ts]\n[t.join() for t in ts]\nprint(sum(res))", "", SUM_OUT),
    "thread_big_stack_recursion": ("import sys, threading\nsys.setrecursionlimit(10**6)\nthreading.stack_size(2**27)\n"
                                   "from functools import lru_cache\n@lru_cache(None)\ndef f(n):\n    return 0 if n == 0 else f(n - 1) + 1\n"
                                   "def main():\n    print(f(100000))\nt = threading.Thread(target=main)\nt.start()\nt.join()",
                                   "", "100000\n"),
    "main_thread_deep_recursion": ("import sys\nsys.setrecursionlimit(10**6)\nfrom functools import lru_cache\n"
                                   "@lru_cache(None)\ndef f(n):\n    return 0 if n == 0 else f(n - 1) + 1\nprint(f(60000))",
                                   "", "60000\n"),
    "huge_int_str": ("print(len(str(7 ** 20000)))", "", f"{int(20000 * math.log10(7)) + 1}\n"),
    "huge_int_parse": ("x = int(input())\nprint(x % 1000003)", "9" * 6000 + "\n", f"{(pow(10, 6000, 1000003) - 1) % 1000003}\n"),
    "input_until_eof": ("tot = 0\nwhile True:\n    try:\n        line = input()\n    except EOFError:\n        break\n"
                        "    tot += sum(map(int, line.split()))\nprint(tot - 3)", SUM_IN, SUM_OUT),
    "no_trailing_newline_input": ("a, b = map(int, input().split())\nprint(a + b)", "2 4", SUM_OUT),
    "crlf_input": ("a, b = map(int, input().split())\nprint(a + b)", "2 4\r\n", SUM_OUT),
    "unicode_output": ("print('h\\u00e9llo \\u4e16\\u754c')", "", "h\u00e9llo \u4e16\u754c\n"),
    "flush_then_os_exit": ("import os, sys\nprint(6)\nsys.stdout.flush()\nos._exit(0)", "", SUM_OUT),
    "atexit_output": ("import atexit\natexit.register(lambda: print(6))", "", SUM_OUT),
    "stdin_fileno_read": ("import os\nd = os.read(0, 1 << 20).split()\nprint(sum(map(int, d[1:])))", SUM_IN, SUM_OUT),
    "float_format": ("print(f'{2/3:.6f}')", "", "0.666667\n"),
    "writes_temp_file": ("with open('scratch.txt', 'w') as f:\n    f.write('6')\nprint(open('scratch.txt').read())", "", SUM_OUT),
    "daemon_thread_left_running": ("import threading, time\nthreading.Thread(target=lambda: time.sleep(100), daemon=True).start()\n"
                                   "print(6)", "", SUM_OUT),
    "subprocess_child": ("import subprocess, sys\nout = subprocess.run([sys.executable, '-c', 'print(6)'], capture_output=True, text=True)\n"
                         "print(out.stdout.strip())", "", SUM_OUT),
    # Valid programs a real OS runs (each failed on an earlier judge).
    "multiprocessing_pool": ("from multiprocessing import Pool\ndef sq(x):\n    return x * x\n"
                             "if __name__ == '__main__':\n    with Pool(2) as pool:\n        print(sum(pool.map(sq, range(4))) - 8)",
                             "", SUM_OUT),
    "process_pool_executor": ("from concurrent.futures import ProcessPoolExecutor\ndef sq(x):\n    return x * x\n"
                              "if __name__ == '__main__':\n    with ProcessPoolExecutor(2) as ex:\n        print(sum(ex.map(sq, range(4))) - 8)",
                              "", SUM_OUT),
    "shared_memory": ("from multiprocessing import shared_memory\nm = shared_memory.SharedMemory(create=True, size=8)\n"
                      "m.buf[0] = 6\nprint(m.buf[0])\nm.close()\nm.unlink()", "", SUM_OUT),
    "stdout_closed_after_print": ("import sys\nprint(6)\nsys.stdout.close()", "", SUM_OUT),
    "stdout_none_after_print": ("import sys\nprint(6)\nsys.stdout = None", "", SUM_OUT),
    "stack_rlimit_template": ("import resource, sys\nresource.setrlimit(resource.RLIMIT_STACK, (2**29, -1))\n"
                              "sys.setrecursionlimit(10**6)\ndef depth(n):\n    return 0 if n == 0 else depth(n - 1) + 1\n"
                              "print(depth(200000) // 33333)", "", SUM_OUT),
    "getpass_getuser": ("import getpass, os, pwd\nassert getpass.getuser() == pwd.getpwuid(os.getuid()).pw_name\n"
                        "print(6)", "", SUM_OUT),
    "import_helper_from_workdir": ("open('helper.py', 'w').write('def six():\\n    return 6\\n')\nimport helper\n"
                                   "print(helper.six())", "", SUM_OUT),
    # A program's own module named like a standard one (which the judge imports ahead of the
    # tests for speed) is still the one `import` finds, as with `python main.py`.
    "own_module_named_like_stdlib": ("open('heapq.py', 'w').write('def six():\\n    return 6\\n')\nimport heapq\n"
                                     "print(heapq.six())", "", SUM_OUT),
    "stdlib_imports_in_a_function": ("def f():\n    import heapq, bisect, itertools\n    h = [3, 1]\n    heapq.heapify(h)\n"
                                     "    return h[0] + bisect.bisect([1, 2], 2) + len(list(itertools.repeat(0, 3)))\n"
                                     "print(f())", "", SUM_OUT),
    "write_tmp_and_home": ("import os, tempfile\nwith tempfile.NamedTemporaryFile('w', delete=False) as f:\n    f.write('6')\n"
                           "open(os.path.expanduser('~/x'), 'w').write(open(f.name).read())\nprint(open(os.path.expanduser('~/x')).read())",
                           "", SUM_OUT),
    # The judge waits for SIGCHLD with it blocked; a program starts, as under a shell, with no
    # signal blocked, so its own SIGCHLD handler and signal.pause-style waits work.
    "sigchld_handler_and_clear_mask": ("import os, signal\ngot = []\nsignal.signal(signal.SIGCHLD, lambda *a: got.append(1))\n"
                                       "assert not signal.pthread_sigmask(signal.SIG_BLOCK, [])\nif os.fork() == 0:\n    os._exit(0)\n"
                                       "os.wait()\nprint(6 * len(got))", "", SUM_OUT),
}
if importlib.util.find_spec("numpy") is not None:  # offered inside the sandbox (sandbox.SANDBOX_PACKAGES)
    IDIOMS["numpy_import"] = ("import numpy as np\nprint(int(np.arange(4).sum()))", "", SUM_OUT)


@pytest.mark.parametrize("name", sorted(IDIOMS))
def test_valid_idiom_is_accepted(judge, name):
    code, stdin, expected = IDIOMS[name]
    problem = stdin_problem([(stdin, expected)], pid=f"idiom/{name}")
    res = judge.submit(problem, code).result()
    assert res.verdict == "AC", res.error
    assert (res.passed, res.total) == (1, 1)


def test_every_idiom_output_reaches_the_comparison(judge):
    # The other half of "accepted": with one wrong character in the expected output, every idiom is
    # a wrong answer, so its AC above came from its own output, not from a judge that passes anything.
    problems = {f"idiom/{n}": stdin_problem([(stdin, expected.rstrip("\n") + "#\n")], pid=f"idiom/{n}")
                for n, (_, stdin, expected) in IDIOMS.items()}
    futures = {n: judge.submit(problems[f"idiom/{n}"], code) for n, (code, _, _) in IDIOMS.items()}
    assert {n: f.result().verdict for n, f in futures.items()} == {n: "WA" for n in IDIOMS}


def test_unbounded_recursion_is_a_quick_runtime_error():
    # A million frames deep: the interpreter's own hook prints the last ones (collapsed), so the
    # RecursionError is reported long before the time limit, as `python main.py` would.
    code = "import sys\nsys.setrecursionlimit(10**6)\ndef f(n):\n    return f(n + 1)\nf(0)"
    with Judge(JudgeConfig(workers=1, cache=False, limits=Limits(time_s=6, memory_mb=1024))) as judge:
        res = judge.submit(stdin_problem([("", "0\n")], pid="idiom/recursion"), code).result()
    assert res.verdict == "RE" and "RecursionError" in res.error  # not TLE: done within the CPU limit
