"""A sheet merged into an existing appraisal (``adm-appraise import`` into a folder that holds one).

Only what a sheet can say changes: scores and measured values (and their low/high ranges),
rationales and evidence (when the sheet carries them: a rationale or evidence column, or
comments on its cells), direct weights and gate results. The sheet is compared with what the
appraisal *means* (the loaded model: a panel's aggregate, a weighting record's effective
weights), with a tolerance for numbers, so an unchanged workbook changes nothing; a real edit
is written into the option file or criteria.yaml by ``files.edit``, which keeps every other
byte. Options are matched by id, else by name; an option the appraisal lacks becomes a new
option file; the criteria and gates must be the same on both sides (E912). A weight that
comes from a ``weighting:`` record is refused (E913): the record is where it is edited.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from adm_appraise.files.edit import YamlEdit, human
from adm_appraise.files.table import Imported
from adm_appraise.model import Appraisal, Option
from adm_appraise.problems import CellLocation, Problem

TOLERANCE = 1e-9  # a score or value differing by less is the same number
WEIGHT_TOLERANCE = 1e-6  # normalised weights: 25.64102564102564 shown as 25.6% is not an edit


@dataclass
class Merge:
    """What merging a sheet does: the new text of each file that changes, new option files, notes."""

    changed: dict[Path, str] = field(default_factory=dict)  # existing file -> its new text
    added: dict[Path, str] = field(default_factory=dict)  # new option file -> its text
    notes: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def read_text(path: Path) -> str:
    """A file's text exactly (no newline translation), so that an edit keeps its line ends."""
    return path.read_bytes().decode("utf-8")


def merge(imported: Imported, appraisal: Appraisal, source: str, new_files: dict[str, str],
          weight_cells: dict[str, CellLocation] | None = None) -> Merge:
    """Plan the merge. ``new_files`` are the files a fresh import would write ({'options/x.yaml': text}),
    from which a new option's file is taken; ``weight_cells`` point at the Weights sheet of an exported
    workbook (the cells a reader edits) rather than the Scores sheet's links to them."""
    out = Merge()
    criteria = _match_items(imported.criteria, list(appraisal.criteria), imported, "criterion", source, out)
    gates = _match_items(imported.gates, list(appraisal.gates), imported, "gate", source, out)
    if out.problems:
        return out
    crit_file = appraisal.criteria_path
    crit_edit = YamlEdit(read_text(crit_file))
    _weights(imported, appraisal, criteria, crit_edit, weight_cells or {}, source, out)
    if crit_edit.changed:
        out.changed[crit_file] = crit_edit.text
    seen: set[str] = set()
    ids = {o.id: o for o in appraisal.options}
    names: dict[str, list[Option]] = {}
    for o in appraisal.options:
        names.setdefault(o.name.casefold(), []).append(o)
    for document in imported.options:
        option = _match_option(document, ids, names, seen)
        if option is None:
            relative = f"options/{document['id']}.yaml"
            target = crit_file.parent / relative
            if target.exists():
                where = imported.cells.get(f"option:{document['id']}", CellLocation(source))
                out.problems.append(Problem(where, "E909", f"a new option, but {target} exists already (with "
                                                           "another id): give the row the id of that file"))
                continue
            out.added[target] = _renamed(new_files[relative], criteria, gates)
            continue
        seen.add(option.id)
        edit = YamlEdit(read_text(option.path))
        _option(document, option, appraisal, criteria, gates, imported.carried, edit)
        if edit.changed:
            out.changed[option.path] = edit.text
    for option in appraisal.options:
        if option.id not in seen:
            why = "sifted out unscored, so not exported" if option.unscored else f"not in {source}"
            out.notes.append(f"kept {option.path}: option '{option.id}' is {why}")
    return out


# --- criteria and gates -----------------------------------------------------------------------------


