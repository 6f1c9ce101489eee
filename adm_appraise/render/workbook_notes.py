"""The workbook's sheets of values: the sensitivity summary and the About sheet (the audit trail)."""

from __future__ import annotations

import hashlib
import os
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from adm_appraise import __version__
from adm_appraise.analysis.method import Result
from adm_appraise.analysis.sensitivity import Sensitivity
from adm_appraise.render.xlsx import BOLD, NOTE, TITLE, WRAP, header, put, put_text, widths


def sensitivity_sheet(sheet: Worksheet, s: Sensitivity) -> None:
    put_text(sheet, "A1", "Sensitivity analysis", TITLE)
    put_text(sheet, "A2", "Values computed by adm-appraise at export, for the weights exported: they do not "
                          "recalculate when the workbook changes.", NOTE)
    row = 4
    put_text(sheet, f"A{row}", "Weight switching values", BOLD)
    header(sheet, row + 1, ["Criterion", "Weight", "Switches below", "New leader", "Switches above", "New leader"])
    row += 2
    for w in s.switching_values:
        put_text(sheet, f"A{row}", w.criterion)
        put(sheet, f"B{row}", w.weight, "0.0%")
        for col, switch in (("C", w.lower), ("E", w.upper)):
            if switch is None:
                put_text(sheet, f"{col}{row}", "none")
            else:
                put(sheet, f"{col}{row}", switch.weight, "0.0%")
                put_text(sheet, f"{chr(ord(col) + 1)}{row}", switch.new_leader)
        row += 1
    row += 1
    put_text(sheet, f"A{row}", "What it would take", BOLD)
    challenge = s.closest_challenge
    if challenge is None:
        put_text(sheet, f"A{row + 1}", "No other eligible option leads at any weights.")
        row += 3
    else:
        put_text(sheet, f"A{row + 1}", "Smallest total weight change (percentage points)")
        put(sheet, f"B{row + 1}", challenge.l1_change * 100, "0.0")
        put_text(sheet, f"A{row + 2}", "Nearest challenger")
        put_text(sheet, f"B{row + 2}", challenge.challenger)
        row += 3
        for cid, weight in challenge.weights.items():
            put_text(sheet, f"A{row}", f"weight of {cid} there")
            put(sheet, f"B{row}", weight, "0.0%")
            row += 1
        row += 1
    mc = s.monte_carlo
    put_text(sheet, f"A{row}", "Monte Carlo rank stability", BOLD)
    how = f"Dirichlet around the stated weights, spread {mc.spread:g}" if mc.weights == "around" else "uniform"
    put_text(sheet, f"A{row + 1}", f"{mc.samples} samples, seed {mc.seed}, weights drawn {how}.", NOTE)
    header(sheet, row + 2, ["Option", *(f"P(rank {k + 1})" for k in range(len(mc.options))), "Shortlisted"])
    row += 3
    for option, acceptability, short in zip(mc.options, mc.rank_acceptability, mc.shortlist_probability, strict=True):
        put_text(sheet, f"A{row}", option)
        for k, p in enumerate([*acceptability, short]):
            put(sheet, f"{get_column_letter(2 + k)}{row}", float(p), "0.0%")
        row += 1
    widths(sheet, {"A": 46, "B": 14, "C": 14, "D": 26, "E": 14, "F": 26,
                   **{get_column_letter(7 + k): 11 for k in range(len(mc.options))}})


def tall(sheet: Worksheet, row: int, text: str | None, per_line: int) -> None:
    """Room for a wrapped text of about ``per_line`` characters a line (spreadsheets do not size rows)."""
    lines = -(-len(text or "") // per_line)
    if lines > 1:
        sheet.row_dimensions[row].height = 15 * lines


def about_sheet(sheet: Worksheet, result: Result, command: str | None, when: datetime) -> None:
    appraisal = result.appraisal
    put_text(sheet, "A1", appraisal.title, TITLE)
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
        put_text(sheet, f"A{row}", label, BOLD).alignment = WRAP
        put_text(sheet, f"B{row}", value).alignment = WRAP
        tall(sheet, row, value, 80)
        row += 1
    if appraisal.gates:
        row += 1
        header(sheet, row, ["Gate", "Name", "Description"])
        for g in appraisal.gates:
            row += 1
            for column, text in (("A", g.id), ("B", g.name), ("C", g.description)):
                put_text(sheet, f"{column}{row}", text).alignment = WRAP
            tall(sheet, row, g.description, 65)
        row += 1
    row += 1
    put_text(sheet, f"A{row}", "Audit trail", BOLD)
    trail = [("Tool", "adm-appraise"), ("Version", __version__),
             ("Generated (UTC)", when.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")),
             ("Command", command or ""), ("Bundled example", "yes" if appraisal.bundled else "no")]
    for label, value in trail:
        row += 1
        put_text(sheet, f"A{row}", label)
        put_text(sheet, f"B{row}", value)
    row += 2
    header(sheet, row, ["Input file", "SHA-256", "Bytes"])
    base = appraisal.criteria_path.parent
    for path in appraisal.files:
        row += 1
        data = Path(path).read_bytes()
        put_text(sheet, f"A{row}", _relative(path, base))
        put_text(sheet, f"B{row}", hashlib.sha256(data).hexdigest())
        put(sheet, f"C{row}", len(data))
    widths(sheet, {"A": 34, "B": 70, "C": 60})


def _relative(path: Path, base: Path) -> str:
    try:
        return Path(path).resolve().relative_to(base.resolve()).as_posix()
    except ValueError:
        return Path(os.path.relpath(Path(path).resolve(), base.resolve())).as_posix()
