"""Judged results as per-checkpoint arrays over problems, ready for the analysis.

``load_results`` reads ``results.sqlite`` (:mod:`codediv.store`) and the benchmark problems
(``data/benchmark.jsonl``: titles, ``bench:selection`` / ``bench:report`` tags) and returns a
:class:`Results`: one :class:`Checkpoint` per evaluated (arm, seed, step), each holding, per
problem, the samples judged, the samples accepted, the mean share of tests passed, verdict
counts and error-class counts, and from the likelihood pass the NLL, tokens and bytes of its
reference solutions (``ref_nll``: nats per token; ``ref_bpb``: bits per byte; NaN where the
problem has no scored reference). The base model (arm ``base``, seed 0, step 0) is step 0 of
every arm and seed: the same object is shared. Generations not judged yet are counted, not
analysed.

A problem is *solved* at a checkpoint when at least half of its samples are accepted
(with one greedy sample: when that sample is ``AC``); *partial* when it is not solved but
its samples pass some tests; *failed* otherwise.

Error taxonomy of one judged sample (the reference study's classes):

=========== ====================================================================
class       verdict and per-test pattern
=========== ====================================================================
accepted    ``AC`` (every test accepted)
syntax      ``CE`` (does not compile), ``NOCODE`` (no program extracted)
runtime     ``RE`` (crash: exception, non-zero exit, signal)
algorithm   ``TLE``, ``MLE``, ``OLE`` (resource limits: wrong complexity, runaway output),
            or ``WA`` with no test passed (wrong on every test: wrong approach)
logic       ``WA`` with some tests passed and others wrong (logic or edge-case error)
=========== ====================================================================

Independently of the class, a non-accepted sample that passes at least one test counts as a
*partial success* (so a ``TLE`` on the largest test after passing the small ones is both
"algorithm" and partial).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .records import VERDICTS, Problem
from .store import Store

CLASSES = ("accepted", "syntax", "runtime", "algorithm", "logic")
SPLITS = ("selection", "report", "all")
_VERDICT_CLASS = {"AC": "accepted", "CE": "syntax", "NOCODE": "syntax", "RE": "runtime",
                  "TLE": "algorithm", "MLE": "algorithm", "OLE": "algorithm"}


def classify(verdict: str, passed: int, total: int) -> str:
    """The error class of one judged sample (table in the module docstring)."""
    if verdict in _VERDICT_CLASS:
        return _VERDICT_CLASS[verdict]
    return "logic" if 0 < passed < max(total, 1) else "algorithm"  # WA, or an unknown verdict


@dataclass
class Checkpoint:
    """Results of one evaluated (arm, seed, step), arrays indexed like ``Results.problem_ids``."""

    arm: str  #: the arm ("base" for the base model)
    seed: int  #: training seed
    step: int  #: optimizer step (0 = base model)
    n: np.ndarray  #: samples judged per problem (0 = not evaluated)
    c: np.ndarray  #: samples accepted per problem
    frac: np.ndarray  #: mean share of tests passed over the judged samples
    verdicts: np.ndarray  #: (problems, len(VERDICTS)) verdict counts
    classes: np.ndarray  #: (problems, len(CLASSES)) error-class counts
    partial: np.ndarray  #: non-accepted samples that pass at least one test, per problem
    ref_nll_sum: np.ndarray = None  #: summed NLL (nats) of the problem's scored references (likelihood pass)
    ref_tokens: np.ndarray = None  #: their answer tokens (0 = not scored)
    ref_bytes: np.ndarray = None  #: their UTF-8 bytes

    def __post_init__(self) -> None:
        for name in ("ref_nll_sum", "ref_tokens", "ref_bytes"):
            if getattr(self, name) is None:
                setattr(self, name, np.zeros(self.n.shape))

    @property
    def evaluated(self) -> np.ndarray:
        """Problems with at least one judged sample."""
        return self.n > 0

    @property
    def scored(self) -> np.ndarray:
        """Problems whose reference solutions the likelihood pass scored."""
        return self.ref_tokens > 0

    @property
    def ref_nll(self) -> np.ndarray:
        """Per problem: mean NLL per answer token of its references, in nats (NaN where not scored)."""
        return np.divide(self.ref_nll_sum, self.ref_tokens, out=np.full(self.n.shape, np.nan), where=self.scored)

    @property
    def ref_bpb(self) -> np.ndarray:
        """Per problem: bits per UTF-8 byte of its references (NaN where not scored); comparable
        across tokenizers, unlike NLL per token."""
        return np.divide(self.ref_nll_sum / np.log(2), self.ref_bytes, out=np.full(self.n.shape, np.nan),
                         where=self.scored & (self.ref_bytes > 0))

    @property
    def pass1(self) -> np.ndarray:
        """Per-problem pass@1 (share of samples accepted; 0 where not evaluated)."""
        return np.divide(self.c, self.n, out=np.zeros(self.n.shape), where=self.n > 0)

    @property
    def solved(self) -> np.ndarray:
        return (self.n > 0) & (2 * self.c >= self.n)

    def status(self) -> np.ndarray:
        """Per problem: "S" solved, "P" partial, "F" failed, "-" not evaluated."""
        out = np.full(self.n.shape, "F", dtype="<U1")
        out[(~self.solved) & (self.frac > 0)] = "P"
        out[self.solved] = "S"
        out[self.n == 0] = "-"
        return out


@dataclass
class Results:
    """Every evaluated checkpoint of a run, plus the benchmark's problems and splits."""

    problem_ids: list[str]  #: global problem order (sorted ids)
    titles: dict[str, str]  #: problem id -> title (the id when the benchmark file is missing)
    masks: dict[str, np.ndarray]  #: split name -> bool mask over problem_ids
    checkpoints: dict[tuple[str, int, int], Checkpoint]  #: (arm, seed, step) -> results
    arms: list[str]  #: trained arms, config order first
    seeds: dict[str, list[int]]  #: arm -> seeds with results (or the configured seeds)
    base: Checkpoint | None  #: the base model, when evaluated
    unjudged: int = 0  #: generations without a judgment (not analysed)
    warnings: list[str] = field(default_factory=list)  #: data problems worth reporting

    @property
    def scorable(self) -> np.ndarray:
        """Problems the likelihood pass scored for at least one checkpoint (those with a reference)."""
        out = np.zeros(len(self.problem_ids), dtype=bool)
        for ck in self.checkpoints.values():
            out |= ck.scored
        if self.base is not None:
            out |= self.base.scored
        return out

    def steps(self, arm: str, seed: int) -> list[int]:
        """Evaluated steps of one training run, base (0) included when evaluated."""
        return sorted(s for (a, sd, s) in self.checkpoints if a == arm and sd == seed)

    def get(self, arm: str, seed: int, step: int) -> Checkpoint:
        return self.checkpoints[(arm, seed, step)]


