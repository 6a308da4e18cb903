"""Run untrusted Python programs, one OS process per test, inside a sandbox.

Each judge worker owns one :class:`Sandbox`: a bubblewrap container holding a small fork
server (``_forkserver.py``). For every program the server forks a fresh program server from a
clean parent that never saw any program; it receives the program compiled here
(:func:`compile_program`: a program that does not compile never reaches the sandbox) and forks
one child per test. This module sends each test's stdin in one frame and gets back, in one frame, the
report with the test's stdout and the tail of its stderr (the server gives the child a memfd
for stdin and sealed files of the output cap for stdout/stderr, so nothing is pumped while
the test runs); it gives each test its memory cgroup (``_cgroup.py``), and decides nothing:
the judge turns the observations (:class:`RawRun`) into a verdict.
Interpreter start-up is paid once per worker, not per test; every test still gets its own
process, limits, IPC namespace, memory cgroup and tmpfs. Each sandbox runs on a CPU no other
codediv sandbox on the machine holds, while one is free (:func:`claim_cpu`).

What it protects against (with ``Isolation.level == "full"``: bwrap present, judge run as
root so the sandbox may switch uid, seccomp and per-test namespaces available):

* network: a fresh network namespace with only a loopback of its own (connects fail); socket
  families other than unix/inet/inet6 (``AF_VSOCK``: not namespaced, a path to a VM's host;
  netlink, packet, alg …) are refused by seccomp;
* the host file system: only ``/usr``, ``/etc`` (with a passwd/group of the sandbox's own),
  the ``/lib*`` links and the interpreter's own files are mounted, read-only; every
  ``site-packages``/``dist-packages`` directory is hidden under an empty tmpfs (codediv's own
  package data and any installed benchmark with its tests are unreadable) except the few
  solution libraries in :data:`SANDBOX_PACKAGES`; the judge's files (problems, expected
  outputs, caches) are not visible at all;
* other processes: fresh PID, IPC, UTS and cgroup namespaces; ``/proc`` shows a program only
  its own processes (``hidepid``); the program runs under a random unprivileged uid with no
  capabilities and ``no_new_privs``, so it can neither signal, trace or read the fork server
  nor raise its limits back;
* kernel attack surface (seccomp, ``_seccomp.py``, installed once on the fork server and
  inherited): io_uring, bpf, perf events, userfaultfd, keyrings, user namespaces, ``setns``,
  the new mount API, ptrace and the kernel log are refused (keyrings belong to a uid, not a
  namespace: refusing them is what keeps keys from outliving a test; on an architecture
  without a filter table the level is ``partial`` and says so); mounts and other namespaces
  fail for lack of capabilities;
* state crossing tests or programs: every test gets a fresh IPC namespace (SysV shared
  memory, semaphores and message queues, POSIX message queues die with it), a fresh tmpfs for
  its work directory and ``/dev/shm`` (unmounted afterwards: no tree shape can break
  cleanup; kept for the next test, of this program or the next, only when found exactly as it was made), no access to
  kernel keyrings, and a program server that holds only its own program; every process is killed before the verdict;
* resources, per test: CPU time of the whole process tree (a program pays for its children)
  with a wall-clock backstop for sleepers; memory of the whole test in a cgroup (processes,
  shared memory, memfds, tmpfs files); processes and threads (RLIMIT_NPROC on the sandbox's
  own uid); open files; the size of all files (the tmpfs); stdout+stderr (sealed files of the
  cap plus one byte: a write past the end stops there; only output actually written up to
  its position counts, so seeking forward claims nothing);
* forged verdicts: every limit is observed here or in the fork server (CPU clock, cgroup OOM
  counter, tmpfs usage, output byte count), never taken from the program's output or exit;
  expected outputs never enter the sandbox.

What it does not protect against: kernel exploits through the system calls still allowed, and
side channels; CPU time and memory bandwidth a test takes from the other workers on the same
machine (it is charged for its CPU, which bounds it, but the neighbours' wall time grows, and
past the wall-clock backstop a starved test is TLE — such a verdict is never cached); what
every process on the machine can read under ``/usr`` and ``/etc``; the interpreter's own host
path, visible in ``/proc/self/maps`` and ``mountinfo`` (its shared library is linked to it);
counters that are not state of the test's own: process ids continue across the tests of a
sandbox (a program can tell how many processes ran before it), clocks run on.
``assert``-style problems execute the test code inside the program's process (HumanEval's
design), so a deliberately malicious program could tamper with it — a per-run nonce only
stops the cheap ``exit(0)`` trick. The fork server itself (never the program) holds
``CAP_SYS_ADMIN`` inside bubblewrap, for the per-test mounts and IPC namespaces; its only
input is the judge's own frames. Where no cgroup is writable (not root, a container without
delegation) memory falls back to a per-process ``RLIMIT_AS`` (several processes may each use
up to the limit; MLE then means a failure with peak RSS near the limit), reported as
``memory=rlimit`` with the reason. Without bwrap or root the level drops to
``partial``/``none``, which the judge prints and ``--require-isolation`` refuses; without bwrap
the program sees the host's file system, and an interpreter installed in a private home
directory is unreadable to the sandbox uid (only modules the server imported work).
"""
from __future__ import annotations

