"""The template environment: overrides, sandbox, limits, strictness, clean errors."""

from __future__ import annotations

import functools
from datetime import datetime, timezone
from pathlib import Path

import jinja2
import pytest

from adm_appraise import __version__, load_appraisal
from adm_appraise.analysis.method import Result, appraise
from adm_appraise.problems import AppraisalError
from adm_appraise.render.report import render_report
from adm_appraise.render.templating import DEFAULT_LIMITS, Limits, markdown_escape
from tests.conftest import ROOT, write


def render(template_dir: Path, fmt: str = "markdown", limits: Limits = DEFAULT_LIMITS) -> str:
    return render_report(
        appraise(load_appraisal(ROOT)), fmt, template_dir=template_dir, limits=limits
    )


def failure(template_dir: Path, fmt: str = "markdown", limits: Limits = DEFAULT_LIMITS) -> str:
    with pytest.raises(AppraisalError) as err:
        render(template_dir, fmt, limits)
    (problem,) = err.value.problems
    assert problem.code == "E301"
    return str(problem)


def test_user_template_overrides_one_partial(tmp_path: Path) -> None:
    write(tmp_path, "_audit.md.j2", "## Audit\n\nCustom audit for {{ title }}.\n")
    text = render(tmp_path)
    assert text.rstrip().endswith(
        "Custom audit for Children's social care — alternative delivery models."
    )
    assert "## 1. Method" in text  # the shipped templates still fill the rest


def test_html_autoescapes_whatever_the_file_name(tmp_path: Path) -> None:
    # report.html.j2 is the name Jinja's select_autoescape would accept; this one is not .html
    write(tmp_path, "report.html.j2", '{% include "_x.txt" %}')
    write(tmp_path, "_x.txt", "{{ '<b>' ~ title }}")
    assert render(tmp_path, "html").startswith("&lt;b&gt;Children")


@pytest.mark.parametrize(
    "source",
    [
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ title.__class__.__init__.__globals__ }}",
        "{{ cycler.__init__.__globals__.os }}",
        "{{ options.append(1) }}",
        "{{ criteria[0].update({'weight': 1}) }}",
    ],
)
def test_sandbox_blocks_escapes(tmp_path: Path, source: str) -> None:
    write(tmp_path, "report.md.j2", "line one\n" + source + "\n")
    message = failure(tmp_path)
    assert f"{tmp_path / 'report.md.j2'}:2" in message


def test_undefined_variable_names_template_and_line(tmp_path: Path) -> None:
    write(tmp_path, "report.md.j2", "# {{ title }}\n{% include '_part.md.j2' %}\n")
    write(tmp_path, "_part.md.j2", "ok\nok\n{{ summary.leadr.name }}\n")
    message = failure(tmp_path)
    assert message.startswith(f"{tmp_path / '_part.md.j2'}:3:0: error: undefined in template")
    assert "leadr" in message and "[E301]" in message


def test_syntax_error_names_template_and_line(tmp_path: Path) -> None:
    write(tmp_path, "report.html.j2", "<p>\n{% for x in options %}\n")
    assert failure(tmp_path, "html").startswith(f"{tmp_path / 'report.html.j2'}:")
    assert "syntax error" in failure(tmp_path, "html")


def test_endless_loop_hits_the_time_limit(tmp_path: Path) -> None:
    write(
        tmp_path,
        "report.md.j2",
        "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}\n",
    )
    message = failure(tmp_path, limits=Limits(seconds=0.5))
    assert "time limit" in message and "report.md.j2:1" in message


def test_huge_output_hits_the_size_limit(tmp_path: Path) -> None:
    write(tmp_path, "report.md.j2", "{% for i in range(100000) %}{{ 'x' * 1000 }}{% endfor %}\n")
    assert "size limit" in failure(tmp_path, limits=Limits(max_chars=1_000_000))


def test_huge_strings_are_refused(tmp_path: Path) -> None:
    write(tmp_path, "report.md.j2", "{{ 'x' * 10000000000 }}\n")
    assert "too large" in failure(tmp_path)


