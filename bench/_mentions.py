"""A synthetic labelled table of person mentions, and how a clustering of it is scored.

Synthetic persons are drawn from curated stocks of common Central Asian given names and surname stems
(`GIVEN_MALE`, `GIVEN_FEMALE`, `STEMS`, spelled in Tajik Cyrillic), each a given name, a surname built from a
stem the way the region's surnames are built (``-ов``/``-ев``, ``-зода``, ``-ӣ`` or the bare stem, with the
feminine ``-ова``/``-ева``) and a Russian-style patronymic from the father's given name. The persons are
synthetic: a combination names nobody in particular and the table says nothing about anyone.

Each person is written as several mentions the way reporting writes names: the Tajik Cyrillic original, the
Russian Cyrillic spelling, and romanizations through the library's own scheme tables (`SCHEMES`: BGN/PCGN
Tajik and Russian, ISO 9, ICAO, French, German, Polish and Turkish press usage, the BGN/PCGN spellings also
typed without diacritics), with the noise of real copy: surname first, a title or rank in the mention's
language, initials, the patronymic given or left out, the surname in capitals, one typing slip. Hard
negatives are built in: brothers and sisters (same surname and patronymic), fathers (the son's patronymic
is the father's given name) and namesakes who differ from a person in one given name, the stock's nearest.

`mention_table` is deterministic from its seed; `tests/batch/test_splink.py` scores a few thousand mentions
and ``bench/bench_splink.py`` scores 100,000 or more with `score`.

Source of the stocks: compiled for this benchmark from given names and surname roots common in Tajikistan,
Uzbekistan, Kyrgyzstan and Kazakhstan as spelled in Tajik and Russian Cyrillic (the forms that appear in the
region's civil registers and press); no list was copied, and no entry refers to a person.
"""

from __future__ import annotations

import random
import unicodedata
from collections import Counter, defaultdict
from typing import TYPE_CHECKING, NamedTuple

from centasia_claims.names import transliterate
from centasia_claims.names._schemes import TAJIK_TO_RUSSIAN  # the data table the schemes share

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Mapping, Sequence

__all__ = [
    "GIVEN_FEMALE",
    "GIVEN_MALE",
    "STEMS",
    "TITLES",
    "Mention",
    "Person",
    "Scores",
    "mention_table",
    "persons",
    "render",
    "score",
]

# fmt: off
GIVEN_MALE: tuple[str, ...] = (
    "Абдулло", "Абдураҳмон", "Азамат", "Акбар", "Алишер", "Амирхон", "Анвар", "Асадулло", "Аслиддин",
    "Баҳодур", "Баҳром", "Бахтиёр", "Бобоҷон", "Ғафур", "Далер", "Давлат", "Дилшод", "Довуд", "Ерлан",
    "Зафар", "Зариф", "Зокир", "Иброҳим", "Икром", "Илҳом", "Искандар", "Исмоил", "Камол", "Комил", "Қодир",
    "Қурбон", "Латиф", "Маҳмуд", "Мансур", "Манучеҳр", "Мирзо", "Муҳаммад", "Муҳиддин", "Мурод", "Набӣ",
    "Назар", "Наим", "Насим", "Нодир", "Нурлан", "Нурулло", "Одил", "Олим", "Парвиз", "Раҳим", "Раҷаб",
    "Рамазон", "Рашид", "Рустам", "Сафар", "Саидалӣ", "Салим", "Сайфулло", "Собир", "Сулаймон",
    "Султонмурод", "Тимур", "Тоҳир", "Улуғбек", "Умар", "Умед", "Фаридун", "Фарҳод", "Фаррух", "Файзулло",
    "Фирдавс", "Хайрулло", "Хуршед", "Ҳамид", "Ҳасан", "Ҳайдар", "Ҳикмат", "Ҳусейн", "Шавкат", "Шариф",
    "Шерали", "Шодмон", "Шуҳрат", "Эркин", "Эҳсон", "Юнус", "Юсуф", "Ҷалол", "Ҷамшед", "Ҷаҳонгир",
    "Абдусалом", "Аъзам", "Бекзод", "Валиҷон", "Гулмурод", "Додхудо", "Зиёвуддин", "Ёдгор", "Кароматулло",
    "Луқмон", "Меҳроб", "Нозим", "Озод", "Пӯлод", "Ризо", "Сиёвуш", "Субҳон", "Толиб", "Фазлиддин",
    "Ҳабиб", "Ҳотам", "Чоршанбе", "Шамсиддин", "Ғайрат", "Ислом", "Баҳтовар", "Айбек", "Алмаз", "Руслан",
    "Абдуҷаббор", "Абдуқодир", "Аброр", "Аҳрор", "Ботур", "Вафо", "Восит", "Ғолиб", "Дамир", "Дилмурод",
    "Ёқуб", "Зоҳир", "Иззатулло", "Имомалӣ", "Исфандиёр", "Каюм", "Лутфулло", "Маъруф", "Мирсаид",
    "Муҳаммадҷон", "Назрулло", "Неъмат", "Нӯъмон", "Носир", "Раҳматулло", "Саъдулло", "Сино", "Соҳиб",
    "Суҳроб", "Таваккал", "Убайдулло", "Файзалӣ", "Фозил", "Хусрав", "Ҳофиз", "Шаҳбоз", "Шаҳром", "Шоҳин",
    "Эраҷ", "Ҷӯрабек", "Қиём", "Абдуғаффор", "Мусо",
)
"""Men's given names (Tajik Cyrillic; Uzbek, Kyrgyz and Kazakh names in their Russian Cyrillic spelling)."""

