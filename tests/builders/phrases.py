"""The labelled phrases of every set (with their languages), and their digits redrawn.

A redrawn phrase keeps the words and separators of a labelled one and takes other figures, so it reads by the
same rules of the grammar with other values: the values every rule about digits turns on (zero and one, the
days of a month, four-digit years, the last digits, leading zeros, the largest count) are drawn often.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from bench._labelled import DATA, LANGUAGE_SETS, load, load_look_alikes
from hypothesis import strategies as st

if TYPE_CHECKING:
    import random

__all__ = ["BOUNDARY", "DIGITS", "PHRASES", "labelled_phrases", "redraw", "redrawn"]

DIGITS: Final = re.compile(r"[0-9]+")


def labelled_phrases() -> list[tuple[str, str | None]]:
    """Every phrase and look-alike of the labelled sets, with its language (``None`` where not given)."""
    labels, look_alikes = load(DATA)
    found = [(label.text, label.language) for label in labels] + [(text, None) for text in look_alikes]
    for path in LANGUAGE_SETS.values():
        more, _ = load(path)
        found += [(label.text, label.language) for label in more]
        found += [(item.text, item.language) for item in load_look_alikes(path)]
    return found


PHRASES: Final = labelled_phrases()
BOUNDARY: Final = (
    *(str(number) for number in (*range(26), 30, 31, 32, 41, 42, 45, 50, 59, 60, 99, 100, 101, 102, 105)),
    *(str(number) for number in (111, 112, 115, 121, 122, 125, 500, 999, 1000, 1001, 1999, 2000, 2099)),
    *(str(year) for year in range(1900, 2101, 7)),
    "2100", "00", "01", "05", "007", "0001", "0999", "01000", "1" + "0" * 15, "9" * 15, "1" + "0" * 16,
    "9" * 24, "9" * 25, "3" * 40,
)  # fmt: skip
"""Digit runs the grammar's rules about digits turn on."""


@st.composite
def redrawn(draw: st.DrawFn, text: str | None = None) -> str:
    """``text`` (else a labelled phrase), each run of digits redrawn: same length, a boundary, or any."""
    template = text if text is not None else draw(st.sampled_from(PHRASES))[0]

    def one(match: re.Match[str]) -> str:
        size = len(match.group())
        return draw(
            st.one_of(
                st.text("0123456789", min_size=size, max_size=size),
                st.sampled_from(BOUNDARY),
                st.integers(0, 10**12).map(str),
            )
        )

    return DIGITS.sub(one, template)


def redraw(text: str, rng: random.Random) -> str:
    """``text``, each run of digits redrawn at random: half of them a boundary, half the same length."""

    def one(match: re.Match[str]) -> str:
        if rng.random() < 0.5:
            return rng.choice(BOUNDARY)
        return "".join(rng.choice("0123456789") for _ in match.group())

    return DIGITS.sub(one, text)
