"""adm-appraise diff against a real git repository: a sequence of commits, each checked."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from markdown_it import MarkdownIt

from adm_appraise.cli import main
from tests.conftest import write

# Two criteria of equal weight on a 0-5 scale; values are 20 * score.
#   x: quality 5, cost 1 -> 100, 20 -> 60;  y: quality 3, cost 4 -> 60, 80 -> 70;
#   z: quality 1, cost 1 -> 20, 20 -> 20.   Leader y; shortlist (top 2) y, x.
CRITERIA = """\
appraisal:
  title: Depot
  scale: {min: 0, max: 5}
  shortlist: {top: 2}
criteria:
  - id: quality
    name: Quality
    weight: 50
  - id: cost
    name: Cost
    weight: 50
"""


def option(oid: str, quality: int, cost: int, rationale: str = "") -> str:
    text = f"    rationale: {rationale}\n" if rationale else ""
    return f"id: {oid}\nname: Option {oid.upper()}\nscores:\n  quality:\n    score: {quality}\n{text}  cost: {cost}\n"


def git(repo: Path, *args: str) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    return subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True, text=True).stdout


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A repository whose appraisal (in the folder appraisal/) changes commit by commit."""
    root = tmp_path_factory.mktemp("repo")
    folder = root / "appraisal"
    git(root, "init", "-q", "-b", "main")
    write(folder, "criteria.yaml", CRITERIA)
    write(folder, "options/x.yaml", option("x", 5, 1))
    write(folder, "options/y.yaml", option("y", 3, 4))
    write(folder, "options/z.yaml", option("z", 1, 1))
    git(root, "add", "-A")
    git(root, "commit", "-qm", "base")
    git(root, "tag", "v-base")
    # 1. quality 50 -> 200 (normalised 0.8): x = 0.8*100 + 0.2*20 = 84, y = 0.8*60 + 0.2*80 = 64: x leads
    write(folder, "criteria.yaml", CRITERIA.replace("weight: 50\n  - id: cost", "weight: 200\n  - id: cost"))
    git(root, "commit", "-qam", "weight")
    git(root, "tag", "v-weight")
    # 2. z scores 5 and 5: 100, so z joins the shortlist (z 100, x 84) and y (64) leaves
    write(folder, "options/z.yaml", option("z", 5, 5))
    git(root, "commit", "-qam", "score")
    git(root, "tag", "v-score")
    # 3. w added (0, 0 -> 0), y removed
    write(folder, "options/w.yaml", option("w", 0, 0))
    (folder / "options/y.yaml").unlink()
    git(root, "add", "-A")
    git(root, "commit", "-qm", "options")
    git(root, "tag", "v-options")
    # 4. a rationale, nothing else
    write(folder, "options/x.yaml", option("x", 5, 1, "Best depot site"))
    git(root, "commit", "-qam", "rationale")
    git(root, "tag", "v-rationale")
    return folder


def run(repo: Path, *args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["diff", *args, "--dir", str(repo)], env=env)
    return result.exit_code, result.stdout, result.stderr


def as_json(repo: Path, old: str, new: str) -> dict:
    code, out, err = run(repo, old, new, "--format", "json")
    assert code == 0, err
    return json.loads(out)


def check_sums(data: dict) -> None:
    for m in data["movements"]:
        if m["status"] == "kept":
            assert sum(m["parts"].values()) == pytest.approx(m["change"], abs=1e-9)