def split_of(p: Problem) -> str | None:
    return next((t.split(":", 1)[1] for t in p.tags if t in ("bench:selection", "bench:report")), None)


def _read_judgments(store_path: Path) -> tuple[list[tuple], int]:
    # Only the columns the analysis needs: Store.rows() also parses every per-test list and
    # reads raw completions, which dominates the time at 10^5 rows. Programs are read later
    # through Store.rows() for the few checkpoints whose code is measured.
    with Store(store_path) as st:
        rows = st.outcomes()
        counts = st.counts()
    return rows, counts["generations"] - counts["judgments"]


def _read_likelihoods(store_path: Path) -> list[tuple]:
    with Store(store_path) as st:
        return st.likelihood_outcomes()


def _accumulate_likelihoods(rows: list[tuple], pindex: dict[str, int], gindex: dict[tuple, int]
                            ) -> dict[str, np.ndarray]:
    """(groups × problems) sums of NLL, tokens and bytes over each problem's references."""
    shape = (len(gindex), len(pindex))
    out = {k: np.zeros(shape) for k in ("nll", "tokens", "bytes")}
    for arm, seed, step, pid, _ref, nll, n_tokens, n_bytes in rows:
        i, j = gindex[(arm, seed, step)], pindex[pid]
        out["nll"][i, j] += nll
        out["tokens"][i, j] += n_tokens
        out["bytes"][i, j] += n_bytes
    return out


