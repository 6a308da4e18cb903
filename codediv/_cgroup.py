"""Per-test memory cgroups, managed from the host side of a judge sandbox.

Every test runs in a fresh memory cgroup whose limit is the test's memory limit, so memory is
counted for the whole test: every process and thread, shared memory, memfds and the files in
the test's tmpfs. The judge decides ``MLE`` from the cgroup's own OOM-kill counter, never from
what the program prints. (A test process killed by the host's global OOM killer counts there
too and reads as MLE: the v1 limit-hit counters proved unreliable for telling them apart.)

Both kernel layouts are handled, detected at start:

* cgroup v2 (a stock Debian 12 host): the nearest ancestor of the judge's own cgroup whose
  ``cgroup.subtree_control`` already delegates ``memory`` (systemd slices do) gets a
  ``codediv-<pid>-<hex>`` child with ``memory`` enabled; tests run in ``t<n>`` children with
  ``memory.max``, ``memory.swap.max = 0`` and ``memory.oom.group = 1``;
* cgroup v1 (or a v1/v2 hybrid whose memory controller is on v1): the child is created in the
  judge's own memory cgroup; tests run in ``t<n>`` children with ``memory.limit_in_bytes``
  (and ``memsw`` when swap is accounted).

A test cgroup serves the next test too while the previous one left it clean (no OOM kill,
at most a few kernel pages still charged: mkdir/rmdir per test cost more than the test);
otherwise it is replaced by a fresh one.

When neither is writable (not root, a container without delegation) ``detect`` returns None
with the reason, and the fork server falls back to a per-process ``RLIMIT_AS`` (reported in
the isolation description). The test child joins its cgroup itself, through a ``cgroup.procs``
descriptor opened here, before it drops its privileges; all its descendants inherit it.

Reads ``/proc/self/mountinfo``, ``/proc/self/cgroup``; creates and removes directories in the
cgroup file system only.
"""
from __future__ import annotations

import os
import secrets
import time
from pathlib import Path


def _mounts() -> dict[str, str]:
    """Mount point of the cgroup v2 hierarchy ("v2") and of the v1 memory controller ("v1")."""
    found: dict[str, str] = {}
    with open("/proc/self/mountinfo") as fh:
        for line in fh:
            left, _, right = line.partition(" - ")
            fstype, _, opts = (right.split() + ["", "", ""])[:3]
            point = left.split()[4]
            if fstype == "cgroup2":
                found.setdefault("v2", point)
            elif fstype == "cgroup" and "memory" in opts.split(","):
                found.setdefault("v1", point)
    return found


def _own_paths() -> dict[str, str]:
    paths: dict[str, str] = {}
    with open("/proc/self/cgroup") as fh:
        for line in fh:
            num, controllers, path = line.rstrip("\n").split(":", 2)
            if num == "0" and controllers == "":
                paths["v2"] = path
            elif "memory" in controllers.split(","):
                paths["v1"] = path
    return paths


def _write(path: Path, text: str) -> None:
    fd = os.open(path, os.O_WRONLY)
    try:
        os.write(fd, text.encode())
    finally:
        os.close(fd)


def _probe_join(procs: Path) -> bool:
    """Can a forked child join this cgroup? (checks permissions and delegation for real)"""
    pid = os.fork()
    if pid == 0:
        try:
            _write(procs, "0")
            os._exit(0)
        except BaseException:
            os._exit(1)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status) == 0


def _remove_abandoned(base: Path) -> None:
    """Remove parents left by judges that died without closing (their pid is gone)."""
    for old in base.glob("codediv-*-*"):
        try:
            pid = int(old.name.split("-")[1])
        except (IndexError, ValueError):
            continue
        if pid != os.getpid() and not os.path.exists(f"/proc/{pid}"):
            for child in old.glob("*/"):
                _rmdir(child)
            _rmdir(old)


def _make_parent(kind: str, base: Path) -> Path:
    _remove_abandoned(base)
    parent = base / f"codediv-{os.getpid()}-{secrets.token_hex(4)}"
    parent.mkdir()
    try:
        if kind == "v2":
            _write(parent / "cgroup.subtree_control", "+memory")
        probe = parent / "probe"
        probe.mkdir()
        ok = _probe_join(probe / "cgroup.procs")
        _rmdir(probe, wait=True)
        if not ok:
            raise OSError("a test process could not join the cgroup")
        return parent
    except OSError:
        _rmdir(parent, wait=True)
        raise


def _rmdir(path: Path, wait: bool = False) -> bool:
    # A cgroup whose last process was just reaped may still read as busy for a moment.
    for delay in ((0, 0.001, 0.005, 0.02, 0.1) if wait else (0,)):
        time.sleep(delay)
        try:
            path.rmdir()
            return True
        except FileNotFoundError:
            return True
        except OSError:
            continue
    return False


