"""adm-appraise init: flags without a terminal, prompts at one, never overwriting, real pre-commit."""

from __future__ import annotations

import importlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from adm_appraise import __version__, load_appraisal
from adm_appraise.cli import main
from adm_appraise.files.validation import validate

init_module = importlib.import_module("adm_appraise.cli.init")  # the module; adm_appraise.cli.init is the command
FLAGS = ["--title", "Library services", "--organisation", "Anytown Council", "--scale", "1-10",
         "--criterion", "Cost=30", "--criterion", "Reach=70", "--gate", "Lawful",
         "--option", "Community trust", "--option", "Shared service"]


@pytest.fixture(autouse=True)
def _from_an_index(monkeypatch: pytest.MonkeyPatch) -> None:
    """As if installed from a package index (the tests of the install step below set their own)."""
    from adm_appraise.files import install

    monkeypatch.setattr(install, "installed", lambda: install.Install(f"adm-appraise=={__version__}", note="index"))


def run(*args: str, stdin: str | None = None):
    return CliRunner().invoke(main, list(args), input=stdin, catch_exceptions=False)


def codes(folder: Path) -> list[str]:
    return [p.code for p in validate([folder]).problems]


def test_flags_without_a_terminal(tmp_path: Path) -> None:
    folder = tmp_path / "new"
    result = run("init", str(folder), *FLAGS)  # CliRunner's stdin is no terminal: nothing is asked
    assert result.exit_code == 0, result.output
    written = ["criteria.yaml", "options/business_as_usual.yaml", "options/community_trust.yaml",
               "options/shared_service.yaml", ".pre-commit-config.yaml", ".github/workflows/appraisal.yml"]
    assert result.stderr == "".join(f"wrote {folder / n}\n" for n in written) + (
        f"the workflow installs adm-appraise=={__version__} (index)\n"
        f"Next: fill in each TODO, then run: adm-appraise validate {folder}\n")
    appraisal = load_appraisal(folder)
    assert (appraisal.title, appraisal.organisation, appraisal.scale) == ("Library services", "Anytown Council",
                                                                         (1, 10))
    assert [(c.id, c.weight) for c in appraisal.criteria] == [("cost", 30), ("reach", 70)]
    assert [g.id for g in appraisal.gates] == ["lawful"]
    assert appraisal.baseline == "business_as_usual" and appraisal.longlist is None
    for option in appraisal.options:  # every score present, at the bottom of the scale, a TODO rationale
        assert {c: (a.point, a.rationale) for c, a in option.scores.items()} == {
            "cost": (1, "TODO: why this score"), "reach": (1, "TODO: why this score")}
        assert option.gates["lawful"].result == "pass" and option.role is None
    # Clean on the first run: the only warnings are the TODO reminders (W202 would flag a weight
    # over half the total; 70 of 100 is the user's own choice, so it is checked apart).
    assert set(codes(folder)) == {"W705", "W202"}
    assert codes(folder).count("W705") == 5  # 2 criteria's level descriptors, 3 options' rationales


def test_the_blank_scaffold_has_only_todo_warnings(tmp_path: Path) -> None:
    result = run("init", str(tmp_path), "--criterion", "Cost", "--criterion", "Risk", "--option", "A",
                 "--option", "B", "--longlist")
    assert result.exit_code == 0, result.output
    assert set(codes(tmp_path)) == {"W705"}
    appraisal = load_appraisal(tmp_path)
    assert appraisal.longlist is not None
    assert [f.id for f in appraisal.longlist.csfs] == ["strategic_fit", "value_for_money", "supplier_capacity",
                                                      "affordability", "achievability"]
    assert {o.id: (o.role, dict(o.origin)) for o in appraisal.options} == {
        "business_as_usual": ("business_as_usual", {}),
        "a": ("alternative", {"delivery": "a"}), "b": ("alternative", {"delivery": "b"})}
    assert run("score", str(tmp_path)).exit_code == 0
    assert run("longlist", str(tmp_path)).exit_code == 0


