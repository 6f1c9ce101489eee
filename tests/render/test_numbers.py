"""Numbers that add up: largest-remainder rounding, plain figures, and every table of the report.

The property test builds random appraisals, renders the whole Markdown report (sensitivity
included) and adds up every table as an auditor would, from the printed text alone.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from adm_appraise import load_appraisal
from adm_appraise.analysis.method import appraise
from adm_appraise.analysis.sensitivity import analyse
from adm_appraise.render.numbers import amount, digits_for, figure, largest_remainder, shown
from adm_appraise.render.report import FILTERS, build_context
from adm_appraise.render.templating import environment, render
from tests.conftest import make_appraisal

# --- the rounding itself ------------------------------------------------------------------


def test_the_issue_example_adds_up() -> None:
    # Parts 27.44, 15.04, 7.54, 11.24, 4.96, 7.48 (sum 73.70): rounded one by one they print
    # 27.4 + 15.0 + 7.5 + 11.2 + 5.0 + 7.5 = 73.6 beside 73.7. By hand, in tenths: floors
    # 274 + 150 + 75 + 112 + 49 + 74 = 734, three short of 737; remainders .4 .4 .4 .4 .6 .8,
    # so 7.48 (.8), 4.96 (.6) and the first .4 (27.44) go up: 27.5 + 15.0 + 7.5 + 11.2 + 5.0
    # + 7.5 = 73.7.
    parts = [27.44, 15.04, 7.54, 11.24, 4.96, 7.48]
    assert largest_remainder(parts, sum(parts)) == [27.5, 15.0, 7.5, 11.2, 5.0, 7.5]


def test_thirds_share_the_spare_unit_with_the_first() -> None:
    # 100/3 each: floors 33.3 x 3 = 99.9; the 0.1 left goes to the first of equal remainders.
    assert largest_remainder([100 / 3] * 3, 100.0) == [33.4, 33.3, 33.3]
    assert largest_remainder([100 / 3] * 3, 100.0, 0) == [34, 33, 33]


@given(st.lists(st.floats(0, 1000, allow_nan=False), min_size=1, max_size=12), st.integers(0, 3))
def test_parts_always_sum_to_the_shown_total(parts: list[float], digits: int) -> None:
    rounded = largest_remainder(parts, sum(parts), digits)
    scale = 10**digits
    assert sum(round(p * scale) for p in rounded) == round(shown(sum(parts), digits) * scale)
    # no part moves by a whole unit of the last place
    assert all(abs(r - p) < 1 / scale + 1e-9 for r, p in zip(rounded, parts, strict=True))


def test_shown_rounds_half_away_from_zero() -> None:
    assert (shown(0.25), shown(0.35), shown(-0.25), shown(2.675, 2)) == (0.3, 0.4, -0.3, 2.68)


@pytest.mark.parametrize(
    "x, unit, digits, text",
    [
        (1263.4, "£k", 0, "£1,263k"),
        (-117.0, "£k", 0, "−£117k"),
        (1.5e7, "£", 0, "£15,000,000"),
        (18, "months", 0, "18 months"),
        (1234567.891, None, 2, "1,234,567.89"),
    ],
)
def test_amounts_in_their_unit(x: float, unit: str | None, digits: int, text: str) -> None:
    assert amount(x, unit, digits) == text
    assert "e+" not in figure(x * 1e12, 0)


def test_digits_for() -> None:
    assert digits_for(1.0, 5.0, 6.0) == 0  # whole numbers print whole
    assert digits_for(4 / 3, 4.0, 16 / 3) == 2  # three significant figures of 1.33
    assert digits_for(1400 / 12, 1263.4) == 0  # 116.67: three significant figures, none after the point


# --- every table of the report adds up ----------------------------------------------------

CELL = re.compile(r"(?<!\\)\|")


def tables(markdown: str) -> dict[str, list[list[str]]]:
    """Each Markdown table under its nearest heading (a later table under the same heading gets
    a numbered key), as rows of stripped cells, header row first, the rule row dropped."""
    found: dict[str, list[list[str]]] = {}
    heading, current = "", None
    for line in markdown.splitlines():
        if line.startswith("#"):
            heading, current = line.lstrip("# ").strip(), None
        elif line.startswith("**") and line.endswith("**"):
            heading, current = line.strip("*"), None
        elif line.startswith("|"):
            if current is None:
                key, n = heading, 2
                while key in found:
                    key, n = f"{heading} {n}", n + 1
                current = found[key] = []
            cells = [c.strip() for c in CELL.split(line)[1:-1]]
            if not all(re.fullmatch(r":?-+:?", c) for c in cells):
                current.append(cells)
        else:
            current = None
    return found


def number(cell: str) -> float:
    text = cell.replace("**", "").replace("−", "-").replace("±", "").replace(",", "").rstrip("%")
    return float(text)


CRITERIA = """
appraisal:
  title: Random appraisal
  scale: {{min: 0, max: 5}}
  baseline: o0
  shortlist: {{top: 2}}
