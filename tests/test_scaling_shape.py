"""The shape of growth, not its speed: at 200 and 2,000 options, count the work a command's
quadratic-prone parts do and check it grows at most linearly (10x the options, at most ~10x the
work; a quadratic implementation does ~100x). No timing: counts are the same on any machine."""

from __future__ import annotations

import dataclasses
import inspect
import random
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any

import numpy as np
import pytest

from adm_appraise.analysis import diff, economics, panel, value_draws
from adm_appraise.analysis.method import Result, appraise
from adm_appraise.files.loader import bundled_dir, load_appraisal
from adm_appraise.model import Appraisal, Conflict, ShortlistRule
from adm_appraise.render import charts, labels, longlist
from tests.conftest import make_appraisal

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
SMALL, LARGE = 200, 2_000


def _points(n: int) -> list[dict[str, Any]]:
    rng = random.Random(0)
    return [{"name": f"Option {k} with a longer name", "score": rng.uniform(20, 90), "pvc": rng.uniform(0.5, 12),
             "frontier": k % 50 == 0, "eligible": k % 20 != 1, "baseline": k == 0} for k in range(n)]


def _geometry_tests(monkeypatch: pytest.MonkeyPatch, n: int) -> int:
    """Box-against-box and box-against-segment tests made to draw the frontier chart of n points."""
    count = [0]
    meets, crossed = labels.Box.meets, labels.Box.crossed_by

    def counted_meets(self: labels.Box, *args: Any) -> bool:
        count[0] += 1
        return meets(self, *args)

    def counted_crossed(self: labels.Box, *args: Any) -> bool:
        count[0] += 1
        return crossed(self, *args)

    monkeypatch.setattr(labels.Box, "meets", counted_meets)
    monkeypatch.setattr(labels.Box, "crossed_by", counted_crossed)
    svg = charts.frontier_svg(_points(n), "£m")
    assert svg.count('class="point"') == n  # every option drawn
    assert svg.count('class="point-label"') == min(n, labels.MOST)  # at most MOST named on the chart
    return count[0]


def test_frontier_label_placement_grows_at_most_linearly(monkeypatch: pytest.MonkeyPatch) -> None:
    # before the grid, each label checked every marker and every point's distance per candidate
    # place: 200 points took 3.7 million tests, 1,000 took 269 million (x73 for 5x the points)
    small, large = _geometry_tests(monkeypatch, 200), _geometry_tests(monkeypatch, 2_000)
    assert large <= 10 * small, (small, large)


# --- counting numpy's work: elements each ufunc call reads or writes -----------------------


class _Counted(np.ndarray):
    """An array that adds to ``touched`` the elements of every ufunc it takes part in: the
    broadcast shape of a call (a pairwise comparison of n options is n^2), the input of a
    reduction (``min``, ``any``, ``maximum.accumulate``)."""

    touched = [0]

    def __array_ufunc__(self, ufunc: np.ufunc, method: str, *inputs: Any, **kwargs: Any) -> Any:
        if method == "__call__":
            size = int(np.prod(np.broadcast_shapes(*(np.shape(x) for x in inputs))))
        else:
            size = max(int(np.size(x)) for x in inputs)
        _Counted.touched[0] += size
        plain = [x.view(np.ndarray) if isinstance(x, _Counted) else x for x in inputs]
        if "out" in kwargs:
            kwargs["out"] = tuple(x.view(np.ndarray) if isinstance(x, _Counted) else x for x in kwargs["out"])
        result = getattr(ufunc, method)(*plain, **kwargs)
        return result.view(_Counted) if isinstance(result, np.ndarray) and result.dtype != object else result


class _CountingNumpy(ModuleType):
    """numpy, but the arrays a module makes with ``np.array``/``np.asarray`` are ``_Counted``."""

    def __init__(self) -> None:
        super().__init__("numpy")

    def __getattr__(self, name: str) -> Any:
        return getattr(np, name)

    @staticmethod
    def array(*args: Any, **kwargs: Any) -> Any:
        made = np.array(*args, **kwargs)
        return made if made.dtype == object else made.view(_Counted)

    @staticmethod
    def asarray(*args: Any, **kwargs: Any) -> Any:
        made = np.asarray(*args, **kwargs)
        return made if made.dtype == object else made.view(_Counted)


