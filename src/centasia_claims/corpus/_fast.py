"""The loader's fast path: a sound corpus read at close to the JSON parser's speed, any doubt left aside.

Most corpora have no problem at all, and the careful path (`json` with a hook on every object, the detailed
converter, integrity checks that build a JSON path for every reference) spends most of its time preparing
messages that are never shown. This path reads the same folders without them:

- each fixture is parsed by msgspec's JSON parser alone (faster than `json`; it refuses all that `json`
  refuses, and NaN, numbers past a float and lone surrogates besides, and gives what `json` gives where it
  accepts); a key repeated in an object is found by counting the keys the text holds (`text_keys`) against the
  keys of the objects built from it: equal counts mean none was dropped;
- nesting needs no scan: every object built has the shape of the model, so its depth is the model's
  (`schema_depth`), within any limit the loader takes this path for;
- each item is built by a function generated from its class that reads every field inline, as strictly as
  the converter (no string read as a number, no unknown key), then does what the class's ``__init__`` does
  with every validator except the id checks of references, which the integrity check covers; repeated strings
  (ids, units, languages) are shared, and so are equal dates;
- integrity is checked with sets, without paths.

Anything unusual (a problem, an ``extend`` section, a format whose upgrade changes items, a limit below the
model's depth, an unexpected exception) returns ``None``, and the careful path reads the folders again and
reports every problem with its file and JSON path. So a corpus comes from here only where the careful path
would return an equal one, which the tests check (``tests/corpus/test_fast.py``).
"""

from __future__ import annotations

import enum
import functools
import sys
import types
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
    TextQuote,
    grapheme_boundary,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

__all__ = ["Counts", "bare_fixture", "build_section", "schema_depth", "sound"]


class _DoubtError(CentasiaClaimsError):
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
    """What the builders of one load share: the keys of all objects built, and one of each string and date."""

    def __init__(self) -> None:
        self.keys = 0
        self.shared: dict[str, str] = {}
        self.dates: dict[str, PartialDate] = {}
        self.periods: dict[str, Period] = {}


def _is_optional(tp: Any) -> Any:
    args = typing.get_args(tp)
    if typing.get_origin(tp) in {typing.Union, types.UnionType} and len(args) == 2:
        inner = [arg for arg in args if arg is not type(None)]
        return inner[0] if len(inner) == 1 else None
    return None


class _Code:
    """The lines of one generated builder, and the values its names stand for."""

    def __init__(self, cls: type) -> None:
        self.lines: list[str] = []
        self.names: dict[str, Any] = {"cls": cls, "Doubt": _DoubtError, "intern": sys.intern}
        self.names |= {"new": object.__new__, "put": object.__setattr__}

    def name(self, value: object, prefix: str) -> str:
        key = f"{prefix}{len(self.names)}"
        self.names[key] = value
        return key

    def add(self, indent: int, *lines: str) -> None:
        self.lines += [" " * indent + line for line in lines]


def _read(tp: Any, var: str, key: str, code: _Code, indent: int) -> None:
    """Lines that check the JSON value in ``var`` is of type ``tp`` and make it what the converter makes."""
    inner = _is_optional(tp)
    if tp in {str, int, bool}:
        code.add(indent, f"if type({var}) is not {tp.__name__}:", "    raise Doubt")
        if tp is str and key in _SHARED:
            code.add(indent, f"{var} = share({var}, {var})")
    elif tp is float:
        code.add(indent, f"if type({var}) is int:", f"    {var} = float({var})")
        code.add(indent, f"elif type({var}) is not float:", "    raise Doubt")
    elif tp in {PartialDate, Period}:
        cache, parse = "dates" if tp is PartialDate else "periods", code.name(tp.parse, "parse")
        code.add(
            indent, f"if type({var}) is not str:", "    raise Doubt", f"{var}_ = counts.{cache}.get({var})"
        )
        code.add(indent, f"if {var}_ is None:", f"    {var}_ = counts.{cache}[{var}] = {parse}({var})")
        code.add(indent, f"{var} = {var}_")
    elif isinstance(tp, type) and issubclass(tp, enum.Enum):
        code.add(indent, f"{var} = {code.name({member.value: member for member in tp}, 'members')}[{var}]")
    elif inner is not None:
        code.add(indent, f"if {var} is not None:")
        _read(inner, var, key, code, indent + 4)
    elif typing.get_origin(tp) is tuple and typing.get_args(tp)[1:] == (...,):
        item_type = typing.get_args(tp)[0]
        code.add(indent, f"if type({var}) is not list:", "    raise Doubt")
        if isinstance(item_type, type) and attrs.has(item_type) and item_type not in {PartialDate, Period}:
            build = code.name(builder(item_type), "build")
            code.add(indent, f"{var} = tuple([{build}(item, counts) for item in {var}])")
        else:
            code.add(indent, f"{var}_ = []", f"for item in {var}:")
            _read(item_type, "item", key, code, indent + 4)
            code.add(indent, f"    {var}_.append(item)", f"{var} = tuple({var}_)")
    elif isinstance(tp, type) and attrs.has(tp):
        code.add(indent, f"{var} = {code.name(builder(tp), 'build')}({var}, counts)")
    else:
        raise _DoubtError  # a type the fast path does not know: the careful path reads it


