"""Run untrusted Python programs, one OS process per test, inside a sandbox.

Each judge worker owns one :class:`Sandbox`: a bubblewrap container holding a small fork
server (``_forkserver.py``). The judge loads a program once (compiled once), then runs it
once per test: the server forks a fresh child per test, and the host (this module) feeds the
child's stdin and reads its stdout/stderr through real pipes passed in with SCM_RIGHTS.
Interpreter start-up is paid once per worker, not per test, which is what makes the judge
fast; every test still gets its own process, limits and empty work directory.

What it protects against (with ``Isolation.level == "full"``: bwrap present, judge run as
root so the sandbox may switch uid):

* network: a fresh network namespace with only a loopback of its own (connects fail);
* the host file system: only ``/usr``, ``/etc``, the ``/lib*`` links and the Python prefix are
  mounted, read-only; ``/tmp`` is a size-capped tmpfs in which each test gets a fresh work
  directory; the judge's files (problems, expected outputs, caches) are not visible at all;
* other processes: fresh PID, IPC and UTS namespaces; the program runs under a random
  unprivileged uid with no capabilities and ``no_new_privs``, so it cannot signal or trace the
  fork server, read its memory, or raise its own limits back;
* resources, per test: wall time (SIGKILL from the server), CPU time (RLIMIT_CPU), address
  space (RLIMIT_AS: Python's ``MemoryError`` becomes ``MLE``), processes and threads
  (RLIMIT_NPROC counted on the sandbox's own uid), open files, single-file size
  (RLIMIT_FSIZE), combined stdout+stderr size (the host stops reading and closes the pipes);
* leftovers: after each test every process of the sandbox uid is killed (the server is a
  child subreaper, so double-forked ``setsid`` daemons are caught) before the verdict is
  returned;
* forged verdicts: the verdict is computed here, outside the sandbox, from the program's
  output; expected outputs never enter the sandbox.

What it does not protect against: kernel exploits and side channels; CPU time stolen from
other workers on the same core; memory use is capped per process by address space, not by a
cgroup (a program may have up to ``max_procs`` processes each near the cap); ``assert``-style
problems execute the test code inside the program's process (HumanEval's design), so a
deliberately malicious program could tamper with it — a per-run nonce only stops the cheap
``exit(0)`` trick. Without bwrap or without root the level drops to ``partial``/``none``,
which the judge prints and ``--require-isolation`` refuses.
"""
from __future__ import annotations

import logging
import os
import random
import selectors
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from . import _forkserver as fs

log = logging.getLogger(__name__)

_SERVER_SOURCE = Path(fs.__file__).read_text()
_WORKDIR = "/tmp/w"


@dataclass(frozen=True)
class Limits:
    """Per-test resource limits."""

    time_s: float = 4.0  #: wall-clock limit per test (CPU limit is the same, rounded up)
    memory_mb: int = 1024  #: address-space limit per process
    output_mb: int = 32  #: combined stdout + stderr bytes read before the run is OLE
    file_mb: int = 16  #: largest file the program may write in its work directory
    tmpfs_mb: int = 64  #: size of the sandbox's /tmp (all of a test's files together)
    max_procs: int = 64  #: processes + threads of the sandbox uid
    max_files: int = 256  #: open file descriptors per process
    stack_mb: int = 512  #: main-thread stack (deep recursion)


@dataclass(frozen=True)
class Isolation:
    """The isolation actually in force (printed by ``codediv judge``)."""

    level: str  #: "full", "partial" or "none"
    bwrap: bool  #: running inside bubblewrap namespaces
    namespaces: tuple[str, ...]  #: namespaces unshared from the host
    uid_drop: bool  #: programs run under a separate unprivileged uid
    readonly_fs: bool  #: host file system hidden except read-only system paths
    rlimits: tuple[str, ...]  #: rlimits applied to every test
    cgroup: bool = False  #: cgroup limits (not used: rlimits + uid cover memory and processes)
    notes: tuple[str, ...] = ()  #: why the level is below "full"

    def describe(self) -> str:
        parts = [f"isolation={self.level}", "bwrap" if self.bwrap else "no-bwrap",
                 "ns=" + ",".join(self.namespaces) if self.namespaces else "ns=none",
                 "uid-drop" if self.uid_drop else "same-uid", "rlimits=" + ",".join(self.rlimits)]
        return " ".join(parts) + ("" if not self.notes else " (" + "; ".join(self.notes) + ")")

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class RawRun:
    """What happened when one test ran; the judge turns it into a verdict."""

    exit: int  #: exit status (negative: killed by that signal)
    wall_s: float
    cpu_s: float
    maxrss_kb: int
    timed_out: bool
    stdout: bytes
    stderr_tail: bytes
    output_exceeded: bool
    failure: str = ""  #: non-empty when the sandbox itself failed (server died, hung)


_RLIMITS = ("cpu", "as", "nproc", "fsize", "nofile", "core", "stack")
_NAMESPACES = ("pid", "net", "mount", "ipc", "uts")


def _python() -> str:
    # Start-up through a pyenv shim costs ~300 ms; use the real interpreter.
    return os.path.realpath(sys.executable)


