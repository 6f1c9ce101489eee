"""The committee paper and the outline business case: their template context, public and exempt.

``paper_contexts`` lays the report's context (``render.report.build_context``) and paper.yaml
out as the sections ``files.paper`` lists, in order, each a heading and blocks (paragraphs, a
list, a table) or a "To do" placeholder. A section paper.yaml marks exempt (Schedule 12A)
appears in the public document as a pointer to the exempt appendix only: its text and the
material the files give it go into the appendix's context alone, so that no template, shipped or
user, can print them in the public document.

Registers: when the report context holds one of these keys, its ``blocks`` (a list of blocks
as below) are added to the section named: ``risk_register`` (committee 'risk', business case
'risks' and 'risk_management'), ``equality_assessment`` (committee 'equality'),
``benefits_register`` (business case 'benefits' and 'benefits_realisation'). Where the context
gives none, the equality and benefits ones are summarised from the report's ``equality`` and
``benefits`` keys (equality.yaml, benefits.yaml).

Blocks: {"kind": "text", "paragraphs": [...]}, {"kind": "list" | "numbered", "items": [...]},
{"kind": "table", "caption", "headers": [...], "rows": [[...]]}; every value is plain text.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from adm_appraise.files import paper as spec
from adm_appraise.model import Appraisal
from adm_appraise.render.columns import money_text

REGISTERS: dict[str, tuple[str, ...]] = {
    "risk_register": ("risk", "risks", "risk_management"),
    "equality_assessment": ("equality",),
    "benefits_register": ("benefits", "benefits_realisation"),
}
TEMPLATES = {"markdown": "paper.md.j2", "html": "paper.html.j2"}


def appendix_name(name: str) -> str:
    """The exempt appendix's file name beside the public document's: ``<stem>-exempt-appendix<suffix>``."""
    stem, dot, suffix = name.rpartition(".")
    if not dot or not stem:
        return f"{name}-exempt-appendix"
    return f"{stem}-exempt-appendix.{suffix}"


def paper_contexts(
    context: Mapping[str, Any], appraisal: Appraisal, document: str, sensitivity: Mapping[str, Any] | None = None,
) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """The public document's context and the exempt appendix's (None when nothing is exempt).

    Both are ``context`` with a ``paper`` key: {document, title, front, sections, exempt, part}.
    """
    texts = spec.texts(appraisal.paper, document)
    # figures from the economic case stay out of every other section when its own sections are exempt
    money = not any(t.exempt is not None for k, t in texts.items()
                    if k in {s.key for s in spec.DOCUMENTS[document] if s.source == "economics"})
    registers = {**_from_files(context), **{k: context[k] for k in REGISTERS if context.get(k)}}
    sections: list[dict[str, Any]] = []
    number, cases = 0, 0  # the business case numbers its sections within each case: 1.1, 1.2, 2.1 ...
    case = None
    for s in spec.DOCUMENTS[document]:
        if s.case is not None and s.case != case:
            case, cases, number = s.case, cases + 1, 0
            sections.append({"key": case, "heading": dict(spec.CASES)[case], "level": 1, "number": str(cases),
                             "blocks": [], "todo": None, "exempt": None, "case": True})
        number += 1
        text = texts.get(s.key)
        blocks = ([_text(text.text)] if text is not None else []) + _material(
            s.key, context, appraisal, sensitivity, text is None, money)
        for register, keys in REGISTERS.items():
            if s.key in keys and registers.get(register):
                blocks += list(registers[register].get("blocks", []))
        exempt: dict[str, Any] | None = None
        if text is not None and text.exempt is not None:
            exempt = {"paragraph": text.exempt.paragraph, "description": spec.SCHEDULE_12A[text.exempt.paragraph],
                      "reason": text.exempt.reason}
        sections.append({
            "key": s.key, "heading": s.heading, "level": 2 if case else 1,
            "number": f"{cases}.{number}" if case else str(number),
            "blocks": blocks, "todo": None if blocks else spec.todo(document, s), "exempt": exempt, "case": False,
        })
    withheld = [s for s in sections if s["exempt"] is not None]
    paragraphs: list[int] = sorted({int(s["exempt"]["paragraph"]) for s in withheld})
    base = {
        "document": document,
        "front": _front(appraisal, paragraphs) if document == "committee" else None,
        "front_todo": [dict(spec.FRONT)[k] for k in spec.front_todos(appraisal.paper)] if document == "committee"
        else [],
        "paragraphs": paragraphs,
        "exemption": _exemption(paragraphs),
    }
    # the public part keeps an exempt section's heading and paragraph number, nothing more (not the reason)
    public = [dict(s, blocks=[], todo=None, exempt={k: s["exempt"][k] for k in ("paragraph", "description")})
              if s["exempt"] is not None else s for s in sections]
    outer = {**context, "paper": {**base, "part": "public", "sections": public}}
    if not withheld:
        return outer, None
    inner = {**context, "paper": {**base, "part": "appendix", "sections": withheld}}
    return outer, inner


def _exemption(paragraphs: Sequence[int]) -> str | None:
    if not paragraphs:
        return None
    which = " and ".join(str(p) for p in paragraphs)
    return (f"paragraph{'s' * (len(paragraphs) > 1)} {which} of Part 1 of Schedule 12A to the Local Government "
            "Act 1972")


def _front(appraisal: Appraisal, paragraphs: Sequence[int]) -> list[dict[str, Any]]:
    """The front sheet: each row's label and text, or None where paper.yaml does not say."""
    front: Mapping[str, Any] = appraisal.paper.front if appraisal.paper is not None else {}
    rows = []
    for k, label in spec.FRONT:
        value = front.get(k)
        if k == "key_decision" and value is not None:
            value = "Yes" if value else "No"
        elif k == "wards" and value is not None:
            value = ", ".join(value)
        elif k == "forward_plan" and value is None and front.get("key_decision") is False:
            value = "Not applicable"
        rows.append({"key": k, "label": label, "text": value})
    rows.append({"key": "exempt", "label": "Exempt information", "text": (
        f"Yes: the exempt appendix is not for publication by virtue of {_exemption(paragraphs)}"
        if paragraphs else "None")})
    return rows


