"""Tajik words for number phrases (Cyrillic, with Ғ Ӣ Қ Ӯ Ҳ Ҷ): hedges, number words, scale and vague words.

Data, restated in ``docs/estimates.md``. Sources: the convention's Tajik table (``docs/estimates.md``) and the
numeral chapter of *Grammatikai zaboni adabii hozirai tojik* (Dushanbe, 1985): compound numbers join their
parts with the connective ``-у`` (``-ю`` after a vowel: ``бисту панҷ``, ``сию се``), ``-то`` counts things,
``-ҳо`` makes the vague plural (``садҳо``), ``-ум``/``-юм``/``-умин`` makes ordinals.
"""

from __future__ import annotations

from typing import Final

from centasia_claims.model import MONTH_FORMS

__all__ = [
    "ADDITIVE_BEFORE",
    "AFTER_FROM_ONLY",
    "CARDINALS",
    "COMPARATIVES",
    "CURRENCY_WORDS",
    "DENOMINATORS",
    "EPISTEMIC",
    "EVERY",
    "FRACTIONS",
    "HALF_UNITS",
    "HEDGES",
    "HYPHEN_UNITS",
    "IDENTIFIER_NOUNS",
    "KNOWN_WORDS",
    "MONTHS",
    "ORDINAL_SUFFIXES",
    "RANGE_LINKS",
    "RATES",
    "SCALED_BANDS",
    "SCALES",
    "SHARE_WORDS",
    "SUFFIX_HEDGES",
    "TEMPORAL_PREPOSITIONS",
    "UNIT_NOUNS",
    "VAGUE",
    "YEAR_BEFORE",
]

# fmt: off
HEDGES: Final[dict[str, str]] = {
    **dict.fromkeys(("танҳо", "фақат", "ҳамагӣ", "ҳамагӯ", "қатъиян", "боз"), "exact"),
    **dict.fromkeys(("тақрибан", "тахминан", "ҳудуди", "дар ҳудуди", "камобеш", "камубеш", "тахминан ҳудуди",
                     "тақрибан ҳудуди", "наздики"), "approximate"),
    **dict.fromkeys(("қариб", "наздик ба", "қарийб"), "nearly"),
    **dict.fromkeys(("на камтар аз", "ҳадди ақал", "ақаллан", "камаш", "ҳадди аққал", "дастикам"),
                    "at_least"),
    **dict.fromkeys(("зиёда аз", "беш аз", "бештар аз", "зиёдтар аз"), "more_than"),
    **dict.fromkeys(("то", "на бештар аз", "на зиёда аз", "ҳадди аксар", "то ба"), "at_most"),
    **dict.fromkeys(("камтар аз", "кам аз"), "less_than"),
    **dict.fromkeys(("аз", "байни"), "between"),
}

# Words after a figure: "1000 нафар ё зиёда", and after "аз N": "аз 1000 зиёд" (more than 1000).
SUFFIX_HEDGES: Final[dict[str, str]] = {
    "ё зиёда": "at_least", "ё бештар": "at_least", "ва зиёда": "at_least", "ва бештар": "at_least",
    "зиёд": "more_than", "зиёдтар": "more_than", "бештар": "more_than", "беш": "more_than",
    "камтар": "less_than", "кам": "less_than",
}

# Comparatives read as a hedge only after "аз N" ("аз 1000 зиёд"); after a bare figure they belong to the
# words that follow ("се сол беш аз ҳазор" is three years, then more than a thousand).
AFTER_FROM_ONLY: Final = frozenset({"зиёд", "зиёдтар", "бештар", "беш", "камтар", "кам"})

EPISTEMIC: Final = ("тибқи арзёбиҳо", "тибқи баъзе арзёбиҳо", "бино ба маълумоти", "тибқи маълумоти",
                    "ба ҳисоби тахминӣ", "гӯё", "эҳтимолан", "тибқи иттилои", "ба гуфтаи")

RANGE_LINKS: Final[dict[str, frozenset[str]]] = {
    "between": frozenset({"то", "ва"}), "from": frozenset({"то"}), "none": frozenset({"ё", "ё ин ки"}),
}

