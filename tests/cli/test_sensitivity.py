"""The sensitivity command through CliRunner: exact output and exit codes."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from adm_appraise.cli import main
from tests.analysis.test_sensitivity import TWO, option
from tests.conftest import ROOT, make_appraisal


@pytest.fixture
def two(tmp_path: Path) -> Path:
    return make_appraisal(tmp_path, TWO, x=option("x", a=8, b=2), y=option("y", a=4, b=10))


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


TABLE = """\
Two options

Leader

x

weights: a 75.0%, b 25.0%

Weight switching values

The weight at which another option first ties with or overtakes the leader, the other
weights keeping their proportions.

Criterion  Weight  Switches below  Switches above
---------  ------  --------------  --------------
a          75.0%   66.7%: y        none
b          25.0%   none            33.3%: y

Score switching values

How far one score would have to move, other things equal, for the runner-up y to draw level with the
  leader (10.00 points behind).

Criterion  Option  Now  Would have to                 Within the scale
---------  ------  ---  ----------------------------  -----------------
a          y       4    rise by 1.33 points, to 5.33  yes
a          x       8    fall by 1.33 points, to 6.67  yes
b          y       10   rise by 4 points, to 14       no: off the scale
b          x       2    fall by 4 points, to −2       no: off the scale

What it would take

The ranking holds unless weights move by at least 16.7 percentage points in total.
Nearest challenge: y draws level at weights a 66.7%, b 33.3%.

Monte Carlo rank stability

1000 samples, seed 0, weights drawn uniformly from all weight sets; score ranges (where given) drawn
  as triangular.

Option  P(rank 1)  P(rank 2)  Shortlisted
------  ---------  ---------  -----------
x       32.9%      67.1%      100.0%
y       67.1%      32.9%      100.0%