def _from_files(context: Mapping[str, Any]) -> dict[str, Any]:
    """The equality and benefits registers' summaries, from the report context's ``equality`` and ``benefits``."""
    found: dict[str, Any] = {}
    equality = context.get("equality")
    if equality:
        rows = [[o["name"], *(str(sum(c["impact"] == i for c in o["cells"].values()))
                              for i in ("positive", "neutral", "negative", "unknown", "not_assessed"))]
                for o in equality["options"] if o["shortlisted"]]
        blocks: list[dict[str, Any]] = []
        if rows:
            blocks.append(_table(f"The shortlisted options' likely impact on the nine protected characteristics "
                                 f"(Equality Act 2010, s.4), from {equality['file']}",
                                 ["Option", "Positive", "Neutral", "Negative", "Unknown", "Not assessed"], rows))
        concerns = [f"{c['option_name']}, {c['name'].lower()}: {c['impact']}"
                    + (f"; evidence: {c['evidence']}" if c["evidence"] else "")
                    + (f"; mitigation: {c['mitigation']}" if c["mitigation"] else "; no mitigation recorded")
                    for c in equality["concerns"]
                    if any(o["id"] == c["option"] and o["shortlisted"] for o in equality["options"])]
        if concerns:
            blocks.append({"kind": "list", "items": concerns})
        if blocks:
            found["equality_assessment"] = {"blocks": blocks}
    benefits = context.get("benefits")
    if benefits and benefits.get("preferred"):
        chosen = set(benefits["preferred"]["benefits"])
        rows = [[b["title"], b["measure"] or "not set", b["baseline_text"] or "-", b["target_text"] or "-",
                 b["date"] or "-", b["owner"] or "-", "yes" if b["cash_releasing"] else "no"]
                for b in benefits["benefits"] if b["id"] in chosen]
        if rows:
            found["benefits_register"] = {"blocks": [_table(
                f"How each benefit of {benefits['preferred']['name']} will be measured, from {benefits['file']}",
                ["Benefit", "Measure", "Baseline", "Target", "By", "Owner", "Cash-releasing"], rows)]}
    return found


def _text(text: str) -> dict[str, Any]:
    paragraphs = [" ".join(p.split()) for p in text.split("\n\n") if p.strip()]
    return {"kind": "text", "paragraphs": paragraphs}


