"""Weights drawn node by node down a value tree (``--weights tree``), and the ordinal (SMAA) draws,
on random trees: every draw sums to 1, keeps each ranked node's order, and each node's mean shares
converge on what the node states (its shares, around which it is drawn; the rank-order centroid of
a ranked node, 1/n for n items tied)."""

from __future__ import annotations

import json
import tempfile
from itertools import count
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from adm_appraise import load_appraisal
from adm_appraise.analysis.method import appraise
from adm_appraise.analysis.montecarlo import monte_carlo
from adm_appraise.analysis.ordinal import TreeSampler
from adm_appraise.analysis.tree_draws import TreeDraws, vertices
from adm_appraise.model import Appraisal
from tests.conftest import ROOT, make_appraisal

SAMPLES = 4000
# A node's share drawn around s has standard deviation spread sqrt(s (1 - s)) <= 0.1 at spread 0.2,
# so its mean over 4000 draws has a standard error below 0.0016: 0.01 is six of them. A ranked
# node's share, uniform within the order, has a standard deviation below 0.3 (the largest is the
# first place of two, sqrt(1/48) ~ 0.29 on top of 3/4): a standard error below 0.0047, and 0.03
# is six of them.
AROUND_TOLERANCE = 0.01
RANKED_TOLERANCE = 0.03


@st.composite
def trees(draw: Any) -> dict[str, Any]:
    """A random value tree: a node holds 1-4 items, each a criterion or (above depth 3) a group,
    weighed directly (random weights) or by rank (a random order with ties)."""
    ids = count()

    def node(depth: int) -> dict[str, Any]:
        n = draw(st.integers(1, 4))
        items = []
        for _ in range(n):
            if depth < 3 and draw(st.booleans()):
                items.append({"id": f"g{next(ids)}", **node(depth + 1)})
            else:
                items.append({"id": f"c{next(ids)}"})
        method = draw(st.sampled_from(["direct", "rank"]))
        weights = [draw(st.integers(1, 9)) for _ in items]
        places = [draw(st.integers(0, len(items) - 1)) for _ in items]  # equal places are ties
        order = [[i["id"] for i, p in zip(items, places, strict=True) if p == q] for q in sorted(set(places))]
        return {"items": items, "method": method, "weights": weights, "order": order}

    return node(0)


def criteria_yaml(tree: dict[str, Any]) -> str:
    """The tree as criteria.yaml: groups under ``weighting: groups:``, ``weight:`` where a node is direct."""
    groups: list[str] = []
    criteria: list[str] = []

    def weighed(node: dict[str, Any]) -> str:
        return f"method: rank, order: {json.dumps(node['order'])}" if node["method"] == "rank" else "method: direct"

    def visit(node: dict[str, Any], parent: str | None) -> None:
        for item, weight in zip(node["items"], node["weights"], strict=True):
            keys = ([f"group: {parent}"] if parent else []) + ([f"weight: {weight}"] if node["method"] == "direct"
                                                               else [])
            if "items" in item:
                groups.append(f"    {item['id']}: {{name: {item['id']}, {weighed(item)}"
                              + "".join(f", {k}" for k in keys) + "}")
                visit(item, item["id"])
            else:
                criteria.append(f"  - {{id: {item['id']}, name: {item['id']}" + "".join(f", {k}" for k in keys) + "}")

    visit(tree, None)
    top = f"method: rank\n  order: {json.dumps(tree['order'])}" if tree["method"] == "rank" else "method: direct"
    return ("appraisal:\n  title: Tree\n  scale: {min: 0, max: 5}\nweighting:\n  " + top
            + ("\n  groups:\n" + "\n".join(groups) if groups else "") + "\ncriteria:\n" + "\n".join(criteria) + "\n")


def load(tree: dict[str, Any]) -> Appraisal:
    with tempfile.TemporaryDirectory() as folder:
        text = criteria_yaml(tree)
        ids = [line.split("id: ")[1].split(",")[0] for line in text.splitlines() if line.startswith("  - {id:")]
        scores = ", ".join(f"{c}: 3" for c in ids)
        make_appraisal(Path(folder), text, a=f"id: a\nname: A\nscores: {{{scores}}}\n")
        return load_appraisal(folder)


def nodes(tree: dict[str, Any]) -> list[dict[str, Any]]:
    out = [tree]
    for item in tree["items"]:
        if "items" in item:
            out += nodes(item)
    return out


def leaves(item: dict[str, Any]) -> list[str]:
    return [c for child in item["items"] for c in leaves(child)] if "items" in item else [item["id"]]