import functools
import importlib.util
import json
import logging
import marshal
import os
import random
import re
import select
import shutil
import socket
import subprocess
import tempfile
import warnings
from dataclasses import asdict, dataclass
from pathlib import Path

from . import _forkserver as fs
from ._bwrap import ROOT, SANDBOX_PACKAGES, bwrap_options, python
from ._cgroup import MemoryCgroups, TestCgroup
from ._seccomp import build_filter

__all__ = ["Isolation", "Limits", "RawRun", "SANDBOX_PACKAGES", "Sandbox", "SandboxError"]

log = logging.getLogger(__name__)

_SERVER_FILES = ("_forkserver.py", "_testchild.py")  # what the sandbox runs, copied in read-only
_SERVER_DIR = "/run/codediv"  # where they appear inside bubblewrap (compiled: _server_pyc)
_HERE = os.path.dirname(os.path.abspath(fs.__file__))
_ATTEMPTS = 3  # runs of a test when the sandbox itself fails (restarted between attempts)
PROGRAM_FILENAME = "<main.py>"  #: what tracebacks call the program (``__file__`` is its work-dir path)


def compile_program(code: str, style: str, top_level_return: bool = False, prelude: str = "") -> tuple:
    """``(program, prelude, warm)`` for the fork server, compiled and read here on the host: the
    program's and its harness prelude's code objects, and the standard modules its program
    server imports ahead of the tests (``_testchild.warm_modules``).

    The sandbox runs this very interpreter (:func:`python`), so the code objects travel as
    marshal and the program server compiles nothing (its compiler's memory was copied from the
    clean parent page by page: a quarter of a program server's start). A program that does not
    compile is a CE without any sandbox work; the error is raised here (SyntaxError and the
    other errors ``compile`` gives). Compiled as :data:`PROGRAM_FILENAME`: there is no file to
    show source lines from, and a name in angle brackets keeps the interpreter from searching
    sys.path for one on every traceback. Compiling is not running: nothing of the program
    executes on the host (``optimize=0``, as the sandboxed interpreter runs, whatever ``-O``
    this process has). Its compile-time warnings are not printed here (they are the program's)."""
    _quiet_program_warnings()
    program = fs._compile_program(code, style, top_level_return, PROGRAM_FILENAME)
    names = fs.tc.names_used(program)
    return program, fs.tc.compile_prelude(prelude, names), fs.tc.warm_modules(program, names)


@functools.lru_cache(maxsize=None)
def _quiet_program_warnings() -> None:
    for category in (SyntaxWarning, DeprecationWarning):  # only warnings about the programs' own text
        warnings.filterwarnings("ignore", category=category, module=re.escape(PROGRAM_FILENAME))


@functools.lru_cache(maxsize=None)
def _server_pyc(name: str) -> bytes:
    """The server file ``name`` compiled by this interpreter, as an unchecked hash-based .pyc.

    The sandbox runs this very interpreter (:func:`python`), so it loads the code objects
    instead of compiling a thousand lines at every start: the compiler's garbage stayed
    scattered in the heap that every later fork copies (the clean parent's anonymous memory
    5.5 MB -> 3.6 MB; each test's fork about an eighth cheaper). Unchecked: the file has no
    source beside it to be checked against, and it is made from the current source each run."""
    src = Path(_HERE, name).read_bytes()
    code = compile(src, os.path.join(_SERVER_DIR, name), "exec", dont_inherit=True)
    flags = (0b01).to_bytes(4, "little")  # PEP 552: hash-based, not checked against the source
    return importlib.util.MAGIC_NUMBER + flags + importlib.util.source_hash(src) + marshal.dumps(code)


