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
import re
from datetime import datetime
from html.parser import HTMLParser
from typing import Any

from adm_appraise.problems import AppraisalError, Location, Problem

# What XML 1.0 (and so lxml, under python-docx) refuses in text: the C0 controls but tab,
# newline and carriage return, and U+FFFE, U+FFFF
XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
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


PDF_VARIANT = "pdf/ua-1"  # tagged (structure tree, language, title, alt text): PSBAR 2018 / WCAG 2.1 AA


# Liberation Sans, the usual sans-serif on Linux, draws ◐ (a conditional gate) as a small dot;
# WeasyPrint takes no unicode-range from a local() font, so the geometric shapes in the text
# are set in DejaVu Sans (fonts-dejavu-core) by name, where it is installed.
SHAPES = re.compile("[\u25a0-\u25ff]+")
SHAPES_FONT = "DejaVu Sans"
_TOKENS = re.compile(r"<(/?)([a-zA-Z][\w:-]*)[^>]*?(/?)>|<!--.*?-->|[^<]+|<", re.S)
_NOT_TEXT = {"title", "desc", "style", "script", "textarea", "option"}


def _shapes(html: str) -> str:
    """``html`` with each run of geometric shapes in text content set in SHAPES_FONT."""
    out: list[str] = []
    stack: list[str] = []
    svg = 0
    for token in _TOKENS.finditer(html):
        closing, tag, empty = token.group(1), (token.group(2) or "").lower(), token.group(3)
        text = token.group(0)
        if tag:
            if tag == "svg":
                svg += -1 if closing else (0 if empty else 1)
            if closing:
                while stack and stack.pop() != tag:
                    pass
            elif not empty and tag not in VOID:
                stack.append(tag)
        elif not text.startswith("<") and not (stack and stack[-1] in _NOT_TEXT):
            if svg:
                text = SHAPES.sub(lambda m: f'<tspan font-family="{SHAPES_FONT}">{m.group(0)}</tspan>', text)
            else:
                text = SHAPES.sub(lambda m: f'<span style="font-family: {SHAPES_FONT}">{m.group(0)}</span>', text)
        out.append(text)
    return "".join(out)


def missing(extra: str, library: str, where: str) -> AppraisalError:
    return AppraisalError([Problem(
        Location(where), "E307",
        f"--format {'pdf' if extra == 'pdf' else 'docx'} needs {library}, which is not installed: "
        f"pip install 'adm-appraise[{extra}]'",
    )])


def carried(url: str) -> bool:
    """Whether a renderer may fetch ``url``: only a data: URI, whose bytes the report itself carries.

    The shipped templates link nothing else (their charts are inline SVG, their styles inline); a
    user template that links a file:// or http:// resource would otherwise have the PDF embed a
    local file (``<link rel="attachment">``) or fetch from the network.
    """
    return url[:5].lower() == "data:"


def refusal(refused: list[str], where: str) -> AppraisalError:
    shown = ", ".join(f"'{u}'" for u in sorted(set(refused)))
    return AppraisalError([Problem(
        Location(where), "E301",
        f"the report links {shown}: a report may use only what it carries itself (data: URIs); "
        "embed the resource as a data: URI or remove the link from the template",
    )])


def pdf_fetcher(weasyprint: Any, refused: list[str]) -> Any:
    """A WeasyPrint URL fetcher that serves data: URIs and refuses (and records) every other URL."""

    class Carried(weasyprint.urls.URLFetcher):  # type: ignore[misc]
        def fetch(self, url: str, headers: Any = None) -> Any:
            if not carried(url):
                refused.append(url)
                raise ValueError(f"refused: {url}")
            return super().fetch(url, headers)

    return Carried(allowed_protocols={"data"}, allow_redirects=False)


