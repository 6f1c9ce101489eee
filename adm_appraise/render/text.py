"""Text from the files made safe for each output (SPEC "Output safety").

Terminal text shows control and bidi characters escaped (``\\n``, ``\\x1b``, ``\\u202e``: one
line, no escape sequences); HTML shows them escaped too, keeping tabs and newlines; Markdown
escapes its syntax (``| * _ ~ ` [ ] \\``, HTML, bare URLs that GitHub would autolink) and folds
newlines; CSV text cells that a spreadsheet would run as a
formula get a leading ``'``; JSON keeps text unchanged. Every renderer takes its escapes from here.
"""

from __future__ import annotations

import html
import json
import re

from adm_appraise.problems import UNSAFE, printable

_FORMULA = ("=", "+", "-", "@")
# What a spreadsheet skips before it looks for a formula: whitespace and control characters
_LEADING = re.compile(r"[\s\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]*")
# What a Markdown renderer might turn into a link: scheme://, www., an e-mail address, and (for
# renderers that link bare domains, as markdown-it's linkify does) the dot before a domain ending
# (linkify-it's default list: the generic endings below and any two letters). A backslash escape
# stops renderers that match the Markdown source (marked, markdown-it's linkify); cmark-gfm
# (GitHub) links 'www.' only when those four characters stand in the source, so the dot after
# 'www' is escaped, but it finds e-mail addresses in the text after escapes are undone: there a
# word joiner (U+2060, invisible, written &#8288;) before the '@' leaves no valid character
# before it, which GFM's extended e-mail autolink needs.
_TLD = r"(?:[a-z]{2}|biz|com|edu|gov|net|org|pro|web|xxx|aero|asia|coop|info|museum|name|shop)\b"
_AUTOLINK = re.compile(
    rf"(?i)(?<=[a-z0-9])[:](?=//)|(?<=www)[.]|(?<=[a-z0-9])[.](?={_TLD})|(?<=[\w.+-])[@](?=[\w-])")


def terminal_text(text: str) -> str:
    """Text safe for a terminal or a line-oriented log: one line, controls shown escaped."""
    return printable(text)


# UNSAFE but for tab, newline and carriage return, which HTML text may hold: one character class,
# which the regex engine scans for quickly (a lookahead before the class is tried at every character)
_HTML_UNSAFE = re.compile(UNSAFE.pattern.replace(r"\x00-\x1f", r"\x00-\x08\x0b\x0c\x0e-\x1f", 1))


def html_text(text: str) -> str:
    """An HTML page with every control and bidi character shown escaped (``\\x1b``, ``\\u202e``), tab
    and newline kept: HTML forbids the C0 controls, and the bidi controls can reorder what a reader sees."""
    return _HTML_UNSAFE.sub(lambda m: printable(m.group()), text)


def markdown_text(text: str) -> str:
    """Text safe inside a Markdown table cell (or a line of Markdown)."""
    text = re.sub(r"\s*[\r\n]+\s*", " ", html.escape(text, quote=False))
    text = re.sub(r"([\\|`*_~\[\]])", r"\\\1", text)
    text = _AUTOLINK.sub(lambda m: "&#8288;\\@" if m.group() == "@" else "\\" + m.group(), text)
    return UNSAFE.sub(lambda m: printable(m.group()).replace("\\", "\\\\"), text)


# In JSON text every control character but the layout's newlines is already escaped; DEL, the C1
# controls and the bidi controls are not, and would reach a terminal raw.
_JSON_UNSAFE = re.compile(r"[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def json_text(data: object) -> str:
    """``data`` as indented JSON with a final newline, non-ASCII text as it is but DEL, the C1 and
    the bidi controls written as escapes (``\\u202e``): the same strings once parsed."""
    text = json.dumps(data, indent=2, ensure_ascii=False)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n"


def csv_text(text: str) -> str:
    """A CSV text cell that a spreadsheet will not run as a formula, even after leading
    whitespace or control characters (which spreadsheets skip)."""
    start = _LEADING.match(text)
    rest = text[start.end() if start else 0 :]
    return "'" + text if text.startswith(("\t", "\r")) or rest.startswith(_FORMULA) else text
