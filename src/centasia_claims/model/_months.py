"""Month names as news writes them, in English, Russian and Tajik, with the number of the month.

Source note: the Gregorian month names of English (with the abbreviations of wire style: "Jan", "Sept"), of
Russian in the cases a date puts them in (nominative "январь", genitive "25 января", prepositional "в январе",
and the abbreviations "янв", "сент"), and of Tajik (the names borrowed from Russian, "январ", with the izofa
"январи" of "январи соли 2016"). English names are written capitalized, as they must be found ("may" and
"march" are verbs); Russian and Tajik names in lower case. Estimates refuse a number beside one as a date,
and reconciliation reads dates written with them.

>>> from centasia_claims.model import MONTH_FORMS
>>> MONTH_FORMS["en"]["Sept"], MONTH_FORMS["ru"]["января"], MONTH_FORMS["tg"]["январи"]
(9, 1, 1)
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

__all__ = ["MONTH_FORMS"]


def _numbered(*months: tuple[str, ...]) -> MappingProxyType[str, int]:
    """Each form of each month (the months in order), with the month's number."""
    return MappingProxyType({form: number for number, forms in enumerate(months, 1) for form in forms})


MONTH_FORMS: Final = MappingProxyType(
    {
        "en": _numbered(
            ("January", "Jan"),
            ("February", "Feb"),
            ("March", "Mar"),
            ("April", "Apr"),
            ("May",),
            ("June", "Jun"),
            ("July", "Jul"),
            ("August", "Aug"),
            ("September", "Sep", "Sept"),
            ("October", "Oct"),
            ("November", "Nov"),
            ("December", "Dec"),
        ),
        "ru": _numbered(
            ("январь", "января", "январе", "янв"),
            ("февраль", "февраля", "феврале", "фев"),
            ("март", "марта", "марте", "мар"),
            ("апрель", "апреля", "апреле", "апр"),
            ("май", "мая", "мае"),
            ("июнь", "июня", "июне", "июн"),
            ("июль", "июля", "июле", "июл"),
            ("август", "августа", "августе", "авг"),
            ("сентябрь", "сентября", "сентябре", "сен", "сент"),
            ("октябрь", "октября", "октябре", "окт"),
            ("ноябрь", "ноября", "ноябре", "ноя", "нояб"),
            ("декабрь", "декабря", "декабре", "дек"),
        ),
        "tg": _numbered(
            ("январ", "январи"),
            ("феврал", "феврали"),
            ("март", "марти"),
            ("апрел", "апрели"),
            ("май", "майи"),
            ("июн", "июни"),
            ("июл", "июли"),
            ("август", "августи"),
            ("сентябр", "сентябри"),
            ("октябр", "октябри"),
            ("ноябр", "ноябри"),
            ("декабр", "декабри"),
        ),
    }
)
"""Month names by language (``en``, ``ru``, ``tg``): each form as written, with its month's number (1-12)."""
