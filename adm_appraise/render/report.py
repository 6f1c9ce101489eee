"""Appraisal reports: the template context, and rendering it as Markdown or HTML.

``build_context`` turns a scored :class:`~adm_appraise.analysis.method.Result` (plus, optionally,
the plain dict that sensitivity analysis returns) into a plain, JSON-serialisable dict;
``render_report`` renders it through the shipped or user templates. The same context feeds
both formats. Output depends only on the inputs: options in ranking order, criteria and
gates in file order, paths relative to the appraisal folder, numbers at fixed precision, and
the generation time from SOURCE_DATE_EPOCH when it is set.
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from markupsafe import Markup

from adm_appraise import __version__
from adm_appraise.analysis.method import Result
from adm_appraise.model import Criterion
from adm_appraise.problems import CODES, AppraisalError, Location, Problem
from adm_appraise.render import charts
from adm_appraise.render.benefits import benefits_context
from adm_appraise.render.economics import economic_context
from adm_appraise.render.equality import equality_context
from adm_appraise.render.longlist import longlist_context
from adm_appraise.render.numbers import amount, digits_for, figure, largest_remainder, shown
from adm_appraise.render.output import RelativePaths, format_for, generation_time
from adm_appraise.render.risks import risks_context

__all__ = ["build_context", "format_for", "render_report"]
from adm_appraise.render.panel import panel_context
from adm_appraise.render.sensitivity_view import sensitivity_context
from adm_appraise.render.templating import DEFAULT_LIMITS, Limits, environment, render
from adm_appraise.render.text import html_text
from adm_appraise.render.weighting import weighting_context

FORMATS = {"markdown": "report.md.j2", "html": "report.html.j2"}
DOCUMENTS = ("pdf", "docx")  # binary formats, made from the HTML report
PER_CHAR = 2.5  # points of overall score per character of a Markdown text bar
DIGITS = 1  # decimals of every score, contribution and weight percentage the report shows


def render_report(
    result: Result,
    fmt: str = "markdown",
    *,
    sensitivity: Mapping[str, Any] | None = None,
    command: str | None = None,
    template_dir: str | Path | None = None,
    generated: datetime | None = None,
    limits: Limits | None = None,
    interactive: bool = False,
    changes: Mapping[str, Any] | None = None,
) -> str:
    """The report as a string, in ``fmt`` ('markdown' or 'html'); ``interactive`` (HTML only)
    adds the what-if sliders, the one script a report may hold.

    ``limits`` defaults to the sandbox's budget grown with the appraisal (``scaled_limits``).
    ``changes`` is ``render.diff.changes_context`` of a comparison with an earlier version.
    """
    folder = Path(template_dir) if template_dir is not None else None
    context = build_context(
        result, sensitivity, command=command, generated=generated, template_dir=folder
    )
    context["changes"] = None if changes is None else dict(changes)
    if interactive and fmt == "html":
        context["interactive"] = _interactive(context)
    context["format"] = fmt
    env = environment(fmt, folder, FILTERS)
    text = render(env, FORMATS[fmt], context, limits or scaled_limits(result))
    return html_text(text) if fmt == "html" else text


PER_MEGABYTE = (20.0, 10_000_000)  # seconds and characters of budget per MB of input files


def scaled_limits(result: Result) -> Limits:
    """The default budget, plus PER_MEGABYTE for each whole megabyte of the appraisal's files.

    The budget stops a runaway template; a report of ten thousand options, each score with
    its rationale, is rightly larger and slower than one of eleven.
    """
    size = sum(Path(p).stat().st_size for p in result.appraisal.files) // 1_000_000
    return replace(
        DEFAULT_LIMITS,
        seconds=DEFAULT_LIMITS.seconds + PER_MEGABYTE[0] * size,
        max_chars=DEFAULT_LIMITS.max_chars + int(PER_MEGABYTE[1] * size),
    )


def render_document(
    result: Result,
    fmt: str,
    *,
    where: str,
    generated: datetime | None = None,
    reference_doc: str | Path | None = None,
    **kw: Any,
) -> bytes:
    """The report as a PDF (``fmt`` 'pdf', through WeasyPrint) or a Word document ('docx',
    through python-docx): both made from the HTML report. ``where``: the output's name, for
    error messages; ``reference_doc``: a .docx whose styles and page setup the Word document
    takes."""
    from adm_appraise.render import documents

    html = render_report(result, "html", generated=generated, **kw)
    if fmt == "pdf":
        return documents.to_pdf(html, where)
    reference = None if reference_doc is None else str(reference_doc)
    return documents.to_docx(html, generated, where, reference=reference)


def render_paper(
    result: Result,
    fmt: str,
    document: str,
    *,
    sensitivity: Mapping[str, Any] | None = None,
    command: str | None = None,
    template_dir: str | Path | None = None,
    generated: datetime | None = None,
    limits: Limits | None = None,
    where: str = "paper",
    reference_doc: str | Path | None = None,
) -> tuple[str | bytes, str | bytes | None]:
    """The committee paper (``document`` 'committee') or the outline business case ('business-case')
    in ``fmt`` (markdown, html, pdf or docx), and its exempt appendix (None when paper.yaml marks
    nothing exempt). PDF and Word are made from the HTML, as the report's are."""
    from adm_appraise.files.paper import SCHEDULE_12A
    from adm_appraise.render.paper import TEMPLATES, appendix_name, paper_contexts

    folder = Path(template_dir) if template_dir is not None else None
    context = build_context(result, sensitivity, command=command, generated=generated, template_dir=folder)
    context["schedule_12a"] = dict(SCHEDULE_12A)
    public, appendix = paper_contexts(context, result.appraisal, document, sensitivity)
    source = "html" if fmt in DOCUMENTS else fmt
    env = environment(source, folder, FILTERS)
    budget = limits or scaled_limits(result)
    out: list[str | bytes | None] = []
    for part, name in ((public, where), (appendix, appendix_name(where))):
        if part is None:
            out.append(None)
            continue
        part["format"] = source
        text = render(env, TEMPLATES[source], part, budget)
        if source == "html":
            text = html_text(text)
        running = ("Exempt appendix: not for publication" if part["paper"]["part"] == "appendix"
                   else "Report" if document == "committee" else "Outline business case")
        out.append(_document(text, fmt, name, generated, reference_doc, running))
    assert out[0] is not None
    return out[0], out[1]


