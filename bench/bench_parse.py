"""Parsing hedged number phrases: `parse_estimate` side by side with quantulum3, in one run.

Run with ``python -m bench.bench_parse`` after ``pip install -e ".[dev,bench]"``. Both parsers read the
labelled set (``tests/data/estimate_phrases.json``): accuracy of qualifier and bounds, rejection of
look-alikes. Speed is measured on *distinct* phrases: every labelled phrase of every language and every
look-alike with its digits drawn anew (a phrase is never timed twice in a round), against the code before
the speed-ups (`bench._baseline`) and against a compiled regular expression's ``findall`` of the figures as
the yardstick, interleaved, the collector on. Figures are recorded in ``docs/performance.md``.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import random
import re
import statistics
import time
import warnings
from typing import TYPE_CHECKING

from bench import _baseline
from bench._labelled import LANGUAGE_SETS, Reader, Reading, Scores, load, read_ours, score
from bench._timing import interleaved, machine, versions
from centasia_claims import ParseError, extract_estimates, parse_estimate, seed_path

if TYPE_CHECKING:
    from collections.abc import Callable


def _quantulum() -> Callable[[str], list[object]]:
    with warnings.catch_warnings():  # it warns that its optional classifier is not installed
        warnings.simplefilter("ignore")
        from quantulum3 import classifier, parser  # noqa: PLC0415 (a bench-only peer, imported when run)

    # Its optional classifier is a pickle that the installed scikit-learn may not read (it fails on the first
    # ambiguous unit): use its rule-based disambiguation, as it does when the classifier is not installed.
    classifier.USE_CLF = False

    def parse(text: str) -> list[object]:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return list(parser.parse(text))

    return parse


def _read_quantulum(parse: Callable[[str], list[object]]) -> Reader:
    """quantulum3's quantities as a `Reading`: one value (± its uncertainty), or the span of several."""

    def read(text: str, _language: str | None = None) -> Reading | None:
        quantities = parse(text)
        if not quantities:
            return None
        values = [float(getattr(quantity, "value", 0.0)) for quantity in quantities]
        unit = str(getattr(getattr(quantities[0], "unit", None), "name", ""))
        if len(quantities) > 1:
            return Reading(None, min(values), max(values), None, unit, tuple(values))
        spread = float(getattr(quantities[0], "uncertainty", None) or 0.0)
        return Reading(None, values[0] - spread, values[0] + spread, values[0], unit)

    return read


_DIGITS = re.compile(r"[0-9]+")
_FIGURES = re.compile(r"[0-9]+(?:[.,][0-9]+)*")
"""The yardstick: finding the figures of a phrase, which any reading of it has to do."""


def distinct_phrases(count: int, rng: random.Random) -> list[tuple[str, str | None]]:
    """``count`` distinct phrases with their languages: the labelled ones with every digit run drawn anew."""
    labels, look_alikes = load()
    sources = [(label.text, label.language) for label in labels] + [(text, None) for text in look_alikes]
    for path in LANGUAGE_SETS.values():
        more, _ = load(path)
        sources.extend((label.text, label.language) for label in more)

    def digits(match: re.Match[str]) -> str:
        run = match.group()
        return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in run[1:])

    phrases: dict[tuple[str, str | None], None] = {}
    for _ in range(100 * count):
        text, language = rng.choice(sources)
        phrases[_DIGITS.sub(digits, text), language] = None
        if len(phrases) == count:
            break
    return list(phrases)


def _speed(
    phrases: list[tuple[str, str | None]], rounds: int, quantulum: Callable[[str], list[object]] | None
) -> None:
    baseline = _baseline.load()
    previous = importlib.import_module(f"{baseline.__name__}.estimates").parse_estimate
    previous_error = importlib.import_module(f"{baseline.__name__}.errors").ParseError

    def ours() -> None:
        for text, language in phrases:
            with contextlib.suppress(ParseError):
                parse_estimate(text, language=language)

    def theirs() -> None:
        for text, language in phrases:
            with contextlib.suppress(previous_error):
                previous(text, language=language)

    def yardstick() -> None:
        findall = _FIGURES.findall
        for text, _ in phrases:
            findall(text)

    refused = 0
    for text, language in phrases:
        try:
            parse_estimate(text, language=language)
        except ParseError:
            refused += 1
    contenders: dict[str, Callable[[], object]] = {"ours": ours, "previous": theirs, "findall": yardstick}
    if quantulum is not None:
        contenders["quantulum3"] = lambda: [quantulum(text) for text, _ in phrases]
    times = interleaved(contenders, rounds=rounds)
    print(
        f"Speed: {len(phrases):,} distinct phrases ({refused:,} refused with a ParseError, as a caller meets "
        f"them), {rounds} interleaved rounds, gc on, medians"
    )
    print("| parser | phrases per second | `parse_estimate`'s time / its time (median of rounds) |")
    print("|---|---:|---:|")
    for name, label in (
        ("ours", "`parse_estimate`"),
        ("previous", f"`parse_estimate` at {_baseline.BASELINE}"),
        ("findall", "compiled regular expression `findall` of the figures (yardstick)"),
        ("quantulum3", "quantulum3 `parser.parse`"),
    ):
        if name not in contenders:
            continue
        print(f"| {label} | {len(phrases) / times.median(name):,.0f} | {times.ratio('ours', name):.3f} |")
    low, high = times.spread("previous", "ours")
    print(f"parse_estimate vs previous: {times.ratio('previous', 'ours'):.2f}x (rounds {low:.2f}-{high:.2f})")
    paired = _paired(phrases, ours=parse_estimate, theirs=previous, errors=(ParseError, previous_error))
    print(
        f"parse_estimate vs previous, alternating every {_CHUNK} phrases, processor time: "
        f"{statistics.median(paired):.2f}x (rounds {min(paired):.2f}-{max(paired):.2f}, {len(paired)} rounds)"
    )
    print()


