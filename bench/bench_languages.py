"""Reading figures by language: `parse_estimate` side by side with number-parser and quantulum3, in one run.

Run with ``python -m bench.bench_languages`` after ``pip install -e ".[dev,bench]"``. Every parser reads every
labelled set (English, Russian, Tajik, Kazakh and Uzbek, and the language-dependent number formats):
accuracy of qualifier and bounds where the parser has a notion of them, figures read right where it has not,
look-alikes refused, and phrases per second. Timing is interleaved: each round times one pass of every parser
over every set in turn, with the garbage collector on (as in use), and the fastest of the rounds is kept, so a
slow moment of the machine hits all parsers alike. Figures are recorded in ``docs/performance.md``.
"""

from __future__ import annotations

import re
import time
import warnings
from typing import TYPE_CHECKING

from bench._labelled import (
    DATA,
    LANGUAGE_SETS,
    Label,
    LookAlike,
    Reader,
    Reading,
    Scores,
    load,
    load_look_alikes,
    read_ours,
    score,
)
from bench._timing import machine

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

ROUNDS = 7
"""Interleaved timing rounds; the fastest pass of each parser over each set is kept."""

# number-parser has data for these of the sets' languages; a phrase in another is read as English.
_NUMBER_PARSER_LANGUAGES = frozenset({"en", "ru", "es", "uk", "hi"})
_FIRST_NUMBER = re.compile(r"[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?")


def _number_parser() -> Reader:
    """number-parser: spelled numbers written as digits in the phrase's language, then its first figure."""
    from number_parser import parse  # noqa: PLC0415 (a bench-only peer, imported when the bench runs)

    def read(text: str, language: str | None = None) -> Reading | None:
        code = language if language in _NUMBER_PARSER_LANGUAGES else "en"
        found = _FIRST_NUMBER.search(parse(text, language=code))
        if found is None:
            return None
        value = float(found.group().replace(",", ""))
        return Reading(None, value, value, value, None)

    return read


def _quantulum() -> Reader:
    """quantulum3 (English only): its first quantity, its value plus or minus its uncertainty."""
    with warnings.catch_warnings():  # it warns that its optional classifier is not installed
        warnings.simplefilter("ignore")
        from quantulum3 import parser  # noqa: PLC0415 (a bench-only peer, imported when the bench runs)

    def read(text: str, _language: str | None = None) -> Reading | None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            quantities = list(parser.parse(text))
        if not quantities:
            return None
        values = [float(getattr(quantity, "value", 0.0)) for quantity in quantities]
        if len(quantities) > 1:
            return Reading(None, min(values), max(values), None, None, tuple(values))
        spread = float(getattr(quantities[0], "uncertainty", None) or 0.0)
        return Reading(None, values[0] - spread, values[0] + spread, values[0], None)

    return read


def _sets() -> dict[str, tuple[list[Label], list[LookAlike]]]:
    english, look_alikes = load(DATA)
    sets = {"en": (english, [LookAlike(text) for text in look_alikes])}
    for name, path in sorted(LANGUAGE_SETS.items()):
        sets[name] = (load(path)[0], load_look_alikes(path))
    return sets


def _pass(read: Reader, items: Sequence[tuple[str, str | None]]) -> Callable[[], None]:
    def run() -> None:
        for text, language in items:
            read(text, language)

    return run


def _interleaved(
    parsers: dict[str, Reader], sets: dict[str, tuple[list[Label], list[LookAlike]]]
) -> dict[tuple[str, str], float]:
    """Phrases per second of each parser on each set: the fastest of `ROUNDS` interleaved passes, gc on."""
    runs = {
        (parser, name): (
            _pass(read, [(label.text, label.language) for label in labels] + list(look_alikes)),
            len(labels) + len(look_alikes),
        )
        for parser, read in parsers.items()
        for name, (labels, look_alikes) in sets.items()
    }
    best = dict.fromkeys(runs, float("inf"))
    for _ in range(ROUNDS):
        for key, (run, _count) in runs.items():
            started = time.perf_counter()
            run()
            best[key] = min(best[key], time.perf_counter() - started)
    return {key: runs[key][1] / seconds for key, seconds in best.items()}


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}% ({part}/{whole})" if whole else "n/a"


def _row(parser: str, name: str, scores: Scores, rate: float, *, has_qualifier: bool) -> str:
    both = _percent(scores.both, scores.phrases) if has_qualifier else "no notion of one"
    return (
        f"| {parser} | {name} | {both} | {_percent(scores.number, scores.numbered)} | "
        f"{_percent(scores.rejected, scores.look_alikes)} | {rate:,.0f} |"
    )


def main() -> None:
    sets = _sets()
    parsers = {"centasia_claims": read_ours, "number-parser": _number_parser(), "quantulum3": _quantulum()}
    rates = _interleaved(parsers, sets)
    print(f"Reading figures by language, {ROUNDS} interleaved rounds, gc on; {machine()}")
    print()
    print("| parser | set | qualifier and bounds right | figures right | look-alikes refused | phrases/s |")
    print("|---|---|---|---|---|---|")
    for parser, read in parsers.items():
        for name, (labels, look_alikes) in sets.items():
            scores = score(labels, look_alikes, read)
            has_qualifier = parser == "centasia_claims"
            print(_row(parser, name, scores, rates[parser, name], has_qualifier=has_qualifier))
    print()
    english = rates["centasia_claims", "en"]
    english_chars = english * _mean_length(sets["en"])
    for name, items in sets.items():
        ours = rates["centasia_claims", name]
        chars = ours * _mean_length(items)
        peers = ", ".join(
            f"{ours / rates[parser, name]:.1f}x {parser}" for parser in parsers if parser != "centasia_claims"
        )
        print(
            f"- {name}: {ours / english:.2f}x the English rate in phrases, {chars / english_chars:.2f}x in "
            f"characters ({chars:,.0f} characters/s); {peers}"
        )


def _mean_length(items: tuple[list[Label], list[LookAlike]]) -> float:
    texts = [label.text for label in items[0]] + [look_alike.text for look_alike in items[1]]
    return sum(map(len, texts)) / len(texts)


if __name__ == "__main__":
    main()