GIVEN_FEMALE: tuple[str, ...] = (
    "Гулнора", "Дилноза", "Зарина", "Малика", "Мадина", "Нигора", "Фарзона", "Шаҳноза", "Мавзуна", "Сабрина",
    "Гулчеҳра", "Ситора", "Мунира", "Парвина", "Зулфия", "Манижа", "Нилуфар", "Тахмина", "Гулбаҳор",
    "Фотима", "Оиша", "Ҳадича", "Марям", "Зебо", "Раъно", "Дилором", "Айгуль", "Асель", "Гульнара", "Саида",
    "Гулшан", "Дилафрӯз", "Заррина", "Лола", "Меҳрӣ", "Мушфиқа", "Наргис", "Озода", "Рухсона", "Сарвиноз",
    "Сурайё", "Фарангис", "Шабнам", "Юлдуз",
)
"""Women's given names, spelled the same way."""

STEMS: tuple[str, ...] = (
    "Абдулло", "Аҳмад", "Акбар", "Алӣ", "Амин", "Асад", "Азиз", "Баҳром", "Бобо", "Далер", "Давлат", "Дӯст",
    "Эргаш", "Файз", "Ғафур", "Ҳайдар", "Ҳаким", "Ҳалим", "Ҳамид", "Ҳасан", "Ҳимат", "Ҳусейн", "Ибод",
    "Икром", "Иноят", "Исмоил", "Ҷаббор", "Ҷалол", "Ҷума", "Кабир", "Карим", "Хол", "Худой", "Комил",
    "Латиф", "Маҳмуд", "Маҷид", "Мирзо", "Мухтор", "Мурод", "Наби", "Назар", "Нур", "Одина", "Қодир",
    "Қурбон", "Раҳим", "Раҳмон", "Раҷаб", "Рашид", "Сафар", "Саид", "Салим", "Саттор", "Шукур", "Шариф",
    "Собир", "Содиқ", "Султон", "Тоҳир", "Умар", "Усмон", "Валӣ", "Ятим", "Юсуф", "Зариф", "Зокир",
    "Абдурашид", "Давр", "Фаттоҳ", "Ғулом", "Ҳоким", "Исроил", "Ҷӯра", "Камол", "Хайр", "Мадамин", "Маҳкам",
    "Мирал", "Насим", "Назир", "Низом", "Олим", "Пирмат", "Қаҳҳор", "Рустам", "Шамс", "Шодӣ", "Тошмат",
    "Умед", "Ёдгор", "Зубайд", "Алим", "Амон", "Анвар", "Ашур", "Бахтиёр", "Барот", "Чорӣ", "Эшон", "Ғаниҷон",
    "Иброҳим", "Қосим", "Мусо", "Нуриддин", "Ортиқ", "Пӯлод", "Саъдул", "Тилло", "Хоҷа", "Шарип", "Эмом",
    "Аъзам", "Боқӣ", "Бурҳон", "Вафо", "Ғайрат", "Давлатёр", "Ёқуб", "Зоир", "Иззат", "Имом", "Каромат",
    "Лутф", "Маъмур", "Мирзоалӣ", "Мӯмин", "Нарзу", "Неъмат", "Нозим", "Облоқул", "Паҳлавон", "Раҳмат",
    "Салом", "Сироҷ", "Табар", "Турсун", "Убайд", "Фозил", "Ҳабиб", "Ҳотам", "Шер", "Эркин", "Юнус", "Қаюм",
    "Қаландар", "Ҷамол", "Ҷӯрабой", "Мастон", "Ниёз", "Абдураҳим",
)
"""Surname stems (the root a family name grows from: mostly a given name of an ancestor)."""

