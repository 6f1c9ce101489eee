"""The report as a PDF (WeasyPrint) or a Word document (python-docx), both from the HTML report.

Both start from the HTML the templates render, so every section, user template and partial
appears in them without a second copy of the wording. PDF: WeasyPrint lays the HTML out
with its print stylesheet (A4, running title and page numbers, landscape pages for the wide
sections), no browser needed. Word: the HTML is walked into real Word structure, so that a
council's template restyles it: headings as Heading 1-3, tables as Word tables (header row
repeated across pages), lists as List Bullet, the charts (their wide SVG layout) as PNG
images drawn by CairoSVG, captions in the Caption style.

The libraries are optional extras; a missing one is an AppraisalError (E307) that says
which extra to install.
"""

from __future__ import annotations

import io
from datetime import datetime
from html.parser import HTMLParser
from typing import Any

from adm_appraise.problems import AppraisalError, Location, Problem

INLINE = {"strong", "b", "em", "i", "span", "small", "code", "var", "sub", "sup", "a", "abbr", "time"}
VOID = {"meta", "br", "hr", "img", "input", "link", "source", "wbr", "col", "area", "base"}
SKIP = {"style", "script", "nav", "head", "title", "template"}
CHART_WIDTH_CM = 16.0  # a chart's width in the Word document (A4 portrait text width)
# Rules for WeasyPrint alone, as a user stylesheet (so !important). It keeps a caption with
# its table's rows by itself; asked to keep a whole table on one page (what Chromium needs to
# keep a short table's header off a page's foot), it moves the rows and strands the caption.
# And it sizes a chart to fit the page's height only with the box's own size left automatic.
WEASYPRINT_CSS = """@media print {
  table { break-inside: auto !important; }
  svg.chart-wide { width: auto !important; height: auto !important;
                   max-width: 100% !important; max-height: 130mm !important; }
}"""


# WeasyPrint lays out a table cell's text about ten times slower than a paragraph's (about
# 10,000 characters a second: a 1 MB rationale or evidence list took minutes), and a report's
# text is mostly in table cells. A longer cell, or more text in all (a paragraph goes at
# about 50,000 characters a second), is refused before layout (benchmarks/limits.py).
PDF_CELL_CHARACTERS = 20_000
PDF_TEXT_CHARACTERS = 1_000_000  # some 12 times the bundled report's text


