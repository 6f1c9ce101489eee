"""The report's "Risk register" section: present only with a risks.yaml, a heat map per shortlisted
option as a real table (captioned, headed rows and columns, each cell's rating in words), escaped."""

from __future__ import annotations

from pathlib import Path

from adm_appraise import load_appraisal
from adm_appraise.analysis.method import appraise
from adm_appraise.render.report import build_context, render_report
from tests.conftest import ROOT
from tests.files.test_risks import folder

EXAMPLE = ROOT / "examples" / "all-features"


def test_no_register_no_section() -> None:
    assert build_context(appraise(load_appraisal(ROOT)))["risks"] is None
    assert "Risk register" not in render_report(appraise(load_appraisal(ROOT)), "html")


def test_a_heat_map_per_shortlisted_option_in_shortlist_order() -> None:
    context = build_context(appraise(load_appraisal(EXAMPLE)))
    maps = context["risks"]["heat_maps"]
    assert [m["id"] for m in maps] == ["wholly_owned_company", "in_house_refresh", "in_house"]
    company = maps[0]
    # rows P5 down to P1, five cells each; tupe_claims after mitigation: p 0.1 (P2), PV 0.0966 against
    # the example's cut-points 0.05, 0.1, 0.25, 0.5 -> I2, and its score change of 1 on 0-5 (0.2: I2)
    assert [row["probability"] for row in company["grid"]] == [5, 4, 3, 2, 1]
    cell = company["grid"][3]["cells"][1]
    assert (cell["probability"], cell["impact"], cell["risks"], cell["level"]) == (2, 2, ["tupe_claims"], "low")
    assert company["grid"][0]["cells"][4]["level"] == "high"  # 25


def test_the_html_heat_map_is_an_accessible_table() -> None:
    import re

    from tests.render.test_report import parse

    html = render_report(appraise(load_appraisal(EXAMPLE)), "html")
    structure = parse(html)
    assert structure.errors == []  # well nested
    assert all(t["caption"] and t["th"] == t["scoped"] for t in structure.tables)  # captioned, every th scoped
    section = html[html.index('<section id="risks">'):]
    section = section[:section.index("</section>")]
    tables = re.findall(r'<table class="risk-matrix">(.*?)</table>', section, re.S)
    assert len(tables) == 3
    for table in tables:
        assert "probability (rows, most likely at the top) by impact (columns)" in table
        assert table.count('scope="col"') == 6 and table.count('scope="row"') == 5
        # every cell says its rating and level in words, not by colour alone
        cells = re.findall(r'<td class="risk-(low|medium|high)"><span class="rating">(\d+) (\w+)</span>', table)
        assert len(cells) == 25 and all(level == word for level, _, word in cells)


def test_text_from_the_register_is_escaped(tmp_path: Path) -> None:
    risks = ("risks:\n  - {id: a, title: '<script>x</script>', options: all, probability: 0.2, owner: '<b>o</b>',"
             " criteria: {quality: -1}}\n")
    appraisal = load_appraisal(folder(tmp_path, risks))
    html = render_report(appraise(appraisal), "html")
    assert "<script>x" not in html and "&lt;script&gt;x&lt;/script&gt;" in html
    markdown = render_report(appraise(appraisal), "markdown")
    assert "## Risk register" in markdown and "| I1 very low |" in markdown
