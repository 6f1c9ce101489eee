"""The report: golden files, reproducibility, structure, escaping, sensitivity and the context."""

from __future__ import annotations

import json
import re
import shutil
from datetime import datetime, timezone
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from markupsafe import Markup

from adm_appraise import load_appraisal
from adm_appraise.analysis.method import appraise
from adm_appraise.problems import AppraisalError
from adm_appraise.render.output import generation_time
from adm_appraise.render.report import build_context, format_for, render_report
from tests.conftest import ROOT, make_appraisal

GOLDEN = Path(__file__).parent / "golden"
EPOCH = "1513728000"  # 2017-12-20T00:00:00Z
COMMAND = "adm-appraise report"

SENSITIVITY: dict[str, Any] = {
    "leader": "wholly_owned_company",
    "weights": {"tax_vat": 0.25, "procurement": 0.25, "risk": 0.25, "timescale": 0.25},
    "switching_values": [
        {
            "criterion": "tax_vat",
            "weight": 0.25,
            "lower": None,
            "upper": {"weight": 0.31, "new_leader": "strategic_partnership"},
        },
        {
            "criterion": "procurement",
            "weight": 0.25,
            "lower": {"weight": 0.05, "new_leader": "strategic_partnership"},
            "upper": None,
        },
        {"criterion": "risk", "weight": 0.25, "lower": None, "upper": None},
        {
            "criterion": "timescale",
            "weight": 0.25,
            "lower": {"weight": 0.19, "new_leader": "strategic_partnership"},
            "upper": None,
        },
    ],
    "score_switching": [
        {
            "criterion": "tax_vat",
            "option": "strategic_partnership",
            "change": 1.5,
            "feasible": True,
        },
    ],
    "closest_challenge": {
        "challenger": "strategic_partnership",
        "l1_change": 0.12,
        "weights": {"tax_vat": 0.31, "timescale": 0.19},
    },
    "monte_carlo": {
        "samples": 10000,
        "seed": 0,
        "weights": "around",
        "rank_acceptability": {
            "wholly_owned_company": [0.81, 0.19],
            "strategic_partnership": [0.19, 0.81],
        },
        "shortlist_probability": {"wholly_owned_company": 1.0, "strategic_partnership": 1.0},
    },
}


@pytest.fixture
def epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)


def report(directory: Path, fmt: str, **kw: Any) -> str:
    return render_report(appraise(load_appraisal(directory)), fmt, command=COMMAND, **kw)


# --- golden files -------------------------------------------------------------------------