def _accumulate(rows: list[tuple], pindex: dict[str, int], gindex: dict[tuple, int]) -> dict[str, np.ndarray]:
    """Sum the rows into (groups × problems [× categories]) arrays in one numpy pass."""
    g = np.fromiter((gindex[(r[0], r[1], r[2])] for r in rows), dtype=np.int64, count=len(rows))
    p = np.fromiter((pindex[r[3]] for r in rows), dtype=np.int64, count=len(rows))
    vcode = {v: i for i, v in enumerate(VERDICTS)}
    v = np.fromiter((vcode.get(r[4], len(VERDICTS)) for r in rows), dtype=np.int64, count=len(rows))
    passed = np.fromiter((r[5] for r in rows), dtype=np.int64, count=len(rows))
    total = np.fromiter((r[6] for r in rows), dtype=np.int64, count=len(rows))
    # Class per verdict code, then WA (and unknown verdicts) split by the per-test pattern.
    cls_of = np.array([CLASSES.index(_VERDICT_CLASS.get(x, "algorithm")) for x in (*VERDICTS, "?")])
    cls = cls_of[v]
    wrong = (v == vcode["WA"]) | (v == len(VERDICTS))
    cls[wrong & (passed > 0) & (passed < np.maximum(total, 1))] = CLASSES.index("logic")
    shape = (len(gindex), len(pindex))
    cell = g * shape[1] + p
    size = shape[0] * shape[1]
    out = {"n": np.bincount(cell, minlength=size).reshape(shape),
           "c": np.bincount(cell, weights=(v == vcode["AC"]), minlength=size).reshape(shape).astype(np.int64),
           "fsum": np.bincount(cell, weights=passed / np.maximum(total, 1), minlength=size).reshape(shape),
           "partial": np.bincount(cell, weights=(v != vcode["AC"]) & (passed > 0),
                                  minlength=size).reshape(shape).astype(np.int64)}
    out["verdicts"] = np.bincount(cell * (len(VERDICTS) + 1) + v, minlength=size * (len(VERDICTS) + 1)
                                  ).reshape(*shape, len(VERDICTS) + 1)[..., :len(VERDICTS)]
    out["classes"] = np.bincount(cell * len(CLASSES) + cls, minlength=size * len(CLASSES)).reshape(*shape, len(CLASSES))
    return out


def load_results(store_path: str | Path, problems: list[Problem], arm_order: list[str],
                 configured_seeds: list[int]) -> Results:
    """Load ``results.sqlite`` into per-checkpoint arrays (see the module docstring)."""
    rows, unjudged = _read_judgments(Path(store_path))
    lik = _read_likelihoods(Path(store_path))
    titles = {p.id: p.title for p in problems}
    split = {p.id: split_of(p) for p in problems}
    ids = sorted(set(titles) | {r[3] for r in rows} | {r[3] for r in lik})
    warnings = []
    unknown = [i for i in ids if i not in titles]
    if problems and unknown:
        warnings.append(f"{len(unknown)} problem(s) in results.sqlite are not in data/benchmark.jsonl "
                        f"(e.g. {unknown[0]}); they count only in the 'all' split")
    if unjudged:
        warnings.append(f"{unjudged} generation(s) have no judgment yet and are not analysed")
    pindex = {pid: i for i, pid in enumerate(ids)}
    groups = sorted({(r[0], r[1], r[2]) for r in rows} | {(r[0], r[1], r[2]) for r in lik})
    gindex = {k: i for i, k in enumerate(groups)}
    acc = _accumulate(rows, pindex, gindex)  # all zeros for checkpoints scored but not judged
    la = _accumulate_likelihoods(lik, pindex, gindex)
    cks = {}
    for k, i in gindex.items():
        n = acc["n"][i]
        cks[k] = Checkpoint(k[0], k[1], k[2], n, acc["c"][i],
                            np.divide(acc["fsum"][i], n, out=np.zeros(len(ids)), where=n > 0),
                            acc["verdicts"][i], acc["classes"][i], acc["partial"][i],
                            la["nll"][i], la["tokens"][i], la["bytes"][i])
    base = next((ck for (a, _, s), ck in cks.items() if a == "base" and s == 0), None)
    stored_arms = sorted({a for (a, _, _) in cks if a != "base"})
    arms = [a for a in arm_order if a in stored_arms or base is not None] + \
           [a for a in stored_arms if a not in arm_order]
    seeds, checkpoints = {}, {}
    for arm in arms:
        seeds[arm] = sorted({sd for (a, sd, _) in cks if a == arm}) or list(configured_seeds)
        for sd in seeds[arm]:
            if base is not None:
                checkpoints[(arm, sd, 0)] = base
            checkpoints.update({k: ck for k, ck in cks.items() if k[0] == arm and k[1] == sd})
    masks = {s: np.array([split.get(pid) == s for pid in ids], dtype=bool) for s in ("selection", "report")}
    masks["all"] = np.ones(len(ids), dtype=bool)
    if problems and not masks["selection"].any():
        warnings.append("the benchmark has no bench:selection problems; checkpoints cannot be selected honestly")
    return Results(ids, {pid: titles.get(pid, pid) for pid in ids}, masks, checkpoints, arms, seeds, base,
                   unjudged, warnings)
