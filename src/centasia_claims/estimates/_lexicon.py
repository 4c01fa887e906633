"""The word tables of every language the reader knows, merged into the lookups the grammar uses.

English (`_tables`), Russian (`_tables_ru`), Tajik (`_tables_tg`) and the Kyrgyz, Kazakh and Uzbek hedges
(`_tables_turkic`) are written in different words (and mostly different scripts), so one merged table serves
a text in any of them, and an English article quoting a Russian figure reads both. Built once, at import.

>>> NUMBER_FORMS["двухсот"]
Word(value=200, kind='add', joined=False)
>>> NUMBER_FORMS["ҳазору"]
Word(value=1000, kind='scale', joined=True)
>>> HEDGES["около"].value, HEDGES["зиёда аз"].value
('approximate', 'more_than')
"""

from __future__ import annotations

from fractions import Fraction
from typing import Final, NamedTuple

from centasia_claims.estimates import _tables as t
from centasia_claims.estimates import _tables_europe as eu
from centasia_claims.estimates import _tables_ru as ru
from centasia_claims.estimates import _tables_tg as tg
from centasia_claims.estimates import _tables_turkic as tk

__all__ = [
    "ABBREVIATED_IDENTIFIERS",
    "ADDITIVE_BEFORE",
    "AFTER_FROM_ONLY",
    "AFTER_HEDGE",
    "BETWEEN_LINKS",
    "CARDINAL_HYPHEN_ENDINGS",
    "CASE_ENDINGS",
    "CLOCK_BEFORE",
    "COMPARATIVES",
    "CURRENCY_WORDS",
    "DENOMINATORS",
    "EPISTEMIC",
    "EVERY",
    "FOREIGN_ORDINALS",
    "HALF_UNITS",
    "HEDGES",
    "HEDGE_WORDS",
    "HOURS",
    "HYPHEN_UNITS",
    "IDENTIFIER_NOUNS",
    "KNOWN_WORDS",
    "LOWER_MONTHS",
    "MONTH_NAMES",
    "NUMBER_FORMS",
    "ORDINAL_HYPHEN_ENDINGS",
    "PARTS_OF_DAY",
    "RANGE_LINKS",
    "RATES",
    "SCALED_BANDS",
    "SCALE_SUFFIXES",
    "SCALE_WORDS",
    "SHARES",
    "SHARE_NOUNS",
    "SINGULAR_AFTER_HEDGE",
    "SOFT_EDGES",
    "SUFFIX_HEDGES",
    "TEMPORAL_PREPOSITIONS",
    "TOTAL_BEFORE_UP_TO",
    "TURKIC_POSTPOSITIONS",
    "UNIT_NOUNS",
    "VAGUE",
    "YEAR_AFTER",
    "Word",
    "e_spelling",
]

ADD: Final = "add"
HUNDRED: Final = "hundred"
SCALE: Final = "scale"


class Word(NamedTuple):
    """A number word: its value, how it combines, and whether it carries the Tajik connective ``-у``."""

    value: int | Fraction
    kind: str
    """``"add"`` (a count: "двести", "бист"), ``"hundred"`` (multiplies the count before it: Tajik "сад"),
    or ``"scale"`` (closes a group: "тысяча", "ҳазор")."""
    joined: bool = False


def e_spelling(form: str) -> str:
    """The form as most news text spells it, with ``е`` for ``ё``."""
    return form.replace("ё", "е")


def _with_e(keys: dict[str, object] | frozenset[str] | tuple[str, ...]) -> set[str]:
    return {form for key in keys for form in (key, e_spelling(key))}


def _connective(form: str) -> tuple[str, ...]:
    """The Tajik forms with the connective: "бисту", "сию"/"сиву" after a vowel."""
    if form[-1] in "аеёиӣоуӯэюя":
        return (form + "ю", form + "ву")
    return (form + "у",)


def _number_forms() -> dict[str, Word]:
    forms: dict[str, Word] = {}
    for value, words in (*ru.CARDINALS.items(), *ru.COLLECTIVES.items()):
        for word in words:
            forms[word] = forms[e_spelling(word)] = Word(value, ADD)
    for word, (numerator, denominator) in ru.FRACTIONS.items():
        forms[word] = Word(Fraction(numerator, denominator) if denominator > 1 else numerator, ADD)
    for value, words in ru.SCALES.items():
        for word in words:  # "тысячи", "сотни" are vague words too, where no count or hedge comes before
            forms.setdefault(e_spelling(word), Word(value, SCALE))
            forms.setdefault(word, Word(value, SCALE))
    for value, words in tg.CARDINALS.items():
        for word in words:
            forms[word] = Word(value, ADD)
            for joined in _connective(word):
                forms[joined] = Word(value, ADD, joined=True)
            forms[word + "то"] = Word(value, ADD)
    for word, (numerator, denominator) in tg.FRACTIONS.items():
        forms[word] = Word(Fraction(numerator, denominator), ADD)
        forms[word + "у"] = Word(Fraction(numerator, denominator), ADD, joined=True)
    for value, words in tg.SCALES.items():
        kind = HUNDRED if value == 100 else SCALE
        for word in words:
            forms[word] = Word(value, kind)
            forms[word + "у"] = Word(value, kind, joined=True)
            forms[word + "и"] = Word(value, kind)
    return forms


