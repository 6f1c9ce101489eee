"""The pre-commit hook, run by the real pre-commit: each problem printed once, and the README's
configuration works as written."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT, make_appraisal

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="pre-commit needs git")

ERRORS = [
    "appraisal/options/joint_venture.yaml:20:12: error: joint_venture: tax_vat score 9 is off the scale 0-5 [E203]",
    "appraisal/options/staff_mutual.yaml:20:12: error: staff_mutual: tax_vat score 7 is off the scale 0-5 [E203]",
]


def appraisal_repo(folder: Path) -> Path:
    """A git repository holding a copy of the bundled appraisal with an error in two option files."""
    target = folder / "appraisal"
    shutil.copytree(ROOT / "options", target / "options")
    shutil.copy(ROOT / "criteria.yaml", target / "criteria.yaml")
    shutil.copy(ROOT / "longlist.yaml", target / "longlist.yaml")
    for name, score in (("staff_mutual", 7), ("joint_venture", 9)):
        path = target / "options" / f"{name}.yaml"
        text = path.read_text(encoding="utf-8")
        path.write_text(re.sub(r"(tax_vat:\n(?:.*\n)*?\s+score: )\d", rf"\g<1>{score}", text, count=1), encoding="utf-8")
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org", "-c", "commit.gpgsign=false"]
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "appraisal"]):
        subprocess.run([*git, *args], cwd=folder, check=True)
    return folder


def pre_commit(repo: Path, home: Path, *args: str, path: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PRE_COMMIT_HOME": str(home), "PRE_COMMIT_COLOR": "never"}
    env.pop("PRE_COMMIT_NO_CONCURRENCY", None)
    if path is not None:
        env["PATH"] = path
    return subprocess.run([sys.executable, "-m", "pre_commit", *args], cwd=repo, env=env, capture_output=True,
                          text=True, timeout=900)


def test_hook_declares_one_run() -> None:
    [hook] = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["require_serial"] is True
    assert hook["pass_filenames"] is False  # a long list of names is split over several runs
    assert hook["entry"] == "adm-appraise validate --all"
    config = yaml.safe_load(readme_config())["repos"][0]["hooks"][0]
    assert {k: config[k] for k in ("files", "pass_filenames", "require_serial")} == {
        k: hook[k] for k in ("files", "pass_filenames", "require_serial")}
    assert config["entry"].split("#")[0].strip() == hook["entry"]


@pytest.mark.slow  # pre-commit builds the hook's environment: installs adm-appraise and its dependencies
def test_try_repo_prints_each_problem_once(tmp_path: Path) -> None:
    # Without require_serial, pre-commit splits the 13 files across one process per CPU and each
    # validates the whole appraisal: every problem printed once per process.
    repo = appraisal_repo(tmp_path / "repo")
    done = pre_commit(repo, tmp_path / "home", "try-repo", str(ROOT), "adm-appraise-validate", "--all-files",
                      "--verbose")
    assert done.returncode == 1, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    for error in ERRORS:
        assert lines.count(error) == 1, done.stdout
    assert lines.count("2 errors, 0 warnings in 13 files") == 1


def readme_config() -> str:
    readme = (ROOT / "docs/how-to/ci.md").read_text(encoding="utf-8")
    section = readme.split("## pre-commit", 1)[1]
    return re.search(r"```yaml\n# \.pre-commit-config\.yaml\n(.*?)```", section, re.S)[1]  # type: ignore[index]


def test_a_long_list_of_files_checks_each_appraisal_once(tmp_path: Path) -> None:
    """700 option files in a folder with a 200-character name: over the 128 KiB of arguments pre-commit puts
    in one run, so passing the file names split them over two runs, each checking the appraisal and
    printing its error."""
    repo = tmp_path / "repo"
    name = "appraisal_" + "x" * 190
    criteria = "appraisal: {title: T, scale: {min: 0, max: 5}}\ncriteria: [{id: c, name: C, weight: 1}]\n"
    options = {f"o{i:04d}": f"id: o{i:04d}\nname: O{i}\nscores: {{c: {i % 5}}}\n" for i in range(700)}
    options["o0000"] = options["o0000"].replace("c: 0", "c: 9")
    make_appraisal(repo / name, criteria, **options)
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True)
    (repo / ".pre-commit-config.yaml").write_text(readme_config(), encoding="utf-8")
    subprocess.run(["git", "add", "-A"], cwd=repo, check=True)
    path = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])
    done = pre_commit(repo, tmp_path / "home", "run", "--all-files", path=path)
    assert done.returncode == 1, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    error = f"{name}/options/o0000.yaml:3:13: error: o0000: c score 9 is off the scale 0-5 [E203]"
    assert lines.count(error) == 1, done.stdout[-2000:]
    assert sum(line.startswith("1 error, ") for line in lines) == 1


def test_readme_configuration_works_as_written(tmp_path: Path) -> None:
    repo = appraisal_repo(tmp_path / "repo")
    (repo / ".pre-commit-config.yaml").write_text(readme_config(), encoding="utf-8")
    path = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])  # adm-appraise on PATH
    done = pre_commit(repo, tmp_path / "home", "run", "--all-files", path=path)
    assert done.returncode == 1, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    for error in ERRORS:
        assert lines.count(error) == 1, done.stdout
    # a stray file in options/ runs the hook too, and its warning is shown (verbose: true)
    (repo / "appraisal/options/staff_mutual.yaml").write_text(
        (ROOT / "options/staff_mutual.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    (repo / "appraisal/options/joint_venture.yaml").write_text(
        (ROOT / "options/joint_venture.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    (repo / "appraisal/options/notes.md").write_text("to do\n", encoding="utf-8")
    subprocess.run(["git", "add", "-A"], cwd=repo, check=True)
    done = pre_commit(repo, tmp_path / "home", "run", path=path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert ("appraisal/options/notes.md: warning: notes.md is ignored: not a .yaml or .yml file; "
            "only options/*.yaml files are options [W210]") in done.stdout.splitlines()


def test_the_hook_runs_on_the_files_the_loader_reads(tmp_path: Path) -> None:
    # criteria.yml and longlist.yml matched the hook's pattern, but the loader reads neither
    import shutil

    from adm_appraise.files.loader import find_sources, read_sources

    [hook] = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["files"] in readme_config()
    # with a long list; with a panel; with everything, the benefits register and equality impact too
    for example in (ROOT, ROOT / "examples/panel-leisure", ROOT / "examples/all-features"):
        folder = tmp_path / example.name
        shutil.copytree(example / "options", folder / "options")
        for name in ("criteria.yaml", "longlist.yaml", "panel", "benefits.yaml", "equality.yaml"):
            if (example / name).is_dir():
                shutil.copytree(example / name, folder / name)
            elif (example / name).exists():
                shutil.copy(example / name, folder / name)
        for stray in ("criteria.yml", "longlist.yml", "panel/.draft.yaml", "panel/notes.txt", "panel/x.YAML"):
            if (folder / stray).parent.is_dir():
                (folder / stray).write_text("x: 1\n", encoding="utf-8")
        appraisal = read_sources(find_sources(folder)).appraisal
        assert appraisal is not None
        read = {p.relative_to(folder).as_posix() for p in appraisal.files}
        present = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}
        assert read, example
        assert {p for p in present if re.search(hook["files"], p)} == read, example
