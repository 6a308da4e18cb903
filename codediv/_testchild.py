"""The test child: what runs in the process forked for one test (inside the sandbox).

Imported by the fork server (``_forkserver.py``), with which it is started inside bubblewrap;
like it, it imports nothing from codediv and only small standard modules (a smaller heap
forks faster). ``child`` (born in the fresh IPC namespace and under the seccomp filter of
its server) joins its memory cgroup, lowers its rlimits, drops to the sandbox's unprivileged
uid, enters its fresh work directory and executes the precompiled program as ``__main__`` exactly as
``python main.py`` would: exit codes, ``SystemExit`` messages, tracebacks (through the
interpreter's own hook, without source lines), joined non-daemon threads, atexit hooks, the
final flush of the standard streams. ``prepare_interpreter`` does, once per program, what every child needs,
the program's harness prelude and warm imports included (``compile_prelude``, ``warm_modules``: their imports are then inherited, not repeated per test).
Also the system-call helpers (``mount``, ``prctl``, …) the server uses. Reads the test code
of ``assert`` problems from the run frame (the server puts it in ``msg``).
"""
import builtins
import ctypes
import gc
import os
import resource
import sys

PR_SET_DUMPABLE, PR_SET_SECCOMP, PR_SET_NO_NEW_PRIVS, PR_SET_CHILD_SUBREAPER = 4, 22, 38, 36
PR_CAPBSET_DROP, SECCOMP_MODE_FILTER = 24, 2
CLONE_NEWNS, CLONE_NEWIPC = 0x00020000, 0x08000000
MS_NOSUID, MS_NODEV, MS_NOEXEC, MS_REMOUNT, MS_NOATIME, MS_BIND, MS_REC, MS_PRIVATE = 2, 4, 8, 32, 1024, 4096, 16384, 1 << 18
MNT_DETACH = 2
F_ADD_SEALS, F_SEAL_SEAL, F_SEAL_SHRINK, F_SEAL_GROW = 1033, 1, 2, 4
SIGKILL = 9  # (the signal and types modules are not imported: a smaller heap forks faster)
CLK_TCK = os.sysconf("SC_CLK_TCK")
LIBC = ctypes.CDLL(None, use_errno=True)
LIBC.mount.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_ulong, ctypes.c_char_p]
LIBC.umount2.argtypes = [ctypes.c_char_p, ctypes.c_int]
LIBC.prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong]
LIBC.fcntl.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]


class Fprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]


def check(rc):
    if rc != 0:
        err = ctypes.get_errno()
        raise OSError(err, os.strerror(err))


def mount(source, target, fstype, flags, data=None):
    enc = (lambda s: s.encode() if isinstance(s, str) else s)
    check(LIBC.mount(enc(source), enc(target), enc(fstype), flags, enc(data)))


def umount(target):
    check(LIBC.umount2(target.encode(), MNT_DETACH))


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


def _limit(kind, soft, hard=None):
    try:
        resource.setrlimit(kind, (soft, soft if hard is None else hard))
    except (ValueError, OSError):
        pass


def set_program_limits(msg):
    """The rlimits every test of a program shares, set once in its program server (inherited).

    The server itself is not held back by them: as root with CAP_SYS_ADMIN it is exempt from
    RLIMIT_NPROC, and it keeps far fewer descriptors open than any sensible limit."""
    _limit(resource.RLIMIT_NPROC, msg["max_procs"])
    _limit(resource.RLIMIT_NOFILE, msg["max_files"])
    _limit(resource.RLIMIT_CORE, 0)
    # Deep recursion needs a big main-thread stack; the hard limit stays above the soft one
    # (as on a normal shell) so `setrlimit(RLIMIT_STACK, (2**29, -1))` templates work.
    hard = resource.getrlimit(resource.RLIMIT_STACK)[1]
    soft = msg["stack_bytes"] if hard == resource.RLIM_INFINITY else min(msg["stack_bytes"], hard)
    _limit(resource.RLIMIT_STACK, soft, hard)


