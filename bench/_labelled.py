"""The labelled set of hedged number phrases and look-alikes, and how a parser is scored on it.

The set is ``tests/data/estimate_phrases.json``; both ``tests/estimates/test_labelled.py`` and
``bench/bench_parse.py`` score with `score`, so the test and the benchmark count the same thing.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from centasia_claims import ParseError, parse_estimate

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = [
    "DATA",
    "LANGUAGE_SETS",
    "Label",
    "LookAlike",
    "Reader",
    "Reading",
    "Scores",
    "load",
    "load_look_alikes",
    "read_ours",
    "score",
]

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "estimate_phrases.json"
LANGUAGE_SETS = {
    name: DATA.with_name(f"estimate_phrases_{name}.json") for name in ("ru", "tg", "regional", "formats")
}
"""The labelled sets of other languages: Russian, Tajik, Kazakh and Uzbek, and language-dependent formats."""


class Label(NamedTuple):
    """A phrase and its reading by the convention (``docs/estimates.md``)."""

    text: str
    qualifier: str
    low: float | None
    high: float | None
    point: float | None
    unit: str
    values: tuple[float, ...]
    language: str | None = None
    """The BCP 47 tag of the phrase's language, passed to the parser (``None``: not given)."""
    additive: bool = False


class LookAlike(NamedTuple):
    """Words that look like a figure but are none, in their language."""

    text: str
    language: str | None = None


class Reading(NamedTuple):
    """What a parser made of a phrase; ``qualifier`` is ``None`` for a parser with no notion of one."""

    qualifier: str | None
    low: float | None
    high: float | None
    point: float | None
    unit: str | None
    values: tuple[float, ...] = ()


class Scores(NamedTuple):
    """Counts over the labelled set."""

    phrases: int
    qualifier: int
    """Phrases whose qualifier is right."""
    interval: int
    """Phrases whose bounds are right (open where open), or whose list of figures is."""
    both: int
    """Phrases with qualifier and bounds right."""
    number: int
    """Phrases (not vague) whose written figures are all read."""
    numbered: int
    """Phrases that write figures (not vague)."""
    unit: int
    look_alikes: int
    rejected: int
    """Look-alikes read as no figure at all."""
    missed: tuple[str, ...]
    """Phrases with qualifier or bounds wrong, and look-alikes taken for figures."""


def load(path: Path = DATA) -> tuple[list[Label], list[str]]:
    """The labelled phrases and the look-alikes."""
    data = json.loads(path.read_text(encoding="utf-8"))
    labels = [
        Label(
            text=item["text"],
            qualifier=item["qualifier"],
            low=item["low"],
            high=item["high"],
            point=item.get("point"),
            unit=item["unit"],
            values=tuple(item.get("values", ())),
            language=item.get("language"),
            additive=item.get("additive", False),
        )
        for item in data["phrases"]
    ]
    return labels, [item if isinstance(item, str) else item["text"] for item in data["look_alikes"]]


def load_look_alikes(path: Path) -> list[LookAlike]:
    """The look-alikes of a set, with their languages."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return [LookAlike(item["text"], item.get("language")) for item in data["look_alikes"]]


Reader = Callable[[str, str | None], Reading | None]
"""A parser under test: a phrase and its language to a `Reading`, ``None`` for no figure."""


def read_ours(text: str, language: str | None = None) -> Reading | None:
    """`parse_estimate` as a `Reading`, ``None`` when it raises `ParseError`."""
    try:
        estimate = parse_estimate(text, language=language)
    except ParseError:
        return None
    return Reading(
        estimate.qualifier.value, estimate.low, estimate.high, estimate.point, estimate.unit, estimate.values
    )


def _same(expected: float | None, actual: float | None) -> bool:
    if expected is None or actual is None:
        return expected is None and actual is None
    return math.isclose(expected, actual, rel_tol=1e-9, abs_tol=1e-9)


def _interval_right(label: Label, reading: Reading) -> bool:
    if label.values:
        return sorted(label.values) == sorted(reading.values) or (
            _same(min(label.values), reading.low) and _same(max(label.values), reading.high)
        )
    return _same(label.low, reading.low) and _same(label.high, reading.high)


def _figures(label: Label) -> list[float]:
    """The figures a phrase writes: the figure, the bound, both ends of a range, or the list."""
    if label.values:
        return list(label.values)
    if label.point is not None:
        return [label.point]
    return [value for value in (label.low, label.high) if value is not None]


def _number_right(label: Label, reading: Reading) -> bool:
    read = [
        value for value in (reading.point, reading.low, reading.high, *reading.values) if value is not None
    ]
    scales = (1.0, 100.0) if label.unit == "percent" else (1.0,)  # a share read as 0.5 for "half"
    return all(
        any(_same(figure, value * scale) for value in read for scale in scales) for figure in _figures(label)
    )


def score(labels: Sequence[Label], look_alikes: Sequence[str | LookAlike], read: Reader) -> Scores:
    """Score a parser's readings of the labelled phrases and look-alikes, each in its language."""
    qualifier = interval = both = number = numbered = unit = rejected = 0
    missed: list[str] = []
    for label in labels:
        reading = read(label.text, label.language)
        if label.qualifier != "vague":
            numbered += 1
        if reading is None:
            missed.append(label.text)
            continue
        right_qualifier = reading.qualifier == label.qualifier
        right_interval = _interval_right(label, reading)
        qualifier += right_qualifier
        interval += right_interval
        both += right_qualifier and right_interval
        unit += reading.unit == label.unit
        if label.qualifier != "vague":
            number += _number_right(label, reading)
        if not (right_qualifier and right_interval):
            missed.append(label.text)
    for item in look_alikes:
        text, language = (item, None) if isinstance(item, str) else item
        if read(text, language) is None:
            rejected += 1
        else:
            missed.append(text)
    return Scores(
        phrases=len(labels),
        qualifier=qualifier,
        interval=interval,
        both=both,
        number=number,
        numbered=numbered,
        unit=unit,
        look_alikes=len(look_alikes),
        rejected=rejected,
        missed=tuple(missed),
    )
