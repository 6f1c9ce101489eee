"""The report's "How the weights were set": present only with a weighting record, tree and all."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

from adm_appraise import load_appraisal
from adm_appraise.analysis.method import appraise
from adm_appraise.render.report import build_context, render_report
from tests.conftest import ROOT, make_appraisal
from tests.files.test_weighting import GROUPED, HEAD, TREE

X = "id: x\nname: X\nscores: {tax: 5, procurement: 0, risk: 0, timescale: 0}\n"


def tree(tmp_path: Path) -> Path:
    return make_appraisal(tmp_path, HEAD + TREE.replace("method: swing\n", "method: swing\n  participants: [Chair, "
                                                        "\"Finance | lead\"]\n  date: \"2024-03-01\"\n", 1) + GROUPED,
                          x=X)


def test_no_record_no_section() -> None:
    context = build_context(appraise(load_appraisal(ROOT)))
    assert context["weighting"] is None
    assert "How the weights were set" not in render_report(appraise(load_appraisal(ROOT)), "markdown")


def test_markdown_shows_the_tree_and_each_level(tmp_path: Path) -> None:
    text = render_report(appraise(load_appraisal(tree(tmp_path))), "markdown")
    section = text[text.index("### How the weights were set"):text.index("### Score descriptors")]
    # groups 100:50 -> 66.7%, 33.3%; procurement 75% (rank-order centroid of 2) of finance = 50%
    assert "Agreed by Chair and Finance \\| lead on 2024-03-01." in section
    assert "- **Finance** 66.7%\n  - Tax: 25.0% of the group, 16.7% overall\n" in section
    assert "  - Procurement: 75.0% of the group, 50.0% overall\n" in section
    assert "  - Risk: 20.0% of the group, 6.7% overall\n" in section
    assert "**The groups**: swing weighting; in order: Finance; then Delivery." in section
    assert "**Finance**: rank order (rank-order centroid); in order: Procurement; then Tax." in section
    # two items in order: centroid 3/4, 1/4; rank sum 2/3, 1/3; reciprocal 1 : 1/2 = 2/3, 1/3
    assert "| Timescale | 100 | 80.0% | 75.0% | 66.7% | 66.7% |" in section


class Tree(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.depth = 0
        self.items: list[tuple[int, str]] = []
        self.inside = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "ul" and (self.inside or ("class", "value-tree") in attrs):
            self.inside = True
            self.depth += 1
        elif tag == "li" and self.inside:
            self.items.append((self.depth, ""))

    def handle_endtag(self, tag: str) -> None:
        if tag == "ul" and self.inside:
            self.depth -= 1
            self.inside = self.depth > 0

    def handle_data(self, data: str) -> None:
        if self.inside and self.items and data.strip():
            depth, text = self.items[-1]
            self.items[-1] = (depth, (text + " " + data.strip()).strip())


def test_html_value_tree_is_a_nested_list(tmp_path: Path) -> None:
    parser = Tree()
    parser.feed(render_report(appraise(load_appraisal(tree(tmp_path))), "html"))
    assert parser.items == [
        (1, "Finance 66.7%"),
        (2, "Tax: 25.0% of the group, 16.7% overall"),
        (2, "Procurement: 75.0% of the group, 50.0% overall"),
        (1, "Delivery 33.3%"),
        (2, "Risk: 20.0% of the group, 6.7% overall"),
        (2, "Timescale: 80.0% of the group, 26.7% overall"),
    ]


def test_report_shows_central_weights_under_ordinal_weights() -> None:
    from adm_appraise.analysis.sensitivity import analyse

    result = appraise(load_appraisal(ROOT / "examples/ordinal"))
    found = analyse(result, 2_000, seed=0, weights="ordinal").to_dict()
    text = render_report(result, "markdown", sensitivity=found)
    section = text[text.index("### Central weights and confidence factors"):]
    central = found["ordinal"]["central_weights"]["wholly_owned_company"]
    row = ("| Company wholly owned by the council | " +
           " | ".join(f"{central[c] * 100:.1f}%" for c in ("tax_vat", "procurement", "risk", "timescale")) +
           " | 100.0% |")
    assert row in section
    assert "| Managing agent | – | – | – | – | never first |" in section
    assert "### Central weights" not in render_report(result, "markdown", sensitivity=analyse(result, 500).to_dict())
