"""The decision matrix's value function against its scalar twin in model.py."""

from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from adm_appraise.analysis.matrix import to_values
from adm_appraise.model import to_value

# The numbers a file may hold (yamlfile: 0, or 1e-15 to 1e15 in size, E105 otherwise): a span
# as tiny as 2e-311 would overflow (x - worst) / span, with a numpy RuntimeWarning.
finite = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False).filter(lambda v: v == 0 or abs(v) >= 1e-15)


@given(x=finite, worst=finite, best=finite)
def test_the_numpy_and_plain_value_functions_agree(x: float, worst: float, best: float) -> None:
    vector = to_values(np.array([x]), np.array(worst), np.array(best))[0]
    assert vector == to_value(x, worst, best) or abs(vector - to_value(x, worst, best)) <= 1e-9 * max(1.0, abs(vector))


def test_worked_values() -> None:
    # 3 on a 0-5 scale is 60; a cost of 2 on [worst 8, best 0] is 100 * (2 - 8) / (0 - 8) = 75;
    # a flat local scale gives 100.
    assert to_value(3, 0, 5) == 60.0
    assert to_value(2, 8, 0) == 75.0
    assert to_value(4, 4, 4) == 100.0
    assert list(to_values(np.array([3.0, 2.0, 4.0]), np.array([0.0, 8.0, 4.0]), np.array([5.0, 0.0, 4.0]))) == [
        60.0, 75.0, 100.0]
