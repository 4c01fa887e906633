"""The data behind name keys: letter tables, transcription readings, folding rules, titles and name forms.

Everything `normalize_name` and `compare_names` do is driven by these tables; each folding rule carries the
label that `compare_names` shows as a reason ("kh/h", "a/o/u" ...). Patterns are plain alternations and
anchored suffixes, safe against catastrophic backtracking.

>>> KEY_CYRILLIC["ҳ"], KEY_CYRILLIC["х"], LATIN_LETTERS["ḩ"]
('h', 'kh', 'h')
"""

from __future__ import annotations

import re
from types import MappingProxyType
from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = [
    "CASE_ENDINGS",
    "DESCRIPTORS",
    "DISTINCT_NAMES",
    "DROPPED_GIVEN_NAMES",
    "DROPPED_WORDS",
    "FOLD_RULES",
    "GIVEN_ENDINGS",
    "ISO_9_LETTERS",
    "KEY_CYRILLIC",
    "LATIN_LETTERS",
    "PARTICLES",
    "PATRONYMIC_SUFFIXES",
    "PATRONYMIC_WORDS",
    "READINGS",
    "SLIP_MIN_LETTERS",
    "SURNAME_SUFFIXES",
    "TITLES",
    "TITLE_WORDS",
    "TURKISH_LETTERS",
    "TURKISH_MARKER",
    "WRITTEN_ALIKE",
    "Reading",
    "Rule",
    "TitleWords",
]


@attrs.frozen
class Rule:
    """One rewrite: a regular expression, its replacement and the label shown as a reason.

    >>> FOLD_RULES[0].label
    'shch/sh'
    """

    pattern: str
    replacement: str
    label: str


@attrs.frozen
class Reading:
    """How to read a Latin name written for Polish, German or French readers or in ISO 9, before the folding.

    Attributes:
        label: Shown as a reason ("German transcription").
        marker: A name with any Latin token matching this, as written or with its letters read
            (`LATIN_LETTERS`), is read this way.
        rules: Rewrites to the English-based spelling, tried left to right at each position.
        merges: Letters the transcription writes alike (German writes both з and с as s): a key cannot
            pick one, so when a part read this way is compared, both parts are read with these rewrites
            as well (`compare_names` then says which); keys and everyone else's comparisons keep them apart.

    >>> [reading.label for reading in READINGS]
    ['Polish transcription', 'ISO 9 transliteration', 'German transcription', 'French transcription']
    >>> [rule.label for rule in READINGS[2].merges][::3]
    ['German sch for ж and ш', 'German s for з, с and ц']
    """

    label: str
    marker: str
    rules: tuple[Rule, ...]
    merges: tuple[Rule, ...] = ()


KEY_CYRILLIC: Mapping[str, str] = MappingProxyType(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "ғ": "gh", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
        "з": "z", "и": "i", "ӣ": "i", "й": "y", "к": "k", "қ": "q", "л": "l", "м": "m", "н": "n", "о": "o",
        "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ӯ": "u", "ф": "f", "х": "kh", "ҳ": "h",
        "ц": "ts", "ч": "ch", "ҷ": "j", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e",
        "ю": "yu", "я": "ya",
        # Other Cyrillic alphabets of the region and its neighbours (Uzbek, Kazakh, Kyrgyz, Ukrainian).
        "ў": "u", "ә": "a", "ө": "o", "ү": "u", "ұ": "u", "ң": "ng", "һ": "h", "і": "i", "ї": "yi",
        "є": "ye", "ґ": "g", "ј": "y",
    }
)  # fmt: skip
"""Cyrillic to Latin for keys: the BGN/PCGN Tajik letters without diacritics, plus neighbouring alphabets."""