class _Cells(HTMLParser):
    """The text's length, and the longest table cell's with the text of its row's first cell (its heading)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text = 0  # characters of text, outside <style> and <script>
        self.hidden = 0
        self.depth = 0  # inside a <td> or <th> (nested tables count as their outer cell)
        self.length = 0
        self.row: list[str] = []  # the current row's first cell's text
        self.longest = (0, "")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("style", "script"):
            self.hidden += 1
        elif tag == "tr" and not self.depth:
            self.row = []
        elif tag in ("td", "th"):
            if not self.depth:
                self.length = 0
                self.row.append("")
            self.depth += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "script") and self.hidden:
            self.hidden -= 1
        elif tag in ("td", "th") and self.depth:
            self.depth -= 1
            if not self.depth and self.length > self.longest[0]:
                self.longest = (self.length, self.row[0].strip())

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.text += len(data)
        if self.depth:
            self.length += len(data)
            if len(self.row) == 1 and len(self.row[0]) < 80:
                self.row[0] += data


def check_cells(html: str, where: str) -> None:
    """Refuse a report too long to lay out as a PDF in reasonable time (E309), before layout:
    a table cell over PDF_CELL_CHARACTERS, or text over PDF_TEXT_CHARACTERS in all."""
    cells = _Cells()
    cells.feed(html)
    cells.close()
    length, heading = cells.longest
    problems = []
    if length > PDF_CELL_CHARACTERS:
        problems.append(Problem(
            Location(where), "E309",
            f"a table cell of the report holds {length:,} characters (the row '{heading[:60]}'), over the "
            f"{PDF_CELL_CHARACTERS:,} a PDF lays out in reasonable time: shorten that rationale, evidence or "
            "note, or write --format html",
        ))
    if cells.text > PDF_TEXT_CHARACTERS:
        problems.append(Problem(
            Location(where), "E309",
            f"the report holds {cells.text:,} characters of text, over the {PDF_TEXT_CHARACTERS:,} a PDF lays "
            "out in reasonable time: write --format html, or shorten the longest texts",
        ))
    if problems:
        raise AppraisalError(problems)


def missing(extra: str, library: str, where: str) -> AppraisalError:
    return AppraisalError([Problem(
        Location(where), "E307",
        f"--format {'pdf' if extra == 'pdf' else 'docx'} needs {library}, which is not installed: "
        f"pip install 'adm-appraise[{extra}]'",
    )])


def to_pdf(html: str, where: str = "report.pdf") -> bytes:
    """The HTML report as PDF bytes, laid out by WeasyPrint with the print stylesheet."""
    try:
        import weasyprint
    except ImportError:  # the [pdf] extra is not installed
        raise missing("pdf", "WeasyPrint", where) from None
    except OSError as exc:  # installed, but its system libraries (Pango) are missing
        raise AppraisalError([Problem(Location(where), "E307", f"WeasyPrint cannot start: {exc}")]) from None
    check_cells(html, where)
    try:
        extra = weasyprint.CSS(string=WEASYPRINT_CSS)
        return bytes(weasyprint.HTML(string=html).write_pdf(stylesheets=[extra]))
    except Exception as exc:  # noqa: BLE001 - a layout failure is reported, not a traceback
        raise AppraisalError([Problem(Location(where), "E308", f"WeasyPrint failed: {exc}")]) from None


# --- HTML to Word --------------------------------------------------------------------------


class Node:
    def __init__(self, tag: str, attrs: dict[str, str | None], parent: Node | None) -> None:
        self.tag, self.attrs, self.parent = tag, attrs, parent
        self.children: list[Node | str] = []
        self.raw = ""  # the source of an <svg>, kept whole

    def classes(self) -> set[str]:
        return set((self.attrs.get("class") or "").split())

    def find(self, tag: str) -> list[Node]:
        out = []
        for child in self.children:
            if isinstance(child, Node):
                if child.tag == tag:
                    out.append(child)
                out += child.find(tag)
        return out

    def text(self) -> str:
        parts = [c if isinstance(c, str) else c.text() for c in self.children]
        return " ".join("".join(parts).split()) if self.tag != "pre" else "".join(parts)


class _Tree(HTMLParser):
    """A forgiving tree of the report's HTML; each <svg> kept as its source text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("root", {}, None)
        self.node = self.root
        self.svg: list[str] | None = None
        self.svg_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.svg is not None:
            self.svg.append(self.get_starttag_text() or "")
            self.svg_depth += 1
            return
        node = Node(tag, dict(attrs), self.node)
        self.node.children.append(node)
        if tag == "svg":
            self.svg, self.svg_depth = [self.get_starttag_text() or ""], 1
            self.svg_node = node
        elif tag not in VOID:
            self.node = node

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.svg is not None:
            self.svg.append(self.get_starttag_text() or "")
        else:
            self.node.children.append(Node(tag, dict(attrs), self.node))

    def handle_endtag(self, tag: str) -> None:
        if self.svg is not None:
            self.svg.append(f"</{tag}>")
            self.svg_depth -= 1
            if self.svg_depth == 0:
                self.svg_node.raw = "".join(self.svg)
                self.svg = None
            return
        node: Node | None = self.node
        while node is not None and node.tag != tag:
            node = node.parent
        if node is not None and node.parent is not None:
            self.node = node.parent

    def handle_data(self, data: str) -> None:
        if self.svg is not None:
            from html import escape

            self.svg.append(escape(data, quote=False))
        else:
            self.node.children.append(data)


def to_docx(html: str, generated: datetime | None = None, where: str = "report.docx") -> bytes:
    """The HTML report as a Word document (.docx bytes)."""
    try:
        import docx
        from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: F401  (checks the install is whole)
    except ImportError:
        raise missing("office", "python-docx", where) from None
    try:
        import cairosvg
    except (ImportError, OSError):
        raise missing("office", "CairoSVG (and the Cairo library)", where) from None
    tree = _Tree()
    tree.feed(html)
    tree.close()
    document = docx.Document()
    writer = _Writer(document, cairosvg)
    body = next((n for n in tree.root.find("body")), tree.root)
    writer.block(body)
    if generated is not None:  # reproducible metadata: the report's own generation time
        document.core_properties.created = generated.replace(tzinfo=None)
        document.core_properties.modified = generated.replace(tzinfo=None)
    title = next((n.text() for n in tree.root.find("h1")), "")
    document.core_properties.title = title
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


