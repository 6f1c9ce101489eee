"""A new appraisal's files, for ``adm-appraise init``: text only, nothing written here.

``plan`` fills a :class:`Plan` from what the user gave and the template's defaults;
``scaffold`` turns it into file texts (relative path -> YAML) that validate clean on the first
run, apart from the TODO reminders (W705): every score is present, at the bottom of the scale
(described by a TODO level descriptor), with a TODO rationale; every gate is passed with a TODO
rationale; business as usual is the baseline. With a long list, its choices are carried
forward with TODO reasons and TODO assessments, so its sift checks wait until they are filled.
"""

from __future__ import annotations

import json
import re
import shlex
from collections.abc import Sequence
from dataclasses import dataclass, field

from adm_appraise import __version__
from adm_appraise.model import STANDARD_CSFS

TEMPLATES = ("blank", "adm")
BASELINE = ("business_as_usual", "Business as usual")
TODO = "TODO"
CI_FILES = (".pre-commit-config.yaml", ".github/workflows/appraisal.yml")  # kept if they exist
HOOK_FILES = (r"(^|/)(criteria\.yaml|longlist\.yaml|risks\.yaml|benefits\.yaml|equality\.yaml|paper\.yaml"
              r"|options/[^/]+|panel/[^/.][^/]*\.ya?ml)$")

# The alternative delivery models that the Secretary of State's direction of September 2017 named
# for Worcestershire's children's social care (DOMAIN.md), with improved in-house delivery.
ADM_MODELS = (
    ("in_house", "Improved in-house delivery"),
    ("managing_agent", "A managing agent (an individual, another council or a private company)"),
    ("outsource_part", "Outsourcing part of the service"),
    ("outsource_all", "Outsourcing the whole service"),
    ("strategic_partnership", "A strategic partnership with another local authority"),
    ("joint_venture", "A joint venture with another public or private body"),
    ("wholly_owned_company", "A company wholly owned by the council"),
    ("staff_mutual", "A staff-owned mutual"),
    ("independent_trust", "An independent trust (a company owned by its board)"),
    ("community_interest_company", "A community interest company"),
    ("charitable_company", "A company with charitable status"),
)
ADM_CRITERIA = (("tax_vat", "Tax and VAT implications"), ("procurement", "Procurement implications"),
                ("risk", "Managing risk"), ("timescale", "Deliverability within the timescale"))


class ScaffoldError(ValueError):
    """What the user gave cannot make an appraisal (two names with one id, an empty list...)."""


@dataclass(frozen=True)
class Plan:
    title: str
    scale: tuple[int, int]
    criteria: tuple[tuple[str, str, float], ...]  # (id, name, weight)
    options: tuple[tuple[str, str], ...]  # (id, name), business as usual first
    gates: tuple[tuple[str, str], ...] = ()
    organisation: str | None = None
    longlist: bool = False
    template: str = "blank"
    roles: dict[str, str] = field(default_factory=dict)  # option id -> role (with a long list)
    measures: dict[str, Measure] = field(default_factory=dict)  # criterion id -> its unit and direction
    swing: bool = False  # a weighting: {method: swing} record derives the weights


@dataclass(frozen=True)
class Measure:
    """A criterion measured in a natural unit (type: measure): 'Annual cost', '£k', lower is better."""
    name: str
    unit: str
    direction: str  # lower | higher: which is better
    worst: float | None = None  # the range [worst, best], if given
    best: float | None = None
    weight: float = 1.0


# Words an id leaves out ("Deliverability within the DfE timescale" -> deliverability_dfe: the
# stop words go, then whole words are kept while the id stays within ID_LENGTH).
STOP_WORDS = frozenset(
    "a an and another any as at by for from in into its of on or other our the their this to with within "
    "without".split())
ID_LENGTH = 20  # whole words are kept while the id stays this short (the first word always)


def slug(name: str) -> str:
    """A short id for a name: its words, lower case, without stop words, joined by _ while the id
    is at most 20 characters ('Managing risk' -> 'managing_risk'; 'Joint venture with another
    public or private body' -> 'joint_venture_public'). A hyphenated word is one word, stop words
    and all ('In-house' -> 'in_house')."""
    words = [w.replace("-", "_") for w in re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)*", name.lower())]
    if not words:
        raise ScaffoldError(f"'{name}' has no letters or digits to make an id from")
    kept = [w for w in words if w not in STOP_WORDS] or words
    text = kept[0][:ID_LENGTH]
    for word in kept[1:]:
        if len(text) + 1 + len(word) > ID_LENGTH:
            break
        text += f"_{word}"
    return text if text[0].isalpha() else f"n_{text}"[:ID_LENGTH + 2]


