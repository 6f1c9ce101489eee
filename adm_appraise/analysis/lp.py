"""A small linear program, solved by HiGHS through its own Python package (highspy).

scipy's ``linprog(method="highs")`` wraps the same solver; calling it directly saves scipy
(about 140 MB installed) for the two linear programmes here: the ordinal closest challenge
and the rare fallback of the closest challenge in sensitivity.
"""

from __future__ import annotations

import numpy as np


def minimise(cost: np.ndarray, a_ub: np.ndarray, b_ub: np.ndarray, a_eq: np.ndarray,
             b_eq: np.ndarray) -> np.ndarray | None:
    """x >= 0 minimising cost.x with a_ub x <= b_ub and a_eq x = b_eq; None when there is none.

    The same problem as ``scipy.optimize.linprog(cost, A_ub=a_ub, b_ub=b_ub, A_eq=a_eq,
    b_eq=b_eq, bounds=(0, None), method="highs")``, and None where its status is not 0.
    """
    import highspy  # about 10 ms once numpy is loaded; imported only when a programme is solved

    rows = np.vstack([a_ub, a_eq]).astype(float)
    n_rows, n_cols = rows.shape
    inf = highspy.kHighsInf
    lp = highspy.HighsLp()
    lp.num_col_ = n_cols
    lp.num_row_ = n_rows
    lp.col_cost_ = np.asarray(cost, dtype=float)
    lp.col_lower_ = np.zeros(n_cols)
    lp.col_upper_ = np.full(n_cols, inf)
    lp.row_lower_ = np.concatenate([np.full(len(a_ub), -inf), np.asarray(b_eq, dtype=float)])
    lp.row_upper_ = np.concatenate([np.asarray(b_ub, dtype=float), np.asarray(b_eq, dtype=float)])
    # the constraint matrix by columns (compressed sparse column), zeros left out
    starts, index, value = [0], [], []
    for j in range(n_cols):
        nz = np.flatnonzero(rows[:, j])
        index.extend(nz.tolist())
        value.extend(rows[nz, j].tolist())
        starts.append(len(index))
    lp.a_matrix_.format_ = highspy.MatrixFormat.kColwise
    lp.a_matrix_.num_col_ = n_cols
    lp.a_matrix_.num_row_ = n_rows
    lp.a_matrix_.start_ = np.array(starts, dtype=np.int32)
    lp.a_matrix_.index_ = np.array(index, dtype=np.int32)
    lp.a_matrix_.value_ = np.array(value, dtype=float)
    # the bare solver: the Highs wrapper of highspy 1.16 prints a banner to stdout on creation
    solver = highspy._Highs()  # type: ignore[attr-defined]
    solver.setOptionValue("output_flag", False)
    solver.passModel(lp)
    solver.run()
    if solver.getModelStatus() != highspy.HighsModelStatus.kOptimal:
        return None
    return np.array(solver.getSolution().col_value, dtype=float)
