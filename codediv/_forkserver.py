"""The fork server that runs inside a judge sandbox (one per judge worker).

It is started as ``python -I -c <this file's source> <control fd>`` inside bubblewrap, so it
must import nothing from codediv. It speaks length-prefixed JSON frames over the control
socket (file descriptors ride along with ``run`` frames via SCM_RIGHTS):

* ``{"cmd": "load", "code", "style", "entry_point", "top_level_return"}`` compiles the program
  once (:func:`_compile_program`); the reply says whether it compiled (a failure becomes the
  judge's ``CE``).
* ``{"cmd": "run", ...limits, "test_code", "nonce"}`` with fds ``[stdin, stdout, stderr]``
  forks one child per test. The child lowers its rlimits, drops to the sandbox's unprivileged
  uid (so it can neither signal this server nor raise its limits back), enters a fresh work
  directory, wires the fds to 0/1/2 and executes the precompiled program as ``__main__``
  exactly as ``python main.py`` would (exit codes, ``SystemExit`` messages, tracebacks,
  joined non-daemon threads, atexit hooks, final flush). The server enforces the wall limit,
  then kills every process left with the sandbox uid (double-forked daemons included: the
  server is a child subreaper, so orphans come back to it) before it replies with exit
  status, wall and CPU time and peak memory.

The server never sees expected outputs: the verdict is decided by the judge outside the
sandbox.
"""
import ast
import builtins
import ctypes
import json
import os
import resource
import select
import shutil
import signal
import socket
import struct
import sys
import time
import traceback
import types

PR_SET_DUMPABLE = 4
PR_SET_NO_NEW_PRIVS = 38
PR_SET_CHILD_SUBREAPER = 36
_LIBC = ctypes.CDLL(None, use_errno=True)


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
        return None, []
    while len(head) < 4:
        more = sock.recv(4 - len(head))
        if not more:
            return None, fds
        head += more
    (n,) = struct.unpack(">I", head)
    buf = bytearray()
    while len(buf) < n:
        chunk = sock.recv(min(1 << 20, n - len(buf)))
        if not chunk:
            return None, fds
        buf += chunk
    return json.loads(buf), fds


def _exit_code(exc):
    code = exc.code
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xFF
    try:
        print(code, file=sys.stderr)
    except Exception:
        pass
    return 1


def _finish(rc):
    """Shut down like the interpreter does after __main__ returns, then exit."""
    import threading
    try:
        threading._shutdown()
    except BaseException:
        pass
    try:
        import atexit
        atexit._run_exitfuncs()
    except BaseException:
        pass
    try:
        sys.stdout.flush()
    except BaseException:
        rc = rc or 120  # CPython reports a failed final flush of stdout with status 120
    try:
        sys.stderr.flush()
    except BaseException:
        pass
    os._exit(rc)


def _set_limits(msg):
    def lim(kind, value):
        try:
            resource.setrlimit(kind, (value, value))
        except (ValueError, OSError):
            pass
    cpu = max(1, int(msg["cpu_s"] + 0.999))
    try:
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))  # SIGXCPU, then SIGKILL
    except (ValueError, OSError):
        pass
    lim(resource.RLIMIT_AS, msg["memory_bytes"])
    lim(resource.RLIMIT_FSIZE, msg["file_bytes"])
    lim(resource.RLIMIT_NPROC, msg["max_procs"])
    lim(resource.RLIMIT_NOFILE, msg["max_files"])
    lim(resource.RLIMIT_CORE, 0)
    # The main thread's stack grows on demand up to RLIMIT_STACK: allow deep recursion.
    try:
        resource.setrlimit(resource.RLIMIT_STACK, (msg["stack_bytes"], msg["stack_bytes"]))
    except (ValueError, OSError):
        pass


def _child(state, msg, fds):
    try:
        os.setsid()
        for target, fd in enumerate(fds):
            os.dup2(fd, target)
        os.closerange(3, 1 << 16)
        for sig in (signal.SIGCHLD, signal.SIGTERM, signal.SIGHUP, signal.SIGALRM, signal.SIGUSR1):
            signal.signal(sig, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        _set_limits(msg)
        if state["uid"] is not None:
            os.setgroups([])
            os.setresgid(state["uid"], state["uid"], state["uid"])
            os.setresuid(state["uid"], state["uid"], state["uid"])
        _LIBC.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0)
        os.chdir(state["workdir"])
        os.environ.clear()
        os.environ.update({"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": state["workdir"],
                           "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "OPENBLAS_NUM_THREADS": "1",
                           "OMP_NUM_THREADS": "1", "TMPDIR": state["workdir"]})
        sys.argv = ["main.py"]
        sys.set_int_max_str_digits(0)
        sys.setrecursionlimit(1000)
    except BaseException:
        traceback.print_exc()
        os._exit(125)
    style = state["style"]
    mod = types.ModuleType("__main__" if style == "stdin" else "__candidate__")
    mod.__file__ = "main.py"
    mod.__builtins__ = builtins
    sys.modules["__main__"] = mod
    import linecache
    linecache.cache["main.py"] = (len(state["source"]), None, state["source"].splitlines(True), "main.py")
    rc = 0
    try:
        if style == "stdin":
            exec(state["code"], mod.__dict__)
        elif style == "call":
            _run_call(state, mod)
        else:
            _run_assert(state, mod, msg)
    except SystemExit as e:
        rc = _exit_code(e)
    except BaseException as e:
        try:  # hide this harness's own frame, as `python main.py` would show none
            tb = e.__traceback__.tb_next if e.__traceback__ is not None else None
            traceback.print_exception(type(e), e, tb)
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


