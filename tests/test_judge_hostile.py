"""Adversarial battery: hostile programs against the real sandbox.

Each program gets a verdict that is not AC (unless noted), leaves the host untouched, and
leaves no process behind. The sandbox must stay usable: a correct program judged right after
each hostile one is still AC.
"""
from __future__ import annotations

import os
import socket
import threading

import pytest

from conftest import sandbox_processes, stdin_problem

from codediv.judge import Judge

pytestmark = pytest.mark.skipif(os.geteuid() != 0, reason="full isolation needs root (uid switching)")

CANARY_DIR = "/tmp/codediv-hostile-canary"
SECRET = "expected-output-7f3a9c"


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
    # No process of the sandbox uids survives the verdict.
    assert sandbox_processes(judge) == []
    # The sandbox still works for the next program.
    ok = judge.submit(stdin_problem([("2 3\n", "5\n")], pid="hostile/after"),
                      "a, b = map(int, input().split())\nprint(a + b)").result()
    assert ok.verdict == "AC"


def test_hostile_battery_is_large_enough():
    assert len(NAMES) >= 20


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
