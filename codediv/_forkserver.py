"""The fork server that runs inside a judge sandbox (one per judge worker).

It is started as ``python -I -c <this file's source> <control fd>`` inside bubblewrap, so it
imports nothing from codediv. It speaks length-prefixed JSON frames over the control socket;
file descriptors ride along with ``run`` frames (SCM_RIGHTS). Three kinds of process:

* the **clean parent** reads only the ``hello`` frame and ``{"cmd": "program"}`` frames. For
  each program it forks a program server and waits for it to end. It never reads a program,
  an input or a test, so nothing a later program inherits from it holds an earlier one.
* the **program server** (one per program) reads ``{"cmd": "load", "code", "style",
  "entry_point", …options}``, compiles the program once (``_compile_program``; the reply says
  whether it compiled), then serves ``{"cmd": "run", …limits}`` frames with fds ``[stdin,
  stdout, stderr, (cgroup.procs), (test code)]`` until ``{"cmd": "end"}``.
* the **test child** (one per test) enters a fresh IPC namespace and its memory cgroup, lowers
  its rlimits, drops to the sandbox's unprivileged uid, installs the seccomp filter, enters a
  fresh work directory on its own tmpfs and executes the precompiled program as ``__main__``
  exactly as ``python main.py`` would (exit codes, ``SystemExit`` messages, tracebacks,
  joined non-daemon threads, atexit hooks, the final flush of the standard streams).

Per test, the program server mounts a fresh size-capped tmpfs (the work directory ``w`` and
``shm``, which ``/dev/shm`` points to) and unmounts it afterwards, so no tree a program builds
can make cleanup fail. It charges the test for the CPU time of its whole process tree (live
processes from ``/proc``, reaped ones from ``RUSAGE_CHILDREN``) and kills the tree when that
reaches the limit, or when the wall-clock backstop passes; then it kills every process left
with the sandbox uid (double-forked daemons included: it is a child subreaper) and reports
exit status, wall and CPU time, peak memory and whether the tmpfs was full.

The server never sees expected outputs: the verdict is decided by the judge outside.
"""
import builtins
import ctypes
import gc
import json
import os
import resource
import select
import socket
import struct
import sys
import time

PR_SET_DUMPABLE, PR_SET_SECCOMP, PR_SET_NO_NEW_PRIVS, PR_SET_CHILD_SUBREAPER = 4, 22, 38, 36
PR_CAPBSET_DROP, SECCOMP_MODE_FILTER = 24, 2
CLONE_NEWNS, CLONE_NEWIPC = 0x00020000, 0x08000000
MS_NOSUID, MS_NODEV, MS_NOEXEC, MS_REMOUNT, MS_BIND, MS_REC, MS_PRIVATE = 2, 4, 8, 32, 4096, 16384, 1 << 18
MNT_DETACH = 2
SIGKILL = 9  # (the signal and types modules are not imported: a smaller heap forks faster)
CLK_TCK = os.sysconf("SC_CLK_TCK")
_LIBC = ctypes.CDLL(None, use_errno=True)
_LIBC.mount.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_ulong, ctypes.c_char_p]
_LIBC.umount2.argtypes = [ctypes.c_char_p, ctypes.c_int]
_LIBC.prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong]


class _Fprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]


def _check(rc):
    if rc != 0:
        err = ctypes.get_errno()
        raise OSError(err, os.strerror(err))


def _mount(source, target, fstype, flags, data=None):
    enc = (lambda s: s.encode() if isinstance(s, str) else s)
    _check(_LIBC.mount(enc(source), enc(target), enc(fstype), flags, enc(data)))


def _umount(target):
    _check(_LIBC.umount2(target.encode(), MNT_DETACH))


def send_frame(sock, obj, fds=()):
    data = json.dumps(obj).encode()
    msg = struct.pack(">I", len(data)) + data
    if fds:
        socket.send_fds(sock, [msg], list(fds))
    else:
        sock.sendall(msg)


