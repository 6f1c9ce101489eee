"""Find an appraisal's files, load them strictly and build the frozen domain objects.

``load_appraisal`` is the one entry point every command uses: files -> strict YAML ->
schema -> domain objects -> semantic checks. It raises :class:`AppraisalError` with every
problem in every file, or returns a valid :class:`Appraisal`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from adm_appraise.files import checks, schema
from adm_appraise.files.yamlfile import Document, load_yaml
from adm_appraise.model import (
    Appraisal,
    Assessment,
    CashLine,
    Criterion,
    Economics,
    Gate,
    GateAssessment,
    OptimismBias,
    Option,
    OptionCosts,
    ShortlistRule,
    YearSpan,
)
from adm_appraise.problems import AppraisalError, Location, Problem


def bundled_dir() -> Path:
    """The folder of the bundled example appraisal (and the shipped templates)."""
    package = Path(__file__).resolve().parent.parent  # adm_appraise/
    data = package / "data"
    return data if (data / "criteria.yaml").is_file() else package.parent


@dataclass(frozen=True)
class Sources:
    criteria: Path
    options: Path
    bundled: bool = False


def find_sources(
    directory: Path | None = None, criteria: Path | None = None, options: Path | None = None
) -> Sources:
    """Where the files are: DIR (default: the current folder, else the bundled example)."""
    bundled = False
    if directory is None and criteria is None and not Path("criteria.yaml").exists():
        directory, bundled = bundled_dir(), True
    base = directory if directory is not None else Path(".")
    criteria_path = criteria if criteria is not None else base / "criteria.yaml"
    if options is None:
        options = (base if directory is not None or criteria is None else criteria.parent) / "options"
    return Sources(criteria_path, options, bundled)


def load_appraisal(
    directory: str | Path | None = None,
    *,
    criteria: str | Path | None = None,
    options: str | Path | None = None,
) -> Appraisal:
    """Load and check an appraisal; raise AppraisalError listing every problem."""
    sources = find_sources(*(None if p is None else Path(p) for p in (directory, criteria, options)))
    loaded = read_sources(sources)
    if loaded.problems or loaded.appraisal is None:
        raise AppraisalError(loaded.problems)
    return loaded.appraisal


@dataclass(frozen=True)
class Loaded:
    """What reading an appraisal's files gave: the appraisal if valid, and every error."""

    appraisal: Appraisal | None
    problems: list[Problem]
    files: int  # how many files were read


def read_sources(sources: Sources) -> Loaded:
    """Read and check every file of an appraisal, collecting all errors rather than raising."""
    problems: list[Problem] = []
    crit_doc = _read(sources.criteria, problems)
    option_files = _option_files(sources.options, problems)
    option_docs = [d for p in option_files if (d := _read(p, problems))]
    crit_file = None
    if crit_doc is not None:
        crit_file, found = _parse(schema.CriteriaFile, crit_doc)
        problems += found
    options = []
    for doc in option_docs:
        parsed, found = _parse(schema.OptionFile, doc)
        problems += found
        if parsed is not None:
            options.append(_option(parsed, doc))
    files = int(sources.criteria.is_file()) + len(option_files)
    if crit_file is None or crit_doc is None:
        return Loaded(None, problems, files)
    appraisal = _appraisal(crit_file, crit_doc, tuple(options), sources.bundled)
    problems += checks.check(appraisal, crit_doc, complete=0 < len(options) == len(option_files))
    return Loaded(None if problems else appraisal, problems, files)


def _parse(model: Any, doc: Document) -> tuple[Any, list[Problem]]:
    """Schema-check a document; a value the YAML dialect already rejected is not reported twice."""
    parsed, found = schema.parse(model, doc)
    seen = {p.where for p in doc.problems}
    return (None if doc.problems else parsed), doc.problems + [p for p in found if p.where not in seen]


def _read(path: Path, problems: list[Problem]) -> Document | None:
    if not path.is_file():
        problems.append(Problem(Location(str(path)), "E001", "file not found" if not path.exists() else "not a file"))
        return None
    try:
        return load_yaml(path)
    except AppraisalError as exc:
        problems += exc.problems
        return None


def _option_files(folder: Path, problems: list[Problem]) -> list[Path]:
    if not folder.is_dir():
        problems.append(Problem(Location(str(folder)), "E001", "options folder not found"))
        return []
    files = sorted(
        p for p in folder.iterdir() if p.suffix in (".yaml", ".yml") and not p.name.startswith(".")
    )
    if not files:
        problems.append(Problem(Location(str(folder)), "E212", "no option files (*.yaml) in the options folder"))
    return files


