"""Parsing hedged number phrases: `parse_estimate` side by side with quantulum3, in one run.

Run with ``python -m bench.bench_parse`` after ``pip install -e ".[dev,bench]"``. Both parsers read the
labelled set (``tests/data/estimate_phrases.json``): accuracy of qualifier and bounds, rejection of
look-alikes, and phrases per second. Figures are recorded in ``docs/performance.md``.
"""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING

from bench._labelled import Reader, Reading, Scores, load, read_ours, score
from bench._timing import best_of, machine, ratio
from centasia_claims import ParseError, extract_estimates, parse_estimate, seed_path

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

ROUNDS = 20
"""Times the whole set is parsed per timing run."""


def _quantulum() -> Callable[[str], list[object]]:
    with warnings.catch_warnings():  # it warns that its optional classifier is not installed
        warnings.simplefilter("ignore")
        from quantulum3 import parser  # noqa: PLC0415 (a bench-only peer, imported when the bench runs)

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


def _ours(text: str) -> object:
    try:
        return parse_estimate(text)
    except ParseError as error:
        return error


def _per_second(parse: Callable[[str], object], texts: Sequence[str]) -> float:
    def run() -> None:
        for _ in range(ROUNDS):
            for text in texts:
                parse(text)

    return ROUNDS * len(texts) / best_of(run, repeat=5)


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
    labels, look_alikes = load()
    texts = [label.text for label in labels] + look_alikes
    quantulum = _quantulum()
    ours_scores = score(labels, look_alikes, read_ours)
    theirs_scores = score(labels, look_alikes, _read_quantulum(quantulum))
    ours_rate = _per_second(_ours, texts)
    theirs_rate = _per_second(quantulum, texts)
    print(f"Parsing estimates: {len(labels)} labelled phrases, {len(look_alikes)} look-alikes; {machine()}")
    print()
    print("| parser | measure | result |")
    print("|---|---|---|")
    for line in _rows("centasia_claims", ours_scores, has_qualifier=True):
        print(line)
    for line in _rows("quantulum3", theirs_scores, has_qualifier=False):
        print(line)
    print(f"| centasia_claims | phrases per second | {ours_rate:,.0f} |")
    print(f"| quantulum3 | phrases per second | {theirs_rate:,.0f} |")
    print(f"| centasia_claims vs quantulum3 | speed | {ratio(1 / ours_rate, 1 / theirs_rate)} |")
    documents = _documents()
    size = sum(len(text) for text in documents)
    ours_time = best_of(lambda: [extract_estimates(text) for text in documents], repeat=5)
    theirs_time = best_of(lambda: [quantulum(text) for text in documents], repeat=1)  # some 16 s a pass
    found = sum(len(extract_estimates(text)) for text in documents)
    print(
        f"| extract_estimates, the {len(documents)} seed documents ({size:,} characters, {found} phrases) "
        f"| seconds | {ours_time:.3f} |"
    )
    print(f"| quantulum3 parse, the same documents | seconds | {theirs_time:.3f} |")
    print(f"| centasia_claims vs quantulum3 | speed on documents | {ratio(ours_time, theirs_time)} |")
    print()
    print("centasia_claims missed:", ", ".join(repr(text) for text in ours_scores.missed) or "none")


if __name__ == "__main__":
    main()
