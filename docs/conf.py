"""Sphinx configuration of the adm-appraise documentation (build: sphinx-build -W -n docs docs/_build)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "_ext"))

from adm_appraise import __version__  # noqa: E402

project = "adm-appraise"
author = "adm-appraise contributors"
copyright = "adm-appraise contributors"  # noqa: A001 (Sphinx's name)
version = release = __version__
language = "en"

extensions = ["myst_parser", "sphinx_click", "generated"]
source_suffix = {".md": "markdown"}
exclude_patterns = ["_build", "_ext"]
myst_heading_anchors = 4  # [text](page.md#a-heading) links, as GitHub renders them
myst_enable_extensions = ["deflist"]
nitpicky = True
smartquotes = False  # -- in an option stays two hyphens, as typed

html_theme = "furo"
html_title = f"adm-appraise {version}"
html_static_path: list[str] = []
html_copy_source = False
html_show_sourcelink = False
