"""`unread_words`: the words written right before figures that the reader's tables do not know, for curators.

A figure read as ``exact`` may be hedged by a word the tables lack. This lists, over many texts, every word
met directly before a figure that is in no table and no list of ordinary words, with how often it was met,
one example, and whether it looks like a hedge (`Estimate.unread` would keep it); a curator teaches the tables
the hedges among them.

>>> [(item.word, item.count, item.hedge_like) for item in unread_words(["smoe 1,200 left; smoe 300 came"])]
[('smoe', 2, True)]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from centasia_claims._render import html_table
from centasia_claims.estimates._scan import scan
from centasia_claims.estimates._tokens import WORD
from centasia_claims.estimates._unread import is_known, unread_before
from centasia_claims.serialization import register_result

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["UnreadWord", "unread_words"]

_CONTEXT = 30
"""Characters of context kept either side of an example."""


@attrs.frozen(kw_only=True)
class UnreadWord:
    """A word met right before figures that the reader's tables do not know.

    Attributes:
        word: The word, lower-cased.
        count: How many figures it was met before.
        hedge_like: Whether it looks like a hedge (a typo of one, an adverb in -ly); `Estimate.unread` keeps
            such words.
        example: The first place it was met, with some context.

    >>> print(unread_words(["upwardly 300 left"])[0])
    upwardly  1  hedge-like  'upwardly 300 left'
    """

    word: str
    count: int
    hedge_like: bool
    example: str

    def __str__(self) -> str:
        kind = "hedge-like" if self.hedge_like else "unknown"
        return f"{self.word}  {self.count}  {kind}  {self.example!r}"

    def _repr_html_(self) -> str:
        return html_table(("word", "count", "kind", "example"), [str(self).split("  ", 3)])


register_result(UnreadWord)


def unread_words(texts: Iterable[str], *, language: str | None = None) -> tuple[UnreadWord, ...]:
    """The words met right before figures in ``texts`` that no table knows, hedge-like ones first.

    Each text is read as `extract_estimates` reads it (``language`` as in `parse_estimate`); a word counts
    when it stands directly before a figure, in the same line. Ordered by hedge-likeness, then count
    (most first), then word. Linear in the total length of the texts.

    Args:
        texts: The texts to read, such as a corpus's documents.
        language: The BCP 47 tag of their language.

    Returns:
        One `UnreadWord` per distinct word.

    >>> [item.word for item in unread_words(["killed 20; the 300; aproximately 400; per 5"])]
    ['aproximately']
    """
    counts: dict[str, list[object]] = {}
    for text in texts:
        scanned = scan(text, language)
        tokens = scanned.tokens
        for reading in scanned.readings:
            start = reading.start
            if start == 0 or tokens[start].newline:
                continue
            before = tokens[start - 1]
            if before.kind != WORD or is_known(before.low):
                continue
            entry = counts.get(before.low)
            if entry is None:
                low, high = (
                    max(before.start - _CONTEXT, 0),
                    min(tokens[reading.end - 1].end + _CONTEXT, len(text)),
                )
                hedge_like = unread_before(tokens, start) is not None
                counts[before.low] = [0, hedge_like, " ".join(text[low:high].split())]
                entry = counts[before.low]
            entry[0] = int(str(entry[0])) + 1
    found = [
        UnreadWord(word=word, count=int(str(count)), hedge_like=bool(hedge_like), example=str(example))
        for word, (count, hedge_like, example) in counts.items()
    ]
    return tuple(sorted(found, key=lambda item: (not item.hedge_like, -item.count, item.word)))
