"""A real `adm-appraise serve` in a subprocess on 127.0.0.1 (the browser and load tests share it)."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

LINK = re.compile(r"^  (facilitator|assessor (\w+) \(.*\)): (http://\S+)$")


@dataclass
class Served:
    process: subprocess.Popen[bytes]
    base: str
    facilitator: str  # the link, token after '#'
    assessors: dict[str, str] = field(default_factory=dict)  # id -> link
    log: Path | None = None

    @property
    def token(self) -> str:
        return self.facilitator.partition("#")[2]

    @property
    def host(self) -> str:
        return self.base.removeprefix("http://")

    def stderr(self) -> str:
        assert self.log is not None
        return self.log.read_text(encoding="utf-8", errors="replace")


def git(folder: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=folder, capture_output=True, text=True, check=True).stdout


def in_git(source: Path, target: Path) -> Path:
    """A copy of the appraisal ``source`` at ``target``, committed in a new git repository."""
    shutil.copytree(source, target)
    git(target, "init", "-q")
    git(target, "config", "user.name", "Facilitator")
    git(target, "config", "user.email", "facilitator@example.org")
    git(target, "add", ".")
    git(target, "commit", "-qm", "The appraisal before the workshop")
    return target


@contextmanager
def serve(folder: Path, *args: str, log: Path) -> Iterator[Served]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    with open(log, "wb") as err:
        process = subprocess.Popen([sys.executable, "-m", "adm_appraise", "serve", str(folder), "--port", "0", *args],
                                   stdout=subprocess.PIPE, stderr=err, env=env)
        try:
            served = _links(process)
            served.log = log
            _ready(served)
            yield served
        finally:
            process.send_signal(signal.SIGINT)
            try:
                process.wait(15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            assert process.stdout is not None
            process.stdout.close()


def _links(process: subprocess.Popen[bytes]) -> Served:
    assert process.stdout is not None
    facilitator, base, assessors = "", "", {}
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        line = process.stdout.readline().decode()
        if not line:
            raise RuntimeError(f"serve exited ({process.poll()}) before printing its links")
        found = LINK.match(line.rstrip("\n"))
        if found and found[1] == "facilitator":
            facilitator = found[3]
            base = facilitator.partition("/#")[0]
        elif found:
            assessors[found[2]] = found[3]
        if line.startswith("  each Record"):
            return Served(process, base, facilitator, assessors)
    raise RuntimeError("serve printed no links")


def _ready(served: Served) -> None:
    import http.client

    host, _, port = served.host.rpartition(":")
    for _ in range(100):
        try:
            connection = http.client.HTTPConnection(host, int(port), timeout=5)
            try:
                connection.request("GET", "/")
                if connection.getresponse().status == 200:
                    return
            finally:
                connection.close()
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("serve did not answer")