def _appraisal(spec: Any, doc: Document, options: tuple[Option, ...], bundled: bool) -> Appraisal:
    meta = spec.appraisal
    criteria = tuple(
        Criterion(
            id=c.id, name=c.name, weight=c.weight, where=doc.where(("criteria", i)),
            description=c.description, type=c.type, unit=c.unit, direction=c.direction,
            range=tuple(c.range) if c.range else None, levels=dict(c.levels or {}),
        )
        for i, c in enumerate(spec.criteria)
    )
    gates = tuple(
        Gate(id=g.id, name=g.name, where=doc.where(("gates", i)), description=g.description)
        for i, g in enumerate(spec.gates)
    )
    rule = meta.shortlist
    return Appraisal(
        title=meta.title, scale=(meta.scale.min, meta.scale.max), criteria=criteria, gates=gates,
        options=options, criteria_path=doc.path, organisation=meta.organisation, date=meta.date,
        description=meta.description, baseline=meta.baseline,
        baseline_where=doc.where(("appraisal", "baseline")) if meta.baseline else None,
        shortlist=ShortlistRule(rule.top, rule.min_score, rule.within),
        scenarios={name: dict(s.weights) for name, s in spec.scenarios.items()},
        bundled=bundled, where=doc.where(("appraisal",), key=True),
        economics=_economics(spec.economics, doc),
    )


def _option(spec: Any, doc: Document) -> Option:
    gates = {}
    for gid, entry in spec.gates.items():
        where = doc.where(("gates", gid))
        if isinstance(entry, str):
            gates[gid] = GateAssessment(entry, where)
        else:
            gates[gid] = GateAssessment(entry.result, where, entry.rationale)
    scores = {}
    for cid, entry in spec.scores.items():
        where = doc.where(("scores", cid))
        if isinstance(entry, float):
            scores[cid] = Assessment(entry, where)
            continue
        keyword = "score" if entry.score is not None else "value" if entry.value is not None else ""
        point = entry.score if entry.score is not None else entry.value
        if entry.score is not None and entry.value is not None:
            keyword = "both"
        at = {k: doc.where(("scores", cid, k)) for k in ("score", "value", "low", "high")}
        scores[cid] = Assessment(
            point, where, entry.low, entry.high, entry.rationale, tuple(entry.evidence),
            keyword or "none", at,
        )
    return Option(
        id=spec.id, name=spec.name, path=doc.path, where=doc.where(("id",)),
        description=spec.description, gates=gates, scores=scores,
        keys={k: doc.where((k,), key=True) for k in ("id", "gates", "scores", "costs", "benefits")},
        costs=_costs(spec.costs, doc),
        benefits={bid: _cash_line(line, doc, ("benefits", bid)) for bid, line in spec.benefits.items()},
    )


# --- The economic case: the economics: block, and an option's costs: and benefits:

_RANGE = re.compile(r"([0-9]{4})(?:\.\.([0-9]{4}))?\Z")  # 2019, or 2019..2028


def _economics(spec: Any, doc: Document) -> Economics | None:
    if spec is None:
        return None
    path = ("economics",)
    return Economics(
        base_year=spec.base_year, where=doc.where(path, key=True), price_base=spec.price_base, unit=spec.unit,
        discount=spec.discount, rate=spec.rate, horizon=spec.horizon,
        optimism_bias=_bias(spec.optimism_bias, doc, (*path, "optimism_bias")),
        at={k: doc.where((*path, k), key=True) for k in ("base_year", "discount", "rate", "horizon")},
    )


def _bias(spec: Any, doc: Document, path: tuple[str, ...]) -> OptimismBias | None:
    if spec is None:
        return None
    return OptimismBias(
        where=doc.where(path, key=True), category=spec.category, mix=dict(spec.mix or {}),
        capital=spec.capital, operating=spec.operating, mitigation=spec.mitigation,
        evidence=tuple(spec.evidence), rationale=spec.rationale,
        at={k: doc.where((*path, k), key=True) for k in ("category", "mix", "capital", "operating", "mitigation")},
    )


def _costs(spec: Any, doc: Document) -> OptionCosts | None:
    if spec is None:
        return None
    return OptionCosts(
        where=doc.where(("costs",), key=True),
        capital=None if spec.capital is None else _cash_line(spec.capital, doc, ("costs", "capital")),
        operating=None if spec.operating is None else _cash_line(spec.operating, doc, ("costs", "operating")),
        optimism_bias=_bias(spec.optimism_bias, doc, ("costs", "optimism_bias")),
    )


def _cash_line(spec: Any, doc: Document, path: tuple[str, ...]) -> CashLine:
    """A line in either form: {year: amount} or {by_year: {...}, low, high, description}."""
    if isinstance(spec, dict):
        amounts, keys, extra = spec, path, None
    else:
        amounts, keys, extra = spec.by_year, (*path, "by_year"), spec
    spans = tuple(_span(key, float(amount), doc.where((*keys, key), key=True)) for key, amount in amounts.items())
    return CashLine(
        spans, doc.where(path, key=True),
        low=extra.low if extra else None, high=extra.high if extra else None,
        description=extra.description if extra else None,
        at={k: doc.where((*path, k), key=True) for k in ("low", "high")} if extra else {},
    )


def _span(key: int | str, amount: float, where: Location) -> YearSpan:
    if isinstance(key, int):
        return YearSpan(str(key), key, key, amount, where)
    found = _RANGE.match(key)
    if found:
        return YearSpan(key, int(found[1]), int(found[2] or found[1]), amount, where)
    return YearSpan(key, None, None, amount, where)
