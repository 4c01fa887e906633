"""Findings of a provenance check: what kind, how serious, which claims, and what to do.

>>> from centasia_claims import ProvenanceReport
>>> from centasia_claims.provenance import Finding, FindingKind
>>> finding = Finding(FindingKind.UNNAMED_CLAIMANT, ("claim:x",), 'the claimant is unnamed ("experts")')
>>> finding.severity
<Severity.WARNING: 'warning'>
>>> ProvenanceReport((finding,)).has_errors
False

A finding's severity is by default its kind's, as `SEVERITIES` gives it:

>>> from centasia_claims.provenance import SEVERITIES
>>> SEVERITIES[FindingKind.UNNAMED_CLAIMANT], SEVERITIES[FindingKind.VALUE_NOT_IN_QUOTE]
(<Severity.WARNING: 'warning'>, <Severity.ERROR: 'error'>)
"""

from __future__ import annotations

import enum
import html
from typing import TYPE_CHECKING, Final

import attrs

from centasia_claims._render import html_definitions, html_table
from centasia_claims.model import ClaimId
from centasia_claims.serialization import register_result

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["SEVERITIES", "Finding", "FindingKind", "ProvenanceReport", "Severity"]


class Severity(enum.StrEnum):
    """How serious a finding is.

    The seed corpus has warnings, but no errors:

    >>> from centasia_claims import check_provenance, load_seed_corpus
    >>> counts = check_provenance(load_seed_corpus()).counts()
    >>> counts[Severity.ERROR], counts[Severity.WARNING] > 0
    (0, True)
    """

    ERROR = "error"
    """The corpus is wrong: the evidence or a reference does not hold. ``centasia-claims check`` fails."""
    WARNING = "warning"
    """The corpus may be right, but a reader should not take the claim at face value."""
    INFO = "info"
    """A fact about the evidence worth knowing."""

    @property
    def rank(self) -> int:
        """0 for errors, 1 for warnings, 2 for information: the order reports list them in.

        >>> Severity.WARNING.rank
        1
        """
        return list(Severity).index(self)


class FindingKind(enum.StrEnum):
    """What a finding is about; ``docs/provenance.md`` explains each with an example.

    "Official figures" is all the text says of who gave this figure:

    >>> from centasia_claims import check_provenance, load_seed_corpus
    >>> report = check_provenance(load_seed_corpus())
    >>> [finding.kind for finding in report.about("claim:aj-official-1094-joined-isil")]
    [<FindingKind.UNNAMED_CLAIMANT: 'unnamed_claimant'>]
    """

    QUOTE_NOT_AT_OFFSETS = "quote_not_at_offsets"
    """The quote is not the text at its offsets (the message gives the nearest place it occurs, if any)."""
    QUOTE_CONTEXT_CHANGED = "quote_context_changed"
    """The quote is at its offsets, but its recorded prefix or suffix is not the text around it."""
    VALUE_NOT_IN_QUOTE = "value_not_in_quote"
    """The figure's phrase does not occur in the quote it rests on."""
    UNREAD_AT_FIGURE = "unread_at_figure"
    """A word right before the figure looks like a hedge the reader does not know ("smoe 1,200"), or a
    footnote marker is glued to it: the figure may be read as exact when the text hedges it."""
    CHAIN_NOT_ENDING_IN_SOURCE = "chain_not_ending_in_source"
    """The last step of the attribution chain is not the source's outlet or one of its authors."""
    DANGLING_REFERENCE = "dangling_reference"
    """A reference that the corpus's id checks cannot see does not hold (an anchor outside its source)."""
    PERIOD_AFTER_PUBLICATION = "period_after_publication"
    """The claim is about a time after its source was published, or states its figure as of such a time."""
    UNNAMED_CLAIMANT = "unnamed_claimant"
    """The original claimant is not named ("experts say", "officials")."""
    SINGLE_ORIGIN = "single_origin"
    """A figure that no other independent origin supports."""
    CIRCULAR_REPORTING = "circular_reporting"
    """Agents cite each other for the same measure: A cites B and B cites A."""
    UNCONFIRMED_SUPPORT = "unconfirmed_support"
    """A claim whose only independent support is a claim reported as unconfirmed."""
    UNQUOTED_CLAIM = "unquoted_claim"
    """A claim with no verbatim quote, only the reason the curator gives (``Claim.unquoted``)."""
    AGE_MISMATCH = "age_mismatch"
    """An age a claim gives (for a measure with ``age_of``) that the person's birth date does not allow at
    the claim's date."""
    LIKELY_DUPLICATE = "likely_duplicate"
    """Two sources that look like one work (the same title, or much of the same text) but do not say so."""
    MISATTRIBUTED_CLAIMANT = "misattributed_claimant"
    """The chain's claimant is not named where the figure is written, but another known agent is."""


