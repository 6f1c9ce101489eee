"""Renderers for ``score``: table, markdown, csv, json. Each returns a string.

Every format escapes what it embeds, with the escapes of ``render.text``.
"""

from __future__ import annotations

import csv
import io
import textwrap
from collections.abc import Callable, Sequence
from typing import Any

from adm_appraise.analysis.method import Result
from adm_appraise.render.columns import DEFAULT_WIDTH, coded, fit, listed, simple_table, table_width, wrap_lines
from adm_appraise.render.numbers import figure
from adm_appraise.render.text import csv_text, json_text, markdown_text, terminal_text


def render_score(result: Result, fmt: str, *, ids: bool = False, width: int | None = DEFAULT_WIDTH) -> str:
    """The ranking in ``fmt``. Tables name options, criteria and gates (``ids``: by id instead);
    a terminal table wraps names to fit ``width``. CSV and JSON always carry ids and names."""
    if fmt == "table":
        return _table(result, ids, width)
    if fmt == "markdown":
        return _markdown(result, ids)
    return {"csv": _csv, "json": _json}[fmt](result)


def _json(result: Result) -> str:
    return json_text(result.to_dict())


def _labels(result: Result, ids: bool) -> Callable[[str], str]:
    """An option's, criterion's or gate's label: its name, or its id with ``ids``."""
    appraisal = result.appraisal
    names = {c.id: c.name for c in appraisal.criteria}
    names.update({g.id: g.name for g in appraisal.gates})
    names.update({o.id: o.name for o in appraisal.options})
    return (lambda key: key) if ids else (lambda key: names.get(key, key))


def _gates(row: dict[str, Any], label: Callable[[str], str]) -> str:
    parts = []
    if row["failed_gates"]:
        parts.append("failed: " + ", ".join(map(label, row["failed_gates"])))
    if row["conditional_gates"]:
        parts.append("conditional: " + ", ".join(map(label, row["conditional_gates"])))
    return "; ".join(parts)


def _rows(result: Result, escape: Any, label: Callable[[str], str]) -> tuple[list[str], list[list[Any]]]:
    data = result.to_dict()
    ids = [c["id"] for c in data["criteria"]]
    headers = ["Rank", "Option", "Score", *(escape(label(c)) for c in ids), "Gates", "Shortlist"]
    rows = []
    for r in data["ranking"]:
        rows.append([
            r["rank"] if r["rank"] is not None else "-",
            escape(label(r["id"])),
            figure(r["score"], 1),
            *(figure(r["contributions"][c], 1) for c in ids),
            escape(_gates(r, label)),
            "yes" if r["shortlisted"] else "",
        ])
    for r in data.get("sifted_out", []):  # failed a gate, left unscored
        rows.append(["-", escape(label(r["id"])), "-", *("" for _ in ids),
                     escape(_gates(r, label) + " (not scored)"), ""])
    return headers, rows


def _caption(result: Result, label: Callable[[str], str]) -> list[str]:
    lines = []
    if result.scenario:
        lines.append(f"scenario: {result.scenario}")
    if result.overrides:
        lines.append("weights overridden: " + ", ".join(f"{k}={v:g}" for k, v in result.overrides.items()))
    lines.append("weights: " + ", ".join(f"{label(str(c))} {w:.0%}" for c, w in result.weights.items()))
    return lines


def _summary(result: Result, label: Callable[[str], str]) -> str:
    shortlist = listed([label(o) for o in result.shortlist]) or "none"
    return f"Shortlist: {shortlist}"


def _table(result: Result, ids: bool, width: int | None) -> str:
    label = _labels(result, ids)
    headers, rows = _rows(result, terminal_text, label)
    head = [terminal_text(result.appraisal.title), *_wrapped(_caption(result, label), width), ""]
    foot = ["", "Scores are 0-100; criterion columns show each weighted contribution.",
            *_wrapped([_summary(result, label)], width)]
    return wrap_lines("\n".join(head + _fitted(headers, rows, width) + foot), width) + "\n"


def _fitted(headers: list[str], rows: list[list[Any]], width: int | None) -> list[str]:
    """The table as lines no wider than ``width``: names wrapped at words; then, if the criteria's
    names cannot wrap narrow enough, the criteria coded C1, C2, ... with a key under the table;
    then the criteria's figures in a second table of their own; and only then words broken."""
    n = len(headers)
    criteria = list(range(3, n - 2))
    align = ["left", "left", *["right"] * (n - 4), "left", "left"]
    # criteria's headers first (their figures are short), then the gates, then the options' names
    stages = [[(j, 6) for j in criteria], [(n - 2, 14)], [(1, 22)]]
    fitted = fit(headers, rows, width, stages, pad=0)
    if width is None or table_width(*fitted) <= width or not criteria:
        return [simple_table(fitted[1], fitted[0], align)]
    short, key = coded(headers, criteria)
    fitted = fit(short, rows, width, stages, pad=0)
    if table_width(*fitted) <= width:
        return [simple_table(fitted[1], fitted[0], align), "", *key]
    # two tables: the ranking, then each option's weighted contributions under the criteria's codes
    keep = [0, 1, 2, n - 2, n - 1]
    first = fit([short[j] for j in keep], [[r[j] for j in keep] for r in rows], width,
                [[(3, 14)], [(1, 22)], [(3, 8), (1, 10)]], pad=0, split=True)
    second = fit([short[1], *(short[j] for j in criteria)], [[r[1], *(r[j] for j in criteria)] for r in rows],
                 width, [[(0, 22)], [(0, 10)]], pad=0, split=True)
    return [simple_table(first[1], first[0], ["left", "left", "right", "left", "left"]), "",
            "Weighted contributions:", "",
            simple_table(second[1], second[0], ["left", *["right"] * len(criteria)]), "", *key]