def _bwrap_args(limits: Limits) -> list[str]:
    args = ["--unshare-ipc", "--unshare-pid", "--unshare-net", "--unshare-uts",
            "--die-with-parent", "--new-session", "--ro-bind", "/usr", "/usr", "--ro-bind", "/etc", "/etc"]
    for name in ("bin", "sbin", "lib", "lib32", "lib64", "libx32"):
        p = Path("/" + name)
        if p.is_symlink():
            args += ["--symlink", os.readlink(p), str(p)]
        elif p.is_dir():
            args += ["--ro-bind", str(p), str(p)]
    made: set[str] = {"/usr", "/etc", "/tmp", "/dev", "/proc"}
    prefixes = {os.path.realpath(p) for p in (sys.base_prefix, sys.prefix, Path(_python()).parent.parent)}
    for prefix in sorted(prefixes):
        if prefix.startswith("/usr/") or prefix in made:
            continue
        parts = Path(prefix).parts
        for i in range(2, len(parts)):
            anc = str(Path(*parts[:i]))
            if anc not in made:
                args += ["--perms", "0755", "--dir", anc]
                made.add(anc)
        args += ["--ro-bind", prefix, prefix]
        made.add(prefix)
    args += ["--proc", "/proc", "--dev", "/dev",
             "--perms", "0755", "--size", str(limits.tmpfs_mb << 20), "--tmpfs", "/tmp"]
    if os.geteuid() == 0:
        args += ["--cap-add", "CAP_SETUID", "--cap-add", "CAP_SETGID", "--cap-add", "CAP_KILL",
                 "--cap-add", "CAP_CHOWN", "--cap-add", "CAP_DAC_OVERRIDE", "--cap-add", "CAP_FOWNER"]
    return args


class SandboxError(RuntimeError):
    """The sandbox could not be started or stopped answering."""