def to_pdf(html: str, where: str = "report.pdf") -> bytes:
    """The HTML report as PDF bytes, laid out by WeasyPrint with the print stylesheet."""
    try:
        import weasyprint
        import weasyprint.urls
    except ImportError:  # the [pdf] extra is not installed
        raise missing("pdf", "WeasyPrint", where) from None
    except OSError as exc:  # installed, but its system libraries (Pango) are missing
        raise AppraisalError([Problem(Location(where), "E307", f"WeasyPrint cannot start: {exc}")]) from None
    check_cells(html, where)
    refused: list[str] = []
    fetcher = pdf_fetcher(weasyprint, refused)
    try:
        extra = weasyprint.CSS(string=WEASYPRINT_CSS, url_fetcher=fetcher)
        pdf = bytes(weasyprint.HTML(string=_shapes(html), url_fetcher=fetcher).write_pdf(
            stylesheets=[extra], pdf_variant=PDF_VARIANT))
    except Exception as exc:  # noqa: BLE001 - a layout failure is reported, not a traceback
        raise AppraisalError([Problem(Location(where), "E308", f"WeasyPrint failed: {exc}")]) from None
    if refused:
        raise refusal(refused, where)
    return pdf


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
        data = XML_INVALID.sub("", data)  # the HTML report shows them escaped; a character reference may not
        if self.svg is not None:
            from html import escape

            self.svg.append(escape(data, quote=False))
        else:
            self.node.children.append(data)


# Word: the look of the default document (a council's --reference-doc brings its own).
FONT = "Arial"  # Liberation Sans where Arial is not installed: the same widths
ACCENT, SOFT = "0072B2", "F3F6F9"
BODY_PT, TABLE_PT, SMALLEST_PT = 10.0, 8.5, 6.5
MARGIN_MM = 20
WIDE_SECTIONS = {"scores", "sensitivity"}  # landscape pages, as in the print stylesheet
CELL_PAD_PT = 2.9  # a cell's left and right margin (Word's default 0.08 in = 5.8 pt, halved)
# Advance widths of Arial / Liberation Sans, in 1/100 em, for the characters 32-126
# (regular, then bold): to size table columns so that no word is broken across lines.
_REGULAR = (
    "28 28 35 56 56 89 67 19 33 33 39 58 28 33 28 28 56 56 56 56 56 56 56 56 56 56 28 28 58 58 58 56 102 67 "
    "67 72 72 67 61 78 72 28 50 67 56 83 72 78 67 78 72 67 61 72 67 94 67 67 61 28 28 28 47 56 33 56 56 50 56 "
    "56 28 56 56 22 22 50 22 83 56 56 56 56 33 50 28 56 50 72 50 50 50 33 26 33 58"
)
_BOLD = (
    "28 33 47 56 56 89 72 24 33 33 39 58 28 33 28 28 56 56 56 56 56 56 56 56 56 56 33 33 58 58 58 61 98 72 72 "
    "72 72 67 61 78 72 28 56 72 61 83 72 78 67 78 72 67 61 72 67 94 67 67 61 33 28 33 58 56 33 56 61 56 61 56 "
    "33 61 61 28 28 56 28 89 61 61 61 61 39 56 33 61 56 78 56 56 50 39 28 39 58"
)
WIDTHS = {False: [int(w) for w in _REGULAR.split()], True: [int(w) for w in _BOLD.split()]}


def text_width(text: str, bold: bool = False) -> float:
    """The width of ``text`` in em (1 em = the font size), a little generous."""
    table = WIDTHS[bold]
    return 1.04 * sum(table[ord(c) - 32] if 32 <= ord(c) < 127 else 100 for c in text) / 100


