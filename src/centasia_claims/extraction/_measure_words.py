"""The words of Russian, Tajik and English reporting that a measure's English label says otherwise.

Source note: curated for this package from the vocabulary of Russian- and Tajik-language reporting on
Central Asian fighters (TASS, RIA Novosti, Asia-Plus, Ozodi, Khovar style): who ("граждан", "шаҳрвандон"),
what happened to them ("вернулись", "погибли", "баргаштанд", "кушта шуданд"), where ("Сирии", "Ироқ") and
the group ("ИГИЛ", "ДИИШ"), each with the English words a measure's label writes for it. A corpus's labels
are usually English, so a figure drafted from a Russian or Tajik article is ranked against them through
this table (`rank_measures`); words are compared by their first five letters, as label words are, so one
entry covers a word's endings ("граждан" covers "гражданин", "граждане", "гражданами"). English reporting
has its own synonyms for the labels' words ("citizens" for "nationals", "traveled" for "went"), and a form
whose first five letters differ from the label's ("joined" for "join"); they are the ``en`` table.

>>> from centasia_claims.extraction import MEASURE_WORDS
>>> MEASURE_WORDS["ru"]["вернулись"], MEASURE_WORDS["tg"]["ДИИШ"]
(('returned',), ('ISIS', 'IS'))

`OUTCOME_WORDS` groups the English words a label uses for what happened to the people it counts (killed,
returned, arrested ...): a figure whose sentence says none of a group's words does not count that outcome.

>>> from centasia_claims.extraction import OUTCOME_WORDS
>>> next(group for group in OUTCOME_WORDS if "killed" in group)[:3]
('killed', 'died', 'deaths')
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

__all__ = ["MEASURE_WORDS", "OUTCOME_WORDS"]

_TAJIK = ("Tajik",)
_CITIZENS = ("citizens", "nationals")
_FIGHTERS = ("fighters", "militants")
_FIGHTING = ("fighting", "fight", "joined", "join")
_JOINED = ("joined", "join", "joining")
_KILLED = ("killed", "died", "deaths")
_DETAINED = ("detained", "arrested")
_GROUP = ("ISIS", "IS")

MEASURE_WORDS: Final = MappingProxyType(
    {
        "en": MappingProxyType(
            {
                "joined": ("join",),
                "joining": ("join",),
                "citizens": ("nationals",),
                "nationals": ("citizens",),
                "traveled": ("went",),
                "travelled": ("went",),
                "headed": ("went",),
            }
        ),
        "ru": MappingProxyType(
            {
                "таджик": _TAJIK,
                "таджикистан": _TAJIK,
                "узбек": ("Uzbek",),
                "узбекистан": ("Uzbek",),
                "кыргыз": ("Kyrgyz",),
                "киргиз": ("Kyrgyz",),
                "граждан": _CITIZENS,
                "уроженцы": ("nationals",),
                "выходцы": ("nationals",),
                "боевики": _FIGHTERS,
                "боевиков": _FIGHTERS,
                "воюют": _FIGHTING,
                "воевать": _FIGHTING,
                "воевали": _FIGHTING,
                "боях": _FIGHTING,
                "боевых": _FIGHTING,
                "погибли": _KILLED,
                "погибших": _KILLED,
                "убиты": _KILLED,
                "убитых": _KILLED,
                "уничтожены": _KILLED,
                "жертв": _KILLED,
                "вернулись": ("returned",),
                "вернувшихся": ("returned",),
                "возвращенцы": ("returned",),
                "задержаны": _DETAINED,
                "задержали": _DETAINED,
                "задержанных": _DETAINED,
                "арестованы": ("arrested",),
                "осуждены": ("sentenced",),
                "приговорены": ("sentenced",),
                "помилованы": ("pardoned",),
                "амнистированы": ("pardoned",),
                "примкнули": _JOINED,
                "примкнувших": _JOINED,
                "присоединились": _JOINED,
                "вступили": _JOINED,
                "рядах": _JOINED,
                "уехали": ("went",),
                "выехали": ("went",),
                "сирия": ("Syria",),
                "сирии": ("Syria",),
                "сирию": ("Syria",),
                "ирак": ("Iraq",),
                "ирака": ("Iraq",),
                "ираке": ("Iraq",),
                "россия": ("Russia",),
                "россии": ("Russia",),
                "россию": ("Russia",),
                "афганистан": ("Afghanistan",),
                "мигрант": ("migrant", "migrants"),
                "трудовых": ("workers", "labour"),
                "ИГ": _GROUP,
                "ИГИЛ": _GROUP,
                "теракт": ("attack",),
                "нападение": ("attack",),
                "москва": ("Moscow",),
                "москве": ("Moscow",),
                "подмосковье": ("Moscow",),
                "тюрьме": ("prison",),
                "заключения": ("prison",),
            }
        ),
        "tg": MappingProxyType(
            {
                "тоҷик": _TAJIK,
                "тоҷикон": _TAJIK,
                "тоҷикистон": _TAJIK,
                "ӯзбек": ("Uzbek",),
                "қирғиз": ("Kyrgyz",),
                "шаҳрванд": _CITIZENS,
                "шаҳрвандон": _CITIZENS,
                "ҷангҷӯ": _FIGHTERS,
                "ҷангҷӯён": _FIGHTERS,
                "ҷангиён": _FIGHTERS,
                "меҷанганд": _FIGHTING,
                "ҷангиданд": _FIGHTING,
                "набард": _FIGHTING,
                "набардҳо": _FIGHTING,
                "кушта": _KILLED,
                "ҳалок": _KILLED,
                "баргаштанд": ("returned",),
                "баргаштагон": ("returned",),
                "боздошт": _DETAINED,
                "ҳабс": ("arrested",),
                "маҳкум": ("sentenced",),
                "афв": ("pardoned",),
                "пайвастанд": _JOINED,
                "пайвастагон": _JOINED,
                "сафи": _JOINED,
                "рафтанд": ("went",),
                "сурия": ("Syria",),
                "ироқ": ("Iraq",),
                "русия": ("Russia",),
                "афғонистон": ("Afghanistan",),
                "муҳоҷир": ("migrant", "migrants"),
                "муҳоҷирони": ("migrant", "migrants"),
                "ДИИШ": _GROUP,
                "ҳамла": ("attack",),
                "маскав": ("Moscow",),
                "зиндон": ("prison",),
            }
        ),
    }
)
"""Russian, Tajik and English words (``ru``, ``tg``, ``en``) with the English words a measure's label writes
for them."""

OUTCOME_WORDS: Final = (
    ("killed", "died", "deaths", "death", "dead", "killing", "perished"),
    ("returned", "return", "returnees", "repatriated"),
    ("arrested", "arrests", "detained", "detentions", "detention", "captured"),
    ("imprisoned", "prison", "prisons", "prisoners", "jailed", "sentenced", "convicted"),
    ("injured", "wounded", "injuries"),
    ("displaced",),
    ("missing",),
    ("pardoned", "amnesty", "amnestied"),
)
"""The English words of a measure's label that say what happened to the people it counts, in groups of one
outcome each (source note: the outcomes the reporting on Central Asian fighters counts: deaths, returns,
arrests, prison terms, injuries, displacement, the missing, pardons). A label that holds a word of a group
fits a figure only where its sentence, or the sentence before, says the outcome in some word of the group (or
a Russian or Tajik word `MEASURE_WORDS` gives for one): "1,900 citizens fought in Syria" is not a count of
the killed, however many of the label's other words it holds."""
