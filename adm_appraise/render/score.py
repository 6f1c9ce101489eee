"""Renderers for ``score``: table, markdown, csv, json. Each returns a string.

Every format escapes what it embeds, with the escapes of ``render.text``.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from tabulate import tabulate

from adm_appraise.analysis.method import Result
from adm_appraise.render.text import csv_text, json_text, markdown_text, terminal_text


def render_score(result: Result, fmt: str) -> str:
    return {"table": _table, "markdown": _markdown, "csv": _csv, "json": _json}[fmt](result)


def _json(result: Result) -> str:
    return json_text(result.to_dict())


def _gates(row: dict[str, Any]) -> str:
    parts = []
    if row["failed_gates"]:
        parts.append("failed: " + ", ".join(row["failed_gates"]))
    if row["conditional_gates"]:
        parts.append("conditional: " + ", ".join(row["conditional_gates"]))
    return "; ".join(parts)


def _rows(result: Result, escape: Any) -> tuple[list[str], list[list[Any]]]:
    data = result.to_dict()
    ids = [c["id"] for c in data["criteria"]]
    headers = ["Rank", "Option", "Score", *ids, "Gates", "Shortlist"]
    rows = []
    for r in data["ranking"]:
        rows.append([
            r["rank"] if r["rank"] is not None else "-",
            escape(r["id"]),
            f"{r['score']:.1f}",
            *(f"{r['contributions'][c]:.1f}" for c in ids),
            escape(_gates(r)),
            "yes" if r["shortlisted"] else "",
        ])
    for r in data.get("sifted_out", []):  # failed a gate, left unscored
        rows.append(["-", escape(r["id"]), "-", *("" for _ in ids), escape(_gates(r) + " (not scored)"), ""])
    return headers, rows


def _caption(result: Result) -> list[str]:
    lines = []
    if result.scenario:
        lines.append(f"scenario: {result.scenario}")
    if result.overrides:
        lines.append("weights overridden: " + ", ".join(f"{k}={v:g}" for k, v in result.overrides.items()))
    lines.append("weights: " + ", ".join(f"{c} {w:.0%}" for c, w in result.weights.items()))
    return lines


def _summary(result: Result) -> str:
    shortlist = ", ".join(result.shortlist) or "none"
    return f"Shortlist: {shortlist}"


def _table(result: Result) -> str:
    headers, rows = _rows(result, terminal_text)
    body = tabulate(rows, headers, tablefmt="simple", disable_numparse=True,
                    colalign=("left", "left", *["right"] * (len(headers) - 4), "left", "left"))
    head = [terminal_text(result.appraisal.title), *_caption(result), ""]
    foot = ["", "Scores are 0-100; criterion columns show each weighted contribution.", _summary(result)]
    return "\n".join(head + [body] + foot) + "\n"


def _markdown(result: Result) -> str:
    headers, rows = _rows(result, markdown_text)
    body = tabulate(rows, headers, tablefmt="pipe", disable_numparse=True,
                    colalign=("right", "left", *["right"] * (len(headers) - 4), "left", "left"))
    head = [f"## {markdown_text(result.appraisal.title)}", ""]
    head += [f"- {markdown_text(line)}" for line in _caption(result)] + [""]
    return "\n".join(head + [body, "", markdown_text(_summary(result))]) + "\n"


def _csv(result: Result) -> str:
    data = result.to_dict()
    ids = [c["id"] for c in data["criteria"]]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["rank", "id", "name", "score", "eligible", "shortlisted", "failed_gates",
                     "conditional_gates", *(f"value:{c}" for c in ids), *(f"contribution:{c}" for c in ids)])
    for r in data["ranking"]:
        writer.writerow([
            "" if r["rank"] is None else r["rank"], csv_text(r["id"]), csv_text(r["name"]), repr(r["score"]),
            str(r["eligible"]).lower(), str(r["shortlisted"]).lower(),
            csv_text(" ".join(r["failed_gates"])), csv_text(" ".join(r["conditional_gates"])),
            *(repr(r["values"][c]) for c in ids), *(repr(r["contributions"][c]) for c in ids),
        ])
    for r in data.get("sifted_out", []):  # failed a gate, left unscored: no score, no values
        writer.writerow([
            "", csv_text(r["id"]), csv_text(r["name"]), "", "false", "false",
            csv_text(" ".join(r["failed_gates"])), csv_text(" ".join(r["conditional_gates"])),
            *("" for _ in ids), *("" for _ in ids),
        ])
    return out.getvalue()
