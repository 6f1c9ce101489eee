"""Editing one value of a YAML file and keeping every other byte (``import`` merging a sheet, later ``serve``).

``YamlEdit`` holds a file's text. ``set(path, value)`` puts a scalar, a list of scalars or a
mapping of scalars at ``path`` (mapping keys and list indexes from the top), ``delete(path)``
removes a key. ruamel.yaml's round-trip composer gives each node's place in the text, so an
edit replaces just the characters of the value (or inserts a line beside its siblings, or
removes the lines of a key), in the style the file already uses: a plain number stays plain,
a double-quoted text stays quoted, a folded ``>-`` text stays folded. Comments, key order,
quoting, flow style and blank lines elsewhere are untouched. After every edit the file is
read again and compared with what was meant; in the rare layout a splice cannot handle (a
flow mapping gaining a key, say) the file is loaded and dumped by ruamel.yaml's round trip,
which keeps comments and order though perhaps not every space.

Numbers are written as a person types them: 4, 3.5, 12.25, never 3.5000000001.
"""

from __future__ import annotations

import io
import json
import re
import textwrap
from collections.abc import Sequence
from typing import Any

import yaml

Path_ = tuple[str | int, ...]
Scalar = str | int | float | bool | None
_PLAIN = re.compile(r"^[A-Za-z][A-Za-z0-9 ,.;'()/&£%+\-]*[A-Za-z0-9.)%]$|^[A-Za-z]$")
_RESERVED = {"yes", "no", "true", "false", "on", "off", "null", "y", "n", "~"}
WIDTH = 100  # a folded text's lines wrap before this column


def human(x: float) -> int | float:
    """A number as a person writes it: 4 for 4.0, 3.5 for 3.5000000000001, 33.333333 for 100/3."""
    rounded = float(f"{x:.9g}")
    return int(rounded) if rounded.is_integer() and abs(rounded) < 2**53 else rounded


def lookup(data: Any, path: Path_, default: Any = None) -> Any:
    """The value at ``path`` (keys and indices) in parsed YAML ``data``; ``default`` where there is none."""
    here = data
    for key in path:
        try:
            here = here[key]
        except (KeyError, IndexError, TypeError):
            return default
    return here


class YamlEdit:
    """The text of one YAML file, edited value by value."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.original = text

    @property
    def changed(self) -> bool:
        return self.text != self.original

    # --- reading --------------------------------------------------------------------------------

    def data(self) -> Any:
        return yaml.safe_load(self.text)

    def get(self, path: Path_, default: Any = None) -> Any:
        return lookup(self.data(), path, default)

    # --- editing --------------------------------------------------------------------------------

    def set(self, path: Path_, value: Any) -> None:
        """Put ``value`` (a scalar, a list of scalars, a mapping of scalars) at ``path``."""
        if isinstance(value, float):
            value = human(value)
        current = self.get(path, _MISSING)
        if current == value:
            return
        if isinstance(value, dict) and isinstance(current, dict):
            for key, item in value.items():
                self.set((*path, key), item)
            for key in [k for k in current if k not in value]:
                self.delete((*path, key))
            return
        expected = self._expected(path, value)
        spliced = self._splice(path, value)
        if spliced is not None and _safe_load(spliced) == expected:
            self.text = spliced
            return
        self.text = _round_trip(self.text, path, value, delete=False)

    def delete(self, path: Path_) -> None:
        if self.get(path[:-1], {}) is None or path[-1] not in (self.get(path[:-1], {}) or {}):
            return
        expected = self._expected(path, _MISSING)
        spliced = self._remove(path)
        if spliced is not None and _safe_load(spliced) == expected:
            self.text = spliced
            return
        self.text = _round_trip(self.text, path, None, delete=True)

    def _expected(self, path: Path_, value: Any) -> Any:
        data = self.data()
        here = data
        for key in path[:-1]:
            here = here[key]
        if value is _MISSING:
            del here[path[-1]]
        else:
            here[path[-1]] = value
        return data

    # --- splicing -------------------------------------------------------------------------------

    def _nodes(self, path: Path_) -> list[tuple[Any, Any]]:
        """(key node, value node) along ``path``; the last pair's value node is None when the key is absent."""
        node = _compose(self.text)
        pairs: list[tuple[Any, Any]] = []
        for key in path:
            if node is None:
                return []
            if isinstance(key, int):
                if node.id != "sequence" or key >= len(node.value):
                    return []
                pairs.append((None, node.value[key]))
                node = node.value[key]
                continue
            if node.id != "mapping":
                return []
            found = next(((k, v) for k, v in node.value if k.id == "scalar" and k.value == key), None)
            if found is None:
                pairs.append((node, None))  # the mapping that lacks the key
                node = None
                continue
            pairs.append(found)
            node = found[1]
        return pairs

    def _splice(self, path: Path_, value: Any) -> str | None:
        pairs = self._nodes(path)
        if len(pairs) != len(path):
            return None
        key_node, value_node = pairs[-1]
        if value_node is None:  # a new key in the mapping key_node
            return self._insert(key_node, str(path[-1]), value)
        if isinstance(value, dict):
            if value_node.id == "mapping" or key_node is None:
                return None  # a mapping's keys are set one by one by the caller
            return self._to_mapping(key_node, value_node, value)
        start, end = value_node.start_mark.index, value_node.end_mark.index
        old = self.text[start:end]
        trailing = old[len(old.rstrip()):]
        column = _column(self.text, key_node.start_mark.index) if key_node is not None else value_node.start_mark.column
        if isinstance(value, list):
            if value_node.id != "sequence":
                return None
            if value_node.flow_style:
                return self.text[:start] + _flow_list(value) + trailing + self.text[end:]
            if not value:
                return None
            indent = int(value_node.start_mark.column)
            body = ("\n" + " " * indent).join("- " + _scalar(v, '"', indent + 2) for v in value)
            return self.text[:start] + body + trailing + self.text[end:]
        if value_node.id != "scalar":
            return None
        style: str | None = value_node.style
        return self.text[:start] + _scalar(value, style, column + 2) + trailing + self.text[end:]

    def _insert(self, mapping: Any, key: str, value: Any) -> str | None:
        if mapping.flow_style or not mapping.value:
            return None
        first_key = mapping.value[0][0]
        indent = first_key.start_mark.column
        end, prefix = self._line_after(mapping.value[-1][1].end_mark.index)
        return self.text[:end] + prefix + _entry(key, value, indent) + "\n" + self.text[end:]

    def _line_after(self, end: int) -> tuple[int, str]:
        """Where the line after a value starts (a block value's span runs on over blank lines to the next
        token: those stay after it), and the line break to add when the value ends the file without one."""
        end = len(self.text[:end].rstrip())
        line_end = self.text.find("\n", end)
        return (len(self.text), "\n") if line_end < 0 else (line_end + 1, "")

    def _to_mapping(self, key_node: Any, value_node: Any, value: dict[str, Any]) -> str | None:
        """``tax_vat: 3`` becomes ``tax_vat:`` and an indented mapping (a score gaining a rationale)."""
        key_end = key_node.end_mark.index
        colon = self.text.find(":", key_end)
        if colon < 0 or self.text[key_end:colon].strip() or value_node.start_mark.line != key_node.start_mark.line:
            return None
        indent = _column(self.text, key_node.start_mark.index) + 2
        body = "".join("\n" + _entry(k, v, indent) for k, v in value.items())
        old = self.text[value_node.start_mark.index:value_node.end_mark.index]
        trailing = old[len(old.rstrip()):]
        return self.text[:colon + 1] + body + trailing + self.text[value_node.end_mark.index:]

    def _remove(self, path: Path_) -> str | None:
        pairs = self._nodes(path)
        if len(pairs) != len(path) or pairs[-1][1] is None or pairs[-1][0] is None:
            return None
        key_node, value_node = pairs[-1]
        start = key_node.start_mark.index
        line_start = self.text.rfind("\n", 0, start) + 1
        if self.text[line_start:start].strip():
            return None  # not the first thing on its line (a flow mapping, or '- key:')
        end, _ = self._line_after(value_node.end_mark.index)
        return self.text[:line_start] + self.text[end:]


