"""The bubblewrap command line of a judge sandbox: what is mounted, hidden and bound.

Only what the interpreter needs is mounted, read-only: ``/usr``, ``/etc`` (with a passwd and
group file of the sandbox's own, so the program's uid has a name), the ``/lib*`` links, and
outside ``/usr`` the interpreter's executable and library directory. Every
``site-packages``/``dist-packages`` directory visible there is covered by an empty tmpfs —
codediv's own package data, an installed benchmark with its tests, anything pip put there —
and only the solution libraries of :data:`SANDBOX_PACKAGES` are bound back into it. Copies
of the fork server's two files (compiled) and of passwd/group appear under ``/run/codediv``. Options travel through a descriptor
(``--args``), so the sandbox's ``/proc/1/cmdline`` holds no host paths.

Reads the interpreter's layout (``sysconfig``, ``site``); writes nothing.
"""
from __future__ import annotations

import glob
import os
import site
import sys
import sysconfig
from pathlib import Path

ROOT = "/tmp"  #: inside bubblewrap, each test's tmpfs is mounted here (work dir /tmp/w)
#: Installed packages that stay importable inside the sandbox (solution libraries holding no
#: tests: AtCoder-style judges offer them). Everything else in site-packages is hidden.
SANDBOX_PACKAGES = ("numpy", "numpy.libs", "sortedcontainers")


def python() -> str:
    # Start-up through a pyenv shim costs ~300 ms; use the real interpreter.
    return os.path.realpath(sys.executable)


def _under(path: str, roots) -> bool:
    return any(path == r or path.startswith(r.rstrip("/") + "/") for r in roots)


def _interpreter_mounts() -> list[str]:
    """Host paths the sandboxed interpreter needs beyond /usr, /etc and /lib* (outermost only)."""
    exe = python()
    wanted = {exe, sysconfig.get_config_var("LIBDIR") or "", os.path.dirname(sysconfig.get_path("stdlib")),
              os.path.dirname(sysconfig.get_path("platstdlib"))}
    wanted = {os.path.realpath(p) for p in wanted if p and os.path.exists(p)}
    wanted = {p for p in wanted if not _under(p, ("/usr", "/etc", "/lib", "/lib64", "/bin", "/sbin"))}
    return sorted(p for p in wanted if not any(q != p and _under(p, [q]) for q in wanted))


def _site_dirs(mounted: list[str]) -> list[str]:
    """Every site-/dist-packages directory visible inside the sandbox (to be hidden)."""
    found = set(site.getsitepackages([sys.base_prefix, sys.base_exec_prefix]) + site.getsitepackages())
    for pattern in ("/usr/lib/python3*/*-packages", "/usr/local/lib/python3*/*-packages"):
        found.update(glob.glob(pattern))
    roots = ["/usr", *mounted]
    return sorted({os.path.realpath(d) for d in found if os.path.isdir(d) and _under(os.path.realpath(d), roots)})


def _package_binds(hidden: list[str]) -> list[tuple[str, str]]:
    """(host source, sandbox target) for each allowed package found in the judge's site dirs."""
    targets = [os.path.realpath(d) for d in site.getsitepackages([sys.base_prefix])]
    target = next((t for t in targets if t in hidden), hidden[0] if hidden else None)
    if target is None:
        return []
    binds = []
    for name in SANDBOX_PACKAGES:
        for d in site.getsitepackages():
            src = os.path.join(d, name)
            if os.path.isdir(src):
                binds.append((os.path.realpath(src), os.path.join(target, name)))
                break
    return binds


def bwrap_options(passwd_fd: int, group_fd: int, server_files: list[tuple[int, str]]) -> list[str]:
    args = ["--unshare-ipc", "--unshare-pid", "--unshare-net", "--unshare-uts", "--unshare-cgroup-try",
            "--hostname", "judge", "--die-with-parent", "--new-session",
            "--ro-bind", "/usr", "/usr", "--ro-bind", "/etc", "/etc"]
    for name in ("bin", "sbin", "lib", "lib32", "lib64", "libx32"):
        p = Path("/" + name)
        if p.is_symlink():
            args += ["--symlink", os.readlink(p), str(p)]
        elif p.is_dir():
            args += ["--ro-bind", str(p), str(p)]
    made: set[str] = {"/usr", "/etc", "/tmp", "/dev", "/proc"}
    mounts = _interpreter_mounts()
    for path in mounts:
        parts = Path(path).parts
        for i in range(2, len(parts)):
            anc = str(Path(*parts[:i]))
            if anc not in made:
                args += ["--perms", "0755", "--dir", anc]
                made.add(anc)
        args += ["--ro-bind", path, path]
    hidden = _site_dirs(mounts)
    for d in hidden:
        args += ["--tmpfs", d]
    for src, dest in _package_binds(hidden):
        args += ["--ro-bind", src, dest]
    args += ["--perms", "0644", "--ro-bind-data", str(passwd_fd), "/etc/passwd",
             "--perms", "0644", "--ro-bind-data", str(group_fd), "/etc/group",
             "--proc", "/proc", "--dev", "/dev", "--perms", "0755", "--size", str(1 << 20), "--tmpfs", ROOT]
    for fd, dest in server_files:  # copies, not binds: mountinfo would show the host path of a bind
        args += ["--perms", "0644", "--ro-bind-data", str(fd), dest]
    if os.geteuid() == 0:
        # SYS_ADMIN: per-test tmpfs mounts and IPC namespaces. The program never holds any of
        # these: it runs under another uid, which clears every capability.
        for cap in ("SETUID", "SETGID", "KILL", "CHOWN", "DAC_OVERRIDE", "FOWNER", "SYS_ADMIN"):
            args += ["--cap-add", "CAP_" + cap]
    return args
