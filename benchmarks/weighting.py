"""Why the weight derivation is plain Python: its cost against importing numpy.

Prints: the median time of Saaty's eigenvector and consistency ratio (power iteration) for a
10 x 10 matrix, the largest a level may hold; of the rank-order centroid of 10 criteria; and of
``import numpy`` in a fresh interpreter, which the derivation would add to every ``validate``
run if it used numpy.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable

from adm_appraise import weighting


def median_seconds(func: Callable[[], object], runs: int = 200) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def import_numpy(runs: int = 9) -> float:
    code = "import time; s = time.perf_counter(); import numpy; print(time.perf_counter() - s)"
    return statistics.median(
        float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
        for _ in range(runs)
    )


def main() -> None:
    items = [f"c{i}" for i in range(10)]
    # an inconsistent 10 x 10: a_ij = 1 + (i + 2j) % 9 above the diagonal
    judgements = {(a, b): float(1 + (i + 2 * j) % 9)
                  for i, a in enumerate(items) for j, b in enumerate(items) if i < j}
    order = [[i] for i in items]
    pairwise = median_seconds(lambda: weighting.pairwise(items, judgements))
    centroid = median_seconds(lambda: weighting.rank_order(order))
    print(f"{'pairwise eigenvector and CR, 10 x 10':<40} {pairwise * 1e6:8.1f} us")
    print(f"{'rank-order centroid, 10 criteria':<40} {centroid * 1e6:8.1f} us")
    print(f"{'import numpy (fresh interpreter)':<40} {import_numpy() * 1e3:8.1f} ms")


if __name__ == "__main__":
    main()
