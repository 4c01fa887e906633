"""The words of organization and place names that do not identify them, per language, as data.

`compare_org_names` sorts the words of a name into four kinds before comparing: *articles* and *function
words* (never compared), *designators* (what kind of body it is: party, movement, ministry, agency, city,
valley; compared only when both names give one), *qualifiers* (the country a body belongs to: Tajik, of
Tajikistan, таджикский; a name without one is compatible with a name with one) and everything else,
the *distinctive* words, which must agree. The lists follow the press usage of each language; they are
written as the press writes them and folded like names before use, so every spelling counts.

>>> DESIGNATORS["party"][:4], ARTICLES["fr"][:3]
(('party', 'партия', 'партии', 'ҳизби'), ('le', 'la', 'les'))
>>> QUALIFIERS["tajikistan"][:3]
('tajik', 'tajikistan', 'tajikistans')
"""

from __future__ import annotations

from types import MappingProxyType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = [
    "ABBREVIATIONS",
    "ADMINISTRATIVE",
    "ARTICLES",
    "BRANCH_DESIGNATORS",
    "COMPOUND_HEADS",
    "COUNTRY_NOUNS",
    "DESIGNATORS",
    "FUNCTION_WORDS",
    "GENERIC_WORDS",
    "LANGUAGE_NAMES",
    "QUALIFIERS",
    "SYNONYMS",
]

ARTICLES: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "en": ("the", "a", "an"),
        "ar": ("al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ul", "ut", "us", "aš", "asch"),
        "fr": ("le", "la", "les", "l", "du", "des", "de", "d"),
        "de": ("der", "die", "das", "des", "dem", "den"),
        "ru": ("аль", "ас", "ад", "ан", "ар", "аш", "ат", "эль", "эр", "ут"),
    }
)
"""Articles, dropped: English, French, German, and the Arabic article in its assimilated forms
(al-, ad-, ar-, as-, ash-, an-, ut-), also as Russian writes it."""

FUNCTION_WORDS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "en": ("of", "and", "for", "in", "on", "at", "to", "by"),
        "fr": ("et", "pour", "en", "au", "aux", "dans", "sur"),
        "de": ("und", "für", "im", "in", "von", "vom", "zur", "zum"),
        "ru": ("и", "по", "в", "во", "на", "для", "о", "об", "за"),
        "tg": ("ва", "дар", "и"),
    }
)
"""Prepositions and conjunctions, dropped from comparison (an acronym may or may not count them)."""

DESIGNATORS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "party": ("party", "партия", "партии", "ҳизби", "ҳизб", "partei", "parti", "حزب"),
        "movement": ("movement", "движение", "движения", "ҳаракати", "bewegung", "mouvement"),
        "front": ("front", "фронт"),
        "group": ("group", "groupe", "gruppe", "группировка", "группировки", "группа", "media", "jamaat",
                  "jamaah", "jamaa", "jemaah", "джамаат", "джамаата", "жамаат"),
        "battalion": ("battalion", "bataillon", "батальон", "батальона", "katibat", "katiba", "katibah"),
        "brigade": ("brigade", "brigades", "бригада", "бригады", "liwa", "kataib"),
        "organization": ("organization", "organisation", "организация", "организации", "созмони"),
        "militia": ("militia", "miliz", "terrormiliz", "milice"),
        "ministry": ("ministry", "министерство", "министерства", "вазорати", "ministerium", "ministère",
                     "وزارة", "وزارت"),
        "council": ("council", "совет", "совета", "шӯрои", "rat", "conseil", "مجلس", "شورای"),
        "committee": ("committee", "комитет", "комитета", "кумитаи", "komitee", "comité"),
        "agency": ("agency", "агентство", "агентства", "агентии", "agentur", "nachrichtenagentur", "agence"),
        "service": ("service", "служба", "службы", "dienst", "جهاز"),
        "government": ("government", "правительство", "правительства", "ҳукумати", "regierung",
                       "gouvernement", "authorities", "الحكومة", "حكومة"),
        "region": ("province", "region", "oblast", "провинция", "вилаят", "вилоят", "вилояти", "wilayat",
                   "wilayah", "vilayat", "viloyati", "область", "области", "провинции", "provinz",
                   "région", "governorate", "gouvernorat", "мухафаза", "мухафазы"),
        "district": ("district", "район", "района", "ноҳияи", "bezirk"),
        "city": ("city", "town", "город", "города", "шаҳри", "stadt", "ville"),
        "valley": ("valley", "долина", "долине", "долины", "водии", "tal", "vallée", "vodiysi"),
        "republic": ("republic", "республика", "республики", "ҷумҳурии", "republik", "république"),
    }
)  # fmt: skip
"""Words saying what kind of body or place a name is, by concept, in each language's press forms (Arabic
ones as the press writes them: *jamaat*, group; *katibat*, battalion; *liwa*, *kataib*, brigade). Two names
whose designators name different concepts disagree ("Islamic Movement of Uzbekistan", "Islamic Party of
Uzbekistan"); a designator on one side only is compatible ("Taliban", "Taliban movement"), except the
administrative ones (`ADMINISTRATIVE`: a province is not its city, "Raqqa province", "Raqqa")."""

