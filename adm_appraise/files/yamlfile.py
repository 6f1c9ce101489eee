"""The strict YAML dialect: plain data, every value with its line and column.

PyYAML's event stream is turned into dicts, lists, strings and numbers by hand, so that
nothing YAML 1.1 or PyYAML would do silently gets through: tags, anchors and aliases,
duplicate keys, non-text keys, ``yes``/``no`` booleans, sexagesimal and octal numbers,
NaN and infinity. Every problem in a file is reported, not just the first.
"""

from __future__ import annotations

import marshal
import math
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml

from adm_appraise.problems import AppraisalError, Location, Problem

MAX_BYTES = 1 << 20  # 1 MiB: a real option file is a few kilobytes
MAX_DEPTH = 32  # deeper collections are reported (E106) and skipped
READ_DEPTH = 2 * MAX_DEPTH  # deeper than this, the file is not read any further
MAX_NUMBER = 1e15  # larger magnitudes are refused (E105): sums, differences and ratios stay finite
MIN_NUMBER = 1e-15  # so are smaller ones but 0: the smallest span is then ~1e-31, and 2e15 / 1e-31 is finite

Path_ = tuple[str | int, ...]

_Parser = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_SURROGATE = re.compile("[\ud800-\udfff]")
_NULL = {"", "~", "null", "Null", "NULL"}
_TRUE = {"true", "True", "TRUE"}
_FALSE = {"false", "False", "FALSE"}
_INT = re.compile(r"[-+]?(0|[1-9][0-9]*)\Z")
_FLOAT = re.compile(r"[-+]?(0|[1-9][0-9]*)(\.[0-9]*)?([eE][-+]?[0-9]+)?\Z|[-+]?\.[0-9]+([eE][-+]?[0-9]+)?\Z")
_NONFINITE = re.compile(r"[-+]?\.?(inf|Inf|INF|nan|NaN|NAN)\Z")
# What YAML 1.1 would have read as a number or boolean: kept as text here, and named
# in the error when such text lands where a number is expected.
YAML11_NUMBER = re.compile(
    r"[-+]?(0[0-7]+|0o[0-7]+|0x[0-9a-fA-F]+|0b[01]+|[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?"
    r"|[0-9][0-9_]*_[0-9_]*(\.[0-9_]*)?)\Z"
)


@dataclass
class Document:
    """A loaded YAML file: its data, and where each value and each key stands."""

    path: Path
    data: Any
    # (line, column) of each value and each key; Locations are made only when asked for
    values: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    keys: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)  # dialect errors; data still usable

    def where(self, path: Path_, *, key: bool = False) -> Location:
        """The location of the value (or key) at ``path``, else of its nearest ancestor."""
        if key and path in self.keys:
            return Location(self.name, *self.keys[path])
        while path not in self.values and path:
            path = path[:-1]
        return Location(self.name, *self.values.get(path, (1, 1)))

    @cached_property
    def name(self) -> str:
        """The path as text, made once: every Location of the file shares it."""
        return str(self.path)


# While shared_reading() is on: each problem-free file read so far, by its bytes, as its data and places
# marshalled (about a fifth of their size as objects, and read back in a third of the time a parse takes).
# They are the same whatever the path, so a file read again (the unchanged files of a diff's other side)
# is not parsed again: it is a new Document, under its own path, with data of its own.
_read_before: dict[bytes, bytes] | None = None


@contextmanager
def shared_reading() -> Iterator[None]:
    """Read files with the same bytes once, within the block (both sides of a diff)."""
    global _read_before
    outer, _read_before = _read_before, {} if _read_before is None else _read_before
    try:
        yield
    finally:
        _read_before = outer


def load_yaml(path: Path) -> Document:
    """Read one YAML file in the strict dialect.

    A file that cannot be parsed at all raises AppraisalError. Breaches of the dialect
    (tags, aliases, duplicate keys...) are listed in ``Document.problems``, with the
    offending values dropped, so that the rest of the file can still be checked.
    """
    name = str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise AppraisalError([Problem(Location(name), "E001", f"cannot read: {exc.strerror}")]) from None
    if len(raw) > MAX_BYTES:
        msg = f"file is {len(raw)} bytes, over the {MAX_BYTES}-byte cap"
        raise AppraisalError([Problem(Location(name, 1, 1), "E003", msg)])
    seen = _read_before
    if seen is not None and raw in seen:  # read once more at most: the other side's copy
        data, values, keys = marshal.loads(seen.pop(raw))
        return Document(path, data, values, keys)
    text = _decode(raw, name)
    doc = _Builder(path, text).build()
    if seen is not None and not doc.problems:
        seen[raw] = marshal.dumps((doc.data, doc.values, doc.keys))
    return doc


def _decode(raw: bytes, name: str) -> str:
    wide = _wide_encoding(raw)
    if wide:
        raise AppraisalError([Problem(Location(name, 1, 1), "E002", f"file is {wide}; save it as UTF-8")])
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        col = len(before[before.rfind(b"\n") + 1 :].decode("utf-8", "replace")) + 1
        msg = f"invalid UTF-8 byte 0x{raw[exc.start]:02x}; save the file as UTF-8"
        raise AppraisalError([Problem(Location(name, line, col), "E002", msg)]) from None