def _touched(monkeypatch: pytest.MonkeyPatch, modules: list[Any], run: Any) -> int:
    for module in modules:
        monkeypatch.setattr(module, "np", _CountingNumpy())
    _Counted.touched[0] = 0
    run()
    return _Counted.touched[0]


def test_the_counter_sees_a_pairwise_comparison() -> None:
    # the counter itself: comparing every pair of 10 options touches 100 elements, a sweep 10
    a = np.arange(10.0).view(_Counted)
    _Counted.touched[0] = 0
    _ = a[None, :] >= a[:, None]
    assert _Counted.touched[0] == 100
    _Counted.touched[0] = 0
    _ = np.maximum.accumulate(a)
    assert _Counted.touched[0] == 10


# --- value: the frontier and each option's threshold to join it -------------------------------


def _copies(appraisal: Appraisal, n: int) -> Appraisal:
    """``appraisal`` with its options copied round until there are n (ids made unique), costs,
    benefits, gates, roles and origins kept; the baseline stays the one option of its id."""
    rng = random.Random(n)
    options = []
    for k in range(n):
        o = appraisal.options[k % len(appraisal.options)]
        if k < len(appraisal.options):
            options.append(o)
            continue
        scores = {c: dataclasses.replace(a, point=rng.choice([a.point, a.point - 1, a.point + 1])
                                         if a.point is not None and appraisal.scale[0] < a.point < appraisal.scale[1]
                                         else a.point)
                  for c, a in o.scores.items()}
        options.append(dataclasses.replace(o, id=f"{o.id}_{k}", scores=scores,
                                           role=None if o.role in ("business_as_usual", "preferred") else o.role))
    return dataclasses.replace(appraisal, options=tuple(options))


def _value_work(monkeypatch: pytest.MonkeyPatch, n: int) -> int:
    appraisal = _copies(load_appraisal(EXAMPLES / "adm-value-for-money"), n)
    found: list[Any] = []
    work = _touched(monkeypatch, [economics], lambda: found.append(economics.value_for_money(appraisal)))
    v = found[0]
    assert len(v.options) == n and v.frontier  # every option valued, a frontier found
    assert all(o.join_cost is not None for o in v.candidates if not o.frontier)  # each off it knows its way on
    return work


def test_value_frontier_grows_at_most_linearly(monkeypatch: pytest.MonkeyPatch) -> None:
    # before the sweep, the frontier compared every pair of options (n^2 elements in each of five
    # arrays) and each option off it scanned every other for its threshold (n each): 200 options
    # touched about 0.5 million elements, 2,000 about 46 million (x90). Now a sort and a sweep.
    small, large = _value_work(monkeypatch, SMALL), _value_work(monkeypatch, LARGE)
    assert large <= 12 * small, (small, large)


def test_value_draws_grow_at_most_linearly(monkeypatch: pytest.MonkeyPatch) -> None:
    # ranged costs: each draw has its own frontier. Pairwise, 20 draws of 2,000 options touched
    # 20 x 2,000^2 x 5 elements; swept, about 20 x 2,000 x 10
    def work(n: int) -> int:
        vfm = _vfm(n, ranged=True)
        found: list[Any] = []
        counted = _touched(monkeypatch, [economics, value_draws], lambda: found.append(value_draws.draw_value(vfm, 20)))
        assert found[0].frontier.shape == (n,) and 0 < found[0].frontier.sum()
        return counted

    small, large = work(SMALL), work(LARGE)
    assert large <= 12 * small, (small, large)


