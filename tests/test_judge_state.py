"""Nothing a test creates outlives it, and CPU verdicts do not depend on the host.

State that could cross from one test, or one program, to the next on the same worker: SysV
and POSIX IPC objects, kernel keys, files (any tree shape), the fork server's memory, memory
held by detached shared memory. And TLE by CPU time: a program pays for its children, its
neighbours do not, and host load does not change a CPU-bound program's verdict.
"""
from __future__ import annotations

import hashlib
import os
import platform
import secrets
import subprocess
import sys
import tempfile
import time

import pytest

from conftest import key_users, sandbox_processes, stdin_problem

from codediv import _forkserver
from codediv.judge import Judge, JudgeConfig
from codediv.sandbox import Limits

pytestmark = pytest.mark.skipif(os.geteuid() != 0, reason="full isolation needs root (uid switching)")

ADD = stdin_problem([("1 2\n", "3\n"), ("5 5\n", "10\n"), ("0 0\n", "0\n")], pid="state/add")
ADD_OK = "a, b = map(int, input().split())\nprint(a + b)"
# keyctl / add_key numbers per architecture (the program calls them itself, through ctypes).
_KEY_NRS = {"x86_64": (250, 248), "aarch64": (219, 217)}.get(platform.machine())

# Looks for IPC objects a previous test or program left, then leaves its own behind:
# prints "<objects found> <objects it managed to create> <keys: made|refused>".
IPC_STATE = """import ctypes, os
libc = ctypes.CDLL(None, use_errno=True)
libc.shmat.restype = ctypes.c_void_p
libc.shmat.argtypes = [ctypes.c_int, ctypes.c_void_p, ctypes.c_int]
KEY, CREAT, KEYCTL, ADD_KEY = 0x5EC2E7, 0o1000, {keyctl}, {add_key}
found = 0
shm = libc.shmget(KEY, 4096, 0)
found += shm >= 0
found += libc.msgget(KEY, 0) >= 0
found += libc.semget(KEY, 1, 0) >= 0
found += libc.mq_open(b"/codediv-state", os.O_RDONLY) >= 0
for ring in (-4, -3, -5):  # user, session, user-session keyrings
    found += libc.syscall(KEYCTL, 10, ring, b"user", b"codediv-state", 0) >= 0
made = 0
shm = libc.shmget(KEY, 4096, CREAT | 0o666)
if shm >= 0:
    ctypes.memmove(libc.shmat(shm, None, 0), b"leftover", 8)
    made += 1
made += libc.msgget(KEY, CREAT | 0o666) >= 0
made += libc.semget(KEY, 1, CREAT | 0o666) >= 0
made += libc.mq_open(b"/codediv-state", os.O_RDWR | os.O_CREAT, 0o666, None) >= 0
keys = [libc.syscall(ADD_KEY, b"user", b"codediv-state", b"v", 1, ring) for ring in (-4, -3, -5)]
persistent = libc.syscall(KEYCTL, 22, -1, -4)  # KEYCTL_GET_PERSISTENT
print(found, made, "made" if max(keys + [persistent]) >= 0 else "refused")
"""


def _ipc_program(tag: str) -> str:
    keyctl, add_key = _KEY_NRS
    return IPC_STATE.format(keyctl=keyctl, add_key=add_key) + f"# {tag}\n"


@pytest.mark.skipif(_KEY_NRS is None, reason="system-call numbers known for x86_64 and aarch64 only")
def test_ipc_objects_and_keys_cross_neither_tests_nor_programs():
    # One worker, so every program and test runs in the same sandbox, one after the other.
    prob = stdin_problem([("", "0 4 refused\n")] * 3, pid="state/ipc")
    with Judge(JudgeConfig(workers=1, cache=False, limits=Limits(time_s=5))) as judge:
        for tag in ("first program", "second program"):
            res = judge.submit(prob, _ipc_program(tag)).result()
            assert [t.verdict for t in res.tests] == ["AC"] * 3, res.error
        assert sandbox_processes(judge) == []
        uids = {sb.uid for sb in judge.sandboxes}
    assert key_users(uids) == []  # nothing of the sandbox uids in /proc/key-users after the judge


