"""The bundled appraisal reproduces the published outcome (Worcestershire, December 2017).

Cabinet report: the wholly-owned company "scored the highest"; the strategic partnership with
another local authority "scored highly"; those two went forward to full business cases.
Business as usual fails the gate "operational delivery outside the council" (the DfE direction
of September 2017) but stays in the table as the benchmark.
"""

from __future__ import annotations

from adm_appraise import appraise, load_appraisal
from adm_appraise.files.loader import bundled_dir

IDS = {"business_as_usual", "managing_agent", "outsource_part", "outsource_all", "strategic_partnership",
       "joint_venture", "wholly_owned_company", "staff_mutual", "independent_trust",
       "community_interest_company", "charitable_company"}


def test_the_eleven_models_and_four_criteria() -> None:
    appraisal = load_appraisal(bundled_dir())
    assert {o.id for o in appraisal.options} == IDS
    assert [c.id for c in appraisal.criteria] == ["tax_vat", "procurement", "risk", "timescale"]
    assert appraisal.baseline == "business_as_usual"
    assert [g.id for g in appraisal.gates] == ["external_delivery"]
    for c in appraisal.criteria:
        assert sorted(c.levels) == [0, 1, 2, 3, 4, 5] and c.description
    for o in appraisal.options:
        assert o.path.stem == o.id and o.description
        assert set(o.gates) == {"external_delivery"}
        for a in o.scores.values():
            assert a.rationale and a.evidence


def test_published_outcome() -> None:
    result = appraise(load_appraisal(bundled_dir()))
    assert result.leader == "wholly_owned_company"
    assert list(result.table.index[:2]) == ["wholly_owned_company", "strategic_partnership"]
    assert result.shortlist == ["wholly_owned_company", "strategic_partnership"]
    bau = result.to_dict()["ranking"][-2]
    assert (bau["id"], bau["rank"], bau["eligible"], bau["failed_gates"]) == (
        "business_as_usual", None, False, ["external_delivery"])
    # equal weights: WOC (2+5+3+5)/20 = 75, SP (5+4+4+1)/20 = 70, BAU (5+5+0+0)/20 = 50
    assert result.table.loc["wholly_owned_company", "score"] == 75.0
    assert result.table.loc["strategic_partnership", "score"] == 70.0
    assert result.table.loc["business_as_usual", "score"] == 50.0
