"""docs/estimates.md restates the parser's word tables: rendered here from the data, failing on drift.

To refresh the docs after changing a table, run ``python -m tests.estimates.test_docs``: it writes the tables
between their markers.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING

from centasia_claims.estimates import _formats as f
from centasia_claims.estimates import _lexicon as lx
from centasia_claims.estimates import _tables as t
from centasia_claims.estimates import _tables_europe as eu
from centasia_claims.estimates import _tables_ru as ru
from centasia_claims.estimates import _tables_tg as tg
from centasia_claims.estimates import _tables_turkic as tk

if TYPE_CHECKING:
    from collections.abc import Iterable

DOCS = Path(__file__).resolve().parents[2] / "docs" / "estimates.md"
BEGIN = "<!-- tables: rendered from centasia_claims/estimates/_tables.py by tests/estimates/test_docs.py -->"
END = "<!-- end of tables -->"
LANGUAGES_BEGIN = (
    "<!-- language tables: rendered from the estimates tables by tests/estimates/test_docs.py -->"
)
LANGUAGES_END = "<!-- end of language tables -->"
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


_HEDGE_NAMES = {hedge.value: meaning for hedge, meaning in _QUALIFIERS.items()}
_HEDGE_NAMES["between"] = "range (with the link words below)"
_HEDGE_NAMES["from"] = "exact list of values, a change"


def _hedge_rows(before: dict[str, str], after: dict[str, str]) -> list[str]:
    by_name: dict[str, list[str]] = defaultdict(list)
    after_name: dict[str, list[str]] = defaultdict(list)
    for word, name in before.items():
        by_name[name].append(word)
    for word, name in after.items():
        after_name[name].append(f"N {word}")
    rows = ["| qualifier and bounds | written before the figure | written after it |", "|---|---|---|"]
    rows += [
        f"| {meaning} | {_words(by_name[name]) or '—'} | {_words(after_name[name]) or '—'} |"
        for name, meaning in _HEDGE_NAMES.items()
        if by_name[name] or after_name[name]
    ]
    return rows


def _by_value(table: dict[int, tuple[str, ...]]) -> str:
    return "; ".join(f"{value:,}: {_words(forms)}" for value, forms in table.items())


def _vague_rows(table: dict[str, tuple[int, int | None]]) -> list[str]:
    grouped: dict[tuple[int, int | None], list[str]] = defaultdict(list)
    for word, bounds in table.items():
        grouped[bounds].append(word)
    rows = ["| words | low | high |", "|---|---|---|"]
    rows += [
        f"| {_words(words)} | {_number(low)} | {_number(high)} |" for (low, high), words in grouped.items()
    ]
    return rows


def _shares(table: dict[str, tuple[str, int | None]]) -> str:
    return _words(
        f"{word} → {'vast majority' if kind == 'vast' else kind.replace('_', ' ') + ' 50%'}"
        for word, (kind, _bound) in table.items()
    )


def render_languages() -> str:
    """The Markdown tables of the other languages in docs/estimates.md, from the data tables."""
    lines = ["### Number formats", "", "| languages | thousands | decimal | example |", "|---|---|---|---|"]
    grouped: dict[f.Format, list[str]] = defaultdict(list)
    for code, fmt in f.FORMATS.items():
        grouped[fmt].append(code)
    for fmt, codes in grouped.items():
        thousands = "space" if fmt.thousands == " " else f"`{fmt.thousands}`"
        lines.append(f"| {', '.join(codes)} | {thousands} | {_words(fmt.decimal)} | {fmt.example} |")
    lines.append(
        f"| no language | `,` (a Cyrillic text: space) | `.` (a Cyrillic text: `,`) | {f.AUTO.example}; "
        f"{f.CYRILLIC.example} |"
    )
    lines += ["", "### Russian", "", *_hedge_rows(ru.HEDGES, ru.SUFFIX_HEDGES), ""]
    lines += [
        "| kind | words |",
        "|---|---|",
        f"| cardinals, every case and gender | {_by_value(ru.CARDINALS)} |",
        f"| collectives | {_by_value(ru.COLLECTIVES)} |",
        f"| scale words and abbreviations | {_by_value(ru.SCALES)} |",
        f"| fractions | {_pairs(dict(ru.FRACTIONS), '{} ({})')} |",
        f"| half durations | {_pairs(dict(ru.HALF_UNITS), '{} ({})')} |",
        f"| shares | {_shares(ru.SHARE_WORDS)}; {_pairs(dict(ru.DENOMINATORS), '{} (1/{})')}; "
        f"{_words(sorted(ru.EVERY))} + an ordinal is one in N |",
        f"| ordinals (never figures) | stems {_words(ru.ORDINAL_STEMS)} with {_words(ru.ORDINAL_ENDINGS)} |",
        f"| epistemic words | {_words(ru.EPISTEMIC)} |",
        f"| range links | {_pairs({k: ', '.join(sorted(v)) for k, v in ru.RANGE_LINKS.items()})} |",
        f'| "до N" is a new total after | {_words(sorted(ru.TOTAL_BEFORE_UP_TO))} |',
        f"| additive before | {_words(sorted(ru.ADDITIVE_BEFORE))} |",
        f"| unit nouns | {_pairs(dict(ru.UNIT_NOUNS))} |",
        f"| hyphenated | {_pairs(dict(ru.HYPHEN_UNITS), 'N-{} → {}')} |",
        f"| case endings on digits (`N-{ru.PLURAL_HYPHEN_ENDING}` only before a scale word, a unit noun or a "
        f"range link; an ordinal elsewhere) | {_words(sorted(ru.CARDINAL_HYPHEN_ENDINGS))} |",
        f"| currency words | {_pairs(dict(ru.CURRENCY_WORDS))} |",
        f"| rates | {_pairs(dict(ru.RATES))} |",
        f"| a year-like figure before these is a year | {_words(sorted(ru.YEAR_WORDS))} |",
        f"| months | {_words(sorted(ru.MONTHS))} |",
        f"| a time of day | H.MM after {_words(sorted(ru.CLOCK_BEFORE))}; N {_words(sorted(ru.HOURS))} then "
        f"{_words(sorted(ru.PARTS_OF_DAY))} |",
        f"| identifier nouns | {_words(sorted(ru.IDENTIFIER_NOUNS))}; with a dot: "
        f"{_words(sorted(ru.ABBREVIATED_IDENTIFIERS))} |",
        "",
        "Vague words:",
        "",
        *_vague_rows(ru.VAGUE),
    ]
    lines += ["", "### Tajik", "", *_hedge_rows(tg.HEDGES, tg.SUFFIX_HEDGES), ""]
    lines += [
        "| kind | words |",
        "|---|---|",
        f"| cardinals (each also with the connective -у/-ю and -то) | {_by_value(tg.CARDINALS)} |",
        f"| scale words (also with -у and -и) | {_by_value(tg.SCALES)} |",
        f"| fractions | {_pairs(dict(tg.FRACTIONS), '{} ({})')} |",
        f"| ordinal endings (never figures) | {_words(tg.ORDINAL_SUFFIXES)} |",
        f"| shares | {_shares(tg.SHARE_WORDS)}; {_pairs(dict(tg.DENOMINATORS), '{} (1/{})')}; "
        "`аз ҳар N … як` is one in N |",
        f"| epistemic words | {_words(tg.EPISTEMIC)} |",
        f"| additive before | {_words(sorted(tg.ADDITIVE_BEFORE))} |",
        f"| unit nouns | {_pairs(dict(tg.UNIT_NOUNS))} |",
        f"| hyphenated | {_pairs(dict(tg.HYPHEN_UNITS), 'N-{} → {}')} |",
        f"| currency words | {_pairs(dict(tg.CURRENCY_WORDS))} |",
        f"| rates | {_pairs(dict(tg.RATES))} |",
        f"| months | {_words(sorted(tg.MONTHS))} |",
        f"| identifier nouns | {_words(sorted(tg.IDENTIFIER_NOUNS))} |",
        f"| a year-like figure after these is a year | {_words(sorted(tg.TEMPORAL_PREPOSITIONS))} |",
        "",
        "Vague words (scaled by a scale word after them; `даҳҳо` then counts tens, 20–99):",
        "",
        *_vague_rows(tg.VAGUE),
    ]
    lines += ["", "### Kazakh, Kyrgyz and Uzbek", "", *_hedge_rows(tk.HEDGES, tk.SUFFIX_HEDGES), ""]
    lines += [
        "| kind | words |",
        "|---|---|",
        f"| case endings before a postposition (glued or after a hyphen) | "
        f"{_words(sorted(tk.CASE_ENDINGS))} |",
        f"| scale words | {_by_value(tk.SCALES)} |",
        f"| unit nouns | {_pairs(dict(tk.UNIT_NOUNS))} |",
    ]
    lines += ["", "### German, French, Italian, Spanish, Portuguese, Turkish", ""]
    lines += [*_hedge_rows(eu.HEDGES, eu.SUFFIX_HEDGES), "", f"Scale words: {_by_value(eu.SCALES)}."]
    lines += ["", f"Scale words after a vague word multiply it: {len(lx.SCALE_WORDS)} forms in all."]
    return "\n".join(lines)


def _between(text: str, begin: str, end: str) -> str:
    return text[text.index(begin) + len(begin) : text.index(end)].strip()


def test_the_docs_restate_the_language_tables() -> None:
    assert render_languages() == _between(DOCS.read_text(encoding="utf-8"), LANGUAGES_BEGIN, LANGUAGES_END)


def test_the_docs_restate_the_tables() -> None:
    text = DOCS.read_text(encoding="utf-8")
    written = text[text.index(BEGIN) + len(BEGIN) : text.index(END)].strip()
    expected = render()
    assert expected == written


def refresh() -> None:
    """Write the rendered tables between their markers in docs/estimates.md."""
    text = DOCS.read_text(encoding="utf-8")
    for begin, end, rendered in (
        (BEGIN, END, render()),
        (LANGUAGES_BEGIN, LANGUAGES_END, render_languages()),
    ):
        text = text[: text.index(begin) + len(begin)] + "\n" + rendered + "\n" + text[text.index(end) :]
    DOCS.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    refresh()