def _document(html: str, fmt: str, where: str, generated: datetime | None,
              reference_doc: str | Path | None, running: str) -> str | bytes:
    """``html`` as ``fmt``: itself for markdown and html (already rendered), else a PDF or Word document."""
    if fmt not in DOCUMENTS:
        return html
    from adm_appraise.render import documents

    if fmt == "pdf":
        return documents.to_pdf(html, where)
    return documents.to_docx(html, generated, where, reference=None if reference_doc is None else str(reference_doc),
                             running=running)


def build_context(
    result: Result,
    sensitivity: Mapping[str, Any] | None = None,
    *,
    command: str | None = None,
    generated: datetime | None = None,
    template_dir: Path | None = None,
) -> dict[str, Any]:
    """The plain dict every report template receives (the documentation's "Report templates" lists the keys)."""
    appraisal = result.appraisal
    data = result.to_dict()
    criteria = _criteria(result)
    relative = RelativePaths(appraisal.criteria_path.parent)
    options = [_option(result, row, criteria, relative) for row in data["ranking"]]
    by_id = {o["id"]: o for o in options}
    baseline = by_id.get(appraisal.baseline) if appraisal.baseline else None
    for o in options:  # from the shown scores, so the difference is the one a reader works out
        o["vs_baseline"] = None if baseline is None else shown(o["shown"] - baseline["shown"])
    ranked = [o for o in options if o["eligible"]]
    sifted = [_sifted(appraisal.option(oid), relative) for oid in result.sifted_out]
    return {
        "format": None,
        "title": appraisal.title,
        "organisation": appraisal.organisation,
        "date": appraisal.date,
        "description": appraisal.description,
        "summary": _summary(ranked, options, criteria),
        "method": {
            "name": "weighted-sum",
            "scale": {"min": appraisal.scale[0], "max": appraisal.scale[1]},
            "scenario": result.scenario,
            "overrides": dict(result.overrides),
            "shortlist_rule": appraisal.shortlist.describe(),
            "baseline": appraisal.baseline,
        },
        "criteria": criteria,
        "weighting": weighting_context(appraisal, result),
        "gates": _gates(result, [*options, *sifted]),
        "options": options,
        "sifted_out": sifted,
        "longlist": longlist_context(appraisal, data),
        "ranked": ranked,
        "benchmarks": [o for o in options if not o["eligible"]],
        "shortlist": [by_id[i] for i in data["shortlist"]],
        "leader": by_id.get(result.leader) if result.leader else None,
        "baseline": baseline,
        "charts": _charts(options, criteria, appraisal),
        "sensitivity": None
        if sensitivity is None
        else sensitivity_context(sensitivity, by_id, criteria,
                                 {g.id: g.name for g in appraisal.weighting.groups} if appraisal.weighting else None),
        "panel": panel_context(result),
        "accepted": [
            {"code": a.code, "name": CODES[a.code][0], "explanation": CODES[a.code][1], "target": a.target,
             "file": a.file, "option": a.option, "criterion": a.criterion, "reason": a.reason, "by": a.by,
             "date": a.date}
            for a in appraisal.accepted if a.code in CODES
        ],
        "audit": _audit(result, command, generated, template_dir, relative),
        "interactive": None,
        "changes": None,
        "benefits": benefits_context(appraisal, result.leader),
        "equality": equality_context(appraisal, {r["id"]: r["score"] for r in data["ranking"]}),
        "risks": risks_context(appraisal, list(data["shortlist"])),
        "economics": economic_context(appraisal, {str(c): float(w) for c, w in result.weights.items()},
                                      (sensitivity or {}).get("value_for_money")),
    }


