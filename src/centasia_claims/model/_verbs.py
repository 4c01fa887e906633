"""Speech verbs by language: the words that say a speaker gave a figure, and the `Verb` each passes it with.

Source note: curated for this package from the reporting verbs of the bundled seed documents and of wire and
regional news style (English: "said", "told", "announced"; Russian: "сообщил", "заявил", "рассказал"; Tajik:
"гуфт", "иброз дошт", "хабар дод"). Russian and Tajik verbs are stems, so every gender, number and tense
ending matches ("заявил" matches "заявила", "заявили"); English verbs are whole words. Drafting claims reads
speakers by them (`centasia_claims.extraction`), import reads a chain's verb written in any of the languages,
and reconciliation dates a figure by a time phrase after one.

>>> from centasia_claims.model import SPEECH_VERBS, speech_verb
>>> SPEECH_VERBS["ru"]["сообщил"].value
'reported'
>>> speech_verb("заявила"), speech_verb("иброз дошт"), speech_verb("told"), speech_verb("tolder")
(<Verb.SAID: 'said'>, <Verb.SAID: 'said'>, <Verb.TOLD: 'told'>, None)
"""

from __future__ import annotations

import functools
from types import MappingProxyType
from typing import Final

from centasia_claims.model._claims import Verb

__all__ = ["SPEECH_VERBS", "speech_verb"]

_V = Verb

