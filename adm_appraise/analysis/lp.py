"""A small linear program, solved by HiGHS through its own Python package (highspy).

scipy's ``linprog(method="highs")`` wraps the same solver; calling it directly saves scipy
(about 140 MB installed) for the two linear programmes here: the ordinal closest challenge
and the rare fallback of the closest challenge in sensitivity. The solver is run by
adm_appraise.highs, as MACBETH's programmes are.
"""

from __future__ import annotations

import numpy as np

from adm_appraise.highs import solve


def minimise(cost: np.ndarray, a_ub: np.ndarray, b_ub: np.ndarray, a_eq: np.ndarray,
             b_eq: np.ndarray) -> np.ndarray | None:
    """x >= 0 minimising cost.x with a_ub x <= b_ub and a_eq x = b_eq; None when there is none.

    The same problem as ``scipy.optimize.linprog(cost, A_ub=a_ub, b_ub=b_ub, A_eq=a_eq,
    b_eq=b_eq, bounds=(0, None), method="highs")``, and None where its status is not 0.
    """
    rows = np.vstack([a_ub, a_eq]).astype(float)
    n_cols = rows.shape[1]
    # the constraint matrix by columns (compressed sparse column), zeros left out
    starts, index, value = [0], [], []
    for j in range(n_cols):
        nz = np.flatnonzero(rows[:, j])
        index.extend(nz.tolist())
        value.extend(rows[nz, j].tolist())
        starts.append(len(index))
    b_eq = np.asarray(b_eq, dtype=float)
    found: np.ndarray | None = solve(cost, np.zeros(n_cols), np.full(n_cols, np.inf),
                                     np.concatenate([np.full(len(a_ub), -np.inf), b_eq]),
                                     np.concatenate([np.asarray(b_ub, dtype=float), b_eq]), starts, index, value)
    return found
