"""Evidence anchored in a source text: the W3C Web Annotation text-quote and text-position selectors.

Offsets count Unicode code points (Python string indices), as the W3C model says, and are relative to the
whole document file, so a quote can be checked with one slice.

>>> from centasia_claims import TextQuote
>>> text = "Tajik authorities say up to 1,000 nationals have joined"
>>> quote = TextQuote.locate(text, "up to 1,000", context=6)
>>> quote.start, quote.end, quote.prefix, quote.suffix
(22, 33, 's say ', ' natio')
>>> quote.matches(text)
True
"""

from __future__ import annotations

import attrs

from centasia_claims.errors import InvalidValueError
from centasia_claims.model._checks import check_non_negative

__all__ = ["Document", "TextQuote"]


def _check_end(instance: TextQuote, _attribute: object, end: int) -> None:
    if end <= instance.start:
        raise InvalidValueError("end", f"must be greater than start (got start={instance.start}, end={end})")
    if end - instance.start != len(instance.exact):
        raise InvalidValueError(
            "end",
            f"end - start must equal the length of exact ({len(instance.exact)} code points; "
            f"got start={instance.start}, end={end})",
        )


@attrs.frozen(kw_only=True)
class TextQuote:
    """An exact quote and where it stands in its document.

    Attributes:
        exact: The quoted text, character for character.
        start: Code point offset of its first character in the document.
        end: Code point offset just past its last character.
        prefix: A little text just before the quote (may be empty).
        suffix: A little text just after the quote (may be empty).

    The evidence of a claim in the seed corpus, checked against its document:

    >>> from centasia_claims import load_seed_corpus
    >>> corpus = load_seed_corpus()
    >>> claim = corpus.claim("claim:rferl-rahimzoda-61-returned")
    >>> quote = claim.quote
    >>> quote.exact[:35], quote.start, quote.end - quote.start == len(quote.exact)
    ('Interior Minister Ramazon Rahimzoda', 590, True)
    >>> quote.matches(corpus.document_text(corpus.source(claim.source).document))
    True
    """

    exact: str = attrs.field()
    start: int = attrs.field(validator=check_non_negative)
    end: int = attrs.field(validator=_check_end)
    prefix: str = ""
    suffix: str = ""

    @exact.validator
    def _check_exact(self, _attribute: object, exact: str) -> None:
        if not exact:
            raise InvalidValueError("exact", "must not be empty: quote the text the claim rests on")

    @classmethod
    def locate(cls, text: str, exact: str, *, after: int = 0, context: int = 32) -> TextQuote:
        """Find ``exact`` in ``text`` (first occurrence at or after ``after``) and anchor it.

        Raises:
            InvalidValueError: ``exact`` is empty or does not occur in ``text`` at or after ``after`` (a
                ``ValueError``, as before).

        >>> TextQuote.locate("one two one", "one", after=1).start
        8
        """
        start = text.find(exact, after)
        if start < 0 or not exact:
            raise InvalidValueError(
                "exact",
                f"{exact!r} does not occur in the text after offset {after}: quote the text as written",
            )
        end = start + len(exact)
        return cls(
            exact=exact,
            start=start,
            end=end,
            prefix=text[max(0, start - context) : start],
            suffix=text[end : end + context],
        )

    def matches(self, text: str) -> bool:
        """Whether the quote stands verbatim at its offsets, with its prefix and suffix around it."""
        return (
            text[self.start : self.end] == self.exact
            and text[max(0, self.start - len(self.prefix)) : self.start] == self.prefix
            and text[self.end : self.end + len(self.suffix)] == self.suffix
        )


@attrs.frozen
class Document:
    """A bundled source text, as read from ``documents/NAME``.

    Attributes:
        name: The file name, such as ``002_cc5a38ae8d00b8fb.txt``.
        text: The decoded UTF-8 text, unchanged (no newline translation), so offsets are exact.

    >>> Document("a.txt", "text").name
    'a.txt'
    """

    name: str
    text: str = attrs.field(repr=lambda text: f"<{len(text)} code points>")
