"""Renderers for ``diff``: text, markdown (a pull-request comment), json, github annotations.

Each returns a string. The headline comes first (leader, shortlist, the old leader's lead,
switching values crossed), then the ranking before and after with each score change split
into its parts, then every edit with its place.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from tabulate import tabulate

from adm_appraise.analysis.diff import Diff, Movement
from adm_appraise.render.text import markdown_text, terminal_text

PARTS_SHOWN = 3  # the largest parts named per option; the JSON output has all of them


def render_diff(diff: Diff, fmt: str, *, workspace: str | None = None, files: bool = True) -> str:
    """``workspace`` and ``files`` are for github: see ``github_annotations``."""
    if fmt == "json":
        return json.dumps(diff.to_dict(), indent=2, ensure_ascii=False) + "\n"
    if fmt == "github":
        return github_annotations(diff, workspace=workspace, files=files)
    if fmt == "markdown":
        return markdown(diff)
    return _text(diff)


def headline(diff: Diff) -> list[str]:
    """The consequences in sentences, most important first (plain text, not escaped)."""
    old, new = diff.old, diff.new
    lines = []
    if diff.leader_changed:
        lines.append(f"The leader changed: {old.leader or 'none'} → {new.leader or 'none'}.")
    else:
        lines.append(f"The leader is unchanged: {new.leader or 'none'}.")
    if diff.shortlist_changed:
        lines.append(f"The shortlist changed: {', '.join(old.shortlist) or 'none'} → "
                     f"{', '.join(new.shortlist) or 'none'}.")
    else:
        lines.append(f"The shortlist is unchanged: {', '.join(new.shortlist) or 'none'}.")
    before, after = diff.lead()
    if before is not None and after is not None:
        verdict = "it still leads" if new.leader == old.leader else "it no longer leads"
        lines.append(f"{old.leader}'s lead: {before:.1f} → {after:.1f} points ({verdict}).")
    elif old.leader is not None and after is None:
        lines.append(f"{old.leader}, the old leader, is no longer eligible or no longer an option.")
    for c in diff.crossings:
        how = "" if c.alone else " (other weights changed too, so this is indicative)"
        at = abs(c.new_weight - c.threshold) <= 1e-9
        lines.append(
            f"The weight of {c.criterion} moved {100 * c.old_weight:.1f}% → {100 * c.new_weight:.1f}%, "
            + (f"reaching its switching value (where {c.new_leader} ties with {old.leader})" if at else
               f"past its switching value {100 * c.threshold:.1f}% (where {c.new_leader} overtakes {old.leader})")
            + f"{how}."
        )
    if not diff.changes:
        lines.append("No edits: the two appraisals are the same.")
    return lines


def part_label(key: str) -> str:
    kind, _, criterion = key.partition(":")
    return {"weight": f"weight of {criterion}", "score": f"own {criterion} score",
            "scale": f"value scale of {criterion}", "judgement": criterion}[kind]


def _why(m: Movement, escape: Callable[[str], str]) -> str:
    if m.status != "kept":
        return m.status
    shown = sorted(m.parts.items(), key=lambda kv: (-abs(kv[1]), kv[0]))[:PARTS_SHOWN]
    text = ", ".join(f"{v:+.1f} {escape(part_label(k))}" for k, v in shown if round(v, 1) != 0)
    rest = len(m.parts) - len(shown)
    return text + (f" (+{rest} more)" if rest > 0 and text else "")


def _rank(rank: int | None, eligible: bool | None) -> str:
    if eligible is None:
        return ""
    return "-" if rank is None else str(rank)


def _score(score: float | None) -> str:
    return "" if score is None else f"{score:.1f}"


def _rows(diff: Diff, escape: Callable[[str], str]) -> list[list[str]]:
    rows = []
    for m in diff.movements:
        change = m.change
        rows.append([
            escape(m.id),
            f"{_rank(m.old_rank, m.old_eligible)} → {_rank(m.new_rank, m.new_eligible)}",
            f"{_score(m.old_score)} → {_score(m.new_score)}",
            "" if change is None else "0.0" if round(change, 1) == 0 else f"{change:+.1f}",
            _shortlist(m),
            _why(m, escape),
        ])
    return rows


def _shortlist(m: Movement) -> str:
    if m.old_shortlisted == m.new_shortlisted:
        return "yes" if m.new_shortlisted else ""
    return "joins" if m.new_shortlisted else "leaves"


HEADERS = ["Option", "Rank", "Score", "Change", "Shortlist", "Why (largest parts, points)"]


def _text(diff: Diff) -> str:
    out = [f"{terminal_text(diff.old_label)} → {terminal_text(diff.new_label)}", ""]
    out += [terminal_text(line) for line in headline(diff)]
    out += ["", tabulate(_rows(diff, terminal_text), headers=HEADERS, disable_numparse=True), ""]
    out.append(f"What changed ({len(diff.changes)} edit{'s' * (len(diff.changes) != 1)}):")
    for c in diff.changes:
        where = f"{c.where}: " if c.where else ""
        out.append(f"  {terminal_text(where + c.text)}")
    out += ["", "Each change is split exactly into parts that add up to it (see the README: diff)."]
    return "\n".join(out) + "\n"


def markdown(diff: Diff) -> str:
    """For a pull-request comment or a GitHub step summary."""
    out = [f"### Appraisal changes: {markdown_text(diff.old_label)} → {markdown_text(diff.new_label)}", ""]
    lines = headline(diff)
    out += [f"**{markdown_text(lines[0])}**", ""]
    out += [f"- {markdown_text(line)}" for line in lines[1:]]
    out += ["", "| " + " | ".join(HEADERS) + " |", "|" + "---|" * len(HEADERS)]
    out += ["| " + " | ".join(row) + " |" for row in _rows(diff, markdown_text)]
    out += ["", f"<details><summary>What changed ({len(diff.changes)} edits)</summary>", ""]
    for c in diff.changes:
        where = f"`{markdown_text(str(c.where))}`: " if c.where else ""
        out.append(f"- {where}{markdown_text(c.text)}")
    out += ["", "</details>", ""]
    return "\n".join(out) + "\n"


def changes_context(diff: Diff) -> dict[str, Any]:
    """The report's "Changes since REV" section as plain data (unescaped; templates escape)."""
    rows = _rows(diff, lambda text: text)
    return {
        "old": diff.old_label,
        "new": diff.new_label,
        "headline": headline(diff),
        "leader_changed": diff.leader_changed,
        "shortlist_changed": diff.shortlist_changed,
        "columns": HEADERS,
        "rows": [dict(zip(("id", "rank", "score", "change", "shortlist", "why"), row, strict=True)) for row in rows],
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