SEVERITIES: Final[dict[FindingKind, Severity]] = {
    FindingKind.QUOTE_NOT_AT_OFFSETS: Severity.ERROR,
    FindingKind.QUOTE_CONTEXT_CHANGED: Severity.WARNING,
    FindingKind.VALUE_NOT_IN_QUOTE: Severity.ERROR,
    FindingKind.UNREAD_AT_FIGURE: Severity.WARNING,
    FindingKind.CHAIN_NOT_ENDING_IN_SOURCE: Severity.ERROR,
    FindingKind.DANGLING_REFERENCE: Severity.ERROR,
    FindingKind.PERIOD_AFTER_PUBLICATION: Severity.ERROR,
    FindingKind.UNNAMED_CLAIMANT: Severity.WARNING,
    FindingKind.SINGLE_ORIGIN: Severity.INFO,
    FindingKind.CIRCULAR_REPORTING: Severity.WARNING,
    FindingKind.UNCONFIRMED_SUPPORT: Severity.WARNING,
    FindingKind.UNQUOTED_CLAIM: Severity.WARNING,
    FindingKind.AGE_MISMATCH: Severity.WARNING,
    FindingKind.LIKELY_DUPLICATE: Severity.WARNING,
    FindingKind.MISATTRIBUTED_CLAIMANT: Severity.WARNING,
}
"""The severity of each kind of finding."""


def _claim_ids(ids: Iterable[str]) -> tuple[ClaimId, ...]:
    return tuple(ClaimId(id_) for id_ in ids)


def _default_severity(finding: Finding) -> Severity:
    return SEVERITIES[finding.kind]


@attrs.frozen
class Finding:
    """One thing a provenance check found.

    Attributes:
        kind: What it is about.
        claims: The claims concerned, the main one first (empty for a finding about a mention or exclusion);
            any iterable of ids is kept as a tuple.
        message: What is wrong or worth knowing, with the values involved, and what to do.
        where: The item concerned as a path into the corpus (``$.mentions[3]``); empty when ``claims`` says.
        severity: How serious it is; by default the kind's (`SEVERITIES`).

    >>> print(Finding(FindingKind.SINGLE_ORIGIN, ["claim:x"], "one origin"))
    info: single_origin: claim:x: one origin
    """

    kind: FindingKind
    claims: tuple[ClaimId, ...] = attrs.field(converter=_claim_ids)
    message: str = attrs.field()
    where: str = ""
    severity: Severity = attrs.field(default=attrs.Factory(_default_severity, takes_self=True))

    def __str__(self) -> str:
        subject = ", ".join(self.claims) or self.where
        return f"{self.severity.value}: {self.kind.value}: {subject}: {self.message}"

    def _repr_html_(self) -> str:
        return html_definitions(
            f"{self.severity.value}: {self.kind.value}",
            [
                ("claims", html.escape(", ".join(self.claims) or self.where)),
                ("message", html.escape(self.message)),
            ],
        )


