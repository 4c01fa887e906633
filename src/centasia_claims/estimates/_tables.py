"""The word tables that `parse_estimate` reads number phrases with: data, restated in ``docs/estimates.md``.

Keys are written as they appear in text and split into tokens by the tokenizer when first used, so
``"more than"``, ``"c."`` and ``"~"`` are all valid keys. Matching is case-insensitive unless a table says so.
A test checks that the vague-word table in ``docs/estimates.md`` matches `VAGUE`.
"""

from __future__ import annotations

import enum
from typing import Final, NamedTuple

from centasia_claims.model import MONTH_FORMS

__all__ = [
    "ABOUT_IS_A_PREPOSITION_AFTER",
    "ADDITIVE",
    "BOUND_HEDGES",
    "COMPARATIVES_AFTER_TIMES",
    "CURRENCY_CODES",
    "CURRENCY_SYMBOLS",
    "CURRENCY_WORDS",
    "DENOMINATORS",
    "DOZEN",
    "EPISTEMIC",
    "HALF_DETERMINERS",
    "HEDGES",
    "HYPHEN_UNITS",
    "IDENTIFIER_NOUNS",
    "IDENTIFIER_WORDS",
    "IDIOMS",
    "LOWER_CASE_HEDGES",
    "MONTHS",
    "MULTIPLES",
    "NOT_A_RATE_BEFORE",
    "NUMBER_WORDS",
    "ONE_IS_A_PRONOUN_AFTER",
    "ONE_IS_A_PRONOUN_BEFORE",
    "ORDINALS",
    "ORDINARY_WORDS",
    "RANGE_FROM_AFTER",
    "RANGE_WORDS",
    "RATES",
    "SCALE_SUFFIXES",
    "SCALE_WORDS",
    "SENTENCE_ENDS",
    "SHARE_NOUNS",
    "SUFFIX_HEDGES",
    "TEMPORAL_PREPOSITIONS",
    "TIME_MARKERS",
    "UNIT_NOUNS",
    "VAGUE",
    "VAGUE_ADDED",
    "Hedge",
    "Vague",
]


class Hedge(enum.Enum):
    """What a hedge word does to the figure after it (see the convention's table)."""

    EXACT = "exact"  # "only 2", "just 1.6%": no hedge on the figure
    APPROXIMATE = "approximate"  # 0.9N .. 1.1N, point N
    NEARLY = "nearly"  # 0.9N .. N, point N
    AT_LEAST = "at_least"
    MORE_THAN = "more_than"
    AT_MOST = "at_most"
    LESS_THAN = "less_than"
    BETWEEN = "between"  # "between N and M": a range
    FROM = "from"  # "from N to M": a change, read as the list of values (N, M)


# fmt: off
# The tables below are data, one entry per word, kept compact for reading.

# Words written before a figure. "an estimated" is both an approximate hedge and an epistemic mark.
HEDGES: Final[dict[str, Hedge]] = {
    **dict.fromkeys((
        "only", "just", "exactly", "precisely", "a total of", "a mere", "barely",
    ), Hedge.EXACT),
    **dict.fromkeys((
        "about", "around", "approximately", "roughly", "some", "c.", "ca.", "circa", "~", "in the region of",
        "an estimated", "approx.", "round", "more or less", "somewhere around", "in the order of",
        "on the order of", "give or take", "est.", "\u2248", "roughly about",
    ), Hedge.APPROXIMATE),
    **dict.fromkeys((
        "nearly", "almost", "close to", "approaching", "not quite", "just short of", "just shy of", "shy of",
    ), Hedge.NEARLY),
    **dict.fromkeys((
        "at least", "no fewer than", "no less than", "a minimum of", "not less than", "not fewer than",
        "as few as", "as little as", "\u2265", "\u2a7e",
    ), Hedge.AT_LEAST),
    **dict.fromkeys((
        "more than", "over", "upwards of", "in excess of", "well over", "just over", "above", "well above",
        "just above", "greater than", "north of", "slightly more than", "a little over", "a little more than",
        "upward of", ">",
    ), Hedge.MORE_THAN),
    **dict.fromkeys((
        "up to", "as many as", "at most", "no more than", "a maximum of", "not more than", "as much as",
        "\u2264", "\u2a7d",
    ), Hedge.AT_MOST),
    **dict.fromkeys((
        "fewer than", "less than", "under", "below", "just under", "just below", "well under", "well below",
        "<",
    ), Hedge.LESS_THAN),
    "between": Hedge.BETWEEN,
    "from": Hedge.FROM,
}

