"""The words that say who gave a figure: speech verbs and attribution phrases, in English, Russian and Tajik.

Source note: curated for this package from the reporting verbs of the bundled seed documents and of wire and
regional news style (English: "said", "told", "according to", "citing"; Russian: "по словам", "по данным",
"сообщил", "заявил", "со ссылкой на"; Tajik: "гуфт", "иброз дошт", "ба гуфтаи", "тибқи маълумоти"), with the
`Verb` each one passes a claim on with. A verb is matched as a whole word at the start of a word (Russian and
Tajik verbs by their stems, so every gender, number and tense ending matches); matching is case-insensitive.

>>> from centasia_claims.extraction import SPEECH_VERBS, SOURCE_PHRASES
>>> SPEECH_VERBS["en"]["told"].value, SOURCE_PHRASES["ru"]["по данным"].value
('told', 'according_to')
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

from centasia_claims.model import Verb

__all__ = [
    "ADVERB_SOURCES",
    "BACK_REFERENCES",
    "DATELINE_DASHES",
    "IMPERSONAL",
    "REFLEXIVE",
    "SOURCE_PHRASES",
    "SPEECH_VERBS",
    "VERB_FIRST",
]

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
                "сообщало": _V.REPORTED,
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

SOURCE_PHRASES: Final = MappingProxyType(
    {
        "en": MappingProxyType(
            {
                "according to": _V.ACCORDING_TO,
                "citing": _V.SAID,
                "quoting": _V.SAID,
                "as reported by": _V.REPORTED,
                "in the words of": _V.SAID,
            }
        ),
        "ru": MappingProxyType(
            {
                "по словам": _V.SAID,
                "по данным": _V.ACCORDING_TO,
                "по информации": _V.ACCORDING_TO,
                "по оценкам": _V.ESTIMATED,
                "согласно": _V.ACCORDING_TO,
                "со ссылкой на": _V.SAID,
                "по сведениям": _V.ACCORDING_TO,
                "по оценке": _V.ESTIMATED,
                "по подсчетам": _V.ESTIMATED,
                "по подсчётам": _V.ESTIMATED,
                "по мнению": _V.BELIEVED,
                "по версии": _V.ACCORDING_TO,
                "по утверждению": _V.CLAIMED,
                "по утверждениям": _V.CLAIMED,
            }
        ),
        "tg": MappingProxyType(
            {
                "ба гуфтаи": _V.SAID,
                "тибқи маълумоти": _V.ACCORDING_TO,
                "бино ба маълумоти": _V.ACCORDING_TO,
                "ба иттилои": _V.ACCORDING_TO,
                "тибқи": _V.ACCORDING_TO,
                "бо истинод ба": _V.SAID,
                "ба қавли": _V.SAID,
                "мувофиқи маълумоти": _V.ACCORDING_TO,
                "аз рӯйи маълумоти": _V.ACCORDING_TO,
                "аз рӯи маълумоти": _V.ACCORDING_TO,
                "ба назари": _V.BELIEVED,
                "ба ақидаи": _V.BELIEVED,
            }
        ),
    }
)
"""Attribution phrases by language: the speaker is named right after them ("according to the ministry")."""

ADVERB_SOURCES: Final = MappingProxyType(
    {"officially": _V.ACCORDING_TO, "официально": _V.ACCORDING_TO, "расман": _V.ACCORDING_TO}
)
"""Adverbs that are themselves the source of what follows in their clause ("Officially, 1.3 million …")."""

IMPERSONAL: Final = MappingProxyType(
    {
        "ru": (("ли",), ("в", "во")),
        "tg": (("анд",), ("дар",)),
    }
)
"""Speech verbs in the plural with no subject, whose speaker is the body named after a preposition, by
language: the verb endings and the prepositions ("как сообщили в ГКНБ", "в МВД заявили"; "дар ВКД
гуфтанд"): the speaker is ГКНБ, МВД, ВКД, without the preposition."""

BACK_REFERENCES: Final = MappingProxyType(
    {
        "ru": frozenset(
            {
                "об этом", "обо всем этом", "об этих данных", "это", "эти данные", "эти цифры", "эту цифру",
                "эти сведения", "эту информацию", "такие данные", "такие цифры", "такую цифру",
                "такие сведения", "данную информацию",
            }
        ),
        "tg": frozenset(
            {
                "инро", "ин маълумотро", "ин рақамро", "ин рақамҳоро", "ин хабарро", "дар ин бора",
                "дар ин хусус",
            }
        ),
    }
)  # fmt: skip
"""Words that open a sentence and point back to what the sentence before it said, by language ("Об этом
сообщил министр", "Такие цифры привел глава МВД", "Инро вазир гуфт"): the speaker named with them (after
the verb in Russian, before it in Tajik) gives the figures of that sentence, which name no speaker."""

VERB_FIRST: Final = frozenset({"ru"})
"""Languages whose subject follows the verb when a phrase of place, time or topic opens the clause ("В
интервью ТАСС заявил министр", "Об этом сообщил министр"): the speaker is read after the verb there."""

REFLEXIVE: Final = MappingProxyType({"ru": (("ся", "сь"), ("как",))})
"""Speech verbs in a reflexive form, which name no speaker ("сообщается, что", "как сообщалось"), by
language: the endings, and the words before one that make it a hedge ("как сообщается": reportedly) rather
than an unnamed source."""

DATELINE_DASHES: Final = ("--", "—", "–", "-")
"""The dashes that end a wire dateline ("DUSHANBE --", "MOSCOW, March 23 (Reuters) -", "ALMATY, Kazakhstan
—"): the place, date and outlet before one are where and by whom the story was filed, never a speaker."""
