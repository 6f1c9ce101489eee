"""The output blocks of the README and the documentation pages are real: each is regenerated and compared
(--update-golden rewrites)."""

from __future__ import annotations

import os
import re
import shlex
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from adm_appraise.cli import main
from tests.conftest import ROOT

INIT = re.compile(r"<!-- init: (?P<args>[^>]*?) -->\n```\n(?P<body>.*?)```\n<!-- end -->", re.S)
BLOCK = re.compile(r"<!-- output: (?P<args>[^>]*?) -->\n```\n(?P<body>.*?)```\n<!-- end -->", re.S)
# a command's Markdown output shown rendered, not as text in a code block
TABLE = re.compile(r"<!-- table: (?P<args>[^>]*?) -->\n(?P<body>.*?)<!-- end -->", re.S)
# every page that shows a command's output, relative to the repository root
PAGES = ["README.md", *sorted(str(p.relative_to(ROOT)) for p in (ROOT / "docs").rglob("*.md") if "_build" not in p.parts)]


@pytest.mark.parametrize("page", [p for p in PAGES if BLOCK.search((ROOT / p).read_text(encoding="utf-8"))
                                  or TABLE.search((ROOT / p).read_text(encoding="utf-8"))])
def test_output_blocks_are_current(page: str, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch,
                                   tmp_path: Path) -> None:
    monkeypatch.chdir(ROOT)  # diff names folders as given, relative to here
    readme = ROOT / page
    text = readme.read_text(encoding="utf-8")

    def real(match: re.Match[str]) -> str:
        args = match["args"].split()
        if args[0] == "import" and "--help" not in args:  # it writes files: run in an empty folder holding a copy of SOURCE
            folder = tmp_path / f"import{match.start()}"
            (folder / args[1]).parent.mkdir(parents=True)
            shutil.copy(ROOT / args[1], folder / args[1])
            with pytest.MonkeyPatch.context() as patch:
                patch.chdir(folder)
                result = CliRunner().invoke(main, args, prog_name="adm-appraise")
            assert result.exit_code == 0, result.output
            return f"<!-- output: {match['args']} -->\n```\n{result.stdout}```\n<!-- end -->"
        # diff's sides are in the block itself, schema and explain read no appraisal; for other commands, a folder under examples/
        # is the appraisal (named as given, relative to the repository root, as a reader would type it), else the root
        whole = "--help" in args or args[0] in ("diff", "schema", "explain") or any(a.startswith("examples/") for a in args)
        result = CliRunner().invoke(main, args if whole else [*args, str(ROOT)], prog_name="adm-appraise")
        assert result.exit_code == 0, result.output
        return f"<!-- output: {match['args']} -->\n```\n{result.stdout}```\n<!-- end -->"

    def table(match: re.Match[str]) -> str:
        result = CliRunner().invoke(main, match["args"].split(), prog_name="adm-appraise")
        assert result.exit_code == 0, result.output
        return f"<!-- table: {match['args']} -->\n{result.stdout}<!-- end -->"

    updated = TABLE.sub(table, BLOCK.sub(real, text))
    if request.config.getoption("--update-golden"):
        readme.write_text(updated, encoding="utf-8")
    assert updated == text, f"{page}: output is stale: run pytest --update-golden"


def test_two_setup_commands_and_ci() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    test_command = "python3 -m venv .venv && .venv/bin/pip install -e '.[test]' && .venv/bin/python -m pytest"
    assert test_command in readme
    assert test_command in (ROOT / ".ci/run").read_text(encoding="utf-8")
    assert "pip install . && .venv/bin/adm-appraise score" in readme


@pytest.mark.parametrize("page", [p for p in PAGES if INIT.search((ROOT / p).read_text(encoding="utf-8"))])
def test_init_blocks_are_current(page: str, request: pytest.FixtureRequest, tmp_path: Path,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """A block `<!-- init: ARGS -->` shows `adm-appraise init ARGS` run in an empty folder, then validate."""
    readme = ROOT / page
    text = readme.read_text(encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    # as if installed with pip install "adm-appraise @ git+URL@COMMIT" (the README says so), so the
    # block does not depend on how this copy was installed
    from adm_appraise.files import install

    recorded = {"url": "https://git.example.org/council/adm-appraise.git",
                "vcs_info": {"vcs": "git", "commit_id": "3f9c2e71d0a84b56c1e2f3a4b5c6d7e8f9a0b1c2"}}
    monkeypatch.setattr(install, "installed", lambda: install.from_direct_url(recorded, "0.1.0"))

    def real(match: re.Match[str]) -> str:
        args = shlex.split(match["args"])
        folder = args[0]
        created = CliRunner().invoke(main, ["init", *args], prog_name="adm-appraise")
        assert created.exit_code == 0, created.output
        checked = CliRunner().invoke(main, ["validate", folder], prog_name="adm-appraise")
        assert checked.exit_code == 0, checked.output
        body = (f"$ adm-appraise init {match['args']}\n{created.stderr}"
                f"$ adm-appraise validate {folder}\n{checked.stdout}")
        return f"<!-- init: {match['args']} -->\n```\n{body}```\n<!-- end -->"

    updated = INIT.sub(real, text)
    assert os.listdir(tmp_path), "init wrote nothing"
    if request.config.getoption("--update-golden"):
        readme.write_text(updated, encoding="utf-8")
    assert updated == text, f"{page}: init output is stale: run pytest --update-golden"


def test_the_readme_and_the_docs_show_real_output() -> None:
    assert BLOCK.search((ROOT / "README.md").read_text(encoding="utf-8")), "README has no output blocks"
    assert any(INIT.search((ROOT / p).read_text(encoding="utf-8")) for p in PAGES), "no page shows init"
