"""Ranking a corpus's measures for a drafted figure: shared words of the sentence and the label, and the unit.

The score is explainable by hand: the share of the measure label's words that the figure's clause holds
(words compared by their first five letters, so "Tajiks" meets "Tajik"; a word elsewhere in the sentence
counts two fifths, elsewhere in the article a quarter), weighted 0.7, plus 0.3 when the figure's unit is the
measure's (a bare count matches a measure of people). Each label word weighs by how few of the corpus's
labels hold it (``log(1 + labels / labels holding it)``): "Kyrgyz" or "returned" tells two measures apart,
"Syria" much less. A label word that is a place of the corpus named in one word ("Kyrgyz" meets Kyrgyzstan,
"Brussels") and that neither the sentence nor the article holds counts against the measure as much as it
would have counted for it: the measure is about somewhere the article does not speak of. So does a label
word that says what happened to the people counted (`OUTCOME_WORDS`: killed, returned, arrested ...) where
neither the sentence nor the one before says that outcome in any word: the figure counts something else. A
Russian or Tajik
word of the text also counts as the English label words `MEASURE_WORDS` gives for it ("вернулись" as
"returned", "Сирии" as "Syria"), so a figure drafted from a Russian or Tajik article finds English labels.
"""

from __future__ import annotations

import functools
import html
import math
import re
from typing import TYPE_CHECKING, Final

import attrs

from centasia_claims._render import html_definitions
from centasia_claims.extraction._measure_words import MEASURE_WORDS, OUTCOME_WORDS
from centasia_claims.model import Measure
from centasia_claims.serialization import register_result

if TYPE_CHECKING:
    from centasia_claims.corpus import Corpus

__all__ = ["MeasureCandidate", "rank_measures"]

_WORD: Final = re.compile(r"\w+")
_STEM: Final = 5
_WORDS_WEIGHT: Final = 0.7
_UNIT_WEIGHT: Final = 0.3
_TOP: Final = 3
_FAR: Final = 0.4
_ARTICLE: Final = 0.25
_WINDOW: Final = 1_000
_BREAK: Final = re.compile(r"[,;:]\s|\s(?:and|but|и|а|ва)\s(?:that|что|ки)\s")
"""What ends a figure's clause: a comma, semicolon or colon, or a second reported clause ("said that 1,100
joined and that 60 returned", "сообщил, что … и что …")."""
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
        score: From 0 to 1: 0.7 times the weighted share of label words in the clause (two fifths for the rest
            of the sentence, a quarter for the rest of the article), plus 0.3 for the unit.
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


def _stem_words(text: str) -> frozenset[str]:
    return frozenset(
        word[:_STEM]
        for word in _WORD.findall(text.casefold())
        if word not in _STOPWORDS and not word.isdigit()
    )


@functools.cache
def _translations() -> dict[str, frozenset[str]]:
    """Each Russian and Tajik word of `MEASURE_WORDS`, by its stem, with the stems of its English words."""
    found: dict[str, set[str]] = {}
    for table in MEASURE_WORDS.values():
        for word, english in table.items():
            found.setdefault(word.casefold()[:_STEM], set()).update(_stem_words(" ".join(english)))
    return {stem: frozenset(words) for stem, words in found.items()}


@functools.lru_cache(maxsize=64)  # the same sentence and article for each of their figures
def _stems(text: str) -> frozenset[str]:
    """The stems of a text's words, with the English label words of its Russian and Tajik ones."""
    words = _stem_words(text)
    translations = _translations()
    english = [translations[word] for word in words if word in translations]
    return words.union(*english) if english else words


@attrs.frozen
class _Labels:
    """The corpus's measure labels as words, each word's weight, and the words that name its places."""

    labels: tuple[tuple[Measure, frozenset[str]], ...]
    weights: dict[str, float]
    places: frozenset[str]


@functools.cache
def _outcomes() -> tuple[frozenset[str], ...]:
    """The stems of each group of `OUTCOME_WORDS`."""
    return tuple(_stem_words(" ".join(group)) for group in OUTCOME_WORDS)


def _untold(label: frozenset[str], said: frozenset[str]) -> list[str]:
    """The label's outcome words whose outcome ``said`` (the sentence's words and the last's) lacks."""
    return sorted(word for group in _outcomes() if not group & said for word in label & group)


