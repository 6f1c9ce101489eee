"""Output safety (SPEC): every format escapes what it embeds from the files."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from adm_appraise import appraise, load_appraisal
from adm_appraise.render.score import render_score
from adm_appraise.render.text import csv_text, markdown_text, terminal_text
from tests.conftest import make_appraisal

CRITERIA = """
appraisal: {title: "Evil | title\\nline", scale: {min: 0, max: 5}}
criteria: [{id: c, name: C, weight: 1}]
"""
NAMES = {
    "script": "<script>alert(1)</script>",
    "pipe": "a | b\\nc",
    "formula": '=HYPERLINK(\\"http://x\\")',
    "escape": "bell\\a and \\e[31mred",
}


@pytest.fixture
def result(tmp_path: Path):
    options = {oid: f'id: {oid}\nname: "{name}"\nscores: {{c: 3}}\n' for oid, name in NAMES.items()}
    return appraise(load_appraisal(make_appraisal(tmp_path, CRITERIA, **options)))


def test_helpers() -> None:
    assert markdown_text("<b>a|b</b>\nnext") == "&lt;b&gt;a\\|b&lt;/b&gt; next"
    assert markdown_text("[link](x) *em*") == "\\[link\\](x) \\*em\\*"
    assert csv_text("=1+1") == "'=1+1" and csv_text("-2") == "'-2" and csv_text("@a") == "'@a"
    assert csv_text("\tx") == "'\tx" and csv_text("\rx") == "'\rx" and csv_text("plain") == "plain"
    assert terminal_text("a\x1b[31mb\nc") == "a\\x1b[31mb\\nc"
    assert terminal_text("\u202eevil\u2066\r\x85\x7f") == "\\u202eevil\\u2066\\r\\x85\\x7f"
    # a spreadsheet skips leading whitespace and controls before it looks for '='
    for text in (" =1+1", "\n=1+3", "\u200b=1", "\x00@SUM(A1)", " \t-2"):
        assert csv_text(text) == "'" + text


def test_json_keeps_text_unchanged(result) -> None:
    data = json.loads(render_score(result, "json"))
    assert {r["name"] for r in data["ranking"]} == {"<script>alert(1)</script>", "a | b\nc",
                                                     '=HYPERLINK("http://x")', "bell\x07 and \x1b[31mred"}
    assert data["title"] == "Evil | title\nline"


def test_csv_cells_cannot_run_as_formulas(result) -> None:
    rows = list(csv.DictReader(io.StringIO(render_score(result, "csv"))))
    assert {r["name"] for r in rows} >= {"'=HYPERLINK(\"http://x\")", "a | b\nc"}
    assert all(not r["name"].startswith(("=", "+", "-", "@")) for r in rows)


def test_markdown_cells_are_escaped(result) -> None:
    text = render_score(result, "markdown")
    assert text.startswith("## Evil \\| title line\n")
    assert "<script>" not in text
    # every table row has exactly the header's number of unescaped pipes
    rows = [line for line in text.splitlines() if line.startswith("|")]
    counts = {line.replace("\\|", "").count("|") for line in rows}
    assert counts == {7}  # Rank, Option, Score, c, Gates, Shortlist: 6 columns, 7 pipes


def test_table_has_no_control_characters(result) -> None:
    text = render_score(result, "table")
    assert "\x1b" not in text and "\x07" not in text
    assert text.startswith("Evil | title\\nline\n")


HOSTILE = ["www.example.com", "a@b.com", "see www.example.com/x?y", "http://evil.com", "mailto:a@b.com",
           "x.y.z@ex-ample.co.uk", "foo.com", "ftp://x.org", "(www.a.com)", "*www.a.com*", "user+tag@host.org",
           "xmpp:a@b.com", "HTTPS://x.io", "WWW.A.COM", "~www.a.com~", "_www.a.com_", "a.b@c-d.e-f.gh", "1@2.3",
           "www.x.com.", "a@b@c.com", "foo@bar.baz/qux", "x at www.a.com,b@c.org;http://d.ef", "a&b@c.com"]


def gfm_autolinks(source: str, text: str) -> list[str]:
    """What GFM's autolink extension (cmark-gfm, GitHub) would link, by its rules: 'www.' standing in
    the source at the start or after whitespace or * _ ~ (, then a valid domain character; a scheme
    and '://' in the source; and, in the text once escapes and entities are undone, an '@' with a
    valid character (alphanumeric . + - _) before it and a domain with a dot after it."""
    www = re.findall(r"(?i)(?:^|[\s*_~(])(www\.[a-z0-9_-])", source)
    schemes = re.findall(r"(?i)(?:https?|ftp)://", source)
    emails = re.findall(r"[A-Za-z0-9.+_-]@[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)+", text)
    return www + schemes + emails


def test_markdown_links_nothing_by_the_gfm_autolink_rules() -> None:
    """Checked by hand in cmark-gfm 0.9 (npm cmark-gfm, the autolink extension) and marked 18 (gfm: true)
    on these names, in a table and in paragraphs: no link, where the escapes before gave 48 and 18."""
    import html as html_module

    from markdown_it import MarkdownIt

    md = MarkdownIt("gfm-like")
    for name in HOSTILE:
        source = markdown_text(name)
        rendered = md.renderInline(source)
        assert "<a " not in rendered, (name, source)
        text = html_module.unescape(rendered)
        assert gfm_autolinks(source, text) == [], (name, source)
        assert text.replace("\u2060", "") == name


def test_markdown_is_plain_text_in_a_real_renderer(tmp_path: Path) -> None:
    """GitHub-flavoured Markdown (markdown-it-py's gfm-like preset: tables, strikethrough, linkify)
    shows the text from the files as written: no link, no strike-through, no emphasis."""
    from markdown_it import MarkdownIt

    from adm_appraise.render.report import render_report

    names = {"url": "see https://evil.example/x_y", "www": "www.evil.example", "mail": "me@evil.example",
             "bare": "evil.example", "tilde": "~~struck~~ and ~one~", "under": "_em_ and __strong__"}
    md = MarkdownIt("gfm-like")
    for name in names.values():  # an e-mail address gains an invisible word joiner before its '@'
        assert md.renderInline(markdown_text(name)).replace("\u2060", "") == name
    assert md.renderInline(markdown_text("wholly_owned_company")) == "wholly_owned_company"
    # and in a whole report, where names, rationales and the title are embedded
    options = {oid: f'id: {oid}\nname: "{name}"\nscores: {{c: {{score: 3, rationale: "{name}"}}}}\n'
               for oid, name in names.items()}
    criteria = CRITERIA.replace("Evil | title\\nline", "Fees ~~waived~~ at https://council.example")
    result = appraise(load_appraisal(make_appraisal(tmp_path, criteria, **options)))
    html = md.render(render_report(result, "markdown"))
    for tag in ("<a ", "<s>", "<del>", "<em>em</em>", "<strong>strong</strong>"):
        assert tag not in html
    assert "<h1>Fees ~~waived~~ at https://council.example</h1>" in html
    for name in names.values():
        assert name in html.replace("\u2060", "")


def test_json_writes_del_c1_and_bidi_controls_as_escapes(tmp_path: Path) -> None:
    """JSON keeps the text (the same string once parsed) but no DEL, C1 (CSI, 0x9b) or bidi control reaches a
    terminal raw: json.dumps escapes only the C0 controls."""
    from click.testing import CliRunner

    from adm_appraise.cli import main

    name = "A\x7f\x9b2J\u202eB"
    escaped = r'"A\x7f\x9b2J\u202eB"'  # YAML's escapes
    options = {o: f"id: {o}\nname: {escaped if o == 'a' else o}\nscores: {{c: {s}}}\n" for o, s in (("a", 3), ("b", 4))}
    folder = make_appraisal(tmp_path, CRITERIA.replace("baseline: a", "baseline: b"), **options)
    result = CliRunner().invoke(main, ["score", "--format", "json", str(folder)])
    assert result.exit_code == 0, result.output
    assert not set(result.stdout) & set("\x7f\x9b\u202e")
    assert "A\\u007f\\u009b2J\\u202eB" in result.stdout
    assert name in {o["name"] for o in json.loads(result.stdout)["ranking"]}
    folder.joinpath("options/b.yaml").write_text(f"id: b\nname: B\nscores: {{c: 4, {escaped}: 1}}\n")
    result = CliRunner().invoke(main, ["validate", "--format", "json", str(folder)])
    assert result.exit_code == 1
    assert not set(result.stdout) & set("\x7f\x9b\u202e")
    assert any(name in p["message"] for p in json.loads(result.stdout)["problems"])


def test_the_terminal_rounds_half_away_from_zero_as_the_report_does(tmp_path: Path) -> None:
    from adm_appraise.render.diff import one
    from adm_appraise.render.numbers import figure

    # Alpha scores 0.5 on a 0-8 scale with the only criterion: 0.5 / 8 * 100 = 6.25 points exactly
    # (binary fractions), shown 6.3 (half away from zero); Python's own formatting gives 6.2
    # (round half to even). Beta: 1 / 8 * 100 = 12.5.
    folder = make_appraisal(
        tmp_path, "appraisal: {title: Half, scale: {min: 0, max: 8}}\ncriteria: [{id: q, name: Quality, weight: 1}]\n",
        a="id: a\nname: Alpha\nscores: {q: 0.5}\n", b="id: b\nname: Beta\nscores: {q: 1}\n")
    assert f"{6.25:.1f}" == "6.2"  # what the table printed before
    result = appraise(load_appraisal(folder))
    alpha = next(line for line in render_score(result, "table").splitlines() if "Alpha" in line)
    assert alpha.split() == ["2", "Alpha", "6.3", "6.3", "yes"]
    assert re.search(r"\| +2 \| Alpha +\| +6\.3 \| +6\.3 \|", render_score(result, "markdown"))
    from adm_appraise.render.report import render_report  # the report shows the same figure
    assert "| 2 | Alpha | **6.3** | 6.3 |" in render_report(result, "markdown")
    # 0.125 at two decimals: 12.5 hundredths, half away from zero -> 0.13 (Python: 0.12)
    assert figure(0.125, 2) == "0.13" and f"{0.125:.2f}" == "0.12"
    assert one(6.25) == "6.3" and one(-6.25, "+") == "-6.3" and one(0.04, "+") == "+0.0"
