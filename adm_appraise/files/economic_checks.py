"""Checks (errors) and lints (warnings) of the economic case: the economics: block of
criteria.yaml and the costs:/benefits: of the options.

Called from ``checks.check`` and ``lints.lint``; no numpy, so ``validate`` stays light.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from adm_appraise.files.yamlfile import Document
from adm_appraise.files.years import FIRST_YEAR, LAST_YEAR
from adm_appraise.greenbook import OPTIMISM_BIAS
from adm_appraise.model import Appraisal, CashLine, Economics, OptimismBias, Option
from adm_appraise.problems import Location, Problem

SHARE_TOLERANCE = 1e-6  # mix shares must add up to 100 within this
COST_WORDS = re.compile(r"\bcosts?\b|\bspend|\bexpenditure|\bprice", re.I)
CURRENCY = re.compile(r"[£$€]")


def _lines(option: Option) -> list[tuple[str, CashLine]]:
    costs = option.costs.lines() if option.costs else {}
    return [*((f"costs.{k}", v) for k, v in costs.items()),
            *((f"benefits.{k}", v) for k, v in option.benefits.items())]


def period(e: Economics) -> tuple[int, int | None]:
    """The first and last year appraised (last None: up to the last amount given)."""
    return e.base_year, None if e.horizon is None else e.base_year + e.horizon - 1


# ---- errors --------------------------------------------------------------------------------


def check(appraisal: Appraisal, doc: Document) -> list[Problem]:
    """Every error in the economic case."""
    e = appraisal.economics
    found: list[Problem] = []
    if e is not None:
        found += _discount(e)
        if e.optimism_bias is not None:
            found += _bias(e.optimism_bias)
    for option in appraisal.options:
        found += _option(option, e)
    return found


def _discount(e: Economics) -> Iterator[Problem]:
    if e.discount == "constant" and e.rate is None:
        yield Problem(e.at.get("discount", e.where), "E605", "discount: constant needs 'rate:' (% a year)")
    if e.discount != "constant" and e.rate is not None:
        yield Problem(e.at.get("rate", e.where), "E605",
                      f"'rate' is for discount: constant; the {e.discount} schedule sets its own rates "
                      "(remove rate, or set discount: constant)")


def _bias(b: OptimismBias) -> Iterator[Problem]:
    if b.category is None and not b.mix and b.capital is None and b.operating is None:
        yield Problem(b.where, "E606", "optimism_bias needs a basis: 'category', 'mix', or 'capital'/'operating' %")
    if b.category is not None and b.mix:
        yield Problem(b.at.get("mix", b.where), "E606", "give 'category' or 'mix', not both")
    if b.mix:
        total = sum(b.mix.values())
        where = b.at.get("mix", b.where)
        if abs(total - 100.0) > SHARE_TOLERANCE:
            yield Problem(where, "E606", f"the mix's shares of capital cost add up to {total:g}%, not 100%")
        if any(OPTIMISM_BIAS[c].line != "capital" for c in b.mix):
            yield Problem(where, "E606", "outsourcing uplifts operating costs and cannot be mixed with the "
                                         "capital categories; use 'operating:' for it")


def _option(option: Option, e: Economics | None) -> Iterator[Problem]:
    if e is None:
        if option.costs is not None or option.benefits:
            where = option.keys.get("costs") if option.costs is not None else option.keys.get("benefits")
            yield Problem(where or option.where, "E604",
                          f"option '{option.id}' gives costs or benefits but criteria.yaml has no economics: "
                          "block (base_year, discount, unit)")
    if option.costs is not None and option.costs.optimism_bias is not None:
        yield from _bias(option.costs.optimism_bias)
    for label, line in _lines(option):
        yield from line_problems(option.id, label, line, e)


def line_problems(owner: str, label: str, line: CashLine, e: Economics | None) -> Iterator[Problem]:
    """The errors of one cash line (``owner``: the option or risk it belongs to, as messages name it)."""
    seen: dict[int, str] = {}
    first, last = period(e) if e is not None else (None, None)
    for span in line.spans:
        if span.first is None or span.last is None:
            yield Problem(span.where, "E601", f"{owner}: {label}: '{span.key}' is not a year from "
                                              f"{FIRST_YEAR} to {LAST_YEAR} or a range of such years "
                                              "(2019, or 2019..2028)")
            continue
        if span.first > span.last:
            yield Problem(span.where, "E601", f"{owner}: {label}: the range {span.key} runs backwards")
            continue
        if span.amount < 0:
            yield Problem(span.where, "E608", f"{owner}: {label}: {span.key}: the amount {span.amount:g} is "
                                              "negative; enter savings as benefits and disbenefits as costs")
        clash = [y for y in range(span.first, span.last + 1) if y in seen]
        if clash:
            yield Problem(span.where, "E602", f"{owner}: {label}: year {clash[0]} is given twice "
                                              f"('{seen[clash[0]]}' and '{span.key}')")
        for y in range(span.first, span.last + 1):
            seen.setdefault(y, span.key)
        if first is not None and span.first < first:
            yield Problem(span.where, "E603", f"{owner}: {label}: {span.key} is before the base year {first}")
        elif first is not None and last is not None and span.last > last:
            yield Problem(span.where, "E603", f"{owner}: {label}: {span.key} is after the appraisal period "
                                              f"({first}-{last}: horizon {last - first + 1} years)")
    total = line.total
    for key, bound in (("low", line.low), ("high", line.high)):
        if bound is None:
            continue
        where = line.at.get(key, line.where)
        if bound < 0:
            yield Problem(where, "E607", f"{owner}: {label}: {key} {bound:g} is negative")
        elif (key == "low" and bound > total + 1e-9) or (key == "high" and bound < total - 1e-9):
            side = "at most" if key == "low" else "at least"
            yield Problem(where, "E607", f"{owner}: {label}: {key} {bound:g} must be {side} the line's "
                                         f"total, {total:g} (the sum of its years)")


# ---- warnings --------------------------------------------------------------------------------


def warn(where: Location, code: str, message: str) -> Problem:
    return Problem(where, code, message, severity="warning")


def lint(appraisal: Appraisal) -> list[Problem]:
    """Every warning about the economic case of a valid appraisal."""
    e = appraisal.economics
    if e is None:
        return []
    # the baseline may give none (it is the counterfactual); an option failing a gate is out anyway
    others = [o for o in appraisal.options if o.id != appraisal.baseline and not o.failed_gates()]
    costed = [o for o in others if o.costs is not None]
    found: list[Problem] = []
    if not any(o.costs is not None for o in appraisal.options):
        found.append(warn(e.where, "W608", "an economics: block but no option gives costs: "
                                           "add costs: to the option files, or remove the block"))
        return found
    found += [warn(o.where, "W601",
                   f"{o.id} gives no costs while {len(costed)} other option(s) do: the value-for-money "
                   "comparison leaves it out")
              for o in others if o.costs is None and costed]
    monetised = [o for o in others if o.benefits]
    if monetised:
        found += [warn(o.where, "W606",
                       f"{o.id} has no monetised benefits while {len(monetised)} other option(s) do: "
                       "NPSV and BCR cannot compare them")
                  for o in others if not o.benefits]
    if not (e.price_base or "").strip():
        found.append(warn(e.where, "W609", "no price_base: say which real prices the amounts are in "
                                           "(e.g. '2017-18 prices'), as the Green Book's economic case does"))
    found += _double_counting(appraisal, e)
    everyone = [o for o in appraisal.options if o.costs is not None]
    biases = [(None, e.optimism_bias), *((o.id, o.costs.optimism_bias) for o in everyone if o.costs)]
    if e.optimism_bias is None and not all(o.costs and o.costs.optimism_bias for o in everyone):
        found.append(warn(e.where, "W605", "costs are appraised with no optimism bias: state one (a category's "
                                           "upper bound, or 0% with the evidence for it)"))
    for owner, bias in biases:
        if bias is not None:
            found += _bias_lints(owner, bias)
    return found


def _double_counting(appraisal: Appraisal, e: Economics) -> Iterator[Problem]:
    for c in appraisal.criteria:
        unit = c.unit or ""
        money = c.is_measure and (unit == e.unit or bool(CURRENCY.search(unit)))
        if money or COST_WORDS.search(c.id.replace("_", " ")) or COST_WORDS.search(c.name):
            yield warn(c.where, "W602",
                       f"'{c.id}' looks like a cost criterion and the options' costs are in the economic case: "
                       "counting cost twice (the MCA manual keeps costs out of the weighted sum and sets the "
                       "benefit score against them); drop its weight or the costs")


def _bias_lints(owner: str | None, b: OptimismBias) -> Iterator[Problem]:
    whose = f"{owner}: " if owner else ""
    evidenced = bool(b.evidence) or bool((b.rationale or "").strip())
    if b.category is None and not b.mix and not evidenced:
        yield warn(b.where, "W603", f"{whose}optimism bias given as bare percentages: name the Green Book "
                                    "category it comes from, or give the evidence for it")
    if b.mitigation > 0 and not b.evidence:
        yield warn(b.at.get("mitigation", b.where), "W604",
                   f"{whose}optimism bias mitigated by {b.mitigation:g}% with no evidence: the Green Book reduces "
                   "the upper bound only for risks shown to be managed")
    if b.category is not None and b.mitigation > 0 and b.capital is None and b.operating is None:
        upper, lower = OPTIMISM_BIAS[b.category].cost
        applied = upper * (1 - b.mitigation / 100)
        if applied < lower - 1e-9:
            yield warn(b.at.get("mitigation", b.where), "W607",
                       f"{whose}mitigation leaves {applied:.3g}% optimism bias, below the "
                       f"{OPTIMISM_BIAS[b.category].label} lower bound of {lower:g}%")
