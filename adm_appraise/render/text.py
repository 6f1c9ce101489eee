"""Text from the files made safe for each output (SPEC "Output safety").

Terminal text loses control characters, Markdown cells escape ``|`` and HTML and fold
newlines, CSV text cells that a spreadsheet would run as a formula get a leading ``'``;
JSON keeps text unchanged. Every renderer takes its escapes from here.
"""

from __future__ import annotations

import html
import re

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def terminal_text(text: str) -> str:
    """Text safe for a terminal: newlines folded, other control characters shown escaped."""
    text = re.sub(r"\s*[\r\n]+\s*", " ", text)
    return _CONTROL.sub(lambda m: repr(m.group())[1:-1], text)


def markdown_text(text: str) -> str:
    """Text safe inside a Markdown table cell (or a line of Markdown)."""
    text = re.sub(r"\s*[\r\n]+\s*", " ", html.escape(text, quote=False))
    text = re.sub(r"([\\|`*\[\]])", r"\\\1", text)
    return _CONTROL.sub("", text)


def csv_text(text: str) -> str:
    """A CSV text cell that a spreadsheet will not run as a formula."""
    return "'" + text if text.startswith(_FORMULA) else text
