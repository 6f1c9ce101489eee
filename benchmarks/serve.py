"""Benchmark: the live workshop under load, for a full minute (the load test runs the same for 20 s).

Serves a git copy of examples/all-features with ``adm-appraise serve`` on 127.0.0.1 (a port the
system chooses), then runs tests/serve/load.py's clients against it: CLIENTS threads saving a score
cell each (every fourth save to one swing they share), a facilitator's page polling, an editor
rewriting a file in place under the server, and a client killed mid-request. Prints requests
served, saves written, conflicts reported, saves refused, and the p50 and p95 latency of a save,
then checks that no write was lost (each save told 200 is a commit) and that the folder validates.

Run: python benchmarks/serve.py [SECONDS] [CLIENTS]   (default 60 and 20)
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 60.0
    clients = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    sys.path.insert(0, str(ROOT))
    from tests.serve.load import run
    from tests.serve.server import git, in_git, serve

    with tempfile.TemporaryDirectory() as scratch:
        folder = in_git(ROOT / "examples/all-features", Path(scratch) / "leisure")
        with serve(folder, log=Path(scratch) / "serve.log") as served:
            stats = run(served.host, served.token, folder, seconds, clients)
        print(stats.summary(seconds))
        commits = len(git(folder, "log", "--format=%h").splitlines()) - 1
        valid = subprocess.run([sys.executable, "-m", "adm_appraise", "validate", str(folder)],
                               capture_output=True).returncode == 0
        log = served.stderr()
        print(f"commits {commits} (saves told 200: {stats.saves}); validate {'passes' if valid else 'FAILS'}; "
              f"tracebacks in the server's log: {log.count('Traceback')}; errors: {stats.errors[:3]}")
        if commits != stats.saves or not valid or "Traceback" in log or stats.errors:
            sys.exit(1)


if __name__ == "__main__":
    main()
