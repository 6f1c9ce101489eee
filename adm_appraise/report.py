"""The report's public API, as the documentation describes it: ``adm_appraise.report.build_context``.

The code lives in ``render/report.py``; this name stays so that callers' imports keep working.
"""

from __future__ import annotations

from adm_appraise.render.output import format_for
from adm_appraise.render.report import build_context, render_report

__all__ = ["build_context", "format_for", "render_report"]