def _shmem_mb() -> int:
    with open("/proc/meminfo") as fh:
        return next(int(line.split()[1]) for line in fh if line.startswith("Shmem:")) // 1024


def test_detached_shared_memory_is_the_tests_memory_and_is_freed():
    from test_judge_hostile import SHM_DETACHED
    before = _shmem_mb()
    prob = stdin_problem([("", "ok\n")] * 3, pid="state/shm")
    with Judge(JudgeConfig(workers=1, cache=False, limits=Limits(time_s=5, memory_mb=512))) as judge:
        # 3 x 128 MiB fits 512 MB on every test: nothing accumulates from test to test...
        res = judge.submit(prob, SHM_DETACHED.format(n=3) + "print('ok')").result()
        assert [t.verdict for t in res.tests] == ["AC"] * 3, res.error
        # ... and 5 x 128 MiB is the test's own memory, over the limit.
        assert judge.submit(prob, SHM_DETACHED.format(n=5) + "print('ok')").result().verdict == "MLE"
        # The segments died with each test's IPC namespace (freed asynchronously).
        deadline = time.monotonic() + 10
        while _shmem_mb() - before > 100 and time.monotonic() < deadline:
            time.sleep(0.2)
        assert _shmem_mb() - before <= 100


def test_a_deep_directory_tree_breaks_nothing_for_the_next_program():
    deep = "import os\nfor i in range(1500):\n    os.mkdir('d')\n    os.chdir('d')\nopen('f', 'w').write('x')\nprint(3)"
    prob = stdin_problem([("", "3\n")] * 3, pid="state/deep")
    with Judge(JudgeConfig(workers=1, cache=False, limits=Limits(time_s=5))) as judge:
        assert judge.submit(prob, deep).result().verdict == "AC"
        res = judge.submit(ADD, ADD_OK).result()  # same worker, next program
        assert res.verdict == "AC" and not res.sandbox_failure
        assert judge.sandboxes[0].restarts == 0


def test_remove_tree_handles_any_depth_and_locked_directories(tmp_path):
    # The fallback without per-test tmpfs: iterative removal with one directory fd at a time,
    # through paths far longer than PATH_MAX, and a directory the program made read-only.
    # (On a tmpfs when there is one: rmdir on a journalled disk costs milliseconds each.)
    base = tempfile.mkdtemp(dir="/dev/shm") if os.path.isdir("/dev/shm") else str(tmp_path)
    root = os.path.join(base, "w")
    os.mkdir(root)
    fd = os.open(root, os.O_RDONLY)
    for i in range(2500):
        os.mkdir("dd", dir_fd=fd)
        child = os.open("dd", os.O_RDONLY, dir_fd=fd)
        if i == 1000:
            os.close(os.open("file", os.O_CREAT | os.O_WRONLY, dir_fd=child))
            os.symlink("/etc", "link", dir_fd=child)
            os.chmod(child, 0o500)
        os.close(fd)
        fd = child
    os.close(fd)
    _forkserver.remove_tree(root)
    assert not os.path.exists(root) and os.path.exists("/etc/hostname")
    os.rmdir(base) if base != str(tmp_path) else None