def _set_limits(msg, preloaded=0):
    """The per-process rlimits, in the test child (the server must not run under them)."""
    # The server enforces the CPU limit over the whole tree; RLIMIT_CPU is only a per-process
    # backstop, soft == hard so that it kills outright (a SIGXCPU is then never the judge's).
    _limit(resource.RLIMIT_CPU, int(msg["wall_s"]) + 2)
    if msg["rlimit_as"]:  # the address space the prelude mapped (numpy: ~130 MB) is not the program's
        _limit(resource.RLIMIT_AS, msg["memory_bytes"] + preloaded)


def _drop_privileges(state):
    if state["uid"] is not None:  # (no supplementary groups: the clean parent dropped them)
        os.setresgid(state["uid"], state["uid"], state["uid"])
        os.setresuid(state["uid"], state["uid"], state["uid"])
        return
    # Same uid as the server (no root): at least give up every capability it may hold.
    for cap in range(64):
        LIBC.prctl(PR_CAPBSET_DROP, cap, 0, 0, 0)
    header = (ctypes.c_uint32 * 2)(0x20080522, 0)
    LIBC.capset(header, (ctypes.c_uint32 * 6)())


def _setup_child(state, prog, msg, fds, report_fd):
    os.setsid()
    if msg.get("fd_cgroup") is not None:
        os.write(fds[msg["fd_cgroup"]], b"0")  # join the test's memory cgroup (before the uid drop)
    test_code = msg.get("test_code") or ""
    for target, fd in enumerate(fds[:3]):
        os.dup2(fd, target)
    os.closerange(3, report_fd)
    os.closerange(report_fd + 1, 1 << 16)
    # The IPC namespace (fresh for this test) and the seccomp filter come from the server.
    _set_limits(msg, prog.get("prelude_vm", 0))
    _drop_privileges(state)
    # No main.py is written into the work dir: the interpreter's traceback then shows no source
    # lines (reading and parsing them made an RE cost a third more than an AC), and the judge
    # keeps only the exception line anyway.
    os.chdir(state["workdir"])
    return test_code


def prepare_process(state):
    """What every program's interpreter needs, done once in the clean parent (every program
    server is a copy of it): the environment, argv and the interpreter's limits."""
    import atexit  # noqa: F401  (imported now: _finish needs it in every child)
    os.environ.clear()
    os.environ.update({"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": state["workdir"], "TMPDIR": state["workdir"],
                       "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "USER": "judge", "LOGNAME": "judge",
                       "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1"})
    sys.argv = ["main.py"]
    sys.set_int_max_str_digits(0)
    sys.setrecursionlimit(1000)


def prepare_interpreter(state, prog):
    """What every test child of this program needs, done once in the program server."""
    mod = type(sys)("__main__" if prog["style"] == "stdin" else "__candidate__")
    mod.__file__ = prog["path"]
    mod.__builtins__ = builtins
    sys.modules["__main__"] = prog["module"] = mod
    # Before the work dir joins sys.path: it exists only during a test, and an import now would
    # make the import system remember it as missing (programs import what they write).
    before = _address_space()
    _run_prelude(prog["prelude"], mod)
    if prog["style"] == "call":
        import json  # noqa: F401  (the call harness's own, in every test child)
        _run_prelude([_CALL_PRELUDE_CODE], mod)
    for name in prog["warm"]:  # (warm_modules, chosen by the host)
        if name not in sys.modules:
            try:
                __import__(name)
            except Exception:  # left to fail in the test, as it would
                pass
    prog["prelude_vm"] = max(0, _address_space() - before)
    sys.path.insert(0, state["workdir"])  # like `python main.py`: the script's folder comes first
    # Every object now is shared with the test children: keep the collector off them, so a
    # child's garbage collection does not copy-on-write the server's whole heap.
    gc.freeze()


def trim_heap():
    """Give the C heap's free pages back (fewer pages for every later fork to copy)."""
    try:
        LIBC.malloc_trim(0)
    except AttributeError:  # not glibc
        pass


# A program that reaches names dynamically may use any prelude name: then nothing is skipped.
_DYNAMIC_NAMES = frozenset({"eval", "exec", "globals", "vars", "locals", "__import__"})