TITLES: Mapping[str, tuple[str, ...]] = {
    "latin": ("Colonel", "Col.", "General", "Commander", "Mr", "Sheikh", "Mullah", "Emir"),
    "cyrillic": ("полковник", "генерал", "командир", "господин", "мулло", "амир"),
    "fr": ("le colonel", "le général", "M.", "l'émir"),
    "de": ("Oberst", "General", "Kommandeur", "Herr"),
    "pl": ("pułkownik", "generał", "komendant"),
    "tr": ("Albay", "General", "komutan"),
}
"""Titles and ranks as a mention's language writes them before a name."""
# fmt: on

_VOWELS = frozenset("аеёиоуыэюяӣӯaeiou")
_CYRILLIC_FORMS = {"tg": 8, "ru": 14}
_LATIN_FORMS = {
    "bgn-pcgn-tg": 3,
    "bgn-pcgn-tg/ascii": 6,
    "bgn-pcgn-ru": 4,
    "bgn-pcgn-ru/ascii": 16,
    "icao": 8,
    "iso-9": 3,
    "fr": 6,
    "de": 6,
    "pl": 3,
    "tr": 4,
}
_FORMS = {**_CYRILLIC_FORMS, **_LATIN_FORMS}
_DROPPED_IN_ASCII = dict.fromkeys(map(ord, "’”ʹʺ·"), None)


class Person(NamedTuple):
    """A synthetic person: Tajik Cyrillic name parts and the truth id."""

    entity_id: int
    given: str
    stem: str
    suffix: str
    """``"ov"`` (``-ов``/``-ев``, feminine ``-ова``/``-ева``), ``"zoda"``, ``"i"`` (``-ӣ``) or ``""``."""
    patronymic: str
    female: bool

    def surname(self, suffix: str | None = None) -> str:
        """The family name, with the person's own suffix or another of the stem's forms."""
        chosen = self.suffix if suffix is None else suffix
        if chosen == "ov":
            base = self.stem + ("ев" if _ends_in_vowel(self.stem) else "ов")
            return base + "а" if self.female else base
        return self.stem + {"zoda": "зода", "i": "ӣ", "": ""}[chosen]


class Mention(NamedTuple):
    """One row of the table: a person's name as one source wrote it, and whose name it is."""

    mention_id: int
    text: str
    entity_id: int
    form: str
    """How the mention was written: the script or scheme, then ``+``-joined noise (``de+title+typo``)."""


def _ends_in_vowel(word: str) -> bool:
    return word[-1].lower() in _VOWELS


def _patronymic(father: str, *, female: bool) -> str:
    ending = ("евна" if female else "евич") if _ends_in_vowel(father) else ("овна" if female else "ович")
    return father + ending


def _distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, left in enumerate(a, 1):
        current = [i]
        for j, right in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (left != right)))
        previous = current
    return previous[-1]


def _nearest(stock: Sequence[str]) -> dict[str, str]:
    """Each given name's nearest other name in its stock (ties to the first): the namesakes' given names."""
    return {
        name: min((other for other in stock if other != name), key=lambda o: _distance(name, o))
        for name in stock
    }


