"""report --format pdf (WeasyPrint) and --format docx (python-docx), read back with pypdf and
python-docx; and the clear message when an extra is missing."""

from __future__ import annotations

import io
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