@dataclass(frozen=True)
class Limits:
    """Per-test resource limits."""

    time_s: float = 4.0  #: CPU-time limit per test, for the test's whole process tree
    memory_mb: int = 1024  #: memory of the whole test (cgroup); per process in the rlimit fallback
    output_mb: int = 32  #: combined stdout + stderr bytes past which the run is OLE
    tmpfs_mb: int = 64  #: the test's own tmpfs: work directory and /dev/shm, all files together
    tmpfs_inodes: int = 16384  #: files and directories in that tmpfs
    max_procs: int = 64  #: processes + threads of the sandbox uid
    max_files: int = 256  #: open file descriptors per process
    stack_mb: int = 512  #: main-thread stack soft limit (deep recursion); the hard limit stays open
    wall_s: float = 0.0  #: wall-clock backstop for sleepers; 0 = max(3 x time_s, time_s + 2 s)

    def backstop_s(self) -> float:
        return self.wall_s or max(3.0 * self.time_s, self.time_s + 2.0)


@dataclass(frozen=True)
class Isolation:
    """The isolation actually in force (printed by ``codediv judge``)."""

    level: str  #: "full", "partial" or "none"
    bwrap: bool  #: running inside bubblewrap namespaces
    namespaces: tuple[str, ...]  #: namespaces unshared from the host
    uid_drop: bool  #: programs run under a separate unprivileged uid
    readonly_fs: bool  #: host file system hidden except read-only system paths
    rlimits: tuple[str, ...]  #: rlimits applied to every test
    cgroup: bool = False  #: memory limited per test by a cgroup (else per process by RLIMIT_AS)
    notes: tuple[str, ...] = ()  #: why the level is below "full", and fallbacks in force
    memory: str = "rlimit"  #: "cgroup-v2", "cgroup-v1" or "rlimit"
    seccomp: bool = False  #: the system-call filter of _seccomp.py is installed for programs
    per_test: tuple[str, ...] = ()  #: what every test gets fresh: "ipc" namespace, "tmpfs"
    hidden: tuple[str, ...] = ()  #: what is hidden: "site-packages", "procs" (hidepid)

    def describe(self) -> str:
        parts = [f"isolation={self.level}", "bwrap" if self.bwrap else "no-bwrap",
                 "ns=" + ",".join(self.namespaces) if self.namespaces else "ns=none",
                 "uid-drop" if self.uid_drop else "same-uid", "seccomp" if self.seccomp else "no-seccomp",
                 f"memory={self.memory}", "per-test=" + (",".join(self.per_test) or "none"),
                 "hidden=" + (",".join(self.hidden) or "none"), "rlimits=" + ",".join(self.rlimits)]
        return " ".join(parts) + ("" if not self.notes else " (" + "; ".join(self.notes) + ")")

    def fingerprint(self) -> dict:
        """Everything about the isolation that can change a verdict (the notes are prose)."""
        return {k: v for k, v in asdict(self).items() if k != "notes"}

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class RawRun:
    """What happened when one test ran; the judge turns it into a verdict."""

    exit: int  #: exit status as the OS reports it (negative: killed by that signal)
    wall_s: float
    cpu_s: float  #: CPU time of the test's whole process tree, measured by the fork server
    maxrss_kb: int
    timed_out: bool  #: killed by the wall-clock backstop
    stdout: bytes
    stderr_tail: bytes
    output_exceeded: bool  #: stdout+stderr went past the output cap (counted here)
    failure: str = ""  #: non-empty when the sandbox itself failed (after every retry)
    memory_exceeded: bool = False  #: the judge saw the memory limit hit (cgroup OOM kill / rlimit peak)
    files_exceeded: bool = False  #: the test's tmpfs was full when it failed (observed by the server)
    attempts: int = 1  #: runs needed (more than 1 after a sandbox failure)
    tmpfs_reused: bool = False  #: the test got the last test's tmpfs, found exactly as it was made


