"""The one place that builds the Jinja environment and renders report templates.

Templates are looked up in the user's ``--template-dir`` first, then in the shipped
``templates/`` folder (a ChoiceLoader), so a user can override any single template or
partial. Every template runs in Jinja's immutable sandbox, with StrictUndefined (a typo
fails loudly) and a budget of time and output size; whatever goes wrong becomes an
AppraisalError (E301) located at the template's path and line.

Escaping is decided by the output format, never by a template's file name: HTML
autoescapes; Markdown escapes every ``{{ value }}`` through ``finalize`` (table pipes,
newlines, HTML and Markdown syntax), so user text cannot break out of a table cell.
Filters that produce numbers or deliberate markup return ``Markup``, which both pass through.
"""

from __future__ import annotations

import os
import re
import sys
import time
import traceback
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Any

import jinja2
from jinja2.bccache import Bucket, FileSystemBytecodeCache
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment
from markupsafe import Markup

from adm_appraise import __version__
from adm_appraise.files.loader import bundled_dir
from adm_appraise.problems import AppraisalError, Location, Problem
from adm_appraise.render.text import markdown_text


@dataclass(frozen=True)
class Limits:
    """The sandbox's budget for one render."""

    seconds: float = 10.0
    max_chars: int = 20_000_000
    max_sequence: int = 1_000_000  # longest string or list that '*' or '**' may build


DEFAULT_LIMITS = Limits()


class BudgetExceeded(Exception):
    """A template ran over its time or size budget."""


def shipped_templates() -> Path:
    return bundled_dir() / "templates"


_BLOCK_START = re.compile(r"^(?:[#>=~]|[-+](?=\s|$)|\d+[.)](?=\s|$))")


def markdown_escape(value: object) -> str:
    """Text safe anywhere in the shipped Markdown: in a table cell, a heading or a paragraph."""
    text = markdown_text(str(value))
    match = _BLOCK_START.match(text)
    if match:  # would start a heading, quote, list or setext underline
        end = match.end()
        text = text[: end - 1] + "\\" + text[end - 1 :]
    return text


def _finalize_markdown(value: Any) -> Any:
    if hasattr(value, "__html__"):
        return value
    return markdown_escape("" if value is None else value)


class _Sandbox(ImmutableSandboxedEnvironment):
    """The immutable sandbox, with '*' and '**' capped so a template cannot exhaust memory."""

    intercepted_binops = frozenset(["*", "**"])
    max_sequence = Limits.max_sequence

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "*":
            for seq, n in ((left, right), (right, left)):
                if (
                    isinstance(seq, (str, list, tuple))
                    and isinstance(n, int)
                    and len(seq) * n > self.max_sequence
                ):
                    raise SecurityError("the result of '*' would be too large")
        if operator == "**" and isinstance(right, int) and abs(right) > 1000:
            raise SecurityError("the exponent of '**' is too large")
        return super().call_binop(context, operator, left, right)


def environment(
    fmt: str,
    template_dir: Path | None = None,
    filters: Mapping[str, Callable[..., Any]] | None = None,
) -> jinja2.Environment:
    """The sandboxed environment for ``fmt`` ('markdown' or 'html')."""
    paths = [str(template_dir)] if template_dir is not None else []
    loader = jinja2.ChoiceLoader(
        [jinja2.FileSystemLoader(p) for p in [*paths, str(shipped_templates())]]
    )
    html = fmt == "html"
    env = _Sandbox(
        loader=loader,
        bytecode_cache=bytecode_cache(fmt),
        undefined=jinja2.StrictUndefined,
        autoescape=html,
        finalize=None if html else _finalize_markdown,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,
    )
    env.filters.update(filters or {})
    return env


def cache_home() -> Path:
    """The user's cache folder for adm-appraise (as platformdirs would place it)."""
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = str(Path.home() / "Library" / "Caches")
    else:
        xdg = os.environ.get("XDG_CACHE_HOME", "")
        base = xdg if os.path.isabs(xdg) else str(Path.home() / ".cache")
    return Path(base) / "adm-appraise"