GENERIC_WORDS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "en": ("affairs", "office", "situations", "information", "news"),
        "fr": ("affaires",),
        "de": ("angelegenheiten",),
        "ru": ("дел", "ситуациям", "ситуаций", "информационное", "информационного", "информационная"),
        "tg": ("корҳои", "иттилоотии"),
        "fa": ("امور",),
    }
)
"""Words that complete a body's designator without saying what it does ("Affairs" in "Ministry of Foreign
Affairs", дел in "Министерство иностранных дел", "information" and "news" in an agency's name): not
compared, so "Foreign Ministry" agrees, but counted in the initials (MFA)."""

BRANCH_DESIGNATORS: tuple[str, ...] = ("service",)
"""Designator concepts that, written with a country only in one name, make it a country's branch of the body
the other name gives: "Таджикская служба Радио Свобода", "Uzbek Service of Radio Liberty" are services of
Radio Liberty, not Radio Liberty itself."""

SYNONYMS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "interior": ("interior", "internal", "внутренних", "дохилӣ", "дохилии", "innern", "inneren", "innen",
                     "intérieur", "ichki", "الداخلية", "کشور", "داخله"),
        "foreign": ("foreign", "external", "иностранных", "хориҷӣ", "хориҷии", "auswärtigen", "auswärtiges",
                    "außen", "étrangères", "tashqi", "внешней", "الخارجية", "خارجه", "خارجی"),
        "defence": ("defence", "defense", "обороны", "мудофиа", "verteidigung", "verteidigungs", "défense",
                    "الدفاع", "دفاع"),
        "state": ("state", "государственный", "государственной", "государственного", "давлатии", "davlatii",
                  "staatlich", "staatliche", "staatlichen", "staatliches", "état"),
        "national": ("national", "nationale", "национальной", "национального", "национальная", "миллӣ",
                     "миллии", "milliy", "nationalen", "القومي", "الوطني", "ملی"),
        "security": ("security", "безопасности", "амнияти", "amniyati", "sicherheit", "sicherheits",
                     "sécurité", "xavfsizlik", "xavfsizligi", "الأمن", "امنیت"),
        "federal": ("federal", "федеральная", "федеральной", "федеральный", "fédéral", "fédérale",
                    "föderal", "föderale", "föderalen", "الفيدرالي", "الفدرالي", "فدرال"),
        "intelligence": ("intelligence", "разведки", "разведка", "nachrichtendienstlich", "renseignement",
                         "الاستخبارات", "اطلاعات"),
        "justice": ("justice", "юстиции", "адлия", "адлияи", "justiz"),
        "prosecutor": ("prosecutor", "прокуратура", "прокуратуры", "прокуратуре", "прокуратураи",
                       "staatsanwaltschaft", "parquet"),
        "general": ("general", "генеральная", "генеральной", "генеральный", "генерального", "генералӣ",
                    "général", "générale"),
        "emergency": ("emergency", "emergencies", "чрезвычайным", "чрезвычайных", "ҳолатҳои",
                      "katastrophenschutz"),
        "renaissance": ("renaissance", "revival", "возрождения", "возрождение", "наҳзати", "наҳзат",
                        "wiedergeburt", "النهضة", "نهضت"),
        "investigative": ("investigative", "следственный", "следственного", "ermittlungs", "enquête"),
        "drug": ("drug", "drugs", "наркотиками", "наркотиков", "маводи", "drogen", "drogue", "drogues"),
        "control": ("control", "контролю", "контроля", "назорати", "kontrolle", "contrôle"),
        "islamic": ("islamic", "islamische", "islamischen", "islamischer", "islamisches", "islamique",
                    "исламская", "исламской", "исламского", "исламское", "исламский",
                    "исломӣ", "исломии", "islomiy", "الإسلامية", "الإسلامي", "اسلامی"),
        "communist": ("communist", "коммунистическая", "коммунистической", "коммунистический",
                      "коммунистии", "коммунистӣ", "kommunistische", "kommunistischen", "communiste",
                      "komunistyczna", "komünist", "الشيوعي", "کمونیست"),
        "alliance": ("alliance", "альянс", "альянса", "allianz", "sojusz", "ittifak", "ائتلاف"),
        "european": ("european", "европейский", "европейского", "европейская", "европейской",
                     "europäische", "europäischen", "européenne", "européen", "europejska", "avrupa"),
    }
)  # fmt: skip
"""Distinctive words that say one thing in a body's name, by concept: the press writes the Interior Ministry
and the Ministry of Internal Affairs (внутренних дел) for one body, the Foreign Ministry and the Ministry of
External Affairs for another, the State Committee for National Security and the Государственный комитет
национальной безопасности (Кумитаи давлатии амнияти миллӣ); each is compared as its concept, in any inflected
form of the listed words (national, национальной, национального). The words of the region's government
bodies follow their official names in each language (the Tajik, Uzbek, Kyrgyz, Kazakh and Russian
ministries' and services' own sites, and the German and French press forms of the same names). The words of
parties and alliances (communist, alliance, European) follow their names in each language's dictionary
(Ozhegov; Duden; Le Robert; Słownik języka polskiego PWN; Türk Dil Kurumu) and the parties' own names
(Коммунистическая партия Таджикистана, Ҳизби коммунистии Тоҷикистон)."""