# Hedges read only in lower case: "Round 2" is an identifier, "round 500-600" a hedge.
LOWER_CASE_HEDGES: Final = frozenset({"round"})

# Hedges whose bound cannot be put on a vague quantity or a range ("more than dozens") without guessing.
BOUND_HEDGES: Final = frozenset({Hedge.AT_LEAST, Hedge.MORE_THAN, Hedge.AT_MOST, Hedge.LESS_THAN})

# Hedges written after a figure: "300 or so", "4,000+", "300-odd".
SUFFIX_HEDGES: Final[dict[str, Hedge]] = {
    "or so": Hedge.APPROXIMATE, "-odd": Hedge.APPROXIMATE, "or more": Hedge.AT_LEAST, "+": Hedge.AT_LEAST,
    "-plus": Hedge.AT_LEAST, "or fewer": Hedge.AT_MOST, "or less": Hedge.AT_MOST,
    ", give or take": Hedge.APPROXIMATE, "give or take": Hedge.APPROXIMATE,
}

# Epistemic words directly before a figure: they set ``hedged`` and leave the bounds alone.
EPISTEMIC: Final = (
    "an estimated", "estimated", "estimated at", "estimated to be", "estimate", "estimates", "estimate that",
    "estimates that", "reportedly", "allegedly", "purportedly", "officially", "official figures say",
    "official figures show", "official figures put it at", "official statistics indicate that",
    "official statistics show", "official data show", "believed to be", "believed to have", "thought to be",
    "said to be", "reported to be", "some estimates say",
)

# "between N and M" and "N to M" and "N-M" all read as a range; "N or M" too.
RANGE_WORDS: Final = frozenset({"-", "\u2013", "\u2014", "to", "or"})

# "sentences ranging from two to 28 years" is a range, not a change from two to 28.
RANGE_FROM_AFTER: Final = frozenset({"ranging", "range", "ranged", "ranges", "varying", "vary", "varied"})

# "A story about 25 recruits": after these words "about" is a preposition, not a hedge.
ABOUT_IS_A_PREPOSITION_AFTER: Final = frozenset({
    "angry", "article", "articles", "ask", "asked", "book", "complained", "concern", "concerned", "concerns",
    "details", "film", "information", "joke", "knew", "know", "known", "learn", "learned", "lie", "lied",
    "lying", "news", "question", "questions", "report", "reports", "speak", "speaking", "spoke", "stories",
    "story", "talk", "talked", "talking", "talks", "tell", "telling", "think", "thinking", "thought", "told",
    "upset", "video", "warned", "worried", "worry", "write", "written", "wrote",
})


class Vague(NamedTuple):
    """A vague word's bounds; ``high`` is inclusive, ``None`` when open."""

    low: int
    high: int | None
    low_inclusive: bool = True
    unit: str | None = None


