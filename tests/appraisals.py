"""Hypothesis strategies for whole appraisal folders, with any subset of the features at once.

``appraisals()`` builds a valid appraisal: criteria.yaml (score and measure criteria, units,
directions and ranges, value functions (piecewise, discrete, exponential, MACBETH), gates, scenarios, a baseline, a shortlist rule, a ``weighting:`` record
by swing, rank, pairwise or MACBETH judgements with an optional value tree, an ``economics:`` block),
options/*.yaml (scores with low/high ranges, rationales and moderation notes, gate results,
roles and origins, costs and benefits with year ranges and low/high totals, sifted-out options
that fail a gate and give no scores), longlist.yaml, panel/<assessor>.yaml (conflicts,
abstentions, dissent), benefits.yaml (links to the long list, the criteria and the options),
equality.yaml (impacts in both forms, distributions by quintile or place) and paper.yaml (the
committee paper's and business case's text, some of it exempt). The folder is kept as data (relative path -> YAML document), so that
``mutations()`` can break it in one place a user could (a typo'd key, a tab, a wrong id, a
removed score, an off-scale value, a broken reference) and ``edits()`` can change it validly
(a weight or a score), for ``diff``.
"""

from __future__ import annotations

import copy
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from hypothesis import strategies as st

FEATURES = ("measures", "ranges", "gates", "sifted", "scenarios", "baseline", "longlist", "weighting",
            "groups", "panel", "economics", "line_ranges", "value_functions", "risks", "benefits", "equality",
            "paper")
SCALES = [(0, 5), (1, 5), (0, 10), (0, 1), (-2, 2)]
STANDARD_CSFS = ["strategic_fit", "value_for_money", "supplier_capacity", "affordability", "achievability"]
DIMENSIONS = ["scope", "solution", "delivery", "implementation", "funding"]
SAATY = [1, 2, 3, 5, 7, 9, "1/2", "1/3", "1/5", "1/9"]
BASE_YEAR = 2020
CHARACTERISTICS = ["age", "disability", "gender_reassignment", "marriage_and_civil_partnership",
                   "pregnancy_and_maternity", "race", "religion_or_belief", "sex", "sexual_orientation"]


class _Dumper(yaml.SafeDumper):
    def ignore_aliases(self, data: Any) -> bool:  # the files forbid anchors and aliases
        return True


def dump(document: Any) -> str:
    return yaml.dump(document, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=10_000,
                     default_flow_style=False)


@dataclass
class Appraisal:
    """A generated appraisal: its documents by relative path, and the features it holds."""

    data: dict[str, Any]
    features: frozenset[str]
    text: dict[str, str] = field(default_factory=dict)  # files replaced by raw text (mutations)

    def files(self) -> dict[str, str]:
        out = {path: dump(doc) for path, doc in self.data.items()}
        out.update(self.text)
        return out

    def write(self, folder: Path) -> Path:
        for path, text in self.files().items():
            target = folder / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        return folder

    @property
    def criteria(self) -> dict[str, Any]:
        document: dict[str, Any] = self.data["criteria.yaml"]
        return document

    @property
    def options(self) -> dict[str, dict[str, Any]]:
        return {p: d for p, d in self.data.items() if p.startswith("options/")}

    @property
    def panel(self) -> dict[str, dict[str, Any]]:
        return {p: d for p, d in self.data.items() if p.startswith("panel/")}

    def score_criteria(self) -> list[str]:
        return [c["id"] for c in self.criteria["criteria"] if c.get("type", "score") == "score"]

    def method(self) -> str:
        return str(self.criteria.get("weighting", {}).get("method", "direct"))

    def ranked(self) -> bool:
        """Some level of the weighting is a rank order (its weights are drawn ordinally by default)."""
        groups = self.criteria.get("weighting", {}).get("groups", {})
        return self.method() == "rank" or any(g.get("method", self.method()) == "rank" for g in groups.values())

    def judged_by_macbeth(self) -> bool:
        """Some level of two items or more is weighed by MACBETH (``--weights judgements`` draws it)."""
        weighting = self.criteria.get("weighting", {})
        groups = weighting.get("groups", {})
        grouped = {g: [c["id"] for c in self.criteria["criteria"] if c.get("group") == g]
                   + [h for h, body in groups.items() if body.get("group") == g] for g in groups}
        top = [c["id"] for c in self.criteria["criteria"] if c.get("group") is None] \
            + [g for g, body in groups.items() if body.get("group") is None]
        return (self.method() == "macbeth" and len(top) > 1) or any(
            body.get("method", self.method()) == "macbeth" and len(grouped[g]) > 1 for g, body in groups.items())


def _number(draw: st.DrawFn, low: float, high: float, halves: bool = True) -> float | int:
    """A score on [low, high]: whole numbers mostly, halves sometimes."""
    if halves and draw(st.booleans()):
        return draw(st.integers(math.ceil(2 * low), math.floor(2 * high))) / 2
    return draw(st.integers(math.ceil(low), math.floor(high)))


def _judgements(draw: st.DrawFn, items: list[str], method: str) -> dict[str, Any]:
    """One level of a weighting record: its method's data over ``items``."""
    if method == "swing" or (method in ("pairwise", "macbeth") and len(items) < 2):
        swings = {i: draw(st.integers(1, 100)) for i in items}
        swings[draw(st.sampled_from(items))] = 100
        return {"method": "swing", "swings": swings}
    if method == "rank":
        order = list(draw(st.permutations(items)))
        grouped: list[Any] = []
        while order:
            k = draw(st.integers(1, min(2, len(order))))
            grouped.append(order[0] if k == 1 else order[:k])
            order = order[k:]
        level: dict[str, Any] = {"method": "rank", "order": grouped}
        if draw(st.booleans()):
            level["formula"] = draw(st.sampled_from(["centroid", "rank_sum", "reciprocal"]))
        return level
    if method == "macbeth":
        return {"method": "macbeth", "judgements": _macbeth(draw, items)}
    if draw(st.booleans()):
        return {"method": "pairwise", "comparisons": _comparisons(draw, items, chain=True)}
    # a group's judgements: the first participant's link every item, the others' may be partial
    judges = {name: _comparisons(draw, items, chain=k == 0)
              for k, name in enumerate(["Panel chair", "Head of finance", "Service lead"][:draw(st.integers(2, 3))])}
    return {"method": "pairwise", "judges": {name: table for name, table in judges.items() if table}}


