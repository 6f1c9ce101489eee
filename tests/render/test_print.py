"""The printed report: the HTML printed to A4 PDF by headless Chromium (Playwright page.pdf),
read back page by page with pypdf.

Checks what a cabinet paper needs: every page carries the title and "Page N of M"; nothing is
clipped or shrunk to fit (all body text drawn at the page's own scale, inside the page); every
option name, and every number of each ranking-table row, appears whole on one page; no page
ends on a heading. The first page of the bundled report is kept as a PNG (pdftoppm, from
poppler-utils) in test-artifacts/ for the README.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from adm_appraise import load_appraisal
from adm_appraise.analysis.method import appraise
from adm_appraise.render.report import build_context
from tests.conftest import ROOT, make_wide_appraisal
from tests.render.test_accessibility import html_report
from tests.render.test_browser import ARTIFACTS, browser, unavailable  # noqa: F401  (fixture)

MM = 72 / 25.4  # PDF points per millimetre


@pytest.fixture(scope="module")
def printed(browser, tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, Path]]:  # noqa: F811
    """name -> (appraisal folder, PDF) for the bundled and the wide case, printed by Chromium
    ('bundled', 'wide') and laid out by WeasyPrint as report --format pdf does ('... weasyprint')."""
    from adm_appraise.render.documents import to_pdf

    folder = tmp_path_factory.mktemp("print")
    out = {}
    for name, source in (("bundled", ROOT), ("wide", make_wide_appraisal(folder / "wide"))):
        html = folder / f"{name}.html"
        text = html_report(source)
        html.write_text(text, encoding="utf-8")
        page = browser.new_page()
        page.goto(html.as_uri())
        pdf = folder / f"{name}.pdf"
        page.pdf(path=str(pdf), prefer_css_page_size=True)
        page.close()
        out[name] = (source, pdf)
        weasy = folder / f"{name}-weasyprint.pdf"
        weasy.write_bytes(to_pdf(text))
        out[f"{name} weasyprint"] = (source, weasy)
    return out


def flat(text: str) -> str:
    """Text as a reader sees it: ligatures undone (NFKC), every run of space one space."""
    text = " ".join(unicodedata.normalize("NFKC", text).split())
    text = re.sub(r"(\w)\u2010 (\w)", r"\1\2", text)  # a word hyphenated at a line's end
    return re.sub(r"(\w)- (\w)", r"\1-\2", text)  # a hyphenated word broken at its hyphen


def squash(text: str) -> str:
    """Text without any space (pypdf drops some spaces around dashes)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def pages(pdf: Path) -> list[dict[str, Any]]:
    from pypdf import PdfReader

    out = []
    for page in PdfReader(pdf).pages:
        chunks: list[tuple[float, float, float, str]] = []

        def visit(
            text: str, cm: list[float], tm: list[float], font: Any, size: Any, chunks: list[Any] = chunks
        ) -> None:
            if text.strip():
                x, y = cm[4] + tm[4] * cm[0], cm[5] + tm[5] * cm[3]
                chunks.append((round(cm[0], 3), x, y, text.strip()))

        text = page.extract_text(visitor_text=visit)
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        out.append({"text": flat(text), "chunks": chunks, "width": width, "height": height})
    return out


@pytest.mark.parametrize("name", ["bundled", "wide", "bundled weasyprint", "wide weasyprint"])
def test_printed_report_on_a4(printed: dict[str, tuple[Path, Path]], name: str) -> None:
    folder, pdf = printed[name]
    context = build_context(appraise(load_appraisal(folder)))
    read = pages(pdf)
    total = len(read)
    for number, page in enumerate(read, 1):
        # A4, portrait or landscape
        assert sorted((round(page["width"] / MM), round(page["height"] / MM))) == [210, 297]
        # running header and footer
        assert squash(context["title"]) in squash(page["text"]), number
        assert f"Page {number} of {total}" in page["text"]
        if "weasyprint" in name:
            continue
        # nothing shrunk to fit (Chromium scales an overflowing page down) or drawn off the page
        page_scale = min(scale for scale, *_ in page["chunks"])
        assert page_scale == 0.75  # CSS px to PDF pt: the page's own scale
        for scale, x, y, text in page["chunks"]:
            if scale == page_scale:  # HTML text (SVG text carries its own transforms)
                assert 0 <= x < page["width"] and 0 <= y <= page["height"], (number, text)

    text = [p["text"] for p in read]
    for option in context["options"]:  # every option name whole on a page
        assert any(flat(option["name"]) in t for t in text), option["name"]
    for option in context["ranked"]:  # each ranking row's numbers together, on the row's page
        numbers = [f"{option['shown']:.1f}"]
        if context["baseline"]:
            numbers.append(signed(option["vs_baseline"]))
        numbers += [f"{option['points'][c['id']]:.1f}" for c in context["criteria"]]
        row = " ".join(numbers)
        # ... on a page that also carries the table's header row (repeated after a page break)
        assert any(row in t and flat(option["name"]) in t and "Rank Option Score" in t for t in text), (
            option["name"], row)
    # the table's last columns are printed, not cut off
    assert any("Shortlist" in t and "Rank" in t for t in text)
    if context["benchmarks"]:
        assert any("Failed gates" in t for t in text)


def signed(x: float) -> str:
    text = f"{abs(x):.1f}"
    return f"±{text}" if float(text) == 0 else ("+" if x > 0 else "−") + text


@pytest.mark.parametrize("name", ["bundled", "wide", "bundled weasyprint", "wide weasyprint"])
def test_no_page_ends_on_a_heading_or_a_table_header(printed: dict[str, tuple[Path, Path]], name: str) -> None:
    folder, pdf = printed[name]
    html = html_report(folder)

    def texts(pattern: str) -> set[str]:
        return {flat(re.sub(r"<[^>]+>", " ", h)) for h in re.findall(pattern, html, re.S)}

    endings = texts(r"<h[234][^>]*>(.*?)</h[234]>") | texts(r"<caption>(.*?)</caption>")
    endings |= texts(r"<thead>(.*?)</thead>")
    # an option's or criterion's name heads its own part but also ends table cells and chart
    # keys: not a heading there
    appraisal = load_appraisal(folder)
    endings -= {flat(x.name) for x in (*appraisal.options, *appraisal.criteria)}
    title, footer = flat(load_appraisal(folder).title), "Options appraisal report"
    for number, page in enumerate(pages(pdf), 1):
        # WeasyPrint writes the running header and footer after the page's body: drop them
        body = re.sub(rf" ?{re.escape(title)} {footer}( ·[^P]*)? Page \d+ of \d+$", "", page["text"])
        ends = [e for e in endings if e and body.endswith(e)]
        assert ends == [], (number, ends)


def test_png_of_a_printed_page_for_the_readme(printed: dict[str, tuple[Path, Path]]) -> None:
    pdftoppm = shutil.which("pdftoppm")
    if not pdftoppm:
        unavailable("pdftoppm (poppler-utils) is not installed")
    _, pdf = printed["bundled"]
    ARTIFACTS.mkdir(exist_ok=True)
    target = ARTIFACTS / "report-print-page"
    subprocess.run([pdftoppm, "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(target)],
                   check=True, timeout=120)
    png = target.with_suffix(".png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000
