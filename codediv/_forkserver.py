"""The fork server that runs inside a judge sandbox (one per judge worker).

It is started as ``python -I /run/codediv/_forkserver.pyc <control fd>`` inside bubblewrap
(this file and ``_testchild.py``, compiled by the host's interpreter, bound read-only there:
``sandbox._server_pyc``), so it imports nothing from codediv but its sibling. It speaks
frames over the control socket (the lengths of a header and of a raw payload, then both:
:func:`send_frame`; the host's headers are marshal, this server's JSON but for the run report's
fixed binary fields, :data:`RUN_REPORT`, and the server imports neither ``json`` nor ``socket``,
as each module it holds makes every test's fork dearer); a test cgroup's ``cgroup.procs`` descriptor rides along
(SCM_RIGHTS) when it changes. Three kinds of process:

* the **clean parent** reads only the ``hello`` frame and ``{"cmd": "program"}`` frames. For
  each program it forks a program server and waits for it to end. It never reads a program,
  an input or a test, so nothing a later program inherits from it holds an earlier one.
* the **program server** (one per program) reads ``{"cmd": "load", "style", "entry_point"}``
  with, as payload, the program and the lines of its harness prelude compiled by the host and
  the standard modules to import for it (marshal: ``sandbox.compile_program``,
  :func:`_compile_program`, ``_testchild.compile_prelude``, ``_testchild.warm_modules``; a
  program that does not compile never gets here), runs that prelude once in the program's globals
  (``_testchild.prepare_interpreter``: every test inherits its imports), then serves
  ``{"cmd": "run", …limits}`` frames (payload: stdin, then an ``assert`` test's code) until
  ``{"cmd": "end"}``, answering each with the report (:data:`RUN_REPORT`) and, as payload, the
  test's stdout and the tail of its stderr. stdin is a memfd; stdout and stderr are sealed memfds of exactly
  the output cap plus one byte, so the child writes at memory speed, nobody pumps pipes
  while it runs, and a write past the cap stops there (:func:`_written`).
* the **test child** (one per test, ``_testchild.py``) isolates itself further and executes
  the precompiled program as ``__main__`` exactly as ``python main.py`` would.

Per test, the program server gives the child a fresh size-capped tmpfs (the work directory
``w`` and ``shm``, which ``/dev/shm`` points to) and unmounts it afterwards, so no tree a
program builds can make cleanup fail. A tmpfs that the test left exactly as it was made (same
directory metadata and free space, :func:`_fingerprint`; mounted ``noatime`` so reading
it changes nothing) is indistinguishable from a new one and is kept for the next test, of the
same program or (through the clean parent) of the next one, which saves a mount and an unmount
per test for most programs. It charges the
test for the CPU time of its whole process tree (live processes from ``/proc``, reaped ones
from ``RUSAGE_CHILDREN``) and kills the tree when that reaches the limit, or when the
wall-clock backstop passes; then it kills every process left with the sandbox uid
(double-forked daemons included: it is a child subreaper) and reports exit status, wall and
CPU time, peak memory and whether the tmpfs was full.

The server never sees expected outputs: the verdict is decided by the judge outside.
"""
import _signal
import _socket
import ctypes
import gc
import marshal
import os
import resource
import struct
import sys
import time

if __name__ == "__main__":  # started as a script inside the sandbox: its sibling lies next to it
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import _testchild as tc
    del sys.path[0]
else:
    from . import _testchild as tc


def send_frame(sock, head, fds=(), payload=b""):
    """One frame: the lengths of its header and of its raw payload, the header, the payload.

    The host writes headers with :mod:`marshal` (its own data, read by this server); this
    server writes them as JSON (:func:`to_json`) or, for a run, as :data:`RUN_REPORT`, which
    the host parses as untrusted data (``json``, ``struct``).
    Neither side imports ``json`` or ``socket`` in here: every module this server holds makes
    each test's fork dearer."""
    head = struct.pack(">II", len(head), len(payload)) + head
    if len(payload) < (1 << 16):  # one system call for the usual small frame
        head, payload = head + payload, b""
    if fds:
        sock.sendmsg([head], [(_socket.SOL_SOCKET, _socket.SCM_RIGHTS, struct.pack("%di" % len(fds), *fds))])
    else:
        sock.sendall(head)
    if payload:
        sock.sendall(payload)