# MACBETH judgements drawn from a hidden scale: a difference of d points falls in the category
# whose thresholds hold it (0 none, 1-6 very weak, 7-12 weak, 13-20 moderate, 21-30 strong, 31-42
# very strong, 43 and more extreme), so the judgements are consistent by construction.
MACBETH_THRESHOLDS = (0, 6, 12, 20, 30, 42)
MACBETH = ("none", "very_weak", "weak", "moderate", "strong", "very_strong", "extreme")


def _macbeth(draw: st.DrawFn, items: list[str]) -> dict[str, dict[str, Any]]:
    """Consistent MACBETH judgements over ``items`` and no_swing: each item against no_swing (so
    all are linked), some pairs between items, and now and then a range around the category."""
    value = {i: draw(st.integers(1, 80)) for i in items}
    table: dict[str, dict[str, Any]] = {}

    def category(d: int) -> Any:
        k = sum(d > t for t in MACBETH_THRESHOLDS)
        if 0 < k < 6 and draw(st.integers(0, 4)) == 0:  # a hesitation: this category and the next
            return [MACBETH[k], MACBETH[k + 1]]
        return MACBETH[k]

    for n, a in enumerate(items):
        for b in items[n + 1:]:
            if draw(st.booleans()):
                high, low = (a, b) if value[a] >= value[b] else (b, a)
                table.setdefault(high, {})[low] = category(value[high] - value[low])
        table.setdefault(a, {})["no_swing"] = category(value[a])
    return table


def _macbeth_function(draw: st.DrawFn, low: int, high: int) -> dict[int, dict[int, Any]]:
    """Consistent MACBETH judgements between the levels low..high of a value function: values
    rising level by level, each level judged against the one below (so all are linked, the higher
    first) and now and then against a lower one further down; the top over the bottom at least
    very weak (the function must rise somewhere)."""
    value = {low: 0}
    for level in range(low + 1, high + 1):
        value[level] = value[level - 1] + draw(st.integers(0 if level < high else 1, 30))
    table: dict[int, dict[int, Any]] = {}
    for level in range(high, low, -1):
        for below in range(level - 1, low - 1, -1):
            if below == level - 1 or draw(st.integers(0, 3)) == 0:
                d = value[level] - value[below]
                table.setdefault(level, {})[below] = MACBETH[sum(d > t for t in MACBETH_THRESHOLDS)]
    return table


def _comparisons(draw: st.DrawFn, items: list[str], chain: bool) -> dict[str, dict[str, Any]]:
    """Pairwise judgements over ``items``, some pairs perhaps left out (Harker's method); with
    ``chain``, a chain through every item in a drawn order is always judged, so they stay linked."""
    order = list(draw(st.permutations(items)))
    linked = {frozenset(p) for p in zip(order, order[1:], strict=False)} if chain else set()
    complete = draw(st.booleans())
    comparisons: dict[str, dict[str, Any]] = {}
    for a, b in ((a, b) for n, a in enumerate(items) for b in items[n + 1:]):
        if not complete and frozenset((a, b)) not in linked and draw(st.booleans()):
            continue  # left out
        if draw(st.booleans()):
            a, b = b, a
        comparisons.setdefault(a, {})[b] = draw(st.sampled_from(SAATY))
    return comparisons


def _weighting(draw: st.DrawFn, criteria: list[dict[str, Any]], groups: bool) -> dict[str, Any]:
    ids = [c["id"] for c in criteria]
    method = draw(st.sampled_from(["direct", "swing", "rank", "pairwise", "macbeth"]))
    record: dict[str, Any] = {}
    if groups and len(ids) >= 2:
        n_groups = draw(st.integers(1, min(3, len(ids))))
        membership = {cid: draw(st.integers(-1, n_groups - 1)) for cid in ids}
        for g in range(n_groups):  # every group holds a criterion (E511)
            if g not in membership.values():
                spare = [c for c, m in membership.items() if m == -1 or list(membership.values()).count(m) > 1]
                membership[draw(st.sampled_from(spare))] = g
        # sometimes a deeper tree: a group within an earlier one (so no cycle), up to three levels of groups
        parent: dict[int, int] = {}
        if n_groups >= 2 and draw(st.booleans()):
            for g in range(1, n_groups):
                p = draw(st.integers(-1, g - 1))
                if p >= 0:
                    parent[g] = p
        tree: dict[str, Any] = {}
        inner_methods = {g: draw(st.sampled_from(["direct", "swing", "rank", "pairwise", "macbeth"]))
                         for g in range(n_groups)}
        for g in range(n_groups):
            members = [c for c in ids if membership[c] == g] + [f"g{h}" for h in range(n_groups) if parent.get(h) == g]
            inner = inner_methods[g]
            level: dict[str, Any] = {"name": f"Group {g}"}
            if g in parent:
                level["group"] = f"g{parent[g]}"
            if inner == "direct":
                level["method"] = "direct"
            else:
                level.update(_judgements(draw, members, inner))
            if (inner_methods[parent[g]] if g in parent else method) == "direct":
                level["weight"] = draw(st.integers(1, 60))
            tree[f"g{g}"] = level
        for c in criteria:
            if membership[c["id"]] >= 0:
                c["group"] = f"g{membership[c['id']]}"
        top = [f"g{g}" for g in range(n_groups) if g not in parent] + [c for c in ids if membership[c] == -1]
        record["method"] = method
        if method != "direct":
            top_level = _judgements(draw, top, method)
            record["method"] = top_level.pop("method")
            record.update(top_level)
        record["groups"] = tree
        for c in criteria:  # a weight only where a 'direct' level uses it
            level_method = tree[c["group"]].get("method", record["method"]) if "group" in c else record["method"]
            if level_method != "direct":
                c.pop("weight", None)
    else:
        if method != "direct":
            record.update(_judgements(draw, ids, method))
            for c in criteria:
                c.pop("weight", None)
        else:
            record["method"] = "direct"
    record["participants"] = ["Panel chair", "Head of finance"]
    record["rationale"] = "Agreed at the weighting workshop."
    return record