LATIN_LETTERS: Mapping[str, str] = MappingProxyType(
    {
        # ISO 9 and Tajik Latin letters, read before diacritics are dropped so they keep their sound.
        "â": "ya", "û": "yu", "ë": "yo", "ž": "zh", "š": "sh", "č": "ch", "ŝ": "shch", "ḩ": "h", "ġ": "gh",
        "ķ": "q", "ç": "dzh", "ǰ": "dzh", "ğ": "gh", "ş": "sh", "ż": "zh",
        # Letters that do not decompose into a base letter and a mark.
        "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i",
        "ħ": "h",
        # Apostrophes and dots written inside names (G‘ulom, Il’ich, Is·hoq) join their token; hyphens
        # split (Darai-Foni), and particles such as Abdul- join the next token again.
        "'": "", "’": "", "‘": "", "ʼ": "", "ʻ": "", "ʹ": "", "ʺ": "", "`": "", "´": "", "·": "",
        # Persian writes the zero-width non-joiner inside a word (حلیم‌اف, Halimov): it joins the token.
        "\u200c": "", "\u200d": "",
    }
)  # fmt: skip
"""Latin letters with a meaning of their own in romanization schemes, and the joiners inside a token."""

ISO_9_LETTERS = "ḩġķčšžŝâûʹʺ"
"""Letters only ISO 9 writes among the schemes of `SCHEMES` (ҳ ғ қ ч ш ж щ я ю ь ъ): a name holding one is
read as ISO 9, whose j is й and c is ц, and whose ç is ҷ (not the Turkish ç of ч). Czech, Croatian and
Baltic spellings of Russian names write č, š, ž and j alike. ISO 9's ī, ū and è (ӣ, ӯ, э) are left out: an
accent on a vowel changes no key."""

READINGS: tuple[Reading, ...] = (
    Reading(
        label="Polish transcription",
        marker=r"sz(?!h)|cz|[łż]",
        rules=(
            Rule("szcz", "shch", "Polish szcz"),
            Rule("sz", "sh", "Polish sz"),
            Rule("cz", "ch", "Polish cz"),
            Rule("ch", "kh", "Polish ch"),
            Rule("w", "v", "Polish w"),
            Rule("c(?!h)", "ts", "Polish c"),
            Rule("(?<!d)j", "y", "Polish j"),
        ),
    ),
    Reading(
        label="ISO 9 transliteration",
        marker=f"[{ISO_9_LETTERS}]",
        rules=(Rule("(?<!d)j", "y", "ISO 9 j"), Rule("c(?!h)", "ts", "ISO 9 c")),
    ),
    Reading(
        label="German transcription",
        marker=r"sch|(?:ow|ew|owa|ewa)$|[aeiou]ch(?=[lmnrt])|s(?:oda|ade)$",
        rules=(
            Rule("schtsch", "shch", "German schtsch"),
            Rule("tsch", "ch", "German tsch"),
            Rule("dsch", "j", "German dsch"),
            Rule("sch", "sh", "German sch"),
            Rule("ch", "kh", "German ch"),
            Rule("ss", "s", "German ss"),
            Rule("(?<=[aeiouy])s(?=[aeiouy])", "z", "German s"),
            Rule("w", "v", "German w"),
            Rule("dj", "dj", "dj"),
            Rule("j", "y", "German j"),
        ),
        merges=(
            Rule("(?<!d)zh", "sh", "German sch for ж and ш"),
            Rule("dsh", "j", "German dsch for дж and дш"),
            Rule("dy", "dj", "German dj for дж and дй"),
            Rule("t?[sz](?!h)", "s", "German s for з, с and ц"),
        ),
    ),
    Reading(
        label="French transcription",
        marker=r"ou|ï",
        rules=(
            Rule("chtch", "shch", "French chtch"),
            Rule("tch", "ch", "French tch"),
            Rule("ch", "sh", "French ch"),
            Rule("ou", "u", "French ou"),
            Rule("gu(?=[eiy])", "g", "French gu"),
            Rule("(?<=i[nm])e$", "", "French -ine"),
        ),
    ),
)
"""Readings tried in order; the first whose marker is in a Latin token of a name applies to all of them."""