# Cardinals: value -> forms; each also takes the connective (-у, -ю after a vowel) and -то (see the lexicon).
CARDINALS: Final[dict[int, tuple[str, ...]]] = {
    0: ("сифр",), 1: ("як", "яке"), 2: ("ду",), 3: ("се",), 4: ("чор", "чаҳор"), 5: ("панҷ",), 6: ("шаш",),
    7: ("ҳафт",), 8: ("ҳашт",), 9: ("нӯҳ",), 10: ("даҳ",), 11: ("ёздаҳ",), 12: ("дувоздаҳ",),
    13: ("сенздаҳ", "сездаҳ"), 14: ("чордаҳ",), 15: ("понздаҳ", "панҷдаҳ"), 16: ("шонздаҳ",),
    17: ("ҳабдаҳ", "ҳафтдаҳ"), 18: ("ҳаждаҳ", "ҳаштдаҳ"), 19: ("нуздаҳ", "нӯздаҳ"), 20: ("бист",),
    30: ("сӣ", "си"), 40: ("чил",), 50: ("панҷоҳ",), 60: ("шаст",), 70: ("ҳафтод",), 80: ("ҳаштод",),
    90: ("навад",), 200: ("дусад",), 300: ("сесад", "сисад"), 400: ("чорсад",), 500: ("панҷсад",),
    600: ("шашсад",), 700: ("ҳафтсад",), 800: ("ҳаштсад",), 900: ("нӯҳсад",),
}

# Ordinal endings: a cardinal with one of these is an ordinal ("панҷум", "дуюм", "бистумин").
ORDINAL_SUFFIXES: Final = ("ум", "юм", "ӯм", "умин", "юмин", "ӯмин", "уми", "юми", "умини")

FRACTIONS: Final[dict[str, tuple[int, int]]] = {
    "якуним": (3, 2), "ним": (1, 2),
}

HALF_UNITS: Final[dict[str, tuple[int, str]]] = {"нимсола": (6, "months"), "нимсол": (6, "months")}

# Scale words: "сад" multiplies the count before it ("се сад"); the others close a group ("ду ҳазору").
SCALES: Final[dict[int, tuple[str, ...]]] = {
    100: ("сад",),
    1_000: ("ҳазор", "ҳаз"),
    1_000_000: ("миллион", "млн"),
    1_000_000_000: ("миллиард", "млрд"),
}

VAGUE: Final[dict[str, tuple[int, int | None]]] = {
    "якчанд": (3, 9), "чандин": (3, 9), "чанд": (2, 5), "даҳҳо": (24, 99), "садҳо": (200, 999),
    "ҳазорон": (2_000, 9_999), "ҳазорҳо": (2_000, 9_999), "миллионҳо": (2_000_000, 9_999_999),
}

# A vague word's band when a scale word follows: "даҳҳо ҳазор" is tens of thousands (the convention).
SCALED_BANDS: Final[dict[str, tuple[int, int]]] = {"даҳҳо": (20, 99)}

SHARE_WORDS: Final[dict[str, tuple[str, int | None]]] = {
    **dict.fromkeys(("аксарият", "аксарияти", "аксари", "қисми зиёди", "қисми бештари", "беш аз нисфи",
                     "зиёда аз нисфи", "бештар аз нисфи", "беш аз нисф", "зиёда аз нисф"), ("more_than", 50)),
    **dict.fromkeys(("аксарияти мутлақ", "аксарияти кулли", "аксарияти бештари"), ("vast", None)),
    **dict.fromkeys(("камтар аз нисфи", "камтар аз нисф"), ("less_than", 50)),
}

DENOMINATORS: Final[dict[str, int]] = {
    **dict.fromkeys(("нисф", "нисфи", "нимаи"), 2),
    **dict.fromkeys(("севум", "севуми", "сеяк", "сеяки"), 3),
    **dict.fromkeys(("чорум", "чоруми", "чоряк", "чоряки"), 4),
    **dict.fromkeys(("панҷум", "панҷуми"), 5),
    **dict.fromkeys(("даҳум", "даҳуми"), 10),
}