def _labels(corpus: Corpus) -> _Labels:
    labels = tuple((measure, _stem_words(measure.label)) for measure in corpus.measures)
    holding: dict[str, int] = {}
    for _, words in labels:
        for word in words:
            holding[word] = holding.get(word, 0) + 1
    weights = {word: math.log(1 + len(labels) / count) for word, count in holding.items()}
    places = frozenset(
        stem
        for place in corpus.places
        for name in place.names
        if len(stems := _stem_words(name.text)) == 1 and len(name.text.split()) == 1
        for stem in stems
    )
    return _Labels(labels, weights, places)


def _clause(sentence: str, at: int) -> str:
    """The part of ``sentence`` around offset ``at`` between a comma, semicolon or colon and the next.

    Looked for at most `_WINDOW` characters either side, so that each figure costs a bounded amount.
    """
    low, high = max(0, at - _WINDOW), min(len(sentence), at + _WINDOW)
    starts = [match.end() for match in _BREAK.finditer(sentence, low, at)]
    after = _BREAK.search(sentence, at, high)
    return sentence[starts[-1] if starts else low : after.start() if after else high]


def rank_measures(
    corpus: Corpus | None,
    sentence: str,
    unit: str,
    at: int | None = None,
    *,
    article: str = "",
    before: str = "",
) -> tuple[MeasureCandidate, ...]:
    """The three measures of ``corpus`` closest to a figure of ``unit`` in ``sentence``, best first.

    With ``at`` (the figure's offset in the sentence), the words of the figure's clause count fully and the
    rest of the sentence's words two fifths, so "61 returned, while 148 were killed" gives each figure its own
    measure; the words of ``article`` (the text around the sentence) count a quarter, so "about 300 were
    killed" in an article about Tajik fighters in Syria leans to them. The words of the sentence ``before`` it
    count as the rest of the sentence does, two fifths, as a sentence often goes on with the topic of the one
    before ("… 1,900 went to Syria. Of them, about 500 were killed"). Each label word weighs by how few
    labels hold it. Measures that share no word with the sentence are left out; ties go to the measure id.

    >>> from centasia_claims import load_seed_corpus
    >>> sentence = "61 Tajik nationals had returned from Syria and Iraq, while 148 had been killed there"
    >>> [rank_measures(load_seed_corpus(), sentence, "people", at)[0].measure for at in (0, 59)]
    ['measure:tajik-fighters-returned', 'measure:tajik-fighters-killed']
    """
    if corpus is None:
        return ()
    words = _stems(sentence)
    near = words if at is None else _stems(_clause(sentence, at))
    previous = _stems(before) - words if before else frozenset()
    around = _stems(article) - words - previous if article else frozenset()
    known = corpus.cached(_labels)
    weights = known.weights
    spoken = words | previous | around
    told = words | previous
    scored: list[MeasureCandidate] = []
    for measure, label in known.labels:
        shared = sorted(label & words)
        if not shared:
            continue
        close = [word for word in shared if word in near]
        far = [word for word in shared if word not in near]
        prior = sorted(label & previous)
        context = sorted(label & around)
        unit_match = measure.unit == unit or (measure.unit in _COUNTS and unit in _COUNTS)
        elsewhere = sorted(word for word in label & known.places if word not in spoken)
        untold = _untold(label, told)
        weight = (
            sum(weights[word] for word in close)
            + _FAR * sum(weights[word] for word in (*far, *prior))
            + _ARTICLE * sum(weights[word] for word in context)
            - sum(weights[word] for word in (*elsewhere, *untold))
        )
        total = sum(weights[word] for word in label)
        score = _WORDS_WEIGHT * max(weight, 0.0) / total + (_UNIT_WEIGHT if unit_match else 0.0)
        if score <= 0:
            continue
        reason = f"{len(close)} of {len(label)} label words in the clause ({', '.join(close)})"
        if far:
            reason += f", {len(far)} elsewhere in the sentence ({', '.join(far)})"
        if prior:
            reason += f", {len(prior)} in the sentence before ({', '.join(prior)})"
        if context:
            reason += f", {len(context)} elsewhere in the article ({', '.join(context)})"
        if elsewhere:
            reason += f"; the article does not name {', '.join(elsewhere)}"
        if untold:
            reason += f"; the sentence does not say {', '.join(untold)}"
        reason += f"; unit {measure.unit}" if unit_match else f"; unit {unit} is not {measure.unit}"
        scored.append(MeasureCandidate(measure=measure.id, score=round(score, 3), reason=reason))
    scored.sort(key=lambda candidate: (-candidate.score, candidate.measure))
    return tuple(scored[:_TOP])
