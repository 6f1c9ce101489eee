"""report --template committee | business-case: the committee paper and the outline business case,
read back from Word (python-docx), PDF (pdftotext) and Markdown; exempt parts only in the appendix."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from adm_appraise import load_appraisal
from adm_appraise.analysis.method import appraise
from adm_appraise.cli import main
from adm_appraise.files.paper import BUSINESS_CASE, CASES, COMMITTEE
from adm_appraise.render.paper import REGISTERS, appendix_name, paper_contexts
from adm_appraise.render.report import build_context
from tests.conftest import ROOT

EXAMPLE = ROOT / "examples" / "all-features"
COMMITTEE_HEADINGS = ["Front sheet", "1. Recommendations", "2. Background", "3. Options considered and rejected",
                      "4. The preferred option", "5. Financial implications", "6. Legal implications",
                      "7. Equality implications", "8. Risk implications", "9. Consultation", "10. Background papers"]
# the exempt parts of examples/all-features/paper.yaml: the financial implications (paragraph 3) and
# the business case's payment mechanisms (paragraph 3); each text and its reason
EXEMPT = ["bidders' indicative prices", "commercially sensitive until a contract is let",
          "management fee falling by an agreed amount", "reveals the council's negotiating position"]
POINTER = "See the exempt appendix (paragraph 3 of Schedule 12A)"


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1775000000")
    return CliRunner()


def report(runner: CliRunner, folder: Path, *args: str, ok: int = 0) -> Any:
    result = runner.invoke(main, ["report", str(folder), "--samples", "200", *args])
    assert "Traceback" not in result.output
    assert result.exit_code == ok, result.output
    return result


def docx_text(path: Path) -> tuple[list[str], str]:
    """The headings (Heading 1-3 paragraphs) in order, and all the text, tables included."""
    import docx

    document = docx.Document(str(path))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    return headings, "\n".join([p.text for p in document.paragraphs] + cells)


def test_the_committee_paper_in_word_has_every_section_in_order_and_no_exempt_text(
        runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "cabinet.docx"
    result = report(runner, EXAMPLE, "--template", "committee", "-o", str(out))
    appendix = tmp_path / "cabinet-exempt-appendix.docx"
    assert result.stderr.splitlines() == [f"adm-appraise: wrote {out} (docx)", f"adm-appraise: wrote {appendix} (docx)"]
    headings, text = docx_text(out)
    assert headings == COMMITTEE_HEADINGS
    for secret in EXEMPT:
        assert secret not in text
    assert POINTER in text
    # the figures of the economic case stay out of the public paper with its financial section
    assert "net present social value" not in text and "NPSV" not in text
    # the front sheet: the key decision, its forward plan reference and the exemption
    assert "FP/2026/014 (invented)" in text
    assert ("Yes: the exempt appendix is not for publication by virtue of paragraph 3 of Part 1 of Schedule 12A "
            "to the Local Government Act 1972") in text
    # options considered and rejected: the long list's discounted choices, the option that failed the gate,
    # and the ranked ones; in_house ranks 3rd with 69.5, 74.4 - 69.5 = 4.9 points behind the company
    assert "Community asset transfer to local groups" in text
    assert "Close two centres and keep the newest in-house" in text
    assert "Ranked 3 of 6 with 69.5 out of 100, 4.9 points behind the preferred option; shortlisted" in text

    headings, secret = docx_text(appendix)
    assert headings == ["5. Financial implications"]
    assert "NOT FOR PUBLICATION by virtue of paragraph 3 of Part 1 of Schedule 12A" in secret
    for part in EXEMPT[:2]:
        assert part in secret
    assert "net present social value" in secret  # the preferred option's, with its table
    assert "Legal implications" not in secret


def test_the_committee_paper_as_pdf_reads_back_in_order(runner: CliRunner, tmp_path: Path) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    out = tmp_path / "cabinet.pdf"
    report(runner, EXAMPLE, "--template", "committee", "-o", str(out))
    texts = {}
    for path in (out, tmp_path / "cabinet-exempt-appendix.pdf"):
        run = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
        texts[path.name] = " ".join(run.stdout.split())
    public = texts["cabinet.pdf"]
    places = [public.index(h) for h in COMMITTEE_HEADINGS]
    assert places == sorted(places)
    for secret in EXEMPT:
        assert secret not in public
    appendix = texts["cabinet-exempt-appendix.pdf"]
    assert "NOT FOR PUBLICATION" in appendix.upper() and EXEMPT[0] in appendix


def test_the_business_case_has_the_five_cases_and_green_book_headings(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "obc.md"
    report(runner, EXAMPLE, "--template", "business-case", "-o", str(out))
    text = out.read_text(encoding="utf-8")
    headings = re.findall(r"^#{2,3} (.+)$", text, flags=re.M)
    expected = []
    for n, (case, name) in enumerate(CASES, 1):
        expected.append(f"{n}. {name}")
        expected += [f"{n}.{i} {s.heading}" for i, s in enumerate((s for s in BUSINESS_CASE if s.case == case), 1)]
    assert headings == expected
    assert headings[0] == "1. The strategic case" and "2.4 Economic appraisal: net present social value" in headings
    assert "To do" not in text  # the example gives every section
    for secret in EXEMPT[2:]:
        assert secret not in text
    appendix = (tmp_path / "obc-exempt-appendix.md").read_text(encoding="utf-8")
    assert re.findall(r"^#{2,3} (.+)$", appendix, flags=re.M) == ["3.4 Payment mechanisms"]
    assert EXEMPT[2] in appendix
    # the business case's own economic sections are public here: the preferred option's NPSV in words
    assert "its net present social value is" in text


def test_without_paper_yaml_every_section_is_a_headed_placeholder(runner: CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "appraisal"
    shutil.copytree(EXAMPLE, folder)
    (folder / "paper.yaml").unlink()
    text = report(runner, folder, "--template", "committee", "--format", "markdown").stdout
    assert re.findall(r"^## (.+)$", text, flags=re.M) == COMMITTEE_HEADINGS
    for key in ("recommendations", "legal", "risk", "consultation", "background_papers"):
        assert f"**To do:** write '{key.replace('_', chr(92) + '_')}' in paper.yaml." in text, key
    for key in ("decision_maker", "meeting_date", "author", "key_decision", "wards"):
        assert f"To do: write '{key.replace('_', chr(92) + '_')}' in paper.yaml" in text, key
    assert "| Exempt information | None |" in text
    # the files fill the rest: the background from the description, the financial implications from the
    # economics, the equality implications from equality.yaml
    for key in ("background", "financial", "equality"):
        assert f"**To do:** write '{key}'" not in text, key
    # and validate lists nothing to do: without paper.yaml no paper is being written
    assert "W801" not in runner.invoke(main, ["validate", str(folder)]).stdout


def test_validate_lists_each_section_still_to_write(runner: CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "appraisal"
    shutil.copytree(EXAMPLE, folder)
    (folder / "paper.yaml").write_text("# INVENTED\ndecision_maker: Cabinet\nkey_decision: true\nbusiness_case:\n"
                                       "  advisers: Counsel\n", encoding="utf-8")
    lines = [line for line in runner.invoke(main, ["validate", str(folder)]).stdout.splitlines() if "W801" in line]
    # front sheet: meeting_date, author, wards, and forward_plan (a key decision): 4; committee sections
    # recommendations, legal, risk, consultation, background_papers (equality.yaml fills equality): 5;
    # business case: the 31 headings less the 12 the files fill (their sources are all in the example;
    # benefits.yaml fills 'Main benefits' and 'Benefits realisation') and advisers: 18
    assert len(lines) == 4 + 5 + 18
    path = str(folder / "paper.yaml")
    assert f"{path}:2:1: warning: the committee paper's front sheet has no 'Forward plan reference': write " \
           "'forward_plan' in paper.yaml [W801]" in lines
    assert f"{path}:2:1: warning: the committee paper's section 'Legal implications' is to do: write 'legal' in " \
           "paper.yaml [W801]" in lines
    assert f"{path}:4:1: warning: the business case's section 'Contingency plans' is to do: write 'contingency' " \
           "under 'business_case:' in paper.yaml [W801]" in lines
    assert runner.invoke(main, ["validate", "--strict", str(folder)]).exit_code == 1


def test_a_bad_paper_yaml_is_reported_at_its_place(runner: CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "appraisal"
    shutil.copytree(EXAMPLE, folder)
    (folder / "paper.yaml").write_text(
        "# INVENTED\nlegal: {text: Advice, exempt: {paragraph: 9, reason: Privileged}}\nconsultaton: Staff\n",
        encoding="utf-8")
    result = runner.invoke(main, ["validate", str(folder)])
    assert result.exit_code == 1
    errors = [line for line in result.stdout.splitlines() if ": error: " in line]
    assert len(errors) == 2, errors
    assert errors[0].startswith(f"{folder / 'paper.yaml'}:2:") and "paragraph" in errors[0]
    assert errors[1].startswith(f"{folder / 'paper.yaml'}:3:1: error:") and "consultation" in errors[1]
    assert report(runner, folder, "--template", "committee", ok=1).stdout == ""


def test_exempt_parts_need_an_output_file(runner: CliRunner) -> None:
    result = report(runner, EXAMPLE, "--template", "committee", ok=2)
    assert "give -o FILE" in result.stderr and result.stdout == ""


def test_both_files_are_written_or_neither(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "cabinet-exempt-appendix.md").mkdir()  # the appendix cannot be written there
    result = report(runner, EXAMPLE, "--template", "committee", "-o", str(tmp_path / "cabinet.md"), ok=1)
    assert "the output path is a folder" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cabinet-exempt-appendix.md"]


def test_the_report_only_options_are_refused(runner: CliRunner, tmp_path: Path) -> None:
    result = report(runner, EXAMPLE, "--template", "committee", "--interactive", "-o", str(tmp_path / "p.html"),
                    ok=2)
    assert "--interactive belongs to the appraisal report" in result.stderr


def test_the_appendix_name() -> None:
    assert appendix_name("cabinet.docx") == "cabinet-exempt-appendix.docx"
    assert appendix_name("paper.v2.pdf") == "paper.v2-exempt-appendix.pdf"
    assert appendix_name("paper") == "paper-exempt-appendix"


@pytest.fixture(scope="module")
def contexts() -> tuple[dict[str, Any], Any]:
    appraisal = load_appraisal(EXAMPLE)
    return build_context(appraise(appraisal)), appraisal


def test_the_public_context_never_holds_exempt_text(contexts: tuple[dict[str, Any], Any]) -> None:
    # so a user's --template-dir template cannot print it, whatever it does
    context, appraisal = contexts
    for document in ("committee", "business-case"):
        public, appendix = paper_contexts(context, appraisal, document)
        dumped = json.dumps(public["paper"], default=str)
        assert appendix is not None
        for secret in EXEMPT:
            assert secret not in dumped
        assert [s["key"] for s in appendix["paper"]["sections"]] == (
            ["financial"] if document == "committee" else ["payment_mechanisms"])
    assert [s.key for s in COMMITTEE][0] == "recommendations"


def test_a_register_adds_its_summary_to_its_sections(contexts: tuple[dict[str, Any], Any]) -> None:
    context, appraisal = contexts
    block = {"kind": "list", "items": ["R1 Transition slips past April 2027 (high)"]}
    public, _ = paper_contexts({**context, "risk_register": {"blocks": [block]}}, appraisal, "committee")
    risk = next(s for s in public["paper"]["sections"] if s["key"] == "risk")
    assert risk["blocks"][-1] == block
    assert set(REGISTERS) == {"risk_register", "equality_assessment", "benefits_register"}


def test_the_equality_and_benefits_registers_fill_their_sections(contexts: tuple[dict[str, Any], Any]) -> None:
    import yaml

    context, appraisal = contexts
    equality = yaml.safe_load((EXAMPLE / "equality.yaml").read_text(encoding="utf-8"))["options"]
    public, _ = paper_contexts(context, appraisal, "committee")
    section = next(s for s in public["paper"]["sections"] if s["key"] == "equality")
    table = next(b for b in section["blocks"] if b["kind"] == "table")
    # the company's row counts its impacts as equality.yaml states them (short or long form)
    company = equality["wholly_owned_company"]
    impacts = [v if isinstance(v, str) else v["impact"] for k, v in company.items() if k not in ("summary", "distribution")]
    row = next(r for r in table["rows"] if r[0] == "A company wholly owned by the council")
    assert row[1:] == [str(impacts.count(i)) for i in ("positive", "neutral", "negative", "unknown")] + [
        str(9 - len(impacts))]
    concerns = next(b for b in section["blocks"] if b["kind"] == "list")["items"]
    assert any(c.startswith("A company wholly owned by the council, sex: negative")
               and company["sex"]["mitigation"] in c for c in concerns)
    # the business case's benefits realisation: how each benefit of the preferred option will be measured
    benefits = yaml.safe_load((EXAMPLE / "benefits.yaml").read_text(encoding="utf-8"))["benefits"]
    public, _ = paper_contexts(context, appraisal, "business-case")
    section = next(s for s in public["paper"]["sections"] if s["key"] == "benefits_realisation")
    table = next(b for b in section["blocks"] if b["kind"] == "table")
    mine = [b for b in benefits if "options" not in b or "wholly_owned_company" in b["options"]]
    assert [r[0] for r in table["rows"]] == [b["title"] for b in mine]
    assert [r[1] for r in table["rows"]] == [b["measure"] for b in mine]


def test_the_business_case_in_word_stays_portrait(runner: CliRunner, tmp_path: Path) -> None:
    # its 'Sensitivity analysis' is text, not the report's wide section of that name
    import docx

    out = tmp_path / "obc.docx"
    report(runner, EXAMPLE, "--template", "business-case", "-o", str(out))
    document = docx.Document(str(out))
    assert [s.page_width < s.page_height for s in document.sections] == [True]
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings == [f"{n}. {name}" for n, (_, name) in enumerate(CASES, 1)]