def _longlist(draw: st.DrawFn) -> dict[str, Any]:
    objectives = [{"id": f"obj{k}", "text": f"Objective {k}"} for k in range(draw(st.integers(1, 3)))]
    csfs: list[Any] = list(draw(st.lists(st.sampled_from(STANDARD_CSFS), min_size=1, max_size=3, unique=True)))
    if draw(st.booleans()):
        csfs.append({"id": "own_csf", "name": "Staff transfer", "description": "TUPE protected"})
    names = [o["id"] for o in objectives] + [c if isinstance(c, str) else c["id"] for c in csfs]
    framework: dict[str, Any] = {}
    for dim in draw(st.lists(st.sampled_from(DIMENSIONS), min_size=1, max_size=3, unique=True)):
        choices = []
        for k in range(draw(st.integers(1, 3))):
            status = "preferred" if k == 0 else draw(st.sampled_from(["carried_forward", "discounted", "preferred"]))
            choice: dict[str, Any] = {"id": f"{dim}_{k}", "name": f"{dim.title()} choice {k}", "status": status}
            assessed = draw(st.lists(st.sampled_from(names), unique=True, max_size=len(names)))
            if assessed:
                choice["assessment"] = {n: draw(st.sampled_from(["meets", "partly", "fails"])) for n in assessed}
            if status == "discounted" or draw(st.booleans()):
                choice["reason"] = f"Judged {status} at the sift."
            choices.append(choice)
        framework[dim] = {"choices": choices}
    return {"objectives": objectives, "csfs": csfs, "framework": framework}


def _benefits(draw: st.DrawFn, longlist: dict[str, Any] | None, criteria: list[str],
              options: list[str]) -> dict[str, Any]:
    """A register whose every name is one the appraisal has; some benefits lack their measure."""
    benefits = []
    for k in range(draw(st.integers(1, 4))):
        b: dict[str, Any] = {"id": f"b{k}", "title": f"Benefit {k}"}
        if longlist:
            objectives = [o["id"] for o in longlist["objectives"]]
            csfs = [c if isinstance(c, str) else c["id"] for c in longlist["csfs"]]
            if chosen := draw(st.lists(st.sampled_from(objectives), unique=True)):
                b["objectives"] = chosen
            if chosen := draw(st.lists(st.sampled_from(csfs), unique=True, max_size=2)):
                b["csfs"] = chosen
        if chosen := draw(st.lists(st.sampled_from(criteria), unique=True, max_size=2)):
            b["criteria"] = chosen
        if draw(st.booleans()):
            b["options"] = draw(st.lists(st.sampled_from(options), unique=True, min_size=1))
        if draw(st.integers(0, 3)):
            b["measure"] = f"Indicator {k}"
            for key, value in (("baseline", draw(st.sampled_from([100, 2.5, "today's level"]))),
                               ("target", draw(st.sampled_from([120, 3, "better"]))), ("date", "March 2028"),
                               ("owner", "Head of Service")):
                if draw(st.integers(0, 4)):
                    b[key] = value
        b["cash_releasing"] = draw(st.booleans())
        if draw(st.booleans()):
            b["value"] = draw(st.integers(0, 2_000_000))
        benefits.append(b)
    return {"description": "Generated register", "benefits": benefits}


def _equality(draw: st.DrawFn, options: list[str]) -> dict[str, Any]:
    """Impacts for some options and some characteristics, short and long forms, and distributions."""
    assessed: dict[str, Any] = {}
    for oid in draw(st.lists(st.sampled_from(options), unique=True, min_size=1)):
        entry: dict[str, Any] = {}
        every = draw(st.booleans())
        for c in CHARACTERISTICS:
            if not every and not draw(st.integers(0, 3)):
                continue
            impact = draw(st.sampled_from(["positive", "neutral", "negative", "unknown"]))
            if draw(st.booleans()):
                entry[c] = impact
            else:
                entry[c] = {"impact": impact, "evidence": "Survey"}
                if draw(st.booleans()):
                    entry[c]["mitigation"] = "A term of the contract"
        by = draw(st.sampled_from([None, "income_quintile", "place"]))
        if by:
            keys = (draw(st.lists(st.sampled_from(["q1", "q2", "q3", "q4", "q5"]), unique=True, min_size=1))
                    if by == "income_quintile" else ["North ward", "South ward"])
            entry["distribution"] = {"by": by, "measure": "Change in visits",
                                     "values": {key: draw(st.integers(-500, 500)) for key in keys}}
        assessed[oid] = entry
    return {"description": "Generated assessment", "options": assessed}
PAPER_TEXTS = ["background", "options", "preferred", "financial", "legal", "equality", "risk", "consultation"]
BUSINESS_TEXTS = ["strategic_context", "business_needs", "benefits", "procurement_strategy", "payment_mechanisms",
                  "costs", "affordability", "risk_management"]


def _paper(draw: st.DrawFn) -> dict[str, Any]:
    """paper.yaml: any of the front sheet, lists and sections; some sections exempt (Schedule 12A)."""
    def text(key: str) -> Any:
        words = f"Text for {key.replace('_', ' ')}."
        if draw(st.integers(0, 3)):
            return words
        return {"text": words, "exempt": {"paragraph": draw(st.integers(1, 7)), "reason": f"Exempt: {key.replace('_', ' ')}."}}

    paper: dict[str, Any] = {"decision_maker": "Cabinet"}  # never empty: every mutation finds a line
    front = {"decision_maker": "Cabinet", "meeting_date": "1 April 2026", "author": "An officer",
             "key_decision": draw(st.booleans()), "forward_plan": "FP/1", "wards": ["All wards"],
             "recommendations": ["Approve the preferred option.", "Note the appendix."],
             "background_papers": ["A report."]}
    for key in draw(st.lists(st.sampled_from(sorted(set(front) - {"decision_maker"})), unique=True)):
        paper[key] = front[key]
    for key in draw(st.lists(st.sampled_from(PAPER_TEXTS), unique=True)):
        paper[key] = text(key)
    if draw(st.booleans()):
        paper["business_case"] = {k: text(k) for k in draw(st.lists(st.sampled_from(BUSINESS_TEXTS), unique=True))}
    return paper
