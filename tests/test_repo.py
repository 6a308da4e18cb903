"""Repository contracts: the README's commands, file tree and command table are true, and the
stages meet only through files (checked on the import graph of the package)."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import click

from codediv.cli import main

ROOT = Path(__file__).resolve().parent.parent
PKG = ROOT / "codediv"
README = (ROOT / "README.md").read_text()
# Each stage's modules. A stage reads and writes the run folder (codediv.rundir) and uses the
# library modules; it never imports another stage.
STAGES = {"data": {"dataset"}, "train": {"train", "_train_callbacks"}, "eval": {"evaluate", "scoring"},
          "analyze": {"analyze"}, "report": {"report"}, "publish": {"publish"}}
ORCHESTRATORS = {"pipeline", "cli"}  # they call stages; everything else is library


def readme_commands() -> list[str]:
    block = re.search(r"```bash\n(.*?)```", README, re.S).group(1)
    return [ln for ln in block.splitlines() if ln.strip() and not ln.startswith("#")]


def test_readme_starts_with_two_commands():
    cmds = readme_commands()
    assert len(cmds) == 2
    assert cmds[0].startswith("./setup.sh && codediv")
    assert "pytest" in cmds[1]


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text().splitlines()
    assert readme_commands()[1] in ci
    args = readme_commands()[1].split("pytest", 1)[1].split()
    assert "-m" not in args and "-k" not in args  # every tier, the slow tests included


def _module_name(path: Path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
    return ".".join(parts)


def import_graph() -> dict[str, set[tuple[str, str]]]:
    """codediv module -> {(imported codediv module, imported name)}, function-level imports included."""
    modules = {_module_name(p): p for p in PKG.rglob("*.py")}
    graph = {}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
        edges = set()
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Import):
                edges |= {(a.name, "") for a in node.names if a.name.startswith("codediv")}
            elif isinstance(node, ast.ImportFrom):
                base = package.split(".")
                base = base[:len(base) - node.level + 1] if node.level else []
                target = ".".join(base + (node.module.split(".") if node.module else []))
                for a in node.names:  # `from . import hf` names a module; `from . import Generation` does not
                    sub = f"{target}.{a.name}"
                    edges.add((sub, "") if sub in modules else (target, a.name))
        graph[name] = {e for e in edges if e[0] in modules and e[0] != name}
    return graph


def _stage_of(module: str) -> str | None:
    short = module.removeprefix("codediv.")
    return next((s for s, mods in STAGES.items() if short in mods), None)


def test_no_stage_imports_another_stage_and_libraries_import_none():
    bad = []
    for mod, edges in import_graph().items():
        mine = _stage_of(mod)
        for target, name in edges:
            theirs = _stage_of(target)
            if theirs is None or theirs == mine:
                continue
            if mod.removeprefix("codediv.") in ORCHESTRATORS:
                if mod == "codediv.pipeline" and not name.startswith("run_"):
                    bad.append(f"{mod} imports {name or target} (only run_* entry points)")
                continue
            bad.append(f"{mod} ({mine or 'library'}) imports {target} ({theirs})")
    assert bad == []


def test_the_package_has_no_import_cycle():
    graph = {m: {t for t, _ in e} for m, e in import_graph().items()}
    done, path = set(), []

    def visit(m):
        if m in path:
            raise AssertionError("import cycle: " + " -> ".join(path[path.index(m):] + [m]))
        if m in done:
            return
        path.append(m)
        for t in sorted(graph[m]):
            if not m.startswith(t + "."):  # a submodule importing its own package: that package runs first anyway
                visit(t)
        path.pop()
        done.add(m)
    for m in sorted(graph):
        visit(m)


def _file_tree() -> str:
    return re.search(r"## File tree\n\n```\n(.*?)```", README, re.S).group(1)


def test_readme_file_tree_lists_every_module():
    tree = _file_tree()
    missing = [str(p.relative_to(PKG)) for p in sorted(PKG.rglob("*.py"))
               if p.name != "__init__.py" and not re.search(rf"(?<![\w/]){re.escape(p.name)}", tree)]
    assert missing == [], "add these modules to the README's file tree"


def _commands(group: click.Group, prefix: str = "") -> list[str]:
    out = []
    for name, cmd in sorted(group.commands.items()):
        full = f"{prefix}{name}"
        out += _commands(cmd, full + " ") if isinstance(cmd, click.Group) else [full]
    return out


def test_readme_command_table_lists_every_command():
    table = re.search(r"## Stages and commands\n\n(.*?)\n\n", README, re.S).group(1)
    listed = set(re.findall(r"^\| `codediv ([a-z]+(?: [a-z]+)?)\b", table, re.M))
    assert set(_commands(main)) - listed == set(), "add these commands to the README's command table"
    assert listed - set(_commands(main)) == set(), "the README lists commands the CLI does not have"
