"""Report rendering: the bundled report rendered with the sandbox's limits as they are now
(checks before each sized operation, a timer and a memory cap), and the same render under a
line tracer on the template frames, as the former time budget ran it (sys.settrace).

Run: .venv/bin/python benchmarks/render.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from adm_appraise import appraise, load_appraisal  # noqa: E402
from adm_appraise.render.report import render_report  # noqa: E402


def best_of(runs: int, render: Any) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        render()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    result = appraise(load_appraisal(ROOT))

    def plain() -> None:
        for fmt in ("markdown", "html"):
            render_report(result, fmt)

    def traced() -> None:
        def local(frame: Any, event: str, arg: Any) -> Any:
            if event == "line":
                time.monotonic()  # the former budget's clock check on every template line
            return local

        def tracer(frame: Any, event: str, arg: Any) -> Any:
            return local if frame.f_code.co_filename.endswith(".j2") else None

        sys.settrace(tracer)
        try:
            plain()
        finally:
            sys.settrace(None)

    plain()  # warm: templates compiled, modules imported
    now, before = best_of(7, plain), best_of(7, traced)
    print(f"bundled report, Markdown + HTML, best of 7: {now * 1000:.1f} ms now; "
          f"{before * 1000:.1f} ms under a template line tracer (the former budget); ratio {before / now:.2f}")


if __name__ == "__main__":
    main()