def check(tree: dict[str, Any], w: np.ndarray, criteria: list[str], *, mean: bool, around: bool) -> None:
    """Sums to 1; each ranked node's order kept in every draw; each node's mean shares as stated."""
    assert np.allclose(w.sum(axis=1), 1.0)
    assert (w >= 0).all()
    col = {c: j for j, c in enumerate(criteria)}
    for node in nodes(tree):
        mass = np.column_stack([w[:, [col[c] for c in leaves(item)]].sum(axis=1) for item in node["items"]])
        shares = mass / mass.sum(axis=1, keepdims=True)
        place = {i["id"]: k for k, i in enumerate(node["items"])}
        if node["method"] == "rank":
            for a, b in zip(node["order"], node["order"][1:], strict=False):
                assert (shares[:, place[a[-1]]] >= shares[:, place[b[0]]] - 1e-12).all()
            for tie in node["order"]:
                for a, b in zip(tie, tie[1:], strict=False):
                    assert np.allclose(shares[:, place[a]], shares[:, place[b]])
            expected = vertices(node["order"], [i["id"] for i in node["items"]]).mean(axis=0)  # the centroid
            tolerance = RANKED_TOLERANCE
        else:
            stated = np.array(node["weights"], dtype=float)
            expected = stated / stated.sum()
            tolerance = AROUND_TOLERANCE if around else 1e-12
        if mean:
            assert np.abs(shares.mean(axis=0) - expected).max() <= tolerance


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(trees())
def test_tree_draws_sum_to_one_keep_every_order_and_average_the_stated_shares(tree: dict[str, Any]) -> None:
    appraisal = load(tree)
    criteria = [c.id for c in appraisal.criteria]
    raw = appraisal.weights()
    weights = np.array([raw[c] for c in criteria]) / sum(raw.values())
    draws = TreeDraws(appraisal.weighting, criteria, weights, 1 / 0.2**2 - 1)
    w = draws.draw(draws.streams(np.random.SeedSequence(0)), SAMPLES)
    check(tree, w, criteria, mean=True, around=True)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(trees())
def test_ordinal_draws_keep_the_order_at_every_level(tree: dict[str, Any]) -> None:
    """SMAA's draws: every ranked node within its order, at any depth; other nodes exactly as stated."""
    appraisal = load(tree)
    assert appraisal.weighting is not None
    criteria = [c.id for c in appraisal.criteria]
    w = TreeSampler(appraisal.weighting, criteria).draw(np.random.default_rng(1), SAMPLES)
    check(tree, w, criteria, mean=True, around=False)


def test_a_ranked_node_averages_the_rank_order_centroid_and_a_tie_is_one_over_n() -> None:
    """a > b > c: uniform within the order, the mean is the centroid (1 + 1/2 + 1/3, 1/2 + 1/3,
    1/3)/3 = (11, 5, 2)/18 (standard deviations below 0.2, so within 0.006 over 20,000 draws, four
    standard errors); the first share never falls below the second, nor the second below the
    third. Three tied: 1/3 each in every draw."""
    ranked = {"items": [{"id": "a"}, {"id": "b"}, {"id": "c"}], "method": "rank", "weights": [1, 1, 1],
              "order": [["a"], ["b"], ["c"]]}
    draws = TreeDraws(load(ranked).weighting, ["a", "b", "c"], np.full(3, 1 / 3), 24.0)
    w = draws.draw(draws.streams(np.random.SeedSequence(3)), 20_000)
    assert w.mean(axis=0) == pytest.approx(np.array([11, 5, 2]) / 18, abs=0.006)
    assert (w[:, 0] >= w[:, 1]).all() and (w[:, 1] >= w[:, 2]).all()
    tied = dict(ranked, order=[["a", "b", "c"]])
    draws = TreeDraws(load(tied).weighting, ["a", "b", "c"], np.full(3, 1 / 3), 24.0)
    assert draws.draw(draws.streams(np.random.SeedSequence(3)), 100) == pytest.approx(np.full((100, 3), 1 / 3))


def test_tree_draws_do_not_depend_on_the_chunk_size() -> None:
    result = appraise(load_appraisal(ROOT / "examples" / "deep-tree"))

    one = monte_carlo(result, 3000, seed=5, weights="tree", chunk_size=3000)
    many = monte_carlo(result, 3000, seed=5, weights="tree", chunk_size=7)
    assert np.array_equal(one.rank_counts, many.rank_counts)
    assert one.weights == "tree" and one.spread == 0.2