class _QuietCache(FileSystemBytecodeCache):
    """Jinja's bytecode cache, where a cache that cannot be read or written is simply no cache."""

    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except (OSError, EOFError, ValueError, TypeError):  # unreadable or corrupt: compile afresh
            bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError:
            pass


def bytecode_cache(fmt: str) -> FileSystemBytecodeCache | None:
    """Compiled templates, kept between runs: one folder per output format (the two environments
    compile the same source differently) and per version of adm-appraise. Entries are keyed by
    each template's path and checked against a hash of its source, so an edited template is
    compiled again. None (no cache) when the folder cannot be made."""
    folder = cache_home() / f"templates-{fmt}-{__version__}"
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError:
        return None
    return _QuietCache(str(folder), "%s.cache")


def render(
    env: jinja2.Environment, name: str, context: Mapping[str, Any], limits: Limits = DEFAULT_LIMITS
) -> str:
    """Render template ``name`` with ``context`` within ``limits``; AppraisalError (E301) on failure."""
    try:
        template = env.get_template(name)
        return _generate(env, template, dict(context), limits)
    except jinja2.TemplateSyntaxError as exc:
        where = Location(exc.filename or exc.name or name, exc.lineno or 0)
        raise _error(where, f"template syntax error: {exc.message}") from None
    except jinja2.TemplateNotFound as exc:
        raise _error(Location(str(exc.name or name)), f"template not found: {exc.name}") from None
    except jinja2.UndefinedError as exc:
        raise _error(_where(exc, name), f"undefined in template: {exc.message}") from None
    except SecurityError as exc:
        raise _error(_where(exc, name), f"template blocked by the sandbox: {exc}") from None
    except BudgetExceeded as exc:
        raise _error(_where(exc, name), str(exc)) from None
    except RecursionError:
        raise _error(Location(name), "template recursion too deep") from None
    except MemoryError:
        raise _error(Location(name), "template ran out of memory") from None
    except Exception as exc:  # noqa: BLE001 - any failure inside a template is the template's
        raise _error(_where(exc, name), f"template failed: {type(exc).__name__}: {exc}") from None


def _error(where: Location, message: str) -> AppraisalError:
    return AppraisalError([Problem(where, "E301", message)])


def _where(exc: BaseException, name: str) -> Location:
    """The innermost template frame of the exception's traceback (Jinja rewrites them)."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename.endswith(".j2")]
    if frames:
        return Location(frames[-1].filename, frames[-1].lineno or 0)
    return Location(name)


def _generate(
    env: jinja2.Environment, template: jinja2.Template, context: dict[str, Any], limits: Limits
) -> str:
    """Render chunk by chunk, stopping when the time or size budget runs out.

    A loop that prints nothing yields no chunk, so a line tracer on template frames checks
    the clock too (template code only: other frames run untraced).
    """
    deadline = time.monotonic() + limits.seconds

    def check() -> None:
        if time.monotonic() > deadline:
            raise BudgetExceeded(f"template ran over its time limit ({limits.seconds:g} s)")

    def local(frame: FrameType, event: str, arg: Any) -> Any:
        if event == "line":
            check()
        return local

    def tracer(frame: FrameType, event: str, arg: Any) -> Any:
        if event == "call" and frame.f_globals.get("environment") is env:
            return local
        return None

    chunks: list[str] = []
    size = 0
    previous = sys.gettrace()
    sys.settrace(tracer)
    try:
        for chunk in template.generate(context):
            size += len(chunk)
            if size > limits.max_chars:
                raise BudgetExceeded(
                    f"template output exceeds the size limit ({limits.max_chars:,} characters)"
                )
            check()
            chunks.append(chunk)
    finally:
        sys.settrace(previous)
    return "".join(chunks)


def safe(text: str) -> Markup:
    """Mark text that the report code built itself (numbers, escaped markup) as safe."""
    return Markup(text)