# After "N баробар" these make a multiplier, not a figure: "ду баробар зиёд".
COMPARATIVES: Final = frozenset({"зиёд", "зиёдтар", "бештар", "камтар", "кам", "афзуд", "афзоиш", "коҳиш"})

# "аз ҳар панҷ нафар як нафар" is one in five: "ҳар" then the whole, then one part.
EVERY: Final = frozenset({"ҳар"})

UNIT_NOUNS: Final[dict[str, str]] = {
    **dict.fromkeys(("нафар", "нафари", "кас", "тан", "шахс", "нафарро"), "people"),
    **dict.fromkeys(("фоиз", "фоизи", "дарсад", "дарсади"), "percent"),
    **dict.fromkeys(("сол", "соли", "сола"), "years"),
    **dict.fromkeys(("моҳ", "моҳи"), "months"),
    **dict.fromkeys(("ҳафта", "ҳафтаи"), "weeks"),
    **dict.fromkeys(("рӯз", "рӯзи", "шабонарӯз"), "days"),
    **dict.fromkeys(("соат",), "hours"),
    **dict.fromkeys(("даҳсола", "даҳсолаи"), "decades"),
    **dict.fromkeys(("аср", "асри"), "centuries"),
    **dict.fromkeys(("маротиба", "бор", "карат", "баробар"), "times"),
}

# Words joined by a hyphen to a figure: "31-сола" (31 years old), "5-фоиза".
HYPHEN_UNITS: Final[dict[str, str]] = {
    "сола": "years", "солаи": "years", "моҳа": "months", "нафара": "people",
}

# A year-like figure after these is a date: "соли 2015", "солҳои 1990", "моҳи майи 2016".
YEAR_BEFORE: Final = frozenset({"соли", "солҳои", "сол", "дар", "то", "аз", "баъд", "пас", "моҳи"})

CURRENCY_WORDS: Final[dict[str, str]] = {
    **dict.fromkeys(("доллар", "доллари"), "USD"), **dict.fromkeys(("сомонӣ", "сомони"), "TJS"),
    **dict.fromkeys(("рубл", "рубли"), "RUB"),
}

RATES: Final[dict[str, str]] = {
    "дар як моҳ": "month", "ҳар моҳ": "month", "моҳона": "month", "дар як сол": "year", "ҳар сол": "year",
    "солона": "year", "дар як рӯз": "day", "ҳар рӯз": "day",
}

MONTHS: Final = frozenset(MONTH_FORMS["tg"])  # the model's table of month names

IDENTIFIER_NOUNS: Final = frozenset({
    "моддаи", "моддаҳои", "модда", "қисми", "банди", "қатъномаи", "қатъномаҳои", "рақами", "саҳифаи",
    "фармони", "қарори", "қонуни", "боби", "мактаби", "хонаи",
    # A noun with the izafa before a number names the Nth one: "асри 21" (the 21st century), "ҳафтаи 3".
    "асри", "ҳафтаи", "синфи", "давраи", "марҳилаи", "бори", "даври", "ҷаласаи", "маҷлиси", "соати",
    "ҳуҷраи", "нимаи", "даҳсолаи",
})

TEMPORAL_PREPOSITIONS: Final = frozenset({"соли", "солҳои", "моҳи", "баъд", "пас", "дар"})

# "боз N": the increment alone.
ADDITIVE_BEFORE: Final = frozenset({"боз"})

KNOWN_WORDS: Final = frozenset({
    "ва", "дар", "ба", "аз", "бо", "ки", "то", "барои", "он", "ин", "онҳо", "ҳамаи", "ҳама", "буд", "буданд",
    "аст", "мебошад", "ҳастанд", "шуд", "шуданд", "кушта", "боздошт", "дастгир", "ҳукм", "беш",
    "тақрибан", "рақам", "шумора", "шумораи", "теъдоди", "миқдори", "ҳамагӣ", "ҳоло", "соли", "гузашта",
    "расид", "мерасад", "баробар", "зиёда", "баргаштанд", "рафтанд", "ҷанг", "мекунанд", "мебошанд",
    "ҷумла", "миёни", "байни", "муҳлати", "ба муҳлати", "маблағи", "ҷаримаи",
})
# fmt: on