FOLD_RULES: tuple[Rule, ...] = (
    Rule("shch", "sh", "shch/sh"),
    Rule("sch", "sh", "sch/sh"),
    Rule("tch|tsh", "ch", "ch/tch"),
    Rule("dzh|dj", "j", "dzh/dj/j"),
    Rule("zh", "j", "zh/j"),
    Rule("kh", "h", "kh/h"),
    Rule("ch", "ch", "ch"),
    Rule("sh", "sh", "sh"),
    Rule("gh", "g", "gh/g"),
    Rule("ph", "f", "ph/f"),
    Rule("ck", "k", "ck/k"),
    Rule("(?<=[aeiouy])ff$", "v", "-off/-ov"),
    Rule("(?<=[aeiouy])h$", "", "final h"),
    Rule("(?<=[a-z]{3})zodi$", "zodo", "-zoda/-zade"),
    Rule("x", "h", "x/kh"),
    Rule("q", "k", "q/k"),
    Rule("w", "v", "w/v"),
    Rule("y", "i", "y/i"),
    Rule("e", "i", "e/i"),
    Rule("a|u", "o", "a/o/u"),
)
"""English-based folding, one alternation tried left to right at each position: the systematic variation
between romanizations (kh/h/x, dzh/dj/j, zh/j, ch/tch, yo/io/ë, ya/ia, yu/iu, -iy/-ii/-i, o/u, a/o). Vowels
fold to two classes (a, o, u -> o; e, i, y -> i); doubled letters are then merged."""

DOUBLED_LABEL = "doubled letters"
ABDUL_RULE = Rule("^obdol(?=[^oi])", "obdo", "Abdul-/Abdu-")
"""Arabic ``abd al-`` before a consonant is written with and without the l (Abdulhalim, Abdukhalim)."""


@attrs.frozen
class TitleWords:
    """Titles and honorifics of one language or group, with where a reader can check them.

    >>> TITLE_WORDS[0].language, TITLE_WORDS[0].words[:3]
    ('English', ('colonel', 'col', 'general'))
    """

    language: str
    source: str
    words: tuple[str, ...]