_NEAREST = {**_nearest(GIVEN_MALE), **_nearest(GIVEN_FEMALE)}


def persons(count: int, rng: random.Random) -> list[Person]:
    """``count`` synthetic persons, about a quarter of them relatives or namesakes of another.

    A person's given name and surname stem are unique together: the forms of one stem (Раҳимов, Раҳимзода,
    Раҳим) can be one man's, renamed, so two persons never share a stem and a given name. Relatives share the
    surname, namesakes the surname and all but one given name.
    """
    taken: set[tuple[str, str]] = set()
    people: list[Person] = []

    def add(given: str, stem: str, suffix: str, father: str, *, female: bool) -> bool:
        if (given, stem) in taken or len(people) >= count:
            return False
        taken.add((given, stem))
        people.append(Person(len(people), given, stem, suffix, _patronymic(father, female=female), female))
        return True

    suffixes = ("ov", "zoda", "i", "")
    weights = (60, 22, 6, 12)
    attempts = 0
    while len(people) < count:
        attempts += 1
        if attempts > 50 * count:
            raise RuntimeError(f"the stocks hold fewer than {count} distinct synthetic persons")
        female = rng.random() < 0.15
        given = rng.choice(GIVEN_FEMALE if female else GIVEN_MALE)
        stem = rng.choice(STEMS)
        suffix = rng.choices(suffixes, weights)[0]
        father = rng.choice(GIVEN_MALE)
        if not add(given, stem, suffix, father, female=female):
            continue
        roll = rng.random()
        if roll < 0.12:  # a brother or sister: same surname and patronymic
            sister = rng.random() < 0.3
            add(rng.choice(GIVEN_FEMALE if sister else GIVEN_MALE), stem, suffix, father, female=sister)
        elif roll < 0.17:  # the father: his given name is the patronymic
            add(father, stem, suffix, rng.choice(GIVEN_MALE), female=False)
        elif roll < 0.27:  # a namesake: one given name off, the nearest in the stock
            add(_NEAREST[given], stem, suffix, rng.choice(GIVEN_MALE), female=female)
    return people


def _typo(word: str, rng: random.Random) -> str:
    """One typing slip inside a word (never its first letter): a letter dropped, doubled, swapped or wrong."""
    if len(word) < 4:
        return word
    at = rng.randrange(1, len(word) - 1)
    kind = rng.randrange(4)
    if kind == 0:
        return word[:at] + word[at + 1 :]
    if kind == 1:
        return word[:at] + word[at] + word[at:]
    if kind == 2:
        return word[:at] + word[at + 1] + word[at] + word[at + 2 :]
    letters = sorted({char for char in word.lower() if char.isalpha()})
    return word[:at] + rng.choice(letters) + word[at + 1 :]


def _russian(text: str) -> str:
    out = []
    for char in text:
        russian = TAJIK_TO_RUSSIAN.get(char.lower())
        out.append(
            char if russian is None else russian if char.islower() else russian[:1].upper() + russian[1:]
        )
    return "".join(out)


def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(_DROPPED_IN_ASCII))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _spell(text: str, form: str) -> str:
    if form == "tg":
        return text
    if form == "ru":
        return _russian(text)
    scheme, _, plain = form.partition("/")
    spelled = transliterate(text, scheme)
    return _ascii(spelled) if plain else spelled


def _title_language(form: str) -> str:
    if form in _CYRILLIC_FORMS:
        return "cyrillic"
    return form if form in TITLES else "latin"


