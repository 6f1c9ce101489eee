"""Concurrent clients saving to a served workshop, with faults: the load test's and the benchmark's driver.

Each of CLIENTS threads holds one score cell of its own (an option on a 'score' criterion) and
saves it again and again, alternating its value, on one kept-alive HTTP connection; every fourth
save goes instead to one cell they all share (a swing), so saves of the same cell collide and the
version check must tell the loser (409, with the value that won). Meanwhile:

- a facilitator's page polls /api/state once a second (with its ETag);
- an editor rewrites a file of the appraisal in place (not atomically, as some editors do) every
  half second: the server reads it half-written now and then;
- a client process sends half a request and is killed (SIGKILL) while the server waits for the rest.

What each client was told is kept, so that the files can be checked against it afterwards.
"""

from __future__ import annotations

import http.client
import json
import signal
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SHARED = "swing/operations/delivery"
EDITED = "options/close_two_centres.yaml"  # the editor's file: read by every check, written by no client


@dataclass
class Stats:
    saves: int = 0  # saves that wrote (and committed) a change
    agreed: int = 0  # saves told 200 that wrote nothing: the file already held that value (another's save)
    conflicts: int = 0  # 409s: a save told someone else got there first (or the file changed under it)
    refused: int = 0  # 422s: a save refused as invalid (a half-written file read mid-edit)
    errors: list[str] = field(default_factory=list)  # anything else: there should be none
    latencies: list[float] = field(default_factory=list)  # seconds, of every save request answered
    polls: int = 0
    edits: int = 0
    killed: int = 0
    own: dict[str, float] = field(default_factory=dict)  # cell -> the last value its client was told is saved
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def requests(self) -> int:
        return len(self.latencies) + self.polls

    def p95(self) -> float:
        return statistics.quantiles(self.latencies, n=20)[-1] if len(self.latencies) >= 20 else max(
            self.latencies, default=0.0)

    def summary(self, seconds: float) -> str:
        return (f"{self.requests} requests served in {seconds:.0f} s ({len(self.latencies)} saves, {self.polls} polls): "
                f"{self.saves} written, {self.agreed} found their value already saved, {self.conflicts} conflicts reported, {self.refused} refused as invalid, "
                f"{len(self.errors)} errors; save latency p50 {statistics.median(self.latencies or [0]) * 1000:.0f} ms, "
                f"p95 {self.p95() * 1000:.0f} ms; {self.edits} edits on disk, {self.killed} client killed mid-request")


class Client:
    def __init__(self, host: str, token: str) -> None:
        self.host, self.token = host, token
        name, _, port = host.rpartition(":")
        self.connection = http.client.HTTPConnection(name, int(port), timeout=120)

    def request(self, method: str, path: str, body: Any = None, headers: dict[str, str] | None = None
                ) -> tuple[int, Any, dict[str, str]]:
        sent = {"Authorization": f"Bearer {self.token}", "Host": self.host, **(headers or {})}
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            sent.update({"Origin": f"http://{self.host}", "Content-Type": "application/json"})
        try:
            self.connection.request(method, path, data, sent)
            response = self.connection.getresponse()
            raw = response.read()
        except (http.client.HTTPException, OSError):
            self.connection.close()  # a fresh connection next time
            raise
        return response.status, json.loads(raw) if raw else None, dict(response.headers)

    def close(self) -> None:
        self.connection.close()


def cells(state: dict[str, Any]) -> list[str]:
    """The score cells of 'score' criteria (on the 0-5 scale), one per client."""
    scored = {c["id"] for c in state["criteria"] if c["type"] == "score"}
    return [cell for cell in state["cells"] if cell.startswith("score/") and cell.split("/")[2] in scored]