def test_recursion_is_a_clean_error(tmp_path: Path) -> None:
    write(tmp_path, "report.md.j2", "{% macro m() %}{{ m() }}{% endmacro %}{{ m() }}\n")
    assert "E301" in failure(tmp_path)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("# heading", "\\# heading"),
        ("- item", "\\- item"),
        ("=SUM(A1)", "\\=SUM(A1)"),
        ("1. first", "1\\. first"),
        ("0.1.0", "0.1.0"),
        ("-5", "-5"),
        ("a | b\nc", "a \\| b c"),
        ("<b>", "&lt;b&gt;"),
    ],
)
def test_markdown_escape(text: str, expected: str) -> None:
    assert markdown_escape(text) == expected


@functools.cache
def _bundled() -> Result:
    return appraise(load_appraisal(ROOT))


def _report(fmt: str, template_dir: Path | None = None) -> str:
    fixed = datetime(2024, 1, 1, tzinfo=timezone.utc)
    return render_report(_bundled(), fmt, template_dir=template_dir, generated=fixed)


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_compiled_templates_are_cached_per_format_and_reports_stay_identical(
    fmt: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    cold = _report(fmt)
    (folder,) = (tmp_path / "cache" / "adm-appraise").iterdir()  # one folder, for this format only
    assert folder.name.startswith(f"templates-{fmt}-{__version__}-")
    assert len(list(folder.glob("*.cache"))) >= 8  # the report and its partials

    def no_compiling(*args: object, **kwargs: object) -> None:
        raise AssertionError("compiled although cached")

    monkeypatch.setattr(jinja2.Environment, "compile", no_compiling)
    assert _report(fmt) == cold  # every template came from the cache


def test_an_edited_template_is_compiled_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    write(tmp_path / "t", "_audit.md.j2", "Audit one.\n")
    assert _report("markdown", tmp_path / "t").endswith("Audit one.\n")
    write(tmp_path / "t", "_audit.md.j2", "Audit two.\n")
    assert _report("markdown", tmp_path / "t").endswith("Audit two.\n")


def test_an_unusable_cache_is_no_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = _report("markdown")
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would go\n")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert _report("markdown") == expected
    # cached files that are corrupt are compiled afresh
    cache = tmp_path / "cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    _report("markdown")
    for f in (cache / "adm-appraise").rglob("*.cache"):
        f.write_bytes(b"garbage")
    assert _report("markdown") == expected
    # a folder that cannot be written to (faked: the tests may run as root, which chmod does not stop)
    import jinja2.bccache

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(jinja2.bccache.tempfile, "NamedTemporaryFile", refuse)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "other"))
    assert _report("markdown") == expected