_RANKS = "NATO STANAG 2116 (ranks of NATO armed forces), the rank tables of each language's army"
TITLE_WORDS: tuple[TitleWords, ...] = (
    TitleWords(
        "English",
        f"{_RANKS}; Oxford English Dictionary (forms of address)",
        (
            "colonel", "col", "general", "gen", "lieutenant", "lt", "major", "maj", "captain", "capt",
            "sergeant", "commander", "cmdr", "president", "minister", "chairman", "mr", "mrs", "ms", "miss",
            "mister", "dr", "doctor", "prof", "professor", "sir", "the",
        ),
    ),
    TitleWords(
        "Tajik, Persian and Arabic honorifics in Latin letters",
        "Encyclopaedia Iranica and the Encyclopaedia of Islam (ustād, īshān, mullā, shaykh, ḥājjī, mawlawī, "
        "qārī, ḥaḍrat); Tajik-English dictionaries (ҷаноб, домла)",
        (
            "ustod", "ustad", "ustoz", "eishan", "eshon", "ishan", "mullah", "mulla", "mullo", "sheikh",
            "shaykh", "shaikh", "imam", "hoji", "haji", "hajji", "domla", "mavlavi", "mawlawi", "maulana",
            "qori", "qari", "hazrat", "janob",
        ),
    ),
    TitleWords(
        "Russian and Tajik",
        f"{_RANKS} (Russian Armed Forces); Ozhegov's dictionary (господин, шейх, мулла); Tajik-Russian "
        "dictionaries (устод, эшон, мулло, ҷаноб)",
        (
            "полковник", "подполковник", "генерал", "майор", "капитан", "командир", "президент", "министр",
            "господин", "шейх", "мулла", "имам", "устод", "эшон", "мулло", "ҷаноби",
        ),
    ),
    TitleWords(
        "Russian, in the cases a sentence puts them in",
        "Zaliznyak, Grammatical Dictionary of Russian (a masculine noun in a consonant: genitive -а, "
        "dative -у, instrumental -ом, prepositional -е): 'по словам министра Рахимзоды'",
        (
            "полковника", "полковнику", "полковником", "полковнике", "подполковника", "подполковнику",
            "подполковником", "подполковнике", "генерала", "генералу", "генералом", "генерале", "майора",
            "майору", "майором", "майоре", "капитана", "капитану", "капитаном", "капитане", "командира",
            "командиру", "командиром", "командире", "президента", "президенту", "президентом", "президенте",
            "министра", "министру", "министром", "министре", "господина", "господину", "господином",
            "господине", "шейха", "шейху", "шейхом", "шейхе", "имама", "имаму", "имамом", "имаме",
        ),
    ),
    TitleWords(
        "German",
        f"{_RANKS} (Bundeswehr); Duden online (Kommandeur, Kommandant, Innenminister, Scheich, Mullah)",
        (
            "oberst", "oberstleutnant", "generalmajor", "generalleutnant", "hauptmann", "leutnant",
            "kommandeur", "kommandant", "präsident", "staatspräsident", "innenminister", "außenminister",
            "verteidigungsminister", "herr", "frau", "scheich", "doktor",
        ),
    ),
    TitleWords(
        "French",
        f"{_RANKS} (Armée de terre); Le Robert (émir, cheikh, mollah); the elided article before a "
        "vowel (l'émir, l'imam)",
        (
            "colonel", "commandant", "capitaine", "général", "président", "ministre", "monsieur", "madame",
            "cheikh", "mollah", "l'émir", "l'imam",
        ),
    ),
    TitleWords(
        "Polish",
        f"{_RANKS} (Wojsko Polskie); Słownik języka polskiego PWN (komendant, dowódca, szejk, mułła)",
        (
            "pułkownik", "podpułkownik", "generał", "kapitan", "porucznik", "komendant", "dowódca",
            "prezydent", "minister", "szejk", "mułła",
        ),
    ),
    TitleWords(
        "Turkish",
        f"{_RANKS} (Türk Kara Kuvvetleri); Türk Dil Kurumu, Güncel Türkçe Sözlük (komutan, cumhurbaşkanı, "
        "bakan, şeyh, molla, hacı)",
        (
            "albay", "yarbay", "binbaşı", "yüzbaşı", "teğmen", "tuğgeneral", "tümgeneral", "korgeneral",
            "komutan", "cumhurbaşkanı", "bakan", "şeyh", "molla", "hacı",
        ),
    ),
    TitleWords(
        "Arabic and Persian script",
        "Hans Wehr, A Dictionary of Modern Written Arabic (عقيد, شيخ, سيد); Steingass, Persian-English "
        "Dictionary (سرهنگ, ملا, آقا)",
        (
            "العقيد", "عقيد", "الكولونيل", "سرهنگ", "الرئيس", "رئیس", "رییس", "الجنرال", "ژنرال", "الشيخ",
            "شیخ", "ملا", "السيد", "آقای",
        ),
    ),
)  # fmt: skip
"""Titles and honorifics by language, each group with its source. Bare *emir* and *amir* are left out: both
are also given names (Amir, Emir); the French elided *l'émir* is not."""

TITLES: tuple[str, ...] = tuple(dict.fromkeys(word for group in TITLE_WORDS for word in group.words))
"""Titles and honorifics dropped from the start of a name (compared folded, so every spelling counts), from
`TITLE_WORDS`."""

DESCRIPTORS: tuple[str, ...] = (
    "tajik", "tajikistan", "uzbek", "kyrgyz", "russian", "afghan", "iranian", "former", "exiled", "deputy",
    "interior", "defence", "defense", "foreign", "prime", "vice", "police", "army", "analyst",
    # Articles before a title in French and German (le colonel, der Oberst).
    "le", "la", "der", "die", "den", "des",
)  # fmt: skip
"""Words that stand before a title and go with it (Tajik President, Interior Minister, former Colonel):
dropped with the title when a title follows them at the start of a name."""