def _ids(kind: str, names: Sequence[str], taken: Sequence[str] = ()) -> list[tuple[str, str]]:
    """(id, name) for each name; an id already used gets _2, _3... (a name given twice is refused)."""
    out: dict[str, str] = {}
    seen: set[str] = set()
    for name in names:
        if name.strip().casefold() in seen:
            raise ScaffoldError(f"the {kind} '{name.strip()}' is given twice")
        seen.add(name.strip().casefold())
        base = ident = slug(name)
        n = 1
        while ident in out or ident in taken:
            n += 1
            ident = f"{base}_{n}"
        out[ident] = name.strip()
    return list(out.items())


def plan(
    template: str = "blank", *, title: str | None = None, organisation: str | None = None,
    scale: tuple[int, int] = (0, 5), criteria: Sequence[tuple[str, float]] = (),
    gates: Sequence[str] = (), options: Sequence[str] = (), longlist: bool | None = None,
    measures: Sequence[Measure] = (), swing: bool = False,
) -> Plan:
    """The appraisal to write: what was given, else the template's defaults."""
    adm = template == "adm"
    if not criteria and not measures and not adm:
        raise ScaffoldError("give at least one criterion")
    if not scale[0] < scale[1]:
        raise ScaffoldError(f"the scale's min ({scale[0]}) must be below its max ({scale[1]})")
    weights = {**dict(criteria), **{m.name: m.weight for m in measures}}
    if criteria or measures:
        crit = tuple((cid, name, float(weights[name]))
                     for cid, name in _ids("criterion", [n for n, _ in criteria] + [m.name for m in measures]))
    else:
        crit = tuple((cid, name, 1.0) for cid, name in ADM_CRITERIA)
    if adm and not options:
        named = [(oid, name) for oid, name in ADM_MODELS]
    else:
        named = _ids("option", list(options), taken=[BASELINE[0]])
    if not named:
        raise ScaffoldError("give at least one option besides business as usual")
    if any(name.casefold() == BASELINE[1].casefold() or oid == BASELINE[0] for oid, name in named):
        raise ScaffoldError("business as usual is added as the baseline: leave it out of the options")
    with_longlist = adm if longlist is None else longlist
    roles = {}
    if with_longlist:
        roles = {BASELINE[0]: "business_as_usual", **{oid: "alternative" for oid, _ in named}}
        if adm and not options:
            roles["in_house"] = "do_minimum"
    return Plan(
        title=title or ("Alternative delivery models" if adm else "Options appraisal"),
        scale=scale, criteria=crit, options=(BASELINE, *named), gates=tuple(_ids("gate", list(gates))),
        organisation=organisation or None, longlist=with_longlist, template=template, roles=roles,
        measures={cid: m for (cid, _, _), m in zip(crit[len(criteria):], measures, strict=True)} if measures else {},
        swing=swing,
    )


def _q(text: str) -> str:
    """A YAML scalar for any text: a JSON string is a valid YAML double-quoted scalar."""
    return json.dumps(text, ensure_ascii=False)


def scaffold(p: Plan, workflow_target: str = ".", install: str = f"adm-appraise=={__version__}") -> dict[str, str]:
    """Every file of the new appraisal: relative path -> text; ``install`` is what CI's pip installs."""
    files = {"criteria.yaml": _criteria(p)}
    for oid, name in p.options:
        files[f"options/{oid}.yaml"] = _option(p, oid, name)
    if p.longlist:
        files["longlist.yaml"] = _longlist(p)
    files[CI_FILES[0]] = _pre_commit(workflow_target)
    files[CI_FILES[1]] = _workflow(workflow_target, install)
    return files


def _criteria(p: Plan) -> str:
    low, high = p.scale
    lines = [
        "# The appraisal: its title, scale, criteria and weights, gates and shortlist rule.",
        "# Replace each TODO; `adm-appraise validate` reminds you of any left (warning W705).",
        "appraisal:",
        f"  title: {_q(p.title)}",
        *([f"  organisation: {_q(p.organisation)}"] if p.organisation else []),
        f"  scale: {{min: {low}, max: {high}}}",
        f"  baseline: {BASELINE[0]}",
        "  shortlist: {top: 2}",
        "",
        "criteria:",
    ]
    for cid, name, weight in p.criteria:
        lines += [f"  - id: {cid}", f"    name: {_q(name)}"]
        if not p.swing:
            lines.append(f"    weight: {weight:g}")
        lines.append("    # description: what the criterion measures, and why it matters")
        m = p.measures.get(cid)
        if m is None:
            lines += [
                "    levels:",
                f"      {low}: {_q(f'{TODO}: what the worst score means')}",
                f"      {high}: {_q(f'{TODO}: what the best score means')}",
            ]
            continue
        lines += ["    type: measure", f"    unit: {_q(m.unit)}",
                  f"    direction: {m.direction}   # {m.direction} is better"]
        if m.worst is not None and m.best is not None:
            lines.append(f"    range: [{m.worst:g}, {m.best:g}]   # [worst, best]")
        else:
            lines.append(f"    # range: [worst, best]   # {TODO}: a global scale; without it, the options' own")
    if p.swing:
        top = max(w for _, _, w in p.criteria)
        swings = ", ".join(f"{cid}: {100 * w / top:.4g}" for cid, _, w in p.criteria)
        lines += [
            "",
            "# Swing weighting: the criterion whose worst-to-best swing matters most gets 100, each other",
            f"# the swing judged against it. {TODO}: judge the swings (these are placeholders).",
            "weighting:",
            "  method: swing",
            f"  swings: {{{swings}}}",
            f"  rationale: {_q(f'{TODO}: who judged the swings, when and how')}",
        ]
    if p.gates:
        lines += ["", "gates:"]
        for gid, name in p.gates:
            lines += [f"  - id: {gid}", f"    name: {_q(name)}"]
    return "\n".join(lines) + "\n"


