"""Per-test memory cgroups, managed from the host side of a judge sandbox.

Every test runs in a fresh memory cgroup whose limit is the test's memory limit, so memory is
counted for the whole test: every process and thread, shared memory, memfds and the files in
the test's tmpfs. The judge decides ``MLE`` from the cgroup's own OOM-kill counter, never from
what the program prints.

Both kernel layouts are handled, detected at start:

* cgroup v2 (a stock Debian 12 host): the nearest ancestor of the judge's own cgroup whose
  ``cgroup.subtree_control`` already delegates ``memory`` (systemd slices do) gets a
  ``codediv-<pid>-<hex>`` child with ``memory`` enabled; tests get ``t<n>`` children with
  ``memory.max``, ``memory.swap.max = 0`` and ``memory.oom.group = 1``;
* cgroup v1 (or a v1/v2 hybrid whose memory controller is on v1): the child is created in the
  judge's own memory cgroup; tests get ``memory.limit_in_bytes`` (and ``memsw`` when swap is
  accounted).

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
from dataclasses import dataclass
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


def _make_parent(kind: str, base: Path) -> Path:
    parent = base / f"codediv-{os.getpid()}-{secrets.token_hex(4)}"
    parent.mkdir()
    try:
        if kind == "v2":
            _write(parent / "cgroup.subtree_control", "+memory")
        probe = parent / "probe"
        probe.mkdir()
        ok = _probe_join(probe / "cgroup.procs")
        _rmdir(probe)
        if not ok:
            raise OSError("a test process could not join the cgroup")
        return parent
    except OSError:
        _rmdir(parent)
        raise


def _rmdir(path: Path) -> bool:
    # A cgroup whose last process was just reaped may still read as busy for a moment.
    for delay in (0, 0.001, 0.005, 0.02, 0.1):
        time.sleep(delay)
        try:
            path.rmdir()
            return True
        except FileNotFoundError:
            return True
        except OSError:
            continue
    return False


@dataclass
class TestCgroup:
    """One test's cgroup: hand ``procs_fd`` to the test child, then call ``finish``."""

    __test__ = False  # not a pytest test class

    kind: str
    path: Path
    procs_fd: int
    _oom_before: int = 0

    def finish(self) -> tuple[bool, int, bool]:
        """(OOM-killed, peak bytes, removed) once every process of the test has exited."""
        if self.procs_fd >= 0:
            os.close(self.procs_fd)
            self.procs_fd = -1
        try:
            oom = _oom_kills(self.kind, self.path) > self._oom_before
            peak_file = "memory.peak" if self.kind == "v2" else "memory.max_usage_in_bytes"
            try:
                peak = int((self.path / peak_file).read_text())
            except (OSError, ValueError):
                peak = 0
        except OSError:
            oom, peak = False, 0
        return oom, peak, _rmdir(self.path)


def _oom_kills(kind: str, path: Path) -> int:
    name = "memory.events" if kind == "v2" else "memory.oom_control"
    for line in (path / name).read_text().splitlines():
        key, _, value = line.partition(" ")
        if key == "oom_kill":
            return int(value)
    return 0


class MemoryCgroups:
    """The per-sandbox parent cgroup and its per-test children."""

    def __init__(self, kind: str, parent: Path):
        self.kind = kind  #: "v2" or "v1"
        self.parent = parent
        self._n = 0
        self._stale: list[Path] = []  # test cgroups that were still busy when their test ended

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

    def new_test(self, limit_bytes: int) -> TestCgroup:
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
            fd = os.open(path / "cgroup.procs", os.O_WRONLY | os.O_CLOEXEC)
        except OSError:
            _rmdir(path)
            raise
        return TestCgroup(self.kind, path, fd)

    def retire(self, cg: TestCgroup) -> None:
        """Finish ``cg``; a cgroup still busy is removed later (at ``close``)."""
        _, _, removed = cg.finish()
        if not removed:
            self._stale.append(cg.path)

    def close(self) -> None:
        for path in [*self._stale, *sorted(self.parent.glob("t*"))]:
            _rmdir(path)
        self._stale.clear()
        _rmdir(self.parent)
