"""docs/estimates.md restates the parser's word tables: rendered here from the data, failing on drift.

To refresh the docs after changing a table, run ``python -m tests.estimates.test_docs`` and paste its output
between the markers.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING

from centasia_claims.estimates import _tables as t

if TYPE_CHECKING:
    from collections.abc import Iterable

DOCS = Path(__file__).resolve().parents[2] / "docs" / "estimates.md"
BEGIN = "<!-- tables: rendered from centasia_claims/estimates/_tables.py by tests/estimates/test_docs.py -->"
END = "<!-- end of tables -->"
AS_WRITTEN = "as written"

_QUALIFIERS = {
    t.Hedge.EXACT: "exact",
    t.Hedge.APPROXIMATE: "approximate: 0.9N to 1.1N, point N",
    t.Hedge.NEARLY: "approximate: 0.9N to N, point N",
    t.Hedge.AT_LEAST: "at_least: N (inclusive) to open",
    t.Hedge.MORE_THAN: "more_than: N (exclusive) to open",
    t.Hedge.AT_MOST: "at_most: open to N (inclusive)",
    t.Hedge.LESS_THAN: "less_than: open to N (exclusive)",
    t.Hedge.BETWEEN: "range (with *and*)",
    t.Hedge.FROM: "exact list of values, a change (with *to*)",
}


def _words(words: Iterable[str]) -> str:
    return ", ".join(f"`{word}`" for word in words)


def _pairs(table: dict[str, object], template: str = "{} → {}") -> str:
    return _words(
        template.format(key, AS_WRITTEN if value is None else value) for key, value in table.items()
    )


def _number(value: int | None) -> str:
    return "open" if value is None else f"{value:,}"


def render() -> str:
    """The Markdown tables of docs/estimates.md, from the data tables."""
    by_hedge: dict[t.Hedge, list[str]] = defaultdict(list)
    for word, hedge in t.HEDGES.items():
        by_hedge[hedge].append(word)
    after: dict[t.Hedge, list[str]] = defaultdict(list)
    for word, hedge in t.SUFFIX_HEDGES.items():
        after[hedge].append(f"N{word}" if word[0] in "+-" else f"N {word}")
    lines = [
        "### Hedges",
        "",
        "| qualifier and bounds | written before the figure | written after it |",
        "|---|---|---|",
    ]
    lines += [
        f"| {meaning} | {_words(by_hedge[hedge])} | {_words(after[hedge]) or '—'} |"
        for hedge, meaning in _QUALIFIERS.items()
    ]
    lines += ["", "### Epistemic words (set `hedged`, leave the bounds alone)", "", _words(t.EPISTEMIC)]
    lines += ["", "### Vague words ((+): not in the convention's table)", "", "| words | low | high | unit |"]
    lines.append("|---|---|---|---|")
    grouped: dict[t.Vague, list[str]] = defaultdict(list)
    for word, vague in t.VAGUE.items():
        grouped[vague].append(f"{word} (+)" if word in t.VAGUE_ADDED else word)
    for vague, words in grouped.items():
        low = _number(vague.low) if vague.low_inclusive else f"more than {_number(vague.low)}"
        lines.append(f"| {_words(words)} | {low} | {_number(vague.high)} | {vague.unit or AS_WRITTEN} |")
    lines += [
        "",
        "### Numbers",
        "",
        "| kind | words |",
        "|---|---|",
        f"| number words | {_words(t.NUMBER_WORDS)}; `dozen` is {t.DOZEN} |",
        f"| scale words | {_pairs(dict(t.SCALE_WORDS), '{} ({:,})')} |",
        f"| scale suffixes on digits | {_pairs(dict(t.SCALE_SUFFIXES), '{} ({:,})')} |",
        f"| shares (in percent) | {_words(t.DENOMINATORS)}; `one in N`, `N out of M` |",
        f"| multiples (unit `times`) | {_pairs(dict(t.MULTIPLES), '{} ({})')} |",
        "",
        "### Units and rates",
        "",
        "| kind | words |",
        "|---|---|",
        f"| unit nouns | {_pairs(dict(t.UNIT_NOUNS))} |",
        f"| hyphenated | {_pairs(dict(t.HYPHEN_UNITS), 'N-{} → {}')} |",
        f"| currency symbols | {_pairs(dict(t.CURRENCY_SYMBOLS))} |",
        f"| currency codes | {_words(sorted(t.CURRENCY_CODES))} |",
        f"| currency words | {_pairs(dict(t.CURRENCY_WORDS))} |",
        f"| rates (`per`) | {_pairs(dict(t.RATES))} |",
        f'| not a rate before | {_words(sorted(t.NOT_A_RATE_BEFORE))} ("863 a year earlier") |',
        f'| read with a share | {_words(sorted(t.SHARE_NOUNS))} ("a two-thirds majority") |',
        "",
        "### Not figures",
        "",
        "| kind | words |",
        "|---|---|",
        f"| ordinals | {_words(sorted(t.ORDINALS))}; digits with st, nd, rd, th |",
        f"| idioms | {_words(t.IDIOMS)} |",
        f"| identifier words (capitalized) | {_words(sorted(t.IDENTIFIER_WORDS))} |",
        f"| identifier nouns | {_words(sorted(t.IDENTIFIER_NOUNS))} |",
        f"| a year after these is a date | {_words(sorted(t.TEMPORAL_PREPOSITIONS))} |",
        f"| months (a day or year beside them is a date) | {_words(sorted(t.MONTHS))} |",
        f"| times of day after a number | {_words(sorted(t.TIME_MARKERS))} |",
    ]
    return "\n".join(lines)


def test_the_docs_restate_the_tables() -> None:
    text = DOCS.read_text(encoding="utf-8")
    written = text[text.index(BEGIN) + len(BEGIN) : text.index(END)].strip()
    expected = render()
    assert expected == written


if __name__ == "__main__":
    print(render())  # noqa: T201 (the command prints the tables to paste into the docs)
