"""report --format pdf (WeasyPrint) and --format docx (python-docx), read back with pypdf and
python-docx; and the clear message when an extra is missing."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys
from html import unescape
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
        "★\u00a0Shortlisted",  # a no-break space: the badge is not broken across lines
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
# --- Word and PDF as a council publishes them ---------------------------------------------------

A4_MM = [210, 297]


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Path]]:
    """name -> the HTML, the .docx, the PDF report and the .docx printed to PDF by LibreOffice,
    for the bundled appraisal and the wide case (10 criteria, 15 options, long names)."""
    pytest.importorskip("docx")
    pytest.importorskip("weasyprint")
    from adm_appraise.analysis.sensitivity import analyse
    from adm_appraise.render.report import render_document, render_report
    from tests.conftest import make_wide_appraisal
    from tests.spreadsheet import soffice, unavailable

    folder = tmp_path_factory.mktemp("documents")
    out: dict[str, dict[str, Path]] = {}
    for name, source in (("bundled", ROOT), ("wide", make_wide_appraisal(folder / "wide"))):
        result = appraise(load_appraisal(source))
        sensitivity = analyse(result, 500, seed=0).to_dict()
        files = {"folder": source}
        for fmt in ("docx", "pdf"):
            files[fmt] = folder / f"{name}.{fmt}"
            files[fmt].write_bytes(render_document(result, fmt, where=str(files[fmt]), sensitivity=sensitivity))
        files["html"] = folder / f"{name}.html"
        files["html"].write_text(render_report(result, "html", sensitivity=sensitivity), encoding="utf-8")
        out[name] = files
    program = soffice()
    if not program:
        unavailable("LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui")
    printed = folder / "printed"
    command = [program, f"-env:UserInstallation={(folder / 'lo-profile').resolve().as_uri()}", "--headless",
               "--norestore", "--convert-to", "pdf", "--outdir", str(printed),
               *(str(files["docx"]) for files in out.values())]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
    for name, files in out.items():
        files["word pdf"] = printed / f"{name}.pdf"
        assert files["word pdf"].is_file(), done.stdout + done.stderr
    return out


def words_of(html: str) -> set[str]:
    """Every word the HTML report's text holds (tags, the style sheet and the charts dropped)."""
    html = re.sub(r"<(style|svg)\b.*?</\1>", " ", html, flags=re.S)
    html = re.sub(r"</?su[bp]>", "", html)  # w<sub>i</sub> is one word, wi
    text = unescape(re.sub(r"<[^>]+>", " ", html))
    return {w for w in re.findall(r"[^\W\d_]+", text)}


@pytest.mark.parametrize("name", ["bundled", "wide"])
def test_word_prints_on_a4_without_breaking_a_word(documents: dict[str, dict[str, Path]], name: str) -> None:
    from pypdf import PdfReader

    files = documents[name]
    pages = PdfReader(files["word pdf"]).pages
    for number, page in enumerate(pages, 1):
        size = sorted(round(float(x) / (72 / 25.4)) for x in (page.mediabox.width, page.mediabox.height))
        assert size == A4_MM, number
    assert any(p.mediabox.width > p.mediabox.height for p in pages)  # the wide sections turn the page
    pdf_pages = len(PdfReader(files["pdf"]).pages)
    assert len(pages) <= 1.3 * pdf_pages, (len(pages), pdf_pages)
    # every word LibreOffice set is a word of the report: a name or header broken inside a word
    # ("Leis" / "ure") leaves pieces that are not words; a word broken at its hyphen is whole
    known = words_of(files["html"].read_text(encoding="utf-8")) | {"Page", "of"}
    text = subprocess.run(["pdftotext", str(files["word pdf"]), "-"], capture_output=True, text=True,
                          check=True).stdout
    pieces = {w for w in re.findall(r"[^\W\d_]+", text) if w not in known}
    # pdftotext joins a word hyphenated at a line's end: "light-" / "touch" reads "lighttouch"
    joined = {w for w in pieces if any(w[:k] in known and w[k:] in known for k in range(2, len(w) - 1))}
    assert pieces - joined == set()