def _risks(draw: st.DrawFn, ids: list[str], criteria: list[dict[str, Any]], *, priced: bool,
           scale: tuple[float, float]) -> dict[str, Any]:
    """A risk register: each risk on some options or all, with a cost (when there is an economic
    case: years inside the shortest horizon drawn, 8) and/or score changes, maybe a residual."""
    risks = []
    span = scale[1] - scale[0]
    for k in range(draw(st.integers(1, 4))):
        risk: dict[str, Any] = {"id": f"risk_{k}", "title": f"Risk {k}: something may go wrong",
                                "options": "all" if draw(st.booleans()) else
                                draw(st.lists(st.sampled_from(ids), min_size=1, max_size=3, unique=True)),
                                "probability": draw(st.sampled_from([0, 0.05, 0.2, 0.5, 0.9, 1]))}
        if priced and draw(st.integers(0, 3)):
            if draw(st.booleans()):
                risk["cost"] = {BASE_YEAR + draw(st.integers(0, 7)): draw(st.sampled_from([0.1, 1, 2.5]))}
            else:  # a range of two years, both inside the horizon
                year = BASE_YEAR + draw(st.integers(0, 6))
                risk["cost"] = {f"{year}..{year + 1}": 0.5}
        if not risk.get("cost") or draw(st.booleans()):
            risk["criteria"] = {draw(st.sampled_from(criteria))["id"]: -_number(draw, 0, span)}
        if draw(st.booleans()):
            risk["owner"] = "Head of Service"
            risk["mitigation"] = "A plan agreed with the board."
            risk["residual"] = {"probability": risk["probability"] / 2}
        if draw(st.integers(0, 3)) == 0:
            risk["status"] = draw(st.sampled_from(["closed", "occurred"]))
        risks.append(risk)
    register: dict[str, Any] = {"risks": risks}
    if draw(st.booleans()):
        register["matrix"] = {"impact": [0.05, 0.2, 1, 3]}
    return register


def _line(draw: st.DrawFn, ranged: bool) -> dict[str, Any]:
    """A cash line: by year, or by a range of years, with low/high around its total sometimes."""
    first = draw(st.integers(BASE_YEAR, BASE_YEAR + 3))
    by_year: dict[Any, float] = {}
    if draw(st.booleans()):
        last = draw(st.integers(first + 1, BASE_YEAR + 6))
        by_year[f"{first}..{last}"] = draw(st.integers(1, 40)) / 10
    else:
        for year in sorted(draw(st.sets(st.integers(first, BASE_YEAR + 6), min_size=1, max_size=3))):
            by_year[year] = draw(st.integers(0, 40)) / 10
    line: dict[str, Any] = {"by_year": by_year}
    if ranged:
        total = sum(v * (int(str(y).split("..")[1]) - int(str(y).split("..")[0]) + 1) if ".." in str(y) else v
                    for y, v in by_year.items())
        line["low"] = round(total * draw(st.sampled_from([0.5, 0.8, 1.0])), 6)
        line["high"] = round(total * draw(st.sampled_from([1.0, 1.25, 2.0])), 6)
    return line


