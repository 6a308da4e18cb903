"""Generation backends behind one small interface.

A backend turns chat prompts into completions for one model state at a time:

``backend.generate(prompts, adapter, settings) -> list[list[Generation]]``
    ``prompts`` are chat message lists (from :func:`codediv.prompts.build_messages`);
    ``adapter`` is a LoRA checkpoint folder, or ``None`` for the base model;
    the result holds ``settings.n_samples`` generations per prompt.
``backend.score(prompts, answers, adapter, batch_size) -> list[Score]``
    the log-likelihood of each answer (an assistant message, formatted exactly as a training
    example's) after its prompt: forward passes only, batched.

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


@dataclass(frozen=True)
class Score:
    """The likelihood of one reference answer given its prompt (teacher forcing, no sampling)."""

    nll: float  #: summed negative log-likelihood of the answer tokens, in nats
    n_tokens: int  #: answer tokens scored (the assistant turn as training formats it, end-of-turn included)
    n_bytes: int  #: UTF-8 bytes of the answer text (for bits per byte, comparable across tokenizers)


def chat_ids(tok, messages: list[dict], add_generation_prompt: bool = True) -> list[int]:
    """Token ids of a chat as the tokenizer's template renders it (a list, whichever type it returns)."""
    ids = tok.apply_chat_template(messages, tokenize=True, add_generation_prompt=add_generation_prompt)
    return list(ids["input_ids"] if hasattr(ids, "keys") else ids)


def answer_token_ids(tok, prompt: list[dict], answer: str) -> tuple[list[int], int]:
    """Token ids of prompt + answer exactly as the training data is tokenized, and the prompt length.

    As TRL handles prompt/completion pairs: the prompt with the generation prompt appended, then
    the whole conversation; the answer tokens are what follows the prompt's tokens.
    """
    p_ids = chat_ids(tok, prompt)
    full = chat_ids(tok, prompt + [{"role": "assistant", "content": answer}], add_generation_prompt=False)
    if full[:len(p_ids)] != p_ids:
        raise BackendError("the chat template does not render the prompt as a prefix of the whole conversation, "
                           "so answer tokens cannot be scored; use a model whose template does")
    return full, len(p_ids)


class Backend(Protocol):
    """What the eval stage calls on a backend, and nothing else."""

    def generate(self, prompts: list[list[dict]], adapter: Path | None, settings) -> list[list[Generation]]: ...

    def score(self, prompts: list[list[dict]], answers: list[str], adapter: Path | None,
              batch_size: int) -> list[Score]: ...

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