# Converters that only turn a list into a tuple or a whole number into a float, which `_read` has done.
_DONE_BY_READING: Final = frozenset({"_frozen.<locals>.convert", "_to_float", "_to_floats"})


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
# of which passed its class's id check: their id validators would only repeat it. Every other validator runs.
_REFERENCES: Final[dict[type, frozenset[str]]] = {
    Claim: frozenset({"source", "about", "measure"}),
    AttributionStep: frozenset({"agent"}),  # held only by claims, whose agents are checked
    Mention: frozenset({"entity", "source"}),
    Exclusion: frozenset({"source"}),
}


def builder(cls: type) -> Callable[[Any, Counts], Any]:
    """The function that builds ``cls`` from a JSON object, checking JSON types as strictly as the converter.

    Generated once per class (as attrs and cattrs generate theirs) from the class's fields: the known keys,
    each value's JSON type checked inline, nested objects by their own builders, then what the class's
    ``__init__`` does (defaults, converters, every validator, ``__attrs_post_init__``) without the id
    validators of `_REFERENCES`. A missing required field, a wrong type or a failed validator raises, and
    the careful path reads the data again.
    """
    if cls in _BUILDERS:
        return _BUILDERS[cls]
    hints = typing.get_type_hints(cls)
    fields = attrs.fields(cls)
    if any(not field.init for field in fields):
        raise _DoubtError  # a field the class sets itself: left to the careful path
    code = _Code(cls)
    allowed = code.name(frozenset(field.alias for field in fields), "allowed")
    code.add(0, "def build(data, counts):")
    code.add(4, f"if type(data) is not dict or not data.keys() <= {allowed}:", "    raise Doubt")
    code.add(
        4, "counts.keys += len(data)", "get = data.get", "share = counts.shared.setdefault", "self = new(cls)"
    )
    for index, field in enumerate(fields):
        var = f"v{index}"
        code.add(4, f"{var} = get({field.alias!r}, Doubt)", f"if {var} is Doubt:")
        if field.default is attrs.NOTHING:
            code.add(8, "raise Doubt")
        elif isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
            factory = code.name(field.default.factory, "factory")
            code.add(8, f"{var} = {factory}({'self' if field.default.takes_self else ''})")
        else:
            code.add(8, f"{var} = {code.name(field.default, 'default')}")
        code.add(4, "else:")
        _read(hints[field.name], var, field.alias, code, 8)
        converter = field.converter
        if converter is not None and getattr(converter, "__qualname__", "") not in _DONE_BY_READING:
            code.add(4, f"{var} = {code.name(converter, 'convert')}({var})")
        code.add(4, f"put(self, {field.name!r}, {var})")
    for index, field in enumerate(fields):
        if field.validator is None or field.name in _REFERENCES.get(cls, ()):
            continue
        if getattr(field.validator, "__qualname__", "") == "check_non_empty":  # its rule, inline
            code.add(4, f"if not v{index}.strip():", "    raise Doubt")
            continue
        check, attribute = code.name(field.validator, "check"), code.name(field, "field")
        code.add(4, f"{check}(self, {attribute}, v{index})")
    if hasattr(cls, "__attrs_post_init__"):
        code.add(4, "self.__attrs_post_init__()")
    code.add(4, "return self")
    namespace: dict[str, Any] = {}
    exec("\n".join(code.lines), code.names, namespace)  # noqa: S102  (code generated from the model's fields)
    build: Callable[[Any, Counts], Any] = namespace["build"]
    _BUILDERS[cls] = build
    return build