def test_docx_is_a4_british_english_with_styles_and_alt_text(documents: dict[str, dict[str, Path]]) -> None:
    import docx
    from docx.oxml.ns import qn

    html = documents["bundled"]["html"].read_text(encoding="utf-8")
    document = docx.Document(str(documents["bundled"]["docx"]))
    first = document.sections[0]
    assert (round(first.page_width.mm), round(first.page_height.mm)) == (210, 297)
    assert {(round(s.page_width.mm), round(s.page_height.mm)) for s in document.sections} == {(210, 297), (297, 210)}
    defaults = document.styles.element.find(qn("w:docDefaults"))
    assert defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}").get(qn("w:val")) == "en-GB"
    assert document.core_properties.language == "en-GB"
    # the summary cards: one boxed paragraph each, rank, name, score and badge apart
    cards = [p.text for p in document.paragraphs if p.style.name == "Summary Card"]
    assert cards[0] == "1  Company wholly owned by the council\n75.0 / 100   ★\u00a0Shortlisted"
    assert len(cards) == html.count('<li class="card')
    # Σ wᵢvᵢ keeps its subscripts
    assert any(r.font.subscript and r.text == "i" for p in document.paragraphs for r in p.runs)
    # every chart carries the HTML's description of it as its alt text
    descriptions = [unescape(d) for d in re.findall(r'class="chart [^"]*chart-wide".*?<desc>(.*?)</desc>', html, re.S)]
    alt = [p.get("descr") for p in document.element.body.iter(qn("wp:docPr"))]
    assert len(alt) == len(descriptions) == 4
    for text, description in zip(alt, descriptions, strict=True):
        assert text.endswith(" ".join(description.split()))
    # column widths from the content: the ranking's option column is wider than its rank column
    ranking = next(t for t in document.tables if t.rows[0].cells[0].text == "Rank")
    widths = [c.w for c in ranking._tbl.tblGrid.gridCol_lst]
    assert widths[1] > 2 * widths[0]