@st.composite
def appraisals(draw: st.DrawFn, features: frozenset[str] | None = None) -> Appraisal:
    """A valid appraisal holding ``features`` (default: any subset of FEATURES)."""
    if features is None:  # every feature at once as often as any subset, or all but a few
        mode = draw(st.sampled_from(["any", "all", "all but"]))
        if mode == "any":
            features = frozenset(draw(st.sets(st.sampled_from(FEATURES))))
        else:
            left_out = draw(st.sets(st.sampled_from(FEATURES), max_size=2)) if mode == "all but" else set()
            features = frozenset(FEATURES) - left_out
    on = set(features)
    if "sifted" in on:
        on.add("gates")
    if "groups" in on:
        on.add("weighting")
    if "line_ranges" in on:
        on.add("economics")
    low, high = draw(st.sampled_from(SCALES))

    # criteria: at least one 'score' criterion when a panel scores
    n_criteria = draw(st.integers(2 if "groups" in on else 1, 5))
    criteria: list[dict[str, Any]] = []
    for k in range(n_criteria):
        c: dict[str, Any] = {"id": f"c{k}", "name": f"Criterion {k}", "weight": draw(st.integers(1, 100))}
        if "measures" in on and (k > 0 or "panel" not in on) and draw(st.booleans()):
            c["type"] = "measure"
            c["direction"] = draw(st.sampled_from(["lower", "higher"]))
            if draw(st.booleans()):
                c["unit"] = draw(st.sampled_from(["£k", "months", "%", "£m a year"]))
        elif draw(st.booleans()):
            c["levels"] = {low: "worst", high: "best"}
        if "value_functions" in on:
            kinds = ["exponential", "piecewise"] + ([] if c.get("type") == "measure" else ["discrete", "macbeth"])
            kind = draw(st.sampled_from([None, *kinds]))
            if kind == "exponential":
                c["value_function"] = {"type": kind, "shape": draw(st.sampled_from([-3, -1, 0, 0.5, 2, 5]))}
            elif kind == "discrete":  # a value for each level, never falling; the scores whole levels
                rises = sorted(draw(st.integers(0, 100)) for _ in range(high - low - 1))
                c["value_function"] = {"type": kind, "values": dict(zip(range(low, high + 1), [0, *rises, 100],
                                                                         strict=True))}
            elif kind == "macbeth":  # judgements of difference between the levels; the scores whole levels
                c["value_function"] = {"type": kind, "judgements": _macbeth_function(draw, low, high)}
            elif kind == "piecewise":  # the points are drawn once the values are known
                c["value_function"] = {"type": kind}
        criteria.append(c)
    document: dict[str, Any] = {"appraisal": {"title": "Generated appraisal", "scale": {"min": low, "max": high}}}

    # options: at least two eligible and scored
    n_options = draw(st.integers(2, 5))
    ids = [f"o{k}" for k in range(n_options)]
    gates = [f"g{k}" for k in range(draw(st.integers(1, 2)))] if "gates" in on else []
    sifted = ids[-1:] if "sifted" in on and n_options >= 3 else []
    baseline = ids[0] if "baseline" in on else None
    results: dict[str, dict[str, str]] = {}
    for k, oid in enumerate(ids):
        results[oid] = {}
        for g in gates:
            if oid in sifted and g == gates[0]:
                results[oid][g] = "fail"
            elif k >= 2 and oid not in sifted:
                results[oid][g] = draw(st.sampled_from(["pass", "conditional", "fail"]))
            else:
                results[oid][g] = draw(st.sampled_from(["pass", "conditional"]))

    scored = [o for o in ids if o not in sifted]
    cells: dict[tuple[str, str], dict[str, Any]] = {}
    measure_values: dict[str, list[float]] = {}
    for c in criteria:
        for oid in scored:
            if c.get("type") == "measure":
                value = draw(st.integers(0, 2000))
                measure_values.setdefault(c["id"], []).append(value)
                cells[oid, c["id"]] = {"value": value}
            else:
                whole = c.get("value_function", {}).get("type") in ("discrete", "macbeth")
                score = draw(st.integers(low, high)) if whole else _number(draw, low, high)
                cell: dict[str, Any] = {"score": score}
                if "ranges" in on and draw(st.booleans()):
                    cell["low"] = draw(st.integers(low, score)) if whole else _number(draw, low, score)
                    cell["high"] = draw(st.integers(score, high)) if whole else _number(draw, score, high)
                cells[oid, c["id"]] = cell
            if draw(st.booleans()):
                cells[oid, c["id"]]["rationale"] = f"Why {oid} on {c['id']}."
    if "ranges" in on:
        for c in criteria:  # a measure's range on a cell too
            if c.get("type") == "measure" and draw(st.booleans()):
                cell = cells[scored[0], c["id"]]
                cell["low"], cell["high"] = cell["value"] - draw(st.integers(0, 10)), cell["value"] + 5
                measure_values[c["id"]] += [cell["low"], cell["high"]]
    for c in criteria:
        if c.get("type") == "measure" and draw(st.booleans()):
            values = measure_values[c["id"]]
            worst, best = min(values) - draw(st.integers(0, 50)), max(values) + draw(st.integers(1, 50))
            c["range"] = [best, worst] if c["direction"] == "lower" else [worst, best]
    for c in criteria:  # a piecewise function's points: from worst to best, a middle point between
        function = c.get("value_function", {})
        if function.get("type") == "piecewise":
            if c.get("type") == "measure":
                values = measure_values[c["id"]]
                worst, best = c.get("range") or ((max(values) + 1, min(values) - 1) if c["direction"] == "lower"
                                                 else (min(values) - 1, max(values) + 1))
                if draw(st.booleans()):  # the points give the range; stating it too is allowed
                    c["range"] = [worst, best]
                else:
                    c.pop("range", None)
            else:
                worst, best = low, high
            middle = worst + (best - worst) * draw(st.sampled_from([0.25, 0.5, 0.75]))
            function["points"] = [[worst, 0], [middle, draw(st.integers(0, 100))], [best, 100]]

    if "weighting" in on:
        document["weighting"] = _weighting(draw, criteria, "groups" in on)
    document["criteria"] = criteria
    if gates:
        document["gates"] = [{"id": g, "name": f"Gate {g}"} for g in gates]
    if baseline:
        document["appraisal"]["baseline"] = baseline
    document["appraisal"]["shortlist"] = draw(st.sampled_from(
        [{"top": 1}, {"top": 2}, {"top": 3, "within": 30}, {"min_score": 10}, {"top": 2, "min_score": 0}]))
    if "scenarios" in on:
        document["scenarios"] = {
            f"s{k}": {"description": f"Scenario {k}",
                      "weights": {c["id"]: draw(st.integers(1, 100))
                                  for c in draw(st.lists(st.sampled_from(criteria), min_size=1, unique_by=lambda c: c["id"]))}}
            for k in range(draw(st.integers(1, 2)))}

    files: dict[str, Any] = {}
    longlist = _longlist(draw) if "longlist" in on else None
    if longlist:
        files["longlist.yaml"] = longlist
    if "paper" in on:
        files["paper.yaml"] = _paper(draw)
    if "economics" in on:
        economics: dict[str, Any] = {"base_year": BASE_YEAR, "horizon": draw(st.sampled_from([8, 10, 30]))}
        discount = draw(st.sampled_from(["green_book", "green_book_health", "green_book_lower", "constant", None]))
        if discount:
            economics["discount"] = discount
        if discount == "constant":
            economics["rate"] = draw(st.sampled_from([0, 1.5, 3.5, 10]))
        if draw(st.booleans()):
            economics["price_base"] = "2019-20 prices"
        bias = draw(st.sampled_from([None, "category", "explicit", "mix"]))
        if bias == "category":
            economics["optimism_bias"] = {"category": draw(st.sampled_from(["standard_buildings", "outsourcing"])),
                                          "mitigation": draw(st.sampled_from([0, 20, 50])), "evidence": ["Review"]}
        elif bias == "explicit":
            economics["optimism_bias"] = {"capital": 20, "operating": 5, "evidence": ["Table 1"]}
        elif bias == "mix":
            economics["optimism_bias"] = {"mix": {"standard_buildings": 30, "non_standard_buildings": 70}}
        document["economics"] = economics

    for oid in ids:
        option: dict[str, Any] = {"id": oid, "name": f"Option {oid.upper()}"}
        if draw(st.booleans()):
            option["description"] = f"What option {oid} is."
        if longlist:
            role = draw(st.sampled_from([None, "do_minimum", "preferred", "alternative"]))
            option_role = "business_as_usual" if oid == baseline else role
            if option_role:
                option["role"] = option_role
            origin: dict[str, str] = {}
            for dim, block in longlist["framework"].items():
                usable = [c["id"] for c in block["choices"] if c["status"] != "discounted"]
                built_on: bool = draw(st.booleans())
                if usable and built_on:
                    origin[dim] = draw(st.sampled_from(usable))
            if origin:
                option["origin"] = origin
        if gates:
            option["gates"] = {g: (r if draw(st.booleans()) else {"result": r, "rationale": f"Gate {g}: {r}."})
                               for g, r in results[oid].items()}
        if oid in scored:
            option["scores"] = {c["id"]: (cells[oid, c["id"]] if len(cells[oid, c["id"]]) > 1 or draw(st.booleans())
                                          else next(iter(cells[oid, c["id"]].values())))
                                for c in criteria}
        if "economics" in on and oid != baseline and draw(st.integers(0, 3)):
            ranged = "line_ranges" in on
            every = ranged and draw(st.booleans())  # low/high on every line of this option
            costs: dict[str, Any] = {}
            for name in ("capital", "operating"):
                if draw(st.booleans()) or (name == "operating" and not costs):
                    costs[name] = _line(draw, every or (ranged and draw(st.booleans())))
                    if not draw(st.integers(0, 3)) and "low" not in costs[name]:
                        costs[name] = costs[name]["by_year"]  # the short form
            option["costs"] = costs
            if draw(st.booleans()):
                option["benefits"] = {"avoided_costs": _line(draw, every or (ranged and draw(st.booleans())))}
        files[f"options/{oid}.yaml"] = option

    if "panel" in on:
        score_ids = [c["id"] for c in criteria if c.get("type", "score") == "score"]
        panel_scores: dict[str, dict[str, dict[str, Any]]] = {}
        for a in range(draw(st.integers(1, 3))):
            aid = f"assessor_{a}"
            conflicts = draw(st.lists(st.sampled_from(ids), unique=True, max_size=1))
            mine: dict[str, Any] = {}
            for oid in scored:
                if oid in conflicts:
                    continue
                mine[oid] = {}
                for cid in score_ids:
                    if not draw(st.integers(0, 5)):
                        mine[oid][cid] = {"abstain": "Not seen the evidence."}
                        continue
                    own = _number(draw, low, high)
                    entry: dict[str, Any] = {"score": own}
                    if "ranges" in on and draw(st.booleans()):
                        entry["low"], entry["high"] = _number(draw, low, own), _number(draw, own, high)
                    if draw(st.integers(0, 4)) == 0:
                        entry["dissent"] = "Does not accept the agreed score."
                    mine[oid][cid] = entry if len(entry) > 1 or draw(st.booleans()) else own
            for oid in sifted:  # nothing, abstentions or scores (unused) for a sifted-out option
                roll = draw(st.integers(0, 2))
                if roll and oid not in conflicts:
                    mine[oid] = {cid: {"abstain": "Sifted out."} if roll == 1 else _number(draw, low, high)
                                 for cid in score_ids}
            panel_scores[aid] = mine
            doc: dict[str, Any] = {"assessor": {"id": aid, "name": f"A. Person {a}", "role": "Officer"}}
            if draw(st.booleans()):
                doc["interests"] = "None declared."
            doc["conflicts"] = [{"option": o, "reason": "Trustee."} for o in conflicts]
            doc["scores"] = mine
            files[f"panel/{aid}.yaml"] = doc
        for oid in scored:  # moderation notes, and sometimes no moderated score (the median stands in)
            option = files[f"options/{oid}.yaml"]
            for cid in score_ids:
                roll = draw(st.integers(0, 5))
                scored_by_panel = any(isinstance(row.get(oid, {}).get(cid), (int, float)) or "score" in
                                      row.get(oid, {}).get(cid, {}) for row in panel_scores.values())
                if roll == 0 and scored_by_panel:
                    del option["scores"][cid]
                elif roll == 1:
                    cell = option["scores"][cid]
                    option["scores"][cid] = {**(cell if isinstance(cell, dict) else {"score": cell}),
                                             "moderation": "The meeting agreed this score."}
        if draw(st.booleans()):
            document["panel"] = {"aggregate": draw(st.sampled_from(["median", "mean"])),
                                 "disagreement": draw(st.sampled_from([1, 2, 0.5]))}
    if "benefits" in on:
        files["benefits.yaml"] = _benefits(draw, longlist, [c["id"] for c in criteria], ids)
    if "equality" in on:
        files["equality.yaml"] = _equality(draw, ids)
    if "risks" in on:
        files["risks.yaml"] = _risks(draw, ids, criteria, priced="economics" in on, scale=(low, high))
    files["criteria.yaml"] = document
    ordered = {"criteria.yaml": files.pop("criteria.yaml"), **files}
    return Appraisal(ordered, frozenset(on))


