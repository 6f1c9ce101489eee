"""Find an appraisal's files, load them strictly and build the frozen domain objects.

``load_appraisal`` is the one entry point every command uses: files -> strict YAML ->
schema -> domain objects -> semantic checks. It raises :class:`AppraisalError` with every
problem in every file, or returns a valid :class:`Appraisal`.
"""

from __future__ import annotations

import dataclasses
import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from adm_appraise.files import acceptance, benefits, checks, equality, fastpath, panel, risks, weighting, years
from adm_appraise.files import longlist as long_list
from adm_appraise.files import macbeth as macbeth_files
from adm_appraise.files import paper as committee_paper
from adm_appraise.files.yamlfile import Document, load_yaml
from adm_appraise.macbeth import solve as macbeth_solve
from adm_appraise.model import (
    Acceptance,
    Appraisal,
    Assessment,
    Assessor,
    CashLine,
    Criterion,
    Economics,
    Gate,
    GateAssessment,
    LongList,
    OptimismBias,
    Option,
    OptionCosts,
    Panel,
    RiskRegister,
    ShortlistRule,
    ValueFunction,
    Weighting,
    YearSpan,
)
from adm_appraise.problems import AppraisalError, Location, Problem

ID_PATTERN = r"^[a-z][a-z0-9_]*$"  # as files.schema's (imported from there only when a file needs the models)


def bundled_dir() -> Path:
    """The folder of the bundled example appraisal (and the shipped templates)."""
    package = Path(__file__).resolve().parent.parent  # adm_appraise/
    data = package / "data"
    return data if (data / "criteria.yaml").is_file() else package.parent


NOT_FOUND_HINT = "no criteria.yaml in this folder or any parent; pass the appraisal folder"
PANEL, LONGLIST, RISKS = "panel", "longlist.yaml", "risks.yaml"  # read beside criteria.yaml when they exist
BENEFITS, EQUALITY = "benefits.yaml", "equality.yaml"  # the same


@dataclass(frozen=True)
class Sources:
    criteria: Path
    options: Path
    bundled: bool = False
    found: bool = True  # False: no DIR given and no criteria.yaml here or above (and no fallback)

    @property
    def panel(self) -> Path:
        """The scoring panel's folder, beside criteria.yaml (it need not exist)."""
        return self.criteria.parent / PANEL

    @property
    def longlist(self) -> Path:
        """longlist.yaml beside criteria.yaml: read only when it exists."""
        return self.criteria.parent / LONGLIST

    @property
    def risks(self) -> Path:
        """risks.yaml beside criteria.yaml: read only when it exists."""
        return self.criteria.parent / RISKS

    @property
    def benefits(self) -> Path:
        """benefits.yaml beside criteria.yaml: read only when it exists."""
        return self.criteria.parent / BENEFITS

    @property
    def equality(self) -> Path:
        """equality.yaml beside criteria.yaml: read only when it exists."""
        return self.criteria.parent / EQUALITY

    @property
    def paper(self) -> Path:
        """paper.yaml beside criteria.yaml: read only when it exists."""
        return self.criteria.parent / committee_paper.PAPER


def find_appraisal(start: Path | None = None) -> Path | None:
    """The nearest folder, from ``start`` (default: the current one) upward, holding a criteria.yaml.

    Returned relative to the current folder when it is this folder or an ancestor (``.``,
    ``..``, ``../..``), so that messages name files as a user would type them.
    """
    here = Path.cwd()
    folder = (here / start) if start is not None else here
    for candidate in (folder, *folder.parents):
        if (candidate / "criteria.yaml").is_file():
            if candidate == here or candidate in here.parents:
                return Path(os.path.relpath(candidate, here))
            return candidate
    return None


def find_sources(
    directory: Path | None = None,
    criteria: Path | None = None,
    options: Path | None = None,
    *,
    fallback: bool = True,
) -> Sources:
    """Where the files are: DIR; else the nearest folder upward holding criteria.yaml; else
    (with ``fallback``) the bundled example, or (without) ``found=False``."""
    bundled = False
    found = True
    if directory is None and criteria is None:
        directory = find_appraisal()
        if directory is None:
            if fallback:
                directory, bundled = bundled_dir(), True
            else:
                directory, found = Path("."), False
    base = directory if directory is not None else Path(".")
    criteria_path = criteria if criteria is not None else base / "criteria.yaml"
    if options is None:
        options = (base if directory is not None or criteria is None else criteria.parent) / "options"
    return Sources(criteria_path, options, bundled, found)


