"""The eval stage's likelihood pass: how well each model state predicts held-out reference solutions.

For every target (the base model and every complete checkpoint) and every benchmark problem
with a verified reference solution (the data stage keeps only references the judge accepts),
the backend computes the summed negative log-likelihood of the first ``likelihood.references``
references, each formatted exactly as a training answer (:func:`codediv.prompts.format_answer`)
and conditioned on the evaluation prompt (:func:`codediv.prompts.build_messages`), by batched
forward passes (:meth:`codediv.backends.Backend.score`): no sampling, no judging. Problems
without a reference are counted and skipped. Rows go to the store's ``likelihoods`` table
(:meth:`codediv.store.Store.add_likelihoods`), one per target × problem × reference, committed
per batch.

What is kept: a row records the checkpoint's content hash and an input hash (prompt, answer,
model settings); on a rerun rows made from other checkpoint content are dropped and rows with
another input hash are recomputed, so a retrained checkpoint is scored again and nothing
else is. Per-problem metrics from these rows: ``ref_nll`` (nats per answer token) and
``ref_bpb`` (bits per UTF-8 byte, comparable across tokenizers), see :mod:`codediv.results`.

This module belongs to the eval stage (:mod:`codediv.evaluate` calls it, locally or as Ray
tasks through :func:`score_rows`); it reads nothing but what it is given.
"""
from __future__ import annotations

import dataclasses
import time

from .config import ExperimentConfig, config_hash
from .prompts import build_messages, format_answer
from .records import Problem
from .store import Store


@dataclasses.dataclass(frozen=True)
class Reference:
    """One verified reference solution of a benchmark problem, as the likelihood pass scores it."""

    problem: Problem
    ref_id: int  #: index in the problem's (verified) solutions
    answer: str  #: the assistant answer exactly as a training example formats it
    input_hash: str  #: what its score depends on besides the checkpoint (:func:`input_hash`)

    @property
    def key(self) -> tuple[str, int]:
        return self.problem.id, self.ref_id


def references(problems: list[Problem], cfg: ExperimentConfig) -> list[Reference]:
    """The first ``likelihood.references`` reference solutions of every benchmark problem that has any."""
    model = dataclasses.asdict(cfg.model)
    out = []
    for p in problems:
        for i, code in enumerate(p.solutions[:cfg.likelihood.references]):
            answer = format_answer(code)
            out.append(Reference(p, i, answer, input_hash(build_messages(p), answer, model)))
    return out


def input_hash(prompt: list[dict], answer: str, model: dict) -> str:
    """What one likelihood row depends on besides the checkpoint: prompt, answer and base model."""
    return config_hash({"prompt": prompt, "answer": answer, "model": model})


def missing(store: Store, target, refs: list[Reference]) -> list[Reference]:
    """The references of one target with no row made from its current checkpoint and inputs."""
    have = store.scored_inputs(target.arm, target.seed, target.step, target.content_hash)
    return [r for r in refs if have.get(r.key) != r.input_hash]


def _rows(target, chunk: list[Reference], scores) -> list[dict]:
    return [{"arm": target.arm, "seed": target.seed, "step": target.step, "problem_id": r.problem.id,
             "ref_id": r.ref_id, "checkpoint_hash": target.content_hash, "input_hash": r.input_hash,
             "nll": sc.nll, "n_tokens": sc.n_tokens, "n_bytes": sc.n_bytes} for r, sc in zip(chunk, scores)]


def batches(backend, target, todo: list[Reference], cfg: ExperimentConfig):
    """Score ``todo`` for one target in ``likelihood.batch_size`` chunks: yields (rows, seconds)."""
    bs = cfg.likelihood.batch_size
    for start in range(0, len(todo), bs):
        chunk = todo[start:start + bs]
        t0 = time.perf_counter()
        scores = backend.score([build_messages(r.problem) for r in chunk], [r.answer for r in chunk],
                               target.adapter, bs)
        yield _rows(target, chunk, scores), time.perf_counter() - t0


def score_target(backend, store: Store, target, refs: list[Reference], cfg: ExperimentConfig, bar) -> float:
    """Score every missing or stale reference of one target, storing each batch; returns seconds."""
    todo = missing(store, target, refs)
    bar.update(len(refs) - len(todo))
    spent = 0.0
    for rows, seconds in batches(backend, target, todo, cfg):  # a kill loses at most one batch
        store.add_likelihoods(rows)
        spent += seconds
        bar.update(len(rows))
    return spent


def score_rows(state, target, keys: list[tuple[str, int]], cfg: ExperimentConfig) -> list[dict]:
    """One target's scoring task (Ray): the same batches as :func:`score_target`, returned as rows.

    ``state`` is the worker's loaded backend and problems by id (``codediv.evaluate.WorkerState``).
    """
    refs = {r.key: r for r in references(list(state.problems.values()), cfg)}
    return [row for rows, _ in batches(state.backend, target, [refs[k] for k in keys], cfg) for row in rows]