criteria:
{criteria}
gates:
  - {{id: lawful, name: Lawful}}
"""

appraisals = st.integers(1, 6).flatmap(
    lambda n: st.tuples(
        st.lists(st.integers(1, 97), min_size=n, max_size=n),  # weights
        st.lists(  # options: gate result and a score per criterion, in half points
            st.tuples(
                st.sampled_from(["pass", "pass", "conditional", "fail"]),
                st.lists(st.integers(0, 10), min_size=n, max_size=n),
            ),
            min_size=2,
            max_size=7,
        ),
    )
)


def write(folder: Path, weights: list[int], options: list[tuple[str, list[int]]]) -> Path:
    criteria = "\n".join(
        f"  - {{id: c{k}, name: Criterion {k}, weight: {w}}}" for k, w in enumerate(weights)
    )
    files = {}
    for i, (gate, scores) in enumerate(options):
        body = ", ".join(f"c{k}: {s / 2:g}" for k, s in enumerate(scores))
        files[f"o{i}"] = (
            f"id: o{i}\nname: Option {i}\n"
            f"gates: {{lawful: {{result: {gate}, rationale: because}}}}\nscores: {{{body}}}\n"
        )
    return make_appraisal(folder, CRITERIA.format(criteria=criteria), **files)


MARKDOWN = environment("markdown", None, FILTERS)  # one environment: templates compile once
HTML = environment("html", None, FILTERS)


def html_rows(html: str, table_class: str) -> list[list[str]]:
    """The body rows of <table class=table_class> as cell texts (tags dropped)."""
    match = re.search(rf'<table class="{table_class}">.*?<tbody>(.*?)</tbody>', html, re.S)
    if not match:
        return []
    rows = re.findall(r"<tr[^>]*>(.*?)</tr>", match[1], re.S)
    return [[re.sub(r"<[^>]+>", "", c).strip() for c in re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", r, re.S)]
            for r in rows]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(appraisals)
def test_every_table_adds_up_as_printed(case: tuple[list[int], list[tuple[str, list[int]]]]) -> None:
    weights, options = case
    with tempfile.TemporaryDirectory() as tmp:
        result = appraise(load_appraisal(write(Path(tmp) / "a", weights, options)))
        sensitivity = analyse(result, 200, seed=1).to_dict()
        context = build_context(result, sensitivity) | {"format": "markdown"}
        text = render(MARKDOWN, "report.md.j2", context)
        html = render(HTML, "report.html.j2", build_context(result, sensitivity) | {"format": "html"})
    found = tables(text)
    n = len(weights)

    # Criteria and weights: the percentages add up to 100.0%.
    shares = [number(row[1]) for row in found["Criteria and weights"][1:]]
    assert len(shares) == n and round(sum(shares), 1) == 100.0

    # Ranking: contributions add up to the score; "vs baseline" is the difference as printed.
    ranking = found.get("Ranking", [])
    benchmarks = found.get("Benchmarks (ineligible: failed a gate, not ranked)", [])
    scores = {row[1].replace(" (conditional)", ""): number(row[2]) for row in ranking[1:]}
    scores |= {row[0]: number(row[1]) for row in benchmarks[1:]}
    base = scores["Option 0"]
    for row in ranking[1:]:
        parts = [number(c) for c in row[4 : 4 + n]]
        assert round(sum(parts), 1) == number(row[2]), row
        assert round(number(row[2]) - base, 1) == round(number(row[3]), 1), row
    for row in benchmarks[1:]:
        assert round(number(row[1]) - base, 1) == round(number(row[2]), 1), row

    # Ranks in order; every option table lists options in the ranking's order.
    ranks = [int(row[0]) for row in ranking[1:]]
    assert ranks == sorted(ranks)
    order = [name for name in scores]  # ranked, then benchmarks (the report's order)
    for key in ("Decision matrix", "Weighted contributions", "Gate and score heat table"):
        listed = [row[0].replace(" (benchmark)", "") for row in found[key][1:]]
        assert listed == order, key
    # Each option's detail section agrees with the table too.
    for score in scores.values():
        assert f"overall score **{score:.1f}**" in text

    # The summary's margin is the difference between the two scores as printed.
    if len(ranking) > 2:
        first, second = number(ranking[1][2]), number(ranking[2][2])
        if first > second:
            match = re.search(r"([\d.]+) points? ahead of Option \d+ \(([\d.]+)\)", text)
            assert match and float(match[1]) == round(first - second, 1) and float(match[2]) == second
        else:
            assert "the two share first place" in text

    # The HTML tables print the same numbers: ranking and benchmarks (with every contribution)
    # add up; the what-the-weights-are header percentages add up to 100.0.
    for row in html_rows(html, "ranking"):
        score, parts = number(row[2]), [number(c) for c in row[4 : 4 + n]]
        assert round(sum(parts), 1) == score and scores[row[1].replace(" conditional", "")] == score, row
    for row in html_rows(html, "benchmarks"):
        parts = [number(c) for c in row[3 : 3 + n]]
        assert round(sum(parts), 1) == number(row[1]), row
    header = re.findall(r'<span class="note">\(([\d.]+)%\)</span>', html)
    assert len(header) == n and round(sum(float(h) for h in header), 1) == 100.0

    # Rank acceptability: each row adds up to 100%, rows in ranking order.
    acceptability = found.get("Rank acceptability")
    if acceptability:
        for row in acceptability[1:]:
            assert sum(number(c) for c in row[1:-1] if c != "–") == 100, row
        assert [row[0] for row in acceptability[1:]] == [row[1].replace(" (conditional)", "") for row in ranking[1:]]


def test_signed_filter_with_thousands() -> None:
    from adm_appraise.render.report import FILTERS

    signed = FILTERS["signed"]
    assert (signed(1593.24), signed(-1593.24), signed(0.04), signed(None)) == ("+1,593.2", "−1,593.2", "±0.0", "–")


def test_number_filters_print_a_value_the_same_however_often_and_whatever_its_type() -> None:
    # the filters remember what they printed: 1, 1.0, True and a numpy float print alike, as float()
    # of each does; a second call gives the same text; an argument that cannot be remembered is
    # printed (or refused) as before
    import numpy as np

    from adm_appraise.render.report import FILTERS

    num, raw, pct = FILTERS["num"], FILTERS["raw"], FILTERS["pct"]
    assert [num(v) for v in (1, 1.0, True, np.float64(1.0), 1)] == ["1.0"] * 5
    assert [raw(v) for v in (1234.5, 1234.5, np.float32(2.0), 2)] == ["1,234.5", "1,234.5", "2", "2"]
    assert (num(2.25, 0), num(2.25), num(2.25, digits=2)) == ("2", "2.3", "2.25")  # each digits its own entry
    assert (pct(0.125), pct(0.125, 1), num(None), raw(None)) == ("13%", "12.5%", "–", "–")
    with pytest.raises(TypeError):  # unhashable: not remembered, refused by float() as before
        num([1.0])
