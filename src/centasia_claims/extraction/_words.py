"""The words around a speaker's name that are not the name, in English, Russian and Tajik.

Source note: curated for this package from the bundled seed documents and wire and regional news style:
pronouns that point back ("he", "его", "вай"), fillers between a name and its verb ("also", "однако",
"ҳамчунин"), prepositions that open a phrase of time or place, the unnamed recipients who pass a statement on
("reporters", "журналистам"), the words that open an unnamed speaker's description ("one", "некоторые",
"як"), the words that make a figure an age ("year-old", "-летн", "сола") and the words that date a number
beside them ("в 2018 году", "соли 2018", "моҳи январи"). All are lower case.

>>> from centasia_claims.extraction import PRONOUNS, RECIPIENT_WORDS
>>> "его" in PRONOUNS, "reporters" in RECIPIENT_WORDS
(True, True)
>>> from centasia_claims.extraction import DATE_AFTER, DATE_BEFORE
>>> "соли" in DATE_BEFORE, "году" in DATE_AFTER
(True, True)
>>> from centasia_claims.extraction import AGE_BEFORE, AGE_LINKS
>>> "aged" in AGE_BEFORE, "от" in AGE_LINKS
(True, True)
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "AGE_BEFORE",
    "AGE_LINKS",
    "AGE_WORDS",
    "DATE_AFTER",
    "DATE_BEFORE",
    "FILLER_WORDS",
    "INDEFINITES",
    "PREPOSITIONS",
    "PRONOUNS",
    "RECIPIENT_WORDS",
]

PRONOUNS: Final = frozenset(
    {
        "he",
        "she",
        "they",
        "him",
        "her",
        "them",
        "his",
        "it",
        "он",
        "она",
        "они",
        "его",
        "ее",
        "её",
        "их",
        "него",
        "нее",
        "неё",
        "них",
        "вай",
        "ӯ",
        "онҳо",
        "ин",
        "вайро",
    }
)
"""Words that name a speaker only through an earlier sentence: the last named speaker, or nobody."""

FILLER_WORDS: Final = frozenset(
    {
        "also",
        "further",
        "then",
        "although",
        "though",
        "while",
        "whereas",
        "because",
        "since",
        "as",
        "when",
        "if",
        "so",
        "yet",
        "saying",
        "хотя",
        "когда",
        "поскольку",
        "как",
        "же",
        "previously",
        "earlier",
        "later",
        "have",
        "has",
        "was",
        "is",
        "were",
        "are",
        "recently",
        "even",
        "however",
        "now",
        "again",
        "once",
        "too",
        "and",
        "but",
        "on",
        "went",
        "in",
        "at",
        "officially",
        "publicly",
        "repeatedly",
        "it",
        "также",
        "ранее",
        "тоже",
        "еще",
        "ещё",
        "и",
        "а",
        "но",
        "уже",
        "вновь",
        "однако",
        "низ",
        "ҳамчунин",
        "қаблан",
    }
)
"""Words between a speaker's name and the verb that are not part of the name ("the minister also said")."""

PREPOSITIONS: Final = frozenset(
    {
        "in",
        "on",
        "at",
        "since",
        "after",
        "before",
        "during",
        "for",
        "from",
        "by",
        "with",
        "over",
        "until",
        "в",
        "на",
        "с",
        "после",
        "до",
        "по",
        "о",
        "об",
        "обо",
        "про",
        "дар",
        "аз",
        "то",
    }
)
"""Words that open a phrase of time or place ("In January,"), never a speaker's name."""

RECIPIENT_WORDS: Final = frozenset(
    {
        "reporters",
        "journalists",
        "correspondents",
        "журналистам",
        "корреспонденту",
        "корреспондентам",
        "репортерам",
    }
)
"""Unnamed recipients of a statement who pass it on ("told reporters"): they become a relaying step."""

INDEFINITES: Final = frozenset(
    {
        "a",
        "an",
        "one",
        "some",
        "several",
        "many",
        "two",
        "three",
        "other",
        "another",
        "один",
        "одна",
        "одно",
        "некоторые",
        "несколько",
        "як",
        "чанд",
    }
)
"""Words that open the description of an unnamed speaker ("one exiled journalist", "a source in …")."""

AGE_WORDS: Final = ("year-old", "years old", "year old", "-летн", "лет от роду", "солаи", "сола")
"""Words that make a figure an age ("a 39-year-old man"); ages are drafted only when asked for."""

AGE_BEFORE: Final = frozenset({"aged", "age", "ages", "возрасте", "возрастом", "синни", "синну"})
"""Words right before a figure that make it an age ("aged 25", "range in age from 2 to 17", "в возрасте от 3
до 15 лет", "дар синни 25"), with "of", "from", "от", "аз" between them and the figure passed over."""

AGE_LINKS: Final = frozenset({"of", "from", "between", "от", "до", "аз", "между"})
"""Words between an age word and its figure ("the age of 25", "в возрасте от 3 лет")."""

DATE_BEFORE: Final = frozenset({"соли", "солҳои", "моҳи", "рӯзи"})
"""Tajik words that date the number or month after them: "соли 2018" (the year 2018), "моҳи январи" (the month
of January), "рӯзи 30 апрели" (the day of 30 April); with it, an aside between a name and its verb."""

DATE_AFTER: Final = frozenset({"году", "года", "г", "гг", "годах"})
"""Russian words that make the number before them a year: "в 2018 году", "2018 г."; with it (and "в"), an
aside between a name and its verb."""
