"""The report's panel section: its context, Markdown and HTML, present only with a panel."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

from adm_appraise import appraise, load_appraisal
from adm_appraise.render.report import build_context, render_report
from tests.conftest import ROOT
from tests.files.test_panel import ANN, panel_appraisal


def test_no_panel_no_section() -> None:
    result = appraise(load_appraisal(ROOT))
    assert build_context(result)["panel"] is None
    assert "Scoring panel" not in render_report(result, "markdown") + render_report(result, "html")


def test_the_panel_context(tmp_path: Path) -> None:
    # the panel of tests/analysis/test_panel.py::test_a_hand_worked_panel
    panel = build_context(appraise(load_appraisal(panel_appraisal(tmp_path))))["panel"]
    assert [a["name"] for a in panel["assessors"]] == ["Ann", "Bob", "Cat"]
    assert panel["assessors"][2]["conflicts"] == [{"option": "y", "option_name": "Y", "reason": "Trustee of y"}]
    assert [(g["name"], g["units"], g["scores"]) for g in panel["agreement"]] == [
        ("Quality", 2, 5), ("Risk", 2, 4), ("All criteria", 4, 9)]
    assert [(d["option"], d["criterion"], d["flags"]) for d in panel["disagreements"]] == [
        ("x", "quality", ["disagreement"]), ("y", "quality", [])]  # y quality: unmoderated
    assert panel["disagreements"][0]["dissent"] == [{"assessor": "cat", "name": "Cat", "text": "would keep 4"}]
    assert panel["dissent"] == 1 and panel["deciders"] == ["Bob", "Cat"]
    assert [(o["name"], o["leader"]) for o in panel["own"]] == [("Ann", "y"), ("Bob", "x"), ("Cat", "x")]


def test_the_markdown_section(tmp_path: Path) -> None:
    text = render_report(appraise(load_appraisal(panel_appraisal(tmp_path))), "markdown")
    section = text[text.index("## 6. Scoring panel"):text.index("## Appendix A")]
    assert "| Cat | Staff side | – | none | Y: Trustee of y |\n" in section
    assert "| Quality | 0.304 | 2 | 5 |\n" in section
    assert ("- **X, Quality**: Ann 1, Bob 4, Cat 3; median 3; agreed 3 (disagreement). Moderation: ran 1 to 4; "
            "agreed 3\n  - Dissent recorded by Cat: would keep 4\n") in section
    assert "- **Y, Quality**: Ann 4, Bob 5, Cat conflict; median 4.5; agreed 4.5 (unmoderated: the panel median).\n" in section
    assert "| Bob | X | Y (changes) |\n" in section
    assert "Left out alone, Bob or Cat would change the panel's leader.\n" in section
    options = text[text.index("## 4. The options in detail"):text.index("## 5.")]
    assert "- **Quality**: 3 of 5; value 60, contributing 30.0 points. agreed *Moderation:* ran 1 to 4; agreed 3\n" in options
    assert ("- **Quality**: 4.5 of 5; value 90, contributing 45.0 points. Unmoderated: the scoring panel's median, "
            "not an agreed score.\n") in options


class Sections(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.links: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "section" and found.get("id"):
            self.ids.append(str(found["id"]))
        if tag == "a" and found.get("href"):
            self.links.append(str(found["href"]))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_the_html_section_escapes_what_it_embeds(tmp_path: Path) -> None:
    folder = panel_appraisal(tmp_path, ann=ANN.replace("name: Ann", "name: '<b>Ann</b> & co'"))
    html = render_report(appraise(load_appraisal(folder)), "html")
    parsed = Sections()
    parsed.feed(html)
    assert parsed.ids.index("panel") == parsed.ids.index("sensitivity") + 1
    assert "#panel" in parsed.links
    assert "<b>Ann</b>" not in html and "&lt;b&gt;Ann&lt;/b&gt; &amp; co" in html
    assert "Dissent recorded by Cat: would keep 4" in "".join(parsed.text)
    markdown = render_report(appraise(load_appraisal(folder)), "markdown")
    assert "<b>" not in markdown


def test_the_markdown_section_renders_as_markdown(tmp_path: Path) -> None:
    from markdown_it import MarkdownIt

    text = render_report(appraise(load_appraisal(panel_appraisal(tmp_path))), "markdown")
    section = text[text.index("## 6. Scoring panel"):text.index("## Appendix A")]
    html = MarkdownIt("commonmark").enable("table").render(section)
    assert html.count("<table>") == 3  # who sat, agreement, leaders
    assert "<strong>X, Quality</strong>" in html
    assert "<ul>\n<li>Dissent recorded by Cat: would keep 4</li>\n</ul>" in html  # nested under its cell


def test_the_report_says_when_scores_were_drawn_from_the_panel(tmp_path: Path) -> None:
    from adm_appraise.analysis.sensitivity import analyse

    result = appraise(load_appraisal(panel_appraisal(tmp_path)))
    for scores, said in (("panel", True), ("ranges", False)):
        found = analyse(result, 200, scores=scores).to_dict()
        for fmt in ("markdown", "html"):
            text = render_report(result, fmt, sensitivity=found)
            assert ("each score drawn from one assessor of the scoring panel at random" in text) is said


def test_the_panel_section_follows_the_economic_case(tmp_path: Path) -> None:
    folder = panel_appraisal(tmp_path)
    criteria = (folder / "criteria.yaml").read_text()
    (folder / "criteria.yaml").write_text(criteria + "economics: {base_year: 2025, price_base: '2025 prices', "
                                                    "optimism_bias: {capital: 10, operating: 5}}\n")
    for name in ("x", "y"):
        path = folder / f"options/{name}.yaml"
        path.write_text(path.read_text() + "costs: {capital: {2025: 1.0}}\n")
    result = appraise(load_appraisal(folder))
    text = render_report(result, "markdown")
    assert text.index("## 6. Economic case") < text.index("## 7. Scoring panel") < text.index("## Appendix A")
    assert '<a href="#panel">7. Scoring panel</a>' in render_report(result, "html")