def _criteria(result: Result) -> list[dict[str, Any]]:
    appraisal = result.appraisal
    raw = appraisal.weights(result.scenario, result.overrides)
    weights = [float(result.weights[c.id]) * 100 for c in appraisal.criteria]
    percents = largest_remainder(weights, 100.0, DIGITS)
    out = []
    for i, c in enumerate(appraisal.criteria):
        out.append(
            {
                "id": c.id,
                "name": c.name,
                "weight": float(result.weights[c.id]),
                "percent": percents[i],
                "raw_weight": float(raw[c.id]),
                "description": c.description,
                "type": c.type,
                "unit": c.unit,
                "direction": c.direction,
                "range": list(c.range) if c.range else None,
                "worst": float(result.matrix.worst[c.id]),
                "best": float(result.matrix.best[c.id]),
                "levels": [{"score": k, "text": c.levels[k]} for k in sorted(c.levels)],
                "function": _value_function(c, float(result.matrix.worst[c.id]), float(result.matrix.best[c.id])),
                "colour": charts.colour(i),
                "glyph": charts.glyph(i),
            }
        )
    return out


def macbeth_matrix(scale: Any) -> dict[str, Any]:
    """A MACBETH value function's judgement matrix, best level first: the category where the row's
    level was judged over the column's, '-' elsewhere; and how far each level's value may move, the
    others held (the worst and best levels are fixed at 0 and 100)."""
    levels = list(reversed(scale.items))
    cells = {(j.first, j.second): j.words for j in scale.judgements}
    top = scale.values[scale.items[-1]]
    moves = {k: (100 * lo / top, min(100 * hi / top, 100.0)) for k, (lo, hi) in scale.intervals.items()
             if k != scale.items[-1]}
    return {
        "headers": ["", *levels],
        "rows": [[a, *(cells.get((a, b), "-") for b in levels)] for a in levels],
        "intervals": [{"level": k, "low": moves[k][0], "high": moves[k][1]} for k in levels if k in moves],
    }


