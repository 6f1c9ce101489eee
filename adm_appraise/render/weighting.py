"""The weights and how they were set: the ``weights`` command's formats and the report's context.

Both start from :func:`adm_appraise.analysis.weighting.describe`'s plain data. Text from the
files is escaped as in :mod:`adm_appraise.render.score`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from tabulate import tabulate

from adm_appraise.render.columns import DEFAULT_WIDTH, terminal_table, wrap_lines
from adm_appraise.render.text import json_text, markdown_text, terminal_text

METHOD_NAMES = {
    "direct": "weights stated directly",
    "swing": "swing weighting",
    "rank": "rank order",
    "pairwise": "pairwise comparison (Saaty)",
    "macbeth": "MACBETH (qualitative judgements of difference)",
}
BY_GROUP_OPTIONS = 10  # the report's scores-by-group table: this many best-ranked options at most
FORMULA_NAMES = {"centroid": "rank-order centroid", "rank_sum": "rank sum", "reciprocal": "reciprocal of rank"}


def render_weights(data: Mapping[str, Any], fmt: str, width: int | None = DEFAULT_WIDTH) -> str:
    """See ``_render_weights``; a terminal's text (``fmt`` 'table') has its running text wrapped
    to ``width`` too."""
    text = _render_weights(data, fmt, width)
    return wrap_lines(text, width) if fmt == "table" else text


def _render_weights(data: Mapping[str, Any], fmt: str, width: int | None = DEFAULT_WIDTH) -> str:
    """The ``weights`` command's output: table, markdown or json; a table fits ``width``."""
    if fmt == "json":
        return json_text(data)
    markdown = fmt == "markdown"
    escape = markdown_text if markdown else terminal_text
    tablefmt = "pipe" if markdown else "simple"

    def table(headers: list[str], rows: list[list[str]]) -> str:
        if not markdown:
            return terminal_table(headers, rows, width)
        return tabulate(rows, headers, tablefmt=tablefmt, disable_numparse=True)

    def heading(text: str) -> list[str]:
        return [f"### {text}" if markdown else text, ""]

    title = escape(data["title"])
    lines = [f"## {title}" if markdown else title, ""]
    lines += [*_record(data, escape), ""]
    lines += heading("Weights")
    lines += [table(*_criteria_rows(data, escape)), ""]
    names = {g["id"]: g["name"] for g in data["groups"]}
    if data.get("depth", 0) > 1:
        lines += heading("Value tree")
        lines += [table(*tree_rows(data["tree"], escape)), ""]
    for level in data["levels"]:
        where = ("Judgements" if len(data["levels"]) == 1 else "Top level") if level["group"] is None \
            else f"Group {escape(level['label'])}"
        if level["parent"] is not None:
            where += f" (in {escape(names[level['parent']])})"
        lines += heading(f"{where}: {METHOD_NAMES[level['method']]}")
        lines += [table(*_level_rows(level, escape)), ""]
        lines += [f"Order: {order_text(level['order'], escape)}", ""]
        if level["judges"]:
            lines += [judges_text(level, _names(level), escape), ""]
            lines += [table(*judges_rows(level, _names(level), escape)), ""]
        if level["consistency"]:
            lines += [consistency_text(level["consistency"], _names(level), escape), ""]
        if level["method"] == "macbeth":
            lines += [MACBETH_TEXT, ""]
            lines += [table(*macbeth_rows(level["judgements"]["macbeth"], escape)), ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def _record(data: Mapping[str, Any], escape: Callable[[str], str]) -> list[str]:
    if not data["recorded"]:
        return ["Weights are stated directly in criteria.yaml; no weighting record (method, participants, "
                "date) is given."]
    lines = [f"How the weights were set: {METHOD_NAMES[data['method']]}"]
    if data["participants"]:
        lines.append("Agreed by: " + "; ".join(escape(p) for p in data["participants"]))
    if data["date"]:
        lines.append(f"Date: {escape(data['date'])}")
    if data["rationale"]:
        lines.append(f"Rationale: {escape(data['rationale'])}")
    return lines


def _criteria_rows(data: Mapping[str, Any], escape: Callable[[str], str]) -> tuple[list[str], list[list[str]]]:
    groups = {g["id"]: g for g in data["groups"]}
    if not groups:
        return ["Criterion", "Weight"], [[escape(c["name"]), pct(c["weight"])] for c in data["criteria"]]
    rows = []
    for c in data["criteria"]:
        group = groups.get(c["group"])
        rows.append([escape(c["name"]), escape(group["name"]) if group else "-",
                     pct(group["weight"]) if group else "-", pct(c["within"]) if group else "-", pct(c["weight"])])
    return ["Criterion", "Group", "Group weight", "Within group", "Weight"], rows


def tree_rows(tree: Sequence[Mapping[str, Any]], escape: Callable[[str], str],
              indent: str = "· ") -> tuple[list[str], list[list[str]]]:
    """The value tree a row a node, depth first, each indented under its group: its weight within
    its parent's level and overall."""
    rows: list[list[str]] = []

    def visit(nodes: Sequence[Mapping[str, Any]]) -> None:
        for node in nodes:
            name = escape(node["name"])
            rows.append([indent * node["depth"] + (name if node["kind"] == "criterion" else f"{name} (group)"),
                         pct(node["within"]), pct(node["weight"])])
            visit(node.get("children", []))

    visit(tree)
    return ["Node", "Within parent", "Weight"], rows


def _names(level: Mapping[str, Any]) -> dict[str, str]:
    return {i["id"]: i["name"] for i in level["items"]}


def _level_rows(level: Mapping[str, Any], escape: Callable[[str], str]) -> tuple[list[str], list[list[str]]]:
    method = level["method"]
    judgements = level["judgements"]

    def judged(i: str) -> str:
        if method == "macbeth":
            return f"{judgements['macbeth']['scale'][i]:.1f}"
        if method == "swing":
            return f"{judgements['swings'][i]:g}"
        if method == "rank":
            return _rank(level["order"], i)
        if method == "pairwise":
            return f"{level['weights'][i]:.3f}"
        return f"{judgements['stated'][i]:g}" if i in judgements["stated"] else "-"

    column = {"swing": "Swing", "rank": "Rank", "pairwise": "Eigenvector", "direct": "Stated",
              "macbeth": "MACBETH scale"}[method]
    headers = ["Item", column, "Weight", *(["Weight may move within"] if method == "macbeth" else []),
               *(FORMULA_NAMES[f].capitalize() for f in level["alternatives"])]
    rows = [[escape(item["name"]), judged(item["id"]), pct(level["weights"][item["id"]]),
             *([interval_text(judgements["macbeth"]["intervals"].get(item["id"]))] if method == "macbeth" else []),
             *(pct(alt[item["id"]]) for alt in level["alternatives"].values())]
            for item in level["items"]]
    return headers, rows


MACBETH_TEXT = ("MACBETH judgement matrix: the difference in attractiveness between the swing of the row's item "
                "and the swing of the column's (no swing: every criterion at its worst). The scale solves the "
                "MACBETH linear programme (Bana e Costa, De Corte and Vansnick 2005); each weight may move within its "
                "interval, the others in proportion, and the judgements stay consistent.")


def macbeth_rows(data: Mapping[str, Any], escape: Callable[[str], str]) -> tuple[list[str], list[list[str]]]:
    """The MACBETH judgement matrix: a row and a column an item, no swing last; the category
    where the row was judged over the column, '-' elsewhere."""
    names = [escape(i["name"]) for i in data["items"]]
    rows = [[names[r], *(cell or "-" for cell in row)]
            for r, row in enumerate(data["matrix"])]
    return ["", *names], rows


def interval_text(interval: Sequence[float] | None) -> str:
    if interval is None:
        return "-"
    return f"{interval[0]:.1%} to {interval[1]:.1%}"


def _rank(order: Sequence[Sequence[str]], item: str) -> str:
    position = 1
    for place in order:
        if item in place:
            return f"{position}=" if len(place) > 1 else str(position)
        position += len(place)
    return "-"


def order_text(order: Sequence[Sequence[str]], escape: Callable[[str], str]) -> str:
    return " > ".join(" = ".join(escape(i) for i in place) for place in order)


def consistency_text(c: Mapping[str, Any], names: Mapping[str, str], escape: Callable[[str], str]) -> str:
    text = ""
    if c["judged"] < c["pairs"]:
        text = (f"{c['judged']} of the {c['pairs']} pairs judged; the weights are the principal eigenvector of "
                "Harker's matrix, which stands for each missing judgement the ratio the weights imply "
                "(Harker 1987). ")
    text += (f"Consistency: lambda_max {c['lambda_max']:.3f}, CI {c['ci']:.3f}, RI {c['ri']:.2f}, "
             f"CR {c['cr']:.3f}")
    if c["acceptable"]:
        return text + " (at most 0.10: acceptable)."
    worst = c["worst"]
    return (text + " (above 0.10: revisit the judgements). Most inconsistent: "
            f"{escape(names.get(worst['first'], worst['first']))} over "
            f"{escape(names.get(worst['second'], worst['second']))} judged {ratio_text(worst['ratio'])}, "
            f"where the weights imply {worst['consistent']:.2f}.")


def judges_text(level: Mapping[str, Any], names: Mapping[str, str], escape: Callable[[str], str]) -> str:
    """A group's pairwise judgements in a sentence: who judged and how they are combined."""
    judges = level["judges"]
    partial = [escape(j["name"]) for j in judges
               if len(j["comparisons"]) < len(level["judgements"]["comparisons"])]
    left = f" {'; '.join(partial)} left some pairs out." if partial else ""
    return (f"Judged by {len(judges)} participants: each pair's judgement is the geometric mean of the "
            f"judgements of those who made it (Aczél & Saaty 1983); each one's consistency ratio is over "
            f"the items they compared.{left}")


def judges_rows(level: Mapping[str, Any], names: Mapping[str, str],
                escape: Callable[[str], str]) -> tuple[list[str], list[list[str]]]:
    """A group's pairwise judgements side by side: a row a pair ("a over b", a before b in the
    level's order), a column a participant ("-" where they left the pair out), then the group's
    geometric mean; the last row each one's consistency ratio."""
    judges = level["judges"]
    own = [{frozenset((c["first"], c["second"])): c for c in j["comparisons"]} for j in judges]

    def cell(table: Mapping[frozenset[str], Mapping[str, Any]], first: str, second: str) -> str:
        c = table.get(frozenset((first, second)))
        if c is None:
            return "-"
        return ratio_text(c["ratio"] if c["first"] == first else 1 / c["ratio"])

    index = {item["id"]: i for i, item in enumerate(level["items"])}
    pairs = sorted((tuple(sorted((j["first"], j["second"]), key=index.__getitem__)) for j in
                    level["judgements"]["comparisons"]), key=lambda p: (index[p[0]], index[p[1]]))
    group = {frozenset((j["first"], j["second"])): j for j in level["judgements"]["comparisons"]}
    rows = [[f"{escape(names.get(a, a))} over {escape(names.get(b, b))}",
             *(cell(t, a, b) for t in own), cell(group, a, b)]
            for a, b in pairs]
    crs = ["-" if j["consistency"] is None else f"{j['consistency']['cr']:.3f}" for j in judges]
    group = level["consistency"]
    rows.append(["Consistency ratio", *crs, "-" if group is None else f"{group['cr']:.3f}"])
    return ["Judgement", *(escape(j["name"]) for j in judges), "Group (geometric mean)"], rows


def ratio_text(ratio: float) -> str:
    if ratio < 1 and abs(1 / ratio - round(1 / ratio)) < 1e-9:
        return f"1/{round(1 / ratio)}"
    if abs(ratio - round(ratio)) < 1e-9:
        return f"{round(ratio)}"
    return f"{ratio:.2f}"


def pct(x: float | None) -> str:
    return "-" if x is None else f"{x:.1%}"


def weighting_context(appraisal: Any, result: Any = None) -> dict[str, Any] | None:
    """The report's ``weighting`` key: None unless criteria.yaml has a weighting record.

    Plain data: the method and who agreed the weights when; each level of the value tree
    with its judgements, weights and the other rank formulas' weights; the consistency of
    pairwise judgements in words; and the tree itself (groups, their criteria, weights).
    """
    from adm_appraise.analysis.weighting import describe

    if appraisal.weighting is None:
        return None
    data = describe(appraisal)
    plain: Callable[[str], str] = str
    levels = []
    for level in data["levels"]:
        headers, rows = _level_rows(level, plain)
        names = _names(level)
        levels.append({
            "group": level["group"],
            "title": ("The criteria" if len(data["levels"]) == 1 else "The groups")
            if level["group"] is None else level["label"],
            "method": METHOD_NAMES[level["method"]],
            "formula": FORMULA_NAMES.get(level["judgements"].get("formula", "")),
            "headers": headers,
            "rows": rows,
            "order": "; then ".join(_and([names.get(i, i) for i in place]) + (" (tied)" if len(place) > 1 else "")
                                    for place in level["order"]),
            "comparisons": [
                {"first": names.get(j["first"], j["first"]), "second": names.get(j["second"], j["second"]),
                 "ratio": ratio_text(j["ratio"])}
                for j in level["judgements"].get("comparisons", [])
            ],
            "consistency": None if level["consistency"] is None else {
                **level["consistency"], "text": consistency_text(level["consistency"], names, plain),
            },
            "judges": judges_text(level, names, plain) if level["judges"] else None,
            "judges_table": dict(zip(("headers", "rows"), judges_rows(level, names, plain), strict=True))
            if level["judges"] else None,
            "macbeth": {"text": MACBETH_TEXT, **dict(zip(("headers", "rows"), macbeth_rows(
                level["judgements"]["macbeth"], plain), strict=True))} if level["method"] == "macbeth" else None,
        })
    def node(n: Mapping[str, Any]) -> dict[str, Any]:
        out = {"name": n["name"], "kind": n["kind"], "depth": n["depth"], "within": n["within"], "weight": n["weight"]}
        if n["kind"] == "group":
            out["criteria"] = [node(child) for child in n["children"]]  # its items: criteria and sub-groups
        return out

    tree = [node(n) for n in data["tree"] if n["kind"] == "group"]
    flat: list[dict[str, Any]] = []

    def flatten(nodes: Sequence[Mapping[str, Any]]) -> None:
        for n in nodes:
            flat.append({k: v for k, v in n.items() if k != "criteria"})
            flatten(n.get("criteria", []))

    flatten(tree)
    ungrouped = [{"name": n["name"], "weight": n["weight"]} for n in data["tree"] if n["kind"] == "criterion"]
    return {
        "method": METHOD_NAMES[data["method"]],
        "participants": data["participants"],
        "date": data["date"],
        "rationale": data["rationale"],
        "levels": levels,
        "tree": tree,
        "tree_flat": flat,  # the groups' nodes depth first, for a nested list in Markdown
        "ungrouped": ungrouped if tree else [],
        "groups": len(data["groups"]),
        "depth": data["depth"],
        "by_group": _by_group(result) if result is not None and tree else None,
    }


def _and(names: Sequence[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _by_group(result: Any) -> dict[str, Any]:
    """The report's table of each option's score split by group (``score --by-group``): a row a
    node, sub-groups marked with a dot a level, a column an eligible option in rank order (the
    best-ranked BY_GROUP_OPTIONS: the decision matrix lists them all)."""
    from adm_appraise.render.numbers import figure
    from adm_appraise.render.score import group_contributions

    data = group_contributions(result)
    options = [o for o in data["options"] if o["rank"] is not None][:BY_GROUP_OPTIONS]
    rows = [["· " * n["depth"] + n["name"] + (" (group)" if n["kind"] == "group" else ""),
             *(figure(n["contributions"][o["id"]], 1) for o in options)] for n in data["nodes"]]
    rows.append(["Score", *(figure(o["score"], 1) for o in options)])
    return {"headers": ["Group", *(o["name"] for o in options)], "rows": rows}
