"""report --format pdf (WeasyPrint) and --format docx (python-docx), read back with pypdf and
python-docx; and the clear message when an extra is missing."""

from __future__ import annotations

import io
import shutil
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from adm_appraise import load_appraisal
from adm_appraise.analysis.method import appraise
from adm_appraise.cli import main
from adm_appraise.render.report import build_context
from tests.conftest import ROOT
from tests.render.test_print import flat
from tests.render.test_report import SENSITIVITY


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1513728000")
    return CliRunner()


def write(runner: CliRunner, target: Path, *extra: str) -> tuple[int, str]:
    result = runner.invoke(main, ["report", str(ROOT), "--samples", "500", "-o", str(target), *extra])
    return result.exit_code, result.stderr


@pytest.fixture(scope="module")
def context() -> dict:  # type: ignore[type-arg]
    return build_context(appraise(load_appraisal(ROOT)), SENSITIVITY)


def test_pdf_through_weasyprint(runner: CliRunner, tmp_path: Path, context: dict) -> None:  # type: ignore[type-arg]
    pytest.importorskip("weasyprint")
    from pypdf import PdfReader

    code, err = write(runner, tmp_path / "report.pdf")
    assert (code, err) == (0, f"adm-appraise: wrote {tmp_path / 'report.pdf'} (pdf)\n")
    data = (tmp_path / "report.pdf").read_bytes()
    assert data.startswith(b"%PDF-")
    pages = PdfReader(io.BytesIO(data)).pages
    texts = [flat(p.extract_text()) for p in pages]
    assert len(texts) > 5
    for number, text in enumerate(texts, 1):
        assert f"Page {number} of {len(texts)}" in text  # the running footer
    everything = " ".join(texts)
    for option in context["options"]:
        assert flat(option["name"]) in everything
    # the ranking row of the leader, whole: 75.0, +25.0 against the baseline, 10 + 25 + 15 + 25
    assert "75.0 +25.0 10.0 25.0 15.0 25.0" in everything
    # the scores section is printed on landscape pages
    assert any(p.mediabox.width > p.mediabox.height for p in pages)


