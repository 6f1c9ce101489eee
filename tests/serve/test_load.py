"""Load and faults on 127.0.0.1: 20 clients saving at once for ADM_SERVE_LOAD_SECONDS (default 20), an editor
rewriting a file under the server, a client killed mid-request. No write lost, no file corrupt, no traceback.

``python benchmarks/serve.py`` runs the same for a full minute and prints the figures.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from adm_appraise.files.loader import load_appraisal
from tests.conftest import ROOT
from tests.serve.load import EDITED, SHARED, Client, run
from tests.serve.server import git, in_git, serve

pytest.importorskip("starlette")
SECONDS = float(os.environ.get("ADM_SERVE_LOAD_SECONDS", "20"))


def test_twenty_clients_a_killed_one_and_an_editor(tmp_path: Path) -> None:
    folder = in_git(ROOT / "examples/all-features", tmp_path / "leisure")
    with serve(folder, log=tmp_path / "serve.log") as served:
        stats = run(served.host, served.token, folder, SECONDS, clients=20)
        print(stats.summary(SECONDS))
        client = Client(served.host, served.token)  # the server still answers
        status, state, _ = client.request("GET", "/api/state")
        client.close()
        assert status == 200 and state["valid"]
    assert stats.errors == []
    assert stats.killed == 1 and stats.edits > 0
    assert stats.saves > 20 and stats.conflicts > 0
    # no lost write: every save told 200 is a commit, and each client's cell holds what it was last told
    commits = git(folder, "log", "--format=%s").splitlines()
    assert len(commits) == stats.saves + 1
    appraisal = load_appraisal(folder)
    for cell, value in stats.own.items():
        _, oid, cid = cell.split("/")
        assert appraisal.option(oid).scores[cid].point == value, cell
    # the shared swing holds the value of the last commit that changed it
    last = git(folder, "log", "-1", "--format=%b", "-G", "swings:", "--", "criteria.yaml")
    won = re.search(rf"{SHARED}: \S+ -> (\S+)", last)
    assert won is not None and re.search(rf"delivery: {re.escape(won[1])}\}}", (folder / "criteria.yaml").read_text())
    # no corrupt file: the editor's file is whole (its last edit), and the appraisal validates
    assert git(folder, "status", "--porcelain") == f" M {EDITED}\n"
    assert f"# edited on disk {stats.edits}\n" in (folder / EDITED).read_text()
    done = subprocess.run([sys.executable, "-m", "adm_appraise", "validate", str(folder)], capture_output=True)
    assert done.returncode == 0, done.stdout
    log = served.stderr()
    assert "Traceback" not in log and served.token not in log
