"""Cue words in a quote: where one of a table's words begins a word, found without a regular expression.

A quote is searched for each word of a small table (`UPDATE_WORDS`, `EARLIER_WORDS`, `REVISION_WORDS`) with
``str.find`` on its lower-case text, which is linear in the quote and a few times faster than one pattern of
alternatives that is tried at every character; a reconciliation of a million figures asks it of every quote.

>>> word_at("Ранее Комитет сообщал", ("ранее",), whole=True)
'Ранее'
>>> word_at("the earliest figure", ("earlier",), whole=True) is None
True
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["word_at"]


def _inside(text: str, at: int) -> bool:
    """Whether the character at ``at`` continues a word (a letter, digit or underscore)."""
    return 0 <= at < len(text) and (text[at].isalnum() or text[at] == "_")


def _next_word(text: str, at: int) -> str:
    """The word that starts after the spaces from ``at``, in lower case ("" at the end)."""
    start = at
    while start < len(text) and text[start].isspace():
        start += 1
    end = start
    while _inside(text, end):
        end += 1
    return text[start:end]


def word_at(
    text: str, words: Iterable[str], *, whole: bool = False, unless_next: frozenset[str] = frozenset()
) -> str | None:
    """The first of ``words`` (lower case) that begins a word of ``text``, as the text writes it, or ``None``.

    With ``whole``, it must also end a word; a found word followed by a word of ``unless_next`` ("earlier
    this month") does not count.

    >>> word_at("The death toll has risen to 93", ("rose", "risen"))
    'risen'
    >>> print(word_at("said earlier this month", ("earlier",), unless_next=frozenset({"this"})))
    None
    """
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter whose lower case is longer: compare as written
        lowered = text
    for word in words:
        at = lowered.find(word)
        while at >= 0:
            end = at + len(word)
            if (
                not _inside(lowered, at - 1)
                and not (whole and _inside(lowered, end))
                and (not unless_next or _next_word(lowered, end) not in unless_next)
            ):
                return text[at:end]
            at = lowered.find(word, at + 1)
    return None