def test_reference_doc_gives_its_styles_and_page(runner: CliRunner, tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    from docx.shared import Inches, RGBColor

    council = docx.Document()
    council.sections[0].page_width, council.sections[0].page_height = Inches(8.5), Inches(11)
    heading = council.styles["Heading 1"]
    heading.font.name, heading.font.color.rgb = "Georgia", RGBColor(0x80, 0, 0x40)
    council.add_paragraph("Committee template: replace this text")
    council.save(str(tmp_path / "council.docx"))
    code, err = write(runner, tmp_path / "report.docx", "--reference-doc", str(tmp_path / "council.docx"))
    assert code == 0, err
    document = docx.Document(str(tmp_path / "report.docx"))
    assert (document.sections[0].page_width, document.sections[0].page_height) == (Inches(8.5), Inches(11))
    assert document.styles["Heading 1"].font.name == "Georgia"
    assert document.styles["Heading 1"].font.color.rgb == RGBColor(0x80, 0, 0x40)
    text = [p.text for p in document.paragraphs]
    assert "Committee template: replace this text" not in text and "Summary" in text


def test_reference_doc_that_is_not_a_word_file(runner: CliRunner, tmp_path: Path) -> None:
    pytest.importorskip("docx")
    (tmp_path / "council.docx").write_text("not a zip", encoding="utf-8")
    code, err = write(runner, tmp_path / "report.docx", "--reference-doc", str(tmp_path / "council.docx"))
    assert code == 1
    assert err.startswith(f"{tmp_path / 'council.docx'}: error: cannot use it as the reference document: "
                          "not a Word .docx file")
    assert not (tmp_path / "report.docx").exists()
    result = runner.invoke(main, ["report", str(ROOT), "-o", str(tmp_path / "r.pdf"), "--reference-doc",
                                  str(tmp_path / "council.docx")])
    assert result.exit_code == 2 and "--reference-doc needs --format docx, not pdf" in result.stderr


def test_pdf_is_tagged_pdf_ua(documents: dict[str, dict[str, Path]]) -> None:
    from pypdf import PdfReader

    reader = PdfReader(documents["bundled"]["pdf"])
    root = reader.trailer["/Root"]
    assert root["/MarkInfo"]["/Marked"] is True or root["/MarkInfo"]["/Marked"] == True  # noqa: E712
    assert root["/Lang"] == "en-GB"
    assert reader.metadata.title.startswith(appraise(load_appraisal(ROOT)).appraisal.title)
    assert "pdfuaid:part" in reader.xmp_metadata.stream.get_data().decode("utf-8").replace('="1"', "")  \
        or b"pdfuaid" in reader.xmp_metadata.stream.get_data()
    figures: list[str] = []

    def walk(element: object) -> None:
        element = element.get_object() if hasattr(element, "get_object") else element
        if isinstance(element, list):
            for child in element:
                walk(child)
        elif isinstance(element, dict):
            if element.get("/S") == "/Figure":
                figures.append(str(element.get("/Alt", "")))
            if "/K" in element:
                walk(element["/K"])

    walk(root["/StructTreeRoot"])
    html = documents["bundled"]["html"].read_text(encoding="utf-8")
    titles = [unescape(t) for t in re.findall(r'class="chart [^"]*chart-wide".*?<title>(.*?)</title>', html, re.S)]
    assert figures == titles and len(titles) == 4


def test_column_widths_as_a_browser_lays_out_a_table() -> None:
    from adm_appraise.render.documents import column_widths

    # room for every column's widest line: each gets it, and the spare 40 in proportion to it
    # (10 + 40 x 10/60 = 16.67, 50 + 40 x 50/60 = 83.33)
    assert [round(w, 2) for w in column_widths([(5, 10), (20, 50)], 100)] == [16.67, 83.33]
    # not enough: each its longest word, and the 60 left shared by what each would take more
    # (10 + 60 x 10/100 = 16, 20 + 60 x 90/100 = 74)
    assert column_widths([(10, 20), (20, 110)], 90) == [16, 74]
    # narrower than the longest words: those widths, wider than the page (a landscape page is chosen first)
    assert column_widths([(60, 80), (50, 90)], 100) == [60, 50]


def test_geometric_shapes_set_in_a_font_that_draws_them() -> None:
    from adm_appraise.render.documents import _shapes

    html = ('<p title="◐">Gate ◐ conditional</p><svg><title>◐ key</title><text>◐</text></svg>'
            "<style>.x::before { content: '◐' }</style>")
    assert _shapes(html) == (
        '<p title="◐">Gate <span style="font-family: DejaVu Sans">◐</span> conditional</p>'
        '<svg><title>◐ key</title><text><tspan font-family="DejaVu Sans">◐</tspan></text></svg>'
        "<style>.x::before { content: '◐' }</style>"
    )


def test_pdf_keeps_a_heading_and_its_lead_with_the_chart(tmp_path: Path) -> None:
    """examples/panel-leisure: "Rank acceptability" and its one-line lead fell at a page's foot,
    the chart they introduce on the next page."""
    pytest.importorskip("weasyprint")
    from adm_appraise.render.documents import to_pdf
    from tests.render.test_accessibility import html_report
    from tests.render.test_print import pages

    folder = ROOT / "examples" / "panel-leisure"
    html = html_report(folder)
    (tmp_path / "leisure.pdf").write_bytes(to_pdf(html))
    leads = [flat(re.sub(r"<[^>]+>", " ", lead)) for lead in
             re.findall(r"</h[234]>\s*<p>((?:(?!</p>).)*)</p>\s*<figure", html, re.S)]
    assert leads  # the case is still there
    title = flat(load_appraisal(folder).title)
    for number, page in enumerate(pages(tmp_path / "leisure.pdf"), 1):
        body = re.sub(rf" ?{re.escape(title)} Options appraisal report( ·[^P]*)? Page \d+ of \d+$", "", page["text"])
        assert not any(body.endswith(lead) for lead in leads), number
# A 1x1 transparent PNG, carried by the report itself: allowed.
PIXEL = ("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5"
         "ErkJggg==")


def hostile(tmp_path: Path) -> tuple[Path, Path]:
    """A user template that links a local file (attached to a PDF) and a web address, beside a data: image."""
    secret = tmp_path / "secret.txt"
    secret.write_bytes(b"SECRET-9f4c2 the contents of a private file")
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "report.html.j2").write_text(
        f'<!DOCTYPE html><html><head><title>x</title><link rel="attachment" href="{secret.as_uri()}">'
        '<link rel="stylesheet" href="http://127.0.0.1:9/x.css"></head><body><h1>{{ title }}</h1>'
        f'<img src="{PIXEL}" alt="">'
        f'<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20"><image href="{secret.as_uri()}" '
        f'width="10" height="10"/><image href="{PIXEL}" width="10" height="10"/></svg></body></html>',
        encoding="utf-8")
    return templates, secret


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_a_template_cannot_reach_local_files_or_the_network(runner: CliRunner, tmp_path: Path, fmt: str) -> None:
    pytest.importorskip("weasyprint" if fmt == "pdf" else "cairosvg")
    templates, secret = hostile(tmp_path)
    target = tmp_path / f"report.{fmt}"
    code, err = write(runner, target, "--template-dir", str(templates))
    links = f"'{secret.as_uri()}', 'http://127.0.0.1:9/x.css'" if fmt == "pdf" else f"'{secret.as_uri()}'"
    assert (code, err) == (1, f"{target}: error: the report links {links}: a report may use only what it carries "
                              "itself (data: URIs); embed the resource as a data: URI or remove the link from the "
                              "template [E301]\nadm-appraise: 1 error; nothing was done\n")
    assert not target.exists()


