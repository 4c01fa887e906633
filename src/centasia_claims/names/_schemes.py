"""Romanization schemes for Russian and Tajik Cyrillic, as data: one `Scheme` per standard or convention.

Each table maps lowercase Cyrillic letters to Latin; `transliterate` applies one, with the context rules the
standard states (``е`` after a vowel, ``с`` between vowels ...). Schemes that follow Russian usage
(``russianize``) first spell the six Tajik letters the way Russian-language sources do (``ҳ`` as ``х``,
``ҷ`` as ``дж`` ...), which is how "Гулмурод Ҳалимов" becomes "Gulmurod Khalimov" in English-language wires.

>>> SCHEMES["bgn-pcgn-tg"].letters["ҳ"], SCHEMES["iso-9"].letters["ҳ"], SCHEMES["de"].letters["х"]
('h', 'ḩ', 'ch')
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import attrs

__all__ = ["SCHEMES", "TAJIK_TO_RUSSIAN", "Scheme"]


def _frozen(table: Mapping[str, str]) -> Mapping[str, str]:
    return MappingProxyType(dict(table))


@attrs.frozen(eq=False)
class Scheme:
    """One romanization scheme: a letter table and the contexts that change a letter.

    Attributes:
        id: Short id used in `Name.scheme` and on the command line (``"bgn-pcgn-tg"``).
        label: Human-readable name.
        standard: The standard or convention the table follows, with its edition.
        letters: Lowercase Cyrillic letter (or two-letter sequence) to Latin.
        iotated: Replacements at the start of a word or after a vowel, ``ъ``, ``ь`` or ``й``
            (BGN/PCGN ``е`` -> ``ye``).
        intervocalic: Replacements between two vowels (French and German ``с`` -> ``ss``).
        before_front: Replacements before ``е``, ``и`` or ``й`` (French ``г`` -> ``gu``).
        russianize: Spell Tajik letters as Russian-language sources do before applying the table.

    >>> SCHEMES["bgn-pcgn-ru"].iotated["е"]
    'ye'
    """

    id: str
    label: str
    standard: str
    letters: Mapping[str, str] = attrs.field(converter=_frozen)
    iotated: Mapping[str, str] = attrs.field(default=MappingProxyType({}), converter=_frozen)
    intervocalic: Mapping[str, str] = attrs.field(default=MappingProxyType({}), converter=_frozen)
    before_front: Mapping[str, str] = attrs.field(default=MappingProxyType({}), converter=_frozen)
    russianize: bool = False


TAJIK_TO_RUSSIAN: Mapping[str, str] = MappingProxyType(
    {"ғ": "г", "ӣ": "и", "қ": "к", "ӯ": "у", "ҳ": "х", "ҷ": "дж"}
)
"""How Russian-language sources spell the six Tajik letters (Ҳалимов -> Халимов, Раҳмон -> Рахмон)."""

_COMMON: dict[str, str] = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "з": "z", "и": "i", "к": "k", "л": "l",
    "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
}  # fmt: skip

BGN_PCGN_TAJIK = Scheme(
    id="bgn-pcgn-tg",
    label="BGN/PCGN Tajik",
    standard=(
        "BGN/PCGN 1994 System for Tajik (U.S. Board on Geographic Names and the UK Permanent Committee on "
        "Geographical Names), as reported by the UNGEGN Working Group on Romanization Systems; the obsolete "
        "letters ц, щ, ь and ы follow the system's notes"
    ),
    letters={
        **_COMMON,
        "ғ": "gh", "ё": "yo", "ж": "zh", "ӣ": "í", "й": "y", "қ": "q", "ӯ": "ŭ", "х": "kh", "ҳ": "h",
        "ч": "ch", "ҷ": "j", "ш": "sh", "ъ": "’", "э": "ė", "ю": "yu", "я": "ya", "ц": "ts", "щ": "sh",
        "ь": "", "ы": "i",
        # Note 1 of the system: гҳ, зҳ, кҳ, сҳ keep apart from the digraphs gh, zh, kh, sh.
        "гҳ": "g·h", "зҳ": "z·h", "кҳ": "k·h", "сҳ": "s·h",
    },
)  # fmt: skip

BGN_PCGN_RUSSIAN = Scheme(
    id="bgn-pcgn-ru",
    label="BGN/PCGN Russian",
    standard=(
        "BGN/PCGN 1947 System for Russian (U.S. Board on Geographic Names 1944, UK Permanent Committee on "
        "Geographical Names 1947); Tajik letters first spelled as in Russian-language sources"
    ),
    letters={
        **_COMMON,
        "ё": "ë", "ж": "zh", "й": "y", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "”",
        "ы": "y", "ь": "’", "э": "e", "ю": "yu", "я": "ya",
    },
    iotated={"е": "ye", "ё": "yë"},
    russianize=True,
)  # fmt: skip

ISO_9 = Scheme(
    id="iso-9",
    label="ISO 9 (scholarly)",
    standard=(
        "ISO 9:1995 (identical to GOST 7.79-2000 System A): one Latin letter per Cyrillic letter, "
        "reversible; the Tajik letters as listed by the UNGEGN Working Group on Romanization Systems"
    ),
    letters={
        **_COMMON,
        "ғ": "ġ", "ё": "ë", "ж": "ž", "ӣ": "ī", "й": "j", "қ": "ķ", "ӯ": "ū", "х": "h", "ҳ": "ḩ", "ц": "c",
        "ч": "č", "ҷ": "ç", "ш": "š", "щ": "ŝ", "ъ": "ʺ", "ы": "y", "ь": "ʹ", "э": "è", "ю": "û", "я": "â",
    },
)  # fmt: skip

FRENCH = Scheme(
    id="fr",
    label="French usage",
    standard=(
        "Conventional French transcription of Russian as used by the French press and agencies "
        "(Poutine, Khalimov, Goulmourod); not a formal standard"
    ),
    letters={
        **_COMMON,
        "ё": "io", "ж": "j", "й": "ï", "у": "ou", "х": "kh", "ц": "ts", "ч": "tch", "ш": "ch", "щ": "chtch",
        "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "iou", "я": "ia",
    },
    intervocalic={"с": "ss"},
    before_front={"г": "gu"},
    russianize=True,
)  # fmt: skip

GERMAN = Scheme(
    id="de",
    label="German usage (Duden)",
    standard=(
        "German transcription of Russian as given by the Duden (Wladimir, Chalimow, Tschuikow); "
        "not a formal standard"
    ),
    letters={
        **_COMMON,
        "в": "w", "ё": "jo", "ж": "sch", "з": "s", "й": "i", "х": "ch", "ц": "z", "ч": "tsch", "ш": "sch",
        "щ": "schtsch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "ju", "я": "ja", "дж": "dsch",
    },
    iotated={"е": "je"},
    intervocalic={"с": "ss"},
    russianize=True,
)  # fmt: skip

ICAO = Scheme(
    id="icao",
    label="ICAO (passports)",
    standard=(
        "ICAO Doc 9303, Machine Readable Travel Documents, Part 3 (8th edition, 2021), transliteration of "
        "Cyrillic for the machine-readable zone, as used in the passports of Russia and Central Asia since "
        "2013 (Ё as E, Ъ as IE, Ю as IU, Я as IA); Tajik letters first spelled as in Russian"
    ),
    letters={
        **_COMMON,
        "ё": "e", "ж": "zh", "й": "i", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "ie",
        "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia",
    },
    russianize=True,
)  # fmt: skip

POLISH = Scheme(
    id="pl",
    label="Polish usage",
    standard=(
        "Polish transcription of Russian as set by the Polish Language Council and the PWN dictionaries "
        "(Chalimow, Gułmurod), simplified: л as ł except before е, и, э and й; not a formal standard"
    ),
    letters={
        **_COMMON,
        "в": "w", "ё": "io", "ж": "ż", "й": "j", "л": "ł", "х": "ch", "ц": "c", "ч": "cz", "ш": "sz",
        "щ": "szcz", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia",
    },
    iotated={"е": "je", "ё": "jo", "ю": "ju", "я": "ja"},
    before_front={"л": "l"},
    russianize=True,
)  # fmt: skip

TURKISH = Scheme(
    id="tr",
    label="Turkish usage",
    standard=(
        "Turkish press transcription of Russian and Tajik names in Turkish letters (Halimov, Cabbarov, "
        "Çorşanbe): ж as j, ч as ç, ш as ş, ҷ as c, ғ as ğ, ы as ı; not a formal standard"
    ),
    letters={
        **_COMMON,
        "ғ": "ğ", "ё": "yo", "ж": "j", "ӣ": "i", "й": "y", "қ": "k", "ӯ": "u", "х": "h", "ҳ": "h",
        "ц": "ts", "ч": "ç", "ҷ": "c", "ш": "ş", "щ": "şç", "ъ": "", "ы": "ı", "ь": "", "э": "e",
        "ю": "yu", "я": "ya",
    },
)  # fmt: skip

SCHEMES: Mapping[str, Scheme] = MappingProxyType(
    {
        scheme.id: scheme
        for scheme in (BGN_PCGN_TAJIK, BGN_PCGN_RUSSIAN, ISO_9, FRENCH, GERMAN, ICAO, POLISH, TURKISH)
    }
)
"""Every scheme by id, in the order `romanize` lists their spellings."""

LATIN_TO_TAJIK: Mapping[str, str] = MappingProxyType(
    {
        "shch": "щ", "dzh": "ҷ", "sh": "ш", "ch": "ч", "zh": "ж", "kh": "х", "gh": "ғ", "dj": "ҷ", "yo": "ё",
        "yu": "ю", "ya": "я", "ye": "е", "a": "а", "b": "б", "c": "к", "d": "д", "e": "е", "f": "ф", "g": "г",
        "h": "ҳ", "i": "и", "í": "ӣ", "ī": "ӣ", "j": "ҷ", "k": "к", "l": "л", "m": "м", "n": "н", "o": "о",
        "p": "п", "q": "қ", "r": "р", "s": "с", "t": "т", "u": "у", "ū": "ӯ", "ŭ": "ӯ", "v": "в", "w": "в",
        "x": "х", "y": "й", "z": "з",
    }
)  # fmt: skip
"""A Tajik Cyrillic spelling guessed from an English-based romanization, so that `romanize` can spell a
Latin-script name in the other schemes. ``kh`` may stand for Tajik ``х`` or, through Russian, for ``ҳ``:
`romanize` tries both."""