def test_value_draws_hold_a_bounded_number_of_draws(monkeypatch: pytest.MonkeyPatch) -> None:
    # draws x options held at once: at most HELD (2,000 options: 5,000 draws a chunk, not 50,000),
    # and within the working-memory budget, about 32 bytes an option a draw: 64 MiB // 64,001 = 1,048
    held = [0]
    dominated = value_draws._dominated_rows

    def counted(score: np.ndarray, cost: np.ndarray) -> np.ndarray:
        held[0] = max(held[0], cost.size)
        return dominated(score, cost)

    monkeypatch.setattr(value_draws, "_dominated_rows", counted)
    value_draws.draw_value(_vfm(LARGE, ranged=True), 12_000)
    chunk = min(value_draws.HELD // LARGE, value_draws.CHUNK_BYTES // (32 * LARGE + 1))
    assert held[0] == chunk * LARGE == 1_048 * 2_000 <= value_draws.HELD
    held[0] = 0
    value_draws.draw_value(_vfm(LARGE, ranged=False), 12_000)  # fixed costs: one row will do
    assert held[0] == LARGE


def test_the_swept_frontier_is_the_pairwise_one() -> None:
    # the sweep against the definition, on small random cases full of ties (exact and within TIE)
    rng = np.random.default_rng(7)
    tie = economics.TIE
    for _ in range(500):
        n = int(rng.integers(1, 25))
        score = rng.integers(0, 5, n) + rng.choice([0.0, tie / 2, 2 * tie, 0.5], n)
        cost = rng.integers(0, 4, n) + rng.choice([0.0, tie / 2, 2 * tie, 0.25], n)
        s_ge = score[None, :] >= score[:, None] - tie
        c_le = cost[None, :] <= cost[:, None] + economics.MONEY_TIE
        better = (score[None, :] > score[:, None] + tie) | (cost[None, :] < cost[:, None] - economics.MONEY_TIE)
        assert (economics.dominated(score, cost) == (s_ge & c_le & better).any(axis=1)).all()
        rows = np.stack([cost, cost[::-1]])
        assert (value_draws._dominated_rows(score, rows)[0] == economics.dominated(score, cost)).all()


def _vfm(n: int, ranged: bool) -> Any:
    def line(i: int) -> SimpleNamespace:
        return SimpleNamespace(kind="capital", pv=1.0 + i % 7, low=0.9 if ranged else 1.0, high=1.2 if ranged else 1.0)

    candidates = [SimpleNamespace(id=f"o{i:04d}", score=float(i % 11), monetised=False, lines=[line(i)], risks=())
                  for i in range(n)]
    return SimpleNamespace(candidates=candidates)


# --- diff: each option's status and shortlisting -------------------------------------------


def _diff_lookups(monkeypatch: pytest.MonkeyPatch, n: int) -> int:
    """Ids read from the two sides' shortlists and sifted-out lists to compare them."""
    base = _copies(load_appraisal(EXAMPLES / "adm-value-for-money"), n)
    # everything shortlisted (a min_score rule), and a tenth of the options added in NEW
    old = dataclasses.replace(base, options=base.options[: n - n // 10], shortlist=ShortlistRule(top=None, min_score=0))
    new = dataclasses.replace(base, shortlist=ShortlistRule(top=None, min_score=0))
    read = [0]
    for name in ("shortlist", "sifted_out"):
        getter = getattr(Result, name).fget

        def counted(self: Result, getter: Any = getter) -> list[str]:
            ids = getter(self)
            read[0] += len(ids)
            return list(ids)

        monkeypatch.setattr(Result, name, property(counted))
    found = diff.compare(old, new)
    assert len(found.movements) == n and sum(m.status == "added" for m in found.movements) == n // 10
    assert sum(m.new_shortlisted for m in found.movements) > n // 2  # the shortlists are long
    return read[0]


def test_diff_reads_each_list_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # before, each option's row looked itself up in both shortlists (and each added one in the
    # sifted-out list): n rows x n ids. Now each list is read into a set once.
    small, large = _diff_lookups(monkeypatch, SMALL), _diff_lookups(monkeypatch, LARGE)
    assert large <= 12 * small, (small, large)


# --- panel: each cell's conflicts ----------------------------------------------------------


class _CountingTuple(tuple):  # type: ignore[type-arg]
    read = [0]

    def __iter__(self) -> Iterator[Any]:
        for item in tuple.__iter__(self):
            _CountingTuple.read[0] += 1
            yield item


def _conflicts_read(n: int) -> int:
    """Conflicts read to analyse a panel of n options, each assessor conflicted on a tenth of them."""
    appraisal = load_appraisal(EXAMPLES / "panel-leisure")
    assert appraisal.panel is not None
    copies = _copies(appraisal, n)
    originals = {o.id: appraisal.options[k % len(appraisal.options)].id for k, o in enumerate(copies.options)}
    assessors = []
    for j, a in enumerate(appraisal.panel.assessors):
        scores = {o: a.scores.get(originals[o], {}) for o in originals}
        conflicts = _CountingTuple(Conflict(o, "declared", a.where) for k, o in enumerate(originals) if k % 10 == j)
        assessors.append(dataclasses.replace(a, scores=scores, conflicts=conflicts))
    copies = dataclasses.replace(copies, panel=dataclasses.replace(appraisal.panel, assessors=tuple(assessors)))
    _CountingTuple.read[0] = 0
    found = panel.analyse_panel(appraise(copies))
    assert sum(s == "conflict" for c in found.cells for s in c.status.values()) > n // 10  # conflicts seen
    return _CountingTuple.read[0]


def test_panel_reads_each_conflict_once() -> None:
    # before, every cell searched each assessor's conflicts: cells x conflicts, both ~ options
    small, large = _conflicts_read(SMALL), _conflicts_read(LARGE)
    assert large <= 12 * small, (small, large)


# --- longlist: each option's row of the ranking ----------------------------------------------


class _CountingList(list):  # type: ignore[type-arg]
    read = [0]

    def __iter__(self) -> Iterator[Any]:
        for item in list.__iter__(self):
            _CountingList.read[0] += 1
            yield item


def _ranking_rows_read(n: int) -> int:
    appraisal = _copies(load_appraisal(bundled_dir()), n)
    assert appraisal.longlist is not None
    data = appraise(appraisal).to_dict()
    data["ranking"] = _CountingList(data["ranking"])
    _CountingList.read[0] = 0
    context = longlist.longlist_context(appraisal, data)
    assert context is not None and sum(o["rank"] is not None for o in context["shortlist"]) > n // 2
    return _CountingList.read[0]


def test_longlist_reads_the_ranking_once() -> None:
    # before, each option of the shortlist searched the ranking for its row: n x n rows
    small, large = _ranking_rows_read(SMALL), _ranking_rows_read(LARGE)
    assert large <= 12 * small, (small, large)


def _full_collections(folder: Path, n: int) -> int:
    """Full collections of the heap while ``validate`` reads an appraisal of n options x 10 criteria."""
    criteria = "".join(f"  - {{id: c{k}, name: Criterion {k}, weight: {k + 1}}}\n" for k in range(10))
    options = {}
    for i in range(n):
        scores = "".join(f"  c{k}: {{score: {(i * 7 + k * 3) % 6}, rationale: Reason {k} for option {i}, "
                         f"evidence: [Source {k}]}}\n" for k in range(10))
        options[f"o{i:05d}"] = f"id: o{i:05d}\nname: Option {i}\nscores:\n{scores}"
    make_appraisal(folder, "appraisal: {title: Many options, scale: {min: 0, max: 5}}\ncriteria:\n" + criteria,
                   **options)
    code = ("import gc, sys\nfrom adm_appraise.cli import main\nbefore = gc.get_stats()[2]['collections']\n"
            f"try:\n    main(['validate', {str(folder)!r}])\nexcept SystemExit as exit:\n    assert exit.code == 0\n"
            "print(gc.get_stats()[2]['collections'] - before)")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return int(run.stdout.split()[-1])


def test_score_switching_works_out_the_values_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # before, each of the 2 x criteria switches read the values matrix (options x criteria, worked out
    # afresh at each reading) to find one number: criteria x options x criteria
    from adm_appraise.analysis.matrix import DecisionMatrix
    from adm_appraise.analysis.sensitivity import score_switches

    result = appraise(load_appraisal(bundled_dir()))
    count = [0]
    values = inspect.getattr_static(DecisionMatrix, "values").fget

    def counted(self: DecisionMatrix) -> Any:
        count[0] += 1
        return values(self)

    monkeypatch.setattr(DecisionMatrix, "values", property(counted))
    found = score_switches(result)
    assert len(found) == 2 * len(result.appraisal.criteria) >= 8
    assert count[0] == 1, count[0]  # the eligible options' values, once


def test_reading_does_not_walk_the_whole_heap_again_and_again(tmp_path: Path) -> None:
    # every value read is kept to the end, so each full collection walks a heap that grows with the
    # files and frees nothing: at Python's default thresholds validate made 2 of them at 500 options
    # and 4 at 1,000 (work growing as the square); the command line collects the oldest generation
    # so rarely that reading never triggers it
    assert _full_collections(tmp_path / "a", 500) == 0
    assert _full_collections(tmp_path / "b", 1_000) == 0