def test_a_weight_change_that_flips_the_leader(repo: Path) -> None:
    data = as_json(repo, "v-base", "v-weight")
    assert data["leader"] == {"old": "y", "new": "x", "changed": True}
    assert data["shortlist"]["changed"] is False
    assert data["lead"] == {"option": "y", "old_margin": 10.0, "new_margin": pytest.approx(-20.0), "survived": False}
    # y's switching value for quality: y 0.5*... score_x(t) = 100t + 20(1-t), score_y(t) = 60t + 80(1-t);
    # equal at 100t + 20 - 20t = 60t + 80 - 80t -> 100t = 60 -> t = 0.6. New weight 0.8 is past it.
    assert data["crossings"] == [{"criterion": "quality", "criterion_name": "Quality", "old_weight": 0.5,
                                  "new_weight": 0.8, "threshold": pytest.approx(0.6), "new_leader": "x",
                                  "new_leader_name": "Option X", "alone": True}]
    assert data["names"] == {"quality": "Quality", "cost": "Cost", "x": "Option X", "y": "Option Y", "z": "Option Z"}
    assert [(c["kind"], c["subject"], c["old"]["raw"], c["new"]["raw"]) for c in data["changes"]] == [
        ("weight", "quality", 50.0, 200.0)]
    x = next(m for m in data["movements"] if m["id"] == "x")
    assert (x["old_score"], x["new_score"]) == (60.0, pytest.approx(84.0))
    assert list(x["parts"]) == ["weight:quality"]
    check_sums(data)


def test_a_score_change_that_changes_the_shortlist(repo: Path) -> None:
    data = as_json(repo, "v-weight", "v-score")
    assert data["shortlist"] == {"old": ["x", "y"], "new": ["z", "x"], "changed": True}
    z = next(m for m in data["movements"] if m["id"] == "z")
    # z: quality 20 -> 100 at weight 0.8 = 64; cost 20 -> 100 at weight 0.2 = 16
    assert z["parts"] == {"score:quality": pytest.approx(64.0), "score:cost": pytest.approx(16.0)}
    assert (z["old_rank"], z["new_rank"], z["new_shortlisted"]) == (3, 1, True)
    check_sums(data)


def test_an_added_and_a_removed_option(repo: Path) -> None:
    data = as_json(repo, "v-score", "v-options")
    assert {m["id"]: m["status"] for m in data["movements"]} == {"z": "kept", "x": "kept", "w": "added",
                                                                   "y": "removed"}
    texts = [c["text"] for c in data["changes"]]
    assert texts == ["option 'w' added", "option 'y' removed"]
    removed = data["changes"][1]
    assert removed["side"] == "old" and removed["path"] == "v-score:appraisal/options/y.yaml"
    check_sums(data)


def test_a_rationale_only_change_moves_nothing(repo: Path) -> None:
    data = as_json(repo, "v-options", "v-rationale")
    assert [(c["kind"], c["subject"], c["new"]) for c in data["changes"]] == [
        ("rationale", "x.quality", "Best depot site")]
    assert data["changes"][0]["path"] == "v-rationale:appraisal/options/x.yaml"
    assert all(m["change"] == 0 and m["parts"] == {} for m in data["movements"])
    assert data["leader"]["changed"] is False


def test_working_tree_is_the_default_new_side(repo: Path) -> None:
    code, out, _ = run(repo, "HEAD~1", env={"COLUMNS": "200"})
    assert code == 0
    assert "rationale x.quality: (none) → \"Best depot site\"" in out
    assert "HEAD~1 → working tree" in out


def test_text_output(repo: Path) -> None:
    code, out, err = run(repo, "v-base", "v-weight", env={"COLUMNS": "200"})
    assert code == 0, err
    assert out.splitlines()[:6] == [
        "v-base → v-weight",
        "",
        "The leader changed: Option Y → Option X.",
        "The shortlist is unchanged: Option X, Option Y.",
        "Option Y's lead: 10.0 → -20.0 points (it no longer leads).",
        "The weight of Quality moved 50.0% → 80.0%, past its switching value 60.0% "
        "(where Option X overtakes Option Y).",
    ]
    assert "v-weight:appraisal/criteria.yaml:6:5: weight of quality 50 → 200 (normalised 50.0% → 80.0%)" in out
    # --ids: the ids instead of the names, as in the other commands' tables
    code, out, err = run(repo, "v-base", "v-weight", "--ids", env={"COLUMNS": "200"})
    assert code == 0, err
    assert out.splitlines()[2:6] == [
        "The leader changed: y → x.",
        "The shortlist is unchanged: x, y.",
        "y's lead: 10.0 → -20.0 points (it no longer leads).",
        "The weight of quality moved 50.0% → 80.0%, past its switching value 60.0% (where x overtakes y).",
    ]
    # the table names the options, and each part's criterion
    code, out, err = run(repo, "v-weight", "v-score", env={"COLUMNS": "200"})
    assert code == 0, err
    z = next(line for line in out.splitlines() if line.startswith("Option Z "))
    # z: quality 20 -> 100 at weight 0.8 = +64.0; cost 20 -> 100 at weight 0.2 = +16.0
    assert z.split() == ["Option", "Z", "3", "→", "1", "20.0", "→", "100.0", "+80.0", "joins", "+64.0", "own",
                         "Quality", "score,", "+16.0", "own", "Cost", "score"]


