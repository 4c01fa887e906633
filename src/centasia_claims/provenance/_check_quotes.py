"""Checks of the evidence: quotes at their offsets, inside their source, holding the figure they support.

A built `Corpus` has already checked that every id names an object of the right kind, so the references
checked here are the ones an id check cannot see: a quote's offsets pointing outside its own source's span
(into another article of the same document), an article lying outside the archive it is ``part_of``, a share
of a claim that has no figure.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from centasia_claims.corpus import offsets_problem
from centasia_claims.estimates import extract_estimates
from centasia_claims.model import Claim, Exclusion, Mention, TextSpan, fold_typography
from centasia_claims.provenance._findings import Finding, FindingKind

if TYPE_CHECKING:
    from collections.abc import Iterator

    from centasia_claims.corpus import Corpus
    from centasia_claims.model import ClaimId, Source, TextQuote

__all__ = ["check_quotes", "check_references"]

_Anchored = Claim | Mention | Exclusion


def _short(text: str, limit: int = 60) -> str:
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


def _subject(item: _Anchored, section: str, index: int) -> tuple[tuple[ClaimId, ...], str]:
    if isinstance(item, Claim):
        return (item.id,), ""
    return (), f"$.{section}[{index}]"


def _context_finding(quote: TextQuote, text: str) -> str | None:
    problems = []
    before = text[max(0, quote.start - len(quote.prefix)) : quote.start]
    after = text[quote.end : quote.end + len(quote.suffix)]
    if before != quote.prefix:
        problems.append(f"prefix {quote.prefix!r} where the text has {before!r}")
    if after != quote.suffix:
        problems.append(f"suffix {quote.suffix!r} where the text has {after!r}")
    if not problems:
        return None
    return (
        "the quote is at its offsets, but its recorded context is not the text around it: "
        + "; ".join(problems)
        + ": correct the context (TextQuote.locate gives it)"
    )


def _containing_source(corpus: Corpus, source: Source, span: TextSpan) -> Source | None:
    containing = [
        other
        for other in corpus.sources
        if other.document == source.document and other.id != source.id and other.span.contains(span)
    ]
    return min(containing, key=lambda other: len(other.span), default=None)


def _span_finding(corpus: Corpus, source: Source, quote: TextQuote) -> str | None:
    span = TextSpan(quote.start, quote.end)
    if source.span.contains(span):
        return None
    other = _containing_source(corpus, source, span)
    inside = f"; it lies in {other.id!r}" if other is not None else ""
    return (
        f"the quote at {quote.start}-{quote.end} lies outside its source {source.id!r} "
        f"({source.span.start}-{source.span.end} of {source.document!r}){inside}: "
        "anchor it in its own source, or read the claim in the source it lies in"
    )


def _value_finding(claim: Claim) -> str | None:
    if claim.value is None or claim.quote is None:
        return None
    phrase, exact = claim.value.phrase, claim.quote.exact
    if phrase in exact or fold_typography(phrase).casefold() in fold_typography(exact).casefold():
        return None
    return (
        f"the figure's phrase {phrase!r} does not occur in the quote {_short(exact, 100)}: "
        "quote the words that give the figure, or correct the phrase"
    )


def _unread_finding(claim: Claim, language: str) -> str | None:
    """What is unread at the claim's figure: kept on its value, or met re-reading its quote."""
    if claim.value is None:
        return None
    unread = list(claim.value.unread)
    phrase = claim.value.phrase
    quoted = "" if claim.quote is None else claim.quote.exact
    for found in extract_estimates(quoted, language=language):
        if found.unread and (phrase in found.estimate.phrase or found.estimate.phrase in phrase):
            unread += [word for word in found.unread if word not in unread]
    if not unread:
        return None
    listed = ", ".join(repr(word) for word in unread)
    return (
        f"the figure {phrase!r} has {listed} at it, which the reader does not read: correct a typo, or teach "
        "the word to the hedge tables (docs/estimates.md) so the figure is not taken as exact"
    )


def check_quotes(corpus: Corpus) -> Iterator[Finding]:
    """Findings about the quotes of claims, mentions and exclusions, in corpus order."""
    sections: tuple[tuple[str, tuple[_Anchored, ...]], ...] = (
        ("claims", corpus.claims),
        ("mentions", corpus.mentions),
        ("exclusions", corpus.exclusions),
    )
    for section, items in sections:
        for index, item in enumerate(items):
            claims, where = _subject(item, section, index)
            if item.quote is None:
                reason = getattr(item, "unquoted", "")
                yield Finding(FindingKind.UNQUOTED_CLAIM, claims, f"no verbatim quote: {reason}")
                continue
            source = corpus.source(item.source)
            text = corpus.document_text(source.document)
            moved = offsets_problem(item.quote, text, source.document)
            if moved is not None:
                yield Finding(FindingKind.QUOTE_NOT_AT_OFFSETS, claims, moved, where)
            else:
                context = _context_finding(item.quote, text)
                if context is not None:
                    yield Finding(FindingKind.QUOTE_CONTEXT_CHANGED, claims, context, where)
                outside = _span_finding(corpus, source, item.quote)
                if outside is not None:
                    yield Finding(FindingKind.DANGLING_REFERENCE, claims, outside, where)
            if isinstance(item, Claim):
                missing = _value_finding(item)
                if missing is not None:
                    yield Finding(FindingKind.VALUE_NOT_IN_QUOTE, claims, missing)
                unread = _unread_finding(item, source.language)
                if unread is not None:
                    yield Finding(FindingKind.UNREAD_AT_FIGURE, claims, unread)


def check_references(corpus: Corpus) -> Iterator[Finding]:
    """Findings about references an id check cannot see: articles outside their archive, shares of nothing."""
    for index, source in enumerate(corpus.sources):
        if source.part_of is None:
            continue
        parent = corpus.source(source.part_of)
        if parent.document != source.document or not parent.span.contains(source.span):
            yield Finding(
                FindingKind.DANGLING_REFERENCE,
                (),
                f"source {source.id!r} ({source.span.start}-{source.span.end} of {source.document!r}) is "
                f"part_of {parent.id!r}, but does not lie within it "
                f"({parent.span.start}-{parent.span.end} of {parent.document!r}): "
                "correct the span or part_of",
                f"$.sources[{index}]",
            )
    for claim in corpus.claims:
        share_of = None if claim.value is None else claim.value.share_of
        if share_of is not None and corpus.claim(share_of).value is None:
            yield Finding(
                FindingKind.DANGLING_REFERENCE,
                (claim.id, share_of),
                f"the figure is a share of {share_of!r}, which gives no figure: point share_of at the claim "
                "that gives the whole",
            )
