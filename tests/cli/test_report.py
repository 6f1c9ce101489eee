"""`adm-appraise report` through click's CliRunner: formats, output files, exit codes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from adm_appraise.cli import main
from tests.conftest import ROOT, make_appraisal, write


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1513728000")
    return CliRunner()


def test_markdown_to_stdout_by_default(runner: CliRunner, bundled: Path) -> None:
    result = runner.invoke(main, ["report", str(bundled)])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("# Children's social care")
    assert "- To reproduce: `adm-appraise report .`" in result.stdout  # DIR relative to the appraisal


@pytest.mark.parametrize(
    "name, marker",
    [("out.html", "<!DOCTYPE html>"), ("out.md", "# Children"), ("out.txt", "# Children")],
)
def test_format_follows_the_suffix(
    runner: CliRunner, bundled: Path, tmp_path: Path, name: str, marker: str
) -> None:
    target = tmp_path / name
    result = runner.invoke(main, ["report", str(bundled), "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert target.read_text(encoding="utf-8").startswith(marker)


def test_format_option_wins(runner: CliRunner, bundled: Path, tmp_path: Path) -> None:
    result = runner.invoke(main, ["report", str(bundled), "--format", "html"])
    assert result.exit_code == 0 and result.stdout.startswith("<!DOCTYPE html>")
    target = tmp_path / "report.md"
    assert (
        runner.invoke(
            main, ["report", str(bundled), "--format", "html", "-o", str(target)]
        ).exit_code
        == 0
    )
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_same_command_same_bytes(runner: CliRunner, bundled: Path, tmp_path: Path) -> None:
    args = ["report", str(bundled), "-o", str(tmp_path / "r.html"), "--weight", "risk=40"]
    assert runner.invoke(main, args).exit_code == 0
    first = (tmp_path / "r.html").read_bytes()
    assert runner.invoke(main, args).exit_code == 0
    assert (tmp_path / "r.html").read_bytes() == first
    # the audit trail records DIR and -o relative to the appraisal: no local path leaks
    assert b"adm-appraise report . -o ../r.html --weight risk=40" in first
    assert str(tmp_path).encode() not in first


def test_scenario_and_weights(runner: CliRunner, bundled: Path) -> None:
    result = runner.invoke(main, ["report", str(bundled), "--scenario", "deadline_driven"])
    assert result.exit_code == 0, result.output
    assert "*Options appraisal report* · scenario deadline\\_driven" in result.stdout
    assert "| Deliverability within the DfE timescale | 34.8% |" in result.stdout


@pytest.mark.parametrize(
    "args, message",
    [
        (["--scenario", "nope"], "no scenario 'nope'"),
        (["--weight", "nope=3"], "no criterion 'nope'"),
        (["--format", "rtf"], "'rtf' is not one of"),
        (["--template-dir", "/does/not/exist"], "does not exist"),
    ],
)
def test_usage_errors_exit_2(
    runner: CliRunner, bundled: Path, args: list[str], message: str
) -> None:
    result = runner.invoke(main, ["report", str(bundled), *args])
    assert result.exit_code == 2
    assert message in result.stderr


@pytest.mark.parametrize("victim", ["criteria.yaml", "options/wholly_owned_company.yaml"])
def test_refuses_to_overwrite_an_input(runner: CliRunner, bundled: Path, victim: str) -> None:
    before = (bundled / victim).read_bytes()
    result = runner.invoke(
        main, ["report", str(bundled), "-o", str(bundled / victim), "--format", "markdown"]
    )
    assert result.exit_code == 1
    assert (
        "E302" in result.stderr
        and "refusing to write the report over an input file" in result.stderr
    )
    assert (bundled / victim).read_bytes() == before


def test_refuses_a_symlink_to_an_input(runner: CliRunner, bundled: Path, tmp_path: Path) -> None:
    link = tmp_path / "report.md"
    link.symlink_to(bundled / "criteria.yaml")
    before = (bundled / "criteria.yaml").read_bytes()
    result = runner.invoke(main, ["report", str(bundled), "-o", str(link)])
    assert result.exit_code == 1 and "E302" in result.stderr
    assert (bundled / "criteria.yaml").read_bytes() == before


def test_refuses_to_overwrite_a_template(runner: CliRunner, bundled: Path, tmp_path: Path) -> None:
    template = write(tmp_path / "tpl", "_audit.md.j2", "audit\n")
    result = runner.invoke(
        main, ["report", str(bundled), "--template-dir", str(template.parent), "-o", str(template), "--format", "markdown"]
    )
    assert result.exit_code == 1 and "E302" in result.stderr
    assert template.read_text() == "audit\n"


def test_template_error_exits_1_and_keeps_the_old_report(
    runner: CliRunner, bundled: Path, tmp_path: Path
) -> None:
    write(tmp_path / "tpl", "report.md.j2", "# {{ title }}\n{{ titel }}\n")
    target = tmp_path / "report.md"
    target.write_text("previous report")
    result = runner.invoke(
        main, ["report", str(bundled), "--template-dir", str(tmp_path / "tpl"), "-o", str(target)]
    )
    assert result.exit_code == 1
    assert (
        f"{tmp_path / 'tpl' / 'report.md.j2'}:2:0: error: undefined in template: 'titel' is undefined [E301]"
        in result.stderr
    )
    assert "Traceback" not in result.output
    assert target.read_text() == "previous report"


def test_bad_appraisal_exits_1(runner: CliRunner, tmp_path: Path) -> None:
    write(tmp_path, "criteria.yaml", "appraisal: {title: x}\n")
    result = runner.invoke(main, ["report", str(tmp_path)])
    assert result.exit_code == 1


def test_help_and_validate_import_neither_pandas_nor_jinja2() -> None:
    code = (
        "import sys\n"
        "from adm_appraise.cli import main\n"
        "for args in (['--help'], ['report', '--help'], ['validate', sys.argv[1]]):\n"
        "    try:\n"
        "        main(args, prog_name='adm-appraise')\n"
        "    except SystemExit as exc:\n"
        "        assert exc.code == 0, (args, exc.code)\n"
        "loaded = sorted(m for m in ('pandas', 'jinja2', 'numpy') if m in sys.modules)\n"
        "assert not loaded, loaded\n"
    )
    done = subprocess.run([sys.executable, "-c", code, str(ROOT)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_audit_command_is_the_same_for_every_spelling_of_the_folder(
    runner: CliRunner, bundled: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1513728000")
    monkeypatch.chdir(tmp_path)
    spellings = [str(bundled), "appraisal", "./appraisal/", f"{tmp_path}/appraisal/../appraisal"]
    texts = set()
    for d in spellings:
        assert runner.invoke(main, ["report", d, "--samples", "20", "--output=appraisal/r.md"]).exit_code == 0
        texts.add((bundled / "r.md").read_text())
    assert len(texts) == 1
    assert "- To reproduce: `adm-appraise report . --samples 20 --output=r.md`" in texts.pop()


@pytest.mark.parametrize(("command", "name"), [
    ("report", "panel/x.yaml"),  # the panel folder is read whole: a report there is read as an assessor
    ("report", "panel/new/x.md"),  # there is no panel/ yet: writing one would make one
    ("report", "longlist.yaml"),  # no long list yet: the report would be read as one
    ("export", "panel/x.xlsx"),
])
def test_output_inside_the_panel_folder_or_as_a_long_list_is_refused(runner: CliRunner, tmp_path: Path,
                                                                    command: str, name: str) -> None:
    from tests.analysis.test_method import OPTIONS, WORKED

    folder = make_appraisal(tmp_path / "app", WORKED, **OPTIONS)
    target = folder / name
    extra = ["--format", "markdown"] if command == "report" else []
    result = runner.invoke(main, [command, str(folder), "-o", str(target), "--samples", "20", *extra])
    assert result.exit_code == 1
    first = result.stderr.splitlines()[0]
    if name == "longlist.yaml":
        assert first == (f"{target}: error: refusing to write the report over an input file ({target}); "
                         "choose another -o [E302]")
    else:
        assert first == (f"{target}: error: refusing to write the report inside {folder / 'panel'}, which the "
                         "appraisal reads; choose another -o [E302]")
    assert sorted(p.name for p in folder.iterdir()) == ["criteria.yaml", "options"]


def test_report_inside_the_options_folder_is_refused(runner: CliRunner, bundled: Path) -> None:
    result = runner.invoke(main, ["report", str(bundled), "-o", str(bundled / "options/report.yaml"),
                                  "--format", "markdown"])
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == (
        f"{bundled}/options/report.yaml: error: refusing to write the report inside {bundled}/options, "
        "which the appraisal reads; choose another -o [E302]")
    assert not (bundled / "options/report.yaml").exists()