NUMBER_FORMS: Final = _number_forms()
"""Every Russian and Tajik number word form, with its value and how it combines."""

# Scale words after digits or a spelled count, in every language: "1,5 млн", "15 тысяч", "2 ҳазору".
SCALE_WORDS: Final[dict[str, int]] = {
    **t.SCALE_WORDS,
    **{
        form: value
        for table in (ru.SCALES, tk.SCALES, eu.SCALES)
        for value, forms in table.items()
        for form in forms
    },
    **{word: int(word_.value) for word, word_ in NUMBER_FORMS.items() if word_.kind in (SCALE, HUNDRED)},
}
SCALE_SUFFIXES: Final[dict[str, int]] = {
    **t.SCALE_SUFFIXES,
    "тыс": 1_000,
    "млн": 1_000_000,
    "млрд": 1_000_000_000,
}

_HEDGE_NAMES: Final = {hedge.value: hedge for hedge in t.Hedge}


def _hedges(*tables: dict[str, str]) -> dict[str, t.Hedge]:
    merged: dict[str, t.Hedge] = dict(t.HEDGES)
    for table in tables:
        for key, name in table.items():
            hedge = _HEDGE_NAMES[name]
            merged[key] = merged[e_spelling(key)] = hedge
    return merged


HEDGES: Final = _hedges(ru.HEDGES, tg.HEDGES, tk.HEDGES, eu.HEDGES)
SOFT_EDGES: Final = frozenset(_with_e(ru.SOFT_EDGES))
SUFFIX_HEDGES: Final[dict[str, t.Hedge]] = {
    **t.SUFFIX_HEDGES,
    **{
        key: _HEDGE_NAMES[name]
        for table in (ru.SUFFIX_HEDGES, tg.SUFFIX_HEDGES, tk.SUFFIX_HEDGES, eu.SUFFIX_HEDGES)
        for key, name in table.items()
    },
}
EPISTEMIC: Final = (*t.EPISTEMIC, *sorted(_with_e(ru.EPISTEMIC)), *tg.EPISTEMIC)
ADDITIVE_BEFORE: Final = frozenset({*ru.ADDITIVE_BEFORE, *tg.ADDITIVE_BEFORE})
TOTAL_BEFORE_UP_TO: Final = frozenset(_with_e(ru.TOTAL_BEFORE_UP_TO))
CASE_ENDINGS: Final = (
    tk.CASE_ENDINGS
    | frozenset(_with_e(ru.CARDINAL_HYPHEN_ENDINGS - {ru.PLURAL_HYPHEN_ENDING}))
    | frozenset({"то", "den", "dan", "ten", "tan"})
)
HYPHEN_UNITS: Final[dict[str, str | None]] = {**t.HYPHEN_UNITS, **ru.HYPHEN_UNITS, **tg.HYPHEN_UNITS}
AFTER_HEDGE: Final = ru.AFTER_HEDGE
COMPARATIVES: Final = frozenset(_with_e(ru.COMPARATIVES)) | tg.COMPARATIVES
CLOCK_BEFORE: Final = ru.CLOCK_BEFORE
HOURS: Final = ru.HOURS
PARTS_OF_DAY: Final = ru.PARTS_OF_DAY
AFTER_FROM_ONLY: Final = tg.AFTER_FROM_ONLY
SINGULAR_AFTER_HEDGE: Final = ru.SINGULAR_AFTER_HEDGE
ORDINAL_HYPHEN_ENDINGS: Final = ru.ORDINAL_HYPHEN_ENDINGS
CARDINAL_HYPHEN_ENDINGS: Final = frozenset(_with_e(ru.CARDINAL_HYPHEN_ENDINGS))

# The words that join a range's far end, by the hedge before the near end ("none": no hedge).
RANGE_LINKS: Final[dict[str, frozenset[str]]] = {
    key: frozenset().union(ru.RANGE_LINKS[key], tg.RANGE_LINKS[key]) for key in ("between", "from", "none")
}
BETWEEN_LINKS: Final = frozenset({"and"}) | RANGE_LINKS["between"]


def _vague() -> dict[str, t.Vague]:
    merged = dict(t.VAGUE)
    vague_tables: tuple[dict[str, tuple[int, int | None]], ...] = (ru.VAGUE, tg.VAGUE)
    for table in vague_tables:
        for key, (low, high) in table.items():
            merged[key] = merged[e_spelling(key)] = t.Vague(low, high)
    share_tables: tuple[dict[str, tuple[str, int | None]], ...] = (ru.SHARE_WORDS, tg.SHARE_WORDS)
    for shares in share_tables:
        for key, (kind, _bound) in shares.items():
            if kind == "vast":
                merged[key] = merged[e_spelling(key)] = t.VAGUE["vast majority"]
    return merged


