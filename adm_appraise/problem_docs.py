"""Every problem code explained: why it matters, a runnable example that triggers it, and the fix.

``adm-appraise explain CODE`` prints a code's page; the documentation site builds its reference from
:func:`adm_appraise.render.explain.markdown_page`. Each example is a change to one of the small example
appraisals in :data:`BASES` plus the command that reports it; tests/test_problem_docs.py runs every
example for real and keeps the output shown with it (problem_examples.json) current.

The entries are Python, not a data file: they ship with the package as code (no package-data entry,
nothing to parse at start-up), mypy checks their shape, and a file text is written as it reads.
"""

from __future__ import annotations

import difflib
import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from adm_appraise.problems import CODES


@dataclass(frozen=True)
class Change:
    """One edit of an example appraisal's file.

    ``old`` given: replace its one occurrence by ``new``. ``old`` None: write the whole file ``new``
    (None: delete the file). ``shown`` stands for ``new`` on the page where the text is unprintable
    (a file over the size cap, bytes that are not UTF-8, written as surrogate escapes).
    """

    path: str
    old: str | None = None
    new: str | None = ""
    shown: str | None = None


@dataclass(frozen=True)
class Example:
    """A change to a base appraisal (:data:`BASES`) and the command, run in its folder, that reports it."""

    changes: tuple[Change, ...]
    command: str = "validate"
    base: str = "small"
    env: tuple[tuple[str, str], ...] = ()
    before: tuple[str, ...] = ()  # adm-appraise commands run on the base before the change (panel forms)


@dataclass(frozen=True)
class Doc:
    explanation: str  # why it is a problem, for an analyst
    example: Example | None  # None only where no file can cause it (NO_EXAMPLE says why)
    fix: str
    # a warning a reviewer may weigh and accept: the entries (one a line) of criteria.yaml's 'accepted:' list
    # that accept the example's warnings
    accept: str | None = None


def replace(path: str, old: str, new: str) -> Change:
    return Change(path, old, new)


def write(path: str, text: str) -> Change:
    return Change(path, None, text)


def delete(path: str) -> Change:
    return Change(path, None, None)


CRITERIA = """\
appraisal:
  title: Leisure centres
  scale: {min: 0, max: 5}
  baseline: in_house
criteria:
  - id: quality
    name: Quality of service
    weight: 40
    levels: {0: Much worse, 1: Worse, 2: As today, 3: Better, 4: Much better, 5: Best in the region}
  - id: risk
    name: Transition risk
    weight: 30
    levels: {0: Very high, 1: High, 2: Material, 3: Moderate, 4: Low, 5: None}
  - {id: cost, name: Running cost, weight: 30, type: measure, unit: £m, direction: lower, range: [5, 1]}
gates:
  - {id: lawful, name: Lawful for the council}
"""
IN_HOUSE = """\
id: in_house
name: Keep the centres in house
gates: {lawful: pass}
scores:
  quality: {score: 2, rationale: As today}
  risk: {score: 5, rationale: Nothing changes}
  cost: {value: 3.0, rationale: This year's budget}
"""
TRUST = """\
id: trust
name: A leisure trust
gates: {lawful: pass}
scores:
  quality: {score: 4, rationale: The trust's record elsewhere}
  risk: {score: 3, rationale: A transfer of staff}
  cost: {value: 2.5, rationale: Rate relief}
"""
COMPANY = """\
id: company
name: A council-owned company
gates: {lawful: pass}
scores:
  quality: {score: 3, rationale: New management}
  risk: {score: 4, rationale: The council stays in control}
  cost: {value: 2.0, rationale: Trading income}
"""
SMALL = {"criteria.yaml": CRITERIA, "options/in_house.yaml": IN_HOUSE, "options/trust.yaml": TRUST,
         "options/company.yaml": COMPANY}

WEIGHTING = """\
weighting:
  method: swing
  swings: {quality: 100, risk: 75, cost: 75}
  participants: [Head of leisure, Finance officer]
  date: "2026-02-10"
"""
WEIGHTED = {**SMALL, "criteria.yaml": CRITERIA.replace("    weight: 40\n", "").replace("    weight: 30\n", "")
            .replace(" weight: 30,", "").replace("criteria:\n", WEIGHTING + "criteria:\n")}

LONGLIST = """\
objectives:
  - {id: satisfaction, text: Raise customer satisfaction to 85% by 2028}
  - {id: savings, text: Cut the running cost by £0.5m a year by 2029}
csfs: [strategic_fit, value_for_money]
framework:
  delivery:
    choices:
      - id: council
        name: Run by the council
        status: carried_forward
        assessment: {satisfaction: partly, savings: partly, strategic_fit: meets, value_for_money: partly}
      - id: company
        name: A council-owned company
        status: preferred
        assessment: {satisfaction: meets, savings: meets, strategic_fit: meets, value_for_money: meets}
      - id: trust
        name: A leisure trust
        status: carried_forward
        assessment: {satisfaction: meets, savings: meets, strategic_fit: partly, value_for_money: meets}
      - id: closure
        name: Close the centres
        status: discounted
        reason: Breaks the council's leisure strategy
        assessment: {satisfaction: fails, savings: meets, strategic_fit: fails, value_for_money: fails}
"""
REFRESH = """\
id: refresh
name: Keep the centres in house, refurbished
role: do_minimum
origin: {delivery: council}
gates: {lawful: pass}
scores:
  quality: {score: 3, rationale: New equipment}
  risk: {score: 5, rationale: Nothing changes}
  cost: {value: 3.1, rationale: Budget plus upkeep}
"""


def _role(text: str, role: str, origin: str) -> str:
    name_line = text.split("\n")[1]
    return text.replace(name_line, f"{name_line}\nrole: {role}\norigin: {{delivery: {origin}}}")


LONG = {**SMALL, "longlist.yaml": LONGLIST, "options/refresh.yaml": REFRESH,
        "options/in_house.yaml": _role(IN_HOUSE, "business_as_usual", "council"),
        "options/trust.yaml": _role(TRUST, "alternative", "trust"),
        "options/company.yaml": _role(COMPANY, "preferred", "company")}

ANN = """\
assessor: {id: ann, name: Ann Lee, role: Head of finance}
scores:
  in_house: {quality: 2, risk: 5}
  trust: {quality: 4, risk: 3}
  company: {quality: 3, risk: 4}
"""
BOB = """\
assessor: {id: bob, name: Bob Hart, role: Leisure manager}
scores:
  in_house: {quality: 2, risk: 4}
  trust: {quality: 3, risk: 3}
  company: {quality: 3, risk: 4}
"""
PANEL = {**SMALL, "panel/ann.yaml": ANN, "panel/bob.yaml": BOB}

ECONOMICS = """\
economics:
  base_year: 2026
  price_base: 2025-26 prices
  unit: £m
  discount: green_book
  horizon: 10
  optimism_bias: {category: outsourcing, evidence: ["Soft market test, 2026"]}
"""


def _costs(text: str, visits: str, costs: str) -> str:
    kept = text.split("  cost: {value: ")[0]
    return kept + f"  visits: {{value: {visits}, rationale: Business plan}}\ncosts:\n{costs}"


ECONOMIC = {
    "criteria.yaml": CRITERIA.replace(
        "{id: cost, name: Running cost, weight: 30, type: measure, unit: £m, direction: lower, range: [5, 1]}",
        "{id: visits, name: Visits a year, weight: 30, type: measure, unit: m visits, direction: higher, "
        "range: [1, 5]}").replace("gates:\n", ECONOMICS + "gates:\n"),
    "options/in_house.yaml": _costs(IN_HOUSE, "3.0", "  operating: {2027..2035: 3.0}\n"),
    "options/trust.yaml": _costs(TRUST, "3.5", "  capital: {2026: 0.5}\n  operating: {2027..2035: 2.5}\n"),
    "options/company.yaml": _costs(COMPANY, "4.0", "  capital: {2026: 0.8}\n  operating: {2027..2035: 2.0}\n"),
}
RISKS = """\
risks:
  - id: tupe_claims
    title: Tribunal claims over the transfer of staff
    options: [trust, company]
    probability: 0.3
    cost: {2027: 0.2}
    owner: Head of HR
    mitigation: Early consultation with the unions
    residual: {probability: 0.1}
  - id: operator_failure
    title: The trust fails mid-contract
    options: [trust]
    probability: 0.1
    cost: {2029: 0.5}
    criteria: {quality: -1}
    owner: Head of leisure
"""
# The economic case with a risk register; the optimism bias is reduced for the risks priced (W774 otherwise).
RISKED = {**ECONOMIC, "risks.yaml": RISKS, "criteria.yaml": ECONOMIC["criteria.yaml"].replace(
    '{category: outsourcing, evidence: ["Soft market test, 2026"]}',
    '{category: outsourcing, mitigation: 20,\n'
    '                  evidence: ["Soft market test, 2026", "The risk register"]}')}
SCORES_CSV = """\
Option,Quality of service,Transition risk,Lawful for the council
Weight,40,30,
Keep the centres in house,2,5,pass
A leisure trust,4,3,pass
A council-owned company,3,4,pass
"""

MACBETH = """\
weighting:
  method: macbeth
  judgements:
    quality: {risk: weak, cost: weak, no_swing: strong}
    risk: {cost: none, no_swing: moderate}
    cost: {no_swing: moderate}
  participants: [Head of leisure, Finance officer]
  date: "2026-02-10"
"""
MACBETHED = {**WEIGHTED, "criteria.yaml": WEIGHTED["criteria.yaml"].replace(WEIGHTING, MACBETH)}

BENEFITS = """\
benefits:
  - id: happier_users
    title: Happier customers
    objectives: [satisfaction]
    csfs: [strategic_fit]
    criteria: [quality]
    measure: Satisfaction in the annual customer survey
    baseline: 78%
    target: 85%
    date: March 2028
    owner: Head of leisure
    cash_releasing: false
  - id: lower_cost
    title: A lower running cost
    objectives: [savings]
    csfs: [value_for_money]
    options: [trust, company]
    measure: Net running cost in the revenue outturn
    baseline: £3.0m a year
    target: £2.5m a year
    date: March 2029
    owner: Finance officer
    cash_releasing: true
"""
EQUALITY = """\
options:
  in_house:
    age: neutral
    disability: neutral
    gender_reassignment: neutral
    marriage_and_civil_partnership: neutral
    pregnancy_and_maternity: neutral
    race: neutral
    religion_or_belief: neutral
    sex: neutral
    sexual_orientation: neutral
  refresh:
    age: neutral
    disability: positive
    gender_reassignment: neutral
    marriage_and_civil_partnership: neutral
    pregnancy_and_maternity: neutral
    race: neutral
    religion_or_belief: neutral
    sex: neutral
    sexual_orientation: neutral
  trust:
    age: {impact: negative, evidence: The over-65s' concession ends, mitigation: Keep it in the contract}
    disability: positive
    gender_reassignment: neutral
    marriage_and_civil_partnership: neutral
    pregnancy_and_maternity: neutral
    race: neutral
    religion_or_belief: neutral
    sex: neutral
    sexual_orientation: neutral
  company:
    age: neutral
    disability: positive
    gender_reassignment: neutral
    marriage_and_civil_partnership: neutral
    pregnancy_and_maternity: neutral
    race: neutral
    religion_or_belief: neutral
    sex: neutral
    sexual_orientation: neutral
    distribution:
      by: income_quintile
      measure: Change in visits a year, by the user's household income
      values: {q1: 900, q2: 600, q3: 300, q4: 100, q5: 0}
"""
REGISTERS = {**LONG, "benefits.yaml": BENEFITS, "equality.yaml": EQUALITY}