TURKISH_MARKER = "[şğıŞĞİ]"
"""Letters only Turkish spelling uses: a name holding one, and none of `ISO_9_LETTERS`, is read with Turkish c
(as j) and ç (as ch). A ç alone does not mark Turkish: ISO 9 writes ҷ so (Çamoliddin)."""

TURKISH_LETTERS: Mapping[str, str] = MappingProxyType({"ç": "ch", "Ç": "Ch", "c": "j", "C": "J"})
"""How a name spelled in Turkish letters is read before folding (Camşed, Çorşanbiev)."""

PARTICLES: tuple[str, ...] = (
    "al", "el", "ul", "abd", "abdu", "abdul", "abdal", "abdel", "abdur", "abdus", "abu", "umm", "ibn", "bin",
    "عبد", "ابو", "أبو",
)  # fmt: skip
"""Particles written apart or joined (Abdul Khalil, Abdulkhalil; al Baghdadi, al-Baghdadi; Abu Bakr, the
kunya): joined to the next token."""

SURNAME_SUFFIXES: tuple[str, ...] = ("zoda", "zade", "ova", "eva", "ov", "ev", "i")
"""Family-name endings of one stem (Rahmon, Rahmonov, Rahmonova; Kabirov, Kabiri; Nazarov, Nazarzoda), longest
first. Two names whose surnames differ only here are the same family name only if the given names agree."""

GIVEN_ENDINGS: tuple[str, ...] = (
    "dzhoni", "djoni", "zhoni", "joni", "dzhon", "djon", "zhon", "jon", "boy", "boi", "bay", "bai", "i",
)  # fmt: skip
"""Endings a given name takes and drops in Tajik and Uzbek usage, longest first: the affectionate -jon
(Ilhomjon, Ilhom), the honorific -boy (Jumaboy, Juma; -бой, Uzbek -boy, Kazakh and Kyrgyz -bay) and the
izofa -i that links it to the next name (Abdullohi Nuri). Matched on the Latin letters before folding
(Cyrillic -джон reads dzhon), as a graded difference."""

CASE_ENDINGS: tuple[str, ...] = ("ym", "om", "oy", "u", "a", "e")
"""Russian case endings on a name quoted in a Russian sentence (Халимова, Халимову, Халимовым, Гулмуродом,
Гулмуроде), read only on Cyrillic tokens, after a consonant, as a graded difference."""

SLIP_MIN_LETTERS = 6
"""A word is *long* when the longer of its two spellings folds to a key of this many letters: only long
words may carry a slip (one letter dropped or doubled, two letters swapped, a vowel for a vowel). Shorter
words (Karim, Halim, Nazir, Ali) are too close to other names."""

DISTINCT_NAMES: tuple[tuple[str, str], ...] = (
    ("Nazir", "Nazira"), ("Nazar", "Nazir"), ("Karim", "Karima"), ("Rahim", "Rahima"), ("Aziz", "Aziza"),
    ("Latif", "Latifa"), ("Nasim", "Nasima"), ("Farid", "Farida"), ("Jamil", "Jamila"), ("Kamol", "Kamola"),
    ("Dilshod", "Dilshoda"), ("Sharif", "Sharifa"), ("Zarif", "Zarifa"), ("Nodir", "Nodira"),
    ("Firuz", "Firuza"), ("Malik", "Malika"), ("Amin", "Amina"), ("Said", "Saida"), ("Hamid", "Hamida"),
    ("Hamid", "Hamdi"), ("Sabir", "Sabri"), ("Nasir", "Nasri"), ("Fahim", "Fahmi"), ("Ahmad", "Ahad"),
    ("Mahmud", "Mahmuda"), ("Salim", "Salima"), ("Halim", "Halima"), ("Zafar", "Zafara"),
    ("Munir", "Munira"), ("Shamsiddin", "Shamsiddina"), ("Jalil", "Jalila"), ("Adil", "Adila"),
    ("Hakim", "Hakima"),
)  # fmt: skip
"""Distinct given names one letter or one ending apart, mostly a masculine name and its feminine form
(Nazir, Nazira) and Arabic names of one root (Hamid, Hamdi; Sabir, Sabri): a slip or an ending is never
read into these pairs."""

