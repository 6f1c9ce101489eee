"""A problem code's page (``adm-appraise explain CODE``): text for the terminal, Markdown, or JSON.

The documentation site builds its reference from :func:`markdown_page` (or :func:`pages`); the data
is adm_appraise/problem_docs.py, and the example's output is the one the tests last recorded.
"""

from __future__ import annotations

import json
import textwrap
from typing import Any

from adm_appraise.problem_docs import BASE_DESCRIPTIONS, BASES, DOCS, Change, Example, apply, outputs
from adm_appraise.problems import CODES, printable

WIDTH = 88


def page(code: str) -> dict[str, Any]:
    """Everything on ``code``'s page, as plain data (the JSON format)."""
    name, summary = CODES[code]
    doc = DOCS[code]
    data: dict[str, Any] = {"code": code, "name": name, "severity": "warning" if code.startswith("W") else "error",
                            "summary": summary, "explanation": doc.explanation, "example": None, "fix": doc.fix,
                            "accept": doc.accept.splitlines() if doc.accept else None}
    if doc.example is not None:
        recorded = outputs().get(code, {})
        data["example"] = {
            "base": doc.example.base, "base_description": BASE_DESCRIPTIONS[doc.example.base],
            "before": [f"adm-appraise {c}" for c in doc.example.before],
            "changes": [{"path": path, "kind": kind, "lines": lines} for path, kind, lines in changes(doc.example)],
            "env": dict(doc.example.env),
            "command": f"adm-appraise {doc.example.command}",
            "exit": recorded.get("exit"), "output": recorded.get("output", []),
        }
    return data


def changes(example: Example) -> list[tuple[str, str, list[str]]]:
    """Each change as (path, kind, lines): kind 'edit' (lines '-old' and '+new', whole lines), 'new' or
    'rewrite' (a file written whole, new or in place of the base's: its lines) or 'delete' (none)."""
    files = dict(BASES[example.base])
    shown: list[tuple[str, str, list[str]]] = []
    for change in example.changes:
        before = files.get(change.path)
        files = apply(files, (change,)) if before is not None or change.old is None else files
        if change.old is None:
            kind = "delete" if change.new is None else "new" if before is None else "rewrite"
            text = change.shown if change.shown is not None else (change.new or "")
            shown.append((change.path, kind, [printable(line) for line in text.splitlines()]))
        else:
            shown.append((change.path, "edit", _edit_lines(before or "", change)))
    return shown


def _edit_lines(text: str, change: Change) -> list[str]:
    """The whole lines ``change`` touches, before ('-') and after ('+')."""
    assert change.old is not None
    start = text.rfind("\n", 0, text.index(change.old)) + 1
    end = text.find("\n", text.index(change.old) + len(change.old))
    end = len(text) if end < 0 else end
    old = text[start:end]
    new = old.replace(change.old, change.shown if change.shown is not None else (change.new or ""))
    return [f"-{printable(line)}" for line in old.splitlines()] + [f"+{printable(line)}" for line in new.splitlines()]


def _wrap(text: str, indent: str = "  ") -> str:
    return textwrap.fill(text, WIDTH, initial_indent=indent, subsequent_indent=indent)


def text_page(code: str) -> str:
    """The page as the terminal shows it."""
    data = page(code)
    out = [f"{code} {data['name']} ({data['severity']})", _wrap(data["summary"]), "", "Why it matters",
           _wrap(data["explanation"]), "", "Example"]
    example = data["example"]
    if example is None:
        out.append(_wrap("No file of an appraisal can cause this on its own, so there is no example to run."))
    else:
        out.append(_wrap(f"Start from the '{example['base']}' example appraisal: {example['base_description']}."))
        out += [f"  $ {command}" for command in example["before"]]
        for path, kind, lines in ((c["path"], c["kind"], c["lines"]) for c in example["changes"]):
            heading = {"edit": f"In {path}:", "new": f"Write {path}:", "rewrite": f"Replace the whole of {path} by:",
                       "delete": f"Delete {path}."}[kind]
            out.append(f"  {heading}")
            out += [f"    {line}" for line in lines]
        env = " ".join(f"{k}={v}" for k, v in example["env"].items())
        out.append(f"  $ {env + ' ' if env else ''}{example['command']}")
        out += [f"  {line}" for line in example["output"]]
        out.append(f"  (exit {example['exit']})")
    out += ["", "Fix", _wrap(data["fix"])]
    if data["accept"]:
        out += ["", "Accepting it", _wrap("If the warning is weighed and the choice is deliberate, record why in "
                                          "criteria.yaml; validate then shows it as accepted:"),
                "    accepted:", *(f"      - {entry}" for entry in data["accept"])]
    return "\n".join(out) + "\n"


def markdown_page(code: str, level: int = 2) -> str:
    """The page in Markdown, its title a heading of ``level`` (for the documentation site)."""
    data = page(code)
    hashes = "#" * level
    out = [f"{hashes} {code} {data['name']}", "", f"*{data['severity'].capitalize()}: {data['summary']}.*", "",
           data["explanation"], "", f"{hashes}# Example", ""]
    example = data["example"]
    if example is None:
        out += ["No file of an appraisal can cause this on its own, so there is no example to run.", ""]
    else:
        out += [f"Start from the `{example['base']}` example appraisal: {example['base_description']}.", ""]
        if example["before"]:
            out += ["```console", *(f"$ {c}" for c in example["before"]), "```", ""]
        for change in example["changes"]:
            path, kind, lines = change["path"], change["kind"], change["lines"]
            if kind == "delete":
                out += [f"Delete `{path}`.", ""]
                continue
            lead = {"edit": f"In `{path}`:", "new": f"Write `{path}`:", "rewrite": f"Replace the whole of `{path}` by:"}
            out += [lead[kind], "",
                    "```diff" if kind == "edit" else f"```{_language(path)}", *lines, "```", ""]
        env = " ".join(f"{k}={v}" for k, v in example["env"].items())
        out += ["```console", f"$ {env + ' ' if env else ''}{example['command']}", *example["output"], "```", "",
                f"It exits with status {example['exit']}.", ""]
    out += [f"{hashes}# Fix", "", data["fix"], ""]
    if data["accept"]:
        out += [f"{hashes}# Accepting it", "",
                "If the warning is weighed and the choice is deliberate, record why in `criteria.yaml`; "
                "`validate` then shows it as accepted:", "", "```yaml", "accepted:",
                *(f"  - {entry}" for entry in data["accept"]), "```", ""]
    return "\n".join(out)


def _language(path: str) -> str:
    """The Markdown fence's language for a file written whole (Pygments has no CSV lexer: text)."""
    return {"yaml": "yaml", "yml": "yaml"}.get(path.rpartition(".")[2], "text")


def pages(fmt: str = "markdown") -> dict[str, str]:
    """Every code's page, by code in registry order: Markdown (level-2 titles), text or JSON."""
    render = {"markdown": markdown_page, "text": text_page, "json": json_page}[fmt]
    return {code: render(code) for code in CODES}


def json_page(code: str) -> str:
    return json.dumps(page(code), indent=2, ensure_ascii=False) + "\n"