class _Writer:
    def __init__(self, document: Any, cairosvg: Any) -> None:
        self.doc, self.cairosvg = document, cairosvg

    def block(self, node: Node) -> None:
        for child in node.children:
            if isinstance(child, str):
                if child.strip():
                    self.doc.add_paragraph(" ".join(child.split()))
                continue
            self.element(child)

    def element(self, node: Node) -> None:
        tag = node.tag
        if tag in SKIP or (tag == "p" and "label" in node.classes()):
            return
        if tag in ("h1", "h2", "h3", "h4"):
            level = {"h1": 0, "h2": 1, "h3": 2, "h4": 3}[tag]
            self.doc.add_heading(node.text(), level=level)
        elif tag in ("p", "figcaption", "caption", "pre", "dt", "dd"):
            style = "Caption" if tag in ("figcaption", "caption") else None
            paragraph = self.doc.add_paragraph(style=style)
            self.runs(paragraph, node)
        elif tag in ("ul", "ol"):
            style = "List Bullet" if tag == "ul" else "List Number"
            for item in node.children:
                if isinstance(item, Node) and item.tag == "li":
                    self.runs(self.doc.add_paragraph(style=style), item)
        elif tag == "table":
            self.table(node)
        elif tag == "svg":
            self.chart(node)
        elif tag in INLINE:
            paragraph = self.doc.add_paragraph()
            self.runs(paragraph, node)
        else:  # div, section, article, header, footer, figure, main, dl, li ...
            self.block(node)

    def runs(self, paragraph: Any, node: Node, bold: bool = False, italic: bool = False) -> None:
        for child in node.children:
            if isinstance(child, str):
                text = " ".join(child.split())
                if child[:1].isspace() and paragraph.text and not paragraph.text.endswith(" "):
                    text = " " + text
                if child[-1:].isspace() and text:
                    text += " "
                if text.strip():
                    run = paragraph.add_run(text)
                    run.bold, run.italic = bold or None, italic or None
            elif child.tag == "br":
                paragraph.add_run().add_break()
            elif child.tag == "svg":
                continue
            elif child.tag in ("ul", "ol", "table", "div", "p"):
                self.element(child)
            else:
                self.runs(paragraph, child, bold or child.tag in ("strong", "b", "th"),
                          italic or child.tag in ("em", "i", "var"))

    def table(self, node: Node) -> None:
        for caption in (c for c in node.children if isinstance(c, Node) and c.tag == "caption"):
            self.runs(self.doc.add_paragraph(style="Caption"), caption, bold=True)
        rows = [r for r in node.find("tr")]
        if not rows:
            return
        cells = [[c for c in r.children if isinstance(c, Node) and c.tag in ("th", "td")] for r in rows]
        width = max(len(r) for r in cells)
        table = self.doc.add_table(rows=len(rows), cols=width)
        table.style = "Table Grid"
        heads = {id(r) for t in node.find("thead") for r in t.find("tr")}
        for i, (row, html_cells) in enumerate(zip(rows, cells, strict=True)):
            if id(row) in heads:  # the header row repeats on every page
                from docx.oxml import OxmlElement
                from docx.oxml.ns import qn

                properties = table.rows[i]._tr.get_or_add_trPr()
                header = OxmlElement("w:tblHeader")
                header.set(qn("w:val"), "true")
                properties.append(header)
            for j, cell in enumerate(html_cells):
                target = table.cell(i, j)
                paragraph = target.paragraphs[0]
                self.runs(paragraph, cell, bold=cell.tag == "th")

    def chart(self, node: Node) -> None:
        if "chart-narrow" in node.classes() or not node.raw:
            return  # the wide layout is the one for a page
        from docx.shared import Cm

        png = self.cairosvg.svg2png(bytestring=node.raw.encode("utf-8"), scale=2.0)
        self.doc.add_picture(io.BytesIO(png), width=Cm(CHART_WIDTH_CM))