def test_markdown_renders_as_a_table(repo: Path) -> None:
    code, out, _ = run(repo, "v-base", "v-score", "--format", "markdown")
    assert code == 0
    html = MarkdownIt("commonmark").enable("table").render(out)
    assert "<table>" in html and html.count("<tr>") == 1 + 3  # header + three options
    assert "<strong>The leader changed: Option Y → Option Z.</strong>" in html
    assert "<td>Option Z</td>" in html


def test_github_format_annotates_and_writes_the_summary(repo: Path, tmp_path: Path) -> None:
    summary = tmp_path / "summary.md"
    env = {"GITHUB_STEP_SUMMARY": str(summary), "GITHUB_WORKSPACE": str(repo.parent)}
    code, out, _ = run(repo, "v-options", "--format", "github", env=env)  # NEW: the working tree
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "::notice title=adm-appraise diff::The leader is unchanged: Option Z. The shortlist is " \
        "unchanged: Option Z, Option X. Option Z's lead: 16.0 → 16.0 points (it still leads)."
    # the changed line, relative to the workspace (GitHub's escapes: ':' and ',' in properties)
    assert lines[1:] == ["::notice file=appraisal/options/x.yaml,line=5,col=5,title=adm-appraise diff%3A rationale"
                         "::rationale x.quality: (none) → \"Best depot site\""]
    assert summary.read_text(encoding="utf-8").startswith("### Appraisal changes: v-options → working tree")


@pytest.mark.parametrize("command", ["diff", "validate"])
def test_an_unwritable_step_summary_is_said_not_a_traceback(repo: Path, tmp_path: Path, command: str) -> None:
    env = {"GITHUB_STEP_SUMMARY": str(tmp_path)}  # a folder: cannot be opened for appending, even by root
    args = ["v-base", "v-weight", "--dir", str(repo)] if command == "diff" else [str(repo)]
    result = CliRunner().invoke(main, [command, *args, "--format", "github"], env=env)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code == 0
    assert result.stdout.startswith("::notice") if command == "diff" else "0 errors" in result.stdout
    assert result.stderr == "adm-appraise: cannot write the step summary: Is a directory\n"


def test_github_format_annotates_no_lines_of_a_revision(repo: Path) -> None:
    code, out, _ = run(repo, "v-base", "v-weight", "--format", "github")
    assert code == 0
    # only the headline: a revision's lines are not in the checkout; '%' is escaped as %25
    assert out.splitlines() == [
        "::notice title=adm-appraise diff::The leader changed: Option Y → Option X. The shortlist is unchanged: "
        "Option X, Option Y. Option Y's lead: 10.0 → -20.0 points (it no longer leads). The weight of Quality "
        "moved 50.0%25 → 80.0%25, past its switching value 60.0%25 (where Option X overtakes Option Y)."]


@pytest.mark.parametrize(("args", "message"), [
    (["no-such-rev"], "no-such-rev: error: 'no-such-rev' is neither a folder nor a revision of the repository"),
    (["v-base", "--scenario", "cheap"], "v-base: error: both sides must be scored alike, but v-base has no scenario 'cheap'"),
])
def test_errors(repo: Path, args: list[str], message: str) -> None:
    code, _, err = run(repo, *args)
    assert code == 1
    assert err.startswith(message)


def test_a_folder_that_is_no_appraisal(repo: Path, tmp_path: Path) -> None:
    code, _, err = run(repo, str(tmp_path))
    assert code == 1
    assert f"{tmp_path}: error: '{tmp_path}' is not an appraisal: it has no criteria.yaml [E801]" in err


