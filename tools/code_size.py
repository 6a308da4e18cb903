"""Size of the package: lines per module and function lengths (from ``ast``), to keep it small.

Usage: python tools/code_size.py [PACKAGE_DIR]   (default: codediv)

Prints the module count, total lines, median and largest module, the function count with
median/mean/largest function length (decorators excluded, docstring included) and the five
longest functions. Reads the package's .py files; writes nothing.
"""
from __future__ import annotations

import ast
import statistics
import sys
from pathlib import Path


def main() -> None:
    root = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "codediv")
    modules, functions = {}, []
    for path in sorted(root.rglob("*.py")):
        source = path.read_text()
        modules[path.relative_to(root)] = len(source.splitlines())
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                functions.append((node.end_lineno - node.lineno + 1, f"{path.relative_to(root)}:{node.name}"))
    functions.sort()
    lengths = [n for n, _ in functions]
    largest = max(modules, key=modules.get)
    print(f"modules {len(modules)}, lines {sum(modules.values())}, median module {statistics.median(modules.values())}, "
          f"largest {modules[largest]} ({largest})")
    print(f"functions {len(functions)}, median {statistics.median(lengths)}, mean {statistics.mean(lengths):.1f}, "
          f"largest {lengths[-1]} ({functions[-1][1]}), over 50 lines: {sum(n > 50 for n in lengths)}")
    for n, name in functions[-5:]:
        print(f"  {n:4d}  {name}")


if __name__ == "__main__":
    main()