_RLIMITS = ("cpu-backstop", "nproc", "nofile", "core", "stack")
_NAMESPACES = ("pid", "net", "mount", "ipc", "uts", "cgroup")


class SandboxError(RuntimeError):
    """The sandbox could not be started or stopped answering."""


class Sandbox:
    """One fork server in one bubblewrap container; not thread-safe (one per worker)."""

    def __init__(self, limits: Limits = Limits(), use_bwrap: bool | None = None,
                 use_cgroup: bool | None = None, use_seccomp: bool = True, pin_cpu: bool = True):
        self.limits = limits
        self.use_bwrap = use_bwrap
        self.use_cgroup = use_cgroup  #: None = use a memory cgroup when one is writable
        self.use_seccomp = use_seccomp
        self.pin_cpu = pin_cpu  #: run the whole sandbox on one CPU no other codediv sandbox holds
        self.cpu: int | None = None  #: the CPU it runs on (None: not pinned)
        self._cpu_claim: socket.socket | None = None
        self.uid: int | None = None
        self.isolation: Isolation | None = None
        self.version = ""  #: the sandboxed interpreter's sys.version
        self.restarts = 0  #: times the fork server was restarted after a failure
        self.programs = 0  #: program servers started (a program that does not compile starts none)
        self._features: dict = {}
        self._bwrap = False
        self._cgroups: MemoryCgroups | None = None
        self._cgroup_note = ""
        self._host_root: str | None = None
        self._proc: subprocess.Popen | None = None
        self._sock: socket.socket | None = None
        self._program: tuple | None = None  # the loaded program, reloaded after a restart
        self._program_open = False
        self._cgroup_sent: TestCgroup | None = None  # the test cgroup the program server holds
        self._log = tempfile.TemporaryFile()

    # -- life cycle -------------------------------------------------------------------
    def start(self) -> "Sandbox":
        if self.use_cgroup is False:
            self._cgroup_note = "cgroups disabled"
        elif os.geteuid() != 0:
            self._cgroup_note = "not root: no cgroup"
        else:
            self._cgroups, self._cgroup_note = MemoryCgroups.detect()
        want_bwrap = self.use_bwrap if self.use_bwrap is not None else shutil.which("bwrap") is not None
        notes: list[str] = []
        if want_bwrap:
            try:
                self._launch(bwrap=True)
                self.isolation = self._describe(notes)
                return self
            except SandboxError as e:
                notes.append(f"bwrap failed to start ({e})")
                self._stop_server()
        elif self.use_bwrap is False:
            notes.append("bwrap disabled")
        else:
            notes.append("bwrap not found (apt-get install bubblewrap)")
        self._launch(bwrap=False)
        self.isolation = self._describe(notes)
        return self

    def _describe(self, notes: list[str]) -> Isolation:
        f, bwrap = self._features, self._bwrap
        uid_drop = self.uid is not None
        if not uid_drop:
            notes.append("not root: programs share the judge's uid")
        if not f.get("seccomp"):
            notes.append("seccomp filter unavailable")
        per_test = tuple(k for k in ("ipc", "tmpfs") if f.get(k))
        if len(per_test) < 2:
            notes.append("no fresh " + " or ".join(k for k in ("ipc", "tmpfs") if not f.get(k)) + " per test")
        memory = f"cgroup-{self._cgroups.kind}" if self._cgroups else "rlimit"
        if not self._cgroups:
            notes.append(f"memory limited per process by RLIMIT_AS ({self._cgroup_note})")
        full = bwrap and uid_drop and f.get("seccomp") and len(per_test) == 2
        level = "full" if full else ("partial" if bwrap or uid_drop else "none")
        hidden = (("site-packages",) if bwrap else ()) + (("procs",) if f.get("hidepid") else ())
        rlimits = _RLIMITS + (() if self._cgroups else ("as",))
        return Isolation(level=level, bwrap=bwrap, namespaces=_NAMESPACES if bwrap else (), uid_drop=uid_drop,
                         readonly_fs=bwrap, rlimits=rlimits, cgroup=self._cgroups is not None, notes=tuple(notes),
                         memory=memory, seccomp=bool(f.get("seccomp")), per_test=per_test, hidden=hidden)

    def _launch(self, bwrap: bool) -> None:
        if self.pin_cpu and self._cpu_claim is None:
            self.cpu, self._cpu_claim = claim_cpu()
        parent, child = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        # Random high uid per sandbox: RLIMIT_NPROC and kill(-1) then concern this sandbox only.
        self.uid = random.SystemRandom().randrange(200_000, 1 << 30) if os.geteuid() == 0 else None
        self._bwrap = bwrap
        if bwrap:
            argv, keep = self._bwrap_command(child.fileno())
            root = ROOT
        else:
            argv, keep = [python(), "-I", os.path.join(_HERE, "_forkserver.py"), str(child.fileno())], [child.fileno()]
            self._host_root = self._host_root or tempfile.mkdtemp(prefix="codediv-judge-")
            os.chmod(self._host_root, 0o755)
            root = self._host_root
        # LD_BIND_NOW: the dynamic linker resolves every symbol once, in the clean parent, instead
        # of lazily in each test child (a lookup and a copied page for each first call there).
        # The program's own environment is set by the server (_testchild.prepare_process).
        env = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "LD_BIND_NOW": "1"}
        try:
            self._proc = subprocess.Popen(argv, pass_fds=keep, stdin=subprocess.DEVNULL,
                                          stdout=subprocess.DEVNULL, stderr=self._log, env=env,
                                          start_new_session=True)
        except OSError as e:
            raise SandboxError(str(e)) from e
        finally:
            child.close()
            for fd in keep[1:]:
                os.close(fd)
        self._sock = parent
        self._program_open = False
        filt = build_filter() if self.use_seccomp else None
        parent.settimeout(30)
        try:
            _send(parent, {"uid": self.uid, "root": root, "own_pid_ns": bwrap, "hidepid": bwrap,
                                   "private_mounts": not bwrap and os.geteuid() == 0,
                                   "seccomp": filt.hex() if filt else "", "cpu": self.cpu})
            hello = _receive_hello(parent)
        except OSError as e:
            hello = None
            log.debug("sandbox hello failed: %s", e)
        if not hello or not hello.get("ok"):
            raise SandboxError(self._stderr_tail() or "fork server did not answer")
        parent.settimeout(None)
        self._features = hello["features"]
        self.version = hello["version"]

    def _bwrap_command(self, control_fd: int) -> tuple[list[str], list[int]]:
        """bwrap's argv and the descriptors it reads (control socket first)."""
        me = self.uid if self.uid is not None else os.getuid()
        passwd = f"root:x:0:0:root:/root:/usr/sbin/nologin\njudge:x:{me}:{me}:judge:{ROOT}/w:/usr/sbin/nologin\n"
        group = f"root:x:0:\njudge:x:{me}:\n"
        pw, gr = fs.memfd("passwd", passwd.encode()), fs.memfd("group", group.encode())
        files = [(fs.memfd(f, _server_pyc(f)), os.path.join(_SERVER_DIR, f + "c")) for f in _SERVER_FILES]
        # Options through a descriptor: /proc/1/cmdline then shows no host paths.
        opts = fs.memfd("args", b"\0".join(a.encode() for a in bwrap_options(pw, gr, files)) + b"\0")
        argv = [shutil.which("bwrap") or "bwrap", "--args", str(opts),
                python(), "-I", os.path.join(_SERVER_DIR, "_forkserver.pyc"), str(control_fd)]
        return argv, [control_fd, pw, gr, *(fd for fd, _ in files), opts]

    def _stderr_tail(self) -> str:
        self._log.seek(0)
        return self._log.read()[-500:].decode(errors="replace").strip()

    def _stop_server(self) -> None:
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

    def close(self) -> None:
        self._stop_server()
        if self._cpu_claim is not None:
            self._cpu_claim.close()
            self._cpu_claim, self.cpu = None, None
        if self._cgroups is not None:
            self._cgroups.close()
            self._cgroups = None
        if self._host_root is not None:
            fs.remove_tree(self._host_root)
            self._host_root = None

    def restart(self) -> None:
        self._stop_server()
        self.restarts += 1
        self._launch(bwrap=self._bwrap)

    def __enter__(self) -> "Sandbox":
        return self.start() if self._proc is None else self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- work ---------------------------------------------------------------------------
    def load(self, code: str, style: str, entry_point: str | None, top_level_return: bool = False,
             prelude: str = "") -> str | None:
        """Compile ``code`` (here: :func:`compile_program`) and give it to a fresh program server;
        return None, or the compile error (CE, and no program server is started).

        ``top_level_return``: a top-level ``return`` ends a stdin program, as in the APPS/TACO
        and LiveCodeBench harnesses (see ``_forkserver._compile_program``); ``prelude``: a
        harness's import lines run before the program (:func:`codediv.harness.run_options`
        gives both for a problem).
        """
        try:
            compiled = compile_program(code, style, top_level_return, prelude)
        except (SyntaxError, ValueError, OverflowError, MemoryError, RecursionError) as e:
            return "%s: %s" % (type(e).__name__, getattr(e, "msg", None) or e)  # CE: no program server
        self._program = (style, entry_point, marshal.dumps(compiled))
        for _ in range(_ATTEMPTS):
            try:
                return self._send_load()
            except OSError:
                self._recover("fork server died while loading a program", reload=False)
        raise SandboxError("fork server died while loading a program")

    def _send_load(self) -> None:
        """A fresh program server with the program (no answer: a server that fails to load it
        fails the first run, which is retried on a restarted sandbox)."""
        if self._sock is None:
            raise OSError("sandbox not running")
        style, entry_point, compiled = self._program
        if self._program_open:
            _send(self._sock, {"cmd": "end"})
        _send(self._sock, {"cmd": "program"})
        _send(self._sock, {"cmd": "load", "style": style, "entry_point": entry_point}, payload=compiled)
        self._program_open = True
        self.programs += 1
        self._cgroup_sent = None  # a new program server holds no test cgroup yet

    def _recover(self, why: str, reload: bool = True) -> None:
        log.warning("sandbox failure: %s; restarting it", why)
        try:
            self.restart()
            if reload and self._program is not None:
                self._send_load()
        except (OSError, SandboxError) as e:
            log.warning("sandbox restart failed: %s", e)

    def run(self, stdin: bytes, limits: Limits | None = None, test_code: str = "", nonce: str = "") -> RawRun:
        """Run the loaded program once; a sandbox failure is retried on a restarted sandbox."""
        lim = limits or self.limits
        for attempt in range(1, _ATTEMPTS + 1):
            raw = self._run_once(stdin, lim, test_code, nonce)
            raw.attempts = attempt
            if not raw.failure:
                return raw
            self._recover(raw.failure)
        return raw

    def _run_once(self, stdin: bytes, lim: Limits, test_code: str, nonce: str) -> RawRun:
        if self._sock is None:
            return _failed("sandbox not running")
        # One frame each way: stdin (and an assert test's code) travel as the frame's payload;
        # the server gives the child a memfd for stdin (a real, seekable file, as on most judges:
        # pipe idioms and `os.read(0, os.fstat(0).st_size)` both work) and sealed files for
        # stdout/stderr, and sends back what they hold. The test's cgroup.procs descriptor goes
        # along only when it changes.
        test = test_code.encode("utf-8")
        msg = {"cmd": "run", "cpu_s": lim.time_s, "wall_s": lim.backstop_s(), "memory_bytes": lim.memory_mb << 20,
               "max_procs": lim.max_procs, "max_files": lim.max_files, "stack_bytes": lim.stack_mb << 20,
               "tmpfs_bytes": lim.tmpfs_mb << 20, "tmpfs_inodes": lim.tmpfs_inodes, "nonce": nonce,
               "output_bytes": lim.output_mb << 20, "stdin": len(stdin), "rlimit_as": True, "cgroup": "none"}
        cg, fds = self._test_cgroup(lim), []
        if cg is not None:
            msg.update(rlimit_as=False, cgroup="keep")
            if cg is not self._cgroup_sent:
                msg["cgroup"], fds = "new", [cg.procs_fd]
        try:
            _send(self._sock, msg, fds, payload=stdin + test if test else stdin)
            self._cgroup_sent = cg
            raw = self._receive(lim)
        except OSError:
            self._cgroup_sent = None
            raw = _failed("fork server not reachable")
        if cg is not None:
            raw.memory_exceeded = self._cgroups.release(cg)
        return raw

    def _test_cgroup(self, lim: Limits) -> TestCgroup | None:
        if self._cgroups is None:
            return None
        try:
            return self._cgroups.acquire(lim.memory_mb << 20)
        except OSError as e:  # the layout went away: this test falls back to RLIMIT_AS
            log.warning("could not create a test cgroup (%s); memory limited by RLIMIT_AS for this test", e)
            return None

    def _receive(self, lim: Limits) -> RawRun:
        """The server's report of the test, with its stdout and the tail of its stderr."""
        poller = select.poll()  # (a poll object costs no system call; an epoll per test did)
        poller.register(self._sock.fileno(), select.POLLIN)
        if not poller.poll((lim.backstop_s() + 10.0) * 1000):  # the server itself hangs
            return _failed("fork server hung")
        head, data = _recv(self._sock)
        if head is None or len(head) < fs.RUN_REPORT.size:
            return _failed("fork server died")
        if len(head) > fs.RUN_REPORT.size:
            return _failed(head[fs.RUN_REPORT.size:].decode("utf-8", "replace"))  # the child's setup failed
        code, wall, cpu, maxrss_kb, n, timed_out, full, over, reused = fs.RUN_REPORT.unpack(head)
        # Without a cgroup the judge's own evidence is the peak RSS of a process that failed.
        rlimit_mle = self._cgroups is None and code != 0 and maxrss_kb * 1024 >= 0.75 * (lim.memory_mb << 20)
        return RawRun(exit=code, wall_s=wall, cpu_s=cpu, maxrss_kb=maxrss_kb, timed_out=timed_out, stdout=data[:n],
                      stderr_tail=data[n:], output_exceeded=over, files_exceeded=full, memory_exceeded=rlimit_mle,
                      tmpfs_reused=reused)


