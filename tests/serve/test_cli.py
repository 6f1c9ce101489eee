"""adm-appraise serve's command line: usage errors, the missing extra, the links it prints."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from adm_appraise.cli import main
from tests.conftest import ROOT
from tests.serve.server import serve


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


@pytest.mark.parametrize(("args", "message"), [
    (["--assessor", "newbie"], "Invalid value for '--assessor': needs --panel"),
    (["--panel", "--assessor", "Not An Id"], "'Not An Id' is not ID or ID=NAME"),
    (["--port", "70000"], "70000 is not in the range 0<=x<=65535"),
])
def test_usage_errors(args: list[str], message: str) -> None:
    code, output = run("serve", str(ROOT / "examples/all-features"), *args)
    assert code == 2 and message in output


def test_panel_needs_assessors(tmp_path: Path) -> None:
    code, output = run("serve", str(ROOT / "examples/ordinal"), "--panel")
    assert code == 2 and "this appraisal has no panel/ folder: name the assessors with --assessor ID" in output


def test_the_bundled_example_is_not_served(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, output = run("serve")
    assert code == 2 and "not the bundled example" in output


def test_an_invalid_appraisal_is_not_served(tmp_path: Path) -> None:
    (tmp_path / "criteria.yaml").write_text("appraisal: {title: T}\n")
    code, output = run("serve", str(tmp_path))
    assert code == 1 and "[E111]" in output


def test_without_the_serve_extra_it_says_how_to_install_it() -> None:
    code = ("import sys; sys.modules['uvicorn'] = None\nfrom adm_appraise.cli import main\n"
            f"main(['serve', {str(ROOT / 'examples/all-features')!r}])")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 1
    assert done.stderr.strip() == ("Error: serve needs uvicorn, which is not installed: "
                                   "pip install 'adm-appraise[serve]'")


def test_links_and_port_in_use(tmp_path: Path) -> None:
    pytest.importorskip("uvicorn")
    with serve(ROOT / "examples/panel-leisure", "--panel", "--no-commit", log=tmp_path / "log") as served:
        assert served.base.startswith("http://127.0.0.1:")
        assert set(served.assessors) == {"finance", "leisure_manager", "procurement", "staff_side"}
        tokens = {link.partition("#")[2] for link in [served.facilitator, *served.assessors.values()]}
        assert len(tokens) == 5 and all(len(t) >= 32 for t in tokens)  # 24 random bytes each
        port = served.host.rpartition(":")[2]
        code, output = run("serve", str(ROOT / "examples/panel-leisure"), "--port", port)
        assert code == 1 and f"cannot listen on 127.0.0.1:{port}" in output
