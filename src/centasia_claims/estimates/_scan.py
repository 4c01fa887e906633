"""Walking a text token by token and reading every number phrase in it, with the look-alikes it skipped.

>>> scanned = scan("In 2015, about 300 left; Group 24 did not.")
>>> [(r.qualifier.value, r.point) for r in scanned.readings]
[('approximate', 300)]
>>> [scanned.offsets(r.start, r.end) for r in scanned.rejects]
[(3, 7), (25, 33)]
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from centasia_claims.estimates._cardinals import Reject
from centasia_claims.estimates._formats import AUTO, Format, format_of
from centasia_claims.estimates._reader import STARTERS, read_phrase
from centasia_claims.estimates._tokens import NUM, Token, tokenize
from centasia_claims.estimates._unread import is_known, unread_before

if TYPE_CHECKING:
    from centasia_claims.estimates._build import Reading

__all__ = ["Scanned", "scan"]


class Scanned(NamedTuple):
    """The tokens of a text, the phrases read from them and the look-alikes skipped, in text order."""

    tokens: list[Token]
    readings: list[Reading]
    rejects: list[Reject]

    def offsets(self, start: int, end: int) -> tuple[int, int]:
        """Code point offsets of the tokens from ``start`` to ``end`` (exclusive)."""
        return self.tokens[start].start, self.tokens[end - 1].end


def _marks(tokens: list[Token], reading: Reading, *, footnotes: bool) -> Reading:
    """Note what the reading leaves unread: an unknown word before it, a footnote marker glued to it.

    ``footnotes`` says whether the text can hold a footnote marker at all (a "[", or a number with a suffix
    of no letters).
    """
    start = reading.start
    word = None if start == 0 or tokens[start - 1].kind == NUM else unread_before(tokens, start)
    if not footnotes:
        return reading if word is None else reading._replace(unread=(*reading.unread, word))
    notes = [] if word is None else [word]
    end = reading.end
    notes.extend(  # a superscript footnote marker: "1,141¹"
        token.suffix
        for token in tokens[start:end]
        if token.kind == NUM and token.suffix and not token.suffix.isalpha()
    )
    count = len(tokens)
    if (
        end + 2 < count
        and tokens[end].low == "["
        and not tokens[end].gap
        and tokens[end + 1].kind == NUM
        and tokens[end + 2].low == "]"
        and len(tokens[end + 1].text) <= 3
    ):
        notes.append("".join(token.text for token in tokens[end : end + 3]))  # "1,141[3]"
        end += 3
    if not notes:
        return reading
    return reading._replace(end=end, unread=(*reading.unread, *notes))


def scan(
    text: str, language: str | None = None, *, fmt: Format | None = None, until_reject: bool = False
) -> Scanned:
    """Read every number phrase in ``text`` (written in ``language``) and note every look-alike skipped.

    ``fmt`` is the number format of ``language`` for ``text``, if the caller has it already. With
    ``until_reject`` the scan stops at the first look-alike, for a caller that refuses the text on it.
    """
    plain = text.isascii()
    if fmt is None:
        fmt = AUTO if plain and language is None else format_of(language, text)[0]
    tokens = tokenize(text, fmt)
    # A footnote marker is a "[3]" or a superscript glued to digits (a suffix of no letters, never ASCII).
    footnotes = "[" in text or (
        not plain and any(token.suffix and not token.suffix.isalpha() for token in tokens)
    )
    readings: list[Reading] = []
    rejects: list[Reject] = []
    index, count = 0, len(tokens)
    while index < count:
        token = tokens[index]
        if token.kind != NUM and token.low not in STARTERS:  # `starts`, inline: the scan's hot loop
            index += 1
            continue
        found = read_phrase(tokens, index)
        if found is None:
            index += 1
        elif isinstance(found, Reject):
            rejects.append(found)
            if until_reject:
                break
            index = max(found.end, index + 1)
        else:
            start = found.start
            if footnotes or (start and tokens[start - 1].kind != NUM and not is_known(tokens[start - 1].low)):
                found = _marks(tokens, found, footnotes=footnotes)
            readings.append(found)
            index = found.end
    return Scanned(tokens, readings, rejects)