def _wrapped(lines: list[str], width: int | None) -> list[str]:
    if width is None:
        return [terminal_text(line) for line in lines]
    return [part for line in lines for part in textwrap.wrap(terminal_text(line), width, break_long_words=False,
                                                             subsequent_indent="  ")]


def _markdown(result: Result, ids: bool) -> str:
    label = _labels(result, ids)
    headers, rows = _rows(result, markdown_text, label)
    from tabulate import tabulate  # here, not at import: `score --format json` draws no table

    body = tabulate(rows, headers, tablefmt="pipe", disable_numparse=True,
                    colalign=("right", "left", *["right"] * (len(headers) - 4), "left", "left"))
    head = [f"## {markdown_text(result.appraisal.title)}", ""]
    head += [f"- {markdown_text(line)}" for line in _caption(result, label)] + [""]
    return "\n".join(head + [body, "", markdown_text(_summary(result, label))]) + "\n"


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


def group_contributions(result: Result) -> dict[str, Any]:
    """Each option's score split by the value tree: a node a row (the top level's groups and
    criteria, each group's sub-groups under it, depth first), its figure the sum of the weighted
    contributions of the criteria under it, with its weight within its parent and overall (the sum of
    the weights in use of the criteria under it). The top level's rows sum to the score."""
    record = result.appraisal.weighting
    data = result.to_dict()
    options = [{"id": r["id"], "name": r["name"], "rank": r["rank"], "score": r["score"]} for r in data["ranking"]]
    contributions = {r["id"]: r["contributions"] for r in data["ranking"]}
    names = {c.id: c.name for c in result.appraisal.criteria}
    weights = {str(c): float(w) for c, w in result.weights.items()}  # the weights in use, normalised
    groups = {g.id: g for g in record.groups} if record is not None else {}
    names.update({g.id: g.name for g in groups.values()})
    nodes: list[dict[str, Any]] = []

    def criteria_under(item: str) -> list[str]:
        if item not in groups:
            return [item]
        return [c for child in groups[item].level.items for c in criteria_under(child)]

    def visit(items: Sequence[str], depth: int, parent: str | None) -> None:
        for item in items:
            if depth and item not in groups:  # a group's own criteria are in the score table
                continue
            under = criteria_under(item)
            weight = sum(weights[c] for c in under)
            mass = sum(weights[c] for c in criteria_under(parent)) if parent is not None else 1.0
            nodes.append({"id": item, "name": names.get(item, item), "kind": "group" if item in groups else
                          "criterion", "parent": parent, "depth": depth, "criteria": under,
                          "within": weight / mass if mass > 0 else 0.0, "weight": weight,
                          "contributions": {o["id"]: sum(contributions[o["id"]][c] for c in under) for o in options}})
            if item in groups:
                visit(groups[item].level.items, depth + 1, item)

    visit(record.top.items if record is not None else [c.id for c in result.appraisal.criteria], 0, None)
    return {"title": result.appraisal.title, "scenario": result.scenario, "options": options, "nodes": nodes}


def render_by_group(result: Result, fmt: str, *, ids: bool = False, width: int | None = DEFAULT_WIDTH) -> str:
    """``score --by-group``: a row a node of the value tree (sub-groups indented under their group),
    a column an option in rank order, each figure the node's share of the option's score."""
    data = group_contributions(result)
    if fmt == "json":
        return json_text(data)
    markdown = fmt == "markdown"
    escape = markdown_text if markdown else terminal_text
    label = _labels(result, ids)
    headers = ["Group", "Within", "Weight", *(escape(label(o["id"])) for o in data["options"])]
    rows = []
    for n in data["nodes"]:
        name = escape(n["id"] if ids else n["name"])
        rows.append(["· " * n["depth"] + (f"{name} (group)" if n["kind"] == "group" else name),
                     figure(100 * n["within"], 1) + "%", figure(100 * n["weight"], 1) + "%",
                     *(figure(n["contributions"][o["id"]], 1) for o in data["options"])])
    rows.append(["Score", "", "100.0%", *(figure(o["score"], 1) for o in data["options"])])
    note = ("Each figure is the part of the option's score (0-100) that the criteria under the row give; "
            "the rows not indented add up to the score, and an indented row is part of the group above it. "
            "Within: the node's weight within its parent (the top level's, for a row not indented); Weight: "
            "overall.")
    align = ["left", "right", "right", *["right"] * len(data["options"])]
    if markdown:
        from tabulate import tabulate

        body = tabulate(rows, headers, tablefmt="pipe", disable_numparse=True, colalign=align)
        return "\n".join([f"## {markdown_text(result.appraisal.title)}", "", body, "", markdown_text(note)]) + "\n"
    from adm_appraise.render.columns import terminal_table

    table = terminal_table(headers, rows, width, [[(j, 8) for j in range(3, len(headers))], [(0, 16)]],
                           code=list(range(3, len(headers))), align=align, prefix="O")
    return wrap_lines("\n".join([terminal_text(result.appraisal.title), "", table, "", note]), width) + "\n"
