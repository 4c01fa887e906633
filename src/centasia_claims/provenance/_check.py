"""`check_provenance`: everything in a corpus that is broken, unsupported or not what it seems.

>>> from centasia_claims import check_provenance, load_seed_corpus
>>> report = check_provenance(load_seed_corpus())
>>> report.has_errors
False
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from centasia_claims.provenance._check_ages import check_ages
from centasia_claims.provenance._check_chains import check_chains, check_circular_reporting
from centasia_claims.provenance._check_quotes import check_quotes, check_references
from centasia_claims.provenance._check_sources import check_duplicates, check_misattribution
from centasia_claims.provenance._corroborate import Index, is_confirmed
from centasia_claims.provenance._findings import Finding, FindingKind, ProvenanceReport

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping

    from centasia_claims.corpus import Corpus
    from centasia_claims.model import Claim, ClaimId
    from centasia_claims.provenance._corroborate import Corroboration
    from centasia_claims.provenance._origins import Origin

__all__ = ["check_provenance"]


def _phrases(claims: list[Claim]) -> str:
    return "; ".join(repr(claim.value.phrase) for claim in claims if claim.value is not None)


def _single_origin(
    corpus: Corpus, index: Index, results: Mapping[ClaimId, Corroboration]
) -> Iterator[Finding]:
    for measure in corpus.measures:
        groups: dict[Origin, list[Claim]] = {}
        for claim in corpus.claims_for(measure.id):
            if results[claim.id].independent_support == 0:
                groups.setdefault(index.origin(claim), []).append(claim)
        for origin, claims in groups.items():
            count = "1 claim gives" if len(claims) == 1 else f"{len(claims)} claims give"
            yield Finding(
                FindingKind.SINGLE_ORIGIN,
                tuple(claim.id for claim in claims),
                f"{count} a figure for {measure.label!r} ({_phrases(claims)}) that rests on one origin, "
                f"{origin}: no other independent origin in the corpus gives a compatible figure",
            )


def _unconfirmed_support(
    corpus: Corpus, index: Index, results: Mapping[ClaimId, Corroboration]
) -> Iterator[Finding]:
    for claim in corpus.claims:
        result = results.get(claim.id)
        if result is None or result.supporting or not result.unconfirmed:
            continue
        if not is_confirmed(claim, index.reading(claim)):
            continue
        weak = [corpus.claim(id_) for group in result.unconfirmed for id_ in group.claims]
        shown = ", ".join(f"{other.id} ({index.reading(other).status.value})" for other in weak)
        yield Finding(
            FindingKind.UNCONFIRMED_SUPPORT,
            (claim.id, *(other.id for other in weak)),
            f"the only other origins that give a compatible figure are in claims the text does not stand "
            f"behind: {shown}; they are not independent confirmation",
        )


def check_provenance(corpus: Corpus) -> ProvenanceReport:
    """Check every quote, reference, chain and figure of a corpus; see ``docs/provenance.md``.

    The findings are sorted by severity (errors first), then kind (in the order of `FindingKind`), then
    corpus order. A corpus with no error-severity finding is sound; warnings and information tell a reader
    how far to trust a claim.

    >>> from centasia_claims import load_seed_corpus
    >>> from centasia_claims.provenance import FindingKind
    >>> report = check_provenance(load_seed_corpus())
    >>> "claim:rferl-rahimzoda-61-returned" in {
    ...     claim for finding in report.of_kind(FindingKind.SINGLE_ORIGIN) for claim in finding.claims
    ... }
    True
    """
    index = Index(corpus)
    results = {claim.id: index.corroborate(claim) for claim in corpus.claims if claim.measure is not None}
    findings = [
        *check_quotes(corpus),
        *check_references(corpus),
        *check_chains(corpus),
        *check_circular_reporting(corpus),
        *check_duplicates(corpus),
        *check_misattribution(corpus),
        *_single_origin(corpus, index, results),
        *_unconfirmed_support(corpus, index, results),
        *check_ages(corpus),
    ]
    kinds = list(FindingKind)
    findings.sort(key=lambda finding: (finding.severity.rank, kinds.index(finding.kind)))
    return ProvenanceReport(tuple(findings))
