"""The seccomp filter every judged program runs under (built here, installed by the fork server).

A classic-BPF program, assembled in pure Python so that the sandbox needs no library: the host
builds the bytes once per sandbox and sends them to the fork server, which installs them on
itself (with ``no_new_privs``) once its setup is done; every program server, test child and
program inherits them, so no test pays for compiling a filter. What the server itself still
needs — ``mount``/``umount2`` of each test's tmpfs, ``unshare`` of an IPC namespace — stays
allowed: those are privileged calls that fail for the program, which holds no capability.

What it refuses (everything else is allowed; the program is already unprivileged):

* kernel keyrings (``keyctl``, ``add_key``, ``request_key``): keys are per uid, not per
  namespace, and would outlive the test;
* ``io_uring``, ``bpf``, ``perf_event_open``, ``userfaultfd``: large kernel attack surface no
  judged program needs;
* user namespaces (``unshare`` with ``CLONE_NEWUSER``, ``clone`` with any ``CLONE_NEW*``
  flag), ``setns``, ``pivot_root`` and the new mount API: an unprivileged user namespace would
  hand the program capabilities; ``clone3`` answers ``ENOSYS`` (its flags sit in memory a
  filter cannot read), so the C library falls back to ``clone``, whose flags are checked;
* ``ptrace`` and ``process_vm_readv/writev``, kernel modules, ``kexec``, file handles, the
  kernel log (``syslog``);
* sockets of any family but ``AF_UNIX``, ``AF_INET`` and ``AF_INET6`` (``AF_VSOCK`` is not
  namespaced: on a VM it reaches the hypervisor; ``AF_NETLINK``, ``AF_PACKET``, ``AF_ALG`` …
  are kernel attack surface); the network namespace already has no route out;
* on x86-64, the x32 system-call ABI; any other architecture's calls (``int 0x80``) kill the
  process.

Reads and writes nothing. ``build_filter()`` returns None on an architecture it has no table
for; the isolation report then says that seccomp is off.
"""
from __future__ import annotations

import errno
import platform
import struct

# struct seccomp_data: nr (u32) at 0, arch (u32) at 4, args[i] (u64) at 16 + 8 i (low half first).
_NR, _ARCH, _ARG0 = 0, 4, 16
_LD_W_ABS, _JEQ_K, _JSET_K, _JGE_K, _RET_K = 0x20, 0x15, 0x45, 0x35, 0x06
_RET_ALLOW, _RET_ERRNO, _RET_KILL = 0x7FFF0000, 0x00050000, 0x80000000
_X32_BIT = 0x40000000
_ALLOWED_FAMILIES = (1, 2, 10)  # AF_UNIX, AF_INET, AF_INET6
_CLONE_NEW = 0x00020000 | 0x02000000 | 0x04000000 | 0x08000000 | 0x10000000 | 0x20000000 | 0x40000000 | 0x80
_CLONE_NEWUSER = 0x10000000

_DENIED = ("keyctl", "add_key", "request_key", "io_uring_setup", "io_uring_enter", "io_uring_register",
           "setns", "pivot_root", "fsopen", "fsconfig", "fsmount", "fspick",
           "open_tree", "move_mount", "mount_setattr", "ptrace", "process_vm_readv", "process_vm_writev",
           "bpf", "perf_event_open", "userfaultfd", "kexec_load", "kexec_file_load", "init_module",
           "finit_module", "delete_module", "name_to_handle_at", "open_by_handle_at", "syslog")

