"""Generation backends behind one small interface.

A backend turns chat prompts into completions for one model state at a time:

``backend.generate(prompts, adapter, settings) -> list[list[Generation]]``
    ``prompts`` are chat message lists (from :func:`codediv.prompts.build_messages`);
    ``adapter`` is a LoRA checkpoint folder, or ``None`` for the base model;
    the result holds ``settings.n_samples`` generations per prompt.

Implementations: ``hf`` (transformers, batched with left padding; the base model is loaded
once and adapters are swapped in per checkpoint), ``vllm`` (one engine with LoRA enabled,
one ``LoRARequest`` per checkpoint) and ``scripted`` (replays canned completions from a file:
for tests and dry runs of the evaluation path without a model).

:class:`Backend` lists everything the eval stage calls; :func:`make_backend` builds one from
the ``generate`` settings. This package imports no stage: a backend that cannot start raises
:class:`BackendError`, which the CLI prints as one sentence.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Protocol

from ..errors import CodedivError


class BackendError(CodedivError):
    """A generation backend cannot start as configured; the message says what to do."""


@dataclass(frozen=True)
class Generation:
    """One completion."""

    text: str  #: the raw decoded completion (special tokens removed)
    n_tokens: int  #: tokens generated
    time_s: float  #: wall time attributed to this completion (batch time / batch size)


class Backend(Protocol):
    """What the eval stage calls on a backend, and nothing else."""

    def generate(self, prompts: list[list[dict]], adapter: Path | None, settings) -> list[list[Generation]]: ...

    def close(self) -> None: ...


def make_backend(settings, base_folder: Path | None, dtype: str = "auto", problems: Iterable = ()) -> Backend:
    """Build the backend named by ``settings.backend`` (the ``generate`` settings).

    ``problems`` are the benchmark problems; only the scripted backend uses them, to tell
    which problem a prompt asks.
    """
    name = settings.backend
    if name == "hf":
        from .hf import HFBackend
        return HFBackend(base_folder, settings, dtype)
    if name == "vllm":
        from .vllm import VLLMBackend
        return VLLMBackend(base_folder, settings, dtype)
    if name == "scripted":
        from .scripted import ScriptedBackend
        return ScriptedBackend(settings.script, problems)
    raise BackendError(f"unknown generation backend {name!r}; use hf, vllm or scripted")
