"""Splitting an article into sentences, in one pass, without breaking a quotation.

A line break always ends a sentence (a headline, a dateline, a paragraph). Inside a line, a sentence ends at
``.``, ``!``, ``?`` or ``…`` followed by a space and a capital, digit, quotation mark or dash, unless a
quotation is open: "“… registered. Twelve were arrested,” said the minister." is one sentence, so the quoted
figures and the speaker who closes the quotation stay together.
"""

from __future__ import annotations

from typing import Final

import attrs

__all__ = ["LONGEST", "Sentence", "bounded", "split_sentences"]

_OPEN: Final = frozenset("“«„")
_CLOSE: Final = frozenset("”»")
_STRAIGHT: Final = '"'
_ENDS: Final = frozenset(".!?…")
_STARTS: Final = frozenset("\"'“«„‘—–-([")
LONGEST: Final = 2_000
"""The most characters a sentence is read as one: a longer run (a list with no full stop, an unclosed
quotation) is read in pieces cut at a clause break, so every figure's quote and speaker cost a bounded
amount and drafting stays linear in the article."""
_CLAUSE_BREAKS: Final = (", ", "; ", ": ", " ")


@attrs.frozen
class Sentence:
    """A sentence of an article: its offsets and whether it stands on a line of its own without a full stop.

    >>> [text[s.start : s.end] for text in ["A b. C d."] for s in split_sentences(text)]
    ['A b.', 'C d.']
    """

    start: int
    end: int
    line: bool
    """The sentence is a whole line that does not end in a full stop (a headline or a caption)."""


def _starts_sentence(char: str) -> bool:
    return char.isupper() or char.isdigit() or char in _STARTS


def split_sentences(text: str) -> tuple[Sentence, ...]:
    r"""The sentences of ``text`` in order, empty ones left out, in time linear in the text.

    >>> text = '“One. Two,” he said. Next one.\nHeadline 3'
    >>> [(text[s.start : s.end], s.line) for s in split_sentences(text)]
    [('“One. Two,” he said.', False), ('Next one.', False), ('Headline 3', True)]
    """
    sentences: list[Sentence] = []
    start = 0
    depth = 0
    straight = False
    line_start = 0
    size = len(text)

    def close(end: int, *, at_line_end: bool) -> None:
        nonlocal start
        left, right = start, end
        while left < right and text[left].isspace():
            left += 1
        while right > left and text[right - 1].isspace():
            right -= 1
        if left < right:
            whole_line = at_line_end and left == _skip_space(text, line_start, right)
            last = right - 1
            while last > left and (text[last] in _CLOSE or text[last] == _STRAIGHT):
                last -= 1
            sentences.append(Sentence(left, right, whole_line and text[last] not in _ENDS))
        start = end

    index = 0
    while index < size:
        char = text[index]
        if char == "\n":
            close(index, at_line_end=True)
            depth, straight, line_start = 0, False, index + 1
        elif char in _OPEN:
            depth += 1
        elif char in _CLOSE:
            depth = max(0, depth - 1)
        elif char == _STRAIGHT:
            straight = not straight
        elif char in _ENDS and depth == 0 and not straight:
            follow = index + 1
            while follow < size and text[follow] in _CLOSE:
                follow += 1
            if follow < size and text[follow] in " \t\u00a0":
                after = _skip_space(text, follow, size)
                if after < size and text[after] != "\n" and _starts_sentence(text[after]):
                    close(follow, at_line_end=False)
        index += 1
    close(size, at_line_end=True)
    return tuple(sentences)


def bounded(text: str, sentence: Sentence, longest: int = LONGEST) -> list[Sentence]:
    """``sentence`` as it is, or in pieces of at most ``longest`` characters cut after a clause break.

    >>> text = "a, b, c, d"
    >>> [text[s.start : s.end] for s in bounded(text, Sentence(0, len(text), False), longest=6)]
    ['a, b,', 'c, d']
    """
    pieces: list[Sentence] = []
    start = sentence.start
    while sentence.end - start > longest:
        limit = start + longest
        cut = -1
        for mark in _CLAUSE_BREAKS:  # the last clause break in the second half, else the last space
            cut = text.rfind(mark, start + longest // 2, limit)
            if cut >= 0:
                cut += len(mark.rstrip())
                break
        end = cut if cut > start else limit
        pieces.append(Sentence(start, end, line=False))
        start = _skip_space(text, end, sentence.end)
    pieces.append(Sentence(start, sentence.end, sentence.line and not pieces))
    return pieces


def _skip_space(text: str, index: int, limit: int) -> int:
    while index < limit and text[index] in " \t\u00a0\r":
        index += 1
    return index