def _match_items(sheet: list[dict[str, Any]], ours: list[Any], imported: Imported, kind: str, source: str,
                 out: Merge) -> dict[str, str]:
    """Sheet id -> appraisal id, by id else by name; every mismatch an E912."""
    by_id = {x.id: x.id for x in ours}
    by_name = {x.name.casefold(): x.id for x in ours}
    matched: dict[str, str] = {}
    for spec in sheet:
        found = by_id.get(spec["id"]) or by_name.get(str(spec["name"]).casefold())
        if found is None or found in matched.values():
            where = imported.cells.get(f"{kind}:{spec['id']}", CellLocation(source))
            out.problems.append(Problem(where, "E912", f"the {kind} '{spec['name']}' ({spec['id']}) is not in "
                                                       "criteria.yaml: add it there first, or import with --force "
                                                       "to replace the appraisal"))
            continue
        matched[spec["id"]] = found
    for x in ours:
        if x.id not in matched.values():
            out.problems.append(Problem(CellLocation(source), "E912", f"the {kind} '{x.id}' of criteria.yaml is not "
                                                                      "in the sheet: remove it from criteria.yaml "
                                                                      "first, or import with --force"))
    return matched


def _weights(imported: Imported, appraisal: Appraisal, criteria: dict[str, str], edit: YamlEdit,
             weight_cells: dict[str, CellLocation], source: str, out: Merge) -> None:
    if not any(f"weight:{spec['id']}" in imported.cells for spec in imported.criteria):
        return  # no weights row: the sheet says nothing about weights
    sheet = {criteria[spec["id"]]: float(spec["weight"]) for spec in imported.criteria}
    ours = {c.id: float(c.weight) for c in appraisal.criteria}
    total_sheet, total_ours = sum(sheet.values()), sum(ours.values())
    if all(abs(sheet[k] / total_sheet - ours[k] / total_ours) <= WEIGHT_TOLERANCE for k in ours):
        return
    same_scale = any(abs(sheet[k] - ours[k]) <= WEIGHT_TOLERANCE * total_ours for k in ours)
    factor = 1.0 if same_scale else total_ours / total_sheet
    edited = [k for k in ours if abs(factor * sheet[k] - ours[k]) > WEIGHT_TOLERANCE * total_ours]
    back = {v: k for k, v in criteria.items()}
    record = appraisal.weighting
    if record is not None and (record.derived or record.groups):
        for cid in edited:
            where = weight_cells.get(cid) or imported.cells.get(f"weight:{back[cid]}", CellLocation(source))
            out.problems.append(Problem(where, "E913", f"the weight of '{cid}' comes from the {record.method} "
                                                       "weighting record in criteria.yaml; edit the record there, "
                                                       "not the workbook"))
        return
    if abs(total_ours - 100) <= WEIGHT_TOLERANCE * 100:  # percentages: they stay percentages
        wanted = _percentages({k: sheet[k] / total_sheet for k in ours})
    else:
        wanted = {k: factor * sheet[k] for k in edited}
    listed = edit.get(("criteria",), [])
    for cid, weight in wanted.items():
        if abs(weight - ours[cid]) <= WEIGHT_TOLERANCE * total_ours:
            continue
        index = next(i for i, c in enumerate(listed) if isinstance(c, dict) and c.get("id") == cid)
        edit.set(("criteria", index, "weight"), human(weight))


def _percentages(shares: dict[str, float]) -> dict[str, float]:
    """Shares as percentages to two decimals that add up to 100 exactly (largest remainders rounded up)."""
    hundredths = {k: 10000 * v for k, v in shares.items()}
    whole = {k: int(v) for k, v in hundredths.items()}
    short = 10000 - sum(whole.values())
    for k in sorted(hundredths, key=lambda k: whole[k] - hundredths[k])[:short]:
        whole[k] += 1
    return {k: v / 100 for k, v in whole.items()}


# --- options --------------------------------------------------------------------------------------


def _match_option(document: dict[str, Any], ids: dict[str, Option], names: dict[str, list[Option]],
                  seen: set[str]) -> Option | None:
    option = ids.get(document["id"])
    if option is not None and option.id not in seen:
        return option
    return next((o for o in names.get(str(document["name"]).casefold(), []) if o.id not in seen), None)