def _value_function(c: Criterion, worst: float, best: float) -> dict[str, Any] | None:
    """A non-linear value function for the method section: in words, a table and a small chart."""
    f = c.function
    if f is None:
        return None
    if f.type == "exponential":
        curve = [(worst + k / 40 * (best - worst), f.value(k / 40)) for k in range(41)]
        table = [(worst + k / 4 * (best - worst), f.value(k / 4)) for k in range(5)]
        knots: list[tuple[float, float]] = []
    else:
        curve = table = knots = list(f.points)
    unit = (c.unit or "") if c.is_measure else ""
    return {
        "type": f.type,
        "text": f.describe() if f.type == "exponential" else "MACBETH" if f.macbeth is not None else f.type,
        "macbeth": macbeth_matrix(f.macbeth) if f.macbeth is not None else None,
        "shape": f.shape if f.type == "exponential" else None,
        "table": [{"raw": x, "text": amount(x, unit or None, digits_for(*(x for x, _ in table))), "value": v}
                  for x, v in table],
        "svg": charts.value_function_svg(curve, worst, best, unit, c.name, knots),
    }


def _option(
    result: Result, row: Mapping[str, Any], criteria: Sequence[Mapping[str, Any]], relative: RelativePaths
) -> dict[str, Any]:
    appraisal = result.appraisal
    option = appraisal.option(row["id"])
    scores = {}
    points = largest_remainder(
        [row["contributions"][c["id"]] for c in criteria], row["score"], DIGITS
    )
    for c in criteria:
        a = option.scores[c["id"]]
        levels = {lv["score"]: lv["text"] for lv in c["levels"]}
        point = float(a.point) if a.point is not None else 0.0
        scores[c["id"]] = {
            "raw": point,
            "value": row["values"][c["id"]],
            "contribution": row["contributions"][c["id"]],
            "low": a.low,
            "high": a.high,
            "rationale": a.rationale,
            "evidence": list(a.evidence),
            "level": levels.get(int(point)) if point == int(point) else None,
            "moderation": a.moderation,
            "unmoderated": a.unmoderated,
        }
    return {
        "id": option.id,
        "name": option.name,
        "description": option.description,
        "file": relative(option.path),
        "rank": row["rank"],
        "score": row["score"],
        "shown": shown(row["score"], DIGITS),
        "eligible": row["eligible"],
        "shortlisted": row["shortlisted"],
        "is_leader": option.id == result.leader,
        "is_baseline": option.id == appraisal.baseline,
        "vs_baseline": None,
        "failed_gates": row["failed_gates"],
        "conditional_gates": row["conditional_gates"],
        "gates": {
            g: {"result": a.result, "rationale": a.rationale} for g, a in option.gates.items()
        },
        "scores": scores,
        "contributions": dict(row["contributions"]),
        "points": {c["id"]: p for c, p in zip(criteria, points, strict=True)},
        "bar": charts.text_bar(points, PER_CHAR),
    }


def _sifted(option: Any, relative: RelativePaths) -> dict[str, Any]:
    """An option that failed a gate and was left unscored: shown with its gate results only."""
    return {
        "id": option.id,
        "name": option.name,
        "description": option.description,
        "file": relative(option.path),
        "failed_gates": option.failed_gates(),
        "conditional_gates": option.conditional_gates(),
        "gates": {g: {"result": a.result, "rationale": a.rationale} for g, a in option.gates.items()},
    }


