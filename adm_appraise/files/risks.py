"""The risk register (risks.yaml): its domain objects, its errors and its warnings.

Each risk names the options it applies to (or ``all``), its probability, and its impact if it
occurs: a cost by year (in the economics unit, discounted as the options' costs are) and/or a
change of the option's score on named criteria; who owns it, how it is mitigated and what is
left after mitigation (``residual:``; keys left out keep the risk's own), and its status. An
appraisal without risks.yaml is checked, scored and costed exactly as before.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from adm_appraise.files.economic_checks import line_problems
from adm_appraise.files.yamlfile import Document
from adm_appraise.model import IMPACT_BANDS, Appraisal, CashLine, Risk, RiskImpact, RiskRegister, YearSpan
from adm_appraise.problems import Location, Problem, did_you_mean, duplicates

Path = tuple[str | int, ...]


def build(spec: Any, doc: Document) -> RiskRegister:
    """The frozen register from a schema-checked risks.yaml."""
    risks = []
    for i, r in enumerate(spec.risks):
        path: Path = ("risks", i)
        inherent = _impact(doc, path, r.probability, r.cost, r.criteria)
        residual = None
        if r.residual is not None:
            rest = r.residual
            own = _impact(doc, (*path, "residual"), rest.probability, rest.cost, rest.criteria)
            residual = RiskImpact(
                inherent.probability if rest.probability is None else own.probability,
                inherent.cost if rest.cost is None else own.cost,
                inherent.criteria if rest.criteria is None else own.criteria,
                inherent.criteria_at if rest.criteria is None else own.criteria_at,
            )
        listed = None if r.options == "all" else tuple(r.options)
        risks.append(Risk(
            id=r.id, title=r.title, where=doc.where((*path, "id")), options=listed,
            inherent=inherent, residual=residual, status=r.status, category=r.category, cause=r.cause,
            effect=r.effect, owner=r.owner, mitigation=r.mitigation,
            keys={k: doc.where((*path, k), key=True) for k in ("options", "probability", "cost", "criteria",
                                                               "residual", "mitigation", "status")},
            option_at=tuple(doc.where((*path, "options", j)) for j in range(len(listed or ()))),
        ))
    bands = tuple(spec.matrix.impact) if spec.matrix is not None and spec.matrix.impact is not None else None
    return RiskRegister(
        doc.path, doc.where((), key=True), tuple(risks), spec.description,
        impact_bands=bands or IMPACT_BANDS,
        bands_where=doc.where(("matrix", "impact")) if bands else None,
    )


def _impact(doc: Document, path: Path, probability: float | None, cost: dict[Any, float] | None,
            criteria: dict[str, float] | None) -> RiskImpact:
    line = None
    if cost is not None:
        from adm_appraise.files import years

        spans = []
        for key, amount in cost.items():
            first, last = years.span(key) or (None, None)
            spans.append(YearSpan(str(key), first, last, float(amount), doc.where((*path, "cost", key), key=True)))
        line = CashLine(tuple(spans), doc.where((*path, "cost"), key=True))
    return RiskImpact(
        0.0 if probability is None else probability, line, dict(criteria or {}),
        {c: doc.where((*path, "criteria", c), key=True) for c in criteria or {}},
    )


def check(appraisal: Appraisal, *, complete: bool = True) -> list[Problem]:
    """Errors: duplicate ids, unknown options and criteria, costs without an economic case, bad
    years and amounts, impact bands that do not rise. ``complete``: every option file loaded, so
    that an unknown option is unknown (not merely unread)."""
    register = appraisal.risks
    if register is None:
        return []
    found = [*_unique(register), *_criteria(appraisal, register), *_costs(appraisal, register), *_bands(register)]
    if complete:
        found += _options(appraisal, register)
    return found


def _unique(register: RiskRegister) -> Iterator[Problem]:
    return duplicates(((r.id, r.where) for r in register.risks), "E770", "risk")


def _options(appraisal: Appraisal, register: RiskRegister) -> Iterator[Problem]:
    known = [o.id for o in appraisal.options]
    for r in register.risks:
        for oid, where in zip(r.options or (), r.option_at, strict=False):
            if oid not in known:
                yield Problem(where, "E771", f"risk '{r.id}' names unknown option '{oid}'" + did_you_mean(oid, known))


def _criteria(appraisal: Appraisal, register: RiskRegister) -> Iterator[Problem]:
    known = [c.id for c in appraisal.criteria]
    for r in register.risks:
        impacts = [r.inherent] + ([r.residual] if r.residual is not None else [])
        seen: set[Location] = set()
        for impact in impacts:
            for cid, where in impact.criteria_at.items():
                if cid not in known and where not in seen:
                    seen.add(where)
                    yield Problem(where, "E772", f"risk '{r.id}' changes unknown criterion '{cid}'"
                                  + did_you_mean(cid, known))


def _costs(appraisal: Appraisal, register: RiskRegister) -> Iterator[Problem]:
    e = appraisal.economics
    for r in register.risks:
        lines = [("cost", r.inherent.cost)]
        if r.residual is not None and r.residual.cost is not r.inherent.cost:
            lines.append(("residual.cost", r.residual.cost))
        for label, line in lines:
            if line is None:
                continue
            if e is None:
                yield Problem(line.where, "E773", f"risk '{r.id}' gives a cost but criteria.yaml has no economics: "
                                                  "block (base_year, discount, unit) to discount it with")
                continue
            yield from line_problems(f"risk '{r.id}'", label, line, e)


def _bands(register: RiskRegister) -> Iterator[Problem]:
    bands = register.impact_bands
    if any(after <= before for before, after in zip(bands, bands[1:], strict=False)):
        yield Problem(register.bands_where or register.where, "E774",
                      "matrix.impact: the four cut-points between the impact bands must rise "
                      f"({', '.join(f'{b:g}' for b in bands)})")


# Warnings, for a valid appraisal (``lints.lint`` adds these).

def lint(appraisal: Appraisal) -> list[Problem]:
    register = appraisal.risks
    if register is None:
        return []
    found: list[Problem] = []
    for r in register.risks:
        found += _lint_risk(r)
    found += _bias_not_reduced(appraisal, register)
    return found


def _warn(where: Location, code: str, message: str) -> Problem:
    return Problem(where, code, message, severity="warning")


def _lint_risk(r: Risk) -> Iterator[Problem]:
    if not (r.inherent.priced or r.inherent.criteria):
        yield _warn(r.where, "W770", f"risk '{r.id}' has no impact: give 'cost:' (in the economics unit) "
                                     "and/or 'criteria:' (score changes)")
    if r.residual is not None:
        before, after = r.inherent, r.residual
        worse = after.probability > before.probability + 1e-12 or (
            after.cost is not None and before.cost is not None and after.cost.total > before.cost.total + 1e-9)
        if worse:
            yield _warn(r.keys.get("residual", r.where), "W771",
                        f"risk '{r.id}': the residual risk is greater than the risk before mitigation")
        if not (r.mitigation or "").strip():
            yield _warn(r.keys.get("residual", r.where), "W772",
                        f"risk '{r.id}' gives a residual position but no 'mitigation:' saying how it is reached")
    if r.status == "open" and not (r.owner or "").strip():
        yield _warn(r.where, "W773", f"open risk '{r.id}' has no owner: name the post that manages it")


def _bias_not_reduced(appraisal: Appraisal, register: RiskRegister) -> Iterator[Problem]:
    """W774: risks are priced for an option whose optimism bias is its full upper bound (Green Book
    2022, paragraph 5.44: the initial estimate can be reduced as the cost of specific risks is identified;
    left whole, the same risk is counted twice)."""
    e = appraisal.economics
    if e is None:
        return
    unreduced: dict[Location, list[str]] = {}  # an optimism bias at its upper bound -> options with priced risks
    for o in appraisal.options:
        bias = o.costs.optimism_bias if o.costs is not None and o.costs.optimism_bias else e.optimism_bias
        priced = any(r.current.priced and r.counted > 0 for r in register.for_option(o.id))
        if o.costs is not None and bias is not None and priced and bias.mitigation == 0:
            unreduced.setdefault(bias.where, []).append(o.id)
    for where, options in unreduced.items():
        yield _warn(where, "W774",
                    f"risks of {', '.join(options)} are priced in the risk register while this optimism bias is "
                    "left at its upper bound: the Green Book (2022, paragraph 5.44) reduces it as the costs of "
                    "specific risks are identified (set 'mitigation:' with the evidence), or a risk counts twice")