def render(person: Person, rng: random.Random) -> tuple[str, str]:
    """One way a source writes a person's name: the text and its form (script or scheme, then the noise)."""
    form = rng.choices(list(_FORMS), list(_FORMS.values()))[0]
    cyrillic = form in _CYRILLIC_FORMS
    noise: list[str] = []
    suffix = None
    if rng.random() < 0.04:  # renamed: Раҳимов in older copy, Раҳимзода or Раҳим in newer
        noise.append("renamed")
        suffix = rng.choice([other for other in ("ov", "zoda", "") if other != person.suffix])
    parts = (person.given, person.surname(suffix), person.patronymic)
    given, surname, patronymic = (_spell(part, form) for part in parts)
    with_patronymic = rng.random() < (0.4 if cyrillic else 0.08)
    if rng.random() < 0.1:
        noise.append(
            "initials"
        )  # the first Cyrillic letter as the scheme writes it: Kh. in English, Ch. in German
        given, patronymic = (_spell(part[0], form) + "." for part in (person.given, person.patronymic))
    if rng.random() < 0.07:
        noise.append("typo")
        if rng.random() < 0.6:
            surname = _typo(surname, rng)
        elif not given.endswith("."):
            given = _typo(given, rng)
    words = [given, patronymic] if with_patronymic else [given]
    if with_patronymic:
        noise.append("patronymic")
    surname_first = rng.random() < (0.45 if cyrillic else 0.12)
    if not cyrillic and rng.random() < 0.06:
        noise.append("capitals")
        surname = surname.upper()
        surname_first = True
    if surname_first:
        noise.append("surname first")
        words = [surname, *words]
    else:
        words = [*words, surname]
    if rng.random() < 0.1:
        noise.append("title")
        words = [rng.choice(TITLES[_title_language(form)]), *words]
    return " ".join(words), "+".join([form, *noise])


def _mention_counts(rng: random.Random) -> Iterator[int]:
    """How often each person is named: most a few times, some many (a geometric tail, mean about 6)."""
    while True:
        count = 1
        while count < 60 and rng.random() < 0.83:
            count += 1
        yield count


def mention_table(mentions: int, *, seed: int = 20) -> list[Mention]:
    """Exactly ``mentions`` rows, in a shuffled order, deterministic from ``seed``."""
    rng = random.Random(seed)
    counts = _mention_counts(rng)
    planned: list[int] = []
    while sum(planned) < mentions:
        planned.append(next(counts))
    people = persons(len(planned), rng)
    rows: list[tuple[str, int, str]] = []
    for person, count in zip(people, planned, strict=True):
        for _ in range(count):
            text, form = render(person, rng)
            rows.append((text, person.entity_id, form))
    del rows[mentions:]
    rng.shuffle(rows)
    return [Mention(number, text, entity, form) for number, (text, entity, form) in enumerate(rows)]


class Scores(NamedTuple):
    """Pairwise and cluster-level precision and recall of a clustering against the truth."""

    pair_precision: float
    pair_recall: float
    pair_f1: float
    cluster_precision: float
    """Predicted clusters (of two or more mentions, or singletons) that are exactly one true cluster."""
    cluster_recall: float
    """True clusters found exactly."""
    cluster_f1: float
    clusters: int
    entities: int


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _pairs(sizes: Iterable[int]) -> int:
    return sum(size * (size - 1) // 2 for size in sizes)


def score(truth: Mapping[int, int], clusters: Mapping[int, object]) -> Scores:
    """Score ``clusters`` (mention id to cluster id) against ``truth`` (mention id to entity id).

    A mention missing from ``clusters`` is its own cluster.
    """
    predicted: dict[object, set[int]] = defaultdict(set)
    for mention in truth:
        predicted[clusters.get(mention, ("alone", mention))].add(mention)
    actual: dict[int, set[int]] = defaultdict(set)
    for mention, entity in truth.items():
        actual[entity].add(mention)
    both = Counter((clusters.get(mention, ("alone", mention)), entity) for mention, entity in truth.items())
    true_pairs = _pairs(both.values())
    predicted_pairs = _pairs(len(members) for members in predicted.values())
    actual_pairs = _pairs(len(members) for members in actual.values())
    pair_precision = true_pairs / predicted_pairs if predicted_pairs else 1.0
    pair_recall = true_pairs / actual_pairs if actual_pairs else 1.0
    exact = {frozenset(members) for members in actual.values()}
    found = sum(1 for members in predicted.values() if frozenset(members) in exact)
    cluster_precision = found / len(predicted)
    cluster_recall = found / len(actual)
    return Scores(
        pair_precision,
        pair_recall,
        _f1(pair_precision, pair_recall),
        cluster_precision,
        cluster_recall,
        _f1(cluster_precision, cluster_recall),
        len(predicted),
        len(actual),
    )
