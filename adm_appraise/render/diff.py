"""Renderers for ``diff``: text, markdown (a pull-request comment), json, github annotations.

Each returns a string. The headline comes first (leader, shortlist, the old leader's lead,
switching values crossed), then the ranking before and after with each score change split
into its parts, then every edit with its place.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from adm_appraise.analysis.diff import Diff, Movement
from adm_appraise.render.columns import DEFAULT_WIDTH, fit, listed, simple_table, wrap_lines
from adm_appraise.render.numbers import shown
from adm_appraise.render.text import json_text, markdown_text, terminal_text

PARTS_SHOWN = 3  # the largest parts named per option; the JSON output has all of them


def render_diff(diff: Diff, fmt: str, *, workspace: str | None = None, files: bool = True, ids: bool = False,
                width: int | None = DEFAULT_WIDTH) -> str:
    """``workspace`` and ``files`` are for github: see ``github_annotations``. Text and Markdown
    name options, criteria and gates (``ids``: by id instead); the text table fits ``width``."""
    if fmt == "json":
        return json_text(diff.to_dict())
    if fmt == "github":
        return github_annotations(diff, workspace=workspace, files=files)
    if fmt == "markdown":
        return markdown(diff, ids=ids)
    return _text(diff, labels(diff, ids), width)


def labels(diff: Diff, ids: bool = False) -> Callable[[str], str]:
    """An option's, criterion's or gate's name (NEW's, else OLD's for one removed), or with
    ``ids`` its id."""
    if ids:
        return lambda key: key
    names = diff.names()
    return lambda key: names.get(key, key)


def one(x: float, sign: str = "") -> str:
    """``x`` at one decimal, rounded half away from zero as the report rounds (6.25 -> 6.3)."""
    return f"{shown(x, 1):{sign}.1f}"


def headline(diff: Diff, label: Callable[[str], str] | None = None) -> list[str]:
    """The consequences in sentences, most important first (plain text, not escaped), naming
    options and criteria by ``label`` (default: their names)."""
    name = label or labels(diff)
    old, new = diff.old, diff.new

    def listed_or_none(keys: Sequence[str]) -> str:
        return listed([name(k) for k in keys]) or "none"

    lines = []
    if diff.leader_changed:
        lines.append(f"The leader changed: {name(old.leader or 'none')} → {name(new.leader or 'none')}.")
    else:
        lines.append(f"The leader is unchanged: {name(new.leader or 'none')}.")
    if diff.shortlist_changed:
        lines.append(f"The shortlist changed: {listed_or_none(old.shortlist)} → {listed_or_none(new.shortlist)}.")
    else:
        lines.append(f"The shortlist is unchanged: {listed_or_none(new.shortlist)}.")
    before, after = diff.lead()
    leader = name(old.leader) if old.leader is not None else ""
    if before is not None and after is not None:
        verdict = "it still leads" if new.leader == old.leader else "it no longer leads"
        lines.append(f"{leader}'s lead: {one(before)} → {one(after)} points ({verdict}).")
    elif old.leader is not None and after is None:
        lines.append(f"{leader}, the old leader, is no longer eligible or no longer an option.")
    for c in diff.crossings:
        how = "" if c.alone else " (other weights changed too, so this is indicative)"
        at = abs(c.new_weight - c.threshold) <= 1e-9
        lines.append(
            f"The weight of {name(c.criterion)} moved {one(100 * c.old_weight)}% → {one(100 * c.new_weight)}%, "
            + (f"reaching its switching value (where {name(c.new_leader)} ties with {leader})" if at else
               f"past its switching value {one(100 * c.threshold)}% "
               f"(where {name(c.new_leader)} overtakes {leader})")
            + f"{how}."
        )
    if not diff.changes:
        lines.append("No edits: the two appraisals are the same.")
    return lines


def part_label(key: str, label: Callable[[str], str] = lambda key: key) -> str:
    kind, _, criterion = key.partition(":")
    criterion = label(criterion)
    return {"weight": f"weight of {criterion}", "score": f"own {criterion} score",
            "scale": f"value scale of {criterion}", "judgement": criterion}[kind]


def _why(m: Movement, escape: Callable[[str], str], label: Callable[[str], str]) -> str:
    if m.status != "kept":
        return m.status
    shown = sorted(m.parts.items(), key=lambda kv: (-abs(kv[1]), kv[0]))[:PARTS_SHOWN]
    text = ", ".join(f"{one(v, '+')} {escape(part_label(k, label))}" for k, v in shown if one(v) not in ("0.0", "-0.0"))
    rest = len(m.parts) - len(shown)
    return text + (f" (+{rest} more)" if rest > 0 and text else "")


def _rank(rank: int | None, eligible: bool | None) -> str:
    if eligible is None:
        return ""
    return "-" if rank is None else str(rank)


def _score(score: float | None) -> str:
    return "" if score is None else one(score)


def _rows(diff: Diff, escape: Callable[[str], str], label: Callable[[str], str]) -> list[list[str]]:
    rows = []
    for m in diff.movements:
        change = m.change
        rows.append([
            escape(label(m.id)),
            f"{_rank(m.old_rank, m.old_eligible)} → {_rank(m.new_rank, m.new_eligible)}",
            f"{_score(m.old_score)} → {_score(m.new_score)}",
            "" if change is None else "0.0" if one(change) in ("0.0", "-0.0") else one(change, "+"),
            _shortlist(m),
            _why(m, escape, label),
        ])
    return rows


def _shortlist(m: Movement) -> str:
    if m.old_shortlisted == m.new_shortlisted:
        return "yes" if m.new_shortlisted else ""
    return "joins" if m.new_shortlisted else "leaves"


HEADERS = ["Option", "Rank", "Score", "Change", "Shortlist", "Why (largest parts, points)"]


def _text(diff: Diff, label: Callable[[str], str], width: int | None) -> str:
    out = _wrapped([f"{terminal_text(diff.old_label)} → {terminal_text(diff.new_label)}"], width) + [""]
    out += _wrapped([terminal_text(line) for line in headline(diff, label)], width)
    headers, rows = fit(HEADERS, _rows(diff, terminal_text, label), width,
                        [[(5, 24)], [(0, 20)], [(5, 12), (0, 10)]], pad=0, split=True)
    out += ["", simple_table(rows, headers, ["left"] * 3 + ["right"] + ["left"] * 2), ""]
    out.append(f"What changed ({len(diff.changes)} edit{'s' * (len(diff.changes) != 1)}):")
    for c in diff.changes:
        where = f"{c.where}: " if c.where else ""
        out += _wrapped([f"  {terminal_text(where + c.text)}"], width, "    ")
    out += [""] + _wrapped(["Each change is split exactly into parts that add up to it (see 'Reviewing changes' in "
                            "the documentation)."], width)
    return wrap_lines("\n".join(out), width) + "\n"


def _wrapped(lines: list[str], width: int | None, indent: str = "  ") -> list[str]:
    """Lines of running text wrapped at ``width`` (a long path broken only when it must)."""
    if width is None:
        return lines
    # the line's own indent is kept on its first line; continuations take ``indent``
    return [part for line in lines
            for part in textwrap.wrap(line, width, subsequent_indent=indent, break_on_hyphens=False) or [line]]


def markdown(diff: Diff, ids: bool = False) -> str:
    """For a pull-request comment or a GitHub step summary."""
    label = labels(diff, ids)
    out = [f"### Appraisal changes: {markdown_text(diff.old_label)} → {markdown_text(diff.new_label)}", ""]
    lines = headline(diff, label)
    out += [f"**{markdown_text(lines[0])}**", ""]
    out += [f"- {markdown_text(line)}" for line in lines[1:]]
    out += ["", "| " + " | ".join(HEADERS) + " |", "|" + "---|" * len(HEADERS)]
    out += ["| " + " | ".join(row) + " |" for row in _rows(diff, markdown_text, label)]
    out += ["", f"<details><summary>What changed ({len(diff.changes)} edits)</summary>", ""]
    for c in diff.changes:
        where = f"`{markdown_text(str(c.where))}`: " if c.where else ""
        out.append(f"- {where}{markdown_text(c.text)}")
    out += ["", "</details>", ""]
    return "\n".join(out) + "\n"


def changes_context(diff: Diff) -> dict[str, Any]:
    """The report's "Changes since REV" section as plain data (unescaped; templates escape)."""
    label = labels(diff)
    rows = _rows(diff, lambda text: text, label)
    return {
        "old": diff.old_label,
        "new": diff.new_label,
        "headline": headline(diff),
        "leader_changed": diff.leader_changed,
        "shortlist_changed": diff.shortlist_changed,
        "columns": HEADERS,
        "rows": [dict(zip(("name", "rank", "score", "change", "shortlist", "why"), row, strict=True), id=m.id)
                 for m, row in zip(diff.movements, rows, strict=True)],
        "edits": [{"where": str(c.where) if c.where else "", "kind": c.kind, "text": c.text} for c in diff.changes],
    }


def github_annotations(diff: Diff, *, workspace: str | None = None, files: bool = True) -> str:
    """A notice for the headline, and one on each changed line of NEW when NEW is files on disk
    (``files``; a revision's lines are not in the checkout), its path as GitHub looks for it."""
    from adm_appraise.render.validation import annotation_path, github_command

    lines = [github_command("notice", None, "adm-appraise diff", " ".join(headline(diff)))]
    for c in diff.changes:
        if files and c.where is not None and c.where.line and c.side == "new":
            where = replace(c.where, path=annotation_path(c.where.path, workspace))
            lines.append(github_command("notice", where, f"adm-appraise diff: {c.kind}", c.text))
    return "\n".join(lines) + "\n"
