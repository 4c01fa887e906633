"""Kyrgyz, Kazakh and Uzbek hedges, as the regional press writes them around figures.

Data, restated in ``docs/estimates.md``. Figures in these languages are mostly written in digits, so the
tables hold the hedges and the case endings a figure takes before a postposition ("1000-нан астам" is more
than 1000; "1000 dan ortiq" the same in Uzbek), not the number words. Sources: the hedges as used by
Azattyk (ky), Azattyq (kk) and Ozodlik (uz), and the case endings of their grammars (ablative -дан/-ден/
-тан/-тен/-нан/-нен, dative -га/-ге/-ка/-ке/-ға/-ғе/-қа/-ке).
"""

from __future__ import annotations

from typing import Final

__all__ = ["CASE_ENDINGS", "HEDGES", "SCALES", "SUFFIX_HEDGES", "UNIT_NOUNS"]

# fmt: off
HEDGES: Final[dict[str, str]] = {
    # Kazakh
    **dict.fromkeys(("шамамен", "шамасы"), "approximate"),
    **dict.fromkeys(("кем дегенде", "ең кемі"), "at_least"),
    # Kyrgyz
    **dict.fromkeys(("болжол менен", "болжолу", "чамасы"), "approximate"),
    **dict.fromkeys(("кеминде", "эң аз дегенде"), "at_least"),
    # Uzbek, Latin and Cyrillic
    **dict.fromkeys(("taxminan", "тахминан", "taxminiy", "тахминий"), "approximate"),
    **dict.fromkeys(("qariyb", "қарийб", "deyarli", "деярли"), "nearly"),
    **dict.fromkeys(("kamida", "камида", "eng kamida"), "at_least"),
    **dict.fromkeys(("faqat", "фақат", "atigi", "атиги", "тек", "небәрі", "бар болғаны"), "exact"),
}

# Case endings a figure takes before a postposition, glued ("1000дан") or after a hyphen ("1000-нан").
CASE_ENDINGS: Final = frozenset({
    "дан", "ден", "тан", "тен", "нан", "нен", "га", "ге", "ка", "ке", "ға", "ғе", "қа", "го", "гө", "ко",
    "кө", "дын", "дин", "dan", "ga", "ka", "qa", "tadan", "taga", "та", "тадан", "ta", "нафардан", "nafardan",
    "kishidan", "кишиден", "адамнан", "адамдан", "адамга", "кишиге", "nafarga",
})

# ("аз", Kyrgyz "less than" after an ablative, is left out: it is Tajik "from" and would misread
# "садҳо тан аз".)
# Postpositions after a figure (and its case ending): "1000-нан астам", "1000 dan ortiq", "1000 gacha".
SUFFIX_HEDGES: Final[dict[str, str]] = {
    # Kazakh
    "астам": "more_than", "аса": "more_than", "артық": "more_than", "жуық": "nearly", "шақты": "approximate",
    "дейін": "at_most", "кем": "less_than", "ғана": "exact",
    # Kyrgyz
    "ашык": "more_than", "ашуун": "more_than", "жакын": "nearly", "чейин": "at_most",
    "чакты": "approximate",
    # Uzbek
    "ortiq": "more_than", "ортиқ": "more_than", "ko'proq": "more_than", "кўпроқ": "more_than",
    "ziyod": "more_than", "зиёд": "more_than", "yaqin": "nearly", "яқин": "nearly", "atrofida": "approximate",
    "атрофида": "approximate", "gacha": "at_most", "гача": "at_most", "kam": "less_than",
}

# Scale words, with the case endings they take before a postposition ("2 мыңға жуық": nearly 2,000).
SCALES: Final[dict[int, tuple[str, ...]]] = {
    1_000: ("мың", "мыңға", "мыңнан", "мыңдан", "миң", "миңге", "миңден", "ming", "mingga", "mingdan",
            "минг", "мингга", "мингдан", "мыңнан", "мыңның"),
    1_000_000: ("миллионға", "миллионнан", "миллиондан", "millionga", "milliondan", "million", "миллионга"),
}

# Unit nouns written between the figure and the postposition.
UNIT_NOUNS: Final[dict[str, str]] = {
    **dict.fromkeys(("адам", "киши", "kishi", "nafar", "нафар", "адамнан", "кишиден"), "people"),
    **dict.fromkeys(("пайыз", "пайызы", "пайыздан", "foiz", "foizi", "фоиз"), "percent"),
    **dict.fromkeys(("жыл", "жылы", "yil", "йил"), "years"),
}
# fmt: on
