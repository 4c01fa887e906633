from __future__ import annotations

import pytest

from centasia_claims import ProvenanceReport
from centasia_claims.provenance import SEVERITIES, Finding, FindingKind, Severity

K = FindingKind

ERROR = Finding(K.VALUE_NOT_IN_QUOTE, ["claim:a"], "the phrase is not in the quote")
WARNING = Finding(K.UNNAMED_CLAIMANT, ("claim:b", "claim:a"), "unnamed")
INFO = Finding(K.SINGLE_ORIGIN, (), "one origin", where="$.claims[0]")
REPORT = ProvenanceReport((ERROR, WARNING, INFO))


def test_every_kind_has_a_severity() -> None:
    assert set(FindingKind) == set(SEVERITIES)


@pytest.mark.parametrize(
    ("finding", "expected"),
    [
        (ERROR, "error: value_not_in_quote: claim:a: the phrase is not in the quote"),
        (WARNING, "warning: unnamed_claimant: claim:b, claim:a: unnamed"),
        (INFO, "info: single_origin: $.claims[0]: one origin"),
    ],
    ids=["error", "warning", "where"],
)
def test_a_finding_reads_as_one_line(finding: Finding, expected: str) -> None:
    assert expected == str(finding)


def test_claims_are_kept_as_a_tuple_and_severity_can_be_given() -> None:
    finding = Finding(K.SINGLE_ORIGIN, iter(["claim:a"]), "x", severity=Severity.WARNING)
    assert (("claim:a",), Severity.WARNING) == (finding.claims, finding.severity)


def test_report_queries() -> None:
    assert REPORT.has_errors
    assert not ProvenanceReport((WARNING, INFO)).has_errors
    assert (WARNING,) == REPORT.of_severity(Severity.WARNING)
    assert (INFO,) == REPORT.of_kind(K.SINGLE_ORIGIN)
    assert (ERROR, WARNING) == REPORT.about("claim:a")
    assert {Severity.ERROR: 1, Severity.WARNING: 1, Severity.INFO: 1} == REPORT.counts()


def test_severities_rank_errors_first() -> None:
    assert [0, 1, 2] == [Severity.ERROR.rank, Severity.WARNING.rank, Severity.INFO.rank]


def test_a_report_renders_as_the_command_line_prints_it_and_as_html() -> None:
    report = ProvenanceReport(
        (
            Finding(FindingKind.VALUE_NOT_IN_QUOTE, ["claim:x"], "no figure"),
            Finding(FindingKind.VALUE_NOT_IN_QUOTE, ["claim:y"], "no figure <b>"),
        )
    )
    assert (
        "Errors (2)\n  value_not_in_quote: claim:x\n      no figure\n  value_not_in_quote: claim:y\n"
        "      no figure <b>\n\n2 errors, 0 warnings, 0 information findings",
        2,
        True,
    ) == (
        str(report),
        report._repr_html_().count("<td>error</td>"),
        "no figure &lt;b&gt;" in report._repr_html_(),
    )
