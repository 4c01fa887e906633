"""Scale words and hedges of the European languages quotes pass through on their way into English reporting.

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
    1_000: ("tausend", "mille", "mila", "mil", "bin"),
    1_000_000: ("million", "millionen", "mio", "millions", "milioni", "milione", "mln", "millones", "millón",
                "milhões", "milhão", "milyon"),
    1_000_000_000: ("milliarde", "milliarden", "mrd", "milliard", "milliards", "miliardi", "miliardo",
                    "mld", "mil millones", "bilhões", "milyar"),
}

HEDGES: Final[dict[str, str]] = {
    **dict.fromkeys(("etwa", "rund", "ungefähr", "circa", "environ", "quelque", "quelques", "près de",
                     "unos", "unas", "alrededor de", "aproximadamente", "cerca de", "yaklaşık", "tahminen",
                     "approssimativamente", "intorno a"), "approximate"),
    **dict.fromkeys(("fast", "knapp", "presque", "casi", "quase", "neredeyse", "quasi"), "nearly"),
    **dict.fromkeys(("mindestens", "au moins", "almeno", "al menos", "pelo menos", "en az"), "at_least"),
    **dict.fromkeys(("mehr als", "über", "plus de", "oltre", "più di", "más de", "mais de"), "more_than"),
    **dict.fromkeys(("bis zu", "jusqu'à", "fino a", "hasta", "até"), "at_most"),
    **dict.fromkeys(("weniger als", "moins de", "meno di", "menos de"), "less_than"),
}

# Turkish writes the hedge after the figure and its case ending: "300'den fazla", "300 kadar".
SUFFIX_HEDGES: Final[dict[str, str]] = {
    "fazla": "more_than", "kadar": "approximate", "civarında": "approximate",
}
# fmt: on