def test_an_invalid_side_names_its_problems(repo: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken"
    git(repo.parent, "worktree", "add", "-q", "--detach", str(broken), "v-base")
    try:
        write(broken / "appraisal", "options/x.yaml", "id: x\nname: X\nscores: {quality: 9, cost: 1}\n")
        git(broken, "commit", "-qam", "off the scale")
        code, _, err = run(repo, git(broken, "rev-parse", "HEAD").strip())
    finally:
        git(repo.parent, "worktree", "remove", "--force", str(broken))
    assert code == 1
    assert ":appraisal/options/x.yaml:3:" in err and "quality score 9 is off the scale 0-5" in err


def test_committed_symbolic_links_are_refused_by_name(repo: Path, tmp_path: Path) -> None:
    """A link in options/ is neither followed nor a tarfile traceback; a link the loader never reads is left out."""
    linked = tmp_path / "linked"
    git(repo.parent, "worktree", "add", "-q", "--detach", str(linked), "v-base")
    try:
        (linked / "appraisal/options/secret.yaml").symlink_to("/etc/passwd")  # absolute: tarfile's data filter refuses
        (linked / "appraisal/options/copy.yaml").symlink_to("x.yaml")
        (linked / "appraisal/notes.md").symlink_to("/etc/passwd")  # not read by the loader
        git(linked, "add", "-A")
        git(linked, "commit", "-qm", "links")
        sha = git(linked, "rev-parse", "HEAD").strip()
        code, _, err = run(repo, sha)
        git(linked, "rm", "-q", "appraisal/options/secret.yaml", "appraisal/options/copy.yaml")
        git(linked, "commit", "-qm", "only the unread link left")
        only_notes = run(repo, git(linked, "rev-parse", "HEAD").strip(), "--format", "json")
    finally:
        git(repo.parent, "worktree", "remove", "--force", str(linked))
    assert code == 1
    assert err.splitlines()[:2] == [
        f"{sha}:appraisal/options/{name}: error: a symbolic link: a revision is read from its committed files only, "
        "and a link's target is none of them; commit the file itself [E801]" for name in ("copy.yaml", "secret.yaml")
    ]
    assert "Traceback" not in err and "root:" not in err
    assert only_notes[0] == 0, only_notes[2]


def test_a_name_that_is_both_a_folder_and_a_revision_is_refused(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    git(repo.parent, "tag", "appraisal", "v-base")
    monkeypatch.chdir(repo.parent)  # where the folder 'appraisal' stands
    try:
        code, _, err = run(repo, "appraisal")
        assert code == 1
        assert "'appraisal' is both a folder and a revision: write ./appraisal for the folder" in err
        code, _, err = run(repo, "./appraisal")
        assert code == 0, err
    finally:
        git(repo.parent, "tag", "-d", "appraisal")


def test_report_against_an_earlier_revision(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(repo)
    result = CliRunner().invoke(main, ["report", "--against", "v-base", "--samples", "200"])
    assert result.exit_code == 0, result.stderr
    section = result.stdout.split("## Changes since v-base", 1)[1].split("## Appendix", 1)[0]
    assert "**The leader changed: Option Y → Option Z.**" in section
    assert "| Option Z | 3 → 1 | 20.0 → 100.0 | +80.0 | joins | " in section
    assert "own Quality score" in section and "own quality score" not in section
    assert "- options/z.yaml:6:9: score z.cost 1 → 5; value 20.0 → 100.0" in section
    html = CliRunner().invoke(main, ["report", "--against", "v-base", "--samples", "200", "--format", "html"])
    assert html.exit_code == 0
    assert '<section id="changes">' in html.stdout and '<a href="#changes">Changes since v-base</a>' in html.stdout


def test_report_against_a_revision_that_does_not_exist(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(repo)
    result = CliRunner().invoke(main, ["report", "--against", "v-nothing", "--samples", "200"])
    assert result.exit_code == 1
    assert result.stderr.startswith("v-nothing: error: 'v-nothing' is neither a folder nor a revision")


def test_the_appraisal_is_found_upward_from_the_current_folder(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(repo / "options")
    result = CliRunner().invoke(main, ["diff", "v-options", "--format", "json"])
    assert result.exit_code == 0, result.stderr
    assert [c["path"] for c in json.loads(result.stdout)["changes"]] == ["../options/x.yaml"]


@pytest.mark.parametrize("name", ["feature/weight", "origin/main"])
def test_a_revision_with_a_slash_is_a_revision(repo: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    # a branch feature/weight, and a remote-tracking ref origin/main (at v-weight): both name commits
    ref = f"refs/heads/{name}" if name.startswith("feature/") else f"refs/remotes/{name}"
    git(repo.parent, "update-ref", ref, "v-weight")
    monkeypatch.chdir(repo.parent)
    try:
        assert as_json(repo, "v-base", name)["leader"] == {"old": "y", "new": "x", "changed": True}
        result = CliRunner().invoke(main, ["report", str(repo), "--against", name, "--samples", "200"])
        assert result.exit_code == 0, result.stderr
        assert f"## Changes since {name}" in result.stdout
        (repo.parent / name).mkdir(parents=True)  # now also a folder: ambiguous, as git says
        code, _, err = run(repo, name)
        assert code == 1 and f"'{name}' is both a folder and a revision: write ./{name} for the folder" in err
    finally:
        git(repo.parent, "update-ref", "-d", ref)
        import shutil

        shutil.rmtree(repo.parent / name.split("/")[0], ignore_errors=True)


def test_a_folder_with_a_slash_is_still_a_folder(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(repo.parent.parent)
    code, _, err = run(repo, f"{repo.parent.name}/appraisal")
    assert code == 0, err
    code, _, err = run(repo, "no/such/thing")
    assert code == 1 and err.startswith("no/such/thing: error: 'no/such/thing' is neither a folder nor a revision")


def _two_folders(tmp_path: Path, criteria: str = CRITERIA) -> tuple[Path, Path]:
    old, new = tmp_path / "old", tmp_path / "new"
    for folder, z in ((old, option("z", 1, 1)), (new, option("z", 5, 5))):
        write(folder, "criteria.yaml", CRITERIA if folder == old else criteria)
        write(folder, "options/x.yaml", option("x", 5, 1))
        write(folder, "options/y.yaml", option("y", 3, 4))
        write(folder, "options/z.yaml", z)
    return old, new


def test_files_the_two_sides_share_are_parsed_once_and_placed_in_their_own_side(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from adm_appraise.files import yamlfile

    parsed: list[str] = []
    build = yamlfile._Builder.build

    def counted(self: yamlfile._Builder) -> yamlfile.Document:
        parsed.append(Path(self.name).relative_to(tmp_path).as_posix())
        return build(self)

    monkeypatch.setattr(yamlfile._Builder, "build", counted)
    old, new = _two_folders(tmp_path)
    code, out, err = run(old, str(old), str(new), "--format", "json")
    assert code == 0, err
    # four files on the old side; on the new, only z.yaml differs (criteria, x and y are the same bytes)
    assert sorted(parsed) == ["new/options/z.yaml", "old/criteria.yaml", "old/options/x.yaml",
                              "old/options/y.yaml", "old/options/z.yaml"]
    # z's two scores, 1 -> 5 each, are placed in the new side's file, where they stand (lines 5 and 6)
    edits = [(e["subject"], e["side"], Path(e["path"]).as_posix().endswith("new/options/z.yaml"), e["line"])
             for e in json.loads(out)["changes"]]
    assert edits == [("z.quality", "new", True, 5), ("z.cost", "new", True, 6)]


def test_a_shared_file_is_checked_against_its_own_side(tmp_path: Path) -> None:
    # x.yaml is the same bytes on both sides, but the new side's scale is 0-3, on which x's quality 5 is off:
    # the error names the new side's x.yaml, not the old side's, read first
    old, new = _two_folders(tmp_path, CRITERIA.replace("max: 5", "max: 3"))
    code, _, err = run(old, str(old), str(new))
    assert code == 1
    assert f"{new / 'options' / 'x.yaml'}:5:12:" in err and "quality score 5 is off the scale 0-3" in err, err
    assert str(old / "options" / "x.yaml") not in err