def _wide_encoding(raw: bytes) -> str | None:
    """UTF-32 or UTF-16, from the byte order mark or, without one, from where the NUL bytes fall."""
    if raw.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):  # before UTF-16: FF FE starts both
        return "UTF-32"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "UTF-16"
    head = raw[:4]
    if len(head) == 4 and (head[1:] == b"\x00\x00\x00" or head[:3] == b"\x00\x00\x00"):
        return "UTF-32"
    if len(head) >= 2 and (head[1:2] == b"\x00" or head[:1] == b"\x00"):
        return "UTF-16"
    return None


class _Builder:
    def __init__(self, path: Path, text: str) -> None:
        self.doc = Document(path, None)
        self.name = str(path)
        self.text = text
        self.problems: list[Problem] = []

    def loc(self, mark: Any) -> Location:
        return Location(self.name, mark.line + 1, mark.column + 1)

    @staticmethod
    def pos(mark: Any) -> tuple[int, int]:
        return mark.line + 1, mark.column + 1

    def problem(self, mark: Any, code: str, message: str) -> None:
        self.problems.append(Problem(self.loc(mark), code, message))

    def build(self) -> Document:
        try:
            events = self.read_events()
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            where = self.loc(mark) if mark else Location(self.name, 1, 1)
            raise AppraisalError([Problem(where, "E004", self.syntax_message(exc, mark))]) from None
        except yaml.YAMLError as exc:  # ReaderError: a character YAML does not allow
            pos = getattr(exc, "position", 0)
            line = self.text.count("\n", 0, pos) + 1
            col = pos - (self.text.rfind("\n", 0, pos) + 1) + 1
            reason = getattr(exc, "reason", "unacceptable character")
            raise AppraisalError([Problem(Location(self.name, line, col), "E004", str(reason))]) from None
        self.events = events
        self.i = 0
        docs = [e for e in events if isinstance(e, yaml.DocumentStartEvent)]
        if len(docs) > 1:
            self.problem(docs[1].start_mark, "E107", "more than one YAML document in the file")
        if docs:
            self.i = events.index(docs[0]) + 1
            if not isinstance(events[self.i], yaml.DocumentEndEvent):
                self.doc.data = self.node((), 0)
        self.doc.problems = self.problems
        return self.doc

    def read_events(self) -> list[Any]:
        """The event stream, refused as soon as it nests past READ_DEPTH: a parser can take
        quadratic time over deep flow nesting ([[[[...), so nothing deeper is even read."""
        events = []
        depth = 0
        for ev in yaml.parse(self.text, Loader=_Parser):
            if isinstance(ev, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
                depth += 1
                if depth > READ_DEPTH:
                    message = f"nesting deeper than {READ_DEPTH} levels; the file was not read further"
                    raise AppraisalError([Problem(self.loc(ev.start_mark), "E106", message)])
            elif isinstance(ev, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
                depth -= 1
            events.append(ev)
        return events

    def syntax_message(self, exc: yaml.MarkedYAMLError, mark: Any) -> str:
        """PyYAML's complaint in words a user can act on; its own text only as a last resort."""
        line = self.text.splitlines()[mark.line] if mark and mark.line < len(self.text.splitlines()) else ""
        if "\t" in line[: len(line) - len(line.lstrip(" \t"))]:
            return "tabs cannot indent YAML; use spaces"
        if exc.problem and "found character" in exc.problem and line[mark.column : mark.column + 1] == "\t":
            return "a tab here is not allowed in YAML; use spaces"
        return " ".join(s for s in (exc.context, exc.problem) if s) or "invalid YAML"

    def next(self) -> Any:
        ev = self.events[self.i]
        self.i += 1
        return ev

    def node(self, path: Path_, depth: int) -> Any:
        ev = self.next()
        self.doc.values[path] = self.pos(ev.start_mark)
        if isinstance(ev, yaml.AliasEvent):
            message = f"alias *{ev.anchor}: anchors and aliases are not allowed; write the value out"
            self.problem(ev.start_mark, "E103", message)
            return None
        if ev.anchor is not None:
            self.problem(ev.start_mark, "E103", f"anchor &{ev.anchor}: anchors and aliases are not allowed")
        if ev.tag is not None and ev.tag != "!":
            tag = ev.tag.replace("tag:yaml.org,2002:", "!!")
            self.problem(ev.start_mark, "E102", f"tag {tag}: YAML tags are not allowed")
        if isinstance(ev, yaml.ScalarEvent):
            return self.scalar(ev)
        if depth >= MAX_DEPTH:
            self.problem(ev.start_mark, "E106", f"nesting deeper than {MAX_DEPTH} levels")
            self.skip()
            return None
        if isinstance(ev, yaml.SequenceStartEvent):
            items: list[Any] = []
            while not isinstance(self.events[self.i], yaml.SequenceEndEvent):
                items.append(self.node((*path, len(items)), depth + 1))
            self.i += 1
            return items
        return self.mapping(path, depth)

    def mapping(self, path: Path_, depth: int) -> dict[Any, Any]:
        result: dict[Any, Any] = {}
        flow = getattr(self.events[self.i - 1], "flow_style", False)
        while not isinstance(self.events[self.i], yaml.MappingEndEvent):
            kev = self.events[self.i]
            if flow and result and self.thousands(kev, result):
                continue
            key = self.key(kev)
            if key is None:
                self.node((*path, "?"), depth + 1)  # read past the value
                continue
            kpath = (*path, key)
            if key in result:
                first_line = self.doc.keys[kpath][0]
                self.problem(kev.start_mark, "E101", f"duplicate key '{key}' (first at line {first_line})")
                saved = (self.doc.values.get(kpath), self.doc.keys[kpath])
                self.node(kpath, depth + 1)
                self.doc.values[kpath], self.doc.keys[kpath] = saved  # type: ignore[assignment]
                continue
            self.doc.keys[kpath] = self.pos(kev.start_mark)
            result[key] = self.node(kpath, depth + 1)
        self.i += 1
        return result

    def thousands(self, kev: Any, result: dict[Any, Any]) -> bool:
        """``{value: 1,640}`` reads as ``{value: 1, 640: null}``: say so, and drop the entry."""
        last = list(result)[-1]
        number = result[last]
        if not isinstance(number, int) or isinstance(number, bool):
            return False
        groups: list[str] = []
        while self._group(self.i + 2 * len(groups)):
            groups.append(getattr(self.events[self.i + 2 * len(groups)], "value", ""))
        if not groups:
            return False
        written = ",".join([str(number), *groups])
        self.problem(kev.start_mark, "E112", f"'{last}: {written}': inside {{...}} a comma separates entries; "
                                             f"write numbers without thousands separators ({written.replace(',', '')})")
        del result[last]
        self.i += 2 * len(groups)
        return True

    def _group(self, i: int) -> bool:
        """Events i, i+1 are a plain three-digit key with no value (a thousands group)."""
        kev, vev = self.events[i], self.events[i + 1]
        return (isinstance(kev, yaml.ScalarEvent) and not kev.style and re.fullmatch(r"[0-9]{3}(\.[0-9]*)?", kev.value)
                is not None and isinstance(vev, yaml.ScalarEvent) and vev.value == "" and not vev.style)

    def key(self, ev: Any) -> str | int | None:
        """Consume a mapping key; None if it is not usable as a key."""
        if not isinstance(ev, yaml.ScalarEvent):
            self.problem(ev.start_mark, "E104", "a mapping key must be plain text, not a list or mapping")
            self.i += 1
            if not isinstance(ev, yaml.AliasEvent):
                self.skip()
            return None
        self.i += 1
        if ev.anchor is not None or ev.tag not in (None, "!"):
            self.problem(ev.start_mark, "E102", "tags and anchors are not allowed on keys")
        value = self.scalar(ev)
        if isinstance(value, str):
            value = sys.intern(value)  # the same keys recur in every option file: keep one copy
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            self.problem(ev.start_mark, "E104", f"key {ev.value!r} must be text; quote it")
            return None
        return value

    def skip(self) -> None:
        """Consume events up to the end of the collection just opened."""
        level = 1
        while level:
            ev = self.next()
            if isinstance(ev, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
                level += 1
            elif isinstance(ev, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
                level -= 1

    def scalar(self, ev: Any) -> Any:
        text = ev.value
        if _SURROGATE.search(text):
            self.problem(ev.start_mark, "E002", "lone surrogate in text; only valid Unicode is allowed")
            return None
        if ev.style or ev.tag == "!":  # quoted or block scalars are always text
            return text
        if text in _NULL:
            return None
        if text in _TRUE or text in _FALSE:
            return text in _TRUE
        if _INT.match(text) and len(text.lstrip("+-")) > 16:  # past 1e15, and maybe past int()'s digit limit
            self.problem(ev.start_mark, "E105", _too_large(text))
            return None
        if _INT.match(text):
            number: int | float = int(text)
        elif _FLOAT.match(text):
            number = float(text)
        elif _NONFINITE.match(text):
            self.problem(ev.start_mark, "E105", f"{text} is not a finite number")
            return None
        else:
            return text
        try:
            finite = math.isfinite(float(number))
        except OverflowError:
            finite = False
        if not finite or abs(number) > MAX_NUMBER:
            self.problem(ev.start_mark, "E105", _too_large(text))
            return None
        if number and abs(number) < MIN_NUMBER:
            self.problem(ev.start_mark, "E105", f"{text} is too small: numbers here are 0 or at least 1e-15 in size "
                                                "(smaller ones can overflow in arithmetic)")
            return None
        return number


def _too_large(text: str) -> str:
    """The message for a number past MAX_NUMBER, quoting it as written (shortened if long)."""
    shown = text if len(text) <= 24 else f"{text[:12]}...({len(text)} characters)"
    return f"{shown} is too large: numbers here are at most 1e15 in size (larger ones can overflow in arithmetic)"
