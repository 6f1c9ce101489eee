"""The documentation site builds in strict mode and documents everything the code defines.

Sphinx runs with -W -n: any warning (a broken cross-reference, a page in no table of contents,
an image not found, malformed markup) fails the build. Then the built pages are read back: every
command and option, every key of every file format and every problem code must appear, every
relative link must land on a file of the site, and nothing is fetched from the network.
"""

from __future__ import annotations

import html
import re
import subprocess
import sys
import time
from pathlib import Path

import click
import pytest

from adm_appraise.cli import main
from adm_appraise.files import schema
from adm_appraise.problems import CODES
from tests.conftest import ROOT

pytest.importorskip("sphinx", reason="the docs extra is not installed")  # .ci/run installs it (the test extra)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site")
    start = time.perf_counter()
    built = subprocess.run([sys.executable, "-m", "sphinx", "-W", "--keep-going", "-n", "-q", "-E", "-b", "html",
                            str(ROOT / "docs"), str(out)], capture_output=True, text=True)
    print(f"docs built in {time.perf_counter() - start:.1f} s")
    assert built.returncode == 0, built.stderr
    return out


def text(page: Path) -> str:
    """A built page's words, without tags and with entities undone."""
    body = re.sub(r"<script.*?</script>|<style.*?</style>", " ", page.read_text(encoding="utf-8"), flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", "", body))


def commands(group: click.Group, prefix: str) -> list[tuple[str, click.Command]]:
    found = []
    for name, command in group.commands.items():
        found.append((f"{prefix} {name}", command))
        if isinstance(command, click.Group):
            found += commands(command, f"{prefix} {name}")
    return found


def test_every_command_and_option_is_in_the_reference(site: Path) -> None:
    page = text(site / "reference/commands.html")
    for path, command in commands(main, "adm-appraise"):
        assert path in page, f"{path} is not in the command reference"
        for param in command.params:
            for opt in getattr(param, "opts", []):
                if opt.startswith("-"):
                    assert opt in page, f"{path} {opt} is not in the command reference"


def test_every_file_key_is_in_the_file_formats(site: Path) -> None:
    page = text(site / "reference/files.html") + text(site / "how-to/long-list.html")
    for kind in schema.SCHEMAS:
        keys = re.findall(r"^\| `([^`]+)` \|", schema.reference(kind), re.M)
        assert keys, kind
        for key in keys:
            assert key in page, f"{kind} key {key} is not documented"


def test_every_problem_code_has_its_section(site: Path) -> None:
    page = (site / "reference/problems.html").read_text(encoding="utf-8")
    for code, (name, _) in CODES.items():
        assert f'id="{code.lower()}"' in page, f"{code} has no section"
        assert name in page


def test_the_site_is_whole_and_self_contained(site: Path) -> None:
    pages = sorted(site.rglob("*.html"))
    assert len(pages) >= 20
    for page in pages:
        source = page.read_text(encoding="utf-8")
        # nothing is fetched: scripts, styles, images and fonts come from the site itself
        fetched = re.findall(r"<(?:script|img|link|source|iframe)\b[^>]*?(?:src|href)=\"(https?:)?//", source)
        assert not fetched, f"{page.relative_to(site)} fetches from the network"
        for target in re.findall(r'href="([^"#?]+)(?:[#?][^"]*)?"', source):
            if re.match(r"[a-z]+:|//", target):
                continue
            assert (page.parent / target).resolve().exists(), f"{page.relative_to(site)} links to missing {target}"
    for css in site.rglob("*.css"):
        assert not re.search(r"url\(\s*['\"]?(https?:)?//", css.read_text(encoding="utf-8")), css.name
