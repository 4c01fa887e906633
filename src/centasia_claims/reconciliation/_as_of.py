"""The date a quote states its figure as of: "as of January 2016", "по состоянию на 1 января 2016 года".

A relay that repeats an old figure often says when the figure stood, apart from when the relay appeared: a
full date after an as-of phrase in English, Russian or Tajik, or the year its figures are of ("2015
government figures"). `place` places a figure with no period there, never after the publication.
"""

from __future__ import annotations

import calendar
import re
from typing import Final

from centasia_claims.model import MONTH_FORMS, PartialDate
from centasia_claims.reconciliation._when import (
    DAY_PATTERN,
    MONTH_PATTERN,
    alternatives,
    day_number,
    month_number,
)

__all__ = ["stated_as_of"]


_AS_OF_LEADS: Final = (
    r"as\s+(?:of|at)(?:\s+the\s+end\s+of)?",
    r"по\s+состоянию\s+на",
    r"на\s+конец",
    r"к\s+концу",
    rf"на(?=\s+{DAY_PATTERN}\s+(?:{alternatives(list(MONTH_FORMS['ru']))})\b)",
    r"ба\s+ҳолати",
    r"то\s+охири",
    rf"то(?=\s+{DAY_PATTERN}\s+(?:{alternatives(list(MONTH_FORMS['tg']))})\b)",
)
"""What says a figure is stated as of a date: "as of", "as at the end of"; Russian "по состоянию на", "на
конец", "к концу", and "на" before a day and a month; Tajik "ба ҳолати", "то охири", and "то" before a day
and a month (bare, "на" and "то" also say "for" and "until")."""

_STATED_AS_OF: Final = re.compile(
    rf"\b(?:{'|'.join(_AS_OF_LEADS)})\s+(?:(?P<day>{DAY_PATTERN})\s+)?"
    rf"(?:(?P<month>{MONTH_PATTERN})\s+(?:(?P<day2>\d{{1,2}}),?\s+)?)?(?:соли\s+)?(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def _year(group: str) -> str:
    return rf"(?P<{group}>(?:19|20)\d\d)"


_DATA_OF_A_YEAR: Final = re.compile(
    "|".join(
        (
            (
                rf"\b{_year('year')}\s+(?:(?:official|government|ministry|police)\s+)?"
                r"(?:figures?|data|statistics|estimates?|census|count)\b"
            ),
            (
                r"\b(?:figures?|data|statistics|estimates?)\s+(?:for|from|of)\s+(?:the\s+end\s+of\s+)?"
                rf"{_year('year_after')}\b"
            ),
            rf"\bданны[емх]\s+(?:на|за)\s+(?:конец\s+)?{_year('year_ru')}\s+г",
            rf"\bданны[емх]\s+{_year('year_ru_of')}\s+года\b",
            rf"\bмаълумоти\s+(?:охири\s+)?соли\s+{_year('year_tg')}\b",
        )
    ),
    re.IGNORECASE,
)
"""Figures said to be of a year: "2015 government figures", "data for 2016", "по данным на 2016 год",
"по данным 2016 года", "тибқи маълумоти соли 2016": the figure stands as of that year."""


def stated_as_of(text: str) -> PartialDate | None:
    """The date a quote states its figure as of ("as of January 2016"), when it gives exactly one such date.

    English, Russian and Tajik (`_AS_OF_LEADS`: "по состоянию на 1 января 2016 года", "то охири соли 2015"),
    and figures said to be of a year ("according to 2015 government figures", "по данным на 2016 год",
    "тибқи маълумоти соли 2016": that year).

    Only a full date counts (a year, a month of a year, a day of a month of a year), so that the phrase needs
    no publication date to be read: a relay that says "as of January 2016" in 2018 is a figure of 2016.

    >>> print(stated_as_of("As of January 2016, the ministry counted about 1,100"))
    2016-01
    >>> print(stated_as_of("as at 25 January 2016 there were 94"), stated_as_of("as of the end of 2015, 700"))
    2016-01-25 2015
    >>> stated_as_of("as of today, 94") is None
    True
    >>> print(stated_as_of("По состоянию на 1 января 2016 года"), stated_as_of("то охири соли 2015 700"))
    2016-01-01 2015
    >>> print(stated_as_of("According to 2015 government figures, about 1,000"))
    2015
    """
    found = set()
    for match in _STATED_AS_OF.finditer(text):
        month = month_number(match["month"]) if match["month"] else None
        day_text = match["day"] or match["day2"]
        day = day_number(day_text) if day_text and month is not None else None
        if day is not None and month is not None and day > calendar.monthrange(int(match["year"]), month)[1]:
            continue
        found.add(PartialDate(int(match["year"]), month, day))
    for match in _DATA_OF_A_YEAR.finditer(text):
        found.add(PartialDate(int(next(year for year in match.groups() if year is not None))))
    return found.pop() if len(found) == 1 else None