def recv_frame(sock):
    head, fds, _, _ = socket.recv_fds(sock, 4, 8)
    if not head:
        return None, fds
    while len(head) < 4:
        more = sock.recv(4 - len(head))
        if not more:
            return None, fds
        head += more
    (n,) = struct.unpack(">I", head)
    buf = bytearray()
    while len(buf) < n:  # exact reads: the next frame may be meant for another process
        chunk = sock.recv(min(1 << 20, n - len(buf)))
        if not chunk:
            return None, fds
        buf += chunk
    return json.loads(buf), fds


# -- the test child -------------------------------------------------------------------------

def _exit_code(exc):
    """The exit status CPython gives an uncaught SystemExit (``_Py_HandleSystemExit``)."""
    code = exc.code
    if code is None:
        return 0
    if isinstance(code, int):
        # PyLong_AsLong: a value outside a C long fails and yields -1, i.e. status 255.
        return code & 0xFF if -(1 << 63) <= code < (1 << 63) else 255
    try:
        print(code, file=sys.stderr)
    except BaseException:
        pass
    return 1


def _finish(rc):
    """Shut down as the interpreter does after __main__ returns, then exit without teardown."""
    threading = sys.modules.get("threading")
    try:
        if threading is not None:
            threading._shutdown()
    except BaseException:
        pass
    try:
        import atexit
        atexit._run_exitfuncs()
    except BaseException:
        pass
    # CPython's flush_std_files: a closed or None stream is skipped; a failed flush means 120.
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None and not stream.closed:
                stream.flush()
        except BaseException:
            rc = 120
    for stream in (sys.__stdout__, sys.__stderr__):  # replaced originals are flushed at teardown
        try:
            if stream is not None and not stream.closed:
                stream.flush()
        except BaseException:
            pass
    os._exit(rc)


def _set_limits(msg):
    def lim(kind, soft, hard=None):
        try:
            resource.setrlimit(kind, (soft, soft if hard is None else hard))
        except (ValueError, OSError):
            pass
    # The server enforces the CPU limit over the whole tree; RLIMIT_CPU is only a per-process
    # backstop, soft == hard so that it kills outright (a SIGXCPU is then never the judge's).
    backstop = int(msg["wall_s"]) + 2
    lim(resource.RLIMIT_CPU, backstop)
    if msg["rlimit_as"]:
        lim(resource.RLIMIT_AS, msg["memory_bytes"])
    lim(resource.RLIMIT_NPROC, msg["max_procs"])
    lim(resource.RLIMIT_NOFILE, msg["max_files"])
    lim(resource.RLIMIT_CORE, 0)
    # Deep recursion needs a big main-thread stack; the hard limit stays above the soft one
    # (as on a normal shell) so `setrlimit(RLIMIT_STACK, (2**29, -1))` templates work.
    hard = resource.getrlimit(resource.RLIMIT_STACK)[1]
    soft = msg["stack_bytes"] if hard == resource.RLIM_INFINITY else min(msg["stack_bytes"], hard)
    lim(resource.RLIMIT_STACK, soft, hard)


def _drop_privileges(state):
    if state["uid"] is not None:
        os.setgroups([])
        os.setresgid(state["uid"], state["uid"], state["uid"])
        os.setresuid(state["uid"], state["uid"], state["uid"])
        return
    # Same uid as the server (no root): at least give up every capability it may hold.
    for cap in range(64):
        _LIBC.prctl(PR_CAPBSET_DROP, cap, 0, 0, 0)
    header = (ctypes.c_uint32 * 2)(0x20080522, 0)
    _LIBC.capset(header, (ctypes.c_uint32 * 6)())


def _setup_child(state, prog, msg, fds, report_fd):
    os.setsid()
    if msg.get("fd_cgroup") is not None:
        os.write(fds[msg["fd_cgroup"]], b"0")  # join the test's memory cgroup (before the uid drop)
    test_code = ""
    if msg.get("fd_test") is not None:
        with os.fdopen(os.dup(fds[msg["fd_test"]]), encoding="utf-8") as fh:
            test_code = fh.read()
    for target, fd in enumerate(fds[:3]):
        os.dup2(fd, target)
    os.closerange(3, report_fd)
    os.closerange(report_fd + 1, 1 << 16)
    if state["ipc"]:
        _check(_LIBC.unshare(CLONE_NEWIPC))
    _set_limits(msg)
    _drop_privileges(state)
    _check(_LIBC.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0))
    if state["seccomp"] is not None:
        _check(_LIBC.prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, ctypes.addressof(state["seccomp"][1]), 0, 0))
    os.chdir(state["workdir"])
    fd = os.open("main.py", os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)  # tracebacks show source lines
    os.write(fd, prog["source_bytes"])
    os.close(fd)
    return test_code