def _table(caption: str, headers: list[str], rows: list[list[str]]) -> dict[str, Any]:
    return {"kind": "table", "caption": caption, "headers": headers, "rows": rows}


def _material(key: str, context: Mapping[str, Any], appraisal: Appraisal, sensitivity: Mapping[str, Any] | None,
              alone: bool, money: bool) -> list[dict[str, Any]]:
    """What the appraisal's files give section ``key``; ``alone``: paper.yaml gives it no text;
    ``money``: figures from the economic case may be shown (none of its own sections is exempt)."""
    paper = appraisal.paper
    longlist = context.get("longlist")
    economics = context.get("economics")
    if key == "recommendations" and paper is not None and paper.recommendations:
        return [{"kind": "numbered", "items": list(paper.recommendations)}]
    if key == "background_papers" and paper is not None and paper.background_papers:
        return [{"kind": "list", "items": list(paper.background_papers)}]
    if key in ("background", "strategic_context") and alone and context.get("description"):
        return [_text(str(context["description"]))]
    if key == "existing_arrangements" and alone and context.get("baseline") and context["baseline"]["description"]:
        base = context["baseline"]
        return [_text(f"The baseline, {base['name']}: {base['description']}")]
    if key == "options":
        return _rejected(context)
    if key in ("preferred", "preferred_option"):
        return _preferred(context, money)
    if key == "short_list":
        return [_short_list(context)]
    if key == "sensitivity":
        return _sensitivity(context, sensitivity)
    if longlist and key == "spending_objectives":
        return [{"kind": "list", "items": [f"{o['key']}. {o['text']}" for o in longlist["objectives"]]}]
    if longlist and key == "csfs":
        return [{"kind": "list", "items": [f"{c['name']}" + (f": {c['description']}" if c["description"] else "")
                                           for c in longlist["csfs"]]}]
    if longlist and key == "long_list":
        return _long_list(longlist)
    if economics and economics["costed"] and key in ("financial", "economic_appraisal", "costs"):
        return _financial(economics, context, with_benefits=key != "costs")
    return []