The leader, x, stays first in 32.9% of samples.
"""


def test_table(two: Path) -> None:
    assert run("sensitivity", str(two), "--samples", "1000", "--weights", "uniform", "--ids") == (0, TABLE, "")


def test_tables_name_options_and_criteria_unless_ids_are_asked_for(two: Path) -> None:
    # The same figures as TABLE, with the files' names (criteria A and B, options X and Y) for ids.
    code, out, _ = run("sensitivity", str(two), "--samples", "1000", "--weights", "uniform")
    assert code == 0
    assert "Leader\n\nX\n\nweights: A 75.0%, B 25.0%\n" in out
    assert "A          75.0%   66.7%: Y        none\n" in out
    assert "The leader, X, stays first in 32.9% of samples." in out


def test_json(two: Path) -> None:
    code, out, err = run("sensitivity", str(two), "--samples", "1000", "--format", "json", "--spread", "0.3")
    assert (code, err) == (0, "")
    data = json.loads(out)
    mc = data.pop("monte_carlo")
    assert data == {
        "leader": "x",
        "weights": {"a": 0.75, "b": 0.25},
        "switching_values": [
            {"criterion": "a", "weight": 0.75, "lower": {"weight": pytest.approx(2 / 3), "new_leader": "y"},
             "upper": None},
            {"criterion": "b", "weight": 0.25, "lower": None,
             "upper": {"weight": pytest.approx(1 / 3), "new_leader": "y"}},
        ],
        "score_switching": [
            {"criterion": "a", "option": "y", "change": pytest.approx(4 / 3), "feasible": True,
             "current": 4.0, "needed": pytest.approx(16 / 3), "unit": None},
            {"criterion": "a", "option": "x", "change": pytest.approx(-4 / 3), "feasible": True,
             "current": 8.0, "needed": pytest.approx(20 / 3), "unit": None},
            {"criterion": "b", "option": "y", "change": 4.0, "feasible": False,
             "current": 10.0, "needed": 14.0, "unit": None},
            {"criterion": "b", "option": "x", "change": -4.0, "feasible": False,
             "current": 2.0, "needed": -2.0, "unit": None},
        ],
        "closest_challenge": {"challenger": "y", "l1_change": pytest.approx(1 / 6),
                              "weights": {"a": pytest.approx(2 / 3), "b": pytest.approx(1 / 3)}},
    }
    assert list(mc) == ["samples", "seed", "weights", "spread", "scores", "rank_acceptability",
                        "shortlist_probability", "leader_first"]
    assert (mc["samples"], mc["seed"], mc["weights"], mc["spread"]) == (1000, 0, "around", 0.3)
    assert mc["shortlist_probability"] == {"x": 1.0, "y": 1.0}
    # sparse: rank (from 1, as text) -> share, for the ranks each option took
    acceptability = mc["rank_acceptability"]
    assert set(acceptability) == {"x", "y"} and set(acceptability["x"]) <= {"1", "2"}
    assert sum(acceptability["x"].values()) == pytest.approx(1.0)
    assert acceptability["x"].get("1", 0.0) + acceptability["y"].get("1", 0.0) == pytest.approx(1.0)
    assert mc["leader_first"] == acceptability["x"]["1"]
    assert run("sensitivity", str(two), "--samples", "1000", "--format", "json", "--spread", "0.3")[1] == out


def test_markdown_escapes_text_from_the_files(tmp_path: Path) -> None:
    folder = make_appraisal(tmp_path, TWO.replace("Two options", '"A | B <i>"'),
                            x=option("x", a=8, b=2), y=option("y", a=4, b=10))
    code, out, _ = run("sensitivity", str(folder), "--samples", "10", "--format", "markdown", "--ids")
    assert code == 0
    assert out.startswith("## A \\| B &lt;i&gt;\n")
    assert "| a           | 75.0%    | 66.7%: y         | none             |" in out


def test_scenario_and_weight_overrides(two: Path) -> None:
    code, out, _ = run("sensitivity", str(two), "--samples", "10", "--weight", "a=1", "--format", "json")
    assert code == 0
    assert json.loads(out)["leader"] == "y"  # 50/50: x 50, y 70


@pytest.mark.parametrize(("args", "message"), [
    (["--samples", "0"], "Error: Invalid value for '--samples': 0 is not in the range 1<=x<=10000000.\n"),
    (["--seed", "-1"], "Error: Invalid value for '--seed': -1 is not in the range x>=0.\n"),
    (["--spread", "1"], "Error: Invalid value for '--spread': 1.0 is not in the range 0.001<=x<1.\n"),
    (["--weights", "corners"], "Error: Invalid value for '--weights': 'corners' is not one of 'around', "
                               "'uniform', 'ordinal', 'tree', 'judgements'.\n"),
    (["--weights", "judgements"], "Error: Invalid value for '--weights': judgements draws need a level weighed by "
                                  "'method: macbeth' (two items or more) in criteria.yaml: use --weights tree\n"),
    (["--weights", "ordinal"], "Error: Invalid value for '--weights': ordinal draws need a 'weighting:' with "
                               "'method: rank' in criteria.yaml\n"),
    (["--format", "csv"], "Error: Invalid value for '--format': 'csv' is not one of 'table', 'markdown', "
                          "'json'.\n"),
    (["--scenario", "nope"], "Error: Invalid value for '--scenario': no scenario 'nope' (scenarios: none "
                             "defined)\n"),
    (["--weight", "zz=3"], "Error: Invalid value for '--weight': no criterion 'zz' (criteria: a, b)\n"),
])
def test_usage_errors(two: Path, args: list[str], message: str) -> None:
    code, out, err = run("sensitivity", str(two), *args)
    assert (code, out) == (2, "")
    assert err.endswith(message)


def test_invalid_appraisal_exits_1(tmp_path: Path) -> None:
    folder = make_appraisal(tmp_path, TWO, x=option("x", a=8, b=22))
    code, out, err = run("sensitivity", str(folder))
    assert (code, out) == (1, "")
    assert "error" in err and "Traceback" not in err


def test_no_progress_bar_when_stderr_is_not_a_terminal(two: Path) -> None:
    assert run("sensitivity", str(two), "--samples", "300000", "--format", "json")[2] == ""


def test_help_and_validate_do_not_import_the_numerical_stack(two: Path) -> None:
    script = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from adm_appraise.cli import main\n"
        "for args in (['--help'], ['sensitivity', '--help'], ['validate', sys.argv[1]]):\n"
        "    assert CliRunner().invoke(main, args).exit_code == 0, args\n"
        "print(sorted(m for m in ('numpy', 'pandas', 'scipy') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", script, str(two)], capture_output=True, text=True, check=True)
    assert out.stdout == "[]\n"


@pytest.mark.parametrize(("folder", "expected"), [(".", "[]"), ("examples/ordinal", "['highspy']")])
def test_sensitivity_needs_no_scipy(folder: str, expected: str) -> None:
    # the bundled example's closest challenge is in closed form (no solver loaded at all); the
    # ordinal example's, within the order of the criteria, is a linear programme for HiGHS
    script = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from adm_appraise.cli import main\n"
        "assert CliRunner().invoke(main, ['sensitivity', sys.argv[1], '--samples', '200']).exit_code == 0\n"
        "print(sorted(m for m in ('scipy', 'highspy', 'numpy.f2py') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", script, str(ROOT / folder)], capture_output=True, text=True,
                         check=True)
    assert out.stdout == expected + "\n"


def test_ordinal_weights_are_the_default_under_method_rank() -> None:
    folder = str(ROOT / "examples/ordinal")
    result = CliRunner().invoke(main, ["sensitivity", folder, "--samples", "4000", "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["monte_carlo"]["weights"] == "ordinal"
    # The wholly-owned company leads at every weight set in the order procurement > timescale >
    # tax_vat = risk (it scores 5 on both of the first two), so its central weights are the mean
    # of all the samples: the rank-order centroid 7/12, 1/4, 1/12, 1/12; confidence 1.
    central = data["ordinal"]["central_weights"]["wholly_owned_company"]
    assert central == pytest.approx({"procurement": 7 / 12, "timescale": 1 / 4, "tax_vat": 1 / 12, "risk": 1 / 12},
                                    abs=0.01)
    assert data["ordinal"]["confidence_factors"]["wholly_owned_company"] == 1.0
    assert data["ordinal"]["central_weights"]["strategic_partnership"] is None


def test_ordinal_draws_refuse_other_weights() -> None:
    folder = str(ROOT / "examples/ordinal")
    result = CliRunner().invoke(main, ["sensitivity", folder, "--weights", "ordinal", "--weight", "risk=10"])
    assert result.exit_code == 2
    assert result.stderr.endswith("Error: Invalid value for '--weights': ordinal draws sample the stated ranking; "
                                  "they cannot be combined with --scenario or --weight\n")
    result = CliRunner().invoke(main, ["sensitivity", folder, "--weight", "risk=10", "--samples", "100",
                                       "--format", "json"])
    assert json.loads(result.stdout)["monte_carlo"]["weights"] == "around"


@pytest.mark.parametrize("samples", [1, 2000])
def test_the_json_is_the_dict_whatever_its_layout(samples: int) -> None:
    # rank_acceptability is written straight from the sparse counts: it must read back as to_dict()
    from adm_appraise import appraise, load_appraisal
    from adm_appraise.analysis.sensitivity import analyse
    from adm_appraise.render.sensitivity import render_sensitivity

    found = analyse(appraise(load_appraisal(ROOT)), samples, seed=5)
    text = render_sensitivity(found, "json")
    assert json.loads(text) == json.loads(json.dumps(found.to_dict()))
    # one option a line, at the depth json.dumps(indent=2) gives
    assert re.search(r'\n      "wholly_owned_company": \{"\d+": [0-9.e-]+[,}]', text) and text.endswith("}\n")


COST = """
    appraisal:
      title: Cost in pounds
      scale: {min: 0, max: 10}
    criteria:
      - {id: quality, name: Quality, weight: 1}
      - {id: cost, name: Net cost, weight: 1, type: measure, unit: £k, direction: lower}