def test_docx_has_real_headings_tables_and_images(runner: CliRunner, tmp_path: Path, context: dict) -> None:  # type: ignore[type-arg]
    docx = pytest.importorskip("docx")
    code, err = write(runner, tmp_path / "report.docx")
    assert (code, err) == (0, f"adm-appraise: wrote {tmp_path / 'report.docx'} (docx)\n")
    document = docx.Document(str(tmp_path / "report.docx"))
    headings = [(p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith(("Heading", "Title"))]
    assert headings[0] == ("Title", context["title"])
    assert [t for s, t in headings if s == "Heading 1"] == [
        "Summary", "From long list to shortlist", "1. Method", "2. Gate results", "3. Scores", "4. The options in detail",
        "5. Sensitivity", "Appendix A. Audit trail",
    ]
    assert ("Heading 2", "Ranking") in headings
    assert {("Heading 2", o["name"]) for o in context["options"]} <= set(headings)
    # the ranking table: its header row repeats on each page, its cells hold the numbers
    ranking = next(t for t in document.tables if t.rows[0].cells[0].text == "Rank")
    assert [c.text for c in ranking.rows[0].cells] == [
        "Rank", "Option", "Score", "vs baseline", "Tax and VAT implications (25.0%)",
        "Procurement implications (25.0%)", "Managing risk (25.0%)",
        "Deliverability within the DfE timescale (25.0%)", "Shortlist",
    ]
    assert [c.text for c in ranking.rows[1].cells] == [
        "1", "Company wholly owned by the council", "75.0", "+25.0", "10.0", "25.0", "15.0", "25.0",
        "★ Shortlisted",
    ]
    assert len(ranking.rows) == 1 + len(context["ranked"])
    assert ranking.rows[0]._tr.xpath("./w:trPr/w:tblHeader")
    # the summary: the recommendation, then the reasons as a Word list
    bullets = [p.text for p in document.paragraphs if p.style.name == "List Bullet"]
    assert bullets[0].startswith("Margin. Company wholly owned by the council scores 75.0 out of 100")
    # the four charts, as PNG images
    images = [r for r in document.part.rels.values() if "image" in r.reltype]
    assert len(document.inline_shapes) == 4 and len(images) == 4
    assert all(r.target_part.blob.startswith(b"\x89PNG") for r in images)


@pytest.mark.parametrize(
    "fmt, module, message",
    [
        ("pdf", "weasyprint", "--format pdf needs WeasyPrint, which is not installed: pip install 'adm-appraise[pdf]'"),
        ("docx", "docx", "--format docx needs python-docx, which is not installed: pip install 'adm-appraise[office]'"),
    ],
)
def test_a_missing_extra_says_what_to_install(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str, module: str, message: str
) -> None:
    monkeypatch.setitem(sys.modules, module, None)  # import fails as if not installed
    target = tmp_path / f"report.{fmt}"
    code, err = write(runner, target)
    assert code == 1
    assert err == f"{target}: error: {message} [E307]\nadm-appraise: 1 error; nothing was done\n"
    assert not target.exists() and list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_a_document_format_needs_an_output_file(runner: CliRunner, fmt: str) -> None:
    result = runner.invoke(main, ["report", str(ROOT), "--format", fmt])
    assert result.exit_code == 2
    assert f"Invalid value for '--format': --format {fmt} writes a file: give -o FILE" in result.stderr


def test_a_pdf_refuses_a_table_cell_too_long_to_lay_out(runner: CliRunner, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    # WeasyPrint lays out a table cell at about 10,000 characters a second: a 1 MB evidence list
    # in one option file kept report --format pdf busy for ten minutes. The longest cell is
    # measured before layout (here with the cap lowered to 300 characters) and refused.
    from adm_appraise.render import documents

    monkeypatch.setattr(documents, "PDF_CELL_CHARACTERS", 300)
    folder = tmp_path / "appraisal"
    shutil.copytree(ROOT / "options", folder / "options")
    for name in ("criteria.yaml", "longlist.yaml"):
        shutil.copy(ROOT / name, folder / name)
    mutual = folder / "options" / "staff_mutual.yaml"
    mutual.write_text(mutual.read_text(encoding="utf-8").replace(
        '    rationale: "', '    rationale: "' + "Long evidence. " * 30, 1), encoding="utf-8")
    result = runner.invoke(main, ["report", str(folder), "--samples", "500", "-o", str(tmp_path / "r.pdf")])
    assert result.exit_code == 1
    # the first rationale in the mutual's file is its gate's, in the gates table's row for it:
    # '✓ Pass' (6) + the 450 added characters + the rationale's own 111 = 567
    assert result.stderr.startswith(f"{tmp_path / 'r.pdf'}: error: a table cell of the report holds 567 characters "
                                    "(the row 'Staff-owned mutual'), over the 300 a PDF lays out in reasonable time")
    assert result.stderr.endswith("or write --format html [E309]\nadm-appraise: 1 error; nothing was done\n")
    assert not (tmp_path / "r.pdf").exists()


def test_the_longest_cell_is_measured_with_its_row_heading() -> None:
    from adm_appraise.render.documents import _Cells

    cells = _Cells()
    # each cell on its own: 'Risk' 4; its data cell 'abc' (3) + 'de' and 'fgh' in its list (5) = 8
    cells.feed("<table><tr><th>Cost</th><td>xy</td></tr><tr><th>Risk</th><td>abc<ul><li>de</li><li>fgh</li></ul>"
               "</td></tr></table><p>a long paragraph outside any table is not a cell</p>")
    assert cells.longest == (8, "Risk")


def test_a_pdf_refuses_more_text_than_it_lays_out_in_reasonable_time(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    # A paragraph is laid out at about 50,000 characters a second: a 1 MiB description took
    # 20 s to minutes. The text is counted outside <style> and <script>; cap lowered to 20.
    from adm_appraise.problems import AppraisalError
    from adm_appraise.render import documents

    monkeypatch.setattr(documents, "PDF_TEXT_CHARACTERS", 20)
    html = "<style>p { color: red }</style><p>{}</p><table><tr><th>Row</th><td>{}</td></tr></table>"
    documents.check_cells(html.replace("{}", "x" * 8, 1).replace("{}", "y" * 9), "r.pdf")  # 8 + 3 + 9 = 20
    with pytest.raises(AppraisalError) as err:
        documents.to_pdf(html.replace("{}", "x" * 9, 1).replace("{}", "y" * 9), "r.pdf")  # 21
    assert [str(p) for p in err.value.problems] == [
        "r.pdf: error: the report holds 21 characters of text, over the 20 a PDF lays out in reasonable time: "
        "write --format html, or shorten the longest texts [E309]"]