def _prepare_interpreter(state, prog):
    """What every test child of this program needs, done once in the program server."""
    import atexit  # noqa: F401  (imported now: _finish needs it in every child)
    os.environ.clear()
    os.environ.update({"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": state["workdir"], "TMPDIR": state["workdir"],
                       "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "USER": "judge", "LOGNAME": "judge",
                       "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1"})
    sys.argv = ["main.py"]
    sys.path.insert(0, state["workdir"])  # like `python main.py`: the script's folder comes first
    sys.set_int_max_str_digits(0)
    sys.setrecursionlimit(1000)
    mod = type(sys)("__main__" if prog["style"] == "stdin" else "__candidate__")
    mod.__file__ = prog["path"]
    mod.__builtins__ = builtins
    sys.modules["__main__"] = prog["module"] = mod
    # Every object now is shared with the test children: keep the collector off them, so a
    # child's garbage collection does not copy-on-write the server's whole heap.
    gc.collect()
    gc.freeze()


def _child(state, prog, msg, fds, report_fd):
    try:
        test_code = _setup_child(state, prog, msg, fds, report_fd)
    except BaseException as e:
        try:
            os.write(report_fd, ("setup failed: %s: %s" % (type(e).__name__, e)).encode())
        finally:
            os._exit(125)
    os.close(report_fd)  # closed without a word: setup succeeded
    style, mod = prog["style"], prog["module"]
    rc = 0
    try:
        if style == "stdin":
            exec(prog["code"], mod.__dict__)
        elif style == "call":
            _run_call(prog, mod)
        else:
            _run_assert(prog, mod, msg, test_code)
    except SystemExit as e:
        rc = _exit_code(e)
    except BaseException as e:
        # Hide this harness's own frame, as `python main.py` shows none. The interpreter's own
        # hook prints at most sys.tracebacklimit frames, so a million-frame RecursionError
        # costs milliseconds (the traceback module would format every frame).
        try:
            tb = e.__traceback__.tb_next if e.__traceback__ is not None else None
            sys.excepthook(type(e), e.with_traceback(tb), tb)
        except BaseException:
            pass
        rc = 1
    _finish(rc)


# LeetCode-style problems assume these names exist without imports (e.g. `List[int]` in a
# signature); the call harness provides them, as LeetCode's own environment does.
_CALL_PRELUDE = ("from typing import *\nimport collections, heapq, bisect, math, itertools, functools, re, string\n"
                 "from collections import deque, defaultdict, Counter, OrderedDict\n"
                 "from functools import lru_cache, cache, reduce\nfrom heapq import heappush, heappop, heapify\n"
                 "from bisect import bisect_left, bisect_right, insort\nfrom math import inf, gcd\n")


def _run_call(prog, mod):
    exec(_CALL_PRELUDE, mod.__dict__)
    real_stdout = sys.stdout
    sys.stdout = sys.stderr  # the program's own prints must not pollute the result
    exec(prog["code"], mod.__dict__)
    args = [json.loads(line) for line in sys.stdin.read().split("\n") if line.strip()]
    entry = prog["entry_point"]
    if "Solution" in mod.__dict__ and isinstance(mod.Solution, type):
        fn = getattr(mod.Solution(), entry)
    else:
        fn = mod.__dict__[entry]
    result = fn(*args)
    sys.stdout = real_stdout
    try:
        text = json.dumps(result)
    except (TypeError, ValueError):
        text = "<result is not JSON-serialisable: %s>" % type(result).__name__
    real_stdout.write(text + "\n")


def _run_assert(prog, mod, msg, test_code):
    exec(prog["code"], mod.__dict__)
    candidate = mod.__dict__[prog["entry_point"]]
    exec(compile(test_code, "test.py", "exec"), mod.__dict__)
    mod.__dict__["check"](candidate)
    sys.stdout.flush()
    os.write(1, ("\n" + msg["nonce"] + "\n").encode())