def test_the_pdf_fetcher_serves_data_uris_and_refuses_the_rest() -> None:
    weasyprint = pytest.importorskip("weasyprint")
    from adm_appraise.render.documents import pdf_fetcher

    refused: list[str] = []
    fetcher = pdf_fetcher(weasyprint, refused)
    assert fetcher.fetch(PIXEL).read().startswith(b"\x89PNG")
    for url in ("file:///etc/passwd", "http://127.0.0.1:9/", "https://example.org/", "FILE:///etc/hostname"):
        with pytest.raises(ValueError, match="refused"):
            fetcher.fetch(url)
    assert refused == ["file:///etc/passwd", "http://127.0.0.1:9/", "https://example.org/", "FILE:///etc/hostname"]


def test_docx_takes_text_with_control_characters() -> None:
    docx = pytest.importorskip("docx")
    from adm_appraise.render.documents import to_docx

    # lxml refuses C0 controls (and U+FFFE): python-docx raised ValueError on them
    data = to_docx("<html><body><h1>T\x0citle</h1><p>a\x01b\x1b[31m c\ufffe</p></body></html>")
    document = docx.Document(io.BytesIO(data))
    assert [p.text for p in document.paragraphs] == ["Title", "ab[31m c"]


@pytest.mark.parametrize("fmt", ["html", "docx"])
def test_control_characters_in_file_text_are_shown_escaped(runner: CliRunner, tmp_path: Path, fmt: str) -> None:
    from tests.analysis.test_method import OPTIONS, WORKED
    from tests.conftest import make_appraisal

    sly = OPTIONS["a"].replace("name: A", 'name: "A\\x01\\e[31m\\u202eB"')
    folder = make_appraisal(tmp_path / "sly", WORKED, **{**OPTIONS, "a": sly})
    target = tmp_path / f"report.{fmt}"
    result = runner.invoke(main, ["report", str(folder), "--samples", "50", "-o", str(target)])
    assert result.exit_code == 0, result.stderr
    if fmt == "html":
        text = target.read_text(encoding="utf-8")
        assert "A\\x01\\x1b[31m\\u202eB" in text
        assert not any(c in text for c in "\x01\x1b\u202e")
    else:
        document = pytest.importorskip("docx").Document(str(target))
        assert any("A\\x01\\x1b[31m\\u202eB" in p.text for p in document.paragraphs)
