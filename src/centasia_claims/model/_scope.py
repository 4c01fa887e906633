"""What a figure counts: its scope as typed dimensions, compared by containment, not by string equality.

A `Scope` says who is counted (population terms included and excluded), where (places), on what time basis
(a flow within a period, a running total, a level at one moment) and in what unit of count. A scope lies
within another when it counts nothing the other does not: fighters lie within fighters and their families,
Syria within Syria and Iraq.

>>> from centasia_claims.model import Scope, TimeBasis
>>> fighters = Scope(included=("fighters",), places=("place:syria",))
>>> families = Scope(included=("fighters", "family members"), places=("place:syria", "place:iraq"))
>>> fighters.within(families), families.within(fighters)
(True, False)
>>> print(fighters.difference(families))
population: fighters is within family members and fighters

Population terms are free text, compared after folding case and spaces; the terms of `POPULATION_TERMS`
also know which broader terms they lie within (a suicide bomber is a fighter):

>>> from centasia_claims.model import PLACE_FORMS, POPULATION_TERMS, TERM_FORMS
>>> POPULATION_TERMS["suicide bombers"]
('fighters',)
>>> Scope(included=("suicide bombers",)).within(Scope(included=("fighters",)))
True

Terms and places written in Russian or Tajik are the terms and places they name (`TERM_FORMS`,
`PLACE_FORMS`):

>>> TERM_FORMS["nationals"][5], PLACE_FORMS["place:syria"]
('граждан', ('syria', 'сири', 'сурия'))
>>> Scope(included=("граждан Таджикистана",), places=("Сирии",))
Scope(included=('nationals',), excluded=(), places=('place:syria',), basis=None, unit=None)

Where the scopes of two figures differ, they count different things; reconciliation says so
(``different_definitions``) instead of comparing the numbers.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Final

import attrs

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

__all__ = [
    "PLACE_FORMS",
    "POPULATION_TERMS",
    "TERM_FORMS",
    "Scope",
    "TimeBasis",
    "broader_terms",
    "fold_term",
    "form_index",
    "match_form",
    "place_key",
]

POPULATION_TERMS: Final[dict[str, tuple[str, ...]]] = {
    "fighters": ("travellers",),
    "suicide bombers": ("fighters",),
    "commanders": ("fighters",),
    "recruits": ("travellers",),
    "travellers": ("nationals",),
    "family members": ("travellers",),
    "women": ("nationals",),
    "children": ("nationals",),
    "returnees": ("travellers",),
    "killed": ("travellers",),
    "detainees": ("nationals",),
    "migrant workers": ("nationals",),
    "students": ("nationals",),
    "nationals": (),
    "ethnic tajiks": (),
    "natives": (),
}
"""The population vocabulary: each term with the broader terms it lies within (directly).