_CHUNK = 250
"""Phrases per turn when the two versions alternate (`_paired`)."""


def _paired(
    phrases: list[tuple[str, str | None]],
    *,
    ours: Callable[..., object],
    theirs: Callable[..., object],
    errors: tuple[type[BaseException], ...],
    rounds: int = 9,
) -> list[float]:
    """Per round, ``theirs``'s processor time over ``ours``'s, the two taking turns every `_CHUNK` phrases.

    On a shared machine a whole pass of one version can meet a busier moment than the other's; turns of a
    few milliseconds, in the order ours-theirs then theirs-ours, with processor time (not the time others
    hold the core), meet the same moments. The collector stays on, as a caller runs.
    """
    chunks = [phrases[start : start + _CHUNK] for start in range(0, len(phrases), _CHUNK)]

    def run(parse: Callable[..., object], chunk: list[tuple[str, str | None]]) -> float:
        clock = time.process_time
        started = clock()
        for text, language in chunk:
            with contextlib.suppress(*errors):
                parse(text, language=language)
        return clock() - started

    ratios = []
    for _ in range(rounds):
        mine = previous = 0.0
        for turn, chunk in enumerate(chunks):
            if turn % 2:
                previous += run(theirs, chunk)
                mine += run(ours, chunk)
            else:
                mine += run(ours, chunk)
                previous += run(theirs, chunk)
        ratios.append(previous / mine)
    return ratios


def _documents() -> list[str]:
    paths = sorted((seed_path() / "documents").iterdir(), key=lambda path: path.name)
    return [path.read_text(encoding="utf-8") for path in paths]


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}% ({part}/{whole})" if whole else "n/a"


def _rows(name: str, scores: Scores, *, has_qualifier: bool) -> list[str]:
    qualifier = _percent(scores.qualifier, scores.phrases) if has_qualifier else "no notion of one"
    both = _percent(scores.both, scores.phrases) if has_qualifier else "n/a"
    return [
        f"| {name} | figures right | {_percent(scores.number, scores.numbered)} |",
        f"| {name} | bounds right | {_percent(scores.interval, scores.phrases)} |",
        f"| {name} | qualifier right | {qualifier} |",
        f"| {name} | qualifier and bounds right | {both} |",
        f"| {name} | look-alikes rejected | {_percent(scores.rejected, scores.look_alikes)} |",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--phrases", type=int, default=5000, help="distinct phrases timed per round")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--no-quantulum", action="store_true", help="skip the quantulum3 comparison")
    args = parser.parse_args()
    print(f"Parsing estimates; {machine()}; {versions('quantulum3')}")
    print()
    phrases = distinct_phrases(args.phrases, random.Random(20240604))
    _speed(phrases, args.rounds, None)  # before quantulum3 loads its tables, which lengthen every collection
    if args.no_quantulum:
        return
    quantulum = _quantulum()
    print("Against quantulum3, on the same phrases, after it has loaded its tables into the process (the")
    print("collector's passes then walk them too, which slows every contender of this table)")
    _speed(phrases, 3, quantulum)
    labels, look_alikes = load()
    ours_scores = score(labels, look_alikes, read_ours)
    theirs_scores = score(labels, look_alikes, _read_quantulum(quantulum))
    print(f"Labelled set: {len(labels)} phrases, {len(look_alikes)} look-alikes")
    print()
    print("| parser | measure | result |")
    print("|---|---|---|")
    for line in _rows("centasia_claims", ours_scores, has_qualifier=True):
        print(line)
    for line in _rows("quantulum3", theirs_scores, has_qualifier=False):
        print(line)
    documents = _documents()
    size = sum(len(text) for text in documents)
    times = interleaved(
        {
            "ours": lambda: [extract_estimates(text) for text in documents],
            "quantulum3": lambda: [quantulum(text) for text in documents],  # some 16 s a pass
        },
        rounds=2,
    )
    found = sum(len(extract_estimates(text)) for text in documents)
    print(
        f"| extract_estimates, the {len(documents)} seed documents ({size:,} characters, {found} phrases) "
        f"| seconds (median of 2 interleaved rounds, gc on) | {times.median('ours'):.3f} |"
    )
    print(f"| quantulum3 parse, the same documents | seconds | {times.median('quantulum3'):.3f} |")
    print(
        f"| centasia_claims vs quantulum3 | speed on documents | {times.ratio('quantulum3', 'ours'):.1f}x |"
    )
    print()
    print("centasia_claims missed:", ", ".join(repr(text) for text in ours_scores.missed) or "none")


if __name__ == "__main__":
    main()
