"""The words that say who gave a figure: speech verbs and attribution phrases, in English, Russian and Tajik.

Source note: curated for this package from the reporting phrases of the bundled seed documents and of wire and
regional news style (English: "according to", "citing"; Russian: "по словам", "по данным", "со ссылкой на";
Tajik: "ба гуфтаи", "тибқи маълумоти"), with the `Verb` each one passes a claim on with. The speech verbs
(`SPEECH_VERBS`: "said", "сообщил", "иброз дошт") are the model's table, shared with import and
reconciliation, and re-exported here. A verb is matched as a whole word at the start of a word (Russian and
Tajik verbs by their stems, so every gender, number and tense ending matches); matching is case-insensitive.

>>> from centasia_claims.extraction import SPEECH_VERBS, SOURCE_PHRASES
>>> SPEECH_VERBS["en"]["told"].value, SOURCE_PHRASES["ru"]["по данным"].value
('told', 'according_to')
>>> from centasia_claims.extraction import LEGAL_NOUNS, PARENTHETICAL
>>> "моддаи" in LEGAL_NOUNS["tg"], "как" in PARENTHETICAL["ru"]
(True, True)
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

from centasia_claims.model import SPEECH_VERBS, Verb

__all__ = [
    "ADVERB_SOURCES",
    "BACK_REFERENCES",
    "DATELINE_DASHES",
    "IMPERSONAL",
    "LEGAL_NOUNS",
    "PARENTHETICAL",
    "REFLEXIVE",
    "SOURCE_PHRASES",
    "SPEECH_VERBS",
    "VERB_FIRST",
]

_V = Verb

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

PARENTHETICAL: Final = MappingProxyType({"ru": frozenset({"как"})})
"""Words that open an aside whose speaker follows its verb, by language ("Из них, как уточнил министр, …":
as the minister specified): the speaker is read after the verb, not from the words before the aside."""

LEGAL_NOUNS: Final = MappingProxyType(
    {
        "en": frozenset({"article", "section", "paragraph", "law", "resolution", "decree", "clause"}),
        "ru": frozenset(
            {
                "статье", "статьям", "статьи", "закону", "законом", "приговору", "решению", "постановлению",
                "указу", "пункту", "части", "кодексу", "резолюции",
            }
        ),
        "tg": frozenset(
            {
                "моддаи", "моддаҳои", "қонуни", "қарори", "фармони", "ҳукми", "кодекси", "банди", "қисми",
                "қатъномаи",
            }
        ),
    }
)  # fmt: skip
"""Nouns of laws and documents that, right after an attribution phrase, make it "under" one, not a source
("согласно статье 205", "тибқи моддаи 401": under article 401; "according to Article 5"), by language."""
