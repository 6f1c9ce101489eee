"""HiGHS, through its own Python package (highspy): the one place that lays a linear (or
mixed-integer) programme out for the solver and runs it.

Callers give the constraint matrix by columns (compressed sparse column: each column's first
entry in ``starts``, the entries' rows in ``index`` and values in ``value``), as each builds it
most cheaply: analysis.lp from dense rows, macbeth from rows of a few coefficients. numpy and
highspy are imported when a programme is solved, never at start-up.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any


def solve(cost: Any, col_lower: Any, col_upper: Any, row_lower: Any, row_upper: Any, starts: Sequence[int],
          index: Sequence[int], value: Sequence[float], integers: Iterable[int] = ()) -> Any:
    """x minimising cost.x with col_lower <= x <= col_upper and row_lower <= A x <= row_upper
    (infinite bounds allowed), the columns in ``integers`` whole; None when there is none."""
    import highspy  # about 10 ms once numpy is loaded
    import numpy as np

    n_cols, n_rows = len(cost), len(row_lower)

    def bounded(bounds: Any) -> Any:  # an infinite bound as HiGHS spells it (kHighsInf, inf in every highspy here)
        return np.clip(np.asarray(bounds, dtype=float), -highspy.kHighsInf, highspy.kHighsInf)

    lp = highspy.HighsLp()
    lp.num_col_ = n_cols
    lp.num_row_ = n_rows
    lp.col_cost_ = np.asarray(cost, dtype=float)
    lp.col_lower_ = bounded(col_lower)
    lp.col_upper_ = bounded(col_upper)
    lp.row_lower_ = bounded(row_lower)
    lp.row_upper_ = bounded(row_upper)
    lp.a_matrix_.format_ = highspy.MatrixFormat.kColwise
    lp.a_matrix_.num_col_ = n_cols
    lp.a_matrix_.num_row_ = n_rows
    lp.a_matrix_.start_ = np.array(starts, dtype=np.int32)
    lp.a_matrix_.index_ = np.array(index, dtype=np.int32)
    lp.a_matrix_.value_ = np.array(value, dtype=float)
    wanted = list(integers)
    if wanted:
        kinds = [highspy.HighsVarType.kContinuous] * n_cols
        for k in wanted:
            kinds[k] = highspy.HighsVarType.kInteger
        lp.integrality_ = kinds
    # the bare solver: the Highs wrapper of highspy 1.16 prints a banner to stdout on creation
    solver = highspy._Highs()  # type: ignore[attr-defined]
    solver.setOptionValue("output_flag", False)
    solver.passModel(lp)
    solver.run()
    if solver.getModelStatus() != highspy.HighsModelStatus.kOptimal:
        return None
    return np.array(solver.getSolution().col_value, dtype=float)