def _marker_programs() -> tuple[str, str, str]:
    token = secrets.token_hex(16)
    # The earlier program carries the marker in a string and in many comment lines: its text
    # passes through big buffers whose freed memory a forked child would inherit.
    earlier = f"x = 'CODEDIV_MARK_{token}'\nprint(len(x) - 42)\n" + f"# CODEDIV_MARK_{token}\n" * 300
    # Scans its own anonymous memory for the earlier program's marker (by hash: the scanner
    # holds only the prefix, so finding itself is impossible).
    scanner = ("import ctypes, hashlib\nP = b'CODEDIV' + b'_MARK_'\n"
               f"H = '{hashlib.sha256(token.encode()).hexdigest()}'\nfound = False\n"
               "for line in open('/proc/self/maps').read().splitlines():\n    parts = line.split()\n"
               "    if parts[1][0] != 'r' or (len(parts) > 5 and parts[5] not in ('[heap]', '[stack]')):\n        continue\n"
               "    lo, hi = (int(x, 16) for x in parts[0].split('-'))\n    chunk = ctypes.string_at(lo, hi - lo)\n"
               "    i = chunk.find(P)\n    while i >= 0:\n"
               "        found = found or hashlib.sha256(chunk[i + len(P):i + len(P) + 32]).hexdigest() == H\n"
               "        i = chunk.find(P, i + 1)\nprint('leak' if found else 'clean')\n")
    return earlier, scanner, token


def test_a_later_program_finds_no_earlier_program_in_memory():
    earlier, scanner, token = _marker_programs()
    prob = stdin_problem([("", "clean\n")], pid="state/memory")
    with Judge(JudgeConfig(workers=1, cache=False, limits=Limits(time_s=5, memory_mb=512))) as judge:
        assert judge.submit(stdin_problem([("", "3\n")], pid="state/marker"), earlier).result().verdict == "AC"
        res = judge.submit(prob, scanner).result()
        assert res.verdict == "AC", res.error
        # Control: the scanner does find the marker when it is in its own program.
        ctrl = judge.submit(prob, scanner + f"y = 'CODEDIV_MARK_{token}'\n").result()
        assert ctrl.verdict == "WA" and "leak" in ctrl.error


CPU_PROGRAM = ("import time\nt = time.process_time()\nwhile time.process_time() - t < {s}:\n    pass\n"
               "a, b = map(int, input().split())\nprint(a + b)\n# copy {i}")


def test_cpu_burning_children_are_charged_to_their_program_not_to_neighbours():
    from test_judge_hostile import CPU_CHILDREN
    one = stdin_problem([("1 2\n", "3\n")], pid="state/cpu")
    burner = CPU_CHILDREN + "a, b = map(int, input().split())\nprint(a + b)"
    with Judge(JudgeConfig(workers=2, cache=False, limits=Limits(time_s=1.5))) as judge:
        hostile = [judge.submit(one, burner + f"\n# {i}") for i in range(2)]
        innocent = [judge.submit(one, CPU_PROGRAM.format(s=0.25, i=i)) for i in range(6)]
        assert [f.result().verdict for f in hostile] == ["TLE", "TLE"]
        assert all("of CPU" in f.result().error for f in hostile)
        assert [f.result().verdict for f in innocent] == ["AC"] * 6


@pytest.mark.slow  # adds load on purpose
def test_cpu_bound_verdicts_do_not_depend_on_host_load():
    # Three busy processes compete with the two workers for the cores (on top of whatever
    # else runs): the verdicts are those of CPU time. (A wall-clock TLE is possible only past
    # the backstop, 3 x the limit, and would not be cached.)
    spin = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(3)]
    try:
        one = stdin_problem([("1 2\n", "3\n")], pid="state/load")
        with Judge(JudgeConfig(workers=2, cache=False, limits=Limits(time_s=1.5))) as judge:
            fast = [judge.submit(one, CPU_PROGRAM.format(s=0.3, i=i)) for i in range(10)]
            slow = [judge.submit(one, CPU_PROGRAM.format(s=3.0, i=i)) for i in range(2)]
            assert [f.result().verdict for f in fast] == ["AC"] * 10
            assert [f.result().verdict for f in slow] == ["TLE"] * 2
    finally:
        for p in spin:
            p.kill()
            p.wait()