def _summary(
    ranked: list[dict[str, Any]],
    options: list[dict[str, Any]],
    criteria: Sequence[Mapping[str, Any]],
) -> dict[str, Any]:
    leader = ranked[0] if ranked else None
    runner_up = ranked[1] if len(ranked) > 1 else None
    strengths, advantages = [], []
    if leader is not None:  # shown points throughout, so the summary agrees with the tables
        order = sorted(criteria, key=lambda c: -leader["points"][c["id"]])
        strengths = [
            {
                "criterion": c["id"],
                "name": c["name"],
                "points": leader["points"][c["id"]],
                "share": leader["points"][c["id"]] / leader["shown"] if leader["shown"] else 0.0,
            }
            for c in order[:2]
            if leader["points"][c["id"]] > 0
        ]
    if leader is not None and runner_up is not None:
        gaps = [
            (shown(leader["points"][c["id"]] - runner_up["points"][c["id"]], DIGITS), c)
            for c in criteria
        ]
        advantages = [
            {"criterion": c["id"], "name": c["name"], "points": d}
            for d, c in sorted(gaps, key=lambda g: -g[0])
            if d > 0
        ]
    return {
        "leader": leader,
        "runner_up": runner_up,
        "margin": None
        if leader is None or runner_up is None
        else shown(leader["shown"] - runner_up["shown"], DIGITS),
        "strengths": strengths,
        "advantages": advantages,
        "conditional": [o for o in options if o["eligible"] and o["conditional_gates"]],
        "eligible": len(ranked),
        "ineligible": len(options) - len(ranked),
    }


def _interactive(context: Mapping[str, Any]) -> dict[str, Any]:
    """What the what-if sliders need: each criterion's weight as written (the value
    ``score --weight`` takes) and each option's 0-100 values, as JSON safe inside <script>."""
    import json

    criteria = [
        {
            "id": c["id"],
            "name": c["name"],
            "raw_weight": c["raw_weight"],
            "percent": c["percent"],
            "max": max(100.0, 4 * max(x["raw_weight"] for x in context["criteria"])),
        }
        for c in context["criteria"]
    ]
    options = [
        {
            "id": o["id"],
            "name": o["name"],
            "eligible": o["eligible"],
            "values": [o["scores"][c["id"]]["value"] for c in context["criteria"]],
        }
        for o in context["options"]
    ]
    text = json.dumps({"criteria": criteria, "options": options}, ensure_ascii=True)
    # nothing in it can close the <script> element or open a comment
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return {"criteria": criteria, "json": text}


def _gates(result: Result, options: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for g in result.appraisal.gates:
        counts = {
            r: sum(o["gates"][g.id]["result"] == r for o in options)
            for r in ("pass", "conditional", "fail")
        }
        out.append({"id": g.id, "name": g.name, "description": g.description, **counts})
    return out


CHART_OPTIONS = 30  # options a per-option chart or heat table shows at most


def _charts(
    options: list[dict[str, Any]], criteria: list[dict[str, Any]], appraisal: Any
) -> dict[str, Any]:
    gates = [{"id": g.id, "name": g.name} for g in appraisal.gates]
    rows, note = _chart_rows(options)
    return {
        "contributions": {
            "svg": charts.contributions_svg(rows, criteria),
            "svg_narrow": charts.contributions_svg(rows, criteria, narrow=True),
            "per_char": PER_CHAR,
            "rows": rows,
            "note": note,
        },
        "heat": {
            "svg": charts.heat_svg(rows, gates, criteria),
            "svg_narrow": charts.heat_svg(rows, gates, criteria, narrow=True),
            "rows": rows,
            "note": note,
        },
    }


def _chart_rows(options: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], str | None]:
    """The options the per-option charts show: all of them, or the best-ranked CHART_OPTIONS and
    the baseline, with a note of how many are left out (the decision matrix lists every option)."""
    if len(options) <= CHART_OPTIONS:
        return options, None
    rows = options[:CHART_OPTIONS]
    rows += [o for o in options[CHART_OPTIONS:] if o["is_baseline"]]
    left = len(options) - len(rows)
    note = (f"Shown: the {CHART_OPTIONS} best-ranked of {len(options):,} options"
            + (" and the baseline" if len(rows) > CHART_OPTIONS else "")
            + f"; the other {left:,} are in the decision matrix and the JSON output of adm-appraise score.")
    return rows, note