# The convention's vague-word table, plus the documented additions marked (+).
VAGUE: Final[dict[str, Vague]] = {
    "a couple": Vague(2, 3),
    "a few": Vague(2, 5),
    "a handful": Vague(2, 9),
    "several": Vague(3, 9),
    "a couple of dozen": Vague(24, 36),
    "a few dozen": Vague(24, 60),
    "dozens": Vague(24, 99),
    "scores": Vague(40, 99),
    "in the hundreds": Vague(100, 999),
    "a few hundred": Vague(200, 500),
    "hundreds": Vague(200, 999),
    "several hundred": Vague(300, 999),
    "in the thousands": Vague(1_000, 9_999),
    "a few thousand": Vague(2_000, 5_000),
    "thousands": Vague(2_000, 9_999),
    "several thousand": Vague(3_000, 9_999),
    "tens of thousands": Vague(20_000, 99_999),
    "hundreds of thousands": Vague(200_000, 999_999),
    "millions": Vague(2_000_000, 9_999_999),
    "a few million": Vague(2_000_000, 5_000_000),  # (+) as "a few thousand", a thousand times over
    "several million": Vague(3_000_000, 9_999_999),  # (+) as "several thousand"
    "in the millions": Vague(1_000_000, 9_999_999),  # (+) as "in the thousands"
    "tens of millions": Vague(20_000_000, 99_999_999),  # (+) as "tens of thousands"
    "a majority": Vague(50, None, low_inclusive=False, unit="percent"),
    "the majority": Vague(50, None, low_inclusive=False, unit="percent"),
    "majority": Vague(50, None, low_inclusive=False, unit="percent"),
    "a vast majority": Vague(75, 100, unit="percent"),
    "the vast majority": Vague(75, 100, unit="percent"),
    "vast majority": Vague(75, 100, unit="percent"),
    "most": Vague(50, None, low_inclusive=False, unit="percent"),  # (+) "most migrants": a majority
    "mainly": Vague(50, None, low_inclusive=False, unit="percent"),  # (+) "mainly citizens of Tajikistan"
}

# The words of VAGUE that the convention's table does not list (restated in docs/estimates.md as departures).
VAGUE_ADDED: Final = frozenset({
    "a few million", "several million", "in the millions", "tens of millions", "a majority", "the majority",
    "a vast majority", "the vast majority", "most", "mainly",
})

# "most" is a superlative, not a share, after these words or a possessive ("the most potent", "its most ...")
MOST_NOT_AFTER: Final = frozenset({"the", "a", "an", "at", "one's", "its", "their", "his", "her"})
# ... and "most" or "mainly" is an adverb before these ("most likely", "mainly because", "mainly in Russia").
SHARE_ADVERB_BEFORE: Final = frozenset({
    "because", "due", "to", "in", "for", "as", "through", "by", "from", "on", "at", "with", "when", "where",
})

# Cardinal number words.
NUMBER_WORDS: Final[dict[str, int]] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
DOZEN: Final = 12

# Scale words after a number ("1.3 million", "a hundred") and suffixes glued to digits ("1.5m", "10k"). The
# abbreviations are words too when written apart, as the wire services of the region write them in English
# ("2 mln", "$1.2 bln", "3 bn"); "m", "k" and "tn" apart are metres, a grade and tonnes.
SCALE_WORDS: Final[dict[str, int]] = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "bln": 1_000_000_000,
}
SCALE_SUFFIXES: Final[dict[str, int]] = {
    "k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "bn": 1_000_000_000, "bln": 1_000_000_000,
    "tn": 1_000_000_000_000, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
}

# Denominators of shares: "a third", "two-thirds", "a quarter", "half" (shares are stored in percent).
DENOMINATORS: Final[dict[str, int]] = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
    "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8,
    "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
}

# "half its recruits", "half the country": after "half", these words make it a share.
HALF_DETERMINERS: Final = frozenset({
    "all", "her", "his", "its", "my", "of", "our", "the", "their", "them", "these", "this", "those", "your",
})

# "twice" is 2 times; "twice as many" is a multiplier, not a count.
MULTIPLES: Final[dict[str, int]] = {"twice": 2, "thrice": 3}
COMPARATIVES_AFTER_TIMES: Final = frozenset({
    "as", "better", "bigger", "cheaper", "dearer", "easier", "faster", "fewer", "greater", "harder", "higher",
    "larger", "less", "likelier", "likely", "longer", "lower", "more", "older", "over", "poorer", "richer",
    "shorter", "slower", "smaller", "stronger", "than", "that", "the", "weaker", "worse", "younger",
})

# Ordinal words: never figures ("twentieth anniversary"); "a third" before "of" is a share.
ORDINALS: Final = frozenset({
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
    "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
    "nineteenth", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth",
    "ninetieth", "hundredth", "thousandth", "millionth",
})

