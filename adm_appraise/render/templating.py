"""The one place that builds the Jinja environment and renders report templates.

Templates are looked up in the user's ``--template-dir`` first, then in the shipped
``templates/`` folder (a ChoiceLoader), so a user can override any single template or
partial. Templates are confined to their folders (a link out of one is refused). Every
template runs in Jinja's immutable sandbox, with StrictUndefined (a typo fails loudly) and
limits enforced by construction: operations that could build a huge value ('*', '**', '%',
'+', str methods such as ljust or format, filters such as center or join) are refused
before they run; the render runs under a memory cap (RLIMIT_AS) and an interval timer
(SIGALRM, in the main thread) rather than a tracer, so an active tracer (coverage, a
debugger) is left alone. Whatever goes wrong becomes an AppraisalError (E301; E001 for an
unreadable template) located at the template's path and line.

Escaping is decided by the output format, never by a template's file name: HTML
autoescapes; Markdown escapes every ``{{ value }}`` through ``finalize`` (table pipes,
newlines, HTML and Markdown syntax), so user text cannot break out of a table cell.
Filters that produce numbers or deliberate markup return ``Markup``, which both pass through.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import os
import re
import signal
import threading
import time
import traceback
from collections.abc import Callable, Iterator, Mapping, MutableMapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
from jinja2.bccache import Bucket, FileSystemBytecodeCache
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment
from markupsafe import Markup, escape

from adm_appraise import __version__
from adm_appraise.files.loader import bundled_dir
from adm_appraise.problems import AppraisalError, Location, Problem
from adm_appraise.render.text import markdown_text
from adm_appraise.usercache import cache_folder


@dataclass(frozen=True)
class Limits:
    """The sandbox's budget for one render."""

    seconds: float = 10.0
    max_chars: int = 20_000_000
    max_sequence: int = 1_000_000  # longest string or list that one operation may build
    max_int_bits: int = 100_000  # largest integer '*' or '**' may build (about 30,000 digits)
    max_memory: int = 1 << 30  # bytes of address space the render may add (Linux)


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


