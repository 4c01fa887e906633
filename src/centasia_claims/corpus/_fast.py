"""The loader's fast path: a sound corpus read at close to the JSON parser's speed, any doubt left to the rest.

Most corpora have no problem at all, and the careful path (`json` with a hook on every object, the detailed
converter, integrity checks that build a JSON path for every reference) spends most of its time preparing
messages that are never shown. This path reads the same folders without them:

- each fixture is parsed by `json.loads` alone; a key repeated in an object is found by counting: the keys
  the text holds (every ``"`` followed by ``:``, an upper bound) against the keys of the objects built from
  it (a lower bound); equal counts mean no key was dropped;
- nesting needs no scan: every object built has the shape of the model, so its depth is the model's
  (`SCHEMA_DEPTH`), below any limit the loader accepts here;
- each item is built by a function generated from its class that checks the JSON types inline (as strictly
  as the converter: no string read as a number, no unknown key) and then calls the class, so every
  validator runs; repeated strings (ids, units, languages) are shared, and so are equal dates;
- integrity is checked with sets, without paths.

Anything unusual (a problem, an ``extend`` section, an older format, a limit below the model's depth, an
unexpected exception) returns ``None``, and the careful path reads the folders again and reports every
problem with its file and JSON path. So a corpus comes from here only where the careful path would return an
equal one, which the tests check on every corpus they load.
"""

from __future__ import annotations

import enum
import sys
import typing
from typing import TYPE_CHECKING, Any, Final

import attrs