# -- the program server: one test -------------------------------------------------------------

def _prepare_root(state, msg):
    """A fresh, empty file area for one test: a new tmpfs (or, without mounts, an empty dir)."""
    root, wd, shm = state["root"], state["workdir"], state["shm"]
    if state["tmpfs"]:
        _mount("tmpfs", root, "tmpfs", MS_NOSUID | MS_NODEV,
               "size=%d,nr_inodes=%d,mode=1777" % (msg["tmpfs_bytes"], msg["tmpfs_inodes"]))
        os.mkdir(shm)
        os.chmod(shm, 0o1777)
        if state["bind_shm"]:
            _mount(shm, "/dev/shm", None, MS_BIND)
    else:
        remove_tree(wd)
    os.mkdir(wd, 0o700)
    if state["uid"] is not None:
        os.chown(wd, state["uid"], state["uid"])


def _release_root(state):
    if state["tmpfs"]:
        if state["bind_shm"]:
            _umount("/dev/shm")
        _umount(state["root"])
    else:
        remove_tree(state["workdir"])


def _root_full(state):
    """Did the test fill its tmpfs (bytes or inodes)? The judge's own observation of ENOSPC."""
    if not state["tmpfs"]:
        return False
    st = os.statvfs(state["root"])
    return st.f_bavail * st.f_frsize < (64 << 10) or st.f_favail == 0


def remove_tree(path):
    """Delete a directory tree of any depth: no recursion, one directory fd open at a time."""
    flags = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        return
    except (NotADirectoryError, OSError):
        os.unlink(path)
        return
    names = []  # the path from `path` down to the directory `fd` is open on
    while True:
        sub = None
        with os.scandir(fd) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    sub = entry.name
                    break
                try:
                    os.unlink(entry.name, dir_fd=fd)
                except PermissionError:  # a program (same uid) made its directory read-only
                    os.chmod(fd, 0o700)
                    os.unlink(entry.name, dir_fd=fd)
                except FileNotFoundError:
                    pass
        if sub is not None:
            try:
                child = os.open(sub, flags, dir_fd=fd)
            except PermissionError:
                os.chmod(fd, 0o700)
                os.chmod(sub, 0o700, dir_fd=fd, follow_symlinks=False)
                child = os.open(sub, flags, dir_fd=fd)
            os.close(fd)
            fd = child
            names.append(sub)
            continue
        if not names:
            os.close(fd)
            os.rmdir(path)
            return
        parent = os.open("..", flags, dir_fd=fd)
        os.close(fd)
        fd = parent
        try:
            os.rmdir(names.pop(), dir_fd=fd)
        except PermissionError:
            os.chmod(fd, 0o700)
            continue


def _tree_cpu(state, pid, ru0):
    """CPU seconds used so far by the test's whole process tree."""
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)  # reaped processes
    total = ru.ru_utime + ru.ru_stime - ru0.ru_utime - ru0.ru_stime
    ticks = 0
    for name in os.listdir("/proc"):
        if not name.isdigit() or int(name) in state["infra"]:
            continue
        try:
            # In its own pid namespace every process but the infrastructure is the test's;
            # otherwise the test is what runs under the sandbox uid (or in the child's session).
            if not state["own_pid_ns"] and state["uid"] is not None and os.stat("/proc/" + name).st_uid != state["uid"]:
                continue
            with open("/proc/%s/stat" % name, "rb") as fh:
                fields = fh.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        if not state["own_pid_ns"] and state["uid"] is None and int(fields[3]) != pid:
            continue
        ticks += int(fields[11]) + int(fields[12]) + int(fields[13]) + int(fields[14])  # u, s, cu, cs
    return total + ticks / CLK_TCK