_HEADINGS: Final = {Severity.ERROR: "Errors", Severity.WARNING: "Warnings", Severity.INFO: "Information"}


@attrs.frozen
class ProvenanceReport:
    """Everything a provenance check found, errors first.

    Attributes:
        findings: The findings, by severity, then kind, then corpus order.

    >>> report = ProvenanceReport((Finding(FindingKind.VALUE_NOT_IN_QUOTE, ["claim:x"], "no figure"),))
    >>> report.has_errors, len(report.of_severity(Severity.ERROR)), len(report.about("claim:y"))
    (True, 1, 0)
    """

    findings: tuple[Finding, ...] = ()

    @property
    def has_errors(self) -> bool:
        """Whether any finding is an error."""
        return any(finding.severity is Severity.ERROR for finding in self.findings)

    def of_severity(self, severity: Severity) -> tuple[Finding, ...]:
        """The findings of one severity."""
        return tuple(finding for finding in self.findings if finding.severity is severity)

    def of_kind(self, kind: FindingKind) -> tuple[Finding, ...]:
        """The findings of one kind."""
        return tuple(finding for finding in self.findings if finding.kind is kind)

    def about(self, claim: ClaimId | str) -> tuple[Finding, ...]:
        """The findings that concern a claim."""
        return tuple(finding for finding in self.findings if claim in finding.claims)

    def counts(self) -> dict[Severity, int]:
        """How many findings of each severity, every severity listed.

        >>> ProvenanceReport().counts()
        {<Severity.ERROR: 'error'>: 0, <Severity.WARNING: 'warning'>: 0, <Severity.INFO: 'info'>: 0}
        """
        return {severity: len(self.of_severity(severity)) for severity in Severity}

    def count_text(self) -> str:
        """How many findings of each severity, in words: "1 error, 20 warnings, 3 information findings".

        >>> ProvenanceReport().count_text()
        '0 errors, 0 warnings, 0 information findings'
        """
        counts = self.counts()
        errors, warnings = counts[Severity.ERROR], counts[Severity.WARNING]
        information = counts[Severity.INFO]
        return (
            f"{errors} error{'' if errors == 1 else 's'}, {warnings} warning{'' if warnings == 1 else 's'}, "
            f"{information} information finding{'' if information == 1 else 's'}"
        )

    def render(self, shown: tuple[Finding, ...] | None = None) -> str:
        """The report as ``centasia-claims check`` prints it: findings by severity, then the counts of all.

        Args:
            shown: The findings to list (default: all); the counts always cover every finding.

        >>> report = ProvenanceReport((Finding(FindingKind.VALUE_NOT_IN_QUOTE, ["claim:x"], "no figure"),))
        >>> print(report)
        Errors (1)
          value_not_in_quote: claim:x
              no figure
        <BLANKLINE>
        1 error, 0 warnings, 0 information findings
        """
        listed = self.findings if shown is None else shown
        lines = []
        for severity, heading in _HEADINGS.items():
            findings = [finding for finding in listed if finding.severity is severity]
            if not findings:
                continue
            lines.append(f"{heading} ({len(findings)})")
            for finding in findings:
                lines += [
                    f"  {finding.kind.value}: {', '.join(finding.claims) or finding.where}",
                    f"      {finding.message}",
                ]
            lines.append("")
        lines.append(self.count_text())
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.render()

    def _repr_html_(self) -> str:
        rows = [
            (
                finding.severity.value,
                finding.kind.value,
                ", ".join(finding.claims) or finding.where,
                finding.message,
            )
            for finding in self.findings
        ]
        table = html_table(("severity", "kind", "claims", "message"), rows)
        return f"<div><p><strong>Provenance</strong>: {html.escape(self.count_text())}</p>{table}</div>"


register_result(Finding)
register_result(
    ProvenanceReport,
    counts=lambda report: report.counts(),
    has_errors=lambda report: report.has_errors,
)
