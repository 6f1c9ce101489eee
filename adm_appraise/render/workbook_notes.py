"""The workbook's sheets of values: the sensitivity summary and the About sheet (the audit trail)."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import numpy as np

from adm_appraise import __version__
from adm_appraise.analysis.method import Result
from adm_appraise.analysis.sensitivity import Sensitivity
from adm_appraise.render.output import RelativePaths
from adm_appraise.render.sensitivity_view import RANKS_SHOWN
from adm_appraise.render.xlsx import BOLD, NOTE, PERCENT, TITLE, WRAP, Sheet

# The rank acceptability is listed sparsely, a row per rank an option took among the first
# RANKS_SHOWN; at ten thousand options that can still be 100,000 rows, so it stops here.
ACCEPTABILITY_ROWS = 50_000


def sensitivity_sheet(sheet: Sheet, s: Sensitivity) -> None:
    appraisal = s.result.appraisal
    name = {o.id: o.name for o in appraisal.options}
    criterion = {c.id: c.name for c in appraisal.criteria}
    sheet.text("A1", "Sensitivity analysis", TITLE, fit=False)
    sheet.text("A2", "Values computed by adm-appraise at export, for the weights exported: they do not "
                     "recalculate when the workbook changes.", NOTE, fit=False)
    row = 4
    sheet.text(f"A{row}", "Weight switching values", BOLD, fit=False)
    sheet.header(row + 1, ["Criterion", "id", "Weight", "Switches below", "New leader", "Switches above",
                           "New leader"])
    row += 2
    for w in s.switching_values:
        sheet.text(f"A{row}", criterion[w.criterion])
        sheet.text(f"B{row}", w.criterion)
        sheet.number(f"C{row}", w.weight, PERCENT)
        _switches(sheet, row, "D", (w.lower, w.upper), name)
        row += 1
    row += 1
    if s.group_switching:
        row = _group_switching(sheet, s, name, row)
    sheet.text(f"A{row}", "What it would take", BOLD, fit=False)
    challenge = s.closest_challenge
    if challenge is None:
        sheet.text(f"A{row + 1}", "No other eligible option leads at any weights.", fit=False)
        row += 3
    else:
        sheet.text(f"A{row + 1}", "Smallest total weight change (percentage points)", fit=False)
        sheet.number(f"D{row + 1}", challenge.l1_change * 100, "0.0")
        sheet.text(f"A{row + 2}", "Nearest challenger", fit=False)
        sheet.text(f"D{row + 2}", name[challenge.challenger], fit=False)
        sheet.header(row + 3, ["Criterion", "id", "Weight there"])
        row += 4
        for cid, weight in challenge.weights.items():
            sheet.text(f"A{row}", criterion[cid])
            sheet.text(f"B{row}", cid)
            sheet.number(f"C{row}", weight, PERCENT)
            row += 1
        row += 1
    _monte_carlo(sheet, s, name, row)


def _switches(sheet: Any, row: int, col: str, switches: tuple[Any, Any], name: Mapping[str, str]) -> None:
    """A switching value below and one above, each its weight and new leader in two columns from ``col``."""
    for switch in switches:
        if switch is None:
            sheet.text(f"{col}{row}", "none")
        else:
            sheet.number(f"{col}{row}", switch.weight, PERCENT)
            sheet.text(f"{chr(ord(col) + 1)}{row}", name[switch.new_leader])
        col = chr(ord(col) + 2)


def _group_switching(sheet: Sheet, s: Sensitivity, name: dict[str, str], row: int) -> int:
    """The value tree's groups: each one's share within its parent, and the shares at which the
    leader changes (the other items of the parent rescaled); returns the next free row."""
    record = s.result.appraisal.weighting
    assert record is not None
    groups = {g.id: g.name for g in record.groups}
    sheet.text(f"A{row}", "Group switching values (shares within the parent group; the other items there "
                          "rescaled, each group's criteria keeping their proportions)", BOLD, fit=False)
    sheet.header(row + 1, ["Group", "id", "Parent", "Within parent", "Weight", "Switches below", "New leader",
                           "Switches above", "New leader"])
    row += 2
    for g in s.group_switching:
        sheet.text(f"A{row}", groups[g.group])
        sheet.text(f"B{row}", g.group)
        sheet.text(f"C{row}", "(top level)" if g.parent is None else groups[g.parent])
        sheet.number(f"D{row}", g.within, PERCENT)
        sheet.number(f"E{row}", g.weight, PERCENT)
        _switches(sheet, row, "F", (g.lower, g.upper), name)
        row += 1
    return row + 1


def _monte_carlo(sheet: Sheet, s: Sensitivity, name: dict[str, str], row: int) -> None:
    """A row per option (rank at export, shares first and shortlisted), then a row per rank an
    option took among the first RANKS_SHOWN (as the report bounds them), ACCEPTABILITY_ROWS at most.

    Nothing is laid out an option a column: a sheet has 16,384 columns, and options x ranks
    grows with the square of the options.
    """
    mc = s.monte_carlo
    m = len(mc.options)
    sheet.text(f"A{row}", "Monte Carlo rank stability", BOLD, fit=False)
    spread = f"{mc.spread:g}" if mc.spread is not None else ""
    how = {"around": f"Dirichlet around the stated weights, spread {spread}",
           "ordinal": "uniformly from those consistent with the stated order (SMAA)",
           "tree": f"node by node down the value tree (around each node's stated shares, spread {spread}; "
                   "a ranked node's uniformly within its order)",
           "judgements": "node by node down the value tree (a MACBETH node's shares uniformly from those "
                         "consistent with its judgements, a ranked node's uniformly within its order, any other "
                         f"node's around its stated shares, spread {spread})",
           }.get(mc.weights, "uniformly from all weight sets")
    sheet.text(f"A{row + 1}", f"{mc.samples} samples, seed {mc.seed}, weights drawn {how}.", NOTE, fit=False)
    sheet.header(row + 2, ["Option", "id", "Rank at export", "First", "Shortlisted"])
    row += 3
    ranks = min(m, RANKS_SHOWN)
    counts = mc.counts.first(ranks)  # options x the first ranks
    at_export = s.result.table["rank"].to_dict()
    for k, oid in enumerate(mc.options):
        sheet.text(f"A{row}", name[oid])
        sheet.text(f"B{row}", oid)
        sheet.number(f"C{row}", int(at_export[oid]))
        sheet.number(f"D{row}", float(counts[k, 0]) / mc.samples if ranks else 0.0, PERCENT)
        sheet.number(f"E{row}", float(mc.shortlist_counts[k]) / mc.samples, PERCENT)
        row += 1
    row += 1
    bounded = f"among the first {ranks}" if ranks < m else "for every rank it took"
    sheet.text(f"A{row}", f"Rank acceptability: the share of samples in which an option took a rank, {bounded}",
               BOLD, fit=False)
    option, rank = np.nonzero(counts)  # by option (ranking order), then rank
    shown = min(len(option), ACCEPTABILITY_ROWS)
    notes = []
    if ranks < m:
        notes.append(f"Ranks {ranks + 1:,} to {m:,} are left out, as in the report.")
    if shown < len(option):
        left = len(set(option[shown:].tolist()) - {int(option[shown - 1])})
        notes.append(f"The first {shown:,} of {len(option):,} rows (options in ranking order); "
                     f"{left:,} options are left out.")
    if notes:
        sheet.text(f"A{row + 1}", " ".join([*notes, "adm-appraise sensitivity --format json gives them all."]),
                   NOTE, fit=False)
        row += 1
    sheet.header(row + 1, ["Option", "id", "Rank", "Share of samples"])
    row += 2
    shares = (counts[option[:shown], rank[:shown]] / mc.samples).tolist()
    for o, r, share in zip(option[:shown].tolist(), (rank[:shown] + 1).tolist(), shares, strict=True):
        oid = mc.options[o]
        sheet.text(f"A{row}", name[oid])
        sheet.text(f"B{row}", oid)
        sheet.number(f"C{row}", r)
        sheet.number(f"D{row}", share, PERCENT)
        row += 1


def about_sheet(sheet: Sheet, result: Result, command: str | None, when: datetime) -> None:
    appraisal = result.appraisal
    sheet.text("A1", appraisal.title, TITLE, fit=False)
    rows: list[tuple[str, Any]] = [
        ("Organisation", appraisal.organisation), ("Date", appraisal.date),
        ("Description", appraisal.description),
        ("Method", "weighted sum: each score becomes a 0-100 value (higher is better), the overall score is the sum "
                   "of normalised weight x value; options failing a gate are shown but not ranked"),
        ("Scale", f"{appraisal.scale[0]:g} to {appraisal.scale[1]:g}"),
        ("Scenario", result.scenario or "none (the weights of criteria.yaml)"),
        ("Weight overrides", ", ".join(f"{k}={v:g}" for k, v in result.overrides.items()) or "none"),
        ("Shortlist rule", appraisal.shortlist.describe()),
        ("Baseline", appraisal.baseline or "none"),
    ]
    row = 3
    for label, value in rows:
        sheet.text(f"A{row}", label, BOLD, WRAP)
        sheet.text(f"B{row}", value, WRAP)
        row += 1
    if appraisal.gates:
        row += 1
        sheet.header(row, ["Gate", "Name", "Description"])
        for g in appraisal.gates:
            row += 1
            for col, text in (("A", g.id), ("B", g.name), ("C", g.description)):
                sheet.text(f"{col}{row}", text, WRAP)
        row += 1
    row += 1
    sheet.text(f"A{row}", "Audit trail", BOLD)
    trail = [("Tool", "adm-appraise"), ("Version", __version__),
             ("Generated (UTC)", when.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")),
             ("Command", command or ""), ("Bundled example", "yes" if appraisal.bundled else "no")]
    for label, value in trail:
        row += 1
        sheet.text(f"A{row}", label)
        sheet.text(f"B{row}", value)
    row += 2
    sheet.header(row, ["Input file", "SHA-256", "Bytes"])
    relative = RelativePaths(appraisal.criteria_path.parent)
    for path in appraisal.files:
        row += 1
        data = Path(path).read_bytes()
        sheet.text(f"A{row}", relative(path))
        sheet.text(f"B{row}", hashlib.sha256(data).hexdigest())
        sheet.number(f"C{row}", len(data))

