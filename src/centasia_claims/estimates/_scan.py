"""Walking a text token by token and reading every number phrase in it, with the look-alikes it skipped.

>>> scanned = scan("In 2015, about 300 left; Group 24 did not.")
>>> [(r.qualifier.value, r.point) for r in scanned.readings]
[('approximate', 300)]
>>> [scanned.offsets(r.start, r.end) for r in scanned.rejects]
[(3, 7), (25, 33)]
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from centasia_claims.estimates._numerals import Reject
from centasia_claims.estimates._reader import read_phrase, starts
from centasia_claims.estimates._tokens import Token, tokenize

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


def scan(text: str) -> Scanned:
    """Read every number phrase in ``text`` and note every look-alike skipped."""
    tokens = tokenize(text)
    readings: list[Reading] = []
    rejects: list[Reject] = []
    index, count = 0, len(tokens)
    while index < count:
        if not starts(tokens[index]):
            index += 1
            continue
        found = read_phrase(tokens, index)
        if found is None:
            index += 1
        elif isinstance(found, Reject):
            rejects.append(found)
            index = max(found.end, index + 1)
        else:
            readings.append(found)
            index = found.end
    return Scanned(tokens, readings, rejects)