def _rejected(context: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Every option not preferred, and why: discounted on the long list, failed a gate, or ranked lower."""
    rows = []
    longlist = context.get("longlist")
    if longlist:
        for d in longlist["dimensions"]:
            for c in d["choices"]:
                if c["status"] == "discounted":
                    rows.append([c["name"], f"Long list ({d['name']})", c["reason"] or "Discounted"])
    gates = {g["id"]: g["name"] for g in context["gates"]}
    for o in [*context["sifted_out"], *context["benchmarks"]]:
        failed = "; ".join(
            gates.get(g, g) + (f" ({o['gates'][g]['rationale']})" if o["gates"][g]["rationale"] else "")
            for g in o["failed_gates"])
        rows.append([o["name"], "Gate", f"Fails: {failed}"])
    leader = context.get("leader")
    ranked = context["ranked"]
    for o in ranked:
        if leader is not None and o["id"] == leader["id"]:
            continue
        behind = "" if leader is None else f", {leader['shown'] - o['shown']:.1f} points behind the preferred option"
        rows.append([o["name"], "Scoring", f"Ranked {o['rank']} of {len(ranked)} with {o['shown']:.1f} out of "
                                           f"100{behind}" + ("; shortlisted" if o["shortlisted"] else "")])
    if not rows:
        return [_text("No other option was considered.")]
    return [_table("Options considered and rejected", ["Option", "Rejected at", "Reason"], rows)]


def _preferred(context: Mapping[str, Any], money: bool) -> list[dict[str, Any]]:
    leader = context.get("leader")
    if leader is None:
        return [_text("No option passes every gate, so none is preferred.")]
    summary = context["summary"]
    runner = summary["runner_up"]
    lines = [f"The preferred option is {leader['name']}: ranked first of {summary['eligible']} eligible options "
             f"with {leader['shown']:.1f} out of 100"
             + (f", {summary['margin']:.1f} points ahead of {runner['name']}." if runner else ".")]
    if leader["description"]:
        lines.append(str(leader["description"]))
    if summary["strengths"]:
        lines.append("Its score rests most on " + " and ".join(
            f"{s['name']} ({s['points']:.1f} points)" for s in summary["strengths"]) + ".")
    if leader["conditional_gates"]:
        lines.append("It passes some gates only on conditions: " + ", ".join(leader["conditional_gates"]) + ".")
    economics = context.get("economics")
    if money and economics and economics.get("preferred"):
        best = economics["preferred"]
        same = "It also has" if best["id"] == leader["id"] else f"{best['name']} has"
        lines.append(f"{same} the best net present social value, {best['npsv_text']}.")
    return [{"kind": "text", "paragraphs": lines}]


def _short_list(context: Mapping[str, Any]) -> dict[str, Any]:
    rows = [[str(o["rank"]) if o["rank"] is not None else "–", o["name"], f"{o['shown']:.1f}",
             "Yes" if o["shortlisted"] else ("Fails a gate" if not o["eligible"] else "No")]
            for o in context["options"]]
    return _table("The options scored, in rank order (weighted score out of 100)",
                  ["Rank", "Option", "Score", "Shortlisted"], rows)


def _long_list(longlist: Mapping[str, Any]) -> list[dict[str, Any]]:
    rows = [[d["name"], c["name"], c["status_text"], c["reason"] or ""]
            for d in longlist["dimensions"] for c in d["choices"]]
    blocks = [_text(str(longlist["description"]))] if longlist["description"] else []
    return [*blocks, _table("The options framework: each choice and its status",
                            ["Dimension", "Choice", "Status", "Reason"], rows)]


def _sensitivity(context: Mapping[str, Any], sensitivity: Mapping[str, Any] | None) -> list[dict[str, Any]]:
    leader = context.get("leader")
    if leader is None or not sensitivity:
        return [_text("No option passes every gate, so there is no ranking to test.")] if leader is None else []
    lines = []
    view = context.get("sensitivity") or {}
    challenge = view.get("closest_challenge")
    if challenge:
        lines.append(f"The smallest change of weights that puts another option first moves "
                     f"{challenge['points']:.1f} percentage points of weight in all, to the benefit of "
                     f"{challenge['challenger_name']}.")
    mc = sensitivity.get("monte_carlo") or {}
    first = (mc.get("rank_acceptability") or {}).get(leader["id"], {}).get("1")
    if first is not None:
        lines.append(f"With the weights drawn at random ({mc['samples']:,} samples, seed {mc['seed']}), "
                     f"{leader['name']} ranks first in {first * 100:.0f}% of them.")
    return [{"kind": "text", "paragraphs": lines}] if lines else []


def _financial(economics: Mapping[str, Any], context: Mapping[str, Any], with_benefits: bool) -> list[dict[str, Any]]:
    unit = economics["unit"]
    leader = context.get("leader")
    rows = []
    for o in economics["costed"]:
        name = o["name"] + (" (preferred)" if leader is not None and o["id"] == leader["id"] else "")
        row = [name, _money(o["pv_capital"]), _money(o["pv_operating"]), _money(o["optimism_bias"]),
               _money(o["pvc"])]
        if with_benefits:
            row += [_money(o["pvb"]), _money(o["npsv"])]
        rows.append(row)
    headers = ["Option", "Capital", "Operating", "Optimism bias", "PVC"] + (["PVB", "NPSV"] if with_benefits else [])
    lines = []
    if leader is not None:
        own = next((o for o in economics["costed"] if o["id"] == leader["id"]), None)
        if own is not None:
            lines.append(f"The preferred option, {leader['name']}, costs {money_text(own['pvc'], unit)} in present "
                         f"value, {money_text(own['optimism_bias'] or 0.0, unit)} of it optimism bias"
                         + (f"; its net present social value is {money_text(own['npsv'], unit)}."
                            if with_benefits and own["npsv"] is not None else "."))
    blocks: list[dict[str, Any]] = [{"kind": "text", "paragraphs": lines}] if lines else []
    blocks.append(_table(f"Present values ({unit}): costs with optimism bias" + (", benefits" if with_benefits else ""),
                         headers, rows))
    blocks.append({"kind": "list", "items": [f"{a['label']}: {a['text']}" for a in economics["assumptions"]]})
    return blocks


def _money(x: float | None) -> str:
    return "–" if x is None else f"{x:,.2f}"