WRITTEN_ALIKE: tuple[tuple[str, str, str], ...] = (
    ("io", "i", "ё written as е"),
    ("ch", "j", "Tajik ҷ written as Russian ч"),
)
"""Letters of a folded key that one writer spells for another's letter: (``from``, ``to``, label). ICAO Doc
9303 (passports) and Russian print that leaves ё undotted write ё as е, so Mirziyoyev is Mirzieev and Yorov
is Erov; the Russian press and Russian courts write Tajik ҷ as ч (Раджабализода, Рачабализода; the BGN/PCGN
Russian table of `SCHEMES` has no ҷ). Both keys are read with ``from`` as ``to``; a part that then agrees
is *compatible*, like a slip, and only in a long word (`SLIP_MIN_LETTERS`) unless it is ё."""

DROPPED_GIVEN_NAMES: tuple[str, ...] = (
    "Muhammad", "Mohammad", "Mohammed", "Muhammed", "Mukhammad", "Mahmad",
    "Мухаммад", "Мухаммед", "Махмад", "Муҳаммад", "محمد",
)  # fmt: skip
"""The given name the press drops from the middle of a Muslim name, where it stands before the name a person
is known by (Akhtar Mohammad Mansour, Akhtar Mansour): Annemarie Schimmel, *Islamic Names* (Edinburgh
University Press, 1989), ch. 2 on Muhammad as the first or second element of a name. Another full given
name only in the middle of one name (Ahmad Shah Massoud, Ahmad Massoud: father and son) makes the names
different; one at the start (Said Abdullo Nuri, Abdullo Nuri) stays *compatible*."""

DROPPED_WORDS: tuple[str, ...] = (
    "al", "el", "ul", "ad", "ar", "as", "ash", "at", "az", "an", "ud", "ur", "us", "ut", "uz",
    "аль", "эль", "ад", "ар", "ас", "аш", "ат", "аз", "ан", "ад", "уд", "ур", "ус", "ут",
)  # fmt: skip
"""The Arabic article in the forms it takes before the sun letters (al-, ad-, ar-, as-, ash-, at-, az-, an-;
-ud-, -ur- inside a name), as the press writes it in Latin and Russian (аль-, аз-, аш-): W. Wright, *A Grammar
of the Arabic Language* (3rd ed., 1896), vol. 1, §14. Written apart from the name (Айман аз-Завахири), it is
not a given name of its own: it never makes a name another person's (`DROPPED_GIVEN_NAMES`)."""

PATRONYMIC_SUFFIXES: tuple[str, ...] = ("ovich", "evich", "ovna", "evna", "ichna")
"""Endings of Russian-style patronymics (Sharifovich), compared only when both names give one."""

PATRONYMIC_WORDS: tuple[str, ...] = ("ugli", "ogli", "oglu", "qizi", "kizi", "uulu")
"""Separate words that mark a patronymic in Uzbek and neighbouring usage (Uzbek o'g'li, qizi; Kyrgyz uulu,
kyzy): the name just before one is the father's, never a given name of its own (Almazbek Sharshen uulu
Atambayev, Almazbek Atambayev)."""


def compile_rules(rules: tuple[Rule, ...]) -> re.Pattern[str]:
    """One alternation of the rules' patterns, with a named group per rule (``r0``, ``r1`` ...).

    >>> compile_rules(FOLD_RULES[:2]).pattern
    '(?P<r0>shch)|(?P<r1>sch)'
    """
    return re.compile("|".join(f"(?P<r{index}>{rule.pattern})" for index, rule in enumerate(rules)))
