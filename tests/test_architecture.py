"""The layering STYLE.md asks for, read from the package tree.

The stages run one way: files -> analysis -> render -> serve (the live workshop's server) -> cli. A module may import its own
stage and the stages before it (``problems`` and ``model`` come first, shared by all),
never a later one. Only the cli package imports click; the library never prints or exits.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.conftest import ROOT

PACKAGE = ROOT / "adm_appraise"
MODULES = sorted(PACKAGE.rglob("*.py"))
STAGES = ["core", "files", "analysis", "render", "serve", "cli"]


# The package's lazy API (load_appraisal, appraise) reaches into files and analysis, the
# documented report API re-exports render.report, and
# ``python -m adm_appraise`` is the command line.
PLACED = {"adm_appraise": "analysis", "adm_appraise.report": "render", "adm_appraise.__main__": "cli"}


def stage(module: str) -> str:
    """The stage of a dotted module name inside adm_appraise (other top-level modules are core)."""
    if module in PLACED:
        return PLACED[module]
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in STAGES else "core"


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path) -> set[str]:
    """Every module an import statement names, in full (``from a.b import c`` gives a.b and a.b.c)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names |= {f"{node.module}.{alias.name}" for alias in node.names}
    return names


def in_cli(path: Path) -> bool:
    return path.relative_to(PACKAGE).parts[0] in ("cli", "__main__.py")


def test_every_module_has_a_stage() -> None:
    folders = {p.relative_to(PACKAGE).parts[0] for p in MODULES if len(p.relative_to(PACKAGE).parts) > 1}
    assert folders <= set(STAGES), "a new folder must be placed in STAGES"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_stage_imports_a_later_one(path: Path) -> None:
    own = STAGES.index(stage(module_name(path)))
    later = {
        name for name in imports(path)
        if name.startswith("adm_appraise.") and name not in PLACED and STAGES.index(stage(name)) > own
    }
    assert not later, f"{module_name(path)} ({STAGES[own]}) imports later stages: {sorted(later)}"


def test_stages_are_read_from_the_module_names() -> None:
    assert stage("adm_appraise.render.report") == "render"
    assert stage("adm_appraise.files") == "files"
    assert stage("adm_appraise.model") == stage("adm_appraise.problems") == "core"
    assert stage("adm_appraise.__main__") == "cli"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_only_the_cli_imports_click(path: Path) -> None:
    if in_cli(path):
        return
    assert not any(name == "click" or name.startswith("click.") for name in imports(path))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_the_library_neither_prints_nor_exits(path: Path) -> None:
    if in_cli(path):
        return
    tree = ast.parse(path.read_text(encoding="utf-8"))
    calls = {node.func.id for node in ast.walk(tree) if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)}
    assert not calls & {"print", "exit", "quit"}
    assert "sys.exit" not in path.read_text(encoding="utf-8")


def test_each_command_has_its_module() -> None:
    import keyword

    from adm_appraise.cli import main

    for name, command in main.commands.items():
        module = f"{name}_" if keyword.iskeyword(name) else name  # 'import' lives in cli/import_.py
        assert command.callback is not None
        assert command.callback.__module__ == f"adm_appraise.cli.{module}", f"'{name}' belongs in cli/{module}.py"


def test_the_documented_api_still_imports() -> None:
    from adm_appraise import appraise, load_appraisal
    from adm_appraise.render import report as render_report
    from adm_appraise.report import build_context

    assert build_context is render_report.build_context
    result = appraise(load_appraisal(ROOT))
    assert build_context(result)["title"] == result.to_dict()["title"]