def _watch(state, pid, msg, t0, ru0):
    """Wait for the test child; return ("exited" | "cpu" | "wall", CPU seen at the last check)."""
    limit, deadline = msg["cpu_s"], t0 + msg["wall_s"]
    next_check, used = t0 + limit / state["ncpu"], 0.0  # n cores cannot burn it any sooner
    pidfd = os.pidfd_open(pid)
    try:
        while True:
            wake = min(next_check, deadline)
            if select.select([pidfd], [], [], max(0.0, wake - time.monotonic()))[0]:
                return "exited", used
            now = time.monotonic()
            if now >= deadline:
                return "wall", used
            if now >= next_check:
                used = _tree_cpu(state, pid, ru0)
                if used >= limit:
                    return "cpu", used
                next_check = now + max((limit - used) / state["ncpu"], 0.005)
    finally:
        os.close(pidfd)


def _kill_all(state, pid):
    """SIGKILL every process of the test; returns the CPU time the killer itself used."""
    if state["uid"] is None:
        try:
            os.killpg(pid, SIGKILL)
        except OSError:
            pass
        return 0.0
    killer = os.fork()
    if killer == 0:
        try:
            os.setresuid(state["uid"], state["uid"], state["uid"])
            os.kill(-1, SIGKILL)  # every process this uid may signal, not itself
        finally:
            os._exit(0)
    _, _, ru = os.wait4(killer, 0)
    return ru.ru_utime + ru.ru_stime


def _sweep(state, pid):
    """Kill and reap everything the test left; returns (sweeps, peak rss kB, killer CPU)."""
    sweeps, peak, killer_cpu = 0, 0, 0.0
    while True:
        alive = False
        while True:
            try:
                child, _, ru = os.wait4(-1, os.WNOHANG)
            except ChildProcessError:
                break
            if child == 0:
                alive = True
                break
            peak = max(peak, ru.ru_maxrss)
        if not alive or sweeps >= 50:
            return sweeps, peak, killer_cpu
        sweeps += 1
        killer_cpu += _kill_all(state, pid)
        time.sleep(0.0005 * sweeps)


def _run(state, prog, msg, fds):
    _prepare_root(state, msg)
    report_r, report_w = os.pipe()
    ru0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.monotonic()
    pid = os.fork()
    if pid == 0:
        os.close(report_r)
        _child(state, prog, msg, fds, report_w)
    os.close(report_w)
    for fd in fds:
        os.close(fd)
    how, seen = _watch(state, pid, msg, t0, ru0)
    if how != "exited":
        _kill_all(state, pid)
    _, status, ru = os.wait4(pid, 0)
    wall = time.monotonic() - t0
    sweeps, peak, killer_cpu = _sweep(state, pid)
    ru1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = ru1.ru_utime + ru1.ru_stime - ru0.ru_utime - ru0.ru_stime - killer_cpu
    setup_error = os.read(report_r, 2000).decode(errors="replace")
    os.close(report_r)
    code = os.waitstatus_to_exitcode(status)
    full = code != 0 and _root_full(state)
    _release_root(state)
    return {"exit": code, "wall_s": wall, "cpu_s": max(cpu, seen), "timed_out": how == "wall",
            "maxrss_kb": max(peak, ru.ru_maxrss), "sweeps": sweeps, "files_exceeded": full,
            "setup_error": setup_error}


def _compile_program(msg, filename):
    """Compile the program of a ``load`` frame (its options live in the same frame)."""
    return compile(msg["code"], filename, "exec", dont_inherit=True)


def _program_session(sock, state):
    _LIBC.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)  # orphans of the tests come back here
    state["infra"] = {1, state["parent_pid"], os.getpid()}
    msg, fds = recv_frame(sock)
    for fd in fds:
        os.close(fd)
    if msg is None or msg.get("cmd") != "load":
        return
    prog = {"style": msg["style"], "entry_point": msg.get("entry_point"), "code": None,
            "source_bytes": msg["code"].encode("utf-8", "surrogatepass"), "path": os.path.join(state["workdir"], "main.py")}
    try:
        prog["code"] = _compile_program(msg, prog["path"])
        send_frame(sock, {"ok": True})
    except (SyntaxError, ValueError, OverflowError, MemoryError, RecursionError) as e:
        send_frame(sock, {"ok": False, "error": "%s: %s" % (type(e).__name__, getattr(e, "msg", None) or e)})
    del msg
    _prepare_interpreter(state, prog)
    while True:
        msg, fds = recv_frame(sock)
        if msg is None or msg.get("cmd") != "run":
            for fd in fds:
                os.close(fd)
            return
        sys.stdout.flush()  # unflushed buffers would leak into the child's output
        sys.stderr.flush()
        send_frame(sock, _run(state, prog, msg, fds))