from centasia_claims.corpus._extend import EXTEND
from centasia_claims.corpus._format import FORMAT_KEY, FORMAT_VERSION
from centasia_claims.corpus._integrity import ID_KINDS, SECTIONS, _item_problems, _term
from centasia_claims.errors import CentasiaClaimsError
from centasia_claims.model import (
    AttributionStep,
    Claim,
    Exclusion,
    Measure,
    Mention,
    PartialDate,
    Period,
    Source,
    grapheme_boundary,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

__all__ = ["SCHEMA_DEPTH", "Counts", "bare_fixture", "build_section", "sound"]


class _Doubt(CentasiaClaimsError):
    """The fast path cannot vouch for the data: the careful path reads it and says what is wrong."""


# Fields whose values repeat across a corpus (ids referred to, units, languages, kinds): one string each.
_SHARED: Final = frozenset(
    {
        "source", "measure", "about", "agent", "outlet", "authors", "part_of", "copy_of", "translation_of",
        "same_as", "target", "entity", "share_of", "age_of", "authority", "of", "participants", "place",
        "birth_place", "unit", "language", "lang", "kind", "document", "per", "predicate", "relation",
    }
)  # fmt: skip


class Counts:
    """What the builders saw: the keys of every object built, and the dates built so far (shared)."""

    def __init__(self) -> None:
        self.keys = 0
        self.dates: dict[str, PartialDate] = {}
        self.periods: dict[str, Period] = {}


def _is_optional(tp: Any) -> Any:
    args = typing.get_args(tp)
    if typing.get_origin(tp) in {typing.Union, __import__("types").UnionType} and len(args) == 2:  # noqa: PLC2701
        inner = [arg for arg in args if arg is not type(None)]
        return inner[0] if len(inner) == 1 else None
    return None


def _element_converter(tp: Any, name: str) -> Callable[[Any, Counts], Any]:  # noqa: PLR0911  (one per type)
    """A function reading one JSON value of type ``tp`` as the converter would, or raising."""
    if tp is str:
        shared = name in _SHARED

        def read_str(value: Any, _: Counts) -> str:
            if type(value) is not str:
                raise _Doubt
            return sys.intern(value) if shared else value

        return read_str
    if tp is int:

        def read_int(value: Any, _: Counts) -> int:
            if type(value) is not int:
                raise _Doubt
            return value

        return read_int
    if tp is float:

        def read_float(value: Any, _: Counts) -> float:
            if type(value) is int:
                return float(value)
            if type(value) is not float:
                raise _Doubt
            return value

        return read_float
    if tp is bool:

        def read_bool(value: Any, _: Counts) -> bool:
            if type(value) is not bool:
                raise _Doubt
            return value

        return read_bool
    if tp is PartialDate:

        def read_date(value: Any, counts: Counts) -> PartialDate:
            if type(value) is not str:
                raise _Doubt
            found = counts.dates.get(value)
            if found is None:
                found = counts.dates[value] = PartialDate.parse(value)
            return found

        return read_date
    if tp is Period:

        def read_period(value: Any, counts: Counts) -> Period:
            if type(value) is not str:
                raise _Doubt
            found = counts.periods.get(value)
            if found is None:
                found = counts.periods[value] = Period.parse(value)
            return found

        return read_period
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        members = {member.value: member for member in tp}

        def read_enum(value: Any, _: Counts) -> Any:
            if type(value) is not str:
                raise _Doubt
            return members[value]

        return read_enum
    inner = _is_optional(tp)
    if inner is not None:
        read_inner = _element_converter(inner, name)

        def read_optional(value: Any, counts: Counts) -> Any:
            return None if value is None else read_inner(value, counts)

        return read_optional
    if typing.get_origin(tp) is tuple and len(typing.get_args(tp)) == 2 and typing.get_args(tp)[1] is ...:
        read_item = _element_converter(typing.get_args(tp)[0], name)

        def read_tuple(value: Any, counts: Counts) -> tuple[Any, ...]:
            if type(value) is not list:
                raise _Doubt
            return tuple([read_item(item, counts) for item in value])

        return read_tuple
    if isinstance(tp, type) and attrs.has(tp):
        return builder(tp)
    raise _Doubt  # a type the fast path does not know: the careful path reads it


def _depth(tp: Any) -> int:
    """How deep JSON data of type ``tp`` nests: an object or a list is a level."""
    inner = _is_optional(tp)
    if inner is not None:
        return _depth(inner)
    if typing.get_origin(tp) is tuple:
        return 1 + _depth(typing.get_args(tp)[0])
    if tp in {PartialDate, Period} or not (isinstance(tp, type) and attrs.has(tp)):
        return 0
    hints = typing.get_type_hints(tp)
    return 1 + max((_depth(hints[field.name]) for field in attrs.fields(tp) if field.init), default=0)


_BUILDERS: dict[type, Callable[[Any, Counts], Any]] = {}

# Reference fields whose every value the fast path's integrity check finds among the corpus's own ids, each
# of which passed its class's id check: their id validators would only repeat that. Every other validator runs.
_REFERENCES: Final[dict[type, frozenset[str]]] = {
    Claim: frozenset({"source", "about", "measure"}),
    AttributionStep: frozenset({"agent"}),  # held only by claims, whose agents are checked
    Mention: frozenset({"entity", "source"}),
    Exclusion: frozenset({"source"}),
}


def builder(cls: type) -> Callable[[Any, Counts], Any]:
    """The function that builds ``cls`` from a JSON object, checking JSON types as strictly as the converter.

    Generated once per class (as attrs and cattrs generate theirs) from the class's fields: the known keys,
    each value's JSON type checked inline for strings and through a reader for the rest, then what the
    class's ``__init__`` does (defaults, converters, every validator, ``__attrs_post_init__``) without
    the id validators of `_REFERENCES`. A missing required field, a wrong type or a failed validator
    raises, and the careful path reads the data again.
    """
    if cls in _BUILDERS:
        return _BUILDERS[cls]
    hints = typing.get_type_hints(cls)
    fields = attrs.fields(cls)
    if any(not field.init for field in fields):
        raise _Doubt  # a field the class sets itself: left to the careful path
    skipped = _REFERENCES.get(cls, frozenset())
    names: dict[str, Any] = {"cls": cls, "Doubt": _Doubt, "intern": sys.intern, "dict": dict}
    names |= {"new": object.__new__, "put": object.__setattr__, "allowed": frozenset(f.alias for f in fields)}
    lines = [
        "def build(data, counts):",
        "    if type(data) is not dict or not data.keys() <= allowed:",
        "        raise Doubt",
        "    counts.keys += len(data)",
        "    get = data.get",
        "    self = new(cls)",
    ]
    for index, field in enumerate(fields):
        key, tp, local = field.alias, hints[field.name], f"v{index}"
        names[f"field{index}"] = field
        lines.append(f"    {local} = get({key!r}, Doubt)")
        lines.append(f"    if {local} is Doubt:")
        if field.default is attrs.NOTHING:
            lines.append("        raise Doubt")
        elif isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
            names[f"factory{index}"] = field.default.factory
            argument = "self" if field.default.takes_self else ""
            lines.append(f"        {local} = factory{index}({argument})")
        else:
            names[f"default{index}"] = field.default
            lines.append(f"        {local} = default{index}")
        lines.append("    else:")
        if tp is str or _is_optional(tp) is str:
            guard = f"type({local}) is not str" if tp is str else f"{local} is not None and type({local}) is not str"
            lines.append(f"        if {guard}:")
            lines.append("            raise Doubt")
            if key in _SHARED:
                lines.append(f"        {local} = {local} if {local} is None else intern({local})")
        else:
            names[f"read{index}"] = _element_converter(tp, key)
            lines.append(f"        {local} = read{index}({local}, counts)")
        if field.converter is not None:
            names[f"convert{index}"] = field.converter
            lines.append(f"    {local} = convert{index}({local})")
        lines.append(f"    put(self, {field.name!r}, {local})")
    for index, field in enumerate(fields):
        if field.validator is not None and field.name not in skipped:
            names[f"check{index}"] = field.validator
            lines.append(f"    check{index}(self, field{index}, v{index})")
    if hasattr(cls, "__attrs_post_init__"):
        lines.append("    self.__attrs_post_init__()")
    lines.append("    return self")
    namespace: dict[str, Any] = {}
    exec("\n".join(lines), names, namespace)  # noqa: S102  (code generated from the model's own fields)
    build: Callable[[Any, Counts], Any] = namespace["build"]
    _BUILDERS[cls] = build
    return build


SCHEMA_DEPTH: Final = 2 + max(_depth(cls) for cls in SECTIONS.values())
"""The deepest nesting of a fixture whose items all fit the model: the file, a section, then the items."""


def build_section(section: str, raw: Any, counts: Counts) -> list[Any]:
    """Every item of a section, built; raises when anything does not fit (the careful path says what)."""
    if type(raw) is not list:
        raise _Doubt
    build = builder(SECTIONS[section])
    return [build(item, counts) for item in raw]


def bare_fixture(data: Any) -> bool:
    """Whether a fixture's data is an object of sections in the current format, and nothing else."""
    return (
        type(data) is dict
        and data.get(FORMAT_KEY, 1) == FORMAT_VERSION
        and type(data.get(FORMAT_KEY)) is int
        and EXTEND not in data
        and all(key in SECTIONS or key == FORMAT_KEY for key in data)
    )


def _boundary(text: str, index: int) -> bool:
    pair = text[index - 1 : index + 1] if index > 0 else ""
    return (pair.isascii() and pair != "\r\n") or grapheme_boundary(text, index)


def sound(sections: Mapping[str, tuple[Any, ...]], documents: Mapping[str, str]) -> bool:
    """Whether the sections pass every integrity check of the careful path (without building a path).

    Claims, the bulk of a corpus, are checked with sets and one slice per quote; the other sections item
    by item with the careful path's own checks.
    """
    kinds: dict[str, str] = {}
    total = 0
    for section, kind in ID_KINDS.items():
        items = sections[section]
        kinds.update(dict.fromkeys([item.id for item in items], kind))
        total += len(items)
        if len(kinds) != total:
            return False  # an id defined twice
    in_document = {source.id: source.document for source in sections["sources"] if isinstance(source, Source)}
    for section, items in sections.items():
        if section == "claims":
            continue
        for item in items:
            if next(_item_problems(item, kinds, documents, in_document), None) is not None:
                return False
    return _claims_sound(sections["claims"], sections["measures"], kinds, documents, in_document)


def _claims_sound(
    claims: tuple[Claim, ...],
    measures: tuple[Measure, ...],
    kinds: Mapping[str, str],
    documents: Mapping[str, str],
    in_document: Mapping[str, str],
) -> bool:
    def of(*wanted: str) -> set[str]:
        return {id_ for id_, kind in kinds.items() if kind in wanted}

    entities = of("person", "organization", "place", "event", "group")
    if not (
        {claim.source for claim in claims} <= of("source")
        and {claim.measure for claim in claims if claim.measure is not None} <= of("measure")
        and {id_ for claim in claims for id_ in claim.about} <= entities
        and {s.agent for claim in claims for s in claim.attribution if s.agent is not None} <= entities
        and {
            claim.value.share_of
            for claim in claims
            if claim.value is not None and claim.value.share_of is not None
        }
        <= of("claim")
    ):
        return False
    vocabularies = {measure.id: measure.vocabulary for measure in measures}
    for claim in claims:
        quote = claim.quote
        if quote is not None:
            text = documents[in_document[claim.source]]
            start, end = quote.start, quote.end
            if text[start:end] != quote.exact or not (_boundary(text, start) and _boundary(text, end)):
                return False
        if (claim.term is not None or vocabularies.get(claim.measure or "")) and next(
            _term(claim, vocabularies), None
        ) is not None:
            return False
    return True