# Ordinary English words often written right before a figure: never hedges, so never "unread" (see _unread).
ORDINARY_WORDS: Final = frozenset({
    "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as",
    "than", "that", "this", "these", "those", "its", "their", "his", "her", "our", "all", "also", "only",
    "then", "were", "was", "are", "is", "be", "been", "had", "has", "have", "some", "another", "other",
    "least", "killed", "arrested", "detained", "sentenced", "recruited", "joined", "returned", "left",
    "went", "number", "numbered", "totalled", "totaled", "reached", "rose", "fell", "grew", "put", "puts",
    "estimated", "said", "says", "told", "reported", "reports", "including", "included", "among",
    "family", "families", "per", "last", "next", "first", "aged", "age", "ages", "between",
    "about", "around", "over", "under", "just", "roughly", "early", "likely", "mostly",
    "totally", "fully", "daily", "weekly", "monthly", "yearly", "annually", "partly", "finally",
    "recently", "previously", "currently", "respectively", "initially", "reportedly", "allegedly",
    "officially", "apparently", "reply", "supply", "rally", "italy", "july",
})

# Idioms made of number words: never figures. Number words joined by hyphens to other words
# ("one-size-fits-all") are idioms by rule, not by this list.
IDIOMS: Final = (
    "double whammy", "double", "triple", "quadruple", "twofold", "threefold", "tenfold", "hundredfold",
    "one another", "no one", "at one time", "at one point", "one day", "one by one", "one way or another",
    "on the one hand", "in one go", "all in one", "one and only", "number one", "a million miles",
    "in two minds", "a thousand times", "a million times", "one or other", "one after another", "a few words",
    "a thousand words", "at sixes and sevens", "a dime a dozen", "a quick one", "one in a million",
)

# "one" is a pronoun before these words ("one might argue") and after the next ("the one who").
ONE_IS_A_PRONOUN_BEFORE: Final = frozenset({
    "'s", "another", "can", "can't", "cannot", "could", "did", "does", "doesn't", "feels", "hopes", "may",
    "might", "must", "needs", "sees", "shall", "should", "will", "wonders", "would", "\u2019s",
})
ONE_IS_A_PRONOUN_AFTER: Final = frozenset({
    "any", "each", "every", "no", "someone", "that", "the", "this", "which",
})

# Capitalized words that make the number after them an identifier: "Protocol 32-20", "Group 24".
IDENTIFIER_WORDS: Final = frozenset({
    "Protocol", "Group", "Resolution", "Article", "Articles", "Section", "Chapter", "Law", "Decree", "Flight",
    "Route", "Highway", "No", "No.", "Nos", "Number", "Room", "Unit", "Line", "Order", "Regulation",
    "Directive", "Act", "Paragraph", "Item", "Case", "Page", "Pages", "Table", "Figure", "Vol", "Volume",
    "Issue", "Book", "Part", "Level", "Class", "Grade", "Platform", "Gate", "Terminal", "Block", "Building",
    "Apartment", "Bill", "Amendment", "Session", "Phase", "Stage", "Round", "Mark", "Boeing", "Airbus", "Top",
    "Fortune", "Formula", "Windows", "Channel", "Camp", "Brigade", "Division", "Battalion", "Regiment",
    "Corps", "Squad", "Cell", "Sector", "Zone", "District", "Precinct", "Ward", "Bus", "Train", "Road",
    "Street", "Avenue", "Hall", "Tower", "Lot", "Box", "Catch", "Agenda", "Vision", "Operation", "Model",
    "Version", "Series", "Type", "Category", "Code", "Paragraphs", "Annex", "Appendix", "Rule", "Rules",
    "Clause", "Schedule", "Form", "File", "Exhibit", "Apollo", "Soyuz", "Track", "Episode", "Season",
    "Stanza", "Verse", "Psalm", "Psalms", "Surah", "Sura", "Ayah", "Hadith",
})

