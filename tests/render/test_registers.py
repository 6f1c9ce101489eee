"""The report's "Management case: benefits" and "Equality impact" sections, in Markdown and HTML."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from adm_appraise.cli import main
from tests.conftest import write
from tests.files.test_benefits import BENEFITS
from tests.files.test_equality import EQUALITY
from tests.files.test_longlist import example


def report(folder: Path, fmt: str) -> str:
    result = CliRunner().invoke(main, ["report", str(folder), "--format", fmt, "--samples", "50"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    example(tmp_path)
    write(tmp_path, "benefits.yaml", BENEFITS.replace("A better inspection rating", "A better <b>rating</b>"))
    write(tmp_path, "equality.yaml", EQUALITY)
    return tmp_path


def test_markdown_sections(folder: Path) -> None:
    text = report(folder, "markdown")
    # pref is marked preferred: 'rating' names it, 'saving' applies to every option, so both are its
    assert ("How each benefit of the preferred option, Own company (marked the preferred way forward), will be "
            "measured: 2 of the register's 2 benefits apply to it.") in text
    assert ("| A lower cost of the service | Net cost in the outturn, £ a year | 12,500,000 | 11,500,000 | "
            "March 2029 | Head of Finance | yes (£1m) |") in text
    assert "| A better &lt;b&gt;rating&lt;/b&gt; |" in text  # Markdown escapes HTML in the text
    assert "## Equality impact" in text
    assert "| Own company \\* | − negative | \\= neutral |" in text  # the report's Markdown escapes '=' too
    assert ("| Own company | Age | negative | Fewer youth clubs | Keep two clubs in the contract |") in text
    assert "| Q1 (lowest income) | 40 |" in text


def test_without_the_files_there_are_no_sections(tmp_path: Path) -> None:
    text = report(example(tmp_path), "markdown")
    assert "Management case" not in text and "Equality impact" not in text


class Cells(HTMLParser):
    """The text of each cell of the table with class 'equality', row by row."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[list[str]] = []
        self.table = False
        self.cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table" and ("class", "equality") in attrs:
            self.table = True
        elif self.table and tag == "tr":
            self.rows.append([])
        elif self.table and tag in ("td", "th"):
            self.cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "table":
            self.table = False
        elif self.table and tag in ("td", "th") and self.cell is not None:
            self.rows[-1].append(" ".join("".join(self.cell).split()))
            self.cell = None

    def handle_data(self, data: str) -> None:
        if self.cell is not None:
            self.cell.append(data)


def test_html_matrix_says_each_impact_in_words(folder: Path) -> None:
    text = report(folder, "html")
    assert "A better &lt;b&gt;rating&lt;/b&gt;" in text and "<b>rating</b>" not in text
    parser = Cells()
    parser.feed(text)
    header, *rows = parser.rows
    assert header[0] == "Option" and header[1:] == [
        "Age", "Disability", "Gender reassignment", "Marriage and civil partnership", "Pregnancy and maternity",
        "Race", "Religion or belief", "Sex", "Sexual orientation"]
    by_name = {r[0].removesuffix(" ★ Shortlisted"): r[1:] for r in rows}
    # ordered by role: business as usual, do-minimum, preferred, alternative, then out (no role)
    assert list(by_name) == ["Business as usual", "Do the minimum", "Own company", "Partnership", "Outsource"]
    # (the mark and the word are joined by a no-break space, which the whitespace folding above reads as one)
    assert by_name["Own company"][:2] == ["− negative", "= neutral"]
    assert by_name["Business as usual"][0] == "? unknown"
    assert by_name["Outsource"] == ["– not assessed"] * 9
    assert all(cell for row in rows for cell in row)  # a word in every cell, never a colour alone
    assert '<a href="#benefits">Management case: benefits</a>' in text
    assert '<a href="#equality">Equality impact</a>' in text