def _audit(
    result: Result, command: str | None, generated: datetime | None, template_dir: Path | None,
    relative: RelativePaths,
) -> dict[str, Any]:
    appraisal = result.appraisal
    when = generated if generated is not None else generation_time()
    templates = []
    if template_dir is not None and template_dir.is_dir():
        templates = [
            {"path": p.relative_to(template_dir).as_posix(), **_digest(p)}
            for p in sorted(template_dir.rglob("*"))
            if p.is_file()
        ]
    return {
        "tool": "adm-appraise",
        "version": __version__,
        "method": "weighted-sum",
        "scenario": result.scenario,
        "overrides": dict(result.overrides),
        "generated": when.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "source_date_epoch": bool(os.environ.get("SOURCE_DATE_EPOCH", "").strip()),  # empty is unset
        "command": command,
        "bundled": appraisal.bundled,
        "files": [{"path": relative(p), **_digest(p)} for p in appraisal.files],
        "templates": templates,
    }


def _digest(path: Path) -> dict[str, Any]:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:  # a template the user cannot read: E001, like any unreadable file
        raise AppraisalError([Problem(Location(str(path)), "E001", f"cannot read: {exc.strerror}")]) from None
    return {"sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}


def _remembered(fill: Callable[..., Markup]) -> Callable[..., Markup]:
    """A number filter that remembers what it printed: a table of ten thousand options prints the
    same few scores, points and percentages over and over. Its output depends on the value alone
    (1, 1.0 and True print alike), and anything that cannot be remembered is printed afresh."""
    remembered = functools.lru_cache(maxsize=1 << 14)(fill)

    @functools.wraps(fill)
    def filter_(*args: Any, **kwargs: Any) -> Markup:
        try:
            return remembered(*args, **kwargs)
        except TypeError:  # an unhashable argument; or the filter's own error, raised again here
            return fill(*args, **kwargs)

    return filter_


# Filters every report template may use. Numbers come out as Markup: safe in both formats.
@_remembered
def _num(x: float | None, digits: int = 1) -> Markup:
    return Markup("–") if x is None else Markup(f"{shown(float(x), digits):,.{digits}f}")


@_remembered
def _pct(x: float | None, digits: int = 0) -> Markup:
    return Markup("–") if x is None else Markup(f"{shown(float(x) * 100, digits):,.{digits}f}%")


@_remembered
def _signed(x: float | None, digits: int = 1) -> Markup:
    if x is None:
        return Markup("–")
    size = shown(abs(float(x)), digits)
    text = f"{size:,.{digits}f}"
    if size == 0:
        return Markup(f"±{text}")
    return Markup(("+" if x > 0 else "−") + text)


@_remembered
def _raw(x: float | None) -> Markup:
    """A score or measure as written: thousands separators, no scientific notation."""
    return Markup("–") if x is None else Markup(figure(float(x), digits_for(float(x))))


def _join_and(items: Sequence[Any], word: str = "and") -> str:
    texts = [str(i) for i in items]
    if len(texts) <= 2:
        return f" {word} ".join(texts)
    return ", ".join(texts[:-1]) + f" {word} " + texts[-1]


def _md_code(text: object) -> Markup:
    """A Markdown code span holding ``text`` verbatim, whatever backticks it contains."""
    body = " ".join(str(text).split())
    run = max((len(r) for r in re.findall(r"`+", body)), default=0)
    fence = "`" * (run + 1)
    pad = " " if body.startswith("`") or body.endswith("`") or run else ""
    return Markup(f"{fence}{pad}{body}{pad}{fence}")


def _level_bar(value: float) -> Markup:
    return Markup(charts.level_bar(float(value) / 100.0))


def _css_string(text: object) -> Markup:
    """A CSS string literal holding ``text``: every character but ASCII letters and digits
    as a hex escape, so nothing in it can end the string or the style element."""
    body = "".join(
        ch if ch.isascii() and ch.isalnum() else f"\\{ord(ch):06x}" for ch in str(text)
    )
    return Markup(f'"{body}"')


def _count(n: int | None) -> Markup:
    return Markup("–") if n is None else Markup(f"{int(n):,}")


FILTERS: dict[str, Callable[..., Any]] = {
    "count": _count,
    "css_string": _css_string,
    "level_bar": _level_bar,
    "num": _num,
    "pct": _pct,
    "signed": _signed,
    "raw": _raw,
    "join_and": _join_and,
    "md_code": _md_code,
}