class TemplateUnreadable(Exception):
    """A template file exists but cannot be read (permissions): E001, like any unreadable file."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(reason)
        self.path = path


class _ConfinedLoader(jinja2.FileSystemLoader):
    """A FileSystemLoader that refuses a template that is a link out of its folder, before opening it."""

    def get_source(self, environment: jinja2.Environment, template: str) -> tuple[str, str, Callable[[], bool]]:
        pieces = jinja2.loaders.split_template_path(template)
        for folder in self.searchpath:
            candidate = os.path.join(folder, *pieces)
            if os.path.lexists(candidate):
                root = os.path.realpath(folder)
                if not os.path.realpath(candidate).startswith(root + os.sep):
                    raise SecurityError(f"template {template!r} is a link to outside its folder ({folder})")
                if not os.access(candidate, os.R_OK) and os.path.isfile(candidate):
                    raise TemplateUnreadable(candidate, "cannot read the template: permission denied")
                break
        try:
            return super().get_source(environment, template)
        except jinja2.TemplateNotFound:  # an OSError too: the next loader is tried
            raise
        except OSError as exc:
            raise TemplateUnreadable(os.path.join(self.searchpath[0], *pieces),
                                     f"cannot read the template: {exc.strerror}") from None


def _escape(value: Any) -> Markup:
    """Jinja's autoescape, passing text already marked safe through as it is (markupsafe's ``escape``
    would make a copy of it: the same characters, a new object, for every number a table prints)."""
    return value if type(value) is Markup else escape(value)


class _Template(jinja2.Template):
    """A template whose compiled code escapes its output with ``_escape``: the same text, made
    faster. (The code looks ``escape`` up among its module's globals; were that ever not so, the
    name would go unused and markupsafe's own escape would run, with the same result.)"""

    @classmethod
    def from_code(cls, environment: jinja2.Environment, code: Any, globals: MutableMapping[str, Any],
                  uptodate: Callable[[], bool] | None = None) -> jinja2.Template:
        template = super().from_code(environment, code, globals, uptodate)
        template.root_render_func.__globals__["escape"] = _escape  # the module the code runs in
        return template


_WIDTH = re.compile(r"(\d+)")
_SIZED_METHODS = {"ljust", "rjust", "center", "zfill", "expandtabs", "format", "format_map", "replace", "join",
                  "__mul__", "__rmul__", "__mod__"}


class _Sandbox(ImmutableSandboxedEnvironment):
    """The immutable sandbox, refusing any operation whose result would be too large, before it runs."""

    intercepted_binops = frozenset(["*", "**", "%", "+"])
    limits = Limits()
    template_class = _Template

    def getattr(self, obj: Any, attribute: str) -> Any:
        """``o.name`` on a plain dict (what the report's context is made of) is its item, looked up
        directly: Jinja would first try the attribute and fail, once per cell of every table. A dict
        has no attributes but its methods, so for any other name the answer is the same."""
        if type(obj) is dict and attribute not in _DICT_NAMES:
            try:
                return obj[attribute]
            except KeyError:
                pass
        return super().getattr(obj, attribute)

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        self.check_binop(operator, left, right)
        return super().call_binop(context, operator, left, right)

    def check_binop(self, operator: str, left: Any, right: Any) -> None:
        lim = self.limits
        if operator == "*":
            for seq, n in ((left, right), (right, left)):
                if isinstance(seq, (str, list, tuple)) and _int(n) and len(seq) * n > lim.max_sequence:
                    raise SecurityError("the result of '*' would be too large")
            if _int(left) and _int(right) and _bits(left) + _bits(right) > lim.max_int_bits:
                raise SecurityError("the result of '*' would be too large")
        elif operator == "**" and _int(left) and _int(right):
            if abs(right) > lim.max_int_bits or (abs(left) > 1 and _bits(left) * right > lim.max_int_bits):
                raise SecurityError("the exponent of '**' is too large")
        elif operator == "%" and isinstance(left, str):
            args = right if isinstance(right, tuple) else (right,)
            self.check_widths(left, args)
        elif operator == "+" and isinstance(left, (str, list, tuple)) and isinstance(right, (str, list, tuple)):
            if len(left) + len(right) > lim.max_chars:
                raise SecurityError("the result of '+' would be too large")

    def check_widths(self, spec: str, args: tuple[Any, ...] = ()) -> None:
        """A format string (printf or str.format) may not pad to a width past the limit."""
        widths = [int(w) for w in _WIDTH.findall(spec) if len(w) < 12] + [a for a in args if _int(a)]
        if any(len(w) >= 12 for w in _WIDTH.findall(spec)) or any(w > self.limits.max_sequence for w in widths):
            raise SecurityError("a format width is too large")

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805 - Jinja's names
        target = getattr(__obj, "__wrapped__", __obj)
        owner = getattr(target, "__self__", None)
        name = getattr(target, "__name__", "")
        if isinstance(owner, str) and name in _SIZED_METHODS:
            __self.check_str_method(owner, name, args, kwargs)
        return super().call(__context, __obj, *args, **kwargs)

    def check_str_method(self, text: str, name: str, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> None:
        lim = self.limits
        values = [*args, *kwargs.values()]
        if name in ("format", "format_map", "__mod__"):
            flat = [v for a in values for v in (a.values() if isinstance(a, Mapping) else
                                                 a if isinstance(a, (tuple, list)) else [a])]
            self.check_widths(text, tuple(flat))
            return
        if name == "replace" and len(values) >= 2:
            old, new = str(values[0]), str(values[1])
            if (len(text) + 1) * len(new) // max(len(old), 1) > lim.max_sequence:
                raise SecurityError("the result of replace() would be too large")
            return
        if name == "join" and values and isinstance(values[0], (list, tuple)):
            items = values[0]
            if len(text) * len(items) + sum(len(str(i)) for i in items) > lim.max_chars:
                raise SecurityError("the result of join() would be too large")
            return
        if name == "expandtabs":
            size = values[0] if values and _int(values[0]) else 8
            if text.count("\t") * size > lim.max_sequence:
                raise SecurityError("the result of expandtabs() would be too large")
            return
        if any(_int(v) and v > lim.max_sequence for v in values):
            raise SecurityError(f"the result of {name}() would be too large")


_DICT_NAMES = frozenset(dir(dict))


def _int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _bits(n: int) -> int:
    return abs(n).bit_length()


def _sized_filters(env: _Sandbox) -> dict[str, Callable[..., Any]]:
    """Jinja's filters that can build a large string, each checked before it runs."""
    original = {name: env.filters[name] for name in ("center", "indent", "format", "replace", "join", "wordwrap")}
    lim = env.limits

    def center(value: Any, width: int = 80) -> Any:
        env.check_str_method(str(value), "center", (width,), {})
        return original["center"](value, width)

    def indent(s: Any, width: int | str = 4, first: bool = False, blank: bool = False) -> Any:
        pad = width if isinstance(width, int) else len(str(width))
        if (str(s).count("\n") + 1) * pad + len(str(s)) > lim.max_chars:
            raise SecurityError("the result of indent would be too large")
        return original["indent"](s, width, first, blank)

    def format_(value: Any, *args: Any, **kwargs: Any) -> Any:
        env.check_widths(str(value), (*args, *kwargs.values()))
        return original["format"](value, *args, **kwargs)

    def wordwrap(env_: Any, s: Any, width: int = 79, *args: Any, **kwargs: Any) -> Any:
        wrap = str(args[1] if len(args) > 1 else kwargs.get("wrapstring", "\n"))
        if len(str(s)) * (len(wrap) + 1) > lim.max_chars:
            raise SecurityError("the result of wordwrap would be too large")
        return original["wordwrap"](env_, s, width, *args, **kwargs)

    replace, join = original["replace"], original["join"]

    def replace_(eval_ctx: Any, s: Any, old: Any, new: Any, count: int | None = None) -> Any:
        env.check_str_method(str(s), "replace", (old, new), {})
        return replace(eval_ctx, s, old, new, count)

    def join_(eval_ctx: Any, value: Any, d: Any = "", attribute: Any = None) -> Any:
        items = list(value)
        env.check_str_method(str(d), "join", ([str(i) for i in items],), {})
        return join(eval_ctx, items, d, attribute)

    wordwrap.jinja_pass_arg = original["wordwrap"].jinja_pass_arg  # type: ignore[attr-defined]
    replace_.jinja_pass_arg = replace.jinja_pass_arg  # type: ignore[attr-defined]
    join_.jinja_pass_arg = join.jinja_pass_arg  # type: ignore[attr-defined]
    return {"center": center, "indent": indent, "format": format_, "wordwrap": wordwrap,
            "replace": replace_, "join": join_}


def environment(
    fmt: str,
    template_dir: Path | None = None,
    filters: Mapping[str, Callable[..., Any]] | None = None,
) -> jinja2.Environment:
    """The sandboxed environment for ``fmt`` ('markdown' or 'html')."""
    paths = [str(template_dir)] if template_dir is not None else []
    loader = jinja2.ChoiceLoader(
        [_ConfinedLoader(p) for p in [*paths, str(shipped_templates())]]
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
    env.filters.update(_sized_filters(env))
    env.filters.update(filters or {})
    return env


_FINGERPRINT = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:12]


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
    compile the same source differently), per version of adm-appraise and per version of this
    module (the sandbox decides what the compiled code intercepts, so a change to it must never
    meet code compiled before). Entries are keyed by each template's path and checked against a
    hash of its source, so an edited template is compiled again. None (no cache) when the
    folder cannot be made."""
    folder = cache_folder(f"templates-{fmt}-{__version__}-{_FINGERPRINT}")
    return None if folder is None else _QuietCache(str(folder), "%s.cache")


def render(
    env: jinja2.Environment, name: str, context: Mapping[str, Any], limits: Limits = DEFAULT_LIMITS
) -> str:
    """Render template ``name`` with ``context`` within ``limits``; AppraisalError (E301) on failure."""
    if isinstance(env, _Sandbox):
        env.limits = limits
    try:
        template = env.get_template(name)
        return _generate(env, template, dict(context), limits)
    except TemplateUnreadable as exc:
        raise AppraisalError([Problem(Location(exc.path), "E001", str(exc))]) from None
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
    """Render a batch of chunks at a time within the size budget, under the timer and the memory cap.

    A report of ten thousand options is millions of small chunks: each batch is taken and measured
    without a Python step per chunk. The output overshoots the budget by a batch at most (each chunk
    already bounded by the sandbox's limits) before it is refused."""
    chunks: list[str] = []
    size = 0
    deadline = time.monotonic() + limits.seconds
    with _timer(limits.seconds), _memory_cap(limits.max_memory):
        generated = template.generate(context)
        while batch := list(itertools.islice(generated, BATCH)):
            size += sum(map(len, batch))
            if size > limits.max_chars:
                raise BudgetExceeded(
                    f"template output exceeds the size limit ({limits.max_chars:,} characters)"
                )
            if time.monotonic() > deadline:  # where no timer can run (not the main thread)
                raise BudgetExceeded(f"template ran over its time limit ({limits.seconds:g} s)")
            chunks.append("".join(batch))
    return "".join(chunks)


BATCH = 1024  # chunks of output measured together


@contextlib.contextmanager
def _timer(seconds: float) -> Iterator[None]:
    """Raise BudgetExceeded in the rendering code after ``seconds`` (SIGALRM: main thread, Unix).

    A loop that prints nothing yields no chunk to check the clock at; the timer's handler runs
    between bytecodes, whatever the template is doing, at no cost until then.
    """
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def expired(signum: int, frame: Any) -> None:
        raise BudgetExceeded(f"template ran over its time limit ({seconds:g} s)")

    previous = signal.signal(signal.SIGALRM, expired)
    old_timer = signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if old_timer[0]:
            signal.setitimer(signal.ITIMER_REAL, *old_timer)


@contextlib.contextmanager
def _memory_cap(extra: int) -> Iterator[None]:
    """Cap the process's address space at its current size plus ``extra`` bytes while rendering:
    an allocation past it raises MemoryError (reported as E301). Linux only; elsewhere no cap."""
    try:
        import resource

        with open("/proc/self/statm", encoding="ascii") as statm:
            current = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    except (ImportError, OSError, ValueError):
        yield
        return
    cap = current + extra
    if hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)
    if soft != resource.RLIM_INFINITY:
        cap = min(cap, soft)
    resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def safe(text: str) -> Markup:
    """Mark text that the report code built itself (numbers, escaped markup) as safe."""
    return Markup(text)