def test_the_adm_template(tmp_path: Path) -> None:
    result = run("init", str(tmp_path), "--template", "adm")
    assert result.exit_code == 0, result.output
    appraisal = load_appraisal(tmp_path)
    assert appraisal.longlist is not None
    # In-house and the ten models the September 2017 direction named (DOMAIN.md), plus the baseline.
    assert [c.id for c in appraisal.longlist.choices] == [
        "in_house", "managing_agent", "outsource_part", "outsource_all", "strategic_partnership", "joint_venture",
        "wholly_owned_company", "staff_mutual", "independent_trust", "community_interest_company",
        "charitable_company"]
    assert len(appraisal.options) == 12
    assert appraisal.option("in_house").role == "do_minimum"
    assert [c.id for c in appraisal.criteria] == ["tax_vat", "procurement", "risk", "timescale"]
    assert set(codes(tmp_path)) == {"W705"}
    # Once the sift is recorded (no TODO reason left), the shortlist checks speak: no preferred way forward.
    path = tmp_path / "longlist.yaml"
    path.write_text(path.read_text().replace(
        '"TODO: why it is carried forward, discounted or the preferred way forward"', '"Named in the direction"'))
    assert sorted(set(codes(tmp_path))) == ["W702", "W703", "W705"]


def test_prompts_at_a_terminal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(init_module, "at_terminal", lambda: True)
    answers = "\n".join(["Parks", "", "9-4", "0-4", "Cost=40, Quality=x", "Cost=40, Quality=40, Reach=20",
                         "Visitors:people:more", "Visitors:people:higher:0:9000", "y", "", "50", "", "",
                         "", "Friends group, Trust", "y"]) + "\n"
    result = run("init", str(tmp_path), stdin=answers)
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "Title [Options appraisal]: Parks\nOrganisation: \nScore scale (MIN-MAX) [0-5]: 9-4\n"
        "Error: '9-4' is not MIN-MAX with MIN below MAX, e.g. 0-5\nScore scale (MIN-MAX) [0-5]: 0-4\n"
        "Criteria scored on the scale, separated by commas (NAME or NAME=WEIGHT): Cost=40, Quality=x\n"
        "Error: 'Quality=x' is not NAME or NAME=WEIGHT with WEIGHT a finite number > 0\n"
        "Criteria scored on the scale, separated by commas (NAME or NAME=WEIGHT): Cost=40, Quality=40, Reach=20\n"
        "Criteria measured in a unit, separated by commas (NAME:UNIT:lower or NAME:UNIT:higher; blank: none): "
        "Visitors:people:more\n"
        "Error: 'Visitors:people:more' is not NAME:UNIT:lower or NAME:UNIT:higher (which is better), with optional "
        ":WORST:BEST and =WEIGHT, e.g. 'Annual cost:£k:lower'\n"
        "Criteria measured in a unit, separated by commas (NAME:UNIT:lower or NAME:UNIT:higher; blank: none): "
        "Visitors:people:higher:0:9000\n"
        "Weigh the criteria by swing weighting? [y/N]: y\n"
        "Swing of each criterion's worst-to-best range: 100 for the one that matters most, the others judged "
        "against it.\n"
        "Swing for Cost [100]: \nSwing for Quality [100]: 50\nSwing for Reach [100]: \n"
        "Swing for Visitors [100]: \n"
        "Gates, separated by commas (blank: none): \n"
        "Options besides business as usual, separated by commas: Friends group, Trust\n"
        "Write a long list (longlist.yaml)? [y/N]: y\n")
    appraisal = load_appraisal(tmp_path)
    assert (appraisal.title, appraisal.organisation, appraisal.scale) == ("Parks", None, (0, 4))
    # swings 100, 50, 100, 100 (sum 350): weights, as percentages, 100/350 = 28.5714%, 50/350 = 14.2857%
    assert [(c.id, round(c.weight, 4)) for c in appraisal.criteria] == [
        ("cost", 28.5714), ("quality", 14.2857), ("reach", 28.5714), ("visitors", 28.5714)]
    visitors = appraisal.criteria[-1]
    assert (visitors.type, visitors.unit, visitors.direction, visitors.range) == ("measure", "people", "higher",
                                                                                  (0, 9000))
    assert [o.id for o in appraisal.options] == ["business_as_usual", "friends_group", "trust"]
    assert appraisal.gates == () and appraisal.longlist is not None
    assert set(codes(tmp_path)) == {"W705"}