"""


def test_score_switching_for_a_measure_in_its_unit_and_direction(tmp_path: Path, monkeypatch) -> None:
    """A cost where lower is better, on a local scale (worst £2,600k, best £1,400k).

    By hand: x = quality 2 (value 20), cost 2,600 (value 0): 0.5*20 + 0.5*0 = 10;
    y = quality 4 (value 40), cost 1,400 (value 100): 0.5*40 + 0.5*100 = 70; gap 60 points.
    On cost, 60 points at weight 0.5 is 120 value points = 1.2 * £1,200k = £1,440k:
    x's cost would have to fall to 2,600 - 1,440 = £1,160k, y's rise to 1,400 + 1,440 = £2,840k,
    both outside the options' range (a local scale). On quality, 120 value points = 12 points
    of the 0-10 scale: x to 14, y to -8, both off the scale.
    """
    folder = make_appraisal(
        tmp_path,
        COST,
        x=option("x", quality=2, cost="{value: 2600}"),
        y=option("y", quality=4, cost="{value: 1400}"),
    )
    monkeypatch.setenv("COLUMNS", "200")  # one line a row
    code, out, _ = run("sensitivity", str(folder), "--samples", "10", "--ids")
    assert code == 0
    assert "e+0" not in out
    table = out[out.index("Criterion  Option  Now") : out.index("What it would take")]
    assert table.splitlines()[2:6] == [
        "quality    x       2        rise by 12 points, to 14     no: off the scale",
        "quality    y       4        fall by 12 points, to −8     no: off the scale",
        "cost       x       £2,600k  fall by £1,440k, to £1,160k  no: outside the options' range (local scale)",
        "cost       y       £1,400k  rise by £1,440k, to £2,840k  no: outside the options' range (local scale)",
    ]