def _option(p: Plan, oid: str, name: str) -> str:
    low = p.scale[0]
    baseline = oid == BASELINE[0]
    lines = [
        f"# Option: {name}." + (" The Green Book baseline: every option is compared with it." if baseline else ""),
        "# Every score starts at the bottom of the scale with a TODO rationale: replace each.",
        f"id: {oid}",
        f"name: {_q(name)}",
    ]
    if oid in p.roles:
        lines.append(f"role: {p.roles[oid]}")
    if p.longlist and not baseline:
        lines.append(f"origin: {{delivery: {oid}}}")
    if p.gates:
        lines.append("gates:")
        lines += [f"  {gid}: {{result: pass, rationale: {_q(f'{TODO}: why it passes, fails or is conditional')}}}"
                  for gid, _ in p.gates]
    lines.append("scores:")
    for cid, _, _ in p.criteria:
        m = p.measures.get(cid)
        if m is None:
            lines.append(f"  {cid}: {{score: {low}, rationale: {_q(f'{TODO}: why this score')}, evidence: []}}")
        else:
            value = m.worst if m.worst is not None else 0
            lines.append(f"  {cid}: {{value: {value:g}, rationale: {_q(f'{TODO}: the value in {m.unit}')}, "
                         "evidence: []}")
    return "\n".join(lines) + "\n"


def _longlist(p: Plan) -> str:
    columns = ["objective_1", *STANDARD_CSFS]
    lines = [
        "# The long list (HM Treasury Green Book): spending objectives, critical success factors",
        "# and the options framework. Assess each choice (meets | partly | fails) and give it a",
        "# status (preferred | carried_forward | discounted) with its reason; `adm-appraise",
        "# longlist` shows the sift. Add the scope, solution, implementation and funding choices.",
        "objectives:",
        "  - id: objective_1",
        f"    text: {_q(f'{TODO}: a SMART spending objective (up to five or six in all)')}",
        "csfs:  # the five standard critical success factors (Green Book, Box 18); add your own as {id, name}",
        *(f"  - {csf}" for csf in STANDARD_CSFS),
        "framework:",
        "  delivery:",
        f"    description: {_q('Who delivers the service')}",
        "    choices:",
    ]
    for oid, name in p.options:
        if oid == BASELINE[0]:
            continue
        lines += [
            f"      - id: {oid}",
            f"        name: {_q(name)}",
            "        status: carried_forward",
            f"        reason: {_q(f'{TODO}: why it is carried forward, discounted or the preferred way forward')}",
            "        assessment:",
            *(f"          {k}: {{result: partly, rationale: {_q(TODO)}}}" for k in columns),
        ]
    return "\n".join(lines) + "\n"


def _pre_commit(target: str) -> str:
    """The documentation's recommended hook: ``validate --all``, each appraisal once, the whole appraisal
    whatever files are staged; scoped to the new appraisal (``args``, ``files``) unless it is at
    the repository's root."""
    if target in ("", "."):
        args, files = "", HOOK_FILES
    else:
        args = f"        args: [{_q(target)}]   # this appraisal (remove, and widen files:, for every one)\n"
        files = f"^{re.escape(target)}/" + HOOK_FILES.removeprefix("(^|/)")
    return f"""\
# pre-commit (https://pre-commit.com): `pre-commit install` checks the appraisal before each commit.
repos:
  - repo: local
    hooks:
      - id: adm-appraise-validate
        name: adm-appraise validate
        entry: adm-appraise validate --all   # every appraisal at or below the folders given, each once
{args}        language: system
        files: {_q(files)}
        pass_filenames: false   # the whole appraisal, once, however many files are staged
        require_serial: true
        verbose: true           # show warnings even when the hook passes
"""


def _workflow(target: str, install: str) -> str:
    return f"""\
# GitHub Actions: check the appraisal on every push and pull request; problems show on the diff.
name: appraisal
on: [push, pull_request]
jobs:
  validate:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: {{python-version: "3.12"}}
      - run: {_q("pip install " + shlex.quote(install))}
      - run: adm-appraise validate --format github {shlex.quote(target)}
"""