def column_widths(columns: list[tuple[float, float]], available: float) -> list[float]:
    """Widths of a table's columns, as a browser's automatic table layout sets them.

    ``columns``: each column's (narrowest, widest) width: its longest word and its longest
    line without a break. Every column gets at least its narrowest width (no word is broken)
    and the room left is shared out in proportion to what each column would take more, so
    that a short column is not stretched and a long one wraps; the table fills ``available``.
    """
    least = [lo for lo, _ in columns]
    most = [max(lo, hi) for lo, hi in columns]
    if sum(least) >= available:
        return least  # too wide: the caller chose a smaller font or a landscape page first
    spare = available - sum(least)
    want = [hi - lo for lo, hi in zip(least, most, strict=True)]
    if sum(want) <= spare:  # every column gets its widest; the rest in proportion to it
        extra = available - sum(most)
        return [hi + extra * hi / sum(most) for hi in most]
    return [lo + spare * w / sum(want) for lo, w in zip(least, want, strict=True)]


def to_docx(html: str, generated: datetime | None = None, where: str = "report.docx",
            reference: str | None = None, running: str = "Options appraisal report") -> bytes:
    """The HTML report as a Word document (.docx bytes).

    ``reference``: a Word document whose styles and page setup the report takes (its body
    is replaced), as pandoc's --reference-doc; without it, the built-in house style (A4,
    British English, Arial), whose footer reads ``running`` and the page number.
    """
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
    title = next((n.text() for n in tree.root.find("h1")), "")
    if reference is not None:
        try:
            document = docx.Document(reference)
        except Exception as exc:  # noqa: BLE001 - not a Word document: reported, not a traceback
            raise AppraisalError([Problem(
                Location(reference), "E308", f"cannot use it as the reference document: not a Word .docx file ({exc})",
            )]) from None
        document._body.clear_content()  # its styles, page setup, headers and footers stay
    else:
        document = docx.Document()
        _house_style(document, title, running)
    _ensure_styles(document)
    refused: list[str] = []
    writer = _Writer(document, cairosvg, refused)
    body = next((n for n in tree.root.find("body")), tree.root)
    writer.block(body)
    writer.orient(False)
    if refused:
        raise refusal(refused, where)
    if generated is not None:  # reproducible metadata: the report's own generation time
        document.core_properties.created = generated.replace(tzinfo=None)
        document.core_properties.modified = generated.replace(tzinfo=None)
    document.core_properties.title = title
    if reference is None:
        document.core_properties.language = "en-GB"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _house_style(document: Any, title: str, running: str = "Options appraisal report") -> None:
    """The built-in look: A4 portrait, 20 mm margins, British English, Arial, accent-coloured
    headings, a running header (the title) and footer (Page N of M)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt, RGBColor
    from docx.text.run import Run

    section = document.sections[-1]
    section.page_width, section.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(MARGIN_MM))
    styles = document.styles.element
    # one font and one language for every style: no theme fonts (they override the named one)
    for fonts in styles.iter(qn("w:rFonts")):
        for key in list(fonts.attrib):
            if key.endswith("Theme"):
                del fonts.attrib[key]
    defaults = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    fonts = defaults.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        defaults.insert(0, fonts)
    for key in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(key), FONT)
    for lang in styles.iter(qn("w:lang")):
        lang.set(qn("w:val"), "en-GB")
        lang.set(qn("w:eastAsia"), "en-GB")
    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = FONT, Pt(BODY_PT)
    normal.paragraph_format.space_after = Pt(4)
    normal.paragraph_format.line_spacing = 1.1
    for name, size in (("Title", 20), ("Heading 1", 15), ("Heading 2", 12.5), ("Heading 3", 11), ("Heading 4", 10)):
        style = document.styles[name]
        style.font.name, style.font.size, style.font.bold = FONT, Pt(size), True
        style.font.color.rgb = RGBColor.from_string(ACCENT if name != "Title" else "1A1A1A")
        style.font.italic = False
        style.paragraph_format.keep_with_next = True
        style.paragraph_format.space_before = Pt(size * 0.9 if name != "Title" else 0)
        style.paragraph_format.space_after = Pt(4)
    caption = document.styles["Caption"]
    caption.font.size, caption.font.italic, caption.font.bold = Pt(8.5), False, False
    caption.font.color.rgb = RGBColor.from_string("555555")
    # running header and footer, as on the printed pages
    header = section.header.paragraphs[0]
    header.text = title
    footer = section.footer.paragraphs[0]
    footer.add_run(f"{running} · Page ")
    for field in ("PAGE", "NUMPAGES"):
        simple = OxmlElement("w:fldSimple")
        simple.set(qn("w:instr"), f" {field} ")
        run = footer.add_run()._r  # moved into the field: it carries the footer's font size
        footer._p.remove(run)
        text = OxmlElement("w:t")
        text.text = "1"
        run.append(text)
        simple.append(run)
        footer._p.append(simple)
        if field == "PAGE":
            footer._p.append(footer.add_run(" of ")._r)
    for paragraph in (header, footer):
        for element in paragraph._p.iter(qn("w:r")):
            run = Run(element, paragraph)
            run.font.size = Pt(8)
            run.font.color.rgb = RGBColor.from_string("555555")


def _ensure_styles(document: Any) -> None:
    """Add the styles the report uses that the document lacks (a council's reference
    document may have no Caption or List Bullet): the built-in ones keep their own look."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Pt

    names = {s.name for s in document.styles}
    for name, kind in (("Title", WD_STYLE_TYPE.PARAGRAPH), ("Caption", WD_STYLE_TYPE.PARAGRAPH),
                       ("List Bullet", WD_STYLE_TYPE.PARAGRAPH), ("List Number", WD_STYLE_TYPE.PARAGRAPH),
                       ("Table Grid", WD_STYLE_TYPE.TABLE),
                       *((f"Heading {k}", WD_STYLE_TYPE.PARAGRAPH) for k in range(1, 5))):
        if name not in names:
            style = document.styles.add_style(name, kind)
            if kind == WD_STYLE_TYPE.PARAGRAPH:
                style.base_style = document.styles["Normal"]
            if name.startswith(("Heading", "Title")):
                style.font.bold = True
                style.paragraph_format.keep_with_next = True
    if "Summary Card" not in names:  # the summary's cards: a boxed paragraph each
        card = document.styles.add_style("Summary Card", WD_STYLE_TYPE.PARAGRAPH)
        card.base_style = document.styles["Normal"]
        card.paragraph_format.keep_together = True
        card.paragraph_format.space_before = Pt(2)
        card.paragraph_format.space_after = Pt(6)
        card.paragraph_format.left_indent = Pt(6)
        _border(card.element.get_or_add_pPr(), "w:pBdr", ("top", "left", "bottom", "right"), "D5D9DE", size=6,
                space=4, accent="left")
    if "Table Text" not in names:  # the text in a table's cells
        cell = document.styles.add_style("Table Text", WD_STYLE_TYPE.PARAGRAPH)
        cell.base_style = document.styles["Normal"]
        cell.font.size = Pt(TABLE_PT)
        cell.paragraph_format.space_before = Pt(1)
        cell.paragraph_format.space_after = Pt(1)
        cell.paragraph_format.line_spacing = 1.0
    if "Table Heading" not in names:
        head = document.styles.add_style("Table Heading", WD_STYLE_TYPE.PARAGRAPH)
        head.base_style = document.styles["Table Text"]
        head.font.bold = True
        head.paragraph_format.keep_with_next = True
    caption = document.styles["Caption"]
    caption.paragraph_format.keep_with_next = True


