"""Times written relative to publication: "last month", "in January", "on January 25", "on Tuesday".

News text often dates a figure only by when it was said, relative to the day the article appeared. English,
Russian and Tajik are read ("в прошлом месяце", "25 января"; "моҳи гузашта", "25 январ").
`resolve_when` reads such a phrase against a publication date with python-dateutil's ``relativedelta`` and
returns the whole span it may mean: "in January" in an article of 2017-03-12 is ``2017-01``; "on January 25"
in an article known only to be of 2016 is anything from 2015-01-25 to 2016-01-25; a day of the week ("on
Tuesday", "во вторник", "рӯзи сешанбе", `WEEKDAYS`) is the latest such day on or before publication, as wire
copy writes it.

>>> from centasia_claims import PartialDate
>>> from centasia_claims.reconciliation import resolve_when
>>> str(resolve_when("last month", PartialDate(2017, 3, 12)))
'2017-02'
>>> str(resolve_when("on January 25", PartialDate(2016)))
'2015-01-25/2016-01-25'

The phrases read, with the shift from the publication date each stands for, are `RELATIVE_TIMES`:

>>> from centasia_claims.reconciliation import RELATIVE_TIMES
>>> RELATIVE_TIMES["last month"][0]
relativedelta(months=-1)

and the days of the week, numbered from Monday, are `WEEKDAYS`:

>>> from centasia_claims.reconciliation import WEEKDAYS
>>> WEEKDAYS["tuesday"], WEEKDAYS["во вторник"], WEEKDAYS["рӯзи сешанбе"]
(1, 1, 1)
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import functools
import re
from typing import Final

from dateutil.relativedelta import relativedelta, weekday

from centasia_claims.errors import ParseError
from centasia_claims.model import MONTH_FORMS, PartialDate, Period
from centasia_claims.model import SPEECH_VERBS as _SPEECH_STEMS

__all__ = [
    "DAY_PATTERN",
    "MONTHS",
    "MONTH_PATTERN",
    "RELATIVE_TIMES",
    "SPEECH_VERBS",
    "WEEKDAYS",
    "alternatives",
    "day_number",
    "month_number",
    "resolve_when",
    "spoken_when",
]


class _Unit(enum.Enum):
    YEAR = "year"
    MONTH = "month"
    WEEK = "week"
    DAY = "day"


RELATIVE_TIMES: Final[dict[str, tuple[relativedelta, _Unit]]] = {
    "today": (relativedelta(), _Unit.DAY),
    "yesterday": (relativedelta(days=-1), _Unit.DAY),
    "this week": (relativedelta(), _Unit.WEEK),
    "last week": (relativedelta(weeks=-1), _Unit.WEEK),
    "a week ago": (relativedelta(weeks=-1), _Unit.WEEK),
    "this month": (relativedelta(), _Unit.MONTH),
    "earlier this month": (relativedelta(), _Unit.MONTH),
    "last month": (relativedelta(months=-1), _Unit.MONTH),
    "a month ago": (relativedelta(months=-1), _Unit.MONTH),
    "this year": (relativedelta(), _Unit.YEAR),
    "earlier this year": (relativedelta(), _Unit.YEAR),
    "last year": (relativedelta(years=-1), _Unit.YEAR),
    "a year ago": (relativedelta(years=-1), _Unit.YEAR),
    "сегодня": (relativedelta(), _Unit.DAY),
    "вчера": (relativedelta(days=-1), _Unit.DAY),
    "на этой неделе": (relativedelta(), _Unit.WEEK),
    "на прошлой неделе": (relativedelta(weeks=-1), _Unit.WEEK),
    "неделю назад": (relativedelta(weeks=-1), _Unit.WEEK),
    "в этом месяце": (relativedelta(), _Unit.MONTH),
    "в начале месяца": (relativedelta(), _Unit.MONTH),
    "в прошлом месяце": (relativedelta(months=-1), _Unit.MONTH),
    "месяц назад": (relativedelta(months=-1), _Unit.MONTH),
    "в этом году": (relativedelta(), _Unit.YEAR),
    "в начале года": (relativedelta(), _Unit.YEAR),
    "в прошлом году": (relativedelta(years=-1), _Unit.YEAR),
    "год назад": (relativedelta(years=-1), _Unit.YEAR),
    "имрӯз": (relativedelta(), _Unit.DAY),
    "дирӯз": (relativedelta(days=-1), _Unit.DAY),
    "ҳафтаи ҷорӣ": (relativedelta(), _Unit.WEEK),
    "ҳафтаи гузашта": (relativedelta(weeks=-1), _Unit.WEEK),
    "як ҳафта пеш": (relativedelta(weeks=-1), _Unit.WEEK),
    "моҳи ҷорӣ": (relativedelta(), _Unit.MONTH),
    "моҳи гузашта": (relativedelta(months=-1), _Unit.MONTH),
    "як моҳ пеш": (relativedelta(months=-1), _Unit.MONTH),
    "соли ҷорӣ": (relativedelta(), _Unit.YEAR),
    "имсол": (relativedelta(), _Unit.YEAR),
    "соли гузашта": (relativedelta(years=-1), _Unit.YEAR),
    "як сол пеш": (relativedelta(years=-1), _Unit.YEAR),
}
"""Relative time phrases (English, Russian, Tajik, in lower case): the shift from the publication date, and
the unit whose whole span is meant."""

WEEKDAYS: Final[dict[str, int]] = {
    **dict.fromkeys(("monday", "в понедельник", "рӯзи душанбе"), 0),
    **dict.fromkeys(("tuesday", "во вторник", "рӯзи сешанбе"), 1),
    **dict.fromkeys(("wednesday", "в среду", "рӯзи чоршанбе"), 2),
    **dict.fromkeys(("thursday", "в четверг", "рӯзи панҷшанбе"), 3),
    **dict.fromkeys(("friday", "в пятницу", "рӯзи ҷумъа"), 4),
    **dict.fromkeys(("saturday", "в субботу", "рӯзи шанбе"), 5),
    **dict.fromkeys(("sunday", "в воскресенье", "рӯзи якшанбе"), 6),
}
"""Days of the week (English; Russian and Tajik with the word that makes them a time, "в среду", "рӯзи
чоршанбе", since Tajik "Душанбе" alone is also the capital), in lower case, with their number from Monday
(0): a figure "said on Tuesday" was given on the latest Tuesday on or before the article appeared. The names
are the standard ones of each language's calendar."""

MONTHS: Final[tuple[str, ...]] = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
"""Month names; capitalized only, so that "may" and "march" stay verbs."""

SPEECH_VERBS: Final[tuple[str, ...]] = (
    "said",
    "says",
    "told",
    "announced",
    "reported",
    "stated",
    "estimated",
    "claimed",
    "declared",
    "confirmed",
    "wrote",
)
"""English verbs that date a figure by when it was given: "said in January that around 1,100". In Russian
and Tajik every speech verb of `centasia_claims.model.SPEECH_VERBS` does ("заявил 25 января")."""

_OCCASIONS: Final = (
    "press conference",
    "news conference",
    "briefing",
    "statement",
    "interview",
    "speech",
    "пресс-конференции",
    "пресс-конференция",
    "брифинге",
    "заявлении",
    "интервью",
    "выступлении",
    "нишасти матбуотӣ",
    "нишасти матбуотии",
    "нишасти хабарӣ",
    "нишасти хабарии",
    "мусоҳиба",
    "мусоҳибаи",
    "баёнияи",
    "суханронии",
)
"""Words for the occasion a figure was given at, whose time phrase dates it as a speech verb's does: "at a
press conference on January 25, the minister said 94", "на пресс-конференции 25 января"."""


def _words(words: str) -> str:
    return words.replace(" ", r"\s+")


_SPOKEN_AT: Final = "|".join(
    (
        *SPEECH_VERBS,
        *(  # Russian and Tajik verbs are stems: every ending follows
            _words(stem) + r"\w*"
            for language, table in _SPEECH_STEMS.items()
            if language != "en"
            for stem in sorted(table, key=len, reverse=True)
        ),
        *(_words(words) for words in _OCCASIONS),
    )
)

_VERB_LAST: Final = "|".join(_words(stem) for stem in sorted(_SPEECH_STEMS["tg"], key=len, reverse=True))
"""Tajik speech verbs, which end their clause: a time phrase at most two words before one dates the figure
("моҳи гузашта иброз дошт")."""

_LEADS: Final = ("in", "on", "as of", "в", "во", "на", "дар")
_LEAD = "|".join(_words(lead) for lead in _LEADS)


def alternatives(forms: list[str]) -> str:
    return "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True))


_CYRILLIC_MONTHS: Final = sorted({form for language in ("ru", "tg") for form in MONTH_FORMS[language]})
MONTH_PATTERN = f"(?:(?-i:{alternatives(list(MONTH_FORMS['en']))})|{alternatives(_CYRILLIC_MONTHS)})"
DAY_PATTERN = r"\d{1,2}(?:-?(?:ого|го|ое|е|уми|юми|ум|юм))?"
"""A day of the month: "25", Russian "25-го", Tajik "25-уми"."""
_PHRASE = (
    "|".join(
        re.escape(key).replace(r"\ ", r"\s+")
        for key in sorted((*RELATIVE_TIMES, *WEEKDAYS), key=len, reverse=True)
    )
    + f"|{MONTH_PATTERN}(?:\\s+{DAY_PATTERN}\\b)?|{DAY_PATTERN}\\s+{MONTH_PATTERN}"
)


@functools.cache
def _spoken() -> re.Pattern[str]:
    """A speech verb or an occasion, at most three words (bounded: no backtracking), then the time phrase.

    Compiled on first use, so that importing the library does not pay for it.
    """
    return re.compile(
        rf"\b(?:{_SPOKEN_AT})\b(?:\s+\S+){{0,3}}?\s+"
        rf"(?:(?:{_LEAD})\s+)?(?P<when>{_PHRASE})\b"
        rf"|\b(?P<before>{_PHRASE})(?:\s+[^\s,.;:!?]+){{0,2}}?\s+(?:{_VERB_LAST})\w*\b",
        re.IGNORECASE,
    )


_LEADING: Final = re.compile(rf"\s*(?:{_LEAD})\s+", re.IGNORECASE)
_MONTH_DAY: Final = re.compile(
    rf"(?P<month>{MONTH_PATTERN})(?:\s+(?P<day>{DAY_PATTERN}))?|(?P<day2>{DAY_PATTERN})\s+(?P<month2>{MONTH_PATTERN})",
    re.IGNORECASE,
)


def month_number(name: str) -> int:
    """The number of a month name the patterns found (English as written, Russian and Tajik in any case)."""
    found = MONTH_FORMS["en"].get(name) or MONTH_FORMS["ru"].get(name.lower())
    return found or MONTH_FORMS["tg"][name.lower()]


def day_number(day: str) -> int:
    """The day of a day the patterns found ("25", "25-го", "25-уми")."""
    digits = day[:2] if day[:2].isdigit() else day[:1]
    return int(digits)


_EXPECTED: Final = (
    "expected a time relative to publication, such as 'last month', 'in January' or 'on January 25'"
)


def _shift(phrase: str, *, offset: int) -> tuple[relativedelta, _Unit, bool]:
    """The shift ``phrase[offset:]`` names, its unit, and whether it names a month or day to roll back to."""
    text = phrase[offset:]
    key = " ".join(text.split()).lower()
    if key in RELATIVE_TIMES:
        delta, unit = RELATIVE_TIMES[key]
        return delta, unit, False
    if key in WEEKDAYS:  # the latest such day on or before publication
        return relativedelta(weekday=weekday(WEEKDAYS[key])(-1)), _Unit.DAY, False
    match = _MONTH_DAY.fullmatch(" ".join(text.split()))
    if match is None:
        raise ParseError(_EXPECTED, text=phrase, start=offset)
    month = month_number(match["month"] or match["month2"])
    day_text = match["day"] or match["day2"]
    if day_text is None:
        return relativedelta(month=month), _Unit.MONTH, True
    day = day_number(day_text)
    last = calendar.monthrange(2000, month)[1]  # a leap year: February 29 exists in some year
    if not 1 <= day <= last:
        start = phrase.find(day_text, offset)
        raise ParseError(
            f"{MONTHS[month - 1]} has no day {day}", text=phrase, start=start, end=start + len(day_text)
        )
    return relativedelta(month=month, day=day), _Unit.DAY, True


def _moved(anchor: dt.date, delta: relativedelta, *, roll_back: bool) -> dt.date:
    """The anchor shifted; a named month or day is the latest one on or before the anchor.

    relativedelta clamps a day the month lacks (February 29 in 2017 becomes February 28): such a year is
    skipped for the one before, back to the latest leap year.
    """
    moved: dt.date = anchor + delta
    if not roll_back:
        return moved
    years = 0
    while moved > anchor or (delta.day is not None and moved.day != delta.day):
        years += 1
        moved = anchor + (delta + relativedelta(years=-years))
    return moved


def _floor(day: dt.date, unit: _Unit) -> PartialDate:
    if unit is _Unit.YEAR:
        return PartialDate(day.year)
    if unit is _Unit.MONTH:
        return PartialDate(day.year, day.month)
    if unit is _Unit.WEEK:
        day -= dt.timedelta(days=day.weekday())
    return PartialDate(day.year, day.month, day.day)


def _ceil(day: dt.date, unit: _Unit) -> PartialDate:
    if unit is _Unit.WEEK:
        day += dt.timedelta(days=6 - day.weekday())
    return _floor(day, _Unit.DAY if unit is _Unit.WEEK else unit)


def resolve_when(phrase: str, published: PartialDate) -> Period:
    """The span of time a phrase relative to a publication date may mean, in the phrase's own unit.

    A publication date known only to the month or year widens the span to every day it may mean.

    Raises:
        ParseError: The phrase is not one of `RELATIVE_TIMES`, a day of `WEEKDAYS` or a month with an
            optional day ("in January", "on January 25", "25 January"), or names a day the month lacks.

    >>> str(resolve_when("in January", PartialDate(2017, 3, 12)))
    '2017-01'
    >>> str(resolve_when("in April", PartialDate(2017, 3, 12)))
    '2016-04'
    >>> str(resolve_when("last week", PartialDate(2016, 6, 22)))
    '2016-06-13/2016-06-19'
    >>> MARCH_12 = PartialDate(2017, 3, 12)
    >>> str(resolve_when("в прошлом месяце", MARCH_12))
    '2017-02'
    >>> str(resolve_when("on Tuesday", PartialDate(2019, 2, 13))), str(resolve_when("рӯзи сешанбе", MARCH_12))
    ('2019-02-12', '2017-03-07')
    >>> march = PartialDate(2017, 3)
    >>> str(resolve_when("25 января", march)), str(resolve_when("дар январ", march))
    ('2017-01-25', '2017-01')
    """
    key = " ".join(phrase.split()).lower()
    lead = None if key in RELATIVE_TIMES or key in WEEKDAYS else _LEADING.match(phrase)
    delta, unit, roll_back = _shift(phrase, offset=0 if lead is None else lead.end())
    first = _moved(published.first_day(), delta, roll_back=roll_back)
    last = _moved(published.last_day(), delta, roll_back=roll_back)
    start, end = _floor(first, unit), _ceil(last, unit)
    return Period.of(start) if start == end else Period(start, end)


def spoken_when(text: str) -> str | None:
    """The time phrase that dates when a figure was given, when the text has exactly one such phrase.

    Only a phrase right after a speech verb or the occasion it was said at (within three words) counts, or,
    in Tajik, whose verb ends its clause, a phrase at most two words before a speech verb with no punctuation
    between: in "who had joined the group last year, has since been injured twice" "last year" dates the
    joining, not the count, and is not returned.

    >>> spoken_when("Tajik's Interior Ministry said in January that around 1,100 of its citizens")
    'January'
    >>> spoken_when("who had joined the IS extremist group last year, has since been injured twice") is None
    True
    >>> spoken_when("At a press conference on January 25, the minister put the figure at 94")
    'January 25'
    >>> spoken_when("Как заявила 25 января на брифинге представитель МВД, около 1 100 граждан")
    '25 января'
    >>> spoken_when("Вазири корҳои дохилӣ моҳи гузашта иброз дошт, ки 1 100 нафар")
    'моҳи гузашта'
    """
    found = {" ".join((match["when"] or match["before"]).split()) for match in _spoken().finditer(text)}
    return found.pop() if len(found) == 1 else None
