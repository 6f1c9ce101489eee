"""The layering STYLE.md asks for: only cli.py imports click; the library never prints or exits."""

from __future__ import annotations

import ast

import pytest

from tests.conftest import ROOT

MODULES = sorted((ROOT / "adm_appraise").glob("*.py"))


def imports(path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_only_the_cli_imports_click(path) -> None:
    if path.name in ("cli.py", "__main__.py"):
        return
    assert "click" not in imports(path)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_the_library_neither_prints_nor_exits(path) -> None:
    if path.name in ("cli.py", "__main__.py"):
        return
    tree = ast.parse(path.read_text(encoding="utf-8"))
    calls = {node.func.id for node in ast.walk(tree) if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)}
    assert not calls & {"print", "exit", "quit"}
    assert "sys.exit" not in path.read_text(encoding="utf-8")