# System-call numbers (checked against <asm/unistd_64.h> and <asm-generic/unistd.h>).
_TABLES = {
    "x86_64": (0xC000003E, {
        "socket": 41, "socketpair": 53, "clone": 56, "clone3": 435, "keyctl": 250, "add_key": 248,
        "request_key": 249, "io_uring_setup": 425, "io_uring_enter": 426, "io_uring_register": 427,
        "unshare": 272, "setns": 308, "mount": 165, "umount2": 166, "pivot_root": 155, "fsopen": 430,
        "fsconfig": 431, "fsmount": 432, "fspick": 433, "open_tree": 428, "move_mount": 429,
        "mount_setattr": 442, "ptrace": 101, "process_vm_readv": 310, "process_vm_writev": 311, "bpf": 321,
        "perf_event_open": 298, "userfaultfd": 323, "kexec_load": 246, "kexec_file_load": 320,
        "init_module": 175, "finit_module": 313, "delete_module": 176, "name_to_handle_at": 303,
        "open_by_handle_at": 304, "syslog": 103}),
    "aarch64": (0xC00000B7, {
        "socket": 198, "socketpair": 199, "clone": 220, "clone3": 435, "keyctl": 219, "add_key": 217,
        "request_key": 218, "io_uring_setup": 425, "io_uring_enter": 426, "io_uring_register": 427,
        "unshare": 97, "setns": 268, "mount": 40, "umount2": 39, "pivot_root": 41, "fsopen": 430,
        "fsconfig": 431, "fsmount": 432, "fspick": 433, "open_tree": 428, "move_mount": 429,
        "mount_setattr": 442, "ptrace": 117, "process_vm_readv": 270, "process_vm_writev": 271, "bpf": 280,
        "perf_event_open": 241, "userfaultfd": 282, "kexec_load": 104, "kexec_file_load": 294,
        "init_module": 105, "finit_module": 273, "delete_module": 106, "name_to_handle_at": 264,
        "open_by_handle_at": 265, "syslog": 116}),
}


def _insn(code: int, k: int, jt: int = 0, jf: int = 0) -> bytes:
    return struct.pack("=HBBI", code, jt, jf, k)


def _ret(value: int) -> bytes:
    return _insn(_RET_K, value)


def _deny_block(nr: int, err: int) -> bytes:
    return _insn(_JEQ_K, nr, 0, 1) + _ret(_RET_ERRNO | err)


def _socket_block(nr: int) -> bytes:
    """socket/socketpair: allow the families in _ALLOWED_FAMILIES, refuse the others."""
    n = len(_ALLOWED_FAMILIES)
    body = _insn(_LD_W_ABS, _ARG0)
    for i, fam in enumerate(_ALLOWED_FAMILIES):
        body += _insn(_JEQ_K, fam, n - i, 0)  # jump over the rest and the refusal, onto ALLOW
    body += _ret(_RET_ERRNO | errno.EAFNOSUPPORT) + _ret(_RET_ALLOW)
    return _insn(_JEQ_K, nr, 0, len(body) // 8) + body


def _flags_block(nr: int, refused: int) -> bytes:
    """clone/unshare: refuse any of the ``refused`` flags in the first argument."""
    body = (_insn(_LD_W_ABS, _ARG0) + _insn(_JSET_K, refused, 0, 1) + _ret(_RET_ERRNO | errno.EPERM)
            + _ret(_RET_ALLOW))
    return _insn(_JEQ_K, nr, 0, len(body) // 8) + body


def build_filter(machine: str | None = None) -> bytes | None:
    """The filter for this machine's architecture as raw ``struct sock_filter`` bytes, or None."""
    table = _TABLES.get(machine or platform.machine())
    if table is None:
        return None
    arch, nrs = table
    prog = _insn(_LD_W_ABS, _ARCH) + _insn(_JEQ_K, arch, 1, 0) + _ret(_RET_KILL) + _insn(_LD_W_ABS, _NR)
    if arch == 0xC000003E:
        prog += _insn(_JGE_K, _X32_BIT, 0, 1) + _ret(_RET_ERRNO | errno.ENOSYS)
    prog += _deny_block(nrs["clone3"], errno.ENOSYS)
    for name in _DENIED:
        prog += _deny_block(nrs[name], errno.EPERM)
    prog += _socket_block(nrs["socket"]) + _socket_block(nrs["socketpair"])
    prog += _flags_block(nrs["clone"], _CLONE_NEW) + _flags_block(nrs["unshare"], _CLONE_NEWUSER)
    return prog + _ret(_RET_ALLOW)