def _code_objects(code):
    """A compiled program's code object and every one nested in it (functions, classes, lambdas)."""
    todo = [code]
    while todo:
        c = todo.pop()
        yield c
        todo.extend(k for k in c.co_consts if isinstance(k, type(c)))


def names_used(code):
    """Every name a compiled program mentions (globals, attributes, imports), nested code included."""
    return {n for c in _code_objects(code) for n in c.co_names}


def compile_prelude(text, names):
    """A harness prelude (one statement a line) as separately compiled code objects, in order.

    Compiled apart from the program, so the program's ``from __future__`` imports and line
    numbers stay its own. An import line (not ``import *``) none of whose names the program or
    a later kept line mentions is left out: it cannot change what the program does, and
    ``import numpy`` costs a tenth of a second. A line that does not compile on this Python is
    left out too (its names stay undefined, as when its module is missing). ``names``: what
    the program mentions (:func:`names_used`)."""
    if not text:
        return []
    wanted = set(names)
    lazy = not (wanted & _DYNAMIC_NAMES)
    kept = []
    for line in reversed([ln for ln in text.split("\n") if ln.strip()]):
        try:
            code = compile(line, "<harness prelude>", "exec", dont_inherit=True)
        except (SyntaxError, ValueError):
            continue
        is_import = line.startswith(("import ", "from ")) and not line.rstrip().endswith("*")
        if lazy and is_import and not wanted.intersection(code.co_names):
            continue
        wanted.update(code.co_names)
        kept.append(code)
    return kept[::-1]


# Standard modules a program's imports are done for once per program, not once per test (an
# import is a file search, a read and an exec: `import heapq` alone cost a test 1.5 ms, more
# than the whole rest of a small test). Only modules whose import has no effect but defining
# the module are listed (no output, no threads, no files), and the solution libraries.
WARM_MODULES = frozenset({
    "abc", "array", "bisect", "calendar", "cmath", "collections", "collections.abc", "contextlib", "copy",
    "dataclasses", "datetime", "decimal", "enum", "fractions", "functools", "heapq", "io", "itertools", "json",
    "keyword", "math", "numbers", "operator", "os", "os.path", "pprint", "random", "re", "statistics", "string",
    "struct", "sys", "textwrap", "time", "types", "typing", "unicodedata", "weakref", "numpy", "sortedcontainers"})


def warm_modules(program, names):
    """The :data:`WARM_MODULES` a program names (``names``: :func:`names_used`), to be imported
    in its program server (``prepare_interpreter``).

    Every test then inherits them, so its own ``import`` statement only finds them in
    ``sys.modules``, as a second import in one process would. Differences from ``python main.py``,
    accepted for speed: the import's time is not the test's, and a program that writes a file
    named like one of those modules (``heapq.py``) and imports it would get the standard one,
    so a module whose ``<name>.py`` appears in the program's string constants is not warmed."""
    written = " ".join(k for c in _code_objects(program) for k in c.co_consts if isinstance(k, str))
    return sorted(n for n in names & WARM_MODULES if n.split(".")[0] + ".py" not in written)


def _run_prelude(codes, mod):
    """The harness's imports in the program's globals, each line on its own: a line that fails
    (its module is not installed) leaves its names undefined, and only a program using them fails."""
    for code in codes:
        try:
            exec(code, mod.__dict__)
        except Exception:
            pass


def _address_space():
    fd = os.open("/proc/self/statm", os.O_RDONLY)  # (no file object: fewer pages touched)
    try:
        return int(os.read(fd, 200).split()[0]) * resource.getpagesize()
    finally:
        os.close(fd)


def child(state, prog, msg, fds, report_fd):
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
_CALL_PRELUDE_CODE = compile(_CALL_PRELUDE, "<call harness>", "exec")


def _run_call(prog, mod):
    # (_CALL_PRELUDE ran once in the program server, which imported json: prepare_interpreter)
    import json
    real_stdout = sys.stdout
    sys.stdout = sys.stderr  # the program's own prints must not pollute the result
    if mod.__dict__.get("stdout") is real_stdout:  # nor writes to a prelude's `from sys import *`
        mod.__dict__["stdout"] = sys.stderr
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