SPEECH_VERBS: Final = MappingProxyType(
    {
        "en": MappingProxyType(
            {
                "said": _V.SAID,
                "says": _V.SAID,
                "say": _V.SAID,
                "added": _V.SAID,
                "adds": _V.SAID,
                "noted": _V.SAID,
                "notes": _V.SAID,
                "stated": _V.SAID,
                "stressed": _V.SAID,
                "explained": _V.SAID,
                "warned": _V.SAID,
                "acknowledged": _V.SAID,
                "admitted": _V.SAID,
                "told": _V.TOLD,
                "tells": _V.TOLD,
                "estimated": _V.ESTIMATED,
                "estimates": _V.ESTIMATED,
                "estimate": _V.ESTIMATED,
                "claimed": _V.CLAIMED,
                "claims": _V.CLAIMED,
                "claim": _V.CLAIMED,
                "boasted": _V.CLAIMED,
                "reported": _V.REPORTED,
                "reports": _V.REPORTED,
                "report": _V.REPORTED,
                "suggest": _V.REPORTED,
                "suggests": _V.REPORTED,
                "indicates": _V.REPORTED,
                "indicate": _V.ACCORDING_TO,
                "show": _V.ACCORDING_TO,
                "shows": _V.ACCORDING_TO,
                "saying": _V.SAID,
                "declared": _V.DECLARED,
                "declares": _V.DECLARED,
                "wrote": _V.WROTE,
                "writes": _V.WROTE,
                "believe": _V.BELIEVED,
                "believes": _V.BELIEVED,
                "believed": _V.BELIEVED,
                "think": _V.BELIEVED,
                "thinks": _V.BELIEVED,
                "characterized": _V.CHARACTERIZED,
                "described": _V.CHARACTERIZED,
                "announced": _V.ANNOUNCED,
                "announces": _V.ANNOUNCED,
                "found": _V.FOUND,
                "finds": _V.FOUND,
                "revealed": _V.FOUND,
                "alleged": _V.ALLEGED,
                "alleges": _V.ALLEGED,
                "blamed": _V.ALLEGED,
                "accused": _V.ALLEGED,
                "confirmed": _V.CONFIRMED,
                "confirms": _V.CONFIRMED,
                "denied": _V.DENIED,
                "denies": _V.DENIED,
                "insisted": _V.CLAIMED,
                "insists": _V.CLAIMED,
                "maintained": _V.CLAIMED,
                "maintains": _V.CLAIMED,
                "asserted": _V.CLAIMED,
                "argued": _V.CLAIMED,
                "argues": _V.CLAIMED,
                "conceded": _V.SAID,
                "recalled": _V.SAID,
                "testified": _V.SAID,
                "disclosed": _V.ANNOUNCED,
                "informed": _V.TOLD,
                "briefed": _V.TOLD,
                "reckons": _V.ESTIMATED,
                "reckoned": _V.ESTIMATED,
            }
        ),
        "ru": MappingProxyType(
            {
                "сказал": _V.SAID,
                "заявил": _V.SAID,
                "заявля": _V.SAID,
                "отметил": _V.SAID,
                "добавил": _V.SAID,
                "подчеркнул": _V.SAID,
                "подчеркива": _V.SAID,
                "говорит": _V.SAID,
                "говорил": _V.SAID,
                "рассказал": _V.TOLD,
                "признал": _V.SAID,
                "признает": _V.SAID,
                "пояснил": _V.SAID,
                "уточнил": _V.SAID,
                "озвучил": _V.ANNOUNCED,
                "сообщил": _V.REPORTED,
                "сообщает": _V.REPORTED,
                "сообщал": _V.REPORTED,
                "сообщают": _V.REPORTED,
                "сообщается": _V.REPORTED,
                "пишет": _V.WROTE,
                "написал": _V.WROTE,
                "объявил": _V.ANNOUNCED,
                "считает": _V.BELIEVED,
                "считают": _V.BELIEVED,
                "оценива": _V.ESTIMATED,
                "утвержда": _V.CLAIMED,
                "подтверди": _V.CONFIRMED,
                "опроверг": _V.DENIED,
                "говорят": _V.SAID,
                "отмеча": _V.SAID,
                "добавля": _V.SAID,
                "поясня": _V.SAID,
                "уточня": _V.SAID,
                "привел": _V.SAID,
                "привод": _V.SAID,
                "назвал": _V.SAID,
                "называ": _V.SAID,
                "привёл": _V.SAID,
                "рассказыва": _V.TOLD,
                "передает": _V.REPORTED,
                "передаёт": _V.REPORTED,
                "информир": _V.REPORTED,
                "полага": _V.BELIEVED,
                "считал": _V.BELIEVED,
                "подсчитал": _V.ESTIMATED,
            }
        ),
        "tg": MappingProxyType(
            {
                "гуфт": _V.SAID,
                "мегӯ": _V.SAID,
                "иброз дошт": _V.SAID,
                "изҳор дошт": _V.SAID,
                "изҳор кард": _V.SAID,
                "хабар дод": _V.REPORTED,
                "хабар медиҳ": _V.REPORTED,
                "гузориш дод": _V.REPORTED,
                "эълон кард": _V.ANNOUNCED,
                "навишт": _V.WROTE,
                "тасдиқ кард": _V.CONFIRMED,
                "рад кард": _V.DENIED,
                "тахмин мезан": _V.ESTIMATED,
                "қайд кард": _V.SAID,
                "қайд намуд": _V.SAID,
                "қайд мекун": _V.SAID,
                "афзуд": _V.SAID,
                "илова кард": _V.SAID,
                "баён дошт": _V.SAID,
                "баён кард": _V.SAID,
                "иттилоъ дод": _V.REPORTED,
                "иттилоъ медиҳ": _V.REPORTED,
                "менавис": _V.WROTE,
                "муътақид": _V.BELIEVED,
                "мӯътақид": _V.BELIEVED,
            }
        ),
    }
)
"""Speech verbs by language: the word (a stem in Russian and Tajik) and the `Verb` it passes a claim with."""


@functools.cache
def _stems() -> tuple[tuple[str, Verb], ...]:
    """The Russian and Tajik stems, longest first, so that the most specific stem decides."""
    found = {
        stem: verb
        for language, table in SPEECH_VERBS.items()
        if language != "en"
        for stem, verb in table.items()
    }
    return tuple(sorted(found.items(), key=lambda item: (-len(item[0]), item[0])))


def speech_verb(words: str) -> Verb | None:
    """The `Verb` a speech verb passes a claim with, in any language of `SPEECH_VERBS`, or ``None``.

    ``words`` is the verb as written (any case; Tajik compound verbs are two words): an English verb must be
    a word of the table; a Russian or Tajik one must start with a stem of the table and add only letters to
    its last word ("заявила"; not "хабар дода буд", which adds a word).

    >>> speech_verb("Сообщили"), speech_verb("хабар дод"), speech_verb("said so")
    (<Verb.REPORTED: 'reported'>, <Verb.REPORTED: 'reported'>, None)
    """
    key = " ".join(words.lower().split())
    found = SPEECH_VERBS["en"].get(key)
    if found is not None:
        return found
    for stem, verb in _stems():
        if key.startswith(stem) and (len(key) == len(stem) or key[len(stem) :].isalpha()):
            return verb
    return None