def inputs(appraisal: Appraisal) -> tuple[list[Path], list[Path]]:
    """The files an appraisal reads (longlist.yaml, risks.yaml, benefits.yaml, equality.yaml and paper.yaml
    too, were they written) and the folders it reads
    whole (options/, panel/, whether or not there is one): an output must not go over or into them."""
    beside = appraisal.criteria_path.parent
    files = [*appraisal.files,
             *(beside / name for name in (LONGLIST, RISKS, BENEFITS, EQUALITY, committee_paper.PAPER))]
    folders = sorted({o.path.parent for o in appraisal.options} | {beside / PANEL})
    return files, folders


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
    warnings: list[Problem] = field(default_factory=list)  # found while reading (files ignored)


def read_sources(sources: Sources) -> Loaded:
    """Read and check every file of an appraisal, collecting all errors rather than raising."""
    if not sources.found:
        return Loaded(None, [Problem(Location(str(sources.criteria)), "E001", NOT_FOUND_HINT)], 0)
    problems: list[Problem] = []
    warnings: list[Problem] = []
    crit_doc = _read(sources.criteria, problems)
    option_files = _option_files(sources.options, problems, warnings)
    crit_file = None
    invalid: list[Problem] = []  # schema problems, listed after every file's YAML problems
    if crit_doc is not None:
        crit_file, found = _parse("criteria", crit_doc)
        invalid += found
    options = []
    read: list[tuple[Any, Location]] = []  # the id (and where it stands) of every option file read
    for path in option_files:  # each parsed document is dropped as soon as its option is built
        doc = _read(path, problems)
        if doc is None:
            continue
        read.append((doc.data.get("id") if isinstance(doc.data, dict) else None, doc.where(("id",))))
        parsed, found = _parse("option", doc)
        invalid += found + _unscored(doc)
        if parsed is not None:
            options.append(_option(parsed, doc))
    problems += invalid
    assessors, panel_count = _panel(sources.panel, problems)
    longlist, longlist_ok = _read_longlist(sources.longlist, problems)
    risk_register, risks_ok = _read_risks(sources.risks, problems)
    register = _read_register("benefits", sources.benefits, problems)
    assessment = _read_register("equality", sources.equality, problems)
    paper = _read_register("paper", sources.paper, problems)
    beside = sum(p.is_file() for p in (sources.longlist, sources.risks, sources.benefits, sources.equality,
                                       sources.paper))
    files = int(sources.criteria.is_file()) + len(option_files) + panel_count + beside
    ids = _option_ids(read) if 0 < len(read) == len(option_files) else None
    if crit_doc is None:
        return Loaded(None, problems, files, warnings)
    if crit_file is None:  # schema errors: still check the options against what did parse
        if not crit_doc.problems:  # a missing weight is no schema error: whether it is needed depends
            problems += weighting.missing_weights(crit_doc)  # on the weighting record
        partial, criteria_known, gates_known = _partial(crit_doc, tuple(options))
        if assessors is not None:  # a score the panel may give is unknown, not missing
            partial = panel.with_aggregates(dataclasses.replace(partial, panel=Panel(assessors)), complete=False)
        problems += checks.check_options(partial, option_ids=ids, criteria_known=criteria_known,
                                         gates_known=gates_known)
        return Loaded(None, problems, files, warnings)
    record, found = weighting.build(crit_file, crit_doc)
    problems += found
    settings = panel.settings(crit_file, crit_doc)
    if assessors is None:
        warnings += panel.unused_settings(settings, sources.panel)
    appraisal = _appraisal(crit_file, crit_doc, tuple(options), sources.bundled, tuple(warnings), record,
                           derivable=not found)
    if assessors is not None:
        appraisal = dataclasses.replace(appraisal, panel=Panel(assessors, settings))
        appraisal = panel.with_aggregates(appraisal, complete=len(assessors) == panel_count)
        documents = {i for i, _ in read if isinstance(i, str)} if len(read) == len(option_files) else None
        problems += panel.check(appraisal, documents)
    if longlist is not None:
        appraisal = replace(appraisal, longlist=longlist)
    appraisal = replace(appraisal, register=register, equality=assessment)
    if paper is not None:
        appraisal = replace(appraisal, paper=paper)
    if risk_register is not None:
        appraisal = replace(appraisal, risks=risk_register)
    problems += checks.check(appraisal, crit_doc, option_ids=ids)
    problems += acceptance.check(appraisal)
    complete = 0 < len(options) == len(option_files)
    problems += long_list.check(appraisal, present=sources.longlist.exists(), complete=complete and longlist_ok)
    problems += risks.check(appraisal, complete=complete and risks_ok)
    problems += benefits.check(appraisal, complete=complete and longlist_ok, longlist_present=sources.longlist.exists())
    problems += equality.check(appraisal, complete=complete)
    return Loaded(None if problems else appraisal, problems, files, warnings)