def run(host: str, token: str, folder: Path, seconds: float, clients: int = 20) -> Stats:
    stats = Stats()
    first = Client(host, token)
    status, state, _ = first.request("GET", "/api/state")
    first.close()
    assert status == 200, state
    own = cells(state)[:clients]
    assert len(own) == clients, f"the appraisal has {len(own)} score cells, fewer than {clients} clients"
    deadline = time.monotonic() + seconds
    threads = [threading.Thread(target=_saver, args=(host, token, cell, state["cells"][cell],
                                                     state["cells"][SHARED], deadline, stats, i))
               for i, cell in enumerate(own)]
    threads += [threading.Thread(target=_poller, args=(host, token, deadline, stats)),
                threading.Thread(target=_editor, args=(folder / EDITED, deadline, stats)),
                threading.Thread(target=_killed, args=(host, token, stats))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return stats


def _saver(host: str, token: str, cell: str, base: float, shared: float, deadline: float, stats: Stats,
           index: int) -> None:
    client = Client(host, token)
    turn = 0
    while time.monotonic() < deadline:
        turn += 1
        on_shared = turn % 4 == index % 4
        target, was = (SHARED, shared) if on_shared else (cell, base)
        new = float(50 + (turn * 7 + index) % 50) if on_shared else 4.0 if base == 1.0 else 1.0
        if new == was:  # the shared swing: a value that changes it
            new += 1
        body = {"changes": [{"cell": target, "base": was, "value": new}], "reason": f"client {index} save {turn}"}
        start = time.perf_counter()
        try:
            status, answer, _ = client.request("POST", "/api/record", body)
        except (http.client.HTTPException, OSError) as exc:
            with stats.lock:
                stats.errors.append(f"{target}: {exc!r}")
            continue
        elapsed = time.perf_counter() - start
        with stats.lock:
            stats.latencies.append(elapsed)
            if status == 200:
                if answer.get("written"):
                    stats.saves += 1
                else:  # someone else had saved the same value first: agreement, not a write
                    stats.agreed += 1
                if on_shared:
                    shared = new
                else:
                    base = new
                    stats.own[cell] = new
            elif status == 409:
                stats.conflicts += 1
                for c in answer.get("conflicts", []):  # told the value that won: save against it next time
                    if c["cell"] == SHARED:
                        shared = c["theirs"]
            elif status == 422:
                stats.refused += 1
            else:
                stats.errors.append(f"{target}: {status} {answer}")
    client.close()


def _poller(host: str, token: str, deadline: float, stats: Stats) -> None:
    client = Client(host, token)
    etag = ""
    while time.monotonic() < deadline:
        try:
            status, _, headers = client.request("GET", "/api/state", headers={"If-None-Match": etag} if etag else {})
        except (http.client.HTTPException, OSError) as exc:
            with stats.lock:
                stats.errors.append(f"poll: {exc!r}")
            continue
        with stats.lock:
            stats.polls += 1
            if status not in (200, 304):
                stats.errors.append(f"poll: {status}")
        etag = headers.get("ETag", etag)
        time.sleep(1)
    client.close()


def _editor(path: Path, deadline: float, stats: Stats) -> None:
    """Rewrite ``path`` in place every half second (its description changes; it stays valid when whole)."""
    original = path.read_text(encoding="utf-8")
    n = 0
    while time.monotonic() < deadline:
        n += 1
        with open(path, "w", encoding="utf-8") as handle:  # truncated, then written in two parts
            text = original.replace("\nid:", f"\n# edited on disk {n}\nid:", 1)
            handle.write(text[:len(text) // 2])
            handle.flush()
            time.sleep(0.01)
            handle.write(text[len(text) // 2:])
        with stats.lock:
            stats.edits += 1
        time.sleep(0.5)


def _killed(host: str, token: str, stats: Stats) -> None:
    """A client process that sends half a save and is killed while the server waits for the rest."""
    name, _, port = host.rpartition(":")
    body = json.dumps({"changes": [{"cell": SHARED, "base": 0, "value": 1}], "reason": "never sent whole"})
    head = (f"POST /api/record HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {token}\r\n"
            f"Origin: http://{host}\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n")
    script = ("import socket, sys, time\n"
              f"s = socket.create_connection(({name!r}, {port}))\n"
              f"s.sendall({(head + body[:len(body) // 2]).encode()!r})\n"
              "print('sent', flush=True)\ntime.sleep(60)\n")
    process = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE)
    assert process.stdout is not None
    process.stdout.readline()
    time.sleep(1)
    process.send_signal(signal.SIGKILL)
    process.wait()
    process.stdout.close()
    with stats.lock:
        stats.killed += 1