def test_swing_given_asks_for_the_swings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(init_module, "at_terminal", lambda: True)
    result = run("init", str(tmp_path), "--swing", "--title", "T", "--organisation", "O", "--scale", "0-5",
                 "--option", "A", "--no-longlist", stdin="Cost, Risk\n\n100\n25\n\n")
    assert result.exit_code == 0, result.output
    assert "Weigh the criteria by swing weighting?" not in result.stdout
    assert "Swing for Cost [100]: 100\nSwing for Risk [100]: 25\n" in result.stdout
    # swings 100 and 25 (sum 125): weights 100/125 = 80%, 25/125 = 20%
    assert [(c.id, c.weight) for c in load_appraisal(tmp_path).criteria] == [("cost", 80), ("risk", 20)]
    assert "  swings: {cost: 100, risk: 25}\n" in (tmp_path / "criteria.yaml").read_text()


def test_flags_are_not_asked_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(init_module, "at_terminal", lambda: True)
    result = run("init", str(tmp_path), *FLAGS, "--no-longlist")
    assert (result.exit_code, result.stdout) == (0, "")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "Error: give at least one criterion (see adm-appraise init --help)"),
        (["--criterion", "Cost"], "Error: give at least one option besides business as usual (see adm-appraise "
                                  "init --help)"),
        (["--criterion", "Cost", "--option", "A b", "--option", "a B"],
         "Error: the option 'a B' is given twice (see adm-appraise init --help)"),
        (["--measure", "Cost:£:less"], "Error: Invalid value for '--measure': 'Cost:£:less' is not NAME:UNIT:lower "
         "or NAME:UNIT:higher (which is better), with optional :WORST:BEST and =WEIGHT, e.g. 'Annual cost:£k:lower'"),
        (["--measure", "Cost:£:lower:0:10"], "Error: Invalid value for '--measure': 'Cost:£:lower:0:10': with "
         "lower better, BEST must be lower than WORST"),
        (["--criterion", "Cost", "--option", "Business as usual"],
         "Error: business as usual is added as the baseline: leave it out of the options (see adm-appraise init "
         "--help)"),
        (["--scale", "5-0"], "Error: Invalid value for '--scale': '5-0' is not MIN-MAX with MIN below MAX, e.g. 0-5"),
        (["--scale", "a-b"], "Error: Invalid value for '--scale': 'a-b' is not MIN-MAX in whole numbers, e.g. 0-5"),
        (["--criterion", "Cost=0"],
         "Error: Invalid value for '--criterion': 'Cost=0' is not NAME or NAME=WEIGHT with WEIGHT a finite number > 0"),
        (["--criterion", "!!!", "--option", "A"],
         "Error: '!!!' has no letters or digits to make an id from (see adm-appraise init --help)"),
        # what validate would then refuse (E105): checked before anything is written
        (["--criterion", "Cost=1e16"], "Error: Invalid value for '--criterion': 'Cost=1e16': a weight is from "
                                       "1e-15 to 1e+15"),
        (["--criterion", "Cost=1e-20"], "Error: Invalid value for '--criterion': 'Cost=1e-20': a weight is from "
                                        "1e-15 to 1e+15"),
        (["--scale", "0-10000000000000000"], "Error: Invalid value for '--scale': '0-10000000000000000': a scale's "
                                             "ends are at most 1e+15 in size"),
    ],
)
def test_usage_errors_write_nothing(tmp_path: Path, args: list[str], message: str) -> None:
    result = run("init", str(tmp_path / "new"), *args)
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == message
    assert not (tmp_path / "new").exists()


def test_never_overwrites(tmp_path: Path) -> None:
    (tmp_path / "options").mkdir()
    (tmp_path / "options/a.yaml").write_text("mine\n")
    (tmp_path / ".pre-commit-config.yaml").write_text("mine\n")
    result = run("init", str(tmp_path), "--criterion", "Cost", "--option", "A")
    assert result.exit_code == 1
    assert result.stderr == (f"Error: {tmp_path}/options/a.yaml already exists: nothing was written "
                             "(init never overwrites a file)\n")
    assert sorted(p.name for p in tmp_path.rglob("*")) == [".pre-commit-config.yaml", "a.yaml", "options"]
    (tmp_path / "options/a.yaml").unlink()
    result = run("init", str(tmp_path), "--criterion", "Cost", "--option", "A")
    assert result.exit_code == 0
    assert f"kept {tmp_path}/.pre-commit-config.yaml (it exists)\n" in result.stderr
    assert (tmp_path / ".pre-commit-config.yaml").read_text() == "mine\n"
    assert run("init", str(tmp_path), "--criterion", "Cost", "--option", "A").exit_code == 1