VAGUE: Final = _vague()
SCALED_BANDS: Final[dict[str, tuple[int, int]]] = {
    **tg.SCALED_BANDS,
    **dict.fromkeys(("десятки", "десятков", "десяткам", "десятками", "десятках"), (20, 99)),
}
# Shares written as one phrase, with the convention's hedge: "большинство" and "беш аз нисфи" are more than
# 50 percent, "менее половины" less than 50 percent.
SHARES: Final[dict[str, tuple[t.Hedge, int]]] = {
    form: (_HEDGE_NAMES[kind], bound)
    for table in (ru.SHARE_WORDS, tg.SHARE_WORDS)
    for key, (kind, bound) in table.items()
    if bound is not None
    for form in (key, e_spelling(key))
}
# Share nouns read alone ("половина боевиков" is half), and after a count ("две трети").
SHARE_NOUNS: Final = frozenset(
    {
        "половина",
        "половины",
        "половине",
        "половину",
        "половиной",
        "треть",
        "трети",
        "третью",
        "четверть",
        "четверти",
        "четвертью",
        "нисф",
        "нисфи",
        "нимаи",
    }
)
DENOMINATORS: Final[dict[str, int]] = {**t.DENOMINATORS, **ru.DENOMINATORS, **tg.DENOMINATORS}
EVERY: Final = ru.EVERY | tg.EVERY
HALF_UNITS: Final[dict[str, tuple[int, str]]] = {**ru.HALF_UNITS, **tg.HALF_UNITS}


def _foreign_ordinals() -> dict[str, int]:
    ordinals: dict[str, int] = {}
    for stem, value in ru.ORDINAL_STEMS.items():
        for ending in ru.ORDINAL_ENDINGS:
            ordinals[stem + ending] = ordinals[e_spelling(stem + ending)] = value
    for value, words in tg.CARDINALS.items():
        for word in words:
            stems = (word,) if word[-1] not in "аеиӣоуӯ" else (word, word + "в", word.replace("ӣ", "и"))
            for stem in stems:
                for suffix in tg.ORDINAL_SUFFIXES:
                    ordinals[stem + suffix] = value
    for value, word in ((100, "сад"), (1_000, "ҳазор")):
        for suffix in tg.ORDINAL_SUFFIXES:
            ordinals[word + suffix] = value
    return {
        form: value
        for form, value in ordinals.items()
        if form not in NUMBER_FORMS and form not in SHARE_NOUNS
    }


FOREIGN_ORDINALS: Final = _foreign_ordinals()
"""Russian and Tajik ordinals, every gender and case: never figures, but "каждый пятый" is a share."""

UNIT_NOUNS: Final[dict[str, str]] = {
    **t.UNIT_NOUNS,
    **{key: unit for table in (ru.UNIT_NOUNS, tg.UNIT_NOUNS, tk.UNIT_NOUNS) for key, unit in table.items()},
}
CURRENCY_WORDS: Final[dict[str, str]] = {**t.CURRENCY_WORDS, **ru.CURRENCY_WORDS, **tg.CURRENCY_WORDS}
RATES: Final[dict[str, str]] = {**t.RATES, **ru.RATES, **tg.RATES}
LOWER_MONTHS: Final = ru.MONTHS | tg.MONTHS
MONTH_NAMES: Final = frozenset(month.lower() for month in t.MONTHS) | LOWER_MONTHS
"""Every month name the reader knows (English, Russian in every case, Tajik), in lower case."""
IDENTIFIER_NOUNS: Final = t.IDENTIFIER_NOUNS | frozenset(_with_e(ru.IDENTIFIER_NOUNS)) | tg.IDENTIFIER_NOUNS
ABBREVIATED_IDENTIFIERS: Final = ru.ABBREVIATED_IDENTIFIERS
TEMPORAL_PREPOSITIONS: Final = t.TEMPORAL_PREPOSITIONS | ru.TEMPORAL_PREPOSITIONS | tg.TEMPORAL_PREPOSITIONS
YEAR_AFTER: Final = ru.YEAR_WORDS | frozenset(
    {
        "сол",
        "солҳо",
        "жылы",
        "жылдың",
        "yil",
        "yilda",
        "yilning",
        "йил",
        "йилда",
        "йили",
        "йилнинг",
    }
)
HEDGE_WORDS: Final = frozenset(
    low for key in (*HEDGES, *SUFFIX_HEDGES) for low in key.lower().split() if len(low) > 3 and low.isalpha()
)
"""Single words of every hedge: a word one or two edits from one of these is a likely typo of a hedge."""

KNOWN_WORDS: Final = ru.KNOWN_WORDS | tg.KNOWN_WORDS
TURKIC_POSTPOSITIONS: Final = frozenset(tk.SUFFIX_HEDGES) | tk.CASE_ENDINGS