# Keys of the file formats whose misspelling must be refused (a free name, such as a benefit
# line's or a scenario's, is not among them).
STRUCTURAL = {"appraisal", "title", "scale", "min", "max", "baseline", "shortlist", "top", "within", "min_score",
              "criteria", "id", "name", "weight", "type", "direction", "unit", "range", "levels", "group",
              "gates", "scores", "score", "value", "low", "high", "rationale", "description", "scenarios",
              "weights", "weighting", "method", "swings", "order", "comparisons", "judges", "formula", "groups",
              "judgements",
              "participants", "economics", "base_year", "horizon", "discount", "rate", "price_base",
              "optimism_bias", "category", "mitigation", "evidence", "costs", "capital", "operating", "benefits",
              "by_year", "assessor", "role", "interests", "conflicts", "option", "reason", "abstain", "dissent",
              "moderation", "objectives", "text", "csfs", "framework", "choices", "status", "assessment", "origin",
              "result", "panel", "aggregate", "disagreement", "value_function", "points", "values", "shape",
              "target", "date", "owner", "cash_releasing", "notes", "options", "measure", "impact", "summary",
              "distribution", "by", "source", *CHARACTERISTICS,
              # paper.yaml
              "decision_maker", "meeting_date", "author", "key_decision", "forward_plan", "wards", "recommendations",
              "background", "preferred", "financial", "legal", "equality", "risk", "consultation",
              "background_papers", "business_case", "exempt", "paragraph", "strategic_context", "business_needs",
              "procurement_strategy", "payment_mechanisms", "affordability", "risk_management",
              # risks.yaml
              "risks", "probability", "cost", "residual", "matrix", "cause", "effect"}
