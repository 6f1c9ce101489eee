"""Shared fixtures: the bundled appraisal, and small appraisals written on the fly."""

from __future__ import annotations

import os
import shutil
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

# CI runs the property tests on a fixed sequence of examples, so a run is repeatable; locally they
# explore afresh each time (HYPOTHESIS_PROFILE=ci gives CI's run).
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "default") == "ci":
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parent.parent


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite the golden files")


@pytest.fixture
def bundled(tmp_path: Path) -> Path:
    """A private copy of the bundled appraisal that a test may edit."""
    target = tmp_path / "appraisal"
    shutil.copytree(ROOT / "options", target / "options")
    shutil.copy(ROOT / "criteria.yaml", target / "criteria.yaml")
    shutil.copy(ROOT / "longlist.yaml", target / "longlist.yaml")
    return target


def write(folder: Path, name: str, text: str) -> Path:
    """Write dedented ``text`` to folder/name and return the path."""
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def make_appraisal(folder: Path, criteria: str, **options: str) -> Path:
    """An appraisal folder with the given criteria.yaml and options/<name>.yaml files."""
    write(folder, "criteria.yaml", criteria)
    (folder / "options").mkdir(parents=True, exist_ok=True)
    for name, text in options.items():
        write(folder, f"options/{name}.yaml", text)
    return folder


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    """True when run with --update-golden: golden-file tests rewrite their files."""
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Compiled templates go to a cache of the test run's own, not the user's."""
    saved = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("cache"))
    yield
    if saved is None:
        del os.environ["XDG_CACHE_HOME"]
    else:
        os.environ["XDG_CACHE_HOME"] = saved


WIDE_CRITERIA = [
    "Improvement for children: pace and sustainability of change",
    "Governance, accountability and council control",
    "Tax and VAT implications under section 33",
    "Procurement route and exposure to challenge",
    "Operational and financial risk retained by the council",
    "Deliverability within the Department for Education timescale",
    "Workforce disruption: TUPE transfer and pension admission",
    "Freedom to innovate, trade and attract investment",
    "Partnership working with health and police",
    "One-off set-up cost",
]
WIDE_OPTIONS = [
    "Company wholly owned by the council under the Teckal exemption, with a board of independent and council-appointed directors",
    "Strategic partnership with a neighbouring upper-tier local authority (regulation 12(7) co-operation)",
    "Managing agent appointed to run the service on the council's behalf",
    "Independent company owned by its board (an independent trust with a chief executive)",
    "Community interest company limited by guarantee",
    "Staff-owned public service mutual spun out of the council",
    "Company with charitable status registered with the Charity Commission",
    "Joint venture with another public or private body, with private capital",
    "Outsource the whole service to an independent provider after competition",
    "Outsource part of the service (fostering and adoption only)",
    "Shared service with two neighbouring authorities and a health trust",
    "Trust model jointly owned by the council and the regional adoption agency",
    "Social enterprise hosted by a national children's charity",
    "In-house improvement programme with an external improvement partner",
    "Business as usual (the baseline)",
]


def make_wide_appraisal(folder: Path) -> Path:
    """A wide case for printing and charts: 10 criteria, 15 options, long names, one measure
    in £k, two gates (the baseline fails one)."""
    criteria = [f'  - {{id: c{k}, name: "{name}", weight: {5 + 3 * k}}}'
                for k, name in enumerate(WIDE_CRITERIA[:-1])]
    criteria.append(f'  - {{id: c9, name: "{WIDE_CRITERIA[-1]}", weight: 12, type: measure, unit: £k, '
                    "direction: lower}")
    text = (
        "appraisal:\n  title: Wide appraisal for print\n  scale: {min: 0, max: 5}\n"
        "  baseline: o14\n  shortlist: {top: 3}\ncriteria:\n" + "\n".join(criteria) + "\n"
        "gates:\n  - {id: g0, name: Operational delivery outside the council}\n"
        "  - {id: g1, name: Lawful delegation of statutory functions}\n"
    )
    options = {}
    for i, name in enumerate(WIDE_OPTIONS):
        scores = ", ".join(f"c{k}: {(i * 7 + k * 3) % 6}" for k in range(9))
        gate = "fail" if i == 14 else ("conditional" if i % 5 == 1 else "pass")
        options[f"o{i}"] = (
            f'id: o{i}\nname: "{name}"\n'
            f"gates: {{g0: {{result: {gate}, rationale: assessed}}, g1: pass}}\n"
            f"scores: {{{scores}, c9: {{value: {1000 + 137 * ((i * 5) % 15)}}}}}\n"
        )
    return make_appraisal(folder, text, **options)