def test_ci_files_go_to_the_repository_root(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    result = run("init", str(tmp_path / "appraisals/parks"), "--criterion", "Cost", "--option", "A")
    assert result.exit_code == 0
    workflow = yaml.safe_load((tmp_path / ".github/workflows/appraisal.yml").read_text())
    steps = [s.get("run") for s in workflow["jobs"]["validate"]["steps"]]
    assert steps[-2:] == [f"pip install adm-appraise=={__version__}",
                          "adm-appraise validate --format github appraisals/parks"]
    assert (tmp_path / ".pre-commit-config.yaml").is_file()


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed (.ci/run installs it)")
@pytest.mark.parametrize("where", ["", "parks"])  # at the repository's root; in a folder of it (args: [parks])
def test_the_pre_commit_config_runs_in_real_pre_commit(tmp_path: Path, where: str) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"),
           "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
           "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.org"}

    def sh(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(argv, cwd=repo, env=env, capture_output=True, text=True)

    assert sh("git", "init", "-q").returncode == 0
    assert run("init", str(repo / where), "--criterion", "Cost", "--option", "A").exit_code == 0
    hook = yaml.safe_load((repo / ".pre-commit-config.yaml").read_text())["repos"][0]["hooks"][0]
    assert (hook["entry"], hook.get("args"), hook["pass_filenames"], hook["verbose"]) == (
        "adm-appraise validate --all", [where] if where else None, False, True)
    assert sh("git", "add", "-A").returncode == 0
    hooks = [sys.executable, "-m", "pre_commit", "run", "--all-files"]
    ok = sh(*hooks)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    # verbose: a passing hook shows validate's output, the TODO reminders
    assert "adm-appraise validate" in ok.stdout and "Passed" in ok.stdout
    assert "0 errors, 3 warnings in 3 files" in ok.stdout
    shown = f"{where}/options/a.yaml" if where else "options/a.yaml"
    option = repo / shown
    option.write_text(option.read_text().replace("cost: {score: 0,", "cost: {score: 9,"))
    sh("git", "add", "-A")
    failed = sh(*hooks)
    assert failed.returncode == 1
    assert f"{shown}:6:17: error: a: cost score 9 is off the scale 0-5 [E203]" in failed.stdout


def test_the_hook_matches_the_published_one() -> None:
    from adm_appraise.files.scaffold import HOOK_FILES
    from tests.conftest import ROOT

    [hook] = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    assert hook["files"] == HOOK_FILES


def test_w201_waits_until_a_criterion_is_scored(tmp_path: Path) -> None:
    assert run("init", str(tmp_path), "--criterion", "Cost", "--criterion", "Risk", "--option", "A").exit_code == 0
    assert "W201" not in codes(tmp_path)  # every option at the bottom of the scale, every rationale TODO
    path = tmp_path / "options/a.yaml"
    path.write_text(path.read_text().replace('cost: {score: 0, rationale: "TODO: why this score"',
                                             'cost: {score: 0, rationale: "As bad as business as usual"'))
    found = [p for p in validate([tmp_path]).problems if p.code == "W201"]
    assert [p.message for p in found] == ["every option scores the same on 'cost': it cannot change the ranking"]


def test_a_failed_write_leaves_nothing_behind(tmp_path: Path) -> None:
    # .github is a file, so the workflow cannot be written, after criteria.yaml and the options
    # were: they are removed again (init then refused to rerun), and a rerun once it is moved works
    (tmp_path / ".github").write_text("mine\n")
    result = run("init", str(tmp_path), "--criterion", "Cost", "--option", "A")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: cannot write: ") and result.stderr.endswith("; nothing was written\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == [".github"]
    (tmp_path / ".github").unlink()
    assert run("init", str(tmp_path), "--criterion", "Cost", "--option", "A").exit_code == 0


@pytest.mark.parametrize("link", ["options", ".github"])
def test_a_folder_linked_out_of_dir_is_refused(tmp_path: Path, link: str) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    folder = tmp_path / "new"
    folder.mkdir()
    (folder / link).symlink_to(outside)
    result = run("init", str(folder), "--criterion", "Cost", "--option", "A")
    assert result.exit_code == 1
    shown = folder / link / ("workflows" if link == ".github" else "")
    assert result.stderr == f"Error: {str(shown).rstrip('/')} leads outside {folder} (a symbolic link): nothing was written\n"
    assert list(outside.iterdir()) == [] and sorted(p.name for p in folder.iterdir()) == [link]


@pytest.mark.parametrize(("name", "expected"), [
    ("Deliverability within the DfE timescale", "deliverability_dfe"),  # 'timescale' would make 29 characters
    ("Joint venture with another public or private body", "joint_venture_public"),  # exactly 20
    ("Managing risk", "managing_risk"),
    ("Tax and VAT implications", "tax_vat_implications"),
    ("The", "the"),  # only stop words: they are kept
    ("2030 net zero", "n_2030_net_zero"),
    ("Extraordinarily-long-wordedness-indeed", "extraordinarily_long"),
    ("In-house", "in_house"),  # a hyphenated word is one word: its 'in' is no stop word
    ("Keep the service in-house", "keep_service"),  # whole words only: '_in_house' would make 21
    ("Council-owned company", "council_owned"),  # + '_company' would make 21
])
def test_short_ids(name: str, expected: str) -> None:
    from adm_appraise.files.scaffold import slug

    assert slug(name) == expected


def test_ids_that_collide_get_a_suffix(tmp_path: Path) -> None:
    result = run("init", str(tmp_path), "--criterion", "Cost of the service", "--criterion", "Cost for a service",
                 "--option", "Trust", "--option", "A trust", "--option", "Business usual")
    assert result.exit_code == 0, result.output
    appraisal = load_appraisal(tmp_path)
    assert [c.id for c in appraisal.criteria] == ["cost_service", "cost_service_2"]
    # 'Business usual' is not business as usual: its id, business_usual, is free
    assert sorted(o.id for o in appraisal.options) == ["business_as_usual", "business_usual", "trust", "trust_2"]


def test_measures_and_swing_weights_from_flags(tmp_path: Path) -> None:
    result = run("init", str(tmp_path), "--criterion", "Quality", "--measure", "Annual cost:£k:lower:900:400=3",
                 "--measure", "Reach:people:higher:0:5000", "--option", "Trust", "--swing")
    assert result.exit_code == 0, result.output
    appraisal = load_appraisal(tmp_path)
    cost = appraisal.criterion("annual_cost")
    assert (cost.type, cost.unit, cost.direction, cost.range) == ("measure", "£k", "lower", (900, 400))
    for option in appraisal.options:  # each measure at its worst end, with a TODO rationale
        assert {c: (a.point, a.keyword, a.rationale) for c, a in option.scores.items() if c != "quality"} == {
            "annual_cost": (900, "value", "TODO: the value in £k"), "reach": (0, "value", "TODO: the value in people")}
    text = (tmp_path / "criteria.yaml").read_text()
    # weights 1, 3, 1: swings 100·w/3 = 33.33, 100, 33.33; no weight: line, the record derives them
    assert "  swings: {quality: 33.33, annual_cost: 100, reach: 33.33}\n" in text and "weight:" not in text
    assert [round(c.weight, 2) for c in appraisal.criteria] == [20, 60, 20]  # 33.33/166.67 = 20%
    assert set(codes(tmp_path)) == {"W705", "W202"}  # W202: cost carries 60%, the user's own choice
    assert [p.message for p in validate([tmp_path]).problems if p.code == "W705"][0] == (
        "'quality': 2 level descriptors still read TODO (0, 5)")


def test_a_measure_without_a_range_is_on_a_local_scale(tmp_path: Path) -> None:
    assert run("init", str(tmp_path), "--measure", "Cost:£k:lower", "--option", "A").exit_code == 0
    assert sorted(set(codes(tmp_path))) == ["W212", "W705"]  # W212: give range: [worst, best]
    assert "    # range: [worst, best]   # TODO" in (tmp_path / "criteria.yaml").read_text()


def test_the_wheel_goes_to_tools(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from adm_appraise.files import install

    wheel = tmp_path / "dist/adm_appraise-0.1.0-py3-none-any.whl"
    wheel.parent.mkdir()
    wheel.write_bytes(b"PK\x05\x06" + bytes(18))  # an empty zip: only copied here
    monkeypatch.setattr(install, "installed", lambda: install.from_direct_url(
        {"url": wheel.as_uri(), "archive_info": {}}, "0.1.0"))
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    result = run("init", str(repo / "parks"), "--criterion", "Cost", "--option", "A")
    assert result.exit_code == 0, result.output
    assert (repo / "tools" / wheel.name).read_bytes() == wheel.read_bytes()
    workflow = yaml.safe_load((repo / ".github/workflows/appraisal.yml").read_text())
    assert workflow["jobs"]["validate"]["steps"][-2]["run"] == f"pip install tools/{wheel.name}"
    assert f"wrote {repo / 'tools' / wheel.name} (a copy of {wheel.name}): commit it, the workflow installs it\n" \
        in result.stderr
    again = run("init", str(repo / "other"), "--criterion", "Cost", "--option", "A")  # the workflow is kept
    assert again.exit_code == 0 and f"{repo / 'tools'}" not in again.stderr


def git(folder: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(folder), *args], check=True, capture_output=True, text=True).stdout.strip()


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed (.ci/run installs it)")
def test_install_spec_from_direct_url(tmp_path: Path) -> None:
    from adm_appraise.files.install import Install, from_direct_url

    # from an index: no direct_url.json
    assert from_direct_url(None, "1.2.0").spec == "adm-appraise==1.2.0"
    # from a git URL: the commit pip recorded
    vcs = {"url": "https://git.example.org/adm-appraise.git", "vcs_info": {"vcs": "git", "commit_id": "ab12" * 10}}
    assert from_direct_url(vcs, "1.2.0").spec == f"adm-appraise @ git+https://git.example.org/adm-appraise.git@{'ab12' * 10}"
    # from a remote archive: that URL
    archive = {"url": "https://example.org/adm_appraise-1.2.0-py3-none-any.whl", "archive_info": {}}
    assert from_direct_url(archive, "1.2.0").spec == f"adm-appraise @ {archive['url']}"
    # from a wheel file: copied into tools/
    wheel = {"url": (tmp_path / "adm_appraise-1.2.0-py3-none-any.whl").as_uri(), "archive_info": {}}
    assert from_direct_url(wheel, "1.2.0") == Install("", source=str(tmp_path / "adm_appraise-1.2.0-py3-none-any.whl"),
                                                      note="a copy of adm_appraise-1.2.0-py3-none-any.whl")
    # from a local folder with no remote: a wheel built from it
    checkout = tmp_path / "checkout"
    checkout.mkdir()
    local = {"url": checkout.as_uri(), "dir_info": {"editable": True}}
    assert from_direct_url(local, "1.2.0").source == str(checkout)
    git(checkout, "init", "-q")
    assert from_direct_url(local, "1.2.0").source == str(checkout)  # a git checkout, but no remote, no commit
    (checkout / "f").write_text("x\n")
    git(checkout, "add", "f")
    git(checkout, "-c", "user.name=t", "-c", "user.email=t@example.org", "-c", "commit.gpgsign=false",
        "commit", "-qm", "x")
    head = git(checkout, "rev-parse", "HEAD")
    assert from_direct_url(local, "1.2.0").source == str(checkout)  # a commit, still no remote
    # with a remote: the remote at HEAD; an scp-like remote is written as ssh:// for pip
    git(checkout, "remote", "add", "upstream", "git@git.example.org:council/adm-appraise.git")
    assert from_direct_url(local, "1.2.0").spec == (
        f"adm-appraise @ git+ssh://git@git.example.org/council/adm-appraise.git@{head}")
    git(checkout, "remote", "add", "origin", "https://git.example.org/council/adm-appraise")
    assert from_direct_url(local, "1.2.0").spec == f"adm-appraise @ git+https://git.example.org/council/adm-appraise@{head}"


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed (.ci/run installs it)")
@pytest.mark.parametrize("source", ["git", "folder"])
def test_the_workflow_runs_in_a_fresh_venv(tmp_path: Path, source: str) -> None:
    """Install adm-appraise at this commit, run its init, then the workflow's run: steps as a script.

    git: installed from a git clone, so the workflow installs that URL at that commit. folder:
    installed from a copy of the source with no git (an unpacked archive), so init builds the
    wheel into tools/ and the workflow installs it. The steps run in another fresh venv from the
    appraisal repository's root, as GitHub runs them after the checkout: the install step must
    find a version that exists (packages come from wherever pip is configured to look).
    """
    from tests.conftest import ROOT

    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", str(ROOT), str(clone)], check=True)
    commit = git(clone, "rev-parse", "HEAD")
    env = {k: v for k, v in os.environ.items()
           if k not in ("VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME") and not k.startswith("GITHUB_")}

    def venv(name: str) -> Path:
        # --upgrade-deps: a current pip, as setup-python gives the runner (pip before 24 refuses a
        # git+file: URL in 'NAME @ URL', wanting a host, which the test's clone has not)
        subprocess.run([sys.executable, "-m", "venv", "--upgrade-deps", str(tmp_path / name)], check=True,
                       env=env, capture_output=True)
        return tmp_path / name / "bin"

    first = venv("first")
    if source == "git":
        spec = f"adm-appraise @ git+{clone.as_uri()}@{commit}"
        origin = f"installed from {clone.as_uri()}"
        what = spec
    else:
        shutil.rmtree(clone / ".git")
        origin = f"a wheel built from {clone}, which has no git remote"
        what = str(clone)
    done = subprocess.run([first / "pip", "install", "-q", what], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    repo = tmp_path / "appraisals"
    repo.mkdir()
    git(repo, "init", "-q")
    made = subprocess.run([first / "adm-appraise", "init", "parks", "--criterion", "Cost", "--option", "Trust"],
                          cwd=repo, env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True)
    assert made.returncode == 0, made.stderr
    if source == "git":
        assert f"the workflow installs {spec} ({origin})\n" in made.stderr
        install = f"pip install '{spec}'"
    else:
        wheel = f"adm_appraise-{__version__}-py3-none-any.whl"
        assert f"wrote tools/{wheel} ({origin}): commit it, the workflow installs it\n" in made.stderr
        install = f"pip install tools/{wheel}"
        shutil.rmtree(clone)  # the workflow must not need the source: only the repository's own files

    workflow = yaml.safe_load((repo / ".github/workflows/appraisal.yml").read_text())
    steps = [step["run"] for step in workflow["jobs"]["validate"]["steps"] if "run" in step]
    assert steps == [install, "adm-appraise validate --format github parks"]
    second = venv("second")
    script = tmp_path / "steps.sh"
    script.write_text("set -euo pipefail\n" + "\n".join(steps) + "\n")
    # as the runner: the checkout's root is GITHUB_WORKSPACE, and the venv is first on PATH
    ran = subprocess.run(["bash", str(script)], cwd=repo, capture_output=True, text=True,
                         env={**env, "GITHUB_WORKSPACE": str(repo), "VIRTUAL_ENV": str(second.parent),
                              "PATH": f"{second}{os.pathsep}{env['PATH']}"})
    assert ran.returncode == 0, ran.stdout + ran.stderr
    assert (second / "adm-appraise").is_file()  # the step installed it in the second venv, not elsewhere
    # validate --format github: the TODO reminders (W705) as warnings on the files, no error
    title = "title=W705 placeholder-rationale::"
    assert [line for line in ran.stdout.splitlines() if line.startswith("::")] == [
        f"::warning file=parks/criteria.yaml,line=10,col=5,{title}'cost': 2 level descriptors still read TODO (0, 5)",
        f"::warning file=parks/options/business_as_usual.yaml,line=6,col=9,{title}business_as_usual: 1 rationale "
        "still reads TODO (scores: cost)",
        f"::warning file=parks/options/trust.yaml,line=6,col=9,{title}trust: 1 rationale still reads TODO "
        "(scores: cost)",
    ]
    assert ran.stdout.endswith("0 errors, 3 warnings in 3 files\n")