PAPER = """\
decision_maker: Cabinet
meeting_date: 14 April 2026
author: Head of leisure
key_decision: true
forward_plan: FP/2026/014
wards: [All wards]
recommendations:
  - Approve the transfer of the leisure centres to a leisure trust.
background: The centres' contract with the council's own service ends in March 2027.
financial: The trust's rate relief saves £0.5m a year (section 4 of the appraisal).
legal: The council may transfer the service under the Local Government Act 1972, section 111.
equality: The trust keeps every concession; no group loses access.
risk: The transfer of staff (TUPE) is the main risk, scored in the appraisal.
consultation: Users and staff were consulted from January to March 2026.
background_papers: [The options appraisal, February 2026]
"""
PAPERED = {**SMALL, "paper.yaml": PAPER}

BASES: dict[str, dict[str, str]] = {"small": SMALL, "weighting": WEIGHTED, "longlist": LONG, "panel": PANEL,
                                    "economics": ECONOMIC, "import": {"scores.csv": SCORES_CSV},
                                    "macbeth": MACBETHED, "registers": REGISTERS, "paper": PAPERED}
BASE_DESCRIPTIONS: dict[str, str] = {
    "small": "three options (in_house, the baseline; trust; company) scored on two criteria and a measure, "
             "with one gate",
    "weighting": "the small appraisal with its weights set by a swing-weighting record (weighting:) instead of "
                 "stated",
    "longlist": "the small appraisal with a longlist.yaml, a fourth option (refresh, the do-minimum) and each "
                "option's role and origin",
    "panel": "the small appraisal with a scoring panel of two assessors (panel/ann.yaml, panel/bob.yaml)",
    "economics": "the small appraisal with an economic case: an economics: block, and costs: in each option "
                 "(its measure is visits a year, not cost, so that cost is not counted twice)",
    "import": "an empty folder holding scores.csv, a scoring matrix (options as rows) to import",
    "macbeth": "the small appraisal with its weights set by MACBETH judgements (weighting: method: macbeth): how "
               "much more attractive each criterion's swing is than another's, and than no swing",
    "registers": "the longlist appraisal with a benefits register (benefits.yaml: two benefits, each measured) "
                 "and an equality impact assessment (equality.yaml: every option against the nine protected "
                 "characteristics, the company's effect by income quintile)",
    "paper": "the small appraisal with a paper.yaml that fills every section of the committee paper",
}
BASES["risks"] = RISKED
BASE_DESCRIPTIONS["risks"] = ("the economics appraisal with a risk register (risks.yaml): a priced risk of two "
                              "options, mitigated, and a risk of the trust that costs money and lowers its quality "
                              "score; the optimism bias is reduced for the risks priced")


def apply(files: dict[str, str], changes: tuple[Change, ...]) -> dict[str, str]:
    """The files after the changes (a change whose ``old`` text is not there once is an error)."""
    files = dict(files)
    for change in changes:
        if change.old is None:
            if change.new is None:
                del files[change.path]
            else:
                files[change.path] = change.new
            continue
        text = files[change.path]
        if text.count(change.old) != 1:
            raise ValueError(f"{change.path} holds {change.old!r} {text.count(change.old)} times, not once")
        files[change.path] = text.replace(change.old, change.new or "")
    return files


def write_files(folder: Path, files: dict[str, str]) -> None:
    """Write ``files`` (path with / -> text; surrogate escapes stand for bytes that are not UTF-8) into ``folder``."""
    for path, text in files.items():
        target = folder / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(text.encode("utf-8", "surrogateescape"))


def change_folder(folder: Path, changes: tuple[Change, ...]) -> None:
    """Make ``changes`` to the files in ``folder`` (after an example's ``before`` commands have run)."""
    named = {c.path for c in changes}
    current = {p: (folder / p).read_text(encoding="utf-8") for p in named if (folder / p).is_file()}
    after = apply(current, changes)
    for path in named - set(after):
        (folder / path).unlink()
    write_files(folder, {p: t for p, t in after.items() if current.get(p) != t})


def example_files(code: str) -> dict[str, bytes]:
    """The files of ``code``'s example appraisal, the change applied: path (with /) -> bytes."""
    example = DOCS[code].example
    if example is None:
        return {}
    files = apply(BASES[example.base], example.changes)
    return {path: text.encode("utf-8", "surrogateescape") for path, text in files.items()}


@cache
def outputs() -> dict[str, dict[str, object]]:
    """Each example's real output (exit code and lines), as the tests last recorded it."""
    text = resources.files("adm_appraise").joinpath("problem_examples.json").read_text(encoding="utf-8")
    recorded: dict[str, dict[str, object]] = json.loads(text)
    return recorded


def lookup(name: str) -> str | None:
    """The code that ``name`` is (a code or a code's name, any case), else None."""
    wanted = name.strip().lower()
    for code, (slug, _) in CODES.items():
        if wanted in (code.lower(), slug):
            return code
    return None


def nearest(name: str, n: int = 3) -> list[str]:
    """The codes nearest ``name`` (by code or by name): 'E2O3' -> E203; 'offscale' -> E203 off-scale."""
    wanted = name.strip().lower()
    by_key = {code.lower(): code for code in CODES} | {slug: code for code, (slug, _) in CODES.items()}
    close = difflib.get_close_matches(wanted, list(by_key), n=n * 2, cutoff=0.5)
    found: list[str] = []
    for key in close:
        if by_key[key] not in found:
            found.append(by_key[key])
    return found[:n]


R = "risks.yaml"
T = "options/trust.yaml"
L = "longlist.yaml"
C = "criteria.yaml"
B = "benefits.yaml"
Q = "equality.yaml"

# Codes that no text file of an appraisal can cause, so their pages have no runnable example: a numeric failure
# the caps of E105 prevent, an optional extra missing (the tests install every extra), and merged cells (only a
# binary .xlsx workbook can hold them).
NO_EXAMPLE = {"E304", "E307", "E903"}