def _border(properties: Any, tag: str, sides: tuple[str, ...], color: str, size: int, space: int,
            accent: str | None = None) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    box = OxmlElement(tag)
    for side in sides:
        line = OxmlElement(f"w:{side}")
        line.set(qn("w:val"), "single")
        line.set(qn("w:sz"), str(24 if side == accent else size))
        line.set(qn("w:space"), str(space))
        line.set(qn("w:color"), ACCENT if side == accent else color)
        box.append(line)
    properties.append(box)


def _shade(properties: Any, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shade = OxmlElement("w:shd")
    shade.set(qn("w:val"), "clear")
    shade.set(qn("w:color"), "auto")
    shade.set(qn("w:fill"), fill)
    properties.append(shade)


class _Writer:
    def __init__(self, document: Any, cairosvg: Any, refused: list[str]) -> None:
        from docx.shared import Emu

        self.doc, self.cairosvg, self.refused = document, cairosvg, refused
        section = document.sections[-1]
        self.portrait = (section.page_width or Emu(0)) < (section.page_height or Emu(1))
        self.landscape = not self.portrait  # the orientation of the current section
        self.where: Any = document  # where paragraphs go: the document or a table cell
        self.fresh: Any = None  # a cell's own first paragraph, not yet written to
        self.ids: dict[str, str] = {}

    # -- pages ------------------------------------------------------------------------------

    def text_width_pt(self) -> float:
        section = self.doc.sections[-1]
        return float(section.page_width - section.left_margin - section.right_margin) / 12700

    def orient(self, landscape: bool) -> None:
        """Go on in a new section turned to ``landscape`` (or back to the document's own way)."""
        if landscape == self.landscape:
            return
        from docx.enum.section import WD_ORIENT, WD_SECTION

        body = self.doc.element.body
        last = body[-2] if len(body) > 1 else None  # body[-1] is the final w:sectPr
        empty = last is not None and last.tag.endswith("}p") and not "".join(last.itertext()).strip()
        section = self.doc.add_section(WD_SECTION.NEW_PAGE)
        if empty and last is not None:  # the break goes in the empty paragraph, not a new one
            properties = body[-2].pPr
            body.remove(body[-2])
            last.get_or_add_pPr().append(properties.sectPr)
        width, height = section.page_width, section.page_height
        section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
        if (width > height) != landscape:
            section.page_width, section.page_height = height, width
        self.landscape = landscape

    # -- blocks -----------------------------------------------------------------------------

    def style_id(self, name: str) -> str:
        """A style's id from its name, looked up once (python-docx scans every style each time)."""
        if name not in self.ids:
            self.ids[name] = self.doc.styles[name].style_id
        return self.ids[name]

    def styled(self, paragraph: Any, style: str | None) -> Any:
        if style is not None:
            paragraph._p.style = self.style_id(style)
        return paragraph

    def paragraph(self, style: str | None = None) -> Any:
        if self.fresh is not None:
            paragraph, self.fresh = self.fresh, None
            return self.styled(paragraph, style)
        return self.styled(self.where.add_paragraph(), style)

    def fetch(self, url: str, resource_type: str) -> bytes:
        """CairoSVG's URL fetcher: data: URIs only; anything else is refused (an empty image, and recorded)."""
        if carried(url):
            return bytes(self.cairosvg.url.fetch(url, resource_type))
        self.refused.append(url)
        return b'<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>'

    def block(self, node: Node) -> None:
        for child in node.children:
            if isinstance(child, str):
                if child.strip():
                    self.paragraph(self.text_style()).add_run(" ".join(child.split()))
                continue
            self.element(child)

    def text_style(self) -> str | None:
        return "Table Text" if self.where is not self.doc else None

    def element(self, node: Node) -> None:
        tag = node.tag
        if tag in SKIP or (tag == "p" and "label" in node.classes()):
            return
        if tag == "section" and node.attrs.get("id") in WIDE_SECTIONS and self.portrait:
            self.orient(True)  # a column per criterion or per rank: landscape pages
            self.block(node)
            self.orient(False)
            return
        if tag in ("h1", "h2", "h3", "h4"):
            level = {"h1": 0, "h2": 1, "h3": 2, "h4": 3}[tag]
            self.styled(self.doc.add_paragraph(), "Title" if level == 0 else f"Heading {level}").add_run(node.text())
        elif tag in ("p", "figcaption", "caption", "pre"):
            style = "Caption" if tag in ("figcaption", "caption") else self.text_style()
            self.runs(self.paragraph(style), node)
        elif tag == "dl":
            self.levels(node)
        elif tag in ("ul", "ol") and "cards" in node.classes():
            self.cards(node)
        elif tag in ("ul", "ol"):
            style = "List Bullet" if tag == "ul" else "List Number"
            for item in node.children:
                if isinstance(item, Node) and item.tag == "li":
                    paragraph = self.paragraph(style)
                    self.runs(paragraph, item)
                    if self.where is not self.doc:  # a list in a cell: the cell's size
                        self.size(paragraph, TABLE_PT)
        elif tag == "table":
            self.table(node)
        elif tag == "svg":
            self.chart(node)
        elif tag in INLINE:
            self.runs(self.paragraph(self.text_style()), node)
        else:  # div, section, article, header, footer, figure, main, li ...
            self.block(node)

    @staticmethod
    def size(paragraph: Any, points: float) -> None:
        from docx.shared import Pt

        for run in paragraph.runs:
            run.font.size = Pt(points)

    def levels(self, node: Node) -> None:
        """A definition list (the score descriptors): each term and its definition on one line."""
        from docx.shared import Pt

        paragraph = None
        for child in node.children:
            if not isinstance(child, Node):
                continue
            if child.tag == "dt":
                paragraph = self.paragraph(self.text_style())
                paragraph.paragraph_format.left_indent = Pt(24)
                paragraph.paragraph_format.first_line_indent = Pt(-24)
                paragraph.paragraph_format.space_after = Pt(1)
                paragraph.paragraph_format.tab_stops.add_tab_stop(Pt(24))
                self.runs(paragraph, child, bold=True)
                paragraph.add_run("\t")
            elif child.tag == "dd":
                if paragraph is None:
                    paragraph = self.paragraph(self.text_style())
                self.runs(paragraph, child)
                paragraph = None

    def cards(self, node: Node) -> None:
        """The summary's cards: a boxed paragraph each, rank and name, then score and badge."""
        from docx.shared import Pt, RGBColor

        for card in (c for c in node.children if isinstance(c, Node) and c.tag == "li"):
            paragraph = self.paragraph("Summary Card")
            parts = {cls: part for part in card.children if isinstance(part, Node) for cls in part.classes()}
            if "rank" in parts:
                rank = paragraph.add_run(parts["rank"].text() + "  ")
                rank.bold, rank.font.size = True, Pt(13)
                rank.font.color.rgb = RGBColor.from_string(ACCENT)
            if "name" in parts:
                paragraph.add_run(parts["name"].text()).bold = True
            if "score" in parts:
                paragraph.add_run().add_break()
                self.runs(paragraph, parts["score"], bold=True)
            if "badge" in parts:
                badge = paragraph.add_run("   " + parts["badge"].text().replace(" ", "\u00a0"))
                badge.bold = True
                badge.font.color.rgb = RGBColor.from_string(ACCENT)

    def runs(self, paragraph: Any, node: Node, bold: bool = False, italic: bool = False,
             script: str | None = None) -> None:
        for child in node.children:
            if isinstance(child, str):
                text = " ".join(w for w in _SPACE.split(child) if w)
                if child[:1].isspace() and paragraph.text and not paragraph.text.endswith(" "):
                    text = " " + text
                if child[-1:].isspace() and text:
                    text += " "
                if text.strip():
                    run = paragraph.add_run(text)
                    run.bold, run.italic = bold or None, italic or None
                    if script == "sub":
                        run.font.subscript = True
                    elif script == "sup":
                        run.font.superscript = True
            elif child.tag == "br":
                paragraph.add_run().add_break()
            elif child.tag == "svg":
                continue
            elif child.tag in ("ul", "ol", "table", "div", "p", "dl"):
                self.element(child)
            elif "badge" in child.classes():  # a badge is not broken across lines
                run = paragraph.add_run(child.text().replace(" ", "\u00a0"))
                run.bold = True
            else:
                self.runs(paragraph, child, bold or child.tag in ("strong", "b", "th"),
                          italic or child.tag in ("em", "i", "var"),
                          child.tag if child.tag in ("sub", "sup") else script)

    # -- tables -----------------------------------------------------------------------------

    def table(self, node: Node) -> None:
        rows = [r for r in node.find("tr")]
        if not rows:
            return
        cells = [[c for c in r.children if isinstance(c, Node) and c.tag in ("th", "td")] for r in rows]
        count = max(len(r) for r in cells)
        spans = [[(0.0, 0.0)] * count for _ in rows]
        for i, row in enumerate(cells):
            for j, cell in enumerate(row):
                spans[i][j] = _extent(cell, bold=cell.tag == "th")
        columns = [(max(s[j][0] for s in spans), max(s[j][1] for s in spans)) for j in range(count)]
        pad = 2 * CELL_PAD_PT
        inside = self.where is not self.doc
        available = self.text_width_pt() if not inside else 0.8 * self.text_width_pt()

        def fits(size: float, width: float) -> bool:
            return sum(lo * size + pad for lo, _ in columns) <= width

        if not inside and self.portrait and not self.landscape and not fits(SMALLEST_PT, available):
            # too wide for a portrait page even at the smallest size: a landscape page
            self.orient(True)
            available = self.text_width_pt()
            self.table_in(node, rows, cells, columns, self.fit(columns, available, pad), available)
            self.orient(False)
            return
        self.table_in(node, rows, cells, columns, self.fit(columns, available, pad), available)

    @staticmethod
    def fit(columns: list[tuple[float, float]], available: float, pad: float) -> float:
        """The font size (points) at which every column's longest word fits."""
        size = TABLE_PT
        while size > SMALLEST_PT and sum(lo * size + pad for lo, _ in columns) > available:
            size -= 0.5
        return size

    def table_in(self, node: Node, rows: list[Node], cells: list[list[Node]],
                 columns: list[tuple[float, float]], size: float, available: float) -> None:
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn
        from docx.shared import Pt

        for caption in (c for c in node.children if isinstance(c, Node) and c.tag == "caption"):
            self.runs(self.paragraph("Caption"), caption, bold=True)
        pad = 2 * CELL_PAD_PT
        widths = column_widths([(lo * size + pad, hi * size + pad) for lo, hi in columns], available)
        count = len(columns)
        table = self.where.add_table(rows=0, cols=count)
        table._tbl.tblPr.style = self.style_id("Table Grid")
        table.autofit = False
        properties = table._tbl.tblPr
        layout = OxmlElement("w:tblLayout")
        layout.set(qn("w:type"), "fixed")
        properties.append(layout)
        margins = OxmlElement("w:tblCellMar")
        for side in ("left", "right"):
            margin = OxmlElement(f"w:{side}")
            margin.set(qn("w:w"), str(round(CELL_PAD_PT * 20)))
            margin.set(qn("w:type"), "dxa")
            margins.append(margin)
        properties.append(margins)
        for column, width in zip(table._tbl.tblGrid.gridCol_lst, widths, strict=True):
            column.w = Pt(width)
        heads = {id(r) for t in node.find("thead") for r in t.find("tr")}
        outer, fresh = self.where, self.fresh
        for row, html_cells in zip(rows, cells, strict=True):
            added = table.add_row()
            tr = added._tr
            properties = tr.get_or_add_trPr()
            properties.append(OxmlElement("w:cantSplit"))  # a row is not split across pages
            head = id(row) in heads
            if head:  # the header row repeats on every page
                header = OxmlElement("w:tblHeader")
                header.set(qn("w:val"), "true")
                properties.append(header)
            shortlisted = "shortlisted" in row.classes()
            for target, html_cell, width in zip(added.cells, html_cells, widths, strict=False):
                target.width = Pt(width)
                paragraph = self.styled(target.paragraphs[0], "Table Heading" if head else "Table Text")
                if "num" in html_cell.classes():
                    paragraph.alignment = 2  # WD_ALIGN_PARAGRAPH.RIGHT
                if head or shortlisted:
                    _shade(target._tc.get_or_add_tcPr(), SOFT if head else "EAF3FA")
                self.where, self.fresh = target, paragraph
                self.runs(paragraph, html_cell, bold=html_cell.tag == "th")
                if size != TABLE_PT:
                    for item in target.paragraphs:
                        self.size(item, size)
        self.where, self.fresh = outer, fresh
        if outer is self.doc:  # a little room after the table
            self.doc.add_paragraph().paragraph_format.space_after = Pt(2)

    # -- charts -----------------------------------------------------------------------------

    def chart(self, node: Node) -> None:
        if "chart-narrow" in node.classes() or not node.raw:
            return  # the wide layout is the one for a page
        from docx.shared import Pt

        # svg2png takes no url_fetcher; the surface's convert, which it calls, passes one on
        png = self.cairosvg.surface.PNGSurface.convert(bytestring=node.raw.encode("utf-8"), scale=2.0,
                                                      url_fetcher=self.fetch)
        natural = float(node.attrs.get("width") or 600) * 0.75  # CSS px to points
        ratio = float(node.attrs.get("height") or 300) / float(node.attrs.get("width") or 600)
        section = self.doc.sections[-1]
        height = float(section.page_height - section.top_margin - section.bottom_margin) / 12700
        # on the page with its heading and caption: at most 70% of the page's text height
        width = min(natural, self.text_width_pt(), CHART_WIDTH_CM / 2.54 * 72 * (1.45 if self.landscape else 1),
                    0.7 * height / ratio)
        paragraph = self.paragraph()
        paragraph.paragraph_format.keep_with_next = True  # with its caption
        shape = paragraph.add_run().add_picture(io.BytesIO(png), width=Pt(width))
        title, description = _svg_text(node.raw)
        properties = shape._inline.docPr
        properties.set("title", title)
        properties.set("descr", f"{title}. {description}" if description else title)


_SPACE = re.compile(r"[ \t\n\r\f\v]+")  # where a line may break (str.split would break at U+00A0 too)


def _extent(node: Node, bold: bool) -> tuple[float, float]:
    """A cell's (narrowest, widest) width in em: its longest word, and its longest line."""
    lines: list[str] = [""]

    def walk(n: Node) -> None:
        for child in n.children:
            if isinstance(child, str):
                lines[-1] += child
            elif child.tag == "br" or child.tag in ("li", "p", "div", "ul"):
                lines.append("")
                walk(child)
                lines.append("")
            elif "badge" in child.classes():
                lines[-1] += child.text().replace(" ", "\u00a0")
            elif child.tag != "svg":
                walk(child)

    walk(node)
    bold = bold or any(node.find(tag) for tag in ("strong", "b", "th"))  # measured bold throughout: wider
    words = [w for line in lines for w in _SPACE.split(line) if w]  # a no-break space joins
    least = max((text_width(w, bold) for w in words), default=0.0)
    most = max((text_width(" ".join(_SPACE.split(line.strip())), bold) for line in lines), default=0.0)
    return least, most


def _svg_text(source: str) -> tuple[str, str]:
    """A chart's <title> and <desc>: its alternative text, as the HTML report gives it."""
    import re
    from html import unescape

    def get(tag: str) -> str:
        found = re.search(rf"<{tag}>(.*?)</{tag}>", source, re.S)
        return " ".join(unescape(found.group(1)).split()) if found else ""

    return get("title"), get("desc")