def claim_cpu() -> tuple[int | None, socket.socket | None]:
    """A CPU of this process's affinity that no other codediv sandbox on the machine runs on.

    A sandbox's fork server, its program servers and every test child then run on that one
    CPU: a test child is forked and reaped where its server runs, with warm caches and no
    wake-up across CPUs (on the 2-vCPU project machine, interleaved runs: 13-15% more tests/s,
    5% less CPU per test). Verdicts do not change: time limits are CPU time, counted over
    the whole process tree. The claim is an abstract unix socket named after the CPU, so it
    holds across processes (several judges, Ray workers on one node) and dies with its holder;
    when every CPU is taken the sandbox is not pinned and the scheduler places it."""
    cpus = sorted(os.sched_getaffinity(0))
    if len(cpus) < 2:
        return None, None
    for cpu in cpus:
        claim = _claim(cpu)
        if claim is not None:
            return cpu, claim
    return None, None


def _claim(cpu: int) -> socket.socket | None:
    """The claim on ``cpu`` (held while the socket is open), or None when another holds it."""
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        s.bind(f"\0codediv-sandbox-cpu-{cpu}")
        return s
    except OSError:
        s.close()
        return None


def _send(sock: socket.socket, obj: dict, fds=(), payload: bytes = b"") -> None:
    """A frame to the fork server: our own data, as marshal (which it reads without ``json``)."""
    fs.send_frame(sock, marshal.dumps(obj), fds, payload)


def _recv(sock: socket.socket) -> tuple[bytes | None, bytes]:
    """A frame from the fork server: (header, payload); the header is None when it closed."""
    head, fds, payload = fs.recv_frame(sock)
    for fd in fds:  # the server never sends descriptors
        os.close(fd)
    return head, payload


def _receive_hello(sock: socket.socket) -> dict | None:
    """The fork server's hello, parsed as JSON (text from inside the sandbox is untrusted)."""
    head, _ = _recv(sock)
    return None if head is None else json.loads(head)


def _failed(why: str) -> RawRun:
    return RawRun(exit=-9, wall_s=0.0, cpu_s=0.0, maxrss_kb=0, timed_out=False, stdout=b"",
                  stderr_tail=why.encode(), output_exceeded=False, failure=why)
