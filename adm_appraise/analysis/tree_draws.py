"""Weights drawn node by node down a value tree (``sensitivity --weights tree``).

A value tree's weights were judged node by node: each group's items against each other, the top
level's items against each other. Drawing them the same way keeps that structure: each node's
shares are drawn on their own and a criterion's weight is the product of the shares along its path,
so a draw's weights sum to 1 and every node's shares keep their meaning.

- A node weighed by rank order: its shares uniformly from those consistent with the order (SMAA's
  reading of a ranking, as ``analysis.ordinal``): a Dirichlet(1, ..., 1) mixture of the order's
  vertices, whose mean is the rank-order centroid (1/n each where every item is tied).
- Any other node (direct, swing, pairwise): its shares drawn around the shares of the weights in
  use (a scenario's or ``--weight``'s included), Dirichlet with concentration 1/spread^2 - 1, so
  each share keeps its mean s and has standard deviation spread * sqrt(s (1 - s)), as ``around``
  does for the flat weights. Around the stated shares rather than uniformly on each node's
  simplex: the judgements made at a node are the information, and a uniform draw at every node
  would forget them all (and favour the criteria of small groups, whose shares are then large).
- With ``judgements`` (``--weights judgements``), a node weighed by MACBETH: its shares uniformly
  from all those for which its judgements are consistent, by hit-and-run
  (:mod:`adm_appraise.analysis.macbeth_draws`); without it, such a node is drawn around its shares.
- An appraisal without a tree is one node: its criteria, drawn around their weights.

Each node draws from a random stream of its own, one call per chunk of samples, so the figures do
not depend on the chunk size.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from adm_appraise.analysis.macbeth_draws import Chain, HitAndRun
from adm_appraise.model import Weighting, WeightLevel

Stream = np.random.Generator | Chain  # a node's random stream; a MACBETH node's chains keep their state


def vertices(order: Sequence[Sequence[str]], items: Sequence[str]) -> np.ndarray:
    """The L x n vertices of the set of weights consistent with ``order``: the m-th gives the items
    of the first m places 1/T_m each (T_m items in them) and the rest nothing."""
    index = {item: i for i, item in enumerate(items)}
    out = np.zeros((len(order), len(items)))
    placed: list[int] = []
    for m, level in enumerate(order):
        placed += [index[i] for i in level]
        out[m, placed] = 1.0 / len(placed)
    return out


def sample_ordered(order: Sequence[Sequence[str]], items: Sequence[str], k: int,
                   rng: np.random.Generator) -> np.ndarray:
    """k weight vectors (k x n) drawn uniformly from those consistent with ``order``."""
    corners = vertices(order, items)
    lam = rng.standard_exponential((k, len(order)))
    lam /= lam.sum(axis=1, keepdims=True)  # Dirichlet(1, ..., 1)
    draws: np.ndarray = lam @ corners
    return draws


class _Node:
    def __init__(self, items: list[str], order: tuple[tuple[str, ...], ...] | None, alpha: np.ndarray | None,
                 fixed: np.ndarray, polytope: HitAndRun | None = None) -> None:
        self.items = items
        self.order = order  # a ranked node's order; None: drawn around ``fixed`` (alpha), or fixed
        self.alpha = alpha
        self.fixed = fixed
        self.polytope = polytope  # a MACBETH node drawn within its judgements

    def stream(self, rng: np.random.Generator) -> Stream:
        return self.polytope.chain(rng) if self.polytope is not None else rng

    def draw(self, rng: Stream, k: int) -> np.ndarray:
        if isinstance(rng, Chain):
            return rng.draw(k)
        if self.order is not None:
            return sample_ordered(self.order, self.items, k, rng)
        if self.alpha is None or len(self.items) == 1:
            return np.broadcast_to(self.fixed, (k, len(self.items)))
        draws = rng.standard_gamma(self.alpha, size=(k, len(self.items)))
        total = draws.sum(axis=1, keepdims=True)
        lost = total[:, 0] == 0  # every gamma draw underflowed (only at extreme spreads)
        if lost.any():
            draws[lost], total[lost] = self.fixed, 1.0
        out: np.ndarray = draws / total
        return out


class TreeDraws:
    """Effective criterion weights drawn node by node (module docstring).

    ``weights``: the weights in use (normalised, criteria in their order); ``kappa``: the Dirichlet
    concentration of the nodes not weighed by rank (None: those nodes keep their shares);
    ``judgements``: the nodes weighed by MACBETH are drawn within their judgements.
    """

    def __init__(self, weighting: Weighting | None, criteria: Sequence[str], weights: np.ndarray,
                 kappa: float | None, judgements: bool = False) -> None:
        self.criteria = list(criteria)
        index = {c: j for j, c in enumerate(self.criteria)}
        if weighting is None:
            levels: dict[str | None, tuple[list[str], tuple[tuple[str, ...], ...] | None]] = {
                None: (self.criteria, None)}
            parent: dict[str, str | None] = {c: None for c in self.criteria}
            polytopes: dict[str | None, HitAndRun] = {}
        else:
            levels = {None: (list(weighting.top.items),
                             weighting.top.order if weighting.top.method == "rank" else None)}
            levels |= {g.id: (list(g.level.items), g.level.order if g.level.method == "rank" else None)
                       for g in weighting.groups}
            parent = {item: node for node, (items, _) in levels.items() for item in items}
            polytopes = {} if not judgements else {
                node: p for node, level in ((None, weighting.top), *((g.id, g.level) for g in weighting.groups))
                if (p := polytope(level)) is not None}

        def under(item: str) -> list[int]:
            if item in levels:
                return [j for child in levels[item][0] for j in under(child)]
            return [index[item]] if item in index else []

        self.keys = list(levels)
        self.nodes: list[_Node] = []
        for node in self.keys:
            items, order = levels[node]
            mass = np.array([weights[under(i)].sum() for i in items])
            shares = mass / mass.sum() if mass.sum() > 0 else np.full(len(items), 1.0 / len(items))
            self.nodes.append(_Node(items, order, None if kappa is None else kappa * shares, shares,
                                    polytopes.get(node)))
        at = {key: n for n, key in enumerate(self.keys)}
        # each criterion's path: (node, the item's place in it) from the criterion up to the top
        self.paths: list[list[tuple[int, int]]] = []
        for c in self.criteria:
            path, item = [], c
            while True:
                node = parent[item]
                path.append((at[node], self.nodes[at[node]].items.index(item)))
                if node is None:
                    break
                item = node
            self.paths.append(path)

    def streams(self, seed: np.random.SeedSequence) -> list[Stream]:
        """One random stream per node (a MACBETH node's chains, from the start, on theirs)."""
        return [node.stream(np.random.default_rng(s)) for node, s in zip(self.nodes, seed.spawn(len(self.nodes)),
                                                                        strict=True)]

    def draw(self, streams: list[Stream], k: int) -> np.ndarray:
        """k x criteria: each node's shares drawn from its stream, multiplied down the tree."""
        shares = [node.draw(rng, k) for node, rng in zip(self.nodes, streams, strict=True)]
        out = np.ones((k, len(self.criteria)))
        for j, path in enumerate(self.paths):
            for node, place in path:
                out[:, j] *= shares[node][:, place]
        return out


def polytope(level: WeightLevel) -> HitAndRun | None:
    """The sampler of a level drawn within its MACBETH judgements: a consistent MACBETH level of two
    items or more (one item always has all its node's weight); None for any other level."""
    if level.method != "macbeth" or len(level.items) < 2 or level.macbeth is None or not level.macbeth.consistent:
        return None
    return HitAndRun(level.items, level.macbeth.judgements)