DOCS: dict[str, Doc] = {
    # Reading the files: E0xx
    "E001": Doc(
        "A file or folder the appraisal needs is not there, or cannot be opened (a typing slip in a path, a "
        "permission, a folder given where a file is wanted). Nothing can be checked without it.",
        Example((delete(C),)),
        "Run the command in the appraisal folder (the one holding criteria.yaml), or give the folder as DIR, "
        "or point --criteria and --options at the files.",
    ),
    "E002": Doc(
        "Every file of an appraisal is UTF-8. A file saved in another encoding (Windows-1252, UTF-16 from some "
        "editors) would read as wrong letters or not at all, so it is refused with the place of the first bad "
        "byte.",
        Example((Change(T, "A leisure trust", "A leisure trust \udce9",
                        "A leisure trust \\xe9 (the byte E9: é saved as Windows-1252)"),)),
        "Save the file as UTF-8 (most editors offer it under 'Save as' or 'Encoding').",
    ),
    "E003": Doc(
        "A real criteria or option file is a few kilobytes; one over 1 MiB is almost certainly not an appraisal "
        "file (a pasted log, a data dump) and would slow every command down, so it is refused unread.",
        Example((Change(T, "scores:", "# " + "x" * (1 << 20) + "\nscores:",
                        "# xxxxxxxx... (a comment line of 1,048,576 x's)\nscores:"),)),
        "Keep long evidence in documents the files refer to (evidence: [...]), not in the YAML itself.",
    ),
    "E004": Doc(
        "The file is not well-formed YAML, so nothing in it can be read: an unclosed bracket or quote, a tab "
        "used for indentation, a key and value not separated by ': '.",
        Example((replace(T, "{lawful: pass}", "{lawful: pass"),)),
        "Correct the syntax at the line and column given (the message says what the parser expected there).",
    ),
    # YAML dialect, keys and types: E1xx
    "E101": Doc(
        "The same key twice in one mapping: plain YAML keeps the last and silently drops the first, so a score "
        "or weight could change without anyone seeing why.",
        Example((replace(T, "  risk: {score: 3,", "  quality: {score: 5, rationale: Again}\n  risk: {score: 3,"),)),
        "Delete one of the two entries, keeping the one you mean.",
    ),
    "E102": Doc(
        "YAML tags (!!python/object, !!binary, !!float, ...) let a file build arbitrary objects or change how a "
        "value is read; an appraisal needs none, and refusing them keeps the files safe and plain.",
        Example((replace(T, "score: 4,", "score: !!float 4,"),)),
        "Remove the tag and write the plain value (a number, a text, a list or a mapping).",
    ),
    "E103": Doc(
        "Anchors (&name) and aliases (*name) copy one part of a file into another: a reader of the copy does not "
        "see the values, and a reviewer's diff does not show what changed. They are refused.",
        Example((replace(T, "  quality: {score: 4, rationale: The trust's record elsewhere}",
                         "  quality: &same {score: 4, rationale: The trust's record elsewhere}"),)),
        "Write each value out in full where it is used.",
    ),
    "E104": Doc(
        "A mapping key must be plain text (ids, criterion names); only a criterion's levels take whole-number "
        "keys. A key that YAML reads as a decimal number, true or false, a list or a mapping cannot name anything.",
        Example((replace(T, "  risk: {score: 3,", "  true: {score: 3,"),)),
        "Write the key as the id it should be (quote it if it must look like a number).",
    ),
    "E105": Doc(
        "NaN, infinity and numbers beyond 1e15 (or nearer zero than 1e-15) make sums, ratios and differences "
        "overflow or lose all precision, so no appraisal result could be trusted; they are refused in every file.",
        Example((replace(T, "value: 2.5", "value: .inf"),)),
        "Give a finite number of a sensible size (change the unit, e.g. £m instead of £, if the figures are huge).",
    ),
    "E106": Doc(
        "No appraisal file nests more than a few levels; one that nests deeper than 32 is malformed (or built to "
        "make the parser work hard) and is refused there.",
        Example((replace(T, "rationale: Rate relief}",
                         "rationale: Rate relief, evidence: " + "[" * 33 + "]" * 33 + "}"),)),
        "Flatten the structure to the shape the file format describes (adm-appraise schema option).",
    ),
    "E107": Doc(
        "A file holds one YAML document; a second one (after a '---' line) would be ignored by some readers "
        "and read by others, so it is refused.",
        Example((replace(T, "  cost: {value: 2.5, rationale: Rate relief}\n",
                         "  cost: {value: 2.5, rationale: Rate relief}\n---\nid: trust2\n"),)),
        "Put each option in a file of its own, and delete the '---' separator.",
    ),
    "E110": Doc(
        "A key the file format does not define is usually a misspelling (rationle, wieght); it would otherwise be "
        "ignored and the value it was meant to give lost. The message suggests the nearest valid key.",
        Example((replace(T, "rationale: Rate relief", "rationle: Rate relief"),)),
        "Correct the key's spelling (see the suggestion), or remove the key.",
    ),
    "E111": Doc(
        "A key the file format requires is absent (an option's name, a criterion's weight, the scale), so the "
        "appraisal is incomplete.",
        Example((replace(T, "name: A leisure trust\n", ""),)),
        "Add the key named in the message (adm-appraise schema criteria|option lists which keys are required).",
    ),
    "E112": Doc(
        "A value has the wrong type: text where a number is wanted, a list where a mapping is. YAML reads "
        "'four' or '4 points' as text, and yes/no/on/off stay text here too.",
        Example((replace(T, "score: 4,", "score: four,"),)),
        "Write the value as the type the message names (a number without units or quotes, a list in [...], ...).",
    ),
    "E113": Doc(
        "A value of the right type breaks its rule: an id that is not lower case letters, digits and '_', a "
        "weight of 0 or below, a gate result other than pass, fail or conditional.",
        Example((replace(T, "{lawful: pass}", "{lawful: passed}"),)),
        "Give a value the rule allows; the message states the rule.",
    ),
    # The appraisal's own rules: E2xx
    "E201": Doc(
        "Ids are how scores, gates, scenarios and weights refer to criteria, gates and options, so each must be "
        "unique; two alike would make every reference ambiguous.",
        Example((replace("options/company.yaml", "id: company", "id: trust"),)),
        "Give one of the two a different id.",
    ),
    "E202": Doc(
        "A score scale needs its min below its max: with min equal to or above max, scores cannot be turned "
        "into values from 0 to 100.",
        Example((replace(C, "scale: {min: 0, max: 5}", "scale: {min: 5, max: 0}"),)),
        "Give the lowest score as min and the highest as max (scores are always 'higher is better').",
    ),
    "E203": Doc(
        "A score outside the scale (7 on a 0-5 scale) would give a value above 100 or below 0 and distort the "
        "weighted sum; a range whose low, score and high are out of order cannot be sampled.",
        Example((replace(T, "score: 4,", "score: 7,"),)),
        "Give a score on the scale (see appraisal: scale: in criteria.yaml), or put low <= score <= high.",
    ),
    "E204": Doc(
        "Every option must score every criterion: an option missing a score would be ranked on fewer criteria "
        "than the others, which is not a fair comparison.",
        Example((replace(T, "  risk: {score: 3, rationale: A transfer of staff}\n", ""),)),
        "Add the missing score (a measure criterion takes a value: instead of a score:).",
    ),
    "E205": Doc(
        "A score, scenario weight or override names a criterion that criteria.yaml does not define, most often a "
        "misspelt or renamed id; the value would otherwise count for nothing.",
        Example((replace(T, "  risk: {score: 3,", "  risks: {score: 3, rationale: A slip}\n  risk: {score: 3,"),)),
        "Use the criterion's id as criteria.yaml spells it (the message suggests the nearest), or remove the entry.",
    ),
    "E206": Doc(
        "Every option must assess every gate (pass, fail or conditional): an unassessed gate would let an option "
        "through a hurdle nobody checked.",
        Example((replace(T, "gates: {lawful: pass}", "gates: {}"),)),
        "Add the gate's result to the option's gates:.",
    ),
    "E207": Doc(
        "An option assesses a gate that criteria.yaml does not define, usually a misspelt id; the assessment "
        "would count for nothing.",
        Example((replace(T, "gates: {lawful: pass}", "gates: {lawful: pass, legal: pass}"),)),
        "Use the gate's id as criteria.yaml spells it, or remove the entry (or define the gate in criteria.yaml).",
    ),
    "E208": Doc(
        "A measure criterion (type: measure) takes values in its unit and needs a direction (lower or higher is "
        "better) to turn them into 0-100 values; a score where a value belongs, or the reverse, mixes the two "
        "kinds of criteria.",
        Example((replace(C, " direction: lower,", ""),)),
        "Give the measure a direction: lower or higher; give measures value: and score criteria score:.",
    ),
    "E209": Doc(
        "appraisal: baseline: names the business-as-usual option every other is compared with; an id no option "
        "has leaves the comparison without its benchmark.",
        Example((replace(C, "baseline: in_house", "baseline: inhouse"),)),
        "Name the baseline option by its id (the id: inside its file, not the file name).",
    ),
    "E210": Doc(
        "The shortlist rule says which eligible options are shortlisted (top: N, min_score: S, within: P points "
        "of the leader, combined); an empty rule selects nothing sensible.",
        Example((replace(C, "  baseline: in_house\n", "  baseline: in_house\n  shortlist: {}\n"),)),
        "Give at least one of top:, min_score: and within: (or leave shortlist: out: the default is {top: 2}).",
    ),
    "E211": Doc(
        "A scenario's weights must leave some weight to share out: a scenario that sets every criterion's weight "
        "to 0 (or gives none) cannot score anything.",
        Example((replace(C, "gates:\n",
                         "scenarios:\n  nothing: {weights: {quality: 0, risk: 0, cost: 0}}\ngates:\n"),)),
        "Give at least one criterion a weight above 0 in the scenario.",
    ),
    "E212": Doc(
        "The options folder holds no option file (*.yaml or *.yml), so there is nothing to appraise: often the "
        "wrong folder, or files saved with another extension.",
        Example((delete("options/in_house.yaml"), delete(T), delete("options/company.yaml"),
                 write("options/notes.txt", "Options to follow\n"))),
        "Put one YAML file per option in options/ (or point --options at the folder that holds them).",
    ),
    "E213": Doc(
        "A value function turns a measure (or a score) into a value from 0 to 100: its points must rise from 0 "
        "at the worst end to 100 at the best, within the criterion's range; otherwise values would leave 0-100 or "
        "rank a better outcome lower.",
        Example((replace(C, "range: [5, 1]}",
                         "range: [5, 1],\n"
                         "     value_function: {type: piecewise, points: [[5, 0], [3, 80], [1, 60]]}}"),)),
        "Give points that start at the worst end with value 0, rise, and end at the best end with value 100.",
    ),
    "E214": Doc(
        "With a discrete value function, each allowed score (level) has its own value; a score between the "
        "levels (2.5) has no value to take.",
        Example((replace(C, "    weight: 30\n    levels: {0: Very high",
                         "    weight: 30\n"
                         "    value_function: {type: discrete, values: {0: 0, 1: 20, 2: 40, 3: 60, 4: 80, 5: 100}}\n"
                         "    levels: {0: Very high"),
                 replace(T, "score: 3, rationale: A transfer", "score: 2.5, rationale: A transfer"))),
        "Score on one of the criterion's levels, or add the level (and its value) to the value function.",
    ),
    # Warnings a reviewer would raise: W2xx
    "W201": Doc(
        "A criterion on which every option scores the same cannot change the ranking: its weight only dilutes the "
        "others. It may have been scored before the options differed, or it may not discriminate at all.",
        Example((replace("options/in_house.yaml", "value: 3.0", "value: 2.5"),
                 replace("options/company.yaml", "value: 2.0", "value: 2.5"))),
        "Check the scores; if the criterion truly cannot tell the options apart, drop it or accept the warning.",
        '{code: W201, criterion: cost, reason: "Every option costs the same on current estimates"}',
    ),
    "W202": Doc(
        "One criterion carries more than half of the total weight, so it alone decides the ranking and the other "
        "criteria can only break ties: the appraisal is in effect single-criterion.",
        Example((replace(C, "weight: 40", "weight: 200"),)),
        "Review the weights (swing weighting helps: adm-appraise weights); accept the warning if the weight is meant.",
        '{code: W202, criterion: quality, reason: "Cabinet set quality first by resolution"}',
    ),
    "W203": Doc(
        "A score with no rationale cannot be reviewed, challenged or defended: the Green Book and audit expect "
        "each judgement to be recorded with its reasons and evidence.",
        Example((replace(T, "{score: 4, rationale: The trust's record elsewhere}", "4"),)),
        "Give the score a rationale (quality: {score: 4, rationale: ...}), and evidence where there is some.",
        '{code: W203, option: trust, criterion: quality, reason: "Scored from the soft market test, to follow"}',
    ),
    "W204": Doc(
        "A gate marked conditional (or failed) without a rationale leaves the condition (or the failure) "
        "unrecorded: a reader cannot see what must hold for the option to pass.",
        Example((replace(T, "{lawful: pass}", "{lawful: conditional}"),)),
        "Write the gate as {result: conditional, rationale: ...} saying what the condition is.",
        '{code: W204, option: trust, reason: "Legal advice awaited; recorded in the risk log"}',
    ),
    "W205": Doc(
        "A score is used that the criterion's levels do not describe: level descriptors make scores comparable "
        "across assessors, and a score without one is a judgement nobody defined.",
        Example((replace(C, " 4: Much better,", ""),)),
        "Add a level descriptor for the score, or score on a described level.",
        '{code: W205, criterion: quality, reason: "4 lies between the described levels on purpose"}',
    ),
    "W206": Doc(
        "An eligible option that another is at least as good as on every criterion and better on one (it is "
        "dominated) can never rank first under any weights; shortlisting it needs a reason beyond the scores.",
        Example((replace("options/company.yaml", "score: 3, rationale: New management", "score: 4, rationale: New "
                                                                                           "management"),)),
        "Check the dominated option's scores; if they are right, consider dropping it or accept the warning.",
        '{code: W206, option: trust, reason: "Kept on the shortlist as the market comparator"}',
    ),
    "W207": Doc(
        "An eligible option that scores below business as usual makes no case for change on these criteria: "
        "the baseline is the benchmark every option must beat.",
        Example((replace(T, "score: 3, rationale: A transfer", "score: 0, rationale: A transfer"),)),
        "Check the option's scores; if they are right, the option is worse than doing nothing and may be dropped.",
        '{code: W207, option: trust, reason: "Kept to show the market option was considered"}',
    ),
    "W208": Doc(
        "No baseline is named: the Green Book requires business as usual on the shortlist as the benchmark, and "
        "without one no option is compared with doing nothing.",
        Example((replace(C, "  baseline: in_house\n", ""),)),
        "Add appraisal: baseline: with the id of the business-as-usual option.",
        '{code: W208, file: criteria.yaml, reason: "A new service: there is no business as usual"}',
    ),
    "W209": Doc(
        "An option file's name does not match the id inside it, so a reader looking for an option's file (or a "
        "reviewer reading a diff) is misled; the id counts, not the file name.",
        Example((delete(T), write("options/leisure_trust.yaml", TRUST))),
        "Rename the file to <id>.yaml (or change the id, if the file name is right).",
        '{code: W209, option: trust, reason: "File names follow the cabinet report\'s numbering"}',
    ),
    "W210": Doc(
        "options/ holds a file or folder that is not an option file (*.yaml, *.yml); it is ignored, which is "
        "surprising if it was meant as an option (options/trust.yml.txt, options/trust.YAML.bak).",
        Example((write("options/notes.txt", "Options to follow\n"),)),
        "Move the file out of options/, or rename it to .yaml if it is an option.",
        '{code: W210, file: options/notes.txt, reason: "Working notes kept beside the options"}',
    ),
    "W211": Doc(
        "Weights are normalised, so their scale is free, but a mix of fractions and percentages (0.3 beside 40) "
        "is almost always a slip: the fraction counts for almost nothing.",
        Example((replace(C, " weight: 30,", " weight: 0.3,"),)),
        "Write every weight on one scale (all percentages, or all fractions).",
        '{code: W211, criterion: cost, reason: "Cost is meant to count for under 1%"}',
    ),
    "W212": Doc(
        "A measure without a range: is on a local scale, its worst and best taken from the options themselves, "
        "so adding or removing an option moves every other option's value on it.",
        Example((replace(C, ", range: [5, 1]", ""),)),
        "Give the measure a range: [worst, best] fixed in advance, or accept the local scale knowingly.",
        '{code: W212, criterion: cost, reason: "The spread among these options is what matters"}',
    ),
    "W213": Doc(
        "An entry of accepted: matches no warning (any more): the warning was fixed or the entry names the "
        "wrong thing, and an acceptance must not outlive the warning it was written for.",
        Example((replace(C, "gates:\n", "accepted:\n  - {code: W207, option: trust, reason: Kept as the comparator}\n"
                                       "gates:\n"),)),
        "Remove the entry (or correct what it names).",
    ),
    # The weighting record and the value tree: E5xx, W50x
    "E501": Doc(
        "Each level of the weighting is weighed by one method, and each method needs its own data: swing needs "
        "swings:, rank needs order:, pairwise needs comparisons: (or judges:), direct needs weights. Data for "
        "another method is a sign the method or the data is wrong.",
        Example((replace(C, "swings: {quality: 100, risk: 75, cost: 75}", "order: [quality, risk, cost]"),),
                base="weighting"),
        "Give the data the level's method needs, or change method: to the one the data is for.",
    ),
    "E502": Doc(
        "A swing, rank or comparison names something the level does not hold: a misspelt id, or a criterion that "
        "belongs to another group (and must be weighed there).",
        Example((replace(C, "cost: 75}", "cost: 75, price: 50}"),), base="weighting"),
        "Use the ids of the criteria and groups at that level (the message suggests the nearest), or weigh the "
        "item in its own group.",
    ),
    "E503": Doc(
        "A criterion or group at a level has no swing or rank, so no weight can be derived for it.",
        Example((replace(C, ", cost: 75}", "}"),), base="weighting"),
        "Give every item at the level its swing (or its place in the order).",
    ),
    "E504": Doc(
        "An item ranked twice, or a pair compared twice (in either order), gives two judgements where one is "
        "wanted, and they may disagree.",
        Example((replace(C, "method: swing\n  swings: {quality: 100, risk: 75, cost: 75}",
                         "method: rank\n  order: [quality, risk, cost, risk]"),), base="weighting"),
        "Keep one judgement of each item or pair.",
    ),
    "E505": Doc(
        "A criterion states a weight that the weighting record does not derive: the record wins, and the stated "
        "weight, which a reader would believe, is wrong.",
        Example((replace(C, "    name: Quality of service\n", "    name: Quality of service\n    weight: 50\n"),
                 replace(C, "    name: Transition risk\n", "    name: Transition risk\n    weight: 50\n")),
                base="weighting"),
        "Remove the stated weight: (the record gives it), or correct it to the derived one (adm-appraise weights).",
    ),
    "E506": Doc(
        "A criterion or group names a group (group: x) that the weighting's groups: does not define, usually a "
        "misspelt id.",
        Example((replace(C, "{id: cost, name: Running cost,", "{id: cost, name: Running cost, group: money,"),),
                base="weighting"),
        "Use a group defined under weighting: groups:, or define the group there.",
    ),
    "E507": Doc(
        "Pairwise judgements are on Saaty's scale, 1 to 9 (or 1/2 to 1/9, the other way round); anything else, "
        "or an item compared with itself, cannot be turned into weights.",
        Example((replace(C, "method: swing\n  swings: {quality: 100, risk: 75, cost: 75}",
                         "method: pairwise\n  comparisons:\n    quality: {risk: 12, cost: 2}\n    risk: {cost: 1}"),),
                base="weighting"),
        "Give each judgement from 1 to 9, or a fraction 1/2 to 1/9.",
    ),
    "E508": Doc(
        "Saaty's consistency check needs a random index, published for up to 10 items; a level with more items "
        "compared pairwise cannot be checked (and is too many judgements to make well).",
        Example((write(C, "appraisal:\n  title: Eleven criteria\n  scale: {min: 0, max: 5}\n"
                          "weighting:\n  method: pairwise\n  comparisons:\n"
                          "    c1: {c2: 2, c3: 2, c4: 2, c5: 2, c6: 2, c7: 2, c8: 2, c9: 2, c10: 2, c11: 2}\n"
                          "criteria:\n" + "".join(f"  - {{id: c{i}, name: C{i}}}\n" for i in range(1, 12))),
                 delete("options/in_house.yaml"), delete("options/company.yaml"),
                 write(T, "id: trust\nname: A leisure trust\nscores: {"
                          + ", ".join(f"c{i}: 3" for i in range(1, 12)) + "}\n")), base="weighting"),
        "Group the criteria (weighting: groups:) so that no level compares more than 10 items, or use swing "
        "weighting at that level.",
    ),
    "E509": Doc(
        "Every swing at a level is 0: weights are swings divided by their total, so no weights follow.",
        Example((replace(C, "{quality: 100, risk: 75, cost: 75}", "{quality: 0, risk: 0, cost: 0}"),),
                base="weighting"),
        "Give the item with the largest worst-to-best swing 100 and judge the others against it.",
    ),
    "E510": Doc(
        "Under method: direct the groups' weights are stated, one per group: a group without weight: has none.",
        Example((replace(C, "method: swing\n  swings: {quality: 100, risk: 75, cost: 75}\n",
                         "method: direct\n  groups:\n"
                         "    service: {name: Service, method: swing, swings: {quality: 100, risk: 75}}\n"
                         "    money: {name: Money, weight: 30}\n"),
                 replace(C, "    name: Quality of service\n", "    name: Quality of service\n    group: service\n"),
                 replace(C, "    name: Transition risk\n", "    name: Transition risk\n    group: service\n"),
                 replace(C, "{id: cost, name: Running cost,", "{id: cost, name: Running cost, group: money,"),
                 ), base="weighting"),
        "Give each group its weight: (or weigh the groups by another method).",
    ),
    "E511": Doc(
        "A group that holds no criteria (and no groups) weighs nothing: usually the criteria name it misspelt, or "
        "it is left over from an earlier value tree.",
        Example((replace(C, "  participants:", "  groups:\n    money: {name: Money}\n  participants:"),),
                base="weighting"),
        "Give criteria group: with its id, or remove the group.",
    ),
    "E512": Doc(
        "Pairwise comparisons may leave pairs out, but every item must be linked to every other through some "
        "chain of comparisons; otherwise the weights of the unlinked sets cannot be related.",
        Example((replace(C, "method: swing\n  swings: {quality: 100, risk: 75, cost: 75}",
                         "method: pairwise\n  comparisons:\n    quality: {risk: 2}"),), base="weighting"),
        "Compare each unlinked item (or set) with at least one item of the others.",
    ),
    "E513": Doc(
        "Groups of the value tree must nest like a tree: a group within another that is (through others) within "
        "it makes a cycle, and no weights can be derived.",
        Example((replace(C, "method: swing\n  swings: {quality: 100, risk: 75, cost: 75}\n",
                         "method: swing\n  swings: {quality: 100, risk: 75, a: 75}\n  groups:\n"
                         "    a: {name: A, group: b, swings: {cost: 100}}\n"
                         "    b: {name: B, group: a, swings: {a: 100}}\n"),
                 replace(C, "{id: cost, name: Running cost,", "{id: cost, name: Running cost, group: a,")),
                base="weighting"),
        "Give one of the groups another group: (or none: the top level) so that the tree has no loop.",
    ),
    "E514": Doc(
        "A MACBETH judgement says in words how much more attractive one swing (or level) is than another. It must "
        "name two different items the level holds (or no_swing, every criterion at its worst), the more attractive "
        "first, and give one of the seven categories or a range of adjacent ones, the weaker first and never with "
        "none; a judgement that breaks this cannot be read one way only.",
        Example((replace(C, "    cost: {no_swing: moderate}", "    no_swing: {cost: moderate}"),), base="macbeth"),
        "Write the more attractive swing first (no_swing never is), use the ids the level holds (the message "
        "suggests the nearest), and give a range weaker category first, without none.",
    ),
    "E515": Doc(
        "No scale reproduces the judgements: here quality is more attractive than risk, which is moderately more "
        "attractive than no swing, yet quality is only weakly more attractive than no swing. Weights derived from "
        "them would betray at least one judgement, so none are derived (and sensitivity's --weights judgements, which "
        "draws from the weights consistent with them, has none to draw from); the message names the smallest change "
        "of categories that removes the inconsistency, as M-MACBETH suggests it.",
        Example((replace(C, "no_swing: strong}", "no_swing: weak}"),), base="macbeth"),
        "Revisit the judgement the message names with the people who made it, and change it (or another they now "
        "see differently) until validate finds them consistent.",
    ),
    "W501": Doc(
        "Swing weighting anchors the item with the largest worst-to-best swing at 100 and judges the others against "
        "it; with no 100 the anchor is missing, and the judgements are harder to read and check.",
        Example((replace(C, "{quality: 100, risk: 75, cost: 75}", "{quality: 80, risk: 60, cost: 60}"),),
                base="weighting"),
        "Rescale the swings so that the largest is 100 (the weights do not change).",
        '{code: W501, file: criteria.yaml, reason: "Swings recorded as the workshop gave them"}',
    ),
    "W502": Doc(
        "A swing of 0 gives its criterion (or group) no weight at all: it then plays no part in the ranking.",
        Example((replace(C, "risk: 75, cost: 75}", "risk: 100, cost: 0}"),), base="weighting"),
        "If the swing truly does not matter, drop the criterion; otherwise give it its swing.",
        '{code: W502, file: criteria.yaml, reason: "Cost is handled in the economic case"}',
    ),
    "W503": Doc(
        "Pairwise judgements with a consistency ratio above 0.10 contradict each other (A twice B, B twice C, but A "
        "equal to C); Saaty's rule of thumb is to revisit them.",
        Example((replace(C, "method: swing\n  swings: {quality: 100, risk: 75, cost: 75}",
                         "method: pairwise\n  comparisons:\n    quality: {risk: 2, cost: 1}\n    risk: {cost: 2}"),),
                base="weighting"),
        "Revisit the judgement the message names (it is the most inconsistent), or accept the warning.",
        '{code: W503, file: criteria.yaml, reason: "The panel confirmed its judgements after review"}',
    ),
    "W504": Doc(
        "A group holding one criterion adds a level to the value tree without weighing anything within it.",
        Example((replace(C, "method: swing\n  swings: {quality: 100, risk: 75, cost: 75}\n",
                         "method: swing\n  swings: {quality: 100, risk: 75, money: 75}\n  groups:\n"
                         "    money: {name: Money}\n"),
                 replace(C, "{id: cost, name: Running cost,", "{id: cost, name: Running cost, group: money,")),
                base="weighting"),
        "Weigh the criterion at the level above, without the group, or add the group's other criteria.",
        '{code: W504, file: criteria.yaml, reason: "More money criteria are to come"}',
    ),
    "W505": Doc(
        "A note (validate --notes): the weights are stated with no weighting: record of how they were set. The "
        "Green Book and MCDA practice expect the method, who took part and when to be recorded.",
        Example((), command="validate --notes"),
        "Record the weighting: method (swing, rank, pairwise or direct), participants and date "
        "(adm-appraise weights helps).",
        '{code: W505, file: criteria.yaml, reason: "Weights set by cabinet resolution, minuted"}',
    ),
    # Reports and output: E30x
    "E301": Doc(
        "A report template (yours, from --template-dir) is malformed, fails while rendering, or breaks the "
        "sandbox's limits (it runs user templates with no access to files or Python objects).",
        Example((write("templates/report.md.j2", "# {{ title }\n"),), command="report --template-dir templates"),
        "Correct the template at the line given (Jinja syntax); start from a shipped template (see 'Report "
        "templates' in the documentation).",
    ),
    "E302": Doc(
        "The report (or export) would be written over one of the appraisal's own input files, or somewhere it "
        "cannot be written; adm-appraise never overwrites an input.",
        Example((), command="report -o criteria.yaml --format markdown"),
        "Write the output to another file name (e.g. report.md) or folder.",
    ),
    "E303": Doc(
        "SOURCE_DATE_EPOCH (the reproducible-builds convention) fixes the date a report shows; set to something "
        "that is not a whole number of seconds since 1970, it cannot be read.",
        Example((), command="report", env=(("SOURCE_DATE_EPOCH", "yesterday"),)),
        "Set SOURCE_DATE_EPOCH to a whole number of seconds (e.g. $(git log -1 --format=%ct)), or unset it.",
    ),
    "E304": Doc(
        "A computation overflowed or was undefined. The caps on numbers in the files (E105) are there so that "
        "this never happens; if it does, the command stops rather than print NaN, infinity or a silently wrong "
        "total.",
        None,
        "Look for extremely large or small numbers (weights, values, amounts) and bring them to a sensible size; "
        "if none, report it as a bug.",
    ),
    "E307": Doc(
        "report --format pdf needs the [pdf] extra (WeasyPrint and its system libraries), and --format docx the "
        "[office] extra (python-docx); the extra is not installed where the command ran.",
        None,
        "Install the extra the message names: pip install 'adm-appraise[pdf]' (or [office]).",
    ),
    "E308": Doc(
        "The PDF or Word library failed to build the document: for Word, most often a --reference-doc that is "
        "not a .docx file.",
        Example((write("reference.docx", "not a Word document\n"),),
                command="report --samples 200 -o report.docx --reference-doc reference.docx"),
        "Give a real Word .docx as --reference-doc (save one from Word), or leave the option out.",
    ),
    "E309": Doc(
        "A PDF is laid out page by page: a table cell of over 20,000 characters (a pasted document as a "
        "rationale) or a report of over a million characters takes too long to lay out, so the PDF is refused.",
        Example((Change(T, "rationale: Rate relief", "rationale: " + "Rate relief. " * 2000,
                        "rationale: Rate relief. Rate relief. ... (26,000 characters)"),),
                command="report --samples 200 -o report.pdf"),
        "Shorten the long rationale, evidence or note (link to the document instead), or write --format html.",
    ),
    # The long list, roles and origins: E70x, W70x
    "E701": Doc(
        "Ids in longlist.yaml name objectives, critical success factors and choices; two alike (or two choices of "
        "one dimension alike) make every assessment and origin that names them ambiguous.",
        Example((replace(L, "      - id: closure", "      - id: trust"),), base="longlist"),
        "Give one of the two a different id.",
    ),
    "E702": Doc(
        "A choice's assessment names an objective or critical success factor that longlist.yaml does not define "
        "(a misspelt id); the judgement would count for nothing.",
        Example((replace(L, "value_for_money: fails}", "value_for_money: fails, growth: meets}"),), base="longlist"),
        "Use the ids under objectives: and csfs:, or remove the entry.",
    ),
    "E703": Doc(
        "An option's origin: names a long-list choice that the dimension does not have; the audit trail from the "
        "long list to the shortlist is broken.",
        Example((replace(T, "origin: {delivery: trust}", "origin: {delivery: trusts}"),), base="longlist"),
        "Name the choice by its id in longlist.yaml (the message suggests the nearest).",
    ),
    "E704": Doc(
        "The Green Book expects every choice discounted at the long list to carry the reason it was discounted; "
        "without one the sift cannot be reviewed.",
        Example((replace(L, "        reason: Breaks the council's leisure strategy\n", ""),), base="longlist"),
        "Add reason: saying why the choice was discounted.",
    ),
    "E705": Doc(
        "An option is built on a choice that the long list discounted: either the option should not be on the "
        "shortlist or the choice should have been carried forward.",
        Example((replace(T, "origin: {delivery: trust}", "origin: {delivery: closure}"),), base="longlist"),
        "Carry the choice forward in longlist.yaml (status: carried_forward), or change the option's origin.",
    ),
    "E706": Doc(
        "An option names its origin in the long list, but the appraisal has no longlist.yaml to hold it.",
        Example((delete(L),), base="longlist"),
        "Add the longlist.yaml, or remove origin: from the option files.",
    ),
    "E707": Doc(
        "The baseline fails a gate and gives no scores (it is sifted out); but business as usual is the benchmark "
        "every option is compared with, so it must be scored even when it fails a gate.",
        Example((write("options/in_house.yaml", "id: in_house\nname: Keep the centres in house\n"
                                                 "gates: {lawful: {result: fail, rationale: Breaks the "
                                                 "direction}}\n"),)),
        "Score the baseline on every criterion (it stays ineligible, but is shown as the benchmark).",
    ),
    "E708": Doc(
        "The longlist command shows the long list and its sift, and the appraisal has no longlist.yaml.",
        Example((), command="longlist"),
        "Add a longlist.yaml (adm-appraise init --longlist writes one to start from).",
    ),
    "W701": Doc(
        "The Green Book asks for up to five or six SMART spending objectives; more usually means some are "
        "outcomes or critical success factors in disguise, and the long list is judged against too many.",
        Example((replace(L, "csfs:",
                         "".join(f"  - {{id: goal{i}, text: Goal {i}}}\n" for i in range(3, 8)) + "csfs:"),),
                base="longlist"),
        "Merge or drop objectives until there are at most six.",
        '{code: W701, file: longlist.yaml, reason: "The objectives are set by the funding agreement"}',
    ),
    "W702": Doc(
        "Each dimension of the options framework should have a preferred choice (the preferred way forward is "
        "built from them); a dimension with none has not been decided.",
        Example((replace(L, "        name: A council-owned company\n        status: preferred",
                         "        name: A council-owned company\n        status: carried_forward"),), base="longlist"),
        "Mark the preferred choice of the dimension status: preferred.",
        '{code: W702, file: longlist.yaml, reason: "The choice is left to the full business case"}',
    ),
    "W703": Doc(
        "The Green Book's shortlist holds business as usual, a do-minimum, the preferred way forward and at "
        "least one other viable option; one of these roles is missing.",
        Example((replace("options/refresh.yaml", "role: do_minimum\n", ""),), base="longlist"),
        "Mark the options' roles (role: business_as_usual, do_minimum, preferred, alternative), or add the "
        "missing option.",
        '{code: W703, file: criteria.yaml, reason: "No do-minimum exists: the direction requires change"}',
    ),
    "W704": Doc(
        "A long-list choice is not assessed against every objective and critical success factor, so the sift "
        "rests on an incomplete comparison.",
        Example((replace(L, "strategic_fit: meets, value_for_money: partly}", "strategic_fit: meets}"),),
                base="longlist"),
        "Assess the choice against the objectives and CSFs named (meets, partly or fails).",
        '{code: W704, file: longlist.yaml, reason: "Assessed in the workshop notes, not here"}',
    ),
    "W705": Doc(
        "A rationale or reason still reads TODO (as adm-appraise init leaves them): the judgement has not been "
        "recorded yet.",
        Example((replace(T, "rationale: Rate relief", "rationale: TODO"),)),
        "Write the rationale (or reason) in place of TODO.",
        '{code: W705, option: trust, reason: "Rationales follow the soft market test"}',
    ),
    "W706": Doc(
        "A dimension of the options framework has more than one preferred choice, so the preferred way forward "
        "is not one combination.",
        Example((replace(L, "        name: A leisure trust\n        status: carried_forward",
                         "        name: A leisure trust\n        status: preferred"),), base="longlist"),
        "Keep one preferred choice per dimension; mark the others carried_forward.",
        '{code: W706, file: longlist.yaml, reason: "Two delivery routes go to the full business case"}',
    ),
    "W707": Doc(
        "The baseline named in criteria.yaml and the option marked role: business_as_usual should be the same "
        "option; when they differ, which is the benchmark is unclear.",
        Example((replace(T, "role: alternative", "role: business_as_usual"),), base="longlist"),
        "Mark only the baseline option business_as_usual (or name the marked option as baseline:).",
        '{code: W707, option: trust, reason: "Both options continue today\'s contract"}',
    ),
    "W708": Doc(
        "The option marked as the preferred way forward is built on a long-list choice that was not the "
        "preferred one: the long list and the shortlist tell different stories.",
        Example((replace("options/company.yaml", "origin: {delivery: company}", "origin: {delivery: trust}"),),
                base="longlist"),
        "Correct the option's origin, or the choice's status in longlist.yaml.",
        '{code: W708, option: company, reason: "The preferred route changed after the long list"}',
    ),
    "W709": Doc(
        "The option marked as the preferred way forward is not the highest-scoring eligible option: a reader "
        "will ask why the appraisal's leader is not preferred.",
        Example((replace(T, "score: 3, rationale: A transfer", "score: 4, rationale: A transfer"),), base="longlist"),
        "Explain the difference (in the option's description or the report), or revisit the role or the scores.",
        '{code: W709, option: company, reason: "Preferred for control, as the cabinet report explains"}',
    ),
    # The benefits register and the equality impact: E76x, W76x
    "E760": Doc(
        "Each benefit is tracked by its id (the report's management case lists them by it); two benefits with one "
        "id make which is meant ambiguous, and often one is a copy left half edited.",
        Example((replace(B, "  - id: lower_cost", "  - id: happier_users"),), base="registers"),
        "Give one of the two a different id, or merge them if they are the same benefit.",
    ),
    "E761": Doc(
        "A benefit names a spending objective, critical success factor, criterion or option that the appraisal "
        "does not have, usually a misspelt or renamed id; the link between the benefit and what it serves would "
        "be lost.",
        Example((replace(B, "criteria: [quality]", "criteria: [qualty]"),), base="registers"),
        "Use the id as longlist.yaml, criteria.yaml or the option's file spells it (the message suggests the "
        "nearest), or remove the entry.",
    ),
    "E762": Doc(
        "Spending objectives and critical success factors are defined in longlist.yaml; a benefit that names them "
        "in an appraisal without a long list points at nothing that can be checked.",
        Example((write(B, "benefits:\n  - id: happier_users\n    title: Happier customers\n"
                          "    objectives: [satisfaction]\n    measure: Satisfaction in the annual customer survey\n"
                          "    baseline: 78%\n    target: 85%\n    date: March 2028\n    owner: Head of leisure\n"
                          "    cash_releasing: false\n"),)),
        "Add the longlist.yaml that defines them (adm-appraise init --longlist writes one to start from), or "
        "remove objectives: and csfs: from the benefits.",
    ),
    "E763": Doc(
        "equality.yaml assesses an option that options/ does not hold, usually a misspelt or renamed id: the "
        "assessment is attached to nothing, and the option it was meant for goes unassessed.",
        Example((replace(Q, "  in_house:", "  inhouse:"),), base="registers"),
        "Use the option's id (the id: inside its file; the message suggests the nearest), or remove the entry of "
        "an option dropped from the appraisal.",
    ),
    "E764": Doc(
        "A distribution by income quintile runs from q1 (the fifth of households with the lowest income) to q5 "
        "(the highest); any other key (Q1, q6, a decile) cannot be placed on that scale, and the distributional "
        "analysis would be wrong.",
        Example((replace(Q, "{q1: 900,", "{Q1: 900,"),), base="registers"),
        "Name the quintiles q1 to q5, in lower case; for a breakdown by area use by: place, whose keys are the "
        "places.",
    ),
    "E765": Doc(
        "The benefits command shows benefits.yaml, and the equality command equality.yaml; the appraisal has no "
        "such file.",
        Example((), command="benefits"),
        "Write the file beside criteria.yaml (adm-appraise schema benefits, or equality, lists its keys; the "
        "README has an example of each).",
    ),
    "W760": Doc(
        "Each spending objective should have a benefit that measures whether it is delivered (the Green Book's "
        "benefits realisation); an objective with none may be met or missed without anyone knowing.",
        Example((replace(B, "    objectives: [savings]\n", ""),), base="registers"),
        "Name the objective in objectives: of the benefit that serves it, or add a benefit for it.",
        '{code: W760, file: longlist.yaml, reason: "Savings are tracked in the medium-term financial plan"}',
    ),
    "W761": Doc(
        "A benefit with no measure cannot be tracked: after the decision nobody can say whether it was realised.",
        Example((replace(B, "    measure: Net running cost in the revenue outturn\n", ""),), base="registers"),
        "Say how it will be measured (measure:, the indicator and its source), with its baseline, target, date and "
        "owner.",
        '{code: W761, file: benefits.yaml, reason: "The measure is agreed at the full business case"}',
    ),
    "W762": Doc(
        "A measure without its baseline, target, date or owner is half a plan: the Green Book's benefits register "
        "records where the measure stands, where it should be and by when, and who answers for it.",
        Example((replace(B, "    owner: Finance officer\n", ""),), base="registers"),
        "Add what the message names (baseline:, target:, date:, owner:; a post is a better owner than a person).",
        '{code: W762, file: benefits.yaml, reason: "The owner is named when the trust is appointed"}',
    ),
    "W763": Doc(
        "The Public Sector Equality Duty (Equality Act 2010, s.149) asks the council to have due regard to the "
        "effect on people who share each protected characteristic; a shortlisted option, which the decision makers "
        "may choose, with a characteristic unassessed leaves that regard undocumented.",
        Example((replace(Q, "Keep it in the contract}\n    disability: positive", "Keep it in the contract}"),),
                base="registers"),
        "Assess the characteristic (positive, neutral, negative or unknown, with the evidence); where the effect "
        "is not known, say unknown and how it will be found out.",
        '{code: W763, file: equality.yaml, reason: "The trust\'s access plan is assessed in the full business case"}',
    ),
    "W764": Doc(
        "A negative impact on people who share a protected characteristic, with no mitigation recorded: the "
        "decision makers cannot see whether it can be reduced, which their due regard asks them to weigh.",
        Example((replace(Q, ", mitigation: Keep it in the contract", ""),), base="registers"),
        "Record what would reduce the impact (mitigation:), or why nothing can.",
        '{code: W764, file: equality.yaml, reason: "No mitigation: the concession is for the trust to decide"}',
    ),
    # The scoring panel: E40x, W40x
    "E401": Doc(
        "A panel file scores (or declares a conflict on) an option that does not exist, usually a misspelt or "
        "renamed id; the scores would count for nothing.",
        Example((replace("panel/ann.yaml", "  trust: {", "  trsut: {"),), base="panel"),
        "Use the option's id (the id: inside its file).",
    ),
    "E402": Doc(
        "A panel file scores a criterion that criteria.yaml does not define.",
        Example((replace("panel/ann.yaml", "company: {quality: 3, risk: 4}",
                         "company: {quality: 3, risk: 4, reach: 2}"),),
                base="panel"),
        "Use the criterion's id as criteria.yaml spells it, or remove the score.",
    ),
    "E403": Doc(
        "Measure criteria are facts in a unit (cost, visits), given once in the option files; a panel does not "
        "vote on them.",
        Example((replace("panel/ann.yaml", "company: {quality: 3, risk: 4}",
                         "company: {quality: 3, risk: 4, cost: 2}"),),
                base="panel"),
        "Remove the measure from the panel file; give its value in the option file.",
    ),
    "E404": Doc(
        "Each assessor must account for every cell they could score: a score, a declared conflict of interest, "
        "or an abstention with its reason. A silent gap cannot be told from an oversight.",
        Example((replace("panel/ann.yaml", "company: {quality: 3, risk: 4}", "company: {quality: 3}"),), base="panel"),
        "Give the score, or write {abstain: reason}, or declare a conflict on the option (conflicts:).",
    ),
    "E405": Doc(
        "An assessor who declared a conflict of interest on an option must not score it; their scores there "
        "would undermine the declaration.",
        Example((replace("panel/ann.yaml", "scores:\n",
                         "conflicts:\n  - {option: trust, reason: Trustee of the trust}\nscores:\n"),),
                base="panel"),
        "Remove the assessor's scores on that option (or the conflict, if it was declared in error).",
    ),
    "E406": Doc(
        "Two panel files hold the same assessor id, so one person's scores would count twice.",
        Example((write("panel/ann2.yaml", ANN),), base="panel"),
        "Delete the copy, or give the second assessor an id of their own.",
    ),
    "E407": Doc(
        "A panel entry is a score or an abstention: both at once (or neither) leaves it unclear what the "
        "assessor meant.",
        Example((replace("panel/ann.yaml", "company: {quality: 3, risk: 4}",
                         "company: {quality: 3, risk: {score: 4, abstain: not my field}}"),), base="panel"),
        "Keep the score or the abstention, not both.",
    ),
    "E408": Doc(
        "The panel/ folder holds no assessor file (*.yaml), so there is no panel to read.",
        Example((delete("panel/ann.yaml"), delete("panel/bob.yaml"),
                 write("panel/notes.txt", "Panel to meet in May\n")),
                base="panel"),
        "Add one panel/<assessor>.yaml per assessor, or remove the empty panel/ folder.",
    ),
    "E409": Doc(
        "The panel command shows the scoring panel, and the appraisal has no panel/ folder.",
        Example((), command="panel"),
        "Add panel/<assessor>.yaml files (adm-appraise panel forms writes forms for assessors to fill in).",
    ),
    "W401": Doc(
        "The panel's scores on a cell run across the disagreement threshold (2 points by default) and the "
        "option file records no moderation: how the agreed score was reached is not on record.",
        Example((replace("panel/bob.yaml", "trust: {quality: 3,", "trust: {quality: 1,"),), base="panel"),
        "Record how the agreed score was reached: moderation: \"...\" beside the score in the option file.",
        '{code: W401, option: trust, criterion: quality, reason: "Moderated in the meeting of 3 May, minuted"}',
    ),
    "W402": Doc(
        "The agreed (moderated) score lies outside the range of the panel's own scores: nobody on the panel "
        "gave it, which needs explaining.",
        Example((replace("panel/ann.yaml", "trust: {quality: 4,", "trust: {quality: 3,"),), base="panel"),
        "Check the moderated score; record why it differs in a moderation: note.",
        '{code: W402, option: trust, criterion: quality, reason: "New evidence after the panel scored"}',
    ),
    "W403": Doc(
        "The agreed score is the disagreement threshold or more from the panel's median, with no moderation "
        "note saying why.",
        Example((replace("panel/ann.yaml", "trust: {quality: 4,", "trust: {quality: 2,"),
                 replace("panel/bob.yaml", "trust: {quality: 3,", "trust: {quality: 2,")), base="panel"),
        "Record why the agreed score moved from the panel's view (moderation:), or revisit it.",
        '{code: W403, option: trust, criterion: quality, reason: "New evidence after the panel scored"}',
    ),
    "W404": Doc(
        "An assessor gives every option the same score on every criterion: such scores cannot tell the options "
        "apart, and may mean the form was not really filled in.",
        Example((replace("panel/bob.yaml", "{quality: 2, risk: 4}", "{quality: 3, risk: 3}"),
                 replace("panel/bob.yaml", "company: {quality: 3, risk: 4}", "company: {quality: 3, risk: 3}")),
                base="panel"),
        "Ask the assessor to confirm or redo their scores.",
        '{code: W404, file: panel/bob.yaml, reason: "Bob confirmed his scores in writing"}',
    ),
    "W405": Doc(
        "An option file gives no score for a cell the panel scored, so the panel's aggregate (median by default) "
        "stands in, unmoderated: fine as a draft, but the agreed score should be recorded.",
        Example((replace(T, "  quality: {score: 4, rationale: The trust's record elsewhere}\n", ""),), base="panel"),
        "Record the agreed score in the option file, with its rationale.",
        '{code: W405, option: trust, reason: "The panel median is the agreed score"}',
    ),
    "W406": Doc(
        "A panel file's name does not match the assessor id inside it, which misleads a reader looking for it.",
        Example((delete("panel/bob.yaml"), write("panel/robert.yaml", BOB)), base="panel"),
        "Rename the file to <assessor id>.yaml.",
        '{code: W406, file: panel/robert.yaml, reason: "Files are named by the assessors\' full names"}',
    ),
    "W407": Doc(
        "criteria.yaml has panel: settings (aggregate, disagreement) but there is no panel/ folder for them to "
        "apply to: a leftover, or the panel's files are missing.",
        Example((replace(C, "gates:\n", "panel: {aggregate: median, disagreement: 2}\ngates:\n"),)),
        "Add the panel's files in panel/, or remove the panel: settings.",
        '{code: W407, file: criteria.yaml, reason: "The panel meets next month"}',
    ),
    "W408": Doc(
        "A panel file scores an option that fails a gate and is sifted out (it has no scores:), so those panel "
        "scores are never used.",
        Example((write(T, "id: trust\nname: A leisure trust\ngates: {lawful: {result: fail, rationale: Needs a "
                          "new law}}\n"),), base="panel"),
        "Remove the option from the panel files, or keep it knowingly and accept the warning.",
        '{code: W408, file: panel/ann.yaml, reason: "Scored before the gate was assessed"}\n'
        '{code: W408, file: panel/bob.yaml, reason: "Scored before the gate was assessed"}',
    ),
    # The economic case: E60x, W60x
    "E601": Doc(
        "A cost or benefit line gives its amounts by year (2027) or by a range of years (2027..2035); anything "
        "else (2027-2035, 27, a year outside 1900-2200) cannot be placed in time.",
        Example((replace(T, "{2027..2035: 2.5}", "{2027-2035: 2.5}"),), base="economics"),
        "Write the year as 2027, or a range as 2027..2035.",
    ),
    "E602": Doc(
        "A cost or benefit line gives the same year twice (a year and a range holding it, or two ranges that "
        "overlap), so that year's amount would be counted twice.",
        Example((replace(T, "capital: {2026: 0.5}", "capital: {2026: 0.5, 2026..2027: 0.2}"),), base="economics"),
        "Give each year once: split or merge the ranges.",
    ),
    "E603": Doc(
        "An amount falls before the base year or after the appraisal period (base_year + horizon): it would be "
        "discounted wrongly or left out.",
        Example((replace(T, "capital: {2026: 0.5}", "capital: {2025: 0.5}"),), base="economics"),
        "Move the amount into the period, or change economics: base_year or horizon.",
    ),
    "E604": Doc(
        "An option gives costs or benefits, but criteria.yaml has no economics: block saying how to discount "
        "them (base year, unit, discount, horizon).",
        Example((replace(T, "  cost: {value: 2.5, rationale: Rate relief}\n",
                         "  cost: {value: 2.5, rationale: Rate relief}\ncosts:\n  operating: {2027..2035: 2.5}\n"),)),
        "Add an economics: block to criteria.yaml (see 'Value for money' in the documentation), or remove the "
        "costs.",
    ),
    "E605": Doc(
        "discount: constant needs a rate: (% a year); the Green Book schedule (discount: green_book) takes none, "
        "so a rate given with it would be ignored.",
        Example((replace(C, "discount: green_book", "discount: constant"),), base="economics"),
        "Give rate: with discount: constant, or use discount: green_book without a rate.",
    ),
    "E606": Doc(
        "Optimism bias needs a basis: a Green Book category, a mix of categories whose shares add up to 100%, or "
        "capital/operating percentages; without one (or with categories that cannot combine) no uplift follows.",
        Example((replace(C, "{category: outsourcing, evidence:", "{evidence:"),), base="economics"),
        "Give category: (e.g. outsourcing, standard_buildings), or mix:, or capital:/operating: percentages.",
    ),
    "E607": Doc(
        "A cost line's low and high give its range for the Monte Carlo draws; they must bracket the line's total "
        "(low <= total <= high).",
        Example((replace(T, "capital: {2026: 0.5}", "capital: {by_year: {2026: 0.5}, low: 0.6, high: 0.9}"),),
                base="economics"),
        "Give a low at or below the total and a high at or above it.",
    ),
    "E608": Doc(
        "Costs and benefits are given as positive amounts: a negative cost is a benefit (or a saving) and belongs "
        "under benefits:.",
        Example((replace(T, "capital: {2026: 0.5}", "capital: {2026: -0.5}"),), base="economics"),
        "Give the amount as a positive number, under benefits: if it is a saving.",
    ),
    "E609": Doc(
        "The value command (present values, NPSV, BCR) needs an economic case, and criteria.yaml has no "
        "economics: block.",
        Example((), command="value"),
        "Add an economics: block to criteria.yaml and costs: to the options.",
    ),
    "W601": Doc(
        "Some options give costs and others do not: the value-for-money comparison leaves out the ones without.",
        Example((replace("options/company.yaml",
                         "costs:\n  capital: {2026: 0.8}\n  operating: {2027..2035: 2.0}\n", ""),),
                base="economics"),
        "Give every option its costs (the baseline may give none).",
        '{code: W601, option: company, reason: "Costs follow the soft market test"}',
    ),
    "W602": Doc(
        "A criterion looks like a cost (by its name, id or money unit) while the options' costs are in the "
        "economic case: counting cost twice. The MCA manual keeps costs out of the weighted sum and sets the "
        "benefit score against them.",
        Example((replace(C, "name: Visits a year", "name: Cost per visit"),), base="economics"),
        "Drop the cost criterion's weight (or the criterion), or take the costs out of the economic case.",
        '{code: W602, criterion: visits, reason: "Cost per visit is a service measure here"}',
    ),
    "W603": Doc(
        "Optimism bias given as bare percentages, with no Green Book category and no evidence, cannot be "
        "checked against the supplementary guidance.",
        Example((replace(C, "{category: outsourcing, evidence: [\"Soft market test, 2026\"]}",
                         "{capital: 20, operating: 5}"),), base="economics"),
        "Name the category the percentages come from, or give evidence: for them.",
        '{code: W603, file: criteria.yaml, reason: "Percentages from the council\'s own past projects"}',
    ),
    "W604": Doc(
        "The Green Book reduces optimism bias (mitigation) only for risks shown to be managed; a mitigation "
        "without evidence is an unsupported cut in the cost estimate.",
        Example((replace(C, "{category: outsourcing, evidence: [\"Soft market test, 2026\"]}",
                         "{category: outsourcing, mitigation: 20}"),), base="economics"),
        "Give evidence: for the mitigation, or remove it.",
        '{code: W604, file: criteria.yaml, reason: "Evidence is in the risk register, to be cited"}',
    ),
    "W605": Doc(
        "Costs are appraised with no optimism bias: the Green Book expects every cost estimate to be adjusted "
        "for appraisers' systematic optimism.",
        Example((replace(C, "  optimism_bias: {category: outsourcing, evidence: [\"Soft market test, 2026\"]}\n", ""),),
                base="economics"),
        "State an optimism bias: a category's upper bound, or 0% with the evidence for it.",
        '{code: W605, file: criteria.yaml, reason: "Costs are fixed-price contract sums"}',
    ),
    "W606": Doc(
        "Benefits are monetised for some options and not others, so NPSV and BCR cannot compare them.",
        Example((replace(T, "costs:\n", "benefits:\n  savings: {2027..2035: 0.3}\ncosts:\n"),), base="economics"),
        "Monetise the benefits of every option, or of none.",
        '{code: W606, option: company, reason: "Its benefits cannot be monetised"}',
    ),
    "W607": Doc(
        "Mitigation takes optimism bias below the category's lower bound, the Green Book's floor for a project "
        "with its risks fully managed.",
        Example((replace(C, "{category: outsourcing, evidence:",
                         "{category: standard_buildings, mitigation: 95, evidence:"),),
                base="economics"),
        "Reduce the mitigation so that the bias stays at or above the lower bound.",
        '{code: W607, file: criteria.yaml, reason: "A fixed-price contract with penalties"}',
    ),
    "W608": Doc(
        "criteria.yaml has an economics: block but no option gives costs, so there is no economic case to make.",
        Example((replace(C, "gates:\n", ECONOMICS + "gates:\n"),)),
        "Add costs: to the option files, or remove the economics: block.",
        '{code: W608, file: criteria.yaml, reason: "Costs are being gathered"}',
    ),
    "W609": Doc(
        "The economics: block does not say which prices the amounts are in (price_base:), as the Green Book's "
        "economic case must.",
        Example((replace(C, "  price_base: 2025-26 prices\n", ""),), base="economics"),
        "Add price_base: (e.g. \"2025-26 prices\").",
        '{code: W609, file: criteria.yaml, reason: "All amounts are cash sums"}',
    ),
    # The risk register (risks.yaml): E77x, W77x
    "E770": Doc(
        "Each risk of the register is one line of the report's table and one point on the heat map, named by its "
        "id; two risks with the same id cannot be told apart, and where they are one risk entered twice it is "
        "counted twice in the risk-adjusted cost.",
        Example((replace(R, "  - id: operator_failure", "  - id: tupe_claims"),), base="risks"),
        "Give each risk an id of its own (or merge the two, if they are one risk entered twice).",
    ),
    "E771": Doc(
        "A risk is priced and rated for the options it names; an option id that does not exist (a typing slip, an "
        "option renamed or dropped) would leave the risk off the option it was meant for.",
        Example((replace(R, "options: [trust, company]", "options: [trust, compnay]"),), base="risks"),
        "Name the option by its id (the id: in its options/ file), or write options: all.",
    ),
    "E772": Doc(
        "A risk's change of score applies to a criterion of criteria.yaml; one the appraisal does not have (a "
        "typing slip, a criterion renamed) would change nothing, and the risk's impact would be understated.",
        Example((replace(R, "criteria: {quality: -1}", "criteria: {qualty: -1}"),), base="risks"),
        "Name the criterion by its id in criteria.yaml.",
    ),
    "E773": Doc(
        "A risk's cost is discounted and added to the options' costs as an expected value, which needs the "
        "economic case's base year, discount rate and unit (the economics: block of criteria.yaml); without them "
        "the cost has no present value.",
        Example((write("risks.yaml", "risks:\n  - id: tupe_claims\n    title: Tribunal claims over the transfer of "
                                     "staff\n    options: [trust, company]\n    probability: 0.3\n"
                                     "    cost: {2027: 0.2}\n    owner: Head of HR\n"),)),
        "Add an economics: block to criteria.yaml (and costs: to the options), or give the risk's impact as a change "
        "of score (criteria:) instead of a cost.",
    ),
    "E774": Doc(
        "The matrix's four impact cut-points divide a risk's cost into the five bands, very low to very high; cut-"
        "points that do not rise leave a band empty or out of order, and every rating on the heat map would be "
        "wrong.",
        Example((replace(R, "risks:", "matrix:\n  impact: [0.5, 0.1, 1, 2]\nrisks:"),), base="risks"),
        "Give the four cut-points in rising order (present values in the economics unit), or leave matrix: out for "
        "the default [0.1, 0.5, 1, 2].",
    ),
    "E775": Doc(
        "adm-appraise risks reports the risk register, and the appraisal has none: there is nothing to report, and "
        "an empty report would read as an appraisal without risks.",
        Example((), command="risks"),
        "Write a risks.yaml beside criteria.yaml (adm-appraise schema risks shows its keys), or run the command in "
        "the appraisal that has one.",
    ),
    "W770": Doc(
        "A risk with neither a cost nor a change of score has no impact: it is listed, but adds nothing to the "
        "risk-adjusted cost and cannot be rated on the probability x impact matrix, however serious it is.",
        Example((replace(R, "    cost: {2029: 0.5}\n    criteria: {quality: -1}\n", ""),), base="risks"),
        "Give the risk's cost if it occurs (cost:, by year) and/or the change of score it would make (criteria:).",
        '{code: W770, file: risks.yaml, reason: "Its impact is being assessed by the project board"}',
    ),
    "W771": Doc(
        "Mitigation is meant to reduce a risk; a residual probability or cost above the risk's own means the "
        "mitigation makes it worse, or the two positions were entered the wrong way round. The economic case counts "
        "the residual position.",
        Example((replace(R, "residual: {probability: 0.1}", "residual: {probability: 0.5}"),), base="risks"),
        "Check the two positions: the risk's own (before mitigation) and residual: (after it).",
        '{code: W771, file: risks.yaml, reason: "The early consultation may itself prompt claims"}',
    ),
    "W772": Doc(
        "The economic case counts a risk's residual position, the mitigation taken as planned; with no mitigation: "
        "recorded, nothing says how the lower position is reached, and a reviewer cannot check it.",
        Example((replace(R, "    mitigation: Early consultation with the unions\n", ""),), base="risks"),
        "Say how the risk is mitigated (mitigation:), or remove residual: so that the risk's own position counts.",
        '{code: W772, file: risks.yaml, reason: "The mitigation is in the project plan, section 6"}',
    ),
    "W773": Doc(
        "A risk that is still open needs someone to manage it; a register whose risks have no owner is not "
        "managed, and a reviewer (or audit) will ask who watches each one.",
        Example((replace(R, "    owner: Head of leisure\n", ""),), base="risks"),
        "Name the post that manages the risk (owner:), or set status: closed if it has passed.",
        '{code: W773, file: risks.yaml, reason: "Owners are assigned at the next project board"}',
    ),
    "W774": Doc(
        "Optimism bias at its upper bound allows for the risks not yet identified; once specific risks are priced "
        "in the register, the same risk counts twice unless the bias is reduced (Green Book 2022, paragraph 5.44), "
        "and the option looks dearer than it is.",
        Example((replace(C, " mitigation: 20,", ""),), base="risks"),
        "Reduce the bias as far as the priced risks justify (optimism_bias: mitigation:, with the evidence).",
        '{code: W774, file: criteria.yaml, reason: "The register prices risks the bias does not cover"}',
    ),
    # diff: E80x
    "E801": Doc(
        "A side of diff must be an appraisal folder, or a git revision (HEAD~1, main, a tag) of the repository "
        "holding the appraisal; this one is neither.",
        Example((), command="diff nowhere ."),
        "Give an existing folder or a revision git knows (git log shows them).",
    ),
    "E802": Doc(
        "diff scores both sides alike (the same --scenario and --weight); a scenario or weight that only one side "
        "has cannot be applied to the other.",
        Example(tuple(Change(f"old/{path}", None, text, f"(a copy of the base's {path})")
                      for path, text in SMALL.items())
                + (replace(C, "gates:\n", "scenarios:\n  quality_first: {weights: {quality: 60}}\ngates:\n"),),
                command="diff old . --scenario quality_first"),
        "Compare with a scenario (or weights) both sides define, or without --scenario.",
    ),
    # Committee papers and business cases: W80x
    "W801": Doc(
        "A section of the committee paper (or, with a business_case: block, of the business case) that neither "
        "paper.yaml nor the appraisal's files fill is printed as its heading and a 'To do' placeholder: the paper "
        "is not ready to go to the decision makers.",
        Example((replace("paper.yaml", "legal: The council may transfer the service under the Local Government "
                                       "Act 1972, section 111.\n", ""),), base="paper"),
        "Write the key the message names in paper.yaml (or give what it names instead, such as equality.yaml).",
        '{code: W801, file: paper.yaml, reason: "The legal implications are added by the monitoring officer"}',
    ),
    # Importing spreadsheets and panel forms: E90x, W90x
    "E901": Doc(
        "The spreadsheet cannot be read: a format other than .xlsx or .csv, a CSV not saved as UTF-8, a workbook "
        "that is damaged or too large.",
        Example((write("scores.ods", "not a spreadsheet\n"),), command="import scores.ods", base="import"),
        "Save the sheet as .xlsx, or as CSV (UTF-8).",
    ),
    "E902": Doc(
        "No table of options and criteria was found to import: a heading row, then one row (or column) per "
        "option with its scores.",
        Example((write("scores.csv", "Option,Quality of service,Transition risk\nWeight,40,30\n"),),
                command="import scores.csv", base="import"),
        "Lay the sheet out as a table: headings in the first row, then a row per option (or the transpose).",
    ),
    "E903": Doc(
        "Merged cells inside the table being imported hide which option or criterion a value belongs to (a "
        "merged cell keeps its value in its first cell only).",
        None,
        "Unmerge the cells in the spreadsheet program and fill in every cell, then import again.",
    ),
    "E904": Doc(
        "A cell holds the wrong thing: text where a score is wanted, a gate result other than pass, fail or "
        "conditional, a spreadsheet error value (#DIV/0!); on an exported workbook's Weighting sheet, a method, "
        "swing, rank, ratio or MACBETH judgement that is not one, or a pair judged twice.",
        Example((replace("scores.csv", "A leisure trust,4,", "A leisure trust,good,"),), command="import scores.csv",
                base="import"),
        "Type the value the cell needs (a number for a score).",
    ),
    "E905": Doc(
        "A score, weight or gate cell of the table is empty: the import would have to guess it.",
        Example((replace("scores.csv", "A leisure trust,4,", "A leisure trust,,"),), command="import scores.csv",
                base="import"),
        "Fill in the cell.",
    ),
    "E906": Doc(
        "A column or row heading is missing, repeated, or names nothing the import knows, so the column cannot "
        "be read as a criterion, a gate or a rationale; on an exported workbook's Weighting sheet, an id that "
        "names no criterion or group, an item listed in two levels, or a criterion listed in none.",
        Example((replace("scores.csv", "Transition risk,", "Quality of service,"),), command="import scores.csv",
                base="import"),
        "Give every column a heading of its own.",
    ),
    "E907": Doc(
        "A score lies outside the scale (given by --scale, or inferred), or a range is out of order.",
        Example((replace("scores.csv", "A leisure trust,4,", "A leisure trust,7,"),),
                command="import scores.csv --scale 0-5", base="import"),
        "Correct the score, or give the scale the sheet uses (--scale 1-10).",
    ),
    "E908": Doc(
        "An id cell (in a sheet that gives ids) breaks the id rule (lower case letters, digits and _, starting "
        "with a letter) or repeats another id.",
        Example((write("scores.csv", SCORES_CSV.replace("Option,", "Option,Id,").replace("Weight,", "Weight,,")
                       .replace("house,", "house,in_house,").replace("trust,", "trust,Trust 1,")
                       .replace("company,", "company,company,")),), command="import scores.csv", base="import"),
        "Give each option an id of lower case letters, digits and _, unique in the sheet.",
    ),
    "E909": Doc(
        "Import (or panel import) would overwrite an appraisal or panel file that already exists; it never does "
        "so unasked.",
        Example((replace("scores.csv", "A council-owned company,3,4,pass\n",
                         "A council-owned company,3,4,pass\nA joint venture,3,3,pass\n"),
                 write("options/a_joint_venture.yaml", "id: joint_venture\nname: Joint venture (draft)\n"
                       "gates: {lawful_for_the_council: pass}\nscores: {quality_of_service: 3, transition_risk: 3}\n")),
                command="import scores.csv", base="import", before=("import scores.csv",)),
        "Move the file that is in the way, or add --force to replace the whole appraisal with the sheet's.",
    ),
    "E910": Doc(
        "A returned scoring form no longer matches the appraisal: an option, a criterion or the scale changed "
        "after the forms went out, so its cells cannot be trusted to mean the same.",
        Example((replace(C, "scale: {min: 0, max: 5}", "scale: {min: 0, max: 10}"),),
                command="panel import forms/ann.xlsx --force", base="panel", before=("panel forms -o forms",)),
        "Send the assessor a new form (adm-appraise panel forms) for the appraisal as it now is.",
    ),
    "E911": Doc(
        "panel import reads only scoring forms written by panel forms; another workbook has none of the form's "
        "marks.",
        Example((), command="panel import book.xlsx", base="panel", before=("export -o book.xlsx",)),
        "Give panel import the forms written by adm-appraise panel forms, filled in.",
    ),
    "E912": Doc(
        "Importing into an existing appraisal merges scores only: the sheet's criteria and gates must be those "
        "of criteria.yaml. One that is added, removed or renamed is a change to make in criteria.yaml first.",
        Example((replace("scores.csv", "Transition risk", "Deliverability"),), command="import scores.csv",
                base="import", before=("import scores.csv",)),
        "Make criteria.yaml's criteria and gates match the sheet (or the sheet match them), then import again.",
    ),
    "E913": Doc(
        "Importing into an appraisal whose weights come from a weighting: record, or importing a workbook whose "
        "Weighting sheet holds the record into an empty folder: a weight edited in the sheet cannot be written "
        "back, since the record derives it.",
        Example((write("scores.csv", "Option,Quality of service,Transition risk,Running cost,Lawful for the council\n"
                                     "Weight,50,30,20,\nKeep the centres in house,2,5,3.0,pass\n"
                                     "A leisure trust,4,3,2.5,pass\nA council-owned company,3,4,2.0,pass\n"),),
                command="import scores.csv", base="weighting"),
        "Change the weighting record (swings, ranks, comparisons) in criteria.yaml, or on the Weighting sheet of a "
        "workbook imported into an empty folder, instead.",
    ),
    "W901": Doc(
        "A totals row was found and skipped: adm-appraise computes totals itself from the scores and weights.",
        Example((replace("scores.csv", "A council-owned company,3,4,pass\n",
                         "A council-owned company,3,4,pass\nTotal,9,12,\n"),), command="import scores.csv",
                base="import"),
        "Nothing to do; delete the row from the sheet to silence the warning.",
    ),
    "W902": Doc(
        "A computed column (a total or a rank) was ignored: adm-appraise computes scores and ranks itself.",
        Example((write("scores.csv", SCORES_CSV.replace("council\n", "council,Total\n").replace("30,\n", "30,,\n")
                       .replace("pass\n", "pass,7\n")),), command="import scores.csv", base="import"),
        "Nothing to do; delete the column from the sheet to silence the warning.",
    ),
    "W903": Doc(
        "The sheet has no weights row, so every criterion is imported with the same weight; that is rarely what "
        "was meant.",
        Example((replace("scores.csv", "Weight,40,30,\n", ""),), command="import scores.csv", base="import"),
        "Add a row headed Weight to the sheet, or set the weights in criteria.yaml after the import.",
    ),
    "W904": Doc(
        "A discrete value function gives a value for each whole level only, and the sheet scores the criterion "
        "between levels (a panel's median, say), which criteria.yaml would refuse (E214). The import writes the "
        "piecewise function through the same points instead: it values every whole level as before and a score "
        "between two levels on the straight line between their values, as the discrete function's draws do.",
        Example((replace("scores.csv", "Weight,40,30,\n",
                         'value function,"{type: discrete, values: {0: 0, 1: 20, 2: 45, 3: 70, 4: 90, 5: 100}}",,\n'
                         "Weight,40,30,\n"),
                 replace("scores.csv", "A leisure trust,4,3,pass", "A leisure trust,3.5,3,pass")),
                command="import scores.csv", base="import"),
        "Keep the piecewise function, or round the scores in between to whole levels and write the discrete "
        "function back into criteria.yaml.",
    ),
}