ABBREVIATIONS: Mapping[str, str] = MappingProxyType(
    {
        "МВД": "Министерство внутренних дел",
        "МИД": "Министерство иностранных дел",
        "ГКНБ": "Государственный комитет национальной безопасности",
        "КНБ": "Комитет национальной безопасности",
        "СНБ": "Служба национальной безопасности",
        "СГБ": "Служба государственной безопасности",
        "ФСБ": "Федеральная служба безопасности",
        "СВР": "Служба внешней разведки",
        "МЧС": "Министерство по чрезвычайным ситуациям",
        "Минобороны": "Министерство обороны",
        "Минюст": "Министерство юстиции",
        "Генпрокуратура": "Генеральная прокуратура",
        "Генпрокуратуры": "Генеральной прокуратуры",
        "ВКД": "Вазорати корҳои дохилӣ",
        "ВКХ": "Вазорати корҳои хориҷӣ",
        "КДАМ": "Кумитаи давлатии амнияти миллӣ",
    }
)
"""The standard Russian and Tajik abbreviations of the region's government bodies, each with its expansion
in its own language: the acronyms (МВД, Министерство внутренних дел; ВКД, Вазорати корҳои дохилӣ) and the
Russian contractions the press writes as one word (Минобороны, Генпрокуратура). A name using one is also
read with it expanded, so that "МВД Узбекистана" meets "Uzbek Interior Ministry" through the words'
concepts and the country's qualifier. Sources: the bodies' own names as their official sites and founding
laws write them (the Russian Federation's Указ on the FSB, the Tajik Law on the State Committee for National
Security, the Uzbek Указ of 14 March 2018 renaming the СНБ the СГБ, the Kazakh Law on the КНБ), and Словарь
сокращений русского языка (Д. И. Алексеев, И. Г. Гозман, Г. В. Сахаров; 4th ed., 1984) for МВД, МИД, МЧС and
the contractions."""