class TestCgroup:
    """One memory cgroup that tests run in, one after another while it stays clean."""

    __test__ = False  # not a pytest test class

    def __init__(self, kind: str, path: Path, limit_bytes: int):
        self.kind, self.path, self.limit_bytes = kind, path, limit_bytes
        self.procs_fd = os.open(path / "cgroup.procs", os.O_WRONLY | os.O_CLOEXEC)  #: for the test child
        names = ("memory.current", "memory.events") if kind == "v2" else ("memory.usage_in_bytes", "memory.oom_control")
        self._usage_fd, self._events_fd = (os.open(path / n, os.O_RDONLY | os.O_CLOEXEC) for n in names)
        self._ooms = self.oom_kills()

    def _read(self, fd: int) -> str:
        return os.pread(fd, 4096, 0).decode()

    def oom_kills(self) -> int:
        for line in self._read(self._events_fd).splitlines():
            key, _, value = line.partition(" ")
            if key == "oom_kill":
                return int(value)
        return 0

    def after_test(self) -> tuple[bool, int]:
        """(a process of the test was OOM-killed, bytes still charged) once the test is over."""
        ooms = self.oom_kills()
        killed, self._ooms = ooms > self._ooms, ooms
        return killed, int(self._read(self._usage_fd))

    def close(self) -> None:
        for fd in (self.procs_fd, self._usage_fd, self._events_fd):
            os.close(fd)


# A cgroup is reused for the next test only when the last one left (almost) nothing charged
# to it: kernel caches of a few pages, never a test's memory (shared memory of a dead IPC
# namespace is freed asynchronously and shows up here, so such a cgroup is replaced).
_REUSE_MAX_BYTES = 1 << 20


class MemoryCgroups:
    """The per-sandbox parent cgroup and the test cgroup in use."""

    def __init__(self, kind: str, parent: Path):
        self.kind = kind  #: "v2" or "v1"
        self.parent = parent
        self._n = 0
        self._current: TestCgroup | None = None
        self._stale: list[Path] = []  # retired test cgroups not yet removable

    @classmethod
    def detect(cls) -> tuple["MemoryCgroups | None", str]:
        """A writable per-test memory cgroup layout, or (None, why not)."""
        try:
            mounts, own = _mounts(), _own_paths()
        except OSError as e:
            return None, f"cannot read cgroup layout ({e})"
        reasons = []
        if "v2" in mounts and "v2" in own:
            root = Path(mounts["v2"])
            rel = Path(own["v2"].lstrip("/"))
            for anc in [rel, *rel.parents]:
                d = root / anc
                try:
                    if "memory" not in (d / "cgroup.subtree_control").read_text().split():
                        continue
                    return cls("v2", _make_parent("v2", d)), ""
                except OSError as e:
                    reasons.append(f"v2 {d}: {e.strerror or e}")
            reasons.append("cgroup v2: no ancestor cgroup delegates the memory controller")
        if "v1" in mounts and "v1" in own:
            d = Path(mounts["v1"]) / own["v1"].lstrip("/")
            try:
                return cls("v1", _make_parent("v1", d)), ""
            except OSError as e:
                reasons.append(f"cgroup v1 {d}: {e.strerror or e}")
        if not reasons:
            reasons.append("no cgroup memory controller mounted")
        return None, "; ".join(reasons)

    def acquire(self, limit_bytes: int) -> TestCgroup:
        """The cgroup for the next test (clean, with this memory limit)."""
        cur = self._current
        if cur is not None and cur.limit_bytes == limit_bytes:
            return cur
        if cur is not None:
            self._retire()
        self._stale = [p for p in self._stale if not _rmdir(p)]
        self._n += 1
        path = self.parent / f"t{self._n}"
        path.mkdir()
        try:
            if self.kind == "v2":
                _write(path / "memory.max", str(limit_bytes))
                for name, value in (("memory.swap.max", "0"), ("memory.oom.group", "1")):
                    try:
                        _write(path / name, value)
                    except OSError:
                        pass  # no swap controller / old kernel: the memory limit still holds
            else:
                _write(path / "memory.limit_in_bytes", str(limit_bytes))
                try:
                    _write(path / "memory.memsw.limit_in_bytes", str(limit_bytes))
                except OSError:
                    pass  # swap accounting off: there is no swap to escape to either
            self._current = TestCgroup(self.kind, path, limit_bytes)
        except OSError:
            _rmdir(path)
            raise
        return self._current

    def release(self, cg: TestCgroup) -> bool:
        """After a test (all its processes gone): was it OOM-killed? Replaces a dirty cgroup."""
        killed, charged = cg.after_test()
        if killed or charged > _REUSE_MAX_BYTES:
            self._retire()
        return killed

    def _retire(self) -> None:
        cur, self._current = self._current, None
        if cur is not None:
            cur.close()
            if not _rmdir(cur.path):
                self._stale.append(cur.path)

    def close(self) -> None:
        self._retire()
        for path in [*self._stale, *sorted(self.parent.glob("t*"))]:
            _rmdir(path, wait=True)
        self._stale.clear()
        _rmdir(self.parent, wait=True)