# A test's tmpfs is kept for the next test (of the same program or the next) only when nothing
# in it changed. REPORT shows what a test could learn about an earlier one from its file area: the
# inode number a new file gets (it moves on after any file was made, even one deleted at
# once), the work dir's mode, xattrs and links, and the entries of ., .. and /dev/shm.
REPORT = """import os
fd = os.open('probe', os.O_CREAT | os.O_WRONLY, 0o600)
ino = os.fstat(fd).st_ino
os.close(fd)
os.unlink('probe')
st = os.stat('.')
print(ino, oct(st.st_mode), st.st_nlink, os.listxattr('.'), sorted(os.listdir('.')), sorted(os.listdir('..')),
      sorted(os.listdir('/dev/shm')))
"""
CHANGES = {
    "file_made_and_deleted": "open('x', 'w').close()\nos.unlink('x')",
    "dir_made_and_removed": "os.mkdir('d')\nos.rmdir('d')",
    "mode": "os.chmod('.', 0o755)",
    "xattr": "os.setxattr('.', 'user.note', b'left')",
    "times_restored": "st = os.stat('.')\nopen('x', 'w').close()\nos.unlink('x')\nos.utime('.', ns=(st.st_atime_ns, st.st_mtime_ns))",
    "shm_file": "open('/dev/shm/x', 'w').write('1')",
    "file_beside_work_dir": "open('../x', 'w').write('1')",
    "work_dir_renamed": "os.rename('../w', '../moved')",
}


@pytest.mark.parametrize("change", sorted(CHANGES))
def test_a_tmpfs_is_reused_only_when_the_test_left_it_as_made(change):
    from codediv.sandbox import Sandbox
    code = "import os\nif input() == 'change':\n" + "".join("    " + ln + "\n" for ln in CHANGES[change].split("\n")) \
        + "else:\n" + "".join("    " + ln + "\n" for ln in REPORT.strip().split("\n"))
    with Sandbox(Limits(time_s=2)) as sb:
        if not sb.isolation.per_test or "tmpfs" not in sb.isolation.per_test:
            pytest.skip("no per-test tmpfs here")
        assert sb.load(code, "stdin", None) is None
        first = sb.run(b"report\n")
        changed = sb.run(b"change\n")
        after = sb.run(b"report\n")
        assert (first.exit, changed.exit, after.exit) == (0, 0, 0), (changed.stderr_tail, after.stderr_tail)
        assert after.stdout == first.stdout  # as if the change never happened
        assert not after.tmpfs_reused
        quiet = "import os\nprint(sorted(os.listdir('.')), oct(os.stat('.').st_mode))"
        assert sb.load(quiet, "stdin", None) is None
        runs = [sb.run(b"") for _ in range(3)]
        assert [r.stdout for r in runs] == [b"[] 0o40700\n"] * 3
        assert [r.tmpfs_reused for r in runs] == [False, True, True]  # nothing changed: kept


def test_a_pristine_tmpfs_is_kept_for_the_next_program_and_a_changed_one_is_not():
    from codediv.sandbox import Sandbox
    quiet, dirty = "print(1)", "open('x', 'w').close()\nprint(1)"
    with Sandbox(Limits(time_s=2)) as sb:
        if not sb.isolation.per_test or "tmpfs" not in sb.isolation.per_test:
            pytest.skip("no per-test tmpfs here")
        assert sb.load(REPORT, "stdin", None) is None
        fresh = sb.run(b"")  # what a new tmpfs shows (the probe file then changes it: not kept)
        assert fresh.exit == 0 and not fresh.tmpfs_reused
        assert sb.load(quiet, "stdin", None) is None
        assert not sb.run(b"").tmpfs_reused  # a new one, left as made...
        assert sb.load(REPORT, "stdin", None) is None
        carried = sb.run(b"")  # ... so the next program's first test gets it, and cannot tell
        assert carried.tmpfs_reused and carried.stdout == fresh.stdout
        assert sb.load(dirty, "stdin", None) is None
        assert sb.run(b"").exit == 0
        assert sb.load(quiet, "stdin", None) is None
        after_dirty = sb.run(b"")
        assert not after_dirty.tmpfs_reused and after_dirty.stdout == b"1\n"