# -- the clean parent -------------------------------------------------------------------------

def _probe(fn):
    """Run ``fn`` in a throwaway child; True when it succeeded."""
    pid = os.fork()
    if pid == 0:
        try:
            fn()
            os._exit(0)
        except BaseException:
            os._exit(1)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status) == 0


def _seccomp_works(fprog):
    def attempt():
        _check(_LIBC.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0))
        _check(_LIBC.prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, ctypes.addressof(fprog), 0, 0))
        try:
            socket.socket(40, socket.SOCK_STREAM)  # AF_VSOCK must now be refused
        except OSError:
            return
        raise RuntimeError("filter not in force")
    return _probe(attempt)


def _setup(hello):
    """Turn the hello frame into the server state, probing what this kernel allows."""
    root = hello["root"]
    state = {"uid": hello["uid"], "root": root, "workdir": os.path.join(root, "w"), "shm": os.path.join(root, "shm"),
             "own_pid_ns": hello["own_pid_ns"], "parent_pid": os.getpid(), "bind_shm": False, "seccomp": None,
             "ncpu": max(1, len(os.sched_getaffinity(0))), "tmpfs": False, "ipc": False, "hidepid": False}
    try:
        if hello["private_mounts"]:  # no bubblewrap: keep the per-test mounts out of the host's namespace
            _check(_LIBC.unshare(CLONE_NEWNS))
            _mount(None, "/", None, MS_REC | MS_PRIVATE)
            state["bind_shm"] = True
        _mount("tmpfs", root, "tmpfs", MS_NOSUID | MS_NODEV, "size=1m")
        _umount(root)
        state["tmpfs"] = True
    except OSError:
        state["bind_shm"] = False
    if state["tmpfs"] and not state["bind_shm"] and not os.path.islink("/dev/shm"):
        try:  # inside bubblewrap /dev is ours: POSIX shared memory goes to the test's tmpfs
            if os.path.isdir("/dev/shm"):
                os.rmdir("/dev/shm")
            os.symlink(state["shm"], "/dev/shm")
        except OSError:
            pass
    state["ipc"] = _probe(lambda: _check(_LIBC.unshare(CLONE_NEWIPC)))
    if hello["hidepid"]:
        for opts in ("hidepid=invisible,gid=0", "hidepid=2,gid=0"):  # only root (this server) sees all
            try:
                _mount("proc", "/proc", None, MS_REMOUNT | MS_NOSUID | MS_NODEV | MS_NOEXEC, opts)
                state["hidepid"] = True
                break
            except OSError:
                continue
    if hello.get("seccomp"):
        code = bytes.fromhex(hello["seccomp"])
        buf = ctypes.create_string_buffer(code, len(code))
        fprog = _Fprog(len(code) // 8, ctypes.addressof(buf))
        if _seccomp_works(fprog):
            state["seccomp"] = (buf, fprog)
    return state


def _wait_for(pid):
    """Reap children (orphans included) until ``pid`` has exited."""
    while True:
        try:
            done, _ = os.waitpid(-1, 0)
        except ChildProcessError:
            return
        if done == pid:
            return


def main():
    sock = socket.socket(fileno=int(sys.argv[1]))
    _LIBC.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
    _LIBC.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)  # children cannot read this process's memory or fds
    hello, _ = recv_frame(sock)
    state = _setup(hello)
    send_frame(sock, {"ok": True, "pid": os.getpid(), "uid": os.getuid(), "version": sys.version,
                      "features": {k: bool(state[k]) for k in ("tmpfs", "ipc", "hidepid", "seccomp")}})
    while True:
        msg, fds = recv_frame(sock)
        for fd in fds:
            os.close(fd)
        if msg is None:
            return
        if msg.get("cmd") == "program":
            sys.stdout.flush()
            sys.stderr.flush()
            pid = os.fork()
            if pid == 0:
                try:
                    _program_session(sock, state)
                finally:
                    os._exit(0)
            _wait_for(pid)


if __name__ == "__main__":
    main()
