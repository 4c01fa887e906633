"""Ranking a corpus's measures for a drafted figure: shared words of the sentence and the label, and the unit.

The score is explainable by hand: the share of the measure label's words that the figure's clause holds
(words compared by their first five letters, so "Tajiks" meets "Tajik"; a word elsewhere in the sentence
counts half), weighted 0.7, plus 0.3 when the figure's unit is the measure's (a bare count matches a
measure of people).
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING, Final

import attrs

from centasia_claims._render import html_definitions
from centasia_claims.serialization import register_result

if TYPE_CHECKING:
    from centasia_claims.corpus import Corpus
    from centasia_claims.model import Measure

__all__ = ["MeasureCandidate", "rank_measures"]

_WORD: Final = re.compile(r"\w+")
_STEM: Final = 5
_WORDS_WEIGHT: Final = 0.7
_UNIT_WEIGHT: Final = 0.3
_TOP: Final = 3
_FAR: Final = 0.5
_BREAK: Final = re.compile(r"[,;:]\s")
_STOPWORDS: Final = frozenset(
    {
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "from", "and", "or", "as", "is",
        "are", "was", "were", "who", "whom", "which", "that", "this", "with", "its", "their", "his", "her",
        "than", "more", "less", "over", "under", "about", "into", "out", "up", "any", "each", "every",
        "all", "there",
    }
)  # fmt: skip
_COUNTS: Final = frozenset({"count", "people"})


@attrs.frozen(kw_only=True)
class MeasureCandidate:
    """A measure a drafted figure may belong to, with its score and why.

    Attributes:
        measure: The measure's id.
        score: From 0 to 1: 0.7 times the share of label words in the clause (half for the rest of the
            sentence), plus 0.3 for the unit.
        reason: The shared words and whether the unit matched.

    >>> print(MeasureCandidate(measure="measure:m", score=0.65, reason="2 of 4 label words (kill, tajik)"))
    measure:m (0.65): 2 of 4 label words (kill, tajik)
    """

    measure: str
    score: float
    reason: str

    def __str__(self) -> str:
        return f"{self.measure} ({self.score:.2f}): {self.reason}"

    def _repr_html_(self) -> str:
        return html_definitions(
            self.measure, [("score", f"{self.score:.2f}"), ("why", html.escape(self.reason))]
        )


register_result(MeasureCandidate)


def _stems(text: str) -> frozenset[str]:
    return frozenset(
        word[:_STEM]
        for word in _WORD.findall(text.casefold())
        if word not in _STOPWORDS and not word.isdigit()
    )


def _labels(corpus: Corpus) -> tuple[tuple[Measure, frozenset[str]], ...]:
    return tuple((measure, _stems(measure.label)) for measure in corpus.measures)


def _clause(sentence: str, at: int) -> str:
    """The part of ``sentence`` around offset ``at`` between a comma, semicolon or colon and the next."""
    starts = [match.end() for match in _BREAK.finditer(sentence, 0, at)]
    after = _BREAK.search(sentence, at)
    return sentence[starts[-1] if starts else 0 : after.start() if after else len(sentence)]


def rank_measures(
    corpus: Corpus | None, sentence: str, unit: str, at: int | None = None
) -> tuple[MeasureCandidate, ...]:
    """The three measures of ``corpus`` closest to a figure of ``unit`` in ``sentence``, best first.

    With ``at`` (the figure's offset in the sentence), the words of the figure's clause count fully and the
    rest of the sentence's words half, so "61 returned, while 148 were killed" gives each figure its own
    measure. Measures that share no word with the sentence are left out; ties go to the measure id.

    >>> from centasia_claims import load_seed_corpus
    >>> sentence = "61 Tajik nationals had returned from Syria and Iraq, while 148 had been killed there"
    >>> [rank_measures(load_seed_corpus(), sentence, "people", at)[0].measure for at in (0, 59)]
    ['measure:tajik-fighters-returned', 'measure:tajik-fighters-killed']
    """
    if corpus is None:
        return ()
    words = _stems(sentence)
    near = words if at is None else _stems(_clause(sentence, at))
    scored: list[MeasureCandidate] = []
    for measure, label in corpus.cached(_labels):
        shared = sorted(label & words)
        if not shared or not label:
            continue
        close = [word for word in shared if word in near]
        unit_match = measure.unit == unit or (measure.unit in _COUNTS and unit in _COUNTS)
        weight = len(close) + _FAR * (len(shared) - len(close))
        score = _WORDS_WEIGHT * weight / len(label) + (_UNIT_WEIGHT if unit_match else 0.0)
        reason = f"{len(close)} of {len(label)} label words in the clause ({', '.join(close)})"
        far = [word for word in shared if word not in near]
        if far:
            reason += f", {len(far)} elsewhere in the sentence ({', '.join(far)})"
        reason += f"; unit {measure.unit}" if unit_match else f"; unit {unit} is not {measure.unit}"
        scored.append(MeasureCandidate(measure=measure.id, score=round(score, 3), reason=reason))
    scored.sort(key=lambda candidate: (-candidate.score, candidate.measure))
    return tuple(scored[:_TOP])
