"""adm-appraise: options appraisal of alternative delivery models, from plain YAML files.

The library API, usable without click::

    from adm_appraise import load_appraisal, appraise
    result = appraise(load_appraisal("my-appraisal"))
    result.to_dict()["shortlist"]

``load_appraisal`` and ``appraise`` are imported when first used, so that importing the
package costs nothing (``appraise`` needs pandas; ``load_appraisal`` needs pydantic).
"""

from __future__ import annotations

from typing import Any

from adm_appraise.problems import AppraisalError, Problem

__version__ = "0.1.0"
__all__ = ["AppraisalError", "Problem", "__version__", "appraise", "load_appraisal"]


def __getattr__(name: str) -> Any:
    if name == "appraise":
        from adm_appraise.analysis.method import appraise

        return appraise
    if name == "load_appraisal":
        from adm_appraise.files.loader import load_appraisal

        return load_appraisal
    raise AttributeError(f"module 'adm_appraise' has no attribute {name!r}")
