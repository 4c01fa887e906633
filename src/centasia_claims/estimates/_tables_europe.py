"""Scale words and hedges of the European languages quotes pass through on their way into English reporting.

Ukrainian is here too: its hedges and scale words differ from the Russian ones ("близько", "понад", "тисяч").
"cerca de" is read as "about", as Portuguese uses it (Spanish leans to "nearly"); "près de" as "nearly".

German, French, Italian, Spanish, Portuguese and Turkish copies of Central Asian reporting carry figures as
"2,5 Millionen", "4,2 millions", "2.750 vittime", "yaklaşık 300": their number format is set by ``language=``
(`_formats`), and these tables read their scale words and most common hedges. Data, restated in
``docs/estimates.md``; from the languages' reference grammars (Duden, Grevisse, Serianni, RAE, TDK).
"""

from __future__ import annotations

from typing import Final

__all__ = ["HEDGES", "SCALES", "SUFFIX_HEDGES"]

# fmt: off
SCALES: Final[dict[int, tuple[str, ...]]] = {
    1_000: ("tausend", "mille", "mila", "mil", "bin", "тисяча", "тисячі", "тисяч", "тис"),
    1_000_000: ("million", "millionen", "mio", "millions", "milioni", "milione", "mln", "millones", "millón",
                "milhões", "milhão", "milyon", "мільйон", "мільйони", "мільйонів", "мільйона"),
    1_000_000_000: ("milliarde", "milliarden", "mrd", "milliard", "milliards", "miliardi", "miliardo",
                    "mld", "mil millones", "bilhões", "milyar", "мільярд", "мільярди", "мільярдів"),
}

HEDGES: Final[dict[str, str]] = {
    **dict.fromkeys(("etwa", "rund", "ungefähr", "circa", "environ", "quelque", "quelques",
                     "unos", "unas", "alrededor de", "aproximadamente", "cerca de", "yaklaşık", "tahminen",
                     "approssimativamente", "intorno a", "близько", "приблизно", "орієнтовно"),
                    "approximate"),
    **dict.fromkeys(("fast", "knapp", "presque", "casi", "quase", "neredeyse", "quasi", "майже", "près de"),
                    "nearly"),
    **dict.fromkeys(("mindestens", "au moins", "almeno", "al menos", "pelo menos", "en az", "щонайменше",
                     "принаймні"), "at_least"),
    **dict.fromkeys(("mehr als", "über", "plus de", "oltre", "più di", "más de", "mais de", "понад",
                     "більше ніж", "більш як"), "more_than"),
    **dict.fromkeys(("bis zu", "jusqu'à", "fino a", "hasta", "até"), "at_most"),
    **dict.fromkeys(("weniger als", "moins de", "meno di", "menos de"), "less_than"),
}

# Turkish writes the hedge after the figure and its case ending: "300'den fazla", "300 kadar".
SUFFIX_HEDGES: Final[dict[str, str]] = {
    "fazla": "more_than", "kadar": "approximate", "civarında": "approximate",
}
# fmt: on