FREE_PARENTS = {"benefits", "scenarios", "levels", "by_year", "values"}


def _keys(node: Any, parent: str = "", path: tuple[Any, ...] = ()) -> list[tuple[tuple[Any, ...], str]]:
    """(path to a mapping, key) for every structural key in a document."""
    found: list[tuple[tuple[Any, ...], str]] = []
    if isinstance(node, dict):
        for key, value in node.items():
            if isinstance(key, str) and key in STRUCTURAL and parent not in FREE_PARENTS:
                found.append((path, key))
            found.extend(_keys(value, str(key), (*path, key)))
    elif isinstance(node, list):
        for n, value in enumerate(node):  # a list's entries are not the free names of its key
            found.extend(_keys(value, f"{parent}[]", (*path, n)))
    return found


def _at(document: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        document = document[step]
    return document


def _macbeth_levels(criteria: dict[str, Any]) -> list[dict[str, dict[str, Any]]]:
    """The judgement tables of the MACBETH levels of at least two items, to be edited in place."""
    record = criteria.get("weighting", {})
    levels = [record, *record.get("groups", {}).values()]
    return [level["judgements"] for level in levels if "judgements" in level and len(level["judgements"]) >= 2]


@dataclass
class Mutation:
    kind: str
    file: str  # the file the mutation breaks: the problem must name it
    appraisal: Appraisal


KINDS = ("typo_key", "tab", "wrong_id", "removed_score", "out_of_scale", "drop_required", "duplicate_key",
         "bad_number", "inconsistent")


@st.composite
def mutations(draw: st.DrawFn, base: Appraisal, kind: str | None = None) -> Mutation:
    """One break a user could make (of ``kind``, default any of KINDS), and the file it is in."""
    data = copy.deepcopy(base.data)
    scored = [p for p, d in data.items() if p.startswith("options/") and "scores" in d]
    removable = [(p, cid) for p in scored for cid in data[p]["scores"]
                 if not base.panel or cid not in base.score_criteria()]
    if kind is None:
        kind = draw(st.sampled_from(KINDS))
    macbeth = _macbeth_levels(data["criteria.yaml"])
    if kind == "inconsistent" and not macbeth:  # no MACBETH level to contradict
        kind = "out_of_scale"
    if kind == "removed_score" and not removable:  # every score has a panel median to stand in
        kind = "out_of_scale"
    text: dict[str, str] = {}
    if kind == "typo_key":
        path = draw(st.sampled_from([p for p in sorted(data) if _keys(data[p])]))
        where, key = draw(st.sampled_from(_keys(data[path])))
        mapping = _at(data[path], where)
        typo = draw(st.sampled_from([key[1] + key[0] + key[2:] if len(key) > 2 and key[0] != key[1] else key + "s",
                                     key[:-1], key + "_", key.upper()]))
        mapping[typo] = mapping.pop(key)
    elif kind == "tab":
        path = draw(st.sampled_from(sorted(data)))
        lines = dump(data[path]).split("\n")
        n = draw(st.integers(0, max(len(lines) - 2, 0)))
        lines[n] = "\t" + lines[n]
        text[path] = "\n".join(lines)
    elif kind == "wrong_id":
        refs: list[tuple[str, tuple[Any, ...]]] = []  # (file, path to a mapping key or a value)
        crit = data["criteria.yaml"]
        if "baseline" in crit["appraisal"]:
            refs.append(("criteria.yaml", ("appraisal", "baseline")))
        for name in crit.get("scenarios", {}):
            refs.append(("criteria.yaml", ("scenarios", name, "weights", "*key")))
        for n, c in enumerate(crit["criteria"]):
            if "group" in c:
                refs.append(("criteria.yaml", ("criteria", n, "group")))
        if "swings" in crit.get("weighting", {}):
            refs.append(("criteria.yaml", ("weighting", "swings", "*key")))
        for p in scored:
            if data[p]["scores"]:  # (a panel's medians may stand in for every score)
                refs.append((p, ("scores", "*key")))
        for p, d in data.items():
            if p.startswith("options/"):
                if "gates" in d:
                    refs.append((p, ("gates", "*key")))
                for dim in d.get("origin", {}):
                    refs.append((p, ("origin", dim)))
            if p == "risks.yaml":  # a risk's option (E771)
                refs += [(p, ("risks", n, "options", 0)) for n, r in enumerate(d["risks"]) if r["options"] != "all"]
            if p.startswith("panel/"):
                if d["scores"]:
                    refs.append((p, ("scores", "*key")))
                for n, _ in enumerate(d["conflicts"]):
                    refs.append((p, ("conflicts", n, "option")))
        if "benefits.yaml" in data:
            for n, b in enumerate(data["benefits.yaml"]["benefits"]):
                for key in ("objectives", "csfs", "criteria", "options"):
                    refs += [("benefits.yaml", ("benefits", n, key, j)) for j, _ in enumerate(b.get(key, []))]
        if "equality.yaml" in data:
            refs.append(("equality.yaml", ("options", "*key")))
        path, where = draw(st.sampled_from(refs))
        holder = _at(data[path], where[:-1])
        if where[-1] == "*key":
            old = draw(st.sampled_from(sorted(holder)))
            holder["no_such_id"] = holder.pop(old)
        else:
            holder[where[-1]] = "no_such_id"
    elif kind == "inconsistent":
        # b over a weak, yet a over no swing extreme and b over no swing very weak: b - 0 exceeds
        # a - 0, while extreme must exceed very weak
        table = draw(st.sampled_from(macbeth))
        items = sorted(({i for row in table.values() for i in row} | set(table)) - {"no_swing"})
        a, b = draw(st.permutations(items))[:2]
        table.get(a, {}).pop(b, None)
        table.get(b, {}).pop(a, None)
        table.setdefault(a, {})["no_swing"] = "extreme"
        table.setdefault(b, {})["no_swing"] = "very_weak"
        table[b][a] = "weak"
        path = "criteria.yaml"
    elif kind == "removed_score":
        path, cid = draw(st.sampled_from(removable))
        del data[path]["scores"][cid]
    elif kind == "out_of_scale":
        scale = data["criteria.yaml"]["appraisal"]["scale"]
        spots: list[tuple[str, tuple[Any, ...]]] = [(p, ("scores", cid)) for p in scored for cid, cell in data[p]["scores"].items()
                 if cid in base.score_criteria()]
        # (not a panel's unused score for a sifted-out option: validate lets it pass, W408 only)
        spots += [(p, ("scores", o, cid)) for p, d in data.items() if p.startswith("panel/")
                  for o, row in d["scores"].items() if f"options/{o}.yaml" in scored for cid, cell in row.items()
                  if not (isinstance(cell, dict) and "abstain" in cell)]
        if not spots:  # measures only: a range out of order
            path = draw(st.sampled_from(scored))
            cid = next(iter(data[path]["scores"]))
            cell = data[path]["scores"][cid]
            value = cell["value"] if isinstance(cell, dict) else cell
            data[path]["scores"][cid] = {"value": value, "low": value + 1, "high": value + 2}
        else:
            path, where = draw(st.sampled_from(spots))
            holder = _at(data[path], where[:-1])
            bad = draw(st.sampled_from([scale["max"] + 1, scale["min"] - 0.5, scale["max"] + 100]))
            cell = holder[where[-1]]
            holder[where[-1]] = {**cell, "score": bad} if isinstance(cell, dict) else bad
            if isinstance(cell, dict):
                holder[where[-1]].pop("low", None)
                holder[where[-1]].pop("high", None)
    elif kind == "drop_required":
        choices = [("criteria.yaml", ("appraisal", "title")), ("criteria.yaml", ("appraisal", "scale")),
                   ("criteria.yaml", ("criteria", 0, "name"))]
        choices += [(p, ("name",)) for p in data if p.startswith("options/")]
        choices += [(p, ("assessor", "role")) for p in data if p.startswith("panel/")]
        if "economics" in data["criteria.yaml"]:
            choices.append(("criteria.yaml", ("economics", "base_year")))
        if "longlist.yaml" in data:
            choices.append(("longlist.yaml", ("objectives",)))
        if "benefits.yaml" in data:
            choices += [("benefits.yaml", ("benefits", 0, "title")), ("benefits.yaml", ("benefits", 0, "cash_releasing"))]
        if "equality.yaml" in data:
            choices.append(("equality.yaml", ("options",)))
        if "risks.yaml" in data:
            choices.append(("risks.yaml", ("risks", 0, "probability")))
        path, where = draw(st.sampled_from(choices))
        del _at(data[path], where[:-1])[where[-1]]
    elif kind == "duplicate_key":
        path = draw(st.sampled_from(sorted(data)))
        lines = dump(data[path]).split("\n")
        plain = [n for n, line in enumerate(lines) if ": " in line and not line.lstrip().startswith("- ")]
        n = draw(st.sampled_from(plain))
        lines.insert(n, lines[n])
        text[path] = "\n".join(lines)
    else:  # bad_number: a weight, a scale end or an amount that is not a number
        numbers: list[tuple[str, tuple[Any, ...]]] = [("criteria.yaml", ("appraisal", "scale", "max"))]
        numbers += [("criteria.yaml", ("criteria", n, "weight")) for n, c in enumerate(data["criteria.yaml"]["criteria"])
                  if "weight" in c]
        path, where = draw(st.sampled_from(numbers))
        scale_min = data["criteria.yaml"]["appraisal"]["scale"]["min"]
        bad = ["1:30", "ten", scale_min] if where[-1] == "max" else ["1:30", "0x1f", "ten", math.nan, -5, 0]
        _at(data[path], where[:-1])[where[-1]] = draw(st.sampled_from(bad))
    return Mutation(kind, path, Appraisal(data, base.features, text))


@st.composite
def edits(draw: st.DrawFn, base: Appraisal) -> Appraisal:
    """A valid change: one weight or swing, or one score moved within the scale (or one measure's value)."""
    data = copy.deepcopy(base.data)
    criteria = data["criteria.yaml"]
    stated = [c for c in criteria["criteria"] if "weight" in c]
    swings = criteria.get("weighting", {}).get("swings", {})
    kind = draw(st.sampled_from(["score", "weight"]))
    if kind == "weight" and swings:
        item = draw(st.sampled_from(sorted(swings)))
        swings[item] = draw(st.integers(1, 100))
        if 100 not in swings.values():
            swings[item] = 100
        return Appraisal(data, base.features)
    if kind == "weight" and stated and not criteria.get("weighting", {}).get("groups"):
        draw(st.sampled_from(stated))["weight"] = draw(st.integers(1, 100))
        return Appraisal(data, base.features)
    scale = data["criteria.yaml"]["appraisal"]["scale"]
    spots = [(p, cid) for p, d in data.items() if p.startswith("options/") for cid in d.get("scores", {})]
    path, cid = draw(st.sampled_from(spots))
    cell = data[path]["scores"][cid]
    measure = cid not in base.score_criteria()
    function = next(c for c in criteria["criteria"] if c["id"] == cid).get("value_function", {})
    whole = function.get("type") in ("discrete", "macbeth")  # their scores are whole levels
    new = (draw(st.integers(0, 2000)) if measure else draw(st.integers(scale["min"], scale["max"])) if whole
           else _number(draw, scale["min"], scale["max"]))
    # a new point drops any range (which might no longer hold it)
    data[path]["scores"][cid] = {"value": new} if measure else new
    if isinstance(cell, dict) and "moderation" in cell and not measure:
        data[path]["scores"][cid] = {"score": new, "moderation": cell["moderation"]}
    for c in data["criteria.yaml"]["criteria"]:  # a measure's range must still hold the values
        if c["id"] == cid and "range" in c:
            del c["range"]
        if c["id"] == cid and measure and c.get("value_function", {}).get("type") == "piecewise":
            del c["value_function"]  # its points are the range
    return Appraisal(data, base.features)