def recv_frame(sock):
    """``(header bytes, fds, payload)``; the header is None when the peer closed the connection."""
    head, anc, _, _ = sock.recvmsg(8, _socket.CMSG_SPACE(8 * 4))
    fds = []
    for level, kind, data in anc:
        if level == _socket.SOL_SOCKET and kind == _socket.SCM_RIGHTS:
            fds += struct.unpack("%di" % (len(data) // 4), data[:len(data) - len(data) % 4])
    if not head:
        return None, fds, b""
    while len(head) < 8:
        more = sock.recv(8 - len(head))
        if not more:
            return None, fds, b""
        head += more
    n, m = struct.unpack(">II", head)
    buf = bytearray()
    while len(buf) < n + m:  # exact reads: the next frame may be meant for another process
        chunk = sock.recv(min(1 << 20, n + m - len(buf)))
        if not chunk:
            return None, fds, b""
        buf += chunk
    return bytes(buf[:n]), fds, bytes(buf[n:])


_JSON_ESCAPES = {'"': '\\"', "\\": "\\\\"}


def _json_char(c):
    if " " <= c < "\x7f":
        return _JSON_ESCAPES.get(c, c)
    cp = ord(c)
    if cp < 0x10000:
        return "\\u%04x" % cp
    cp -= 0x10000
    return "\\u%04x\\u%04x" % (0xD800 + (cp >> 10), 0xDC00 + (cp & 0x3FF))


def to_json(v):
    """JSON text of the server's hello reply (None, bools, numbers, strings, lists and dicts)."""
    if v is None or v is True or v is False:
        return {None: "null", True: "true", False: "false"}[v]
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return repr(v) if v == v and v not in (float("inf"), float("-inf")) else "null"
    if isinstance(v, str):
        return '"' + "".join(map(_json_char, v)) + '"'
    if isinstance(v, dict):
        return "{" + ",".join(to_json(str(k)) + ":" + to_json(x) for k, x in v.items()) + "}"
    if isinstance(v, (list, tuple)):
        return "[" + ",".join(map(to_json, v)) + "]"
    raise TypeError("cannot encode %s" % type(v).__name__)


# A test's report, the header of the reply to each run frame (then any setup error, as UTF-8):
# exit status, wall s, CPU s, peak RSS kB, bytes of stdout in the payload, then whether
# the wall-clock backstop stopped it, the tmpfs was full, the output cap was passed, the tmpfs
# was reused. Fixed binary fields: the most frequent frame is neither written as JSON here nor
# parsed as JSON by the host (which unpacks it with the same layout, :mod:`codediv.sandbox`).
RUN_REPORT = struct.Struct(">qddqQ????")


def _reply(sock, obj, payload=b""):
    send_frame(sock, to_json(obj).encode(), payload=payload)


def _request(sock):
    head, fds, payload = recv_frame(sock)
    return (None if head is None else marshal.loads(head)), fds, payload


# -- the program server: one test -------------------------------------------------------------

def _prepare_root(state, msg):
    """A fresh, empty file area for one test: a new tmpfs (or, without mounts, an empty dir).

    A tmpfs the last test left exactly as it was made (see :func:`_release_root`) is the same
    as a new one, and is kept for the next test with the same limits: of this program, or of
    the next one (the clean parent is told so, :func:`main`, and every program server starts
    with its ``state``)."""
    root, wd, shm = state["root"], state["workdir"], state["shm"]
    size = (msg["tmpfs_bytes"], msg["tmpfs_inodes"])
    if state["tmpfs"]:
        if state["mounted"] == size:
            return True
        if state["mounted"] is not None:
            _unmount_root(state)
        # noatime: a test that reads its work dir leaves no access time for the next one to see
        tc.mount("tmpfs", root, "tmpfs", tc.MS_NOSUID | tc.MS_NODEV | tc.MS_NOATIME,
                 "size=%d,nr_inodes=%d,mode=1777" % size)
        os.mkdir(shm)
        os.chmod(shm, 0o1777)
        if state["bind_shm"]:
            tc.mount(shm, "/dev/shm", None, tc.MS_BIND)
    else:
        remove_tree(wd)
    os.mkdir(wd, 0o700)
    if state["uid"] is not None:
        os.chown(wd, state["uid"], state["uid"])
    if state["tmpfs"]:
        state["mounted"], state["pristine"] = size, _fingerprint(state)
    return False


def _fingerprint(state):
    """Everything a test could change in an otherwise empty tmpfs: the inode metadata of its
    three directories (mtime and ctime move on any create, delete, rename, chmod, chown, utime
    or xattr change; tmpfs gives fine-grained times once they were read) and its free blocks
    and inodes (any file left behind, wherever it is, holds one)."""
    vfs = os.statvfs(state["root"])
    return vfs.f_bfree, vfs.f_ffree, [(st.st_ino, st.st_mode, st.st_uid, st.st_nlink, st.st_size, st.st_mtime_ns,
                                       st.st_ctime_ns) for st in map(os.lstat, (state["root"], state["workdir"], state["shm"]))]


def _unmount_root(state):
    if state["bind_shm"]:
        tc.umount("/dev/shm")
    tc.umount(state["root"])
    state["mounted"] = None


def _release_root(state):
    """After a test: keep its tmpfs only when nothing in it differs from when it was made."""
    if not state["tmpfs"]:
        remove_tree(state["workdir"])
        return
    try:
        pristine = _fingerprint(state) == state["pristine"]
    except OSError:  # e.g. the program removed or replaced its work dir
        pristine = False
    if not pristine:
        _unmount_root(state)


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
            if (not state["own_pid_ns"] and state["uid"] is not None
                    and os.stat("/proc/" + name).st_uid != state["uid"]):
                continue
            with open("/proc/%s/stat" % name, "rb") as fh:
                fields = fh.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        if not state["own_pid_ns"] and state["uid"] is None and int(fields[3]) != pid:
            continue
        ticks += int(fields[11]) + int(fields[12]) + int(fields[13]) + int(fields[14])  # u, s, cu, cs
    return total + ticks / tc.CLK_TCK


def _watch(state, pid, msg, t0, ru0):
    """Wait for the test child; ``("exited" | "cpu" | "wall", CPU seen at the last check, wait4's
    status and rusage once it was reaped, else None)``.

    SIGCHLD is blocked from right after the fork (so the child starts, as any process should,
    with nothing blocked, and costs nothing to set up) until the test is over, and waited for
    with ``sigtimedwait``: the first thing this server does after the fork is sleep, so it
    writes (and copies) as few of the pages it shares with the child as it can while the child
    runs. The look before the first wait catches a child that ended before the block; a
    SIGCHLD from another child (an orphan) only costs one more look."""
    limit, deadline = msg["cpu_s"], t0 + msg["wall_s"]
    next_check, used = t0 + limit / state["ncpu"], 0.0  # n cores cannot burn it any sooner
    _signal.pthread_sigmask(_signal.SIG_BLOCK, _SIGCHLD)
    try:
        while True:
            done, status, ru = os.wait4(pid, os.WNOHANG)
            if done:
                return "exited", used, status, ru
            now = time.monotonic()
            if now >= deadline:
                return "wall", used, None, None
            if now >= next_check:
                used = _tree_cpu(state, pid, ru0)
                if used >= limit:
                    return "cpu", used, None, None
                next_check = now + max((limit - used) / state["ncpu"], 0.005)
            _signal.sigtimedwait(_SIGCHLD, max(0.0, min(next_check, deadline) - now))
    finally:
        _signal.pthread_sigmask(_signal.SIG_UNBLOCK, _SIGCHLD)  # a pending one is discarded (ignored)


_SIGCHLD = (_signal.SIGCHLD,)


def _kill_all(state, pid):
    """SIGKILL every process of the test; returns the CPU time the killer itself used."""
    if state["uid"] is None:
        try:
            os.killpg(pid, tc.SIGKILL)
        except OSError:
            pass
        return 0.0
    killer = os.fork()
    if killer == 0:
        try:
            os.setresuid(state["uid"], state["uid"], state["uid"])
            os.kill(-1, tc.SIGKILL)  # every process this uid may signal, not itself
        finally:
            os._exit(0)
    _, _, ru = os.wait4(killer, 0)
    return ru.ru_utime + ru.ru_stime


def _sweep(state, pid):
    """Kill and reap everything the test left; returns (peak rss kB, killer CPU)."""
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
            return peak, killer_cpu
        sweeps += 1
        killer_cpu += _kill_all(state, pid)
        time.sleep(0.0005 * sweeps)


def _fresh_ipc(state):
    """Move the server into a new IPC namespace: the next test is born in it, and the last
    test's namespace (its shared memory, semaphores, queues) dies with that test's processes."""
    if state["ipc"]:
        tc.check(tc.LIBC.unshare(tc.CLONE_NEWIPC))


def memfd(name, data=b""):
    """A memory file holding ``data``, positioned at its start (the host uses it too)."""
    fd = os.memfd_create(name, os.MFD_CLOEXEC | os.MFD_ALLOW_SEALING)
    view, done = memoryview(data), 0
    while done < len(data):
        done += os.write(fd, view[done:done + (1 << 24)])
    os.lseek(fd, 0, os.SEEK_SET)
    return fd


def _output_file(name, cap):
    """A sealed file of exactly ``cap + 1`` bytes for stdout or stderr: a write past it fails."""
    fd = memfd(name)
    os.ftruncate(fd, cap + 1)
    tc.check(tc.LIBC.fcntl(fd, tc.F_ADD_SEALS, tc.F_SEAL_SEAL | tc.F_SEAL_SHRINK | tc.F_SEAL_GROW))
    return fd


def _written(fd, cap):
    """``(bytes of output, past the cap)`` for an output file the test wrote through.

    The test's descriptor shares the file position with ours, so the position is how far its
    writes reached. Past the cap, it only counts as output when no unwritten gap lies before
    it; a program that seeks forward claims nothing beyond its first gap (SEEK_HOLE, to the
    page), neither for this file nor towards the cap on stdout and stderr together."""
    n = os.lseek(fd, 0, os.SEEK_CUR)
    if n <= cap:
        return n, False
    data = os.lseek(fd, 0, os.SEEK_HOLE)  # end of the data that starts the file
    return (cap, True) if data > cap else (data, False)


def _read(fd, n, offset=0):
    parts, done = [], 0
    while done < n:
        chunk = os.pread(fd, n - done, offset + done)
        if not chunk:
            break
        parts.append(chunk)
        done += len(chunk)
    return b"".join(parts)


def _run(state, prog, msg, payload):
    """One test: stdin from the frame's payload, stdout/stderr into sealed files read back here."""
    cap, n_in = msg["output_bytes"], msg["stdin"]
    msg["test_code"] = payload[n_in:].decode("utf-8")
    fds = [memfd("stdin", payload[:n_in]), _output_file("stdout", cap), _output_file("stderr", cap)]
    msg["fd_cgroup"] = None
    if state.get("cgroup_fd") is not None:
        msg["fd_cgroup"] = len(fds)
        fds.append(state["cgroup_fd"])
    reused = _prepare_root(state, msg)
    report_r, report_w = os.pipe()
    ru0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.monotonic()
    pid = os.fork()
    if pid == 0:
        os.close(report_r)
        tc.child(state, prog, msg, fds, report_w)
    how, seen, status, ru = _watch(state, pid, msg, t0, ru0)
    if how != "exited":
        _kill_all(state, pid)
        _, status, ru = os.wait4(pid, 0)
    os.close(report_w)
    os.close(fds[0])
    wall = time.monotonic() - t0
    peak, killer_cpu = _sweep(state, pid)
    ru1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = ru1.ru_utime + ru1.ru_stime - ru0.ru_utime - ru0.ru_stime - killer_cpu
    setup_error = os.read(report_r, 2000).decode(errors="replace")
    os.close(report_r)
    code = os.waitstatus_to_exitcode(status)
    full = code != 0 and _root_full(state)
    _release_root(state)
    _fresh_ipc(state)
    (n_out, over_out), (n_err, over_err) = _written(fds[1], cap), _written(fds[2], cap)  # after the sweep
    out = _read(fds[1], n_out)
    err = _read(fds[2], min(n_err, 2000), max(0, n_err - 2000))
    os.close(fds[1])
    os.close(fds[2])
    report = RUN_REPORT.pack(code, wall, max(cpu, seen), max(peak, ru.ru_maxrss), len(out), how == "wall",
                             full, over_out or over_err or n_out + n_err > cap, reused)
    return report + setup_error.encode("utf-8", "replace"), out + err


def _compile_program(code, style, top_level_return, filename="main.py"):
    """Compile a program once; with ``top_level_return``, a top-level ``return`` ends it.

    APPS and TACO run a stdin program as the body of a function, so ``return`` at its top level
    is valid there and ends the program with its output kept. Only when the flag is set (the
    judge sets it from the problem's ``top_level_return``), the style is stdin and ``compile``
    fails with "'return' outside function" is the parsed tree rewritten, each such ``return``
    becoming ``raise SystemExit`` after its value is evaluated (``return print(x)`` still
    prints); a program that compiles normally is never touched. Residual differences from a
    real function return: a bare ``except:`` (or ``except BaseException``/``SystemExit``, or a
    context manager that swallows exceptions) around the ``return`` catches the exit and the
    program goes on, and a program that rebinds the name ``SystemExit`` breaks the rewrite.
    The imports those harnesses prepend are the load frame's ``prelude``
    (``_testchild.compile_prelude``); module globals becoming function locals is not imitated.
    """
    try:
        return compile(code, filename, "exec", dont_inherit=True, optimize=0)
    except SyntaxError as e:
        if not (top_level_return and style == "stdin" and e.msg == "'return' outside function"):
            raise
    import ast  # only here: every module the server imports makes each test's fork dearer

    class ReturnEndsProgram(ast.NodeTransformer):
        """Top-level ``return [value]`` -> ``value`` evaluated, then ``raise SystemExit``.

        Nested function, lambda and class bodies are left alone: a ``return`` there is the
        program's own business (and inside a class body still an error, as in the harnesses)."""

        def visit_FunctionDef(self, node):
            return node

        visit_AsyncFunctionDef = visit_Lambda = visit_ClassDef = visit_FunctionDef

        def visit_Return(self, node):
            stop = ast.copy_location(ast.Raise(exc=ast.Name("SystemExit", ast.Load()), cause=None), node)
            if node.value is None:
                return stop
            return [ast.copy_location(ast.Expr(node.value), node), stop]

    tree = ast.fix_missing_locations(ReturnEndsProgram().visit(ast.parse(code, filename)))
    return compile(tree, filename, "exec", dont_inherit=True, optimize=0)


def _hand_back(state):
    """Before this program server ends: tell the clean parent about the tmpfs still mounted (it
    is pristine, else :func:`_release_root` unmounted it), for the next program server."""
    if state["mounted"] is not None:
        os.write(state["carry_fd"], marshal.dumps((state["mounted"], state["pristine"])))


def _program_session(sock, state):
    tc.LIBC.prctl(tc.PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)  # orphans of the tests come back here
    state["infra"] = {1, state["parent_pid"], os.getpid()}
    msg, fds, payload = _request(sock)
    for fd in fds:
        os.close(fd)
    if msg is None or msg.get("cmd") != "load":
        _hand_back(state)
        return
    prog = {"style": msg["style"], "entry_point": msg.get("entry_point"),
            "path": os.path.join(state["workdir"], "main.py")}
    # The program, its prelude and the modules to warm come from the host (sandbox.compile_program),
    # as marshal: this server compiles and analyses nothing, and the load needs no answer.
    prog["code"], prog["prelude"], prog["warm"] = marshal.loads(payload)
    del msg, payload
    tc.prepare_interpreter(state, prog)
    _fresh_ipc(state)
    state["cgroup_fd"] = None
    while True:
        msg, fds, payload = _request(sock)
        if msg is None or msg.get("cmd") != "run":
            for fd in fds:
                os.close(fd)
            _hand_back(state)
            return
        if msg["cgroup"] != "keep":  # "new" comes with the test cgroup's cgroup.procs; "none": no cgroup
            if state["cgroup_fd"] is not None:
                os.close(state["cgroup_fd"])
            state["cgroup_fd"] = fds.pop(0) if msg["cgroup"] == "new" and fds else None
        for fd in fds:
            os.close(fd)
        limits = (msg["max_procs"], msg["max_files"], msg["stack_bytes"])
        if state.get("limits") != limits:  # once per program, in practice
            tc.set_program_limits(msg)
            state["limits"] = limits
        sys.stdout.flush()  # unflushed buffers would leak into the child's output
        sys.stderr.flush()
        report, data = _run(state, prog, msg, payload)
        send_frame(sock, report, payload=data)


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


def _install_seccomp(hex_code):
    """Filter this server and everything it will fork; True when the filter is in force."""
    code = bytes.fromhex(hex_code)
    buf = ctypes.create_string_buffer(code, len(code))
    fprog = tc.Fprog(len(code) // 8, ctypes.addressof(buf))
    try:
        tc.check(tc.LIBC.prctl(tc.PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0))
        tc.check(tc.LIBC.prctl(tc.PR_SET_SECCOMP, tc.SECCOMP_MODE_FILTER, ctypes.addressof(fprog), 0, 0))
    except OSError:
        return False
    try:
        _socket.socket(40, _socket.SOCK_STREAM).close()  # AF_VSOCK must now be refused
    except OSError:
        return True
    return False


_MASKED_PROC = ("/proc/keys", "/proc/key-users", "/proc/kcore", "/proc/timer_list", "/proc/sched_debug",
                "/proc/latency_stats", "/proc/kallsyms", "/proc/kmsg")


def _setup(hello):
    """Turn the hello frame into the server state, probing what this kernel allows."""
    root = hello["root"]
    state = {"uid": hello["uid"], "root": root, "workdir": os.path.join(root, "w"), "shm": os.path.join(root, "shm"),
             "own_pid_ns": hello["own_pid_ns"], "parent_pid": os.getpid(), "bind_shm": False, "seccomp": False,
             "ncpu": max(1, len(os.sched_getaffinity(0))), "tmpfs": False, "ipc": False, "hidepid": False,
             "mounted": None, "pristine": None}  # mounted: the (bytes, inodes) of the tmpfs at root, if any
    try:
        if hello["private_mounts"]:  # no bubblewrap: keep the per-test mounts out of the host's namespace
            tc.check(tc.LIBC.unshare(tc.CLONE_NEWNS))
            tc.mount(None, "/", None, tc.MS_REC | tc.MS_PRIVATE)
            state["bind_shm"] = True
        tc.mount("tmpfs", root, "tmpfs", tc.MS_NOSUID | tc.MS_NODEV, "size=1m")
        tc.umount(root)
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
    state["ipc"] = _probe(lambda: tc.check(tc.LIBC.unshare(tc.CLONE_NEWIPC)))
    if state["uid"] is not None:
        os.setgroups([])  # once, for every program server and test child (they switch to the uid)
    if hello.get("cpu") is not None:  # the host's claim (sandbox.claim_cpu): everything here runs there
        try:
            os.sched_setaffinity(0, {hello["cpu"]})
            state["ncpu"] = 1
        except OSError:
            pass
    if hello["hidepid"]:
        for opts in ("hidepid=invisible,gid=0", "hidepid=2,gid=0"):  # only root (this server) sees all
            try:
                tc.mount("proc", "/proc", None, tc.MS_REMOUNT | tc.MS_NOSUID | tc.MS_NODEV | tc.MS_NOEXEC, opts)
                state["hidepid"] = True
                break
            except OSError:
                continue
        for name in _MASKED_PROC:  # host-wide information no program needs (as container runtimes mask it)
            if os.path.exists(name):
                try:
                    tc.mount("/dev/null", name, None, tc.MS_BIND)
                except OSError:
                    pass
    state["seccomp"] = bool(hello.get("seccomp")) and _install_seccomp(hello["seccomp"])  # last: it is for good
    tc.prepare_process(state)
    gc.collect()
    tc.trim_heap()  # every program server starts as a copy of this process:
    gc.freeze()  # its collections then only look at what the program server made
    return state


def _wait_for(pid):
    """Reap children (orphans included) until ``pid`` has exited; True if it ended cleanly."""
    while True:
        try:
            done, status = os.waitpid(-1, 0)
        except ChildProcessError:
            return False
        if done == pid:
            return os.waitstatus_to_exitcode(status) == 0


def main():
    sock = _socket.socket(fileno=int(sys.argv[1]))
    tc.LIBC.prctl(tc.PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
    tc.LIBC.prctl(tc.PR_SET_DUMPABLE, 0, 0, 0, 0)  # children cannot read this process's memory or fds
    hello, _, _ = _request(sock)
    state = _setup(hello)
    _reply(sock, {"ok": True, "pid": os.getpid(), "uid": os.getuid(), "version": sys.version,
                      "features": {k: bool(state[k]) for k in ("tmpfs", "ipc", "hidepid", "seccomp")}})
    while True:
        msg, fds, _ = _request(sock)
        for fd in fds:
            os.close(fd)
        if msg is None:
            return
        if msg.get("cmd") == "program":
            sys.stdout.flush()
            sys.stderr.flush()
            carry_r, state["carry_fd"] = os.pipe()  # what the program server leaves mounted, if anything
            pid = os.fork()
            if pid == 0:
                os.close(carry_r)
                try:
                    _program_session(sock, state)
                    os._exit(0)
                except BaseException:
                    sys.excepthook(*sys.exc_info())  # into the sandbox's log, read on failures
                    os._exit(1)
            os.close(state["carry_fd"])
            ok = _wait_for(pid)
            carried = os.read(carry_r, 1 << 16)
            os.close(carry_r)
            if not ok:
                return  # the program server failed mid-conversation: closing makes the host restart
            # A tmpfs the last test left exactly as made (size, fingerprint) stays mounted for the
            # next program server: one mount and one unmount less per program. No program data:
            # the size and the inode metadata of three empty directories.
            state["mounted"], state["pristine"] = marshal.loads(carried) if carried else (None, None)


if __name__ == "__main__":
    main()