@functools.cache
def schema_depth() -> int:
    """The deepest nesting of a fixture whose items all fit the model: the file, a section, then the items.

    Computed from the model on first use (importing the library stays cheap).
    """
    return 2 + max(_depth(cls) for cls in SECTIONS.values())


def build_section(section: str, raw: Any, counts: Counts) -> list[Any]:
    """Every item of a section, built; raises when anything does not fit (the careful path says what)."""
    if type(raw) is not list:
        raise _DoubtError
    build = builder(SECTIONS[section])
    return [build(item, counts) for item in raw]


# Format versions whose sections read as the current one's: version 1 only lacks the number. A new version
# whose upgrade changes items must not be listed here (its keys would no longer be the text's).
_SAME_SHAPE: Final = frozenset({1, FORMAT_VERSION})


def bare_fixture(data: Any) -> bool:
    """Whether a fixture's data is an object of sections in a format read as it is, and nothing else."""
    return (
        type(data) is dict
        and EXTEND not in data
        and type(data.get(FORMAT_KEY, 1)) is int
        and data.get(FORMAT_KEY, 1) in _SAME_SHAPE
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
    ids: dict[str, set[str]] = {}
    for section, kind in ID_KINDS.items():
        ids[kind] = {item.id for item in sections[section]}
        kinds.update(dict.fromkeys(ids[kind], kind))
        if len(ids[kind]) != len(sections[section]) or len(kinds) != sum(map(len, ids.values())):
            return False  # an id defined twice
    in_document = {source.id: source.document for source in sections["sources"] if isinstance(source, Source)}
    for section, items in sections.items():
        if section in {"claims", "mentions", "exclusions"}:
            continue
        for item in items:
            if next(_item_problems(item, kinds, documents, in_document), None) is not None:
                return False
    sources = ids["source"]
    named = ids["person"] | ids["organization"] | ids["place"] | ids["event"]
    return (
        {mention.entity for mention in sections["mentions"]} <= named
        and {item.source for name in ("mentions", "exclusions") for item in sections[name]} <= sources
        and all(_quoted(item.quote, documents[in_document[item.source]]) for item in sections["mentions"])
        and all(_quoted(item.quote, documents[in_document[item.source]]) for item in sections["exclusions"])
        and _claims_sound(sections["claims"], sections["measures"], ids, documents, in_document)
    )


def _quoted(quote: TextQuote, text: str) -> bool:
    """Whether a quote is its document's text at its offsets, cut between characters (`offsets_problem`)."""
    start, end = quote.start, quote.end
    return text[start:end] == quote.exact and _boundary(text, start) and _boundary(text, end)


def _claims_sound(
    claims: tuple[Claim, ...],
    measures: tuple[Measure, ...],
    ids: Mapping[str, set[str]],
    documents: Mapping[str, str],
    in_document: Mapping[str, str],
) -> bool:
    entities = ids["person"] | ids["organization"] | ids["place"] | ids["event"] | ids["group"]
    if not (
        {claim.source for claim in claims} <= ids["source"]
        and {claim.measure for claim in claims if claim.measure is not None} <= ids["measure"]
        and {id_ for claim in claims for id_ in claim.about} <= entities
        and {s.agent for claim in claims for s in claim.attribution if s.agent is not None} <= entities
        and {
            claim.value.share_of
            for claim in claims
            if claim.value is not None and claim.value.share_of is not None
        }
        <= ids["claim"]
    ):
        return False
    vocabularies = {measure.id: measure.vocabulary for measure in measures}
    texts = {source: documents[document] for source, document in in_document.items()}
    for claim in claims:
        quote = claim.quote
        if quote is not None:  # `_quoted`, inline: one claim after another, this is the loop's cost
            text, start, end = texts[claim.source], quote.start, quote.end
            if text[start:end] != quote.exact:
                return False
            before, after = text[start - 1 : start + 1] if start else "", text[end - 1 : end + 1]
            if not (before.isascii() or grapheme_boundary(text, start)):
                return False
            if not (after.isascii() or grapheme_boundary(text, end)):
                return False
        if (claim.term is not None or vocabularies.get(claim.measure or "")) and next(
            _term(claim, vocabularies), None
        ) is not None:
            return False
    return True
