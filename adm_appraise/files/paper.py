"""paper.yaml: the committee paper's and the outline business case's own text, and their to-dos.

The two documents' sections are listed here, once, in order: each with its heading, the
paper.yaml key that gives it text, and what in the appraisal's files fills it when the key is
absent (``source``). A section neither gives is a to-do: the report shows it as a headed
placeholder and ``validate`` lists it (W801), naming the file and the key to write. Light: no
pandas, no jinja2 (``validate`` runs this).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from adm_appraise.files.yamlfile import Document
from adm_appraise.model import Appraisal, Exemption, Paper, PaperText
from adm_appraise.problems import Problem

PAPER = "paper.yaml"  # read beside criteria.yaml when it exists

# Part 1 of Schedule 12A to the Local Government Act 1972 (as substituted in England by the
# Local Government (Access to Information) (Variation) Order 2006, SI 2006/88): paragraphs 1-7.
SCHEDULE_12A = {
    1: "Information relating to any individual.",
    2: "Information which is likely to reveal the identity of an individual.",
    3: "Information relating to the financial or business affairs of any particular person (including the "
       "authority holding that information).",
    4: "Information relating to any consultations or negotiations, or contemplated consultations or negotiations, "
       "in connection with any labour relations matter arising between the authority or a Minister of the Crown "
       "and employees of, or office holders under, the authority.",
    5: "Information in respect of which a claim to legal professional privilege could be maintained in legal "
       "proceedings.",
    6: "Information which reveals that the authority proposes (a) to give under any enactment a notice under or by "
       "virtue of which requirements are imposed on a person; or (b) to make an order or direction under any "
       "enactment.",
    7: "Information relating to any action taken or to be taken in connection with the prevention, investigation or "
       "prosecution of crime.",
}


@dataclass(frozen=True)
class Section:
    """One section of a document: its paper.yaml key, heading, and what else can fill it."""

    key: str
    heading: str
    source: str | None = None  # what in the files fills it (SOURCES); None: only paper.yaml
    case: str | None = None  # the business case's case it belongs to


# What a source needs of the appraisal's files; 'ranking' and 'sensitivity' come with every appraisal.
SOURCES: dict[str, str] = {
    "description": "the appraisal's description (criteria.yaml, appraisal: description)",
    "longlist": "longlist.yaml",
    "economics": "an economics: block in criteria.yaml and costs in the option files",
    "baseline": "a baseline option with a description",
    "ranking": "the ranking",
    "sensitivity": "the sensitivity analysis",
    "equality": "equality.yaml",
    "benefits": "benefits.yaml",
}

FRONT = (  # the front sheet's keys, in order, and their labels
    ("decision_maker", "Report to"),
    ("meeting_date", "Date of meeting"),
    ("author", "Report author"),
    ("key_decision", "Key decision"),
    ("forward_plan", "Forward plan reference"),
    ("wards", "Wards affected"),
)

COMMITTEE = (
    Section("recommendations", "Recommendations"),
    Section("background", "Background", "description"),
    Section("options", "Options considered and rejected", "ranking"),
    Section("preferred", "The preferred option", "ranking"),
    Section("financial", "Financial implications", "economics"),
    Section("legal", "Legal implications"),
    Section("equality", "Equality implications", "equality"),
    Section("risk", "Risk implications"),
    Section("consultation", "Consultation"),
    Section("background_papers", "Background papers"),
)

CASES = (
    ("strategic", "The strategic case"),
    ("economic", "The economic case"),
    ("commercial", "The commercial case"),
    ("financial", "The financial case"),
    ("management", "The management case"),
)

# HM Treasury, The Green Book (2022) and its guide to developing the project business case
# (Better Business Cases, 2018): the outline business case's headings, case by case.
BUSINESS_CASE = (
    Section("strategic_context", "Strategic context", "description", "strategic"),
    Section("spending_objectives", "Spending objectives", "longlist", "strategic"),
    Section("existing_arrangements", "Existing arrangements", "baseline", "strategic"),
    Section("business_needs", "Business needs", None, "strategic"),
    Section("scope", "Potential scope and key service requirements", None, "strategic"),
    Section("benefits", "Main benefits", "benefits", "strategic"),
    Section("risks", "Main risks", None, "strategic"),
    Section("constraints", "Constraints and dependencies", None, "strategic"),
    Section("csfs", "Critical success factors", "longlist", "economic"),
    Section("long_list", "The long list of options", "longlist", "economic"),
    Section("short_list", "The short list of options", "ranking", "economic"),
    Section("economic_appraisal", "Economic appraisal: net present social value", "economics", "economic"),
    Section("sensitivity", "Sensitivity analysis", "sensitivity", "economic"),
    Section("preferred_option", "The preferred option", "ranking", "economic"),
    Section("procurement_strategy", "Procurement strategy", None, "commercial"),
    Section("service_requirements", "Service requirements and outputs", None, "commercial"),
    Section("risk_allocation", "Risk allocation and transfer", None, "commercial"),
    Section("payment_mechanisms", "Payment mechanisms", None, "commercial"),
    Section("contractual_arrangements", "Contractual arrangements", None, "commercial"),
    Section("personnel", "Personnel implications (including TUPE)", None, "commercial"),
    Section("accountancy", "Accountancy treatment", None, "commercial"),
    Section("costs", "Capital and revenue requirements", "economics", "financial"),
    Section("balance_sheet", "Impact on the balance sheet and the income and expenditure account", None,
            "financial"),
    Section("affordability", "Overall affordability and funding", None, "financial"),
    Section("governance", "Programme and project management arrangements", None, "management"),
    Section("advisers", "Use of specialist advisers", None, "management"),
    Section("change_management", "Change and contract management", None, "management"),
    Section("benefits_realisation", "Benefits realisation", "benefits", "management"),
    Section("risk_management", "Risk management", None, "management"),
    Section("evaluation", "Post-project evaluation", None, "management"),
    Section("contingency", "Contingency plans", None, "management"),
)
DOCUMENTS = {"committee": COMMITTEE, "business-case": BUSINESS_CASE}
LISTS = ("recommendations", "background_papers")  # committee sections that paper.yaml gives as lists


def build(spec: Any, doc: Document) -> Paper:
    """The frozen paper from a schema-checked paper.yaml."""
    front = {k: getattr(spec, k) for k, _ in FRONT}
    if front["wards"] is not None:
        front["wards"] = tuple(front["wards"])
    sections = _texts(spec, doc, (), [s.key for s in COMMITTEE if s.key not in LISTS])
    business = None
    if spec.business_case is not None:
        business = _texts(spec.business_case, doc, ("business_case",), [s.key for s in BUSINESS_CASE])
    return Paper(
        doc.path, doc.where((), key=True), front,
        tuple(spec.recommendations or ()), tuple(spec.background_papers or ()), sections, business,
        doc.where(("business_case",), key=True) if spec.business_case is not None else None,
    )


def _texts(spec: Any, doc: Document, prefix: tuple[str, ...], keys: list[str]) -> dict[str, PaperText]:
    out = {}
    for k in keys:
        value = getattr(spec, k)
        if value is None:
            continue
        where = doc.where((*prefix, k))
        if isinstance(value, str):
            out[k] = PaperText(value, where)
        else:
            exempt = None if value.exempt is None else Exemption(value.exempt.paragraph, value.exempt.reason)
            out[k] = PaperText(value.text, where, exempt)
    return out


def available(appraisal: Appraisal, source: str | None) -> bool:
    """Whether the appraisal's files fill a section of this ``source``."""
    if source in ("ranking", "sensitivity"):
        return True
    if source == "description":
        return bool(appraisal.description)
    if source == "longlist":
        return appraisal.longlist is not None
    if source == "economics":
        return appraisal.economics is not None and any(o.costs is not None for o in appraisal.options)
    if source == "equality":
        return appraisal.equality is not None
    if source == "benefits":
        return appraisal.register is not None
    if source == "baseline":
        base = next((o for o in appraisal.options if o.id == appraisal.baseline), None)
        return base is not None and bool(base.description)
    return False


