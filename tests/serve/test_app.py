"""The workshop's application through Starlette's TestClient: tokens, origins, saves, conflicts, refusals."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("starlette")
from starlette.testclient import TestClient  # noqa: E402

from adm_appraise.serve.app import Access, create_app  # noqa: E402
from adm_appraise.serve.workshop import Workshop  # noqa: E402
from tests.conftest import ROOT, make_appraisal  # noqa: E402

CRITERIA = """
    # The workshop's appraisal: two criteria, two options.
    appraisal:
      title: Two options
      scale: {min: 0, max: 5}
    criteria:
      - id: quality   # agreed at the first workshop
        name: Quality
        weight: 60
      - id: cost
        name: Cost
        weight: 40
"""
X = """
    id: x
    name: Option X
    scores:
      quality: 5   # the panel's view
      cost: 0
"""
Y = """
    id: y
    name: Option Y
    scores:
      quality: {score: 0, rationale: "Nothing new."}
      cost: 5
"""
ADM = [sys.executable, "-m", "adm_appraise"]
ORIGIN = {"Origin": "http://testserver", "Content-Type": "application/json"}


def git(folder: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=folder, capture_output=True, text=True, check=True).stdout


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = make_appraisal(tmp_path / "a", CRITERIA, x=X, y=Y)
    git(folder, "init", "-q")
    git(folder, "config", "user.name", "Facilitator")
    git(folder, "config", "user.email", "facilitator@example.org")
    git(folder, "add", ".")
    git(folder, "commit", "-qm", "The appraisal before the workshop")
    return folder


@pytest.fixture
def served(folder: Path) -> Any:
    workshop = Workshop(folder, samples=200)
    access = Access(assessors={"assessor-token-x": "finance"}, hosts=frozenset({"testserver"}))
    with TestClient(create_app(workshop, access, watch=False)) as client:
        client.headers["Authorization"] = f"Bearer {access.facilitator}"
        yield client, workshop, access


def test_state_ranks_as_score_does_and_answers_304_when_unchanged(served: Any) -> None:
    client, _, _ = served
    first = client.get("/api/state")
    assert first.status_code == 200
    view = first.json()
    # 60/100 of quality for x (score 5 of 5), 40/100 of cost for y: x 60, y 40
    assert [(r["id"], round(r["score"], 9)) for r in view["ranking"]] == [("x", 60.0), ("y", 40.0)]
    assert view["cells"]["weight/cost"] == 40 and view["cells"]["rationale/y/quality"] == "Nothing new."
    again = client.get("/api/state", headers={"If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304 and again.content == b""
    report = client.get("/api/report")
    assert report.status_code == 200 and "<html" in report.text and "Option X" in report.text


def test_preview_reranks_and_writes_nothing(served: Any, folder: Path) -> None:
    client, _, _ = served
    before = (folder / "criteria.yaml").read_bytes()
    response = client.post("/api/preview", json={"changes": [{"cell": "weight/cost", "value": 90}]}, headers=ORIGIN)
    assert response.status_code == 200
    # weights 60 and 90 of 150: x = 100*60/150 = 40, y = 100*90/150 = 60
    assert [(r["id"], round(r["score"], 9)) for r in response.json()["ranking"]] == [("y", 60.0), ("x", 40.0)]
    assert (folder / "criteria.yaml").read_bytes() == before


def test_record_writes_keeps_comments_and_commits_with_the_reason(served: Any, folder: Path) -> None:
    client, _, _ = served
    changes = [{"cell": "weight/cost", "base": 40, "value": 90},
               {"cell": "score/x/cost", "base": 0, "value": 1},
               {"cell": "rationale/x/cost", "base": None, "value": "Fees cover a fifth."}]
    response = client.post("/api/record", json={"changes": changes, "reason": "Workshop: cost matters more"},
                           headers=ORIGIN)
    assert response.status_code == 200, response.text
    assert response.json()["written"] == ["criteria.yaml", "options/x.yaml"]
    criteria = (folder / "criteria.yaml").read_text()
    assert "weight: 90" in criteria and "# agreed at the first workshop" in criteria
    assert "# The workshop's appraisal" in criteria
    option = (folder / "options/x.yaml").read_text()
    assert "quality: 5   # the panel's view" in option
    assert option.endswith("  cost:\n    score: 1\n    rationale: \"Fees cover a fifth.\"\n")
    log = git(folder, "log", "--format=%s%n%b", "-1")
    assert log.startswith("Workshop: cost matters more\n")
    assert "weight/cost: 40 -> 90" in log and "score/x/cost: 0 -> 1" in log
    assert git(folder, "status", "--porcelain") == ""
    assert subprocess.run([*ADM, "validate", str(folder)], capture_output=True).returncode == 0
    # x: 100*(60*1 + 90*0.2)/150 = 52; y: 100*90/150 = 60 (score's figures)
    view = client.get("/api/state").json()
    score = json.loads(subprocess.run([*ADM, "score", str(folder), "--format", "json"],
                                      capture_output=True, text=True, check=True).stdout)
    assert [(r["id"], round(r["score"], 9)) for r in view["ranking"]] == [("y", 60.0), ("x", 52.0)]
    assert [(r["id"], r["score"]) for r in view["ranking"]] == [(r["id"], r["score"]) for r in score["ranking"]]


def test_second_save_of_the_same_cell_is_told_and_nothing_is_lost(served: Any, folder: Path) -> None:
    client, workshop, _ = served
    first = {"changes": [{"cell": "score/y/cost", "base": 5, "value": 4}], "reason": "Alice's view"}
    second = {"changes": [{"cell": "score/y/cost", "base": 5, "value": 3}], "reason": "Bob's view"}
    assert client.post("/api/record", json=first, headers=ORIGIN).status_code == 200
    told = client.post("/api/record", json=second, headers=ORIGIN)
    assert told.status_code == 409
    assert told.json()["conflicts"] == [{"cell": "score/y/cost", "base": 5.0, "theirs": 4.0, "yours": 3.0}]
    assert "cost: 4" in (folder / "options/y.yaml").read_text()  # the first save stands
    # Bob, told, records again against the value he now knows
    second["changes"][0]["base"] = 4  # type: ignore[index]
    assert client.post("/api/record", json=second, headers=ORIGIN).status_code == 200
    assert "cost: 3" in (folder / "options/y.yaml").read_text()
    assert git(folder, "log", "--format=%s").splitlines()[:2] == ["Bob's view", "Alice's view"]
    assert workshop.conflicts == 1


def test_a_change_that_makes_the_appraisal_invalid_is_refused_with_the_error(served: Any, folder: Path) -> None:
    client, _, _ = served
    before = (folder / "options/x.yaml").read_bytes()
    response = client.post("/api/record", json={"changes": [{"cell": "score/x/quality", "base": 5, "value": 7}],
                                                "reason": "Too generous"}, headers=ORIGIN)
    assert response.status_code == 422
    [problem] = response.json()["problems"]
    assert problem.startswith(f"{folder / 'options/x.yaml'}:4:") and problem.endswith("[E203]")
    assert (folder / "options/x.yaml").read_bytes() == before
    assert len(git(folder, "log", "--format=%s").splitlines()) == 1


@pytest.mark.parametrize(("headers", "body", "status"), [
    ({"Authorization": "Bearer wrong"}, None, 401),
    ({"Authorization": ""}, None, 401),
    ({"Authorization": "Bearer assessor-token-x"}, None, 401),  # an assessor's token is not the facilitator's
    ({"Origin": "http://evil.example"}, None, 403),
    ({"Origin": "null"}, None, 403),
    ({"Sec-Fetch-Site": "cross-site"}, None, 403),
    ({"Content-Type": "text/plain"}, None, 415),
    ({"Host": "attacker.example"}, None, 421),
    ({}, b"{not json", 400),
    ({}, b"[1, 2]", 400),
    ({}, json.dumps({"changes": "all"}).encode(), 400),
    ({}, json.dumps({"changes": [{"cell": "weight/cost"}], "reason": "r"}).encode(), 400),
    ({}, json.dumps({"changes": [{"cell": "../../etc/passwd", "base": 1, "value": 1}], "reason": "r"}).encode(), 400),
    ({}, json.dumps({"changes": [{"cell": "weight/nope", "base": 1, "value": 1}], "reason": "r"}).encode(), 400),
    ({}, json.dumps({"changes": [{"cell": "weight/cost", "base": 40, "value": "NaN"}], "reason": "r"}).encode(), 400),
    ({}, b'{"changes": [{"cell": "weight/cost", "base": 40, "value": Infinity}], "reason": "r"}', 400),
    ({}, json.dumps({"changes": [{"cell": "weight/cost", "base": 40, "value": 50}], "reason": " "}).encode(), 400),
    ({}, b"[" * 100_000, 400),
    ({}, b"x" * 3_000_000, 413),
])
def test_refused_requests_change_nothing(served: Any, folder: Path, headers: dict[str, str], body: bytes | None,
                                         status: int) -> None:
    client, _, _ = served
    content = body if body is not None else json.dumps(
        {"changes": [{"cell": "weight/cost", "base": 40, "value": 50}], "reason": "r"}).encode()
    before = {p: p.read_bytes() for p in folder.rglob("*.yaml")}
    response = client.post("/api/record", content=content, headers={**ORIGIN, **headers})
    assert response.status_code == status, response.text
    assert "error" in response.json()
    assert {p: p.read_bytes() for p in folder.rglob("*.yaml")} == before
    assert client.get("/api/state").status_code == 200  # still serving


def test_pages_carry_no_token_and_forbid_framing(served: Any) -> None:
    client, _, access = served
    page = client.get("/", headers={"Authorization": ""})
    assert page.status_code == 200 and access.facilitator not in page.text
    assert page.headers["X-Frame-Options"] == "DENY" and "frame-ancestors 'none'" in page.headers[
        "Content-Security-Policy"]
    assert client.get("/static/workshop.js").status_code == 200
    assert client.get("/static/../workshop.py").status_code == 404


def test_assessor_saves_their_own_scores_only(tmp_path: Path) -> None:
    folder = tmp_path / "a"
    shutil.copytree(ROOT / "examples/panel-leisure", folder)
    workshop = Workshop(folder, samples=200, new_assessors={"newbie": "N. Ewbie"})
    access = Access(assessors={"t-finance": "finance", "t-new": "newbie"}, hosts=frozenset({"testserver"}))
    with TestClient(create_app(workshop, access, watch=False)) as client:
        form = client.get("/api/form", headers={"Authorization": "Bearer t-finance"}).json()
        assert form["assessor"] == {"id": "finance", "name": "A. Finch", "new": False}
        assert form["scores"]["panel/finance/in_house/control"] == 5
        own = {"Authorization": "Bearer t-finance", **ORIGIN}
        ok = client.post("/api/form/save", headers=own, json={
            "changes": [{"cell": "panel/finance/in_house/control", "base": 5, "value": 4}]})
        assert ok.status_code == 200, ok.text
        text = (folder / "panel/finance.yaml").read_text()
        assert "in_house: {service_quality: 3, control: 4, deliverability: 5}" in text
        other = client.post("/api/form/save", headers=own, json={
            "changes": [{"cell": "panel/staff_side/in_house/control", "base": 5, "value": 1}]})
        assert other.status_code == 403
        facilitator = client.post("/api/record", headers={"Authorization": "Bearer t-finance", **ORIGIN},
                                  json={"changes": [{"cell": "weight/control", "base": 1, "value": 2}], "reason": "r"})
        assert facilitator.status_code == 401
        # a new assessor: a partial form is refused as validate would (E404), a whole one creates their file
        new = {"Authorization": "Bearer t-new", **ORIGIN}
        blank = client.get("/api/form", headers={"Authorization": "Bearer t-new"}).json()
        cells = [c for c in blank["scores"]]
        partial = client.post("/api/form/save", headers=new, json={
            "changes": [{"cell": cells[0], "base": None, "value": 3}]})
        assert partial.status_code == 422 and "[E404]" in partial.json()["problems"][0]
        assert not (folder / "panel/newbie.yaml").exists()
        whole = client.post("/api/form/save", headers=new, json={
            "changes": [{"cell": c, "base": None, "value": 3} for c in cells]})
        assert whole.status_code == 200, whole.text
        assert "name: \"N. Ewbie\"" in (folder / "panel/newbie.yaml").read_text()
        assert subprocess.run([*ADM, "validate", str(folder)], capture_output=True).returncode == 0
        agreement = client.get("/api/state", headers={"Authorization": f"Bearer {access.facilitator}"}).json()
        assert "newbie" in {a["id"] for a in agreement["panel"]["assessors"]}


def test_an_edit_on_disk_is_seen_and_an_invalid_file_shown(served: Any, folder: Path) -> None:
    client, _, _ = served
    path = folder / "options/x.yaml"
    path.write_text(path.read_text().replace("cost: 0", "cost: 5"))
    view = client.get("/api/state").json()
    # x now 5 on both: 100; y 40
    assert [(r["id"], round(r["score"], 9)) for r in view["ranking"]] == [("x", 100.0), ("y", 40.0)]
    path.write_text("id: x\nscores: [")
    broken = client.get("/api/state").json()
    assert broken["valid"] is False and "[E004]" in broken["problems"][0]
    refused = client.post("/api/record", headers=ORIGIN, json={
        "changes": [{"cell": "weight/cost", "base": 40, "value": 50}], "reason": "r"})
    assert refused.status_code == 409 and refused.json()["problems"]


EXAMPLES = sorted(p.parent.name for p in (ROOT / "examples").glob("*/criteria.yaml"))


@pytest.mark.parametrize("name", EXAMPLES)
def test_every_example_is_served_as_score_ranks_it(name: str, tmp_path: Path) -> None:
    """Every feature at once (value trees, measures, value functions, a panel, the long list, economics)."""
    folder = tmp_path / name
    shutil.copytree(ROOT / "examples" / name, folder)
    workshop = Workshop(folder, samples=100)
    view = workshop.snapshot.view
    assert view["valid"], view["problems"]
    score = json.loads(subprocess.run([*ADM, "score", str(folder), "--format", "json"],
                                      capture_output=True, text=True, check=True).stdout)
    assert [(r["id"], r["score"]) for r in view["ranking"]] == [(r["id"], r["score"]) for r in score["ranking"]]
    assert workshop.report()[1].startswith("<!DOCTYPE html>")
    # a weight one higher (or a swing under 100), and the first score as it is, preview and record cleanly
    editable = [c for c in view["editable"]["weights"] + view["editable"]["swings"] if view["cells"][c] < 100]
    cell = next(c for c in view["cells"] if c.startswith("score/"))
    changes = [{"cell": cell, "base": view["cells"][cell], "value": view["cells"][cell]}]
    if not editable:  # ranked weights: nothing to change in the page
        assert name == "ordinal"
        return
    first = editable[0]
    changes.append({"cell": first, "base": view["cells"][first], "value": view["cells"][first] + 1})
    assert workshop.preview(changes)["valid"]
    assert workshop.record(changes, "A weight one point higher")["written"] == ["criteria.yaml"]
    assert workshop.refresh().view["cells"][first] == view["cells"][first] + 1