@pytest.mark.parametrize("fmt, name", [("markdown", "bundled.md"), ("html", "bundled.html")])
def test_golden(fmt: str, name: str, epoch: None, update_golden: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """The whole report of the bundled appraisal, sensitivity included, as the CLI writes it."""
    from click.testing import CliRunner

    from adm_appraise.cli import main

    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(main, ["report", "--format", fmt], catch_exceptions=False)
    assert result.exit_code == 0
    text = result.stdout
    path = GOLDEN / name
    if update_golden:
        path.write_text(text, encoding="utf-8", newline="")
    assert text == path.read_text(encoding="utf-8"), (
        f"{name} changed: rerun with --update-golden if intended"
    )


# --- reproducibility ----------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_byte_identical_whatever_the_folder_or_cwd(
    fmt: str, epoch: None, bundled: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = report(ROOT, fmt).encode()
    monkeypatch.chdir(tmp_path)
    assert report(bundled, fmt).encode() == first
    moved = tmp_path / "elsewhere" / "deeper"
    shutil.copytree(bundled, moved)
    monkeypatch.chdir(moved / "options")
    assert report(Path(".."), fmt).encode() == first


def test_generation_time_comes_from_source_date_epoch(epoch: None) -> None:
    context = build_context(appraise(load_appraisal(ROOT)))
    assert context["audit"]["generated"] == "2017-12-20T00:00:00Z"
    assert context["audit"]["source_date_epoch"] is True


def test_generation_time_without_source_date_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    before = datetime.now(timezone.utc).replace(microsecond=0)
    assert before <= generation_time() <= datetime.now(timezone.utc)


def test_bad_source_date_epoch_is_an_error() -> None:
    with pytest.raises(AppraisalError) as err:
        generation_time({"SOURCE_DATE_EPOCH": "yesterday"})
    assert err.value.problems[0].code == "E303"


def test_audit_paths_are_relative_and_hashes_match(epoch: None) -> None:
    import hashlib

    audit = build_context(appraise(load_appraisal(ROOT)), command="adm-appraise report x")["audit"]
    assert audit["command"] == "adm-appraise report x"
    assert audit["files"][0]["path"] == "criteria.yaml"
    assert all(not f["path"].startswith("/") for f in audit["files"])
    for f in audit["files"]:
        assert f["sha256"] == hashlib.sha256((ROOT / f["path"]).read_bytes()).hexdigest()


# --- the context --------------------------------------------------------------------------


def test_context_is_plain_data(epoch: None) -> None:
    context = build_context(appraise(load_appraisal(ROOT)), SENSITIVITY)
    assert json.loads(json.dumps(context)) == context  # no pandas, numpy or Markup inside
    assert context["leader"]["id"] == "wholly_owned_company"
    assert [o["id"] for o in context["shortlist"]] == [
        "wholly_owned_company",
        "strategic_partnership",
    ]
    assert [o["id"] for o in context["benchmarks"]] == ["business_as_usual", "outsource_part"]
    assert context["summary"]["margin"] == pytest.approx(5.0)
    assert sum(c["weight"] for c in context["criteria"]) == pytest.approx(1.0)
    by_id = {o["id"]: o for o in context["options"]}
    assert by_id["wholly_owned_company"]["vs_baseline"] == pytest.approx(25.0)


def test_every_context_key_is_documented() -> None:
    section = (ROOT / "docs/reference/templates.md").read_text(encoding="utf-8")
    context = build_context(appraise(load_appraisal(ROOT)), SENSITIVITY)
    for key in context:
        assert f"`{key}`" in section, f"context key {key!r} is not documented in docs/reference/templates.md"


def test_format_from_suffix() -> None:
    assert format_for("a/report.HTML") == "html"
    assert format_for("report.md") == "markdown"
    assert format_for("report.txt") == "markdown"
    assert format_for("report.pdf") == "pdf" and format_for("Report.DOCX") == "docx"
    assert format_for("report.rtf") is None
    assert format_for(None) is None


# --- sensitivity --------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_sensitivity_section(fmt: str, epoch: None) -> None:
    text = report(ROOT, fmt, sensitivity=SENSITIVITY)
    assert "the ranking holds unless weights move by at least" in text
    assert re.search(r"at least (<strong>)?12\.0 percentage points", text)
    assert "Switching values" in text and "Rank acceptability" in text
    assert "31.0%" in text and "81%" in text
    if fmt == "html":
        for chart in ("tornado", "acceptability"):
            assert f'class="chart chart-{chart} chart-wide"' in text
            assert f'class="chart chart-{chart} chart-narrow"' in text


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_sensitivity_absent_or_without_challenger(fmt: str, epoch: None) -> None:
    assert "No sensitivity analysis is included" in report(ROOT, fmt)
    unbeatable = {**SENSITIVITY, "closest_challenge": None, "monte_carlo": None}
    text = report(ROOT, fmt, sensitivity=unbeatable)
    assert "No change of weights lets another option take the lead" in text
    assert "Rank acceptability" not in text


# --- HTML structure -----------------------------------------------------------------------

VOID = {
    "meta",
    "br",
    "hr",
    "img",
    "input",
    "link",
    "source",
    "wbr",
    "col",
    "area",
    "base",
    "embed",
    "track",
}
SVG_EMPTY = {"rect", "line", "path", "circle"}


class Structure(HTMLParser):
    """Collects tags and checks nesting; records anything that would reach the network."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.tables: list[dict[str, Any]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "table":
            self.tables.append({"caption": False, "th": 0, "scoped": 0})
        if tag == "caption" and self.tables:
            self.tables[-1]["caption"] = True
        if tag == "th" and self.tables:
            self.tables[-1]["th"] += 1
            self.tables[-1]["scoped"] += dict(attrs).get("scope") in ("col", "row")
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes <{self.stack[-1] if self.stack else None}>")
        else:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(html_text: str) -> Structure:
    parser = Structure()
    parser.feed(html_text)
    parser.close()
    return parser


def test_html_structure(epoch: None) -> None:
    text = report(ROOT, "html", sensitivity=SENSITIVITY)
    doc = parse(text)
    assert not doc.errors and not doc.stack, doc.errors[:5]
    body = "".join(doc.text)
    for option in load_appraisal(ROOT).options:
        assert option.name in body
    assert doc.tables and all(
        t["caption"] and t["th"] and t["th"] == t["scoped"] for t in doc.tables
    )
    names = [t for t, _ in doc.tags]
    assert "script" not in names and "iframe" not in names and "link" not in names
    for tag, attrs in doc.tags:
        for attr in ("src", "href", "xlink:href", "action"):
            value = attrs.get(attr) or ""
            assert not re.match(r"\s*(https?:)?//", value), (tag, attr, value)
        assert not any(a.startswith("on") for a in attrs), (tag, attrs)
    assert (
        "meta",
        {"name": "viewport", "content": "width=device-width, initial-scale=1"},
    ) in doc.tags
    svgs = [a for t, a in doc.tags if t == "svg"]
    assert len(svgs) >= 4 and all(a.get("role") == "img" and a.get("aria-label") for a in svgs)
    assert names.count("title") >= len(svgs) + 1
    assert "@page" in text and "size: A4" in text and "@media print" in text


# --- escaping -----------------------------------------------------------------------------

CRITERIA = """
    appraisal:
      title: "T <b>bold</b> | pipe"
      scale: {min: 0, max: 5}
      shortlist: {top: 3}
    criteria:
      - {id: cost, name: "Cost <i>", weight: 1}
      - {id: quality, name: "=HYPERLINK(\\"http://evil\\")", weight: 1}
    gates:
      - {id: legal, name: "Legal | gate"}
"""

HOSTILE = {
    "script": ("<script>alert(1)</script>", "pass"),
    "pipe": ("Pipe | name\\nsecond line", "pass"),
    "formula": ("=cmd|' /C calc'!A0", "conditional"),
}


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    options = {
        key: f"""
            id: {key}
            name: "{name}"
            description: "<img src=x onerror=alert(2)> | desc\\n# heading"
            gates: {{legal: {{result: {gate}, rationale: "<b>why</b> | because"}}}}
            scores:
              cost: {{score: 3, rationale: "<script>r()</script>", evidence: ["[link](http://evil)", "a | b"]}}
              quality: {{score: {i + 2}, rationale: "ok"}}
        """
        for i, (key, (name, gate)) in enumerate(HOSTILE.items())
    }
    return make_appraisal(tmp_path / "hostile", CRITERIA, **options)


def test_html_escapes_everything(hostile: Path, epoch: None) -> None:
    text = report(hostile, "html")
    doc = parse(text)
    assert not doc.errors
    assert "<script" not in text and "<img" not in text and "<b>" not in text and "<i>" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert not any(t == "script" for t, _ in doc.tags)
    assert "<script>alert(1)</script>" in "".join(doc.text)  # shown as text


def test_markdown_escapes_everything(hostile: Path, epoch: None) -> None:
    text = report(hostile, "markdown")
    assert "<script" not in text and "<img" not in text and "<b>" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "](http" not in text.replace("\\](http", "")  # no live link
    lines = text.splitlines()
    for line in lines:  # every table row has the same number of cells as its header
        assert not line.startswith("=") and not line.startswith("# heading")
    tables: list[list[str]] = []
    for line in lines + [""]:
        if line.startswith("|"):
            tables[-1:] = [tables[-1] + [line]] if tables and tables[-1] else [[line]]
        elif tables and tables[-1]:
            tables.append([])
    for table in filter(None, tables):
        widths = {len(re.findall(r"(?<!\\)\|", row)) for row in table}
        assert len(widths) == 1, table
    assert "Pipe \\| name second line" in text
    assert "\\=cmd\\|' /C calc'!A0" in text or "=cmd\\|' /C calc'!A0" in text


def _many_options(folder: Path, n: int) -> Path:
    """n options on three criteria (scores cycling through the scale), one failing the gate."""
    criteria = ("appraisal: {title: Many, scale: {min: 0, max: 5}, baseline: o000}\n"
                "criteria:\n" + "".join(f"  - {{id: c{j}, name: C{j}, weight: 1}}\n" for j in range(3))
                + "gates:\n  - {id: g, name: G}\n")
    options = {
        f"o{i:03d}": f"id: o{i:03d}\nname: Option {i:03d}\ngates: {{g: {'fail' if i == 0 else 'pass'}}}\n"
                     f"scores: {{c0: {i % 6}, c1: {i * 7 % 6}, c2: {i * 5 // 3 % 6}}}\n"
        for i in range(n)
    }
    return make_appraisal(folder, criteria, **options)


def test_a_report_of_hundreds_of_options_bounds_its_charts_and_says_what_it_leaves_out(tmp_path: Path) -> None:
    # 300 options: the rank acceptability table would be 299 x 299 and the heat table 300 rows.
    # Scores repeat every 6 options, so the 299 eligible options fall into groups of equal scores.
    result = appraise(load_appraisal(_many_options(tmp_path, 300)))
    from adm_appraise.analysis.sensitivity import analyse

    found = analyse(result, 200)
    sensitivity = found.to_dict()
    assert len(sensitivity["monte_carlo"]["rank_acceptability"]) == 299  # the JSON keeps every option
    context = build_context(result, sensitivity)
    # what report passes (the first 10 ranks only) gives the same sensitivity section
    assert build_context(result, found.to_dict(10))["sensitivity"] == context["sensitivity"]
    mc = context["sensitivity"]["monte_carlo"]
    assert mc["ranks"] == 10 and mc["options"] == 299
    assert 0 < len(mc["rows"]) <= 20 and mc["omitted"] == 299 - len(mc["rows"])
    assert all(len(r["shares"]) == 10 and any(r["shares"]) for r in mc["rows"])
    assert mc["note"] == (f"Shown: ranks 1 to 10 of 299, for the {len(mc['rows'])} options most often at those "
                          f"ranks ({mc['omitted']} other options are left out). The JSON output of adm-appraise "
                          "sensitivity (--format json) gives every option's share of every rank.")
    heat = context["charts"]["heat"]
    # the 30 best-ranked, then the baseline o000 (it fails the gate, so it is listed last)
    assert [o["id"] for o in heat["rows"]][-1] == "o000" and len(heat["rows"]) == 31
    assert heat["note"] == ("Shown: the 30 best-ranked of 300 options and the baseline; the other 269 are in "
                            "the decision matrix and the JSON output of adm-appraise score.")
    markdown = render_report(result, "markdown", sensitivity=sensitivity)
    html = render_report(result, "html", sensitivity=sensitivity)
    for text, escape in ((markdown, str), (html, lambda t: str(Markup.escape(t)))):
        assert escape(mc["note"]) in text and escape(heat["note"]) in text
        assert text.count("Option 123") >= 2  # the decision matrix and the details list every option
    acceptability = markdown.split("### Rank acceptability")[1].split("\n\n")[2]
    assert acceptability.count("\n") == 2 + len(mc["rows"]) - 1  # header, rule, the rows shown
    assert html.count('<th scope="col" class="num">Rank ') == 10


def test_the_render_budget_grows_with_the_appraisal(tmp_path: Path) -> None:
    from adm_appraise.render.report import scaled_limits
    from adm_appraise.render.templating import DEFAULT_LIMITS

    small = scaled_limits(appraise(load_appraisal(ROOT)))  # the bundled files: under 1 MB in all
    assert (small.seconds, small.max_chars) == (DEFAULT_LIMITS.seconds, DEFAULT_LIMITS.max_chars)
    folder = _many_options(tmp_path, 3)
    for name in ("o000", "o001", "o002"):  # each file under the 1 MiB cap
        path = folder / "options" / f"{name}.yaml"
        path.write_text(path.read_text() + "description: " + "x" * 900_000 + "\n")
    # 2.7 MB of files: two whole megabytes, so 10 + 2 x 20 s and 20 + 2 x 10 million characters
    big = scaled_limits(appraise(load_appraisal(folder)))
    assert (big.seconds, big.max_chars) == (50.0, 40_000_000)


# --- the summary --------------------------------------------------------------------------


def test_summary_leads_with_the_recommendation_then_a_list_of_reasons(epoch: None) -> None:
    """Rendered by a real Markdown renderer: a bold one-sentence recommendation, then a list."""
    from markdown_it import MarkdownIt

    text = report(ROOT, "markdown", sensitivity=SENSITIVITY)
    summary = text[text.index("## Summary") : text.index("### Background")]
    html = MarkdownIt("commonmark").render(summary)
    first = re.search(r"<h2>Summary</h2>\n<p><strong>(.*?)</strong></p>\n<ul>\n(.*?)</ul>", html, re.S)
    assert first, html
    assert first[1] == (
        "Recommendation: Take forward Company wholly owned by the council and Strategic partnership "
        "with another local authority (the top 2 eligible options), with Company wholly owned by the "
        "council as the preferred option."
    )
    reasons = re.findall(r"<li><strong>(\w+):</strong> (.*?)</li>", first[2])
    assert [r[0] for r in reasons] == ["Margin", "Strengths", "Conditions", "Robustness", "Baseline", "Scope"]
    # 75.0 - 70.0 by hand from the bundled scores (see test_context_is_plain_data)
    assert reasons[0][1].endswith("5.0 points ahead of Strategic partnership with another local authority (70.0).")
    assert "12.0 percentage points" in reasons[3][1]  # SENSITIVITY's l1_change 0.12
    html_report_text = report(ROOT, "html", sensitivity=SENSITIVITY)
    assert '<p class="lead"><strong>Take forward Company wholly owned' in html_report_text
    assert html_report_text.count("<li><strong>") >= 6
