"""Write examples/import/scores.xlsx and scores.csv: the bundled appraisal as a council's scoring matrix.

    python examples/import/make_examples.py

The workbook is laid out as such matrices usually are (a merged title, a weights row, a
gate column with its rationales, a Total column of SUM formulas, rationales as cell
comments), so ``adm-appraise import examples/import/scores.xlsx DIR`` shows what the
import does with each. The CSV holds the same table without the comments and totals. Both
files are reproducible byte for byte (fixed timestamps); tests/test_examples.py checks that
the committed files are what this script writes.
"""

from __future__ import annotations

import csv
import io
import re
import sys
import zipfile
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
FIXED = datetime(2017, 12, 1, tzinfo=timezone.utc)
EVIDENCE = "\n\nEvidence:\n"


def table() -> tuple[list[str], list[list[object]], list[dict[str, str]]]:
    """The heading row, the weights row and option rows, and each option's score rationales."""
    sys.path.insert(0, str(ROOT))
    from adm_appraise import load_appraisal

    appraisal = load_appraisal(ROOT)
    gate = appraisal.gates[0]
    heading = ["Option", *(c.name for c in appraisal.criteria), gate.name, f"{gate.name} rationale"]
    rows: list[list[object]] = [["Weight", *(int(c.weight) for c in appraisal.criteria), None, None]]
    notes = []
    for option in appraisal.options:
        scores = [option.scores[c.id] for c in appraisal.criteria]
        result = option.gates[gate.id]
        rows.append([option.name, *(int(s.point or 0) for s in scores), result.result, result.rationale])
        notes.append({c.id: (s.rationale or "") + (EVIDENCE + "\n".join(f"- {e}" for e in s.evidence)
                                                    if s.evidence else "")
                      for c, s in zip(appraisal.criteria, scores, strict=True)})
    return heading, rows, notes


def workbook() -> bytes:
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    heading, rows, notes = table()
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Scoring matrix"
    sheet["A1"] = "Children's social care: alternative delivery models, scoring matrix"
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A2"] = "Worcestershire County Council, December 2017. Scores from 0 (worst) to 5 (best)."
    sheet.merge_cells("A1:H1")
    sheet.merge_cells("A2:H2")
    sheet["A3"], sheet["B3"] = "Baseline", "Business as usual (the baseline)"
    sheet.append([])
    sheet.append([*heading, "Total"])
    for cell in sheet[5]:
        cell.font = Font(bold=True)
    first = 6
    for k, row in enumerate(rows):
        r = first + k
        total = f"=SUM(B{r}:E{r})" if k else None
        sheet.append([*row, total])
        if k:
            for j, note in enumerate(notes[k - 1].values()):
                if note:
                    sheet.cell(r, 2 + j).comment = Comment(note, "Appraisal team", width=320, height=160)
    sheet.freeze_panes = "B6"
    for j, width in enumerate([42, 14, 14, 14, 14, 16, 60, 8], 1):
        sheet.column_dimensions[get_column_letter(j)].width = width
    book.properties.creator = "adm-appraise examples"
    book.properties.created = book.properties.modified = FIXED.replace(tzinfo=None)
    buffer = io.BytesIO()
    book.save(buffer)
    return fixed_times(buffer.getvalue(), FIXED)


def fixed_times(data: bytes, when: datetime) -> bytes:
    """The .xlsx with its zip entries and 'created'/'modified' properties dated ``when``: openpyxl
    dates the entries by the clock, so the file depends on its content alone only after this."""
    utc = when.astimezone(timezone.utc)
    stamp = max(utc.timetuple()[:6], (1980, 1, 1, 0, 0, 0))
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                iso = utc.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
                content = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>" + iso, content)
            entry = zipfile.ZipInfo(info.filename, date_time=stamp)
            entry.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(entry, content)
    return out.getvalue()


def csv_text() -> str:
    heading, rows, _ = table()
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["Children's social care: alternative delivery models, scoring matrix"])
    writer.writerow([])
    writer.writerow(heading)
    for row in rows:
        writer.writerow(["" if v is None else v for v in row])
    return out.getvalue()


def main() -> None:
    (HERE / "scores.xlsx").write_bytes(workbook())
    (HERE / "scores.csv").write_text(csv_text(), encoding="utf-8", newline="")


if __name__ == "__main__":
    main()