Source: the groups the seed documents count (fighters, suicide bombers, returnees, migrant workers, family
members of those who went ...) and the distinction the reporting on foreign fighters draws between those who
travelled and those who fought (ICCT and ICSR reports cited in the seeds count travellers, fighters and
their families apart). Reporting in Russian and Tajik counts citizens of Tajikistan ("граждан
Таджикистана", "шаҳрвандони Тоҷикистон"), ethnic Tajiks (of Russia and Afghanistan as well) and natives of
Tajikistan ("уроженцев", "выходцев") apart: three groups that overlap, none within another. A term "X from
a place" lies within X. Any other term is free: it lies within itself only.
"""

TERM_FORMS: Final[dict[str, tuple[str, ...]]] = {
    "nationals": (
        "citizen",
        "tajik citizen",
        "tajik national",
        "citizen of tajikistan",
        "national of tajikistan",
        "граждан",
        "граждан таджикистан",
        "таджикск граждан",
        "граждан республик таджикистан",
        "шаҳрванд",
        "шаҳрвандони тоҷикистон",
        "шаҳрвандони ҷумҳурии тоҷикистон",
    ),
    "ethnic tajiks": ("ethnic tajik", "этническ таджик"),
    "natives": ("native of tajikistan", "уроженц", "уроженц таджикистан", "выходц", "выходц из таджикистан"),
    "fighters": ("fighter", "militant", "боевик", "ҷангҷӯ"),
    "travellers": ("traveller", "traveler", "выехавш", "уехавш"),
    "women": ("женщин", "зан"),
    "children": ("minor", "дет", "несовершеннолетн", "кӯдак", "ноболиғ"),
    "migrant workers": ("migrant", "трудов мигрант", "мигрант", "муҳоҷир меҳнат", "муҳоҷир"),
    "killed": ("погибш", "убит", "кушташуда"),
    "returnees": ("returned", "вернувшихся", "вернувшиеся", "возвращенц", "бозгашта"),
    "family members": ("член сем", "родственник", "аъзои оил"),
    "detainees": ("detained", "задержанн", "осужденн", "боздоштшуда"),
}
"""Written forms of the population terms, in English, Russian and Tajik Cyrillic (each term is also a form of
itself). A form is a sequence of word stems: a term matches it when it has as many words and each word
starts with the stem and adds at most three letters (an ending: "граждан" reads "граждане", "гражданина",
"гражданами", not "гражданских"). Source: the wording of Russian- and Tajik-language reporting on Tajik
fighters (TASS, RIA Novosti, Asia-Plus, Ozodi and the Interior Ministry's statements as they quote them):
"граждан Таджикистана", "этнических таджиков из России", "уроженцев Таджикистана", "шаҳрвандони Тоҷикистон",
"ҷангҷӯён", "муҳоҷирони меҳнатӣ"."""

PLACE_FORMS: Final[dict[str, tuple[str, ...]]] = {
    "place:syria": ("syria", "сири", "сурия"),
    "place:iraq": ("iraq", "ирак", "ироқ"),
    "place:afghanistan": ("afghanistan", "афганистан", "афғонистон"),
    "place:russia": ("russia", "росси", "русия"),
    "place:turkey": ("turkey", "турци", "туркия"),
    "place:tajikistan": ("tajikistan", "таджикистан", "тоҷикистон"),
}
"""Place names as scopes write them, by the place entity id the seed corpus gives the place; the forms are
stems read as `TERM_FORMS` are ("Сирии", "Сирию"). Source: the theatres and countries of origin the seed
reporting names, in English, Russian and Tajik Cyrillic."""

_ENDING: Final = 3
"""How many letters a word may add to its form's stem: Russian and Tajik endings are at most three."""

_JOINERS: Final = frozenset({"and", "и", "ва"})
"""Words that join two places in one value ("Syria and Iraq", "Сирия и Ирак", "Сурия ва Ироқ")."""

_FROM: Final = frozenset({"from", "из", "аз"})
"""Words that say where a group comes from ("ethnic Tajiks from Russia", "из России", "аз Русия")."""


_FormIndex = dict[int, tuple[tuple[tuple[str, ...], str], ...]]
"""Forms by their number of words: each form's stems with its key, in table order."""


def form_index(table: dict[str, tuple[str, ...]]) -> _FormIndex:
    """The forms of a table (and each key as a form of itself) by their number of words, in table order.

    >>> form_index({"killed": ("убит",)})[1]
    ((('killed',), 'killed'), (('убит',), 'killed'))
    """
    found: dict[int, list[tuple[tuple[str, ...], str]]] = {}
    for key, forms in table.items():
        for form in (key, *forms):
            stems = tuple(_fold(form).split())
            found.setdefault(len(stems), []).append((stems, key))
    return {count: tuple(items) for count, items in found.items()}


_YO: Final = str.maketrans({"\N{CYRILLIC SMALL LETTER IO}": "\N{CYRILLIC SMALL LETTER IE}"})
"""Russian often writes ё without its dots: forms compare the two letters as one."""


def _fold(text: str) -> str:
    return " ".join(text.casefold().translate(_YO).split())


def match_form(text: str, forms: _FormIndex) -> str | None:
    """The key whose form the text matches (word by word: the stem, then an ending of up to three letters).

    ``forms`` is a `form_index` of a table, made once.

    >>> terms = form_index(TERM_FORMS)
    >>> match_form("Граждан Таджикистана", terms), match_form("гражданских лиц", terms)
    ('nationals', None)
    """
    words = _fold(text).split()
    for stems, key in forms.get(len(words), ()):
        if all(
            word.startswith(stem) and len(word) - len(stem) <= _ENDING
            for word, stem in zip(words, stems, strict=True)
        ):
            return key
    return None


_TERM_INDEX: Final = form_index(TERM_FORMS)
"""`TERM_FORMS` indexed once, for `match_form`."""
_PLACE_INDEX: Final = form_index(PLACE_FORMS)
"""`PLACE_FORMS` indexed once, for `match_form`."""


def place_key(name: str) -> str:
    """A place as scopes compare it: the id of a place `PLACE_FORMS` knows, or the name as written.

    >>> place_key("Сирии"), place_key("Сурия"), place_key("place:syria"), place_key(" Raqqa ")
    ('place:syria', 'place:syria', 'place:syria', 'Raqqa')
    """
    name = " ".join(name.split())
    return match_form(name, _PLACE_INDEX) or name


def fold_term(term: str) -> str:
    """A term as compared: lower case, single spaces; a written form of a known term is that term.

    A term "X from a place" is X's term from the place's key (`place_key`).

    >>> fold_term("  Family   Members "), fold_term("граждан Таджикистана"), fold_term("ҷангҷӯён")
    ('family members', 'nationals', 'fighters')
    >>> fold_term("этнических таджиков из России")
    'ethnic tajiks from place:russia'
    """
    folded = _fold(term)
    known = match_form(folded, _TERM_INDEX)
    if known is not None:
        return known
    words = folded.split()
    for index, word in enumerate(words[1:-1], start=1):
        if word in _FROM:
            return f"{fold_term(' '.join(words[:index]))} from {place_key(' '.join(words[index + 1 :]))}"
    return folded


def broader_terms(term: str) -> frozenset[str]:
    """The term and every term of `POPULATION_TERMS` it lies within, directly or through others.

    >>> sorted(broader_terms("Suicide bombers"))
    ['fighters', 'nationals', 'suicide bombers', 'travellers']
    >>> sorted(broader_terms("a free term"))
    ['a free term']
    """
    found = {fold_term(term)}
    todo = list(found)
    while todo:
        current = todo.pop()
        head, origin, _ = current.partition(" from ")
        for broader in (*POPULATION_TERMS.get(current, ()), *((head,) if origin else ())):
            if broader not in found:
                found.add(broader)
                todo.append(broader)
    return frozenset(found)


def _covered(term: str, by: Iterable[str]) -> bool:
    """Whether ``term`` lies within one of ``by`` (itself or a broader term)."""
    broader = broader_terms(term)
    return any(other in broader for other in by)


def _maximal(terms: Iterable[str]) -> tuple[str, ...]:
    """The folded terms, each once, without those that lie within another of them, sorted."""
    folded = sorted({fold_term(term) for term in terms if term.strip()})
    return tuple(term for term in folded if not _covered(term, (other for other in folded if other != term)))


def _places(places: Iterable[str]) -> tuple[str, ...]:
    """Each place once, by `place_key`, a value that joins places ("Syria and Iraq") read as each, sorted."""
    found: set[str] = set()
    for place in places:
        part: list[str] = []
        for word in [*place.split(), "and"]:
            if word.casefold() in _JOINERS:
                if part:
                    found.add(place_key(" ".join(part)))
                part = []
            else:
                part.append(word)
    return tuple(sorted(found))


class TimeBasis(enum.StrEnum):
    """How a figure stands in time.

    >>> [basis.value for basis in TimeBasis]
    ['flow', 'running_total', 'level']
    """

    FLOW = "flow"
    """Counted within its period: those who went in 2015."""
    RUNNING_TOTAL = "running_total"
    """Everyone counted up to a date: those who ever went."""
    LEVEL = "level"
    """A headcount at one moment: those fighting there now."""


@attrs.frozen(kw_only=True)
class Scope:
    """What a figure counts, by dimension; a dimension left empty is not stated.

    Attributes:
        included: Population terms counted ("fighters", "family members"); each read as the term its
            written form names in English, Russian or Tajik (`TERM_FORMS`: "граждан Таджикистана" is Tajik
            citizens), each once, without a term that lies within another of them (`POPULATION_TERMS`).
        excluded: Population terms left out of them ("children"), read the same way.
        places: Place entity ids or place names, a name read as the id of the place it names where
            `PLACE_FORMS` knows it ("Сирии" is ``place:syria``); a set: ``place:syria`` and ``place:iraq``
            is "Syria and Iraq".
        basis: A flow within a period, a running total, or a level at one moment.
        unit: The unit of count where it is not a person ("households", "families").

    >>> Scope(included=("Fighters", "suicide bombers", "fighters")).included
    ('fighters',)
    """

    included: tuple[str, ...] = attrs.field(default=(), converter=_maximal)
    excluded: tuple[str, ...] = attrs.field(default=(), converter=_maximal)
    places: tuple[str, ...] = attrs.field(default=(), converter=_places)
    basis: TimeBasis | None = None
    unit: str | None = None

    def over(self, default: Scope | None) -> Scope:
        """This scope, with each dimension it leaves empty taken from ``default`` (a measure's scope).

        >>> Scope(places=("place:syria",)).over(Scope(included=("fighters",), places=("place:iraq",)))
        Scope(included=('fighters',), excluded=(), places=('place:syria',), basis=None, unit=None)
        """
        if default is None:
            return self
        return Scope(
            included=self.included or default.included,
            excluded=self.excluded or default.excluded,
            places=self.places or default.places,
            basis=self.basis or default.basis,
            unit=self.unit or default.unit,
        )

    def within(self, other: Scope, *, place_within: Callable[[str, str], bool] | None = None) -> bool:
        """Whether this scope counts nothing ``other`` does not: a partial order on scopes.

        An empty dimension of ``other`` contains everything; an empty dimension of this one lies within an
        empty one only. ``place_within(a, b)`` can say that place ``a`` lies in place ``b`` (from a corpus's
        ``located_in`` relations); without it a place lies within itself only.

        >>> Scope(places=("place:syria",)).within(Scope(places=("place:iraq", "place:syria")))
        True
        """
        return all(self._dimension(other, name, place_within) is None for name in _DIMENSIONS)

    def difference(
        self, other: Scope, *, place_within: Callable[[str, str], bool] | None = None
    ) -> str | None:
        """The first dimension on which the two scopes are not equal, in words; ``None`` when equal.

        >>> print(Scope(basis=TimeBasis.FLOW).difference(Scope(basis=TimeBasis.RUNNING_TOTAL)))
        time basis: flow, not running_total
        >>> print(Scope(places=("place:syria",)).difference(Scope()))
        place: place:syria, where the other does not say
        """
        for name in _DIMENSIONS:
            mine, theirs = _shown(self, name), _shown(other, name)
            if mine == theirs:
                continue
            label = _LABELS[name]
            if not theirs:
                return f"{label}: {mine}, where the other does not say"
            if not mine:
                return f"{label}: not stated, where the other says {theirs}"
            forward = self._dimension(other, name, place_within) is None
            backward = other._dimension(self, name, place_within) is None
            if forward:
                return f"{label}: {mine} is within {theirs}"
            if backward:
                return f"{label}: {mine} includes {theirs}"
            return f"{label}: {mine}, not {theirs}"
        return None

    def _dimension(
        self, other: Scope, name: str, place_within: Callable[[str, str], bool] | None
    ) -> str | None:
        """Why this scope is not within ``other`` on one dimension, or ``None`` when it is."""
        mine, theirs = getattr(self, name), getattr(other, name)
        if not theirs or mine == theirs:
            return None
        if not mine:
            return name
        if name == "included":
            return None if all(_covered(term, theirs) for term in mine) else name
        if name == "excluded":  # this one must leave out at least what the other leaves out
            return None if all(_covered(term, mine) for term in theirs) else name
        if name == "places":
            inside = place_within or (lambda _a, _b: False)
            return None if all(p in theirs or any(inside(p, q) for q in theirs) for p in mine) else name
        return name

    def __str__(self) -> str:
        parts = [f"{_LABELS[name]}: {_shown(self, name)}" for name in _DIMENSIONS if _shown(self, name)]
        return "; ".join(parts) or "not stated"


_DIMENSIONS: Final = ("included", "excluded", "places", "basis", "unit")
_LABELS: Final = {
    "included": "population",
    "excluded": "excluding",
    "places": "place",
    "basis": "time basis",
    "unit": "unit of count",
}


def _shown(scope: Scope, name: str) -> str:
    value = getattr(scope, name)
    if isinstance(value, tuple):
        return " and ".join(value)
    return "" if value is None else str(value)