class Sandbox:
    """One fork server in one bubblewrap container; not thread-safe (one per worker)."""

    def __init__(self, limits: Limits = Limits(), use_bwrap: bool | None = None):
        self.limits = limits
        self.use_bwrap = use_bwrap
        self.uid: int | None = None
        self.isolation: Isolation | None = None
        self._proc: subprocess.Popen | None = None
        self._sock: socket.socket | None = None
        self._log = tempfile.TemporaryFile()

    # -- life cycle -------------------------------------------------------------------
    def start(self) -> "Sandbox":
        want_bwrap = self.use_bwrap if self.use_bwrap is not None else shutil.which("bwrap") is not None
        notes: list[str] = []
        if want_bwrap:
            try:
                self._launch(bwrap=True)
                self.isolation = self._describe(True, notes)
                return self
            except SandboxError as e:
                notes.append(f"bwrap failed to start ({e})")
                self.close()
        else:
            notes.append("bwrap not found (apt-get install bubblewrap)")
        self._launch(bwrap=False)
        self.isolation = self._describe(False, notes)
        return self

    def _describe(self, bwrap: bool, notes: list[str]) -> Isolation:
        uid_drop = self.uid is not None
        if not uid_drop:
            notes.append("not root: programs share the judge's uid")
        level = "full" if bwrap and uid_drop else ("partial" if bwrap or uid_drop else "none")
        return Isolation(level=level, bwrap=bwrap, namespaces=_NAMESPACES if bwrap else (),
                         uid_drop=uid_drop, readonly_fs=bwrap, rlimits=_RLIMITS, notes=tuple(notes))

    def _launch(self, bwrap: bool) -> None:
        parent, child = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        argv = [_python(), "-I", "-c", _SERVER_SOURCE, str(child.fileno())]
        if bwrap:
            argv = [shutil.which("bwrap") or "bwrap", *_bwrap_args(self.limits), *argv]
        env = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}
        # Random high uid per sandbox: RLIMIT_NPROC and kill(-1) then concern this sandbox only.
        self.uid = random.SystemRandom().randrange(200_000, 1 << 30) if os.geteuid() == 0 else None
        workdir = _WORKDIR if bwrap else tempfile.mkdtemp(prefix="codediv-judge-")
        if not bwrap and self.uid is not None:
            os.chmod(workdir, 0o755)
            workdir = os.path.join(workdir, "w")
        try:
            self._proc = subprocess.Popen(argv, pass_fds=[child.fileno()], stdin=subprocess.DEVNULL,
                                          stdout=subprocess.DEVNULL, stderr=self._log, env=env,
                                          start_new_session=True)
        except OSError as e:
            raise SandboxError(str(e)) from e
        finally:
            child.close()
        self._sock = parent
        parent.settimeout(30)
        try:
            fs.send_frame(parent, {"uid": self.uid, "workdir": workdir})
            hello, _ = fs.recv_frame(parent)
        except OSError as e:
            hello = None
            log.debug("sandbox hello failed: %s", e)
        if not hello or not hello.get("ok"):
            raise SandboxError(self._stderr_tail() or "fork server did not answer")
        parent.settimeout(None)

    def _stderr_tail(self) -> str:
        self._log.seek(0)
        return self._log.read()[-500:].decode(errors="replace").strip()

    def close(self) -> None:
        if self._sock is not None:
            self._sock.close()
            self._sock = None
        if self._proc is not None:
            try:
                self._proc.kill()
            except OSError:
                pass
            self._proc.wait()
            self._proc = None

    def restart(self) -> None:
        self.close()
        self._launch(bwrap=bool(self.isolation and self.isolation.bwrap))

    def __enter__(self) -> "Sandbox":
        return self.start() if self._proc is None else self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- work ---------------------------------------------------------------------------
    def load(self, code: str, style: str, entry_point: str | None, top_level_return: bool = False) -> str | None:
        """Compile ``code`` in the sandbox; return None, or the compile error (CE).

        ``top_level_return``: the problem's flag of that name (a top-level ``return`` ends a
        stdin program, as in the APPS/TACO harnesses; see ``_forkserver._compile_program``)."""
        for attempt in (0, 1):
            try:
                fs.send_frame(self._sock, {"cmd": "load", "code": code, "style": style,
                                           "entry_point": entry_point, "top_level_return": top_level_return})
                reply, _ = fs.recv_frame(self._sock)
                if reply is not None:
                    return None if reply["ok"] else reply["error"]
            except OSError:
                pass
            self.restart()
        raise SandboxError("fork server died while loading a program")

    def run(self, stdin: bytes, limits: Limits | None = None, test_code: str = "", nonce: str = "") -> RawRun:
        """Run the loaded program once; always returns (a dead server is restarted)."""
        lim = limits or self.limits
        # stdin is a sealed-size memfd (a real, seekable file, as on most judges), so both the
        # pipe idioms and `os.read(0, os.fstat(0).st_size)` work; stdout/stderr are pipes.
        stdin_fd = os.memfd_create("stdin", os.MFD_CLOEXEC)
        view, written = memoryview(stdin), 0
        while written < len(stdin):
            written += os.write(stdin_fd, view[written:written + (1 << 24)])
        os.lseek(stdin_fd, 0, os.SEEK_SET)
        r_out, w_out = os.pipe()
        r_err, w_err = os.pipe()
        theirs = [stdin_fd, w_out, w_err]
        msg = {"cmd": "run", "wall_s": lim.time_s, "cpu_s": lim.time_s,
               "memory_bytes": lim.memory_mb << 20, "file_bytes": lim.file_mb << 20,
               "max_procs": lim.max_procs, "max_files": lim.max_files,
               "stack_bytes": lim.stack_mb << 20, "test_code": test_code, "nonce": nonce}
        try:
            fs.send_frame(self._sock, msg, theirs)
        except OSError:
            for fd in (*theirs, r_out, r_err):
                os.close(fd)
            return self._failed("fork server not reachable")
        for fd in theirs:
            os.close(fd)
        return self._pump(r_out, r_err, lim)

    def _failed(self, why: str) -> RawRun:
        log.warning("sandbox failure: %s; restarting it", why)
        self.restart()
        return RawRun(exit=-9, wall_s=0.0, cpu_s=0.0, maxrss_kb=0, timed_out=False, stdout=b"",
                      stderr_tail=why.encode(), output_exceeded=False, failure=why)

    def _pump(self, r_out: int, r_err: int, lim: Limits) -> RawRun:
        """Read stdout/stderr (capped) until both close and the server has reported."""
        sel = selectors.DefaultSelector()
        sel.register(r_out, selectors.EVENT_READ)
        sel.register(r_err, selectors.EVENT_READ)
        sel.register(self._sock, selectors.EVENT_READ)
        bufs = {r_out: bytearray(), r_err: bytearray()}
        cap = lim.output_mb << 20
        total, exceeded, status = 0, False, None
        open_fds = {r_out, r_err}
        deadline = time.monotonic() + lim.time_s + 10.0  # backstop if the server hangs
        try:
            while status is None or open_fds:
                timeout = deadline - time.monotonic()
                if timeout <= 0:
                    return self._failed("fork server hung")
                for key, _ in sel.select(timeout):
                    fd = key.fd
                    if fd == self._sock.fileno():
                        status, _ = fs.recv_frame(self._sock)
                        sel.unregister(self._sock)
                        if status is None:
                            return self._failed("fork server died")
                        continue
                    if fd not in open_fds:
                        continue
                    chunk = os.read(fd, 1 << 16)
                    total += len(chunk)
                    bufs[fd] += chunk
                    # Past the cap, closing our ends makes the program's writes fail at once.
                    done = list(open_fds) if total > cap else ([fd] if not chunk else [])
                    exceeded = exceeded or total > cap
                    for d in done:
                        sel.unregister(d)
                        os.close(d)
                        open_fds.discard(d)
        finally:
            for fd in open_fds:
                sel.unregister(fd)
                os.close(fd)
            sel.close()
        err = bufs[r_err]
        return RawRun(exit=status["exit"], wall_s=status["wall_s"], cpu_s=status["cpu_s"],
                      maxrss_kb=status["maxrss_kb"], timed_out=status["timed_out"],
                      stdout=bytes(bufs[r_out][:cap]), stderr_tail=bytes(err[-2000:]), output_exceeded=exceeded)