def _run_call(state, mod):
    exec(_CALL_PRELUDE, mod.__dict__)
    real_stdout = sys.stdout
    sys.stdout = sys.stderr  # the program's own prints must not pollute the result
    exec(state["code"], mod.__dict__)
    args = [json.loads(line) for line in sys.stdin.read().split("\n") if line.strip()]
    entry = state["entry_point"]
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


def _run_assert(state, mod, msg):
    exec(state["code"], mod.__dict__)
    candidate = mod.__dict__[state["entry_point"]]
    exec(compile(msg["test_code"], "test.py", "exec"), mod.__dict__)
    mod.__dict__["check"](candidate)
    sys.stdout.flush()
    os.write(1, ("\n" + msg["nonce"] + "\n").encode())


class _ReturnEndsProgram(ast.NodeTransformer):
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


def _compile_program(code, style, top_level_return):
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
    Nothing else the harnesses change is imitated (module globals becoming function locals,
    the imports they prepend: a program using ``math`` without importing it fails here as it
    would on its own).
    """
    try:
        return compile(code, "main.py", "exec", dont_inherit=True)
    except SyntaxError as e:
        if not (top_level_return and style == "stdin" and e.msg == "'return' outside function"):
            raise
    tree = ast.fix_missing_locations(_ReturnEndsProgram().visit(ast.parse(code, "main.py")))
    return compile(tree, "main.py", "exec", dont_inherit=True)


def _alive_children():
    """Reap exited children; return True if any child process is still running."""
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return False
        if pid == 0:
            return True


def _sweep(state):
    """Kill every process of the sandbox uid; return how many sweeps were needed."""
    sweeps = 0
    while _alive_children() and sweeps < 50:
        sweeps += 1
        if state["uid"] is None:
            try:
                os.killpg(state["pgid"], signal.SIGKILL)
            except OSError:
                pass
        else:
            killer = os.fork()
            if killer == 0:
                try:
                    os.setresuid(state["uid"], state["uid"], state["uid"])
                    os.kill(-1, signal.SIGKILL)  # every process this uid may signal, not itself
                finally:
                    os._exit(0)
            os.waitpid(killer, 0)
        time.sleep(0.001 * sweeps)
    return sweeps


def _fresh_workdir(state):
    wd = state["workdir"]
    shutil.rmtree(wd, ignore_errors=True)
    os.mkdir(wd, 0o700)
    if state["uid"] is not None:
        os.chown(wd, state["uid"], state["uid"])
    if state["uid"] is not None and os.path.isdir("/dev/shm"):  # shared memory must not carry state over
        for name in os.listdir("/dev/shm"):
            p = os.path.join("/dev/shm", name)
            shutil.rmtree(p, ignore_errors=True) if os.path.isdir(p) else os.unlink(p)


def _run(state, msg, fds):
    _fresh_workdir(state)
    t0 = time.monotonic()
    pid = os.fork()
    if pid == 0:
        _child(state, msg, fds)
    for fd in fds:
        os.close(fd)
    state["pgid"] = pid
    timed_out = False
    try:
        pidfd = os.pidfd_open(pid)
    except (AttributeError, OSError):
        pidfd = None
    deadline = t0 + msg["wall_s"]
    if pidfd is not None:
        ready, _, _ = select.select([pidfd], [], [], max(0.0, deadline - time.monotonic()))
        os.close(pidfd)
        timed_out = not ready
    else:
        while os.waitid(os.P_PID, pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is None:
            if time.monotonic() >= deadline:
                timed_out = True
                break
            time.sleep(0.0005)
    if timed_out:
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
    _, status, ru = os.wait4(pid, 0)
    wall = time.monotonic() - t0
    sweeps = _sweep(state)
    return {"exit": os.waitstatus_to_exitcode(status), "wall_s": wall, "timed_out": timed_out,
            "cpu_s": ru.ru_utime + ru.ru_stime, "maxrss_kb": ru.ru_maxrss, "sweeps": sweeps}


def main():
    sock = socket.socket(fileno=int(sys.argv[1]))
    _LIBC.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
    _LIBC.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)  # children cannot read this process's memory or fds
    hello, _ = recv_frame(sock)
    state = {"uid": hello["uid"], "workdir": hello["workdir"], "code": None, "source": "",
             "style": "stdin", "entry_point": None, "pgid": None}
    send_frame(sock, {"ok": True, "pid": os.getpid(), "uid": os.getuid(),
                      "version": sys.version.split()[0]})
    while True:
        msg, fds = recv_frame(sock)
        if msg is None:
            return
        if msg["cmd"] == "load":
            state.update(style=msg["style"], entry_point=msg.get("entry_point"), source=msg["code"])
            try:
                state["code"] = _compile_program(msg["code"], msg["style"], msg.get("top_level_return", False))
                send_frame(sock, {"ok": True})
            except (SyntaxError, ValueError, OverflowError, MemoryError, RecursionError) as e:
                state["code"] = None
                detail = "%s: %s" % (type(e).__name__, getattr(e, "msg", None) or e)
                send_frame(sock, {"ok": False, "error": detail})
        elif msg["cmd"] == "run":
            sys.stdout.flush()
            sys.stderr.flush()
            send_frame(sock, _run(state, msg, fds))


if __name__ == "__main__":
    main()