def test_a_link_out_of_the_template_folder_is_refused(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("private key\n")
    folder = tmp_path / "tpl"
    write(folder, "report.md.j2", "{% include '_leak.md.j2' %}\n")
    (folder / "_leak.md.j2").symlink_to(secret)
    message = failure(folder)
    assert "is a link to outside its folder" in message and "private key" not in message
    (folder / "_leak.md.j2").unlink()
    (folder / "_leak.md.j2").symlink_to(folder / "inside.txt")  # a link inside the folder is fine
    write(folder, "inside.txt", "ok {{ title }}\n")
    assert render(folder).startswith("ok Children")


@pytest.mark.parametrize(
    "source",
    [
        "{{ 'x'.ljust(10000000000) }}",
        "{{ 'x'.center(2000000) }}",
        "{{ 'x'.zfill(10**9) }}",
        "{{ '%*s' % (10**9, 'x') }}",
        "{{ '%1000000000s' % 'x' }}",
        "{{ '{:>1000000000}'.format(1) }}",
        "{{ '{0:>{1}}'.format(1, 10**9) }}",
        "{{ (10**1000)**1000 }}",
        "{{ 7 ** 1000000 }}",
        "{{ 'x'|center(10**9) }}",
        "{{ '%1000000000s'|format('x') }}",
        "{{ 'ab'|replace('', 'x' * 1000000) }}",
        "{{ range(99999)|join('x' * 100000) }}",
        "{{ ('x' * 900000) + ('x' * 900000) + ('x' * 900000) * 25 }}",
        "{{ ['x'] * 10**7 }}",
    ],
)
def test_huge_results_are_refused_before_they_are_built(tmp_path: Path, source: str) -> None:
    # each would take one long C-level call (no timer can stop it) or gigabytes of memory
    write(tmp_path, "report.md.j2", source + "\n")
    message = failure(tmp_path)
    assert "too large" in message and "blocked by the sandbox" in message


def test_memory_is_capped(tmp_path: Path) -> None:
    # '~' (concatenation) cannot be checked before it runs: doubling a 1 MB string 12 times
    # would take 4 GB; the cap (here 200 MB more than the process has) stops it
    write(tmp_path, "report.md.j2",
          "{% macro grow(s, n) %}{% if n %}{{ grow(s ~ s, n - 1) }}{% else %}{{ s|length }}{% endif %}{% endmacro %}"
          "{{ grow('x' * 1000000, 12) }}\n")
    message = failure(tmp_path, limits=Limits(max_memory=200 << 20))
    assert "ran out of memory" in message


def test_an_active_tracer_is_left_alone(tmp_path: Path) -> None:
    import sys

    write(tmp_path, "report.md.j2", "{% for c in criteria %}{{ c.id }} {% endfor %}\n")
    seen: list[str] = []

    def tracer(frame, event, arg):  # a coverage tool or a debugger
        if frame.f_code.co_filename.endswith("report.md.j2"):
            seen.append(event)
        return tracer

    previous = sys.gettrace()
    sys.settrace(tracer)
    try:
        text = render(tmp_path)
        assert sys.gettrace() is tracer
    finally:
        sys.settrace(previous)
    assert text.startswith("tax\\_vat procurement")
    assert "line" in seen  # the tracer saw the template's own lines: nothing replaced it


class _Named(dict):  # a mapping of another type: looked up the way Jinja always does
    pass


@pytest.mark.parametrize(("source", "expected"), [
    ("{{ d.name }}", "Trust"),  # an item, looked up directly
    ("{{ d['name'] }}", "Trust"),
    ("{{ d.items is callable }}", "True"),  # a dict's method is still the method, as in Jinja
    ("{{ d.keys()|list|length }}", "3"),
    ("{{ d.get('name') }}", "Trust"),
    ("{{ d['items'] }}", "an item called items"),  # the item of that name, asked for as an item
    ("{{ n.name }}", "Mutual"),
    ("{{ d.missing is defined }}", "False"),
])
def test_sandbox_reads_a_dicts_items_as_jinja_does(source: str, expected: str) -> None:
    from adm_appraise.render.templating import environment

    env = environment("markdown")
    out = env.from_string(source).render(d={"name": "Trust", "items": "an item called items", "x": 1},
                                         n=_Named(name="Mutual"))
    assert out == expected


@pytest.mark.parametrize("source", ["{{ d.__class__ }}", "{{ d.update({'a': 1}) }}", "{{ d.missing }}"])
def test_sandbox_still_refuses_on_dicts(source: str) -> None:
    from adm_appraise.render.templating import environment

    env = environment("markdown")
    with pytest.raises((jinja2.exceptions.SecurityError, jinja2.exceptions.UndefinedError)):
        env.from_string(source).render(d={"name": "Trust"})


class _Html:
    def __html__(self) -> str:
        return "<i>own</i>"


def test_output_is_escaped_as_markupsafe_escapes_it() -> None:
    # text marked safe passes through as it is (the compiled code escapes with the sandbox's own
    # function, which hands Markup back rather than copying it); anything else as markupsafe escapes it
    from markupsafe import Markup, escape

    from adm_appraise.render.templating import _escape, environment

    env = environment("html")
    template = env.from_string("{{ a }}|{{ b }}|{{ c }}|{{ d }}|{{ e }}")
    values = {"a": "<b>&'\"", "b": Markup("<b>safe</b>"), "c": _Html(), "d": 3.5, "e": None}
    assert template.render(**values) == "|".join(str(escape(v)) for v in values.values())
    assert template.root_render_func.__globals__["escape"] is _escape
    safe = Markup("<b>x</b>")
    assert _escape(safe) is safe and _escape("<") == "&lt;"


def test_output_of_many_chunks_is_whole_and_in_order() -> None:
    # the output is taken in batches of chunks: more chunks than a batch, none lost or reordered
    from adm_appraise.render.templating import BATCH, environment, render

    env = environment("markdown")
    write_to = {"n": 3 * BATCH + 7}
    out = render(env.overlay(loader=jinja2.DictLoader({"t": "{% for i in range(n) %}{{ i }},{% endfor %}"})),
                 "t", write_to)
    assert out == "".join(f"{i}," for i in range(write_to["n"]))