COMPOUND_HEADS: Mapping[str, str] = MappingProxyType(
    {
        "ministerium": "ministry",
        "dienst": "service",
        "partei": "party",
        "bewegung": "movement",
        "komitee": "committee",
        "behörde": "agency",
        "agentur": "agency",
        "rat": "council",
    }
)
"""German designators that close a compound word (Innenministerium, Außenministerium, Sicherheitsdienst),
with their concept in `DESIGNATORS`: a word ending in one is read as its first part and the designator,
so the *Innen*ministerium is the Interior Ministry and the *Sicherheits*rat the Security Council (the
linking -s of Verteidigungs- and Sicherheits- kept as the dictionary lists the first part; Duden,
*Fugenelement*)."""

ADMINISTRATIVE: tuple[str, ...] = ("region", "district")
"""Designator concepts that name another unit when only one name gives them."""

COUNTRY_NOUNS: tuple[str, ...] = (
    "tajikistan", "uzbekistan", "kyrgyzstan", "afghanistan", "russia", "tadschikistan", "usbekistan",
    "kirgisistan", "russland", "tadjikistan", "ouzbékistan", "kirghizistan", "таджикистан", "узбекистан",
    "кыргызстан", "россия", "тоҷикистон", "kazakhstan", "kasachstan", "казахстан", "turkmenistan",
    "туркменистан",
)  # fmt: skip
"""Country names in the nominative: written bare after a name ("Sputnik Uzbekistan") they name a branch,
not the country a body belongs to, so they count as distinctive words there."""

LANGUAGE_NAMES: tuple[str, ...] = ("russian", "tajik", "uzbek", "kyrgyz", "kazakh", "turkmen")
"""The English names of the countries' languages: written bare after a body's own name ("DW Russian", "BBC
Uzbek") they name its service in that language, a branch, so they count as distinctive words there; not
after a word that says what a body does ("ministère de l'Intérieur ouzbek", the French word order)."""

QUALIFIERS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "tajikistan": ("tajik", "tajikistan", "tajikistans", "tadschikistan", "tadschikistans",
                       "tadschikisch", "tadschikische", "tadschikisches", "tadschikischer", "tadschikischen",
                       "tadjikistan", "tadjik", "tadjike", "таджикистан", "таджикистана", "таджикский",
                       "таджикская", "таджикское", "таджикские", "тоҷикистон", "rt", "рт", "طاجيكستان",
                       "الطاجيكية", "الطاجيكي", "تاجیکستان", "تاجیک"),
        "uzbekistan": ("uzbek", "uzbekistan", "uzbekistans", "usbekistan", "usbekistans", "usbekisch",
                       "usbekische", "ouzbékistan", "ouzbek", "узбекистан", "узбекистана", "узбекский",
                       "ӯзбекистон", "أوزبكستان", "الأوزبكية", "الأوزبكي", "ازبکستان"),
        "kyrgyzstan": ("kyrgyz", "kyrgyzstan", "kyrgyzstans", "kirgisistan", "kirgisisches", "kirgisische",
                       "kirghizistan", "kirghiz", "кыргызстан", "кыргызстана", "киргизия", "киргизии",
                       "кыргызской", "кыргызский", "kr", "кр", "قيرغيزستان", "قرغيزستان", "القيرغيزية",
                       "قرقیزستان"),
        "afghanistan": ("afghan", "afghanistan", "afghanistans", "afghanische", "afghan", "афганистан",
                        "афганистана", "афганский", "أفغانستان", "الأفغانية", "الأفغاني", "افغانستان"),
        "kazakhstan": ("kazakh", "kazakhstan", "kazakhstans", "kasachstan", "kasachstans", "kasachisch",
                       "kasachische", "kasachisches", "kazakhstanais", "казахстан", "казахстана", "казахский",
                       "казахская", "қазақстан"),
        "turkmenistan": ("turkmen", "turkmenistan", "turkmenistans", "turkmenisch", "turkmenische",
                         "туркменистан", "туркменистана", "туркменский"),
        "russia": ("russian", "russia", "russland", "russische", "russisches", "russe", "россия", "россии",
                   "российский", "российская", "российское", "روسيا", "الروسية", "الروسي", "روسیه"),
    }
)  # fmt: skip
"""Country qualifiers by country: a name with one is compatible with the same name without it ("Tajik
Interior Ministry", "Interior Ministry"); two different countries disagree."""