def _panel(folder: Path, problems: list[Problem]) -> tuple[tuple[Assessor, ...] | None, int]:
    """The assessors of a panel/ folder (None when there is no such folder) and how many files it has."""
    if not folder.is_dir():
        return None, 0
    files = panel.panel_files(folder, problems)
    assessors = []
    for path in files:
        doc = _read(path, problems)
        if doc is not None:
            parsed, found = _parse("panel", doc)
            problems += found
            if parsed is not None:
                assessors.append(panel.assessor(parsed, doc))
    return tuple(assessors), len(files)


def _read_longlist(path: Path, problems: list[Problem]) -> tuple[LongList | None, bool]:
    """The long list, if longlist.yaml exists; and whether it is absent or loaded (not broken)."""
    if not path.exists():
        return None, True
    doc = _read(path, problems)
    if doc is None:
        return None, False
    parsed, found = _parse("longlist", doc)
    problems += found
    if parsed is None:
        return None, False
    return long_list.build(parsed, doc), True


def _read_register(kind: str, path: Path, problems: list[Problem]) -> Any:
    """benefits.yaml (``kind`` 'benefits'), equality.yaml ('equality') or paper.yaml ('paper'), if it
    exists; None when it does not, or is broken (its problems added)."""
    if not path.exists():
        return None
    doc = _read(path, problems)
    if doc is None:
        return None
    parsed, found = _parse(kind, doc)
    problems += found
    if parsed is None:
        return None
    return {"benefits": benefits, "equality": equality, "paper": committee_paper}[kind].build(parsed, doc)
def _read_risks(path: Path, problems: list[Problem]) -> tuple[RiskRegister | None, bool]:
    """The risk register, if risks.yaml exists; and whether it is absent or loaded (not broken)."""
    if not path.exists():
        return None, True
    doc = _read(path, problems)
    if doc is None:
        return None, False
    parsed, found = _parse("risks", doc)
    problems += found
    if parsed is None:
        return None, False
    return risks.build(parsed, doc), True


def _unscored(doc: Document) -> list[Problem]:
    """'scores:' may be left out only by an option that fails a gate (it is sifted out, not scored)."""
    data = doc.data
    if not isinstance(data, dict) or "scores" in data:
        return []
    gates = data.get("gates")
    entries = gates.values() if isinstance(gates, dict) else ()
    results = [v.get("result") if isinstance(v, dict) else v for v in entries]
    return [] if "fail" in results else [Problem(doc.where(("scores",)), "E111", "missing required key 'scores'")]


def _option_ids(ids: list[tuple[Any, Location]]) -> checks.OptionIds | None:
    """The id (and where it stands) of every option document, loaded or not; None if one has none."""
    return [(i, w) for i, w in ids if isinstance(i, str)] if all(isinstance(i, str) for i, _ in ids) else None