# Month names (case-sensitive: "May" is a month, "may" a verb).
# The same in lower case: "see page 3", "room 101".
IDENTIFIER_NOUNS: Final = frozenset({
    "page", "pages", "chapter", "section", "paragraph", "clause", "room", "flight", "platform", "gate",
    "route", "exit", "item", "line", "channel", "episode", "season", "track", "verse", "surah",
})

# Before a capitalized number word, these end a sentence: "... in 2015. Two years later" is a count, while
# "the Big Three" and "the Gang of Four" are names.
SENTENCE_ENDS: Final = frozenset({".", "!", "?", ":", ";", "\u201c", "\"", "(", "[", "\u2014", "\u2013", "-"})

MONTHS: Final = frozenset(MONTH_FORMS["en"])  # the model's table of month names

# A bare year-like number ("2015") is a date unless a unit follows ("2000 people"); after these words it is a
# date even then ("in 2015 people began to leave").
TEMPORAL_PREPOSITIONS: Final = frozenset({
    "in", "since", "by", "until", "till", "before", "after", "of", "during", "through", "throughout", "year",
    "early", "late", "mid", "spring", "summer", "autumn", "winter",
})

# After a number these mark a time of day, not a figure: "at 7 p.m.", "10 o'clock".
TIME_MARKERS: Final = frozenset({
    "a.m.", "p.m.", "am", "pm", "o'clock", "o\u2019clock", "gmt", "utc", "hrs", "h",
})

# Nouns that state the unit of the figure before them ("40 people", "10 years", "60 percent").
UNIT_NOUNS: Final[dict[str, str]] = {
    "percent": "percent", "per cent": "percent", "%": "percent", "pct": "percent", "people": "people",
    "persons": "people", "individuals": "people", "years": "years", "year": "years", "months": "months",
    "month": "months", "weeks": "weeks", "week": "weeks", "days": "days", "day": "days", "hours": "hours",
    "hour": "hours", "minutes": "minutes", "decades": "decades", "times": "times",
}

# Words joined by a hyphen to a figure that make it adjectival: "95-year-old", "400-person", "30-year".
HYPHEN_UNITS: Final[dict[str, str | None]] = {
    "year": "years", "year-old": "years", "years-old": "years", "month": "months", "month-old": "months",
    "week": "weeks", "day": "days", "hour": "hours", "minute": "minutes", "decade": "decades",
    "person": "people", "man": "people", "member": "people", "strong": None, "percent": "percent",
}

# Money: the currency is the unit ("$3 million" is 3,000,000 USD).
CURRENCY_SYMBOLS: Final[dict[str, str]] = {
    "$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "₽": "RUB", "¥": "JPY",
}
CURRENCY_CODES: Final = frozenset({
    "AFN", "CNY", "EUR", "GBP", "JPY", "KGS", "KZT", "RUB", "TJS", "TMT", "USD", "UZS",
})
CURRENCY_WORDS: Final[dict[str, str]] = {
    "dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "rubles": "RUB", "roubles": "RUB",
    "ruble": "RUB", "rouble": "RUB", "somoni": "TJS",
}

# A rate written after a figure: "$100 a month".
RATES: Final[dict[str, str]] = {
    "a month": "month", "per month": "month", "each month": "month", "every month": "month",
    "monthly": "month", "a year": "year", "per year": "year", "per annum": "year", "each year": "year",
    "every year": "year", "annually": "year", "a week": "week", "per week": "week", "weekly": "week",
    "a day": "day", "per day": "day", "daily": "day", "an hour": "hour", "per hour": "hour",
}

# Nouns a share is written with: "a two-thirds majority", "a 60% stake" (read as part of the share).
SHARE_NOUNS: Final = frozenset({"majority", "minority", "share", "stake"})

# "863 a year earlier": a time, not a rate.
NOT_A_RATE_BEFORE: Final = frozenset({
    "ago", "earlier", "later", "before", "after", "on", "since", "previously",
})

# "hundreds of thousands more": the increment alone.
ADDITIVE: Final = "more"
# fmt: on