def texts(paper: Paper | None, document: str) -> Mapping[str, PaperText]:
    """paper.yaml's text for each section of ``document`` ('committee' or 'business-case'), by key."""
    if paper is None:
        return {}
    return paper.sections if document == "committee" else (paper.business_case or {})


def filled(appraisal: Appraisal, document: str, section: Section) -> bool:
    """Whether a section has anything to show: paper.yaml's text (or list), or the files' material."""
    paper = appraisal.paper
    if document == "committee" and section.key in LISTS:
        return paper is not None and bool(getattr(paper, section.key))
    return section.key in texts(paper, document) or available(appraisal, section.source)


def todo(document: str, section: Section) -> str:
    """What the placeholder and W801 ask for: the key to write (and what else would fill it)."""
    key = f"'{section.key}'" if document == "committee" else f"'{section.key}' under 'business_case:'"
    also = f", or give {SOURCES[section.source]}" if section.source in SOURCES else ""
    return f"write {key} in {PAPER}{also}"


def front_todos(paper: Paper | None) -> list[str]:
    """The front sheet's keys still to write."""
    front: Mapping[str, Any] = paper.front if paper is not None else {}
    missing = [k for k, _ in FRONT if k != "forward_plan" and front.get(k) is None]
    if front.get("key_decision") and front.get("forward_plan") is None:
        missing.append("forward_plan")
    return missing


def todos(appraisal: Appraisal) -> Iterator[Problem]:
    """W801 for each front-sheet key and section still to write: the committee paper's when paper.yaml
    exists, the business case's when it has a business_case: block."""
    paper = appraisal.paper
    if paper is None:
        return
    labels = dict(FRONT)
    for k in front_todos(paper):
        yield Problem(paper.where, "W801", f"the committee paper's front sheet has no '{labels[k]}': write "
                                           f"'{k}' in {PAPER}", severity="warning")
    documents = [("committee", paper.where)]
    if paper.business_case is not None:
        documents.append(("business-case", paper.business_case_where or paper.where))
    for document, where in documents:
        name = "committee paper" if document == "committee" else "business case"
        for s in DOCUMENTS[document]:
            if not filled(appraisal, document, s):
                yield Problem(where, "W801", f"the {name}'s section '{s.heading}' is to do: {todo(document, s)}",
                              severity="warning")

