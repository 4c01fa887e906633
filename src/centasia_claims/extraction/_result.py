"""What drafting an article gives: a `Draft` per figure, and the `Extraction` of the whole article.

A drafted claim's note starts with `DRAFT` until a reviewer has settled it (`is_draft`).
"""

from __future__ import annotations

from typing import Final

import attrs

from centasia_claims._render import html_table
from centasia_claims.extraction._measures import MeasureCandidate
from centasia_claims.model import Claim, Document, Organization, Person, Source
from centasia_claims.serialization import register_result

__all__ = ["DRAFT", "Draft", "Extraction", "is_draft"]

DRAFT: Final = "draft:"
"""How the note of a drafted claim starts; a reviewer replaces the note once the claim is right."""


def is_draft(claim: Claim) -> bool:
    """Whether a claim is still a draft: its note starts with ``draft:``.

    >>> from centasia_claims import load_seed_corpus
    >>> any(is_draft(claim) for claim in load_seed_corpus().claims)
    False
    """
    return claim.note.startswith(DRAFT)


@attrs.frozen(kw_only=True)
class Draft:
    """One drafted figure: the claim, the measures it may belong to, and what a reviewer should settle.

    Attributes:
        claim: A valid claim (it loads as it is), its note starting with ``draft:``.
        speaker: The root speaker as the text names them (a pronoun's antecedent written after an arrow);
            empty when nobody but the page gives the figure.
        candidates: Up to three measures, best first, with scores and reasons.
        reasons: What a reviewer should settle (an unnamed or ambiguous speaker).

    >>> from centasia_claims.extraction import draft_claims
    >>> drafts = draft_claims(None, "Officials said 300 left.", source_id="source:a").drafts
    >>> print(drafts[0])
    claim:a-...: '300' by Officials
    """

    claim: Claim
    speaker: str
    candidates: tuple[MeasureCandidate, ...] = ()
    reasons: tuple[str, ...] = ()

    def __str__(self) -> str:
        phrase = self.claim.value.phrase if self.claim.value is not None else ""
        by = self.speaker or "the page"
        line = f"{self.claim.id}: {phrase!r} by {by}"
        if self.reasons:
            line += f" ({'; '.join(self.reasons)})"
        return line


@attrs.frozen(kw_only=True)
class Extraction:
    """Every draft of one article, with the source, document and new entities they need.

    Attributes:
        source: The source the drafts cite (the corpus's, or a new one).
        new_source: Whether the source (and its document) are new.
        document: The article's document.
        drafts: One draft a figure, in text order.
        entities: New persons and organizations the speakers needed, sorted by id.
        skipped: The look-alikes left out, each with where and why.

    >>> from centasia_claims.extraction import draft_claims
    >>> result = draft_claims(None, "In 2016, Rahmon, 71, said 21 students left.", source_id="source:a")
    >>> print(result)
    claim:a-...: '21' by Rahmon
    skipped: age '71' at 17: ages are drafted only when asked for
    1 draft of source:a (new), 0 new entities
    """

    source: Source
    new_source: bool
    document: Document
    drafts: tuple[Draft, ...]
    entities: tuple[Person | Organization, ...] = ()
    skipped: tuple[str, ...] = ()

    @property
    def summary(self) -> str:
        """One line: how many drafts of which source, and how many new entities."""
        count = len(self.drafts)
        new = " (new)" if self.new_source else ""
        entities = len(self.entities)
        return (
            f"{count} draft{'s' if count != 1 else ''} of {self.source.id}{new}, "
            f"{entities} new entit{'y' if entities == 1 else 'ies'}"
        )

    def __str__(self) -> str:
        lines = [str(draft) for draft in self.drafts]
        lines += [f"skipped: {reason}" for reason in self.skipped]
        return "\n".join([*lines, self.summary])

    def _repr_html_(self) -> str:
        rows = [
            (
                draft.claim.id,
                draft.claim.value.phrase if draft.claim.value is not None else "",
                draft.speaker,
                ", ".join(candidate.measure for candidate in draft.candidates),
            )
            for draft in self.drafts
        ]
        return (
            f"<div><p>{self.summary}</p>{html_table(('claim', 'figure', 'speaker', 'measures'), rows)}</div>"
        )


register_result(Draft)
register_result(Extraction, summary=lambda extraction: extraction.summary)