def _renamed(text: str, criteria: dict[str, str], gates: dict[str, str]) -> str:
    """A new option's file with the appraisal's criterion and gate ids (the sheet may name them otherwise)."""
    if all(k == v for k, v in (*criteria.items(), *gates.items())):
        return text
    edit = YamlEdit(text)
    for block, ids in (("scores", criteria), ("gates", gates)):
        values = edit.get((block,))
        if isinstance(values, dict):
            edit.set((block,), {ids.get(k, k): v for k, v in values.items()})
    return edit.text


def _same_text(a: str | None, b: str | None) -> bool:
    return " ".join((a or "").split()) == " ".join((b or "").split())


def _option(document: dict[str, Any], option: Option, appraisal: Appraisal, criteria: dict[str, str],
            gates: dict[str, str], carried: dict[str, frozenset[str]], edit: YamlEdit) -> None:
    for sheet_id, entry in (document.get("scores") or {}).items():
        cid = criteria[sheet_id]
        measure = appraisal.criterion(cid).is_measure
        _score(entry, option.scores.get(cid), ("scores", cid), "value" if measure else "score",
               carried.get(sheet_id, frozenset()), edit)
    for sheet_id, entry in (document.get("gates") or {}).items():
        gid = gates[sheet_id]
        _gate(entry, option.gates.get(gid), ("gates", gid), carried.get(sheet_id, frozenset()), edit)


def _score(entry: Any, now: Any, path: tuple[str, ...], keyword: str, carried: frozenset[str],
           edit: YamlEdit) -> None:
    given = entry if isinstance(entry, dict) else {keyword: entry}
    point = float(given[keyword])
    wanted: dict[str, Any] = {}
    if now is None or now.point is None or abs(now.point - point) > TOLERANCE:
        wanted[keyword] = human(point)
    for bound in ("low", "high"):
        if bound in carried:
            new, old = given.get(bound), getattr(now, bound, None)
            if (new is None) != (old is None) or (new is not None and abs(new - old) > TOLERANCE):
                wanted[bound] = None if new is None else human(new)
    if "rationale" in carried and not _same_text(given.get("rationale"), getattr(now, "rationale", None)):
        wanted["rationale"] = given.get("rationale")
    if "evidence" in carried:
        old_evidence = [" ".join(e.split()) for e in getattr(now, "evidence", ())]
        if [" ".join(e.split()) for e in given.get("evidence", [])] != old_evidence:
            wanted["evidence"] = given.get("evidence") or None
    if not wanted:
        return
    current = edit.get(path)
    if not isinstance(current, dict):
        if set(wanted) == {keyword}:
            edit.set(path, wanted[keyword])
            return
        # the short form 'tax_vat: 3' (or no entry, a panel's aggregate) becomes a mapping
        base: dict[str, Any] = {} if current is None else {keyword: current}
        if current is None and now is not None and now.point is not None:
            base[keyword] = human(now.point)
        merged = {**base, **{k: v for k, v in wanted.items() if v is not None}}
        edit.set(path, merged)
        return
    _set_keys(edit, path, wanted)


def _set_keys(edit: YamlEdit, path: tuple[str, ...], wanted: dict[str, Any]) -> None:
    """Each wanted key of the mapping at ``path`` set, or deleted where its value is None."""
    for key, value in wanted.items():
        if value is None:
            edit.delete((*path, key))
        else:
            edit.set((*path, key), value)


def _gate(entry: Any, now: Any, path: tuple[str, ...], carried: frozenset[str], edit: YamlEdit) -> None:
    given = entry if isinstance(entry, dict) else {"result": entry}
    wanted: dict[str, Any] = {}
    if now is None or now.result != given["result"]:
        wanted["result"] = given["result"]
    if "rationale" in carried and not _same_text(given.get("rationale"), getattr(now, "rationale", None)):
        wanted["rationale"] = given.get("rationale")
    if not wanted:
        return
    current = edit.get(path)
    if not isinstance(current, dict):
        if set(wanted) == {"result"}:
            edit.set(path, wanted["result"])
            return
        result = wanted.get("result", current)
        edit.set(path, {"result": result, "rationale": wanted["rationale"]} if wanted.get("rationale") else result)
        return
    _set_keys(edit, path, wanted)
