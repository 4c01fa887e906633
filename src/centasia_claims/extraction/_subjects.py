"""Reading a speaker's name from the words around its verb: back to the clause's start, or after the verb.

A subject before a verb runs back to the last break (punctuation or "that"), past asides of fillers, dates
and bracketed descriptions ("Азимов 1 ноября сообщил", "X (a deputy) said"), at most `MAX_WORDS` words; a
name after a verb runs to punctuation or a clause word. Nothing is looked for further than `WINDOW`
characters from its verb, so that every cue costs a bounded amount.

>>> before("The Tajik embassy in Ankara told RFE/RL", 28)
'The Tajik embassy in Ankara'
>>> after("…,” said the minister of the interior.", 9)
'the minister of the interior'
"""

from __future__ import annotations

import re
from typing import Final

from centasia_claims.estimates import MONTH_NAMES
from centasia_claims.extraction._tables import BACK_REFERENCES
from centasia_claims.extraction._words import DATE_AFTER, DATE_BEFORE, FILLER_WORDS, PREPOSITIONS
from centasia_claims.reconciliation import RELATIVE_TIMES, WEEKDAYS

__all__ = [
    "MAX_WORDS",
    "RELATIVES",
    "WINDOW",
    "after",
    "back_reference",
    "before",
    "clause_start",
    "has_digit",
    "past_time",
    "trim",
    "without_dates",
]

_BREAKS: Final = ',;:“”"«»—–\n'
_STOPS: Final = re.compile(r"[,.;:!?“”\"«»\n]|\s(?:that|who|which|on|in|at|что|который|которая|которые|ки)\s")
RELATIVES: Final = frozenset({"which", "who", "что", "который", "которая", "которые", "ки"})
MAX_WORDS: Final = 9
_MAX_INVERTED: Final = 14
_SEGMENTS: Final = 3
WINDOW: Final = 1_000
"""How far before or after a verb a speaker is looked for, in characters: a name is at most a few clauses
away, and every cue costs at most this much, so reading a sentence stays linear in its length."""
_LONGEST_REFERENCE: Final = max(
    len(phrase.split()) for phrases in BACK_REFERENCES.values() for phrase in phrases
)
_DESCRIBING: Final = frozenset({"a", "an", "the"})
_CLAUSE_WORD: Final = re.compile(r"\s(?:that|что|ки)\s")


def trim(words: list[str], *, leading: bool) -> list[str]:
    while words and words[-1].lower().strip("’'") in FILLER_WORDS:
        words.pop()
    while leading and words and words[0].lower() in FILLER_WORDS:
        words.pop(0)
    return words


def has_digit(text: str) -> bool:
    return any(char.isdigit() for char in text)


def clause_start(segment: str) -> int:
    """Where the clause that ends ``segment`` starts: after its last break (punctuation or "that")."""
    cut = max(segment.rfind(char) for char in _BREAKS) + 1
    words = list(_CLAUSE_WORD.finditer(segment))
    return max(cut, words[-1].end()) if words else cut


def before(sentence: str, end: int) -> str:
    """The subject written before a verb: back to the last break, fillers trimmed, numbers left out.

    A comma segment of fillers only (", however,") is passed over; a relative pronoun ("Tajikistan, which
    says") stands for the segment before it.
    """
    segment = sentence[max(0, end - WINDOW) : end]
    for _ in range(_SEGMENTS):
        cut = clause_start(segment)
        words = trim(segment[cut:].split(), leading=True)
        if all(has_digit(word) for word in words):  # "Rahmon, 71, said": an age between name and verb
            words = []
        relative = bool(words) and words[0].lower() in RELATIVES
        # "Edward Lemon, a doctoral candidate at …, says": the name before an appositive description
        appositive = bool(words) and words[0].lower() in _DESCRIBING and cut > 0 and segment[cut - 1] == ","
        if appositive:
            named = trim(segment[: cut - 1][clause_start(segment[: cut - 1]) :].split(), leading=True)
            if named and all(word[:1].isupper() for word in named) and named[0].lower() not in PREPOSITIONS:
                words = named
        if words and not relative:
            break
        if cut == 0 or segment[cut - 1] != ",":
            return ""
        segment = segment[: cut - 1]
    else:
        return ""
    kept: list[str] = []
    for word in reversed(without_dates(words)[-MAX_WORDS:]):
        if any(char.isdigit() for char in word):
            break
        kept.insert(0, word)
    return " ".join(trim(kept, leading=True)).strip(" ’'")