def _partial(doc: Document, options: tuple[Option, ...]) -> tuple[Appraisal, bool, bool]:
    """What a criteria.yaml with schema errors still says: ids, types, the scale, the baseline.

    Returns the partial appraisal, and whether every criterion and every gate has a valid id.
    """
    data = _mapping(doc.data)
    meta = _mapping(data.get("appraisal"))
    scale = _mapping(meta.get("scale"))
    low, high = _number(scale.get("min")), _number(scale.get("max"))
    usable = (low, high) if low is not None and high is not None else (0.0, 0.0)  # min == max: no checks
    criteria = []
    for i, entry in _entries(data, "criteria"):
        ends = entry.get("range")
        numbers = [_number(x) for x in ends] if isinstance(ends, list) and len(ends) == 2 else []
        criteria.append(Criterion(
            id=entry["id"], name=entry["id"], weight=1.0, where=doc.where(("criteria", i)),
            type="measure" if entry.get("type") == "measure" else "score",
            range=(numbers[0], numbers[1]) if numbers and None not in numbers else None,  # type: ignore[arg-type]
        ))
    gates = [Gate(id=e["id"], name=e["id"], where=doc.where(("gates", i))) for i, e in _entries(data, "gates")]
    given = {k: data.get(k) for k in ("criteria", "gates")}
    criteria_known = isinstance(given["criteria"], list) and len(criteria) == len(given["criteria"])
    gates_known = given["gates"] is None or (isinstance(given["gates"], list) and len(gates) == len(given["gates"]))
    baseline = meta.get("baseline") if isinstance(meta.get("baseline"), str) else None
    partial = Appraisal(
        title="", scale=usable, criteria=tuple(criteria), gates=tuple(gates), options=options,
        criteria_path=doc.path, baseline=baseline,
        baseline_where=doc.where(("appraisal", "baseline")) if baseline else None,
    )
    return partial, criteria_known, gates_known


def _mapping(value: Any) -> dict[Any, Any]:
    return value if isinstance(value, dict) else {}


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _entries(data: dict[Any, Any], key: str) -> list[tuple[int, dict[str, Any]]]:
    """The entries of the list ``key`` that have a valid id, with their index."""
    items = data.get(key)
    return [
        (i, e) for i, e in enumerate(items if isinstance(items, list) else [])
        if isinstance(e, dict) and isinstance(e.get("id"), str) and re.match(ID_PATTERN, e["id"])
    ]


def _parse(kind: str, doc: Document) -> tuple[Any, list[Problem]]:
    """Schema-check a document; a value the YAML dialect already rejected is not reported twice.

    A plainly valid document takes the fast path; any other goes to the pydantic models
    (imported only then), which report every problem.
    """
    if not doc.problems:
        fast = fastpath.parse(kind, doc.data)
        if fast is not None:
            return fast, []
    from adm_appraise.files import schema

    parsed, found = schema.parse(schema.SCHEMAS[kind], doc)
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


OPTION_SUFFIXES = (".yaml", ".yml")  # in any case: latc.YAML is an option file


def is_option_file(path: Path) -> bool:
    return path.suffix.lower() in OPTION_SUFFIXES and not _ignored(path.name)


def _ignored(name: str) -> bool:
    """Hidden files and editor backups: never options, never worth a warning."""
    return name.startswith((".", "#")) or name.endswith(("~", ".swp", ".swo", ".bak", "#"))


def _option_files(folder: Path, problems: list[Problem], warnings: list[Problem]) -> list[Path]:
    if not folder.is_dir():
        problems.append(Problem(Location(str(folder)), "E001", "options folder not found"))
        return []
    try:
        entries = sorted(folder.iterdir())
    except OSError as exc:
        problems.append(Problem(Location(str(folder)), "E001", f"cannot list the options folder: {exc.strerror}"))
        return []
    files = []
    for path in entries:
        if _ignored(path.name):
            continue
        if is_option_file(path) and not path.is_dir():
            files.append(path)
        else:
            what = "a folder" if path.is_dir() else "not a .yaml or .yml file"
            message = f"{path.name} is ignored: {what}; only options/*.yaml files are options"
            warnings.append(Problem(Location(str(path)), "W210", message, severity="warning"))
    if not files:
        problems.append(Problem(Location(str(folder)), "E212", "no option files (*.yaml) in the options folder"))
    return files