class _Missing:
    pass


_MISSING: Any = _Missing()


def _column(text: str, index: int) -> int:
    return index - (text.rfind("\n", 0, index) + 1)


def _compose(text: str) -> Any:
    from ruamel.yaml import YAML

    return YAML(typ="rt").compose(io.StringIO(text))


def _safe_load(text: str) -> Any:
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError:
        return _MISSING


def _entry(key: str, value: Any, indent: int) -> str:
    pad = " " * indent
    if isinstance(value, list):
        if not value:
            return f"{pad}{key}: []"
        return f"{pad}{key}:" + "".join(f"\n{pad}  - " + _scalar(v, '"', indent + 4) for v in value)
    if isinstance(value, dict):
        return f"{pad}{key}:" + "".join("\n" + _entry(k, v, indent + 2) for k, v in value.items())
    return f"{pad}{key}: " + _scalar(value, '"', indent + 2)


def _flow_list(values: Sequence[Any]) -> str:
    return "[" + ", ".join(_scalar(v, '"', 0) for v in values) + "]"


def _scalar(value: Scalar, style: str | None, indent: int) -> str:
    """A scalar written in ``style`` (None: plain, '"', "'", '>' folded, '|' literal) where that is safe."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(human(value))
    text = str(value)
    if style == ">" and text and "\n" not in text and text == text.strip() and "  " not in text:
        lines = textwrap.wrap(text, max(40, WIDTH - indent), break_long_words=False, break_on_hyphens=False)
        return ">-" + "".join("\n" + " " * indent + line for line in lines)
    if style == "|" and text and text == text.strip() and "\n" in text:
        return "|-" + "".join("\n" + (" " * indent + line if line else "") for line in text.split("\n"))
    if style == "'" and "\n" not in text:
        return "'" + text.replace("'", "''") + "'"
    if style is None and _PLAIN.match(text) and text.casefold() not in _RESERVED and ": " not in text \
            and " #" not in text:
        return text
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar


def _round_trip(text: str, path: Path_, value: Any, delete: bool) -> str:
    """The fallback: ruamel.yaml's round trip (comments and order kept) for an edit no splice handles."""
    from ruamel.yaml import YAML

    rt = YAML(typ="rt")
    rt.preserve_quotes = True
    rt.width = 4096
    rt.indent(mapping=2, sequence=4, offset=2)
    data = rt.load(text)
    here = data
    for key in path[:-1]:
        here = here[key]
    if delete:
        del here[path[-1]]
    else:
        here[path[-1]] = value
    out = io.StringIO()
    rt.dump(data, out)
    head = text[:len(text) - len(text.lstrip())] if not text.lstrip().startswith("#") else ""
    return head + out.getvalue()