def without_dates(words: list[str]) -> list[str]:
    """Words without their dates and bracketed asides ("Азимов 1 ноября сообщил", "X (a deputy) said").

    A year with its word goes too ("Азимов в 2018 году сообщил", "Раҳимзода моҳи январи соли 2018 гуфт").
    """
    kept: list[str] = []
    index = 0
    depth = 0
    while index < len(words):
        word = words[index]
        opened = depth + word.count("(") - word.count(")")
        # an aside of several words in brackets ("(нижняя палата парламента)"), not an acronym ("(ICCT)")
        if depth or (word.startswith("(") and opened > 0):
            depth = max(opened, 0)
            index += 1
            continue
        low = word.lower().strip(",.")
        if low in DATE_BEFORE and index + 1 < len(words) and _dating(words[index + 1]):
            index += 1  # "соли 2018", "моҳи январи": the month is dropped next, the number here
            while index < len(words) and has_digit(words[index]):
                index += 1
            continue
        if low in DATE_AFTER and kept and has_digit(kept[-1]):
            kept.pop()  # "в 2018 году"
            if kept and kept[-1].lower() in PREPOSITIONS:
                kept.pop()
            index += 1
            continue
        if low not in MONTH_NAMES:
            kept.append(words[index])
            index += 1
            continue
        if kept and has_digit(kept[-1]):  # the day before the month
            kept.pop()
        index += 1
        while index < len(words) and has_digit(words[index]):  # the day or year after it
            index += 1
    return kept


def _dating(word: str) -> bool:
    """Whether a word after a Tajik date word is what it dates: a number or a month."""
    return has_digit(word) or word.lower().strip(",.") in MONTH_NAMES


def after(sentence: str, start: int, limit: int = _MAX_INVERTED) -> str:
    """The name written right after a verb or phrase, up to punctuation or a clause word."""
    rest = sentence[start : start + WINDOW]
    stop = _STOPS.search(rest)
    words = trim(rest[: stop.start() if stop else len(rest)].split(), leading=False)
    return " ".join(words[:limit]).strip(" ’'")


def _time_pattern() -> re.Pattern[str]:
    words = sorted((*RELATIVE_TIMES, *WEEKDAYS), key=len, reverse=True)
    months = sorted(MONTH_NAMES, key=len, reverse=True)
    alternatives = "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in words)
    dates = "|".join(map(re.escape, months))
    return re.compile(rf"\s*(?:(?:on\s+)?(?:{alternatives})|\d{{1,2}}\s+(?:{dates}))(?=\s)", re.IGNORECASE)


_TIME: Final = _time_pattern()
"""A time phrase that may stand between a verb and the speaker after it: a relative time or a day of the week
of reconciliation's tables (`RELATIVE_TIMES`, `WEEKDAYS`), or a day and month ("12 мая")."""


def past_time(sentence: str, at: int) -> int:
    """Where the words after ``at`` start once a time phrase there is passed ("заявил в четверг министр").

    >>> sentence = "…, заявил в четверг министр внутренних дел"
    >>> sentence[past_time(sentence, 9) :]
    ' министр внутренних дел'
    """
    found = _TIME.match(sentence, at)
    return at if found is None else found.end()


def back_reference(name: str, language: str) -> tuple[str, bool]:
    """A subject without the words that open it and point to the sentence before, and whether it had them.

    "Об этом" leaves nothing (the speaker follows the verb); "Инро вазир" leaves "вазир".
    """
    words = name.split()
    references = BACK_REFERENCES.get(language, frozenset())
    for size in range(min(len(words), _LONGEST_REFERENCE), 0, -1):
        if " ".join(words[:size]).lower() in references:
            return " ".join(words[size:]), True
    return name, False