def _range(c: Any) -> tuple[float, float] | None:
    """A measure's [worst, best]: as given, else a piecewise value function's first and last points."""
    if c.range:
        return (float(c.range[0]), float(c.range[1]))
    function = c.value_function
    if c.type == "measure" and function is not None and function.type == "piecewise" and function.points:
        return (float(function.points[0][0]), float(function.points[-1][0]))
    return None


def _value_function(c: Any, where: Location, doc: Document, i: int, scale: Any) -> ValueFunction | None:
    """The criterion's value_function: block (the checks then say whether it is well-formed).

    A MACBETH function becomes the discrete function of its scale; while its judgements are
    ill-formed or inconsistent it stays type 'macbeth' with no points (the checks say why).
    """
    spec = c.value_function
    if spec is None:
        return None
    if spec.type == "macbeth":
        if spec.judgements is None or c.type == "measure":
            return ValueFunction("macbeth", where)
        path = ("criteria", i, "value_function", "judgements")
        items, judgements, _, problems = macbeth_files.levels(spec.judgements, scale.min, scale.max, doc, path, "")
        if problems:
            return ValueFunction("macbeth", where)
        result = macbeth_solve(items, judgements, items[0], macbeth_files.level_order(items))
        if not result.consistent:
            return ValueFunction("macbeth", where, macbeth=result)
        values = result.rescaled(items[-1])
        return ValueFunction("discrete", where, tuple((float(k), values[k]) for k in items), macbeth=result)
    if spec.type == "discrete":
        points = tuple((float(k), float(v)) for k, v in sorted((spec.values or {}).items()))
    else:
        points = tuple((float(x), float(v)) for x, v in (spec.points or []))
    return ValueFunction(spec.type, where, points, float(spec.shape or 0.0))


def _appraisal(
    spec: Any, doc: Document, options: tuple[Option, ...], bundled: bool, warnings: tuple[Problem, ...] = (),
    record: Weighting | None = None, derivable: bool = True,
) -> Appraisal:
    meta = spec.appraisal
    weights = weighting.criterion_weights(record, spec.criteria) if derivable else {}
    criteria = tuple(
        Criterion(
            id=c.id, name=c.name, weight=weights.get(c.id, float("nan")), where=doc.where(("criteria", i)),
            description=c.description, type=c.type, unit=c.unit, direction=c.direction,
            range=_range(c), levels=dict(c.levels or {}),
            group=c.group, stated_weight=c.weight,
            function=_value_function(c, doc.where(("criteria", i, "value_function")), doc, i, meta.scale),
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
        bundled=bundled, where=doc.where(("appraisal",), key=True), warnings=warnings, weighting=record,
        economics=_economics(spec.economics, doc),
        accepted=tuple(
            Acceptance(a.code, a.reason, doc.where(("accepted", i)), a.file, a.option, a.criterion, a.by, a.date)
            for i, a in enumerate(spec.accepted)
        ),
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
        at = {k: doc.where(p) for k in ("score", "value", "low", "high") if (p := ("scores", cid, k)) in doc.values}
        scores[cid] = Assessment(
            point, where, entry.low, entry.high, entry.rationale, tuple(entry.evidence),
            keyword or "none", at, moderation=entry.moderation,
        )
    origin = {k: v for k, v in (spec.origin.model_dump() if spec.origin else {}).items() if v is not None}
    return Option(
        id=spec.id, name=spec.name, path=doc.path, where=doc.where(("id",)),
        description=spec.description, gates=gates, scores=scores,
        keys={k: doc.where((k,), key=True) for k in ("id", "gates", "scores", "role", "origin", "costs", "benefits")},
        role=spec.role, origin=origin, origin_at={d: doc.where(("origin", d)) for d in origin},
        unscored=isinstance(doc.data, dict) and "scores" not in doc.data,
        costs=_costs(spec.costs, doc),
        benefits={bid: _cash_line(line, doc, ("benefits", bid)) for bid, line in spec.benefits.items()},
    )


# --- The economic case: the economics: block, and an option's costs: and benefits:



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
    first, last = years.span(key) or (None, None)
    return YearSpan(str(key), first, last, amount, where)
