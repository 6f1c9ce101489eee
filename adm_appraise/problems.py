"""Problems found in an appraisal's files, their stable codes, and the one error type.

Every check in adm-appraise reports a :class:`Problem` that points at a file, line and
column. A bad appraisal raises :class:`AppraisalError` carrying all of them at once.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

# code -> (name, one-line explanation). Codes are stable: never renumber, only add.
CODES: dict[str, tuple[str, str]] = {
    "E001": ("unreadable-file", "a file or folder is missing or cannot be read"),
    "E002": ("bad-encoding", "a file is not valid UTF-8, or holds a lone surrogate"),
    "E003": ("file-too-large", "a file is larger than the size cap (1 MiB)"),
    "E004": ("yaml-syntax", "the file is not well-formed YAML"),
    "E101": ("duplicate-key", "a mapping has the same key twice"),
    "E102": ("yaml-tag", "a YAML tag (!!python/..., !!binary, ...) was used"),
    "E103": ("yaml-alias", "a YAML anchor (&name) or alias (*name) was used"),
    "E104": ("non-string-key", "a mapping key is not plain text (or an integer in levels)"),
    "E105": ("non-finite-number", "a number is NaN, infinite, or too large or too small in size (1e15, 1e-15)"),
    "E106": ("too-deep", "the file nests deeper than any appraisal needs"),
    "E107": ("multiple-documents", "the file holds more than one YAML document"),
    "E110": ("unknown-key", "a key the file format does not define"),
    "E111": ("missing-key", "a required key is absent"),
    "E112": ("wrong-type", "a value has the wrong type (text for a number, ...)"),
    "E113": ("invalid-value", "a value breaks its rule (id pattern, weight > 0, ...)"),
    "E201": ("duplicate-id", "two criteria, gates or options share an id, or a group a criterion's id"),
    "E202": ("bad-scale", "the scale's min is not below its max"),
    "E203": ("off-scale", "a score lies outside the scale, or a range is out of order"),
    "E204": ("missing-score", "an option does not score a criterion"),
    "E205": ("unknown-criterion", "a score, scenario or override names no criterion"),
    "E206": ("missing-gate", "an option does not assess a gate"),
    "E207": ("unknown-gate", "an option assesses a gate that is not defined"),
    "E208": ("bad-measure", "a measure criterion lacks a direction, or mixes score and value"),
    "E209": ("unknown-baseline", "the baseline names no option"),
    "E210": ("bad-shortlist", "the shortlist rule cannot select anything sensible"),
    "E211": ("bad-scenario", "a scenario's weights are unusable"),
    "E212": ("no-options", "the options folder holds no option file"),
    "E213": ("bad-value-function", "a value function is ill-formed: its points do not rise from 0 at worst "
             "to 100 at best, or it does not suit the criterion"),
    "E214": ("off-level", "a score on a criterion with a discrete value function is not a whole level"),
    "E501": ("weighting-method-data", "a weighting level lacks the data its method needs, or gives another method's"),
    "E502": ("unknown-weighted-item", "a swing, rank or comparison names something that level does not hold"),
    "E503": ("unweighted-item", "a criterion or group has no swing or rank at its level"),
    "E504": ("weighted-twice", "an item is ranked twice, or a pair is compared twice"),
    "E505": ("weight-disagrees", "a stated weight disagrees with the one the weighting record derives"),
    "E506": ("unknown-group", "a criterion or group names a group that the weighting does not define"),
    "E507": ("bad-judgement", "a pairwise judgement is off Saaty's 1/9-9 scale, or compares an item with itself"),
    "E508": ("too-many-compared", "more than 10 items compared pairwise (Saaty's random index stops at 10)"),
    "E509": ("all-swings-zero", "every swing at a level is 0, so no weights follow"),
    "E510": ("missing-group-weight", "a group has no weight under 'method: direct'"),
    "E511": ("empty-group", "a group holds no criteria"),
    "E512": ("unconnected-comparisons", "a level's pairwise comparisons or MACBETH judgements leave some items "
             "unconnected to the others"),
    "E513": ("group-cycle", "groups of the value tree are within each other in a cycle"),
    "E514": ("bad-macbeth-judgement", "a MACBETH judgement names an unknown item or level, judges one against "
             "itself, runs the wrong way, or gives a range backwards or with 'none'"),
    "E515": ("inconsistent-macbeth", "MACBETH judgements no scale can reproduce; the message names the smallest "
             "change of categories that removes the inconsistency"),
    "E301": ("template-error", "a report template is malformed, fails, or breaks the sandbox's limits"),
    "E302": ("output-refused", "the report cannot be written there (it would overwrite an input file)"),
    "E303": ("bad-source-date-epoch", "SOURCE_DATE_EPOCH is set but is not a whole number of seconds"),
    # The long list (longlist.yaml), option roles and origins, sifted-out options: E701-E749.
    "E701": ("duplicate-longlist-id", "two objectives or CSFs, or two choices of one dimension, share an id"),
    "E702": ("unknown-longlist-name", "a choice's assessment names no objective or critical success factor"),
    "E703": ("unknown-choice", "an option's origin names a choice the long list does not have"),
    "E704": ("discounted-without-reason", "a long-list choice is discounted with no reason recorded"),
    "E705": ("discounted-origin", "an option's origin names a choice the long list discounted"),
    "E706": ("origin-without-longlist", "an option names its origin, but there is no longlist.yaml"),
    "E707": ("unscored-baseline", "the baseline fails a gate and is not scored: the benchmark must be scored"),
    "E708": ("no-longlist", "the command needs a longlist.yaml and the appraisal has none"),
    # The benefits register (benefits.yaml) and the equality impact (equality.yaml): E760-E779.
    "E760": ("duplicate-benefit", "two benefits in benefits.yaml share an id"),
    "E761": ("unknown-benefit-link", "a benefit names an objective, CSF, criterion or option that does not exist"),
    "E762": ("benefit-without-longlist", "a benefit names objectives or CSFs, but there is no longlist.yaml"),
    "E763": ("unknown-equality-option", "equality.yaml assesses an option that options/ does not hold"),
    "E764": ("bad-quintile", "a distribution by income quintile names something other than q1 to q5"),
    "E765": ("no-register", "the command needs benefits.yaml (or equality.yaml) and the appraisal has none"),
    # The risk register (risks.yaml): E770-E779.
    "E770": ("duplicate-risk-id", "two risks of the register share an id"),
    "E771": ("unknown-risk-option", "a risk names an option that does not exist"),
    "E772": ("unknown-risk-criterion", "a risk changes the score of a criterion that does not exist"),
    "E773": ("risk-cost-without-economics", "a risk gives a cost but criteria.yaml has no economics: block"),
    "E774": ("bad-impact-bands", "the risk matrix's impact cut-points do not rise"),
    "E775": ("no-risks", "the command needs a risks.yaml and the appraisal has none"),
    "E304": ("numeric-failure", "a computation overflowed or was undefined: no NaN or infinity is ever output"),
    "E307": ("missing-extra", "the output format needs an optional extra that is not installed"),
    "E308": ("document-failed", "the PDF or Word library failed to build the document"),
    "E309": ("too-long-for-pdf", "a PDF report's text, or one table cell, is too long to lay out in reasonable time"),
    # panel/<assessor>.yaml: several assessors, moderation and consensus (issue 11)
    "E401": ("panel-unknown-option", "a panel file scores, or declares a conflict on, an option that does not exist"),
    "E402": ("panel-unknown-criterion", "a panel file scores a criterion that does not exist"),
    "E403": ("panel-measure", "a panel file scores a measure criterion: measures are facts, not panel judgements"),
    "E404": ("panel-missing-score", "an assessor neither scores a cell, nor declares a conflict, nor abstains"),
    "E405": ("panel-conflict-scored", "an assessor scores an option they declared a conflict of interest on"),
    "E406": ("duplicate-assessor", "two panel files hold the same assessor id"),
    "E407": ("panel-bad-entry", "a panel score gives both a score and 'abstain', or neither"),
    "E408": ("no-assessors", "the panel folder holds no assessor file"),
    "E409": ("no-panel", "the command needs a panel/ folder and the appraisal has none"),
    "E601": ("bad-year", "a cost or benefit is not given by year (2019) or by a range of years (2019..2028), "
                         "from 1900 to 2200"),
    "E602": ("duplicate-year", "a cost or benefit line gives the same year twice"),
    "E603": ("outside-period", "an amount falls before the base year or after the appraisal period"),
    "E604": ("no-economics", "an option gives costs or benefits but criteria.yaml has no economics: block"),
    "E605": ("bad-discount", "a constant discount has no rate, or a schedule is given a rate"),
    "E606": ("bad-optimism-bias", "the optimism bias names no basis, or mixes categories that do not add up"),
    "E607": ("bad-cost-range", "a line's low/high do not bracket its total"),
    "E608": ("negative-amount", "a cost or benefit amount is negative"),
    "E609": ("no-economic-case", "value was asked of an appraisal with no economics: block"),
    "E801": ("bad-revision", "diff: a side is neither an appraisal folder nor a revision that holds one"),
    "E802": ("incomparable", "diff: the two sides cannot be scored alike (a scenario or weight only one side has)"),
    "E901": ("unreadable-spreadsheet", "a spreadsheet cannot be read: its format, encoding, size or sheet"),
    "E902": ("no-table", "a spreadsheet holds no table of options and criteria to import"),
    "E903": ("merged-cells", "merged cells inside the table being imported"),
    "E904": ("bad-cell", "a cell holds the wrong thing: text for a score, an unknown gate result, an error value"),
    "E905": ("empty-cell", "a score, weight or gate cell of the table is empty"),
    "E906": ("bad-heading", "a column or row heading is missing, repeated or names nothing"),
    "E907": ("off-scale-cell", "a score lies outside the scale, or a range is out of order"),
    "E908": ("bad-id-cell", "an id cell breaks the id rule or repeats another id"),
    "E909": ("appraisal-exists", "import would overwrite an existing appraisal or panel file (use --force)"),
    "E910": ("form-mismatch", "a returned scoring form no longer matches the appraisal's options, criteria or scale"),
    "E911": ("not-a-form", "a file given to 'panel import' is not a scoring form written by 'panel forms'"),
    "E912": ("merge-mismatch", "import into an appraisal: the sheet's criteria or gates differ from criteria.yaml's"),
    "E913": ("weight-from-record", "import into an appraisal: a weight edited in the sheet comes from a weighting "
                                   "record (edit the record)"),
    "W201": ("non-discriminating-criterion", "every option scores the same: the criterion cannot change the ranking"),
    "W202": ("dominant-weight", "one criterion carries more than half of the total weight"),
    "W203": ("missing-rationale", "a score has no rationale"),
    "W204": ("missing-gate-rationale", "a gate marked conditional (or failed) has no rationale"),
    "W205": ("missing-level", "a score is used that its criterion's levels do not describe"),
    "W206": ("dominated-option", "an eligible option is no better than another on any criterion, worse on one"),
    "W207": ("below-baseline", "an eligible option scores below the business-as-usual baseline"),
    "W208": ("no-baseline", "no baseline (business-as-usual) option is named"),
    "W209": ("file-name-mismatch", "an option file's name does not match the id inside it"),
    # The long list and the shortlist's make-up: W701-W749.
    "W701": ("too-many-objectives", "more than six spending objectives (the Green Book asks for up to five or six)"),
    "W702": ("no-preferred-choice", "a dimension of the options framework has no preferred choice"),
    "W703": ("shortlist-incomplete", "the shortlist lacks business as usual, a do-minimum, the preferred way forward "
                                     "or another option"),
    "W704": ("unassessed-choice", "a long-list choice is not assessed against every objective and CSF"),
    "W705": ("placeholder-rationale", "a rationale or reason still reads TODO"),
    "W706": ("several-preferred-choices", "a dimension has more than one preferred choice"),
    "W707": ("baseline-role", "the baseline and the option marked business_as_usual disagree"),
    "W708": ("preferred-off-framework", "the option marked preferred is built on a choice the long list did not "
                                        "prefer"),
    "W709": ("preferred-not-leading", "the option marked preferred is not the highest-scoring eligible option"),
    # The benefits register and the equality impact: W760-W779.
    "W760": ("objective-without-benefit", "a spending objective of the long list has no benefit in benefits.yaml"),
    "W761": ("benefit-without-measure", "a benefit has no measure"),
    "W762": ("benefit-measure-incomplete", "a benefit has a measure but no baseline, target, date or owner"),
    "W763": ("unassessed-characteristic", "a shortlisted option's impact on a protected characteristic is not "
                                          "assessed in equality.yaml"),
    "W764": ("negative-without-mitigation", "a negative equality impact has no mitigation recorded"),
    # The risk register: W770-W779.
    "W770": ("risk-without-impact", "a risk gives neither a cost nor a change of score"),
    "W771": ("residual-above-inherent", "a risk's residual probability or cost is above its own"),
    "W772": ("residual-without-mitigation", "a risk gives a residual position but no mitigation"),
    "W773": ("risk-without-owner", "an open risk names no owner"),
    "W774": ("optimism-bias-not-reduced", "risks are priced for an option whose optimism bias is left at its upper "
                                          "bound (Green Book 2022, 5.44)"),
    "W210": ("ignored-file", "a file or folder in options/ is not an option file (*.yaml, *.yml) and is ignored"),
    "W211": ("mixed-weights", "weights mix fractions and percentages (0.15 beside 30): the fraction counts for little"),
    "W212": ("local-measure-scale", "a measure has no range: its 0 and 100 move when an option is added or removed"),
    "W213": ("unmatched-acceptance", "an entry of 'accepted:' in criteria.yaml matches no warning (any more)"),
    "W401": ("unresolved-disagreement", "the panel disagrees (range >= threshold) and no moderation is recorded"),
    "W402": ("moderated-outside-range", "the moderated score lies outside the range of the panel's scores"),
    "W403": ("moderated-far-from-median", "the moderated score is >= threshold from the median, with no moderation"),
    "W404": ("assessor-never-varies", "an assessor gives every option the same score on every criterion they score"),
    "W405": ("unmoderated-score", "an option file gives no score, so the panel aggregate is used unmoderated"),
    "W406": ("assessor-file-name", "a panel file's name does not match the assessor id inside it"),
    "W407": ("panel-settings-unused", "criteria.yaml has 'panel:' settings but there is no panel/ folder"),
    "W408": ("panel-scores-sifted-out", "a panel file scores an option sifted out at a gate: those scores are unused"),
    "W501": ("swing-not-anchored", "no swing at a level is 100: the largest worst-to-best swing should be"),
    "W502": ("zero-swing", "a swing of 0: the criterion (or group) carries no weight"),
    "W503": ("inconsistent-judgements", "pairwise judgements have a consistency ratio above 0.10"),
    "W504": ("single-criterion-group", "a group of the value tree holds one criterion"),
    "W505": ("no-weighting-record", "weights are stated with no record of how they were set (a note, --notes)"),
    "W601": ("partial-costs", "some options give costs and others do not"),
    "W602": ("cost-double-counted", "a cost criterion is in the weighted sum while costs are in the economic case"),
    "W603": ("unevidenced-optimism-bias", "optimism bias given as bare percentages, with no category or evidence"),
    "W604": ("unevidenced-mitigation", "optimism bias is reduced for mitigation with no evidence given"),
    "W605": ("no-optimism-bias", "costs are appraised with no optimism bias stated"),
    "W606": ("partial-benefits", "benefits are monetised for some options and not others"),
    "W607": ("below-lower-bound", "mitigation takes optimism bias below the category's lower bound"),
    "W608": ("unused-economics", "criteria.yaml has an economics: block but no option gives costs"),
    "W609": ("no-price-base", "the economics: block does not say which prices the amounts are in"),
    "W801": ("paper-to-do", "a section of the committee paper or business case has no text yet (paper.yaml)"),
    "W901": ("skipped-row", "a totals row of the spreadsheet was skipped"),
    "W902": ("ignored-column", "a computed column (total, rank) of the spreadsheet was ignored"),
    "W903": ("no-weights-row", "the spreadsheet has no weights row: every criterion weighs the same"),
    "W904": ("discrete-between-levels", "an imported discrete value function is written as piecewise, through the "
                                        "same points: a score in the sheet lies between its levels"),
}


# C0 and C1 controls, DEL, and the bidi controls (embeddings, overrides, isolates, marks) and
# line/paragraph separators that can reorder or split what a terminal or a CI log shows.
UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """``text`` on one line, every control and bidi character shown escaped (``\\n``, ``\\x1b``, ``\\u202e``)."""
    return UNSAFE.sub(_escaped, text)


def _escaped(match: re.Match[str]) -> str:
    char = match.group()
    named = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
    if char in named:
        return named[char]
    return f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}"


@dataclass(frozen=True, order=True, slots=True)
class Location:
    """A place in a file: 1-based line and column (0 when unknown)."""

    path: str
    line: int = 0
    column: int = 0

    def __str__(self) -> str:
        path = printable(self.path)
        if self.line:
            return f"{path}:{self.line}:{self.column}"
        return path


@dataclass(frozen=True, order=True)
class CellLocation(Location):
    """A spreadsheet cell: printed as ``scores.xlsx: Sheet1!C7``; line and column are its row and column."""

    cell: str = ""

    def __str__(self) -> str:
        path = printable(self.path)
        return f"{path}: {printable(self.cell)}" if self.cell else path


@dataclass(frozen=True)
class Problem:
    """One thing wrong (error), worth a reviewer's attention (warning), or worth knowing (note)."""

    where: Location
    code: str
    message: str
    severity: str = "error"
    accepted: str | None = None  # a warning accepted in criteria.yaml: the reason given

    def __post_init__(self) -> None:
        if self.code not in CODES:
            raise ValueError(f"unregistered problem code {self.code}")

    @property
    def name(self) -> str:
        return CODES[self.code][0]

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.where.path, self.where.line, self.where.column, self.code)

    def __str__(self) -> str:
        """One line, always: text from the files cannot print a second line or a control sequence."""
        return f"{self.where}: {self.severity}: {printable(self.message)} [{self.code}]"


class AppraisalError(Exception):
    """The appraisal cannot be used: carries every problem found, sorted by place."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems, key=Problem.sort_key)
        super().__init__("\n".join(str(p) for p in self.problems))


def at(path: str | Path, line: int = 0, column: int = 0) -> Location:
    return Location(str(path), line, column)


def duplicates(items: Iterable[tuple[str, Location]], code: str, kind: str) -> Iterator[Problem]:
    """``code`` at each (id, place) whose id came before: "duplicate KIND id 'x' (also at line N)",
    or at the first one's whole location when that is in another file."""
    seen: dict[str, Location] = {}
    for name, where in items:
        if name in seen:
            first = seen[name]
            other = f"line {first.line}" if first.path == where.path else str(first)
            yield Problem(where, code, f"duplicate {kind} id '{name}' (also at {other})")
        else:
            seen[name] = where


def did_you_mean(name: str, known: Iterable[str]) -> str:
    """' (did you mean 'x'?)' for the closest known name, else the list of known names."""
    known = list(known)
    close = difflib.get_close_matches(name, known, n=1) or [k for k in known if k.startswith(name)][:1]
    if close:
        return f" (did you mean '{close[0]}'?)"
    return f"; expected one of: {', '.join(known)}" if known else ""
