"""The one converter between model objects and plain JSON data.

Structuring is strict: unknown keys, wrong JSON types (a string where a number belongs, a string where a list
belongs) and impossible values are rejected, and `structure_problems` turns cattrs' exception groups into one
``(JSON path, message)`` pair per problem, keeping the messages of the model's own validators::

    $.claims[12].value.low: must be <= high (got low=500, high=300)

Dates serialize as ISO 8601 strings (``"2015-05"``, periods as ``"2014/2019"``), enums as their values,
whole-number floats as integers, and fields equal to their defaults are omitted, so output stays readable.
Results (a reconciliation, a provenance report) are written by the same converter with every field, and with
the derived values their package registers through `register_result`, so scripts see stable keys.

>>> from centasia_claims import Estimate, Qualifier, serialization
>>> e = Estimate(phrase="1,141", qualifier=Qualifier.EXACT, low=1141, high=1141, point=1141)
>>> data = serialization.unstructure(e)
>>> data
{'phrase': '1,141', 'qualifier': 'exact', 'low': 1141, 'high': 1141, 'point': 1141}
>>> serialization.structure(data, Estimate) == e
True

`structure` and `unstructure` go through `converter`, a ``cattrs.Converter``; use it where cattrs is wanted:

>>> from centasia_claims import Period
>>> from centasia_claims.serialization import converter
>>> converter.unstructure(e) == data, converter.structure("2014/2019", Period) == Period.parse("2014/2019")
(True, True)
"""

from __future__ import annotations

import enum
import functools
import types
import typing
from typing import TYPE_CHECKING, Any, Final, TypeVar, cast

import attrs
import cattrs
from cattrs.errors import (
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn

from centasia_claims.errors import CentasiaClaimsError, InvalidValueError, ParseError, StructureError
from centasia_claims.model import PartialDate, Period

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = [
    "converter",
    "make_converter",
    "register_result",
    "structure",
    "structure_fast",
    "structure_problems",
    "unstructure",
]

T = TypeVar("T")

_JSON_TYPE_NAMES: Final[dict[type, str]] = {
    str: "a string",
    int: "a number",
    float: "a number",
    bool: "a boolean",
    list: "a list",
    dict: "an object",
    type(None): "null",
}


def _json_type(value: object) -> str:
    return _JSON_TYPE_NAMES.get(type(value), type(value).__name__)


class _WrongTypeError(CentasiaClaimsError, TypeError):
    """A JSON value of the wrong type; the message says what was expected and what was found."""


def _wrong(expected: str, value: object) -> _WrongTypeError:
    shown = repr(value) if not isinstance(value, dict | list) else _json_type(value)
    return _WrongTypeError(f"expected {expected}, got {_json_type(value)} ({shown})")


def _structure_str(value: object, _: type) -> str:
    if not isinstance(value, str):
        raise _wrong("a string", value)
    return value


def _structure_int(value: object, _: type) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _wrong("a whole number", value)
    return value


def _structure_float(value: object, _: type) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _wrong("a number", value)
    return float(value)


def _structure_bool(value: object, _: type) -> bool:
    if not isinstance(value, bool):
        raise _wrong("true or false", value)
    return value


_PRIMITIVE_HOOKS: Final[dict[type, Callable[[object, type], Any]]] = {
    str: _structure_str,
    int: _structure_int,
    float: _structure_float,
    bool: _structure_bool,
}


def _unstructure_float(value: float) -> float | int:
    return int(value) if float(value).is_integer() else value


def _structure_partial_date(value: object, _: type) -> PartialDate:
    if not isinstance(value, str):
        raise _wrong("a date string such as '2015', '2015-05' or '2015-05-03'", value)
    return PartialDate.parse(value)


def _structure_period(value: object, _: type) -> Period:
    if not isinstance(value, str):
        raise _wrong("a period string such as '2015', '2014/2019' or '../2007'", value)
    return Period.parse(value)


@functools.cache
def _members(cl: type[enum.Enum]) -> dict[object, enum.Enum]:
    return {member.value: member for member in cl}


def _structure_enum(value: object, cl: type[enum.Enum]) -> Any:
    try:
        return _members(cl)[value]
    except (KeyError, TypeError):
        allowed = ", ".join(repr(member.value) for member in cl)
        msg = f"expected one of {allowed}, got {value!r}"
        raise _WrongTypeError(msg) from None


def _unstructure_enum(member: enum.Enum) -> Any:
    return member.value


def _tuple_hook(converter: cattrs.Converter, cl: Any) -> Callable[[object, type], tuple[Any, ...]]:
    # cattrs would build a tuple from any iterable, turning "person:x" into a tuple of letters.
    item_type = cl.__args__[0]
    item_hook = converter.get_structure_hook(item_type)
    detailed = converter.detailed_validation

    def structure_tuple(value: object, _: type) -> tuple[Any, ...]:
        if not isinstance(value, list | tuple):
            raise _wrong("a list", value)
        if not detailed:
            return tuple([item_hook(item, item_type) for item in value])
        items: list[Any] = []
        errors: list[Exception] = []
        for index, item in enumerate(value):
            try:
                items.append(item_hook(item, item_type))
            except Exception as error:  # noqa: BLE001  (collected, then raised together as a group)
                note = IterableValidationNote(f"Structuring item @ index {index}", index, item_type)
                error.__notes__ = [*getattr(error, "__notes__", []), note]
                errors.append(error)
        if errors:
            raise IterableValidationError(f"While structuring {cl!r}", errors, cl)
        return tuple(items)

    return structure_tuple


def _is_optional(cl: Any) -> bool:
    args: tuple[Any, ...] = getattr(cl, "__args__", ())
    union = typing.get_origin(cl) in {typing.Union, types.UnionType}
    return union and len(args) == 2 and type(None) in args


def _optional_hook(converter: cattrs.Converter, cl: Any) -> Callable[[object, type], Any]:
    # cattrs looks the inner hook up on every call; resolving it once makes loading markedly faster.
    (inner_type,) = [arg for arg in cl.__args__ if arg is not type(None)]
    inner = converter.get_structure_hook(inner_type)

    def structure_optional(value: object, _: type) -> Any:
        return None if value is None else inner(value, inner_type)

    return structure_optional


def _is_homogeneous_tuple(cl: Any) -> bool:
    args: tuple[Any, ...] = getattr(cl, "__args__", ())
    return getattr(cl, "__origin__", None) is tuple and len(args) == 2 and args[1] is Ellipsis


def _attrs_hook(converter: cattrs.Converter, cl: type) -> Callable[[object, type], Any]:
    fields = ", ".join(field.name for field in attrs.fields(cl))
    inner: Callable[[Any, Any], Any] = make_dict_structure_fn(
        cl,
        converter,
        _cattrs_forbid_extra_keys=True,
        _cattrs_detailed_validation=converter.detailed_validation,
    )

    def structure_object(value: object, _: type) -> Any:
        if not isinstance(value, dict):
            raise _wrong(f"an object with keys {fields}", value)
        return inner(value, cl)

    # The fast converter needs no friendly message: any failure there is read again in detail.
    return structure_object if converter.detailed_validation else inner


def make_converter(*, detailed_validation: bool = True) -> cattrs.Converter:
    """Build the library's converter; `converter` is the one to use.

    With ``detailed_validation=False`` the converter is faster but stops at the first problem; loaders use
    it first and fall back to the detailed one to report every problem.

    >>> make_converter().structure("2015-05", PartialDate)
    PartialDate(year=2015, month=5, day=None)
    """
    conv = cattrs.Converter(
        forbid_extra_keys=True, omit_if_default=True, detailed_validation=detailed_validation
    )
    for primitive, hook in _PRIMITIVE_HOOKS.items():
        conv.register_structure_hook(primitive, hook)
    conv.register_unstructure_hook(float, _unstructure_float)
    conv.register_structure_hook(PartialDate, _structure_partial_date)
    conv.register_unstructure_hook(PartialDate, str)
    conv.register_structure_hook(Period, _structure_period)
    conv.register_unstructure_hook(Period, str)
    # StrEnum is registered by name because cattrs dispatches on the class hierarchy, where a StrEnum's
    # str base comes before Enum: without it, enum fields would be read and written as plain strings.
    for base in (enum.Enum, enum.StrEnum):
        conv.register_structure_hook(base, _structure_enum)
        conv.register_unstructure_hook(base, _unstructure_enum)
    conv.register_structure_hook_factory(_is_optional, lambda cl: _optional_hook(conv, cl))
    conv.register_structure_hook_factory(_is_homogeneous_tuple, lambda cl: _tuple_hook(conv, cl))
    conv.register_structure_hook_factory(
        lambda cl: isinstance(cl, type) and attrs.has(cl), lambda cl: _attrs_hook(conv, cl)
    )
    return conv


converter: Final = make_converter()
"""The converter: strict, detailed, omitting defaults on output."""


@functools.cache
def _fast_converter() -> cattrs.Converter:
    """The converter without detailed validation, built on first use (importing the library stays cheap)."""
    return make_converter(detailed_validation=False)


def structure(data: object, cl: type[T], *, path: str = "$") -> T:
    """Build a model object (or a list or tuple of them) from plain JSON data.

    Args:
        data: Plain JSON data, as `json.loads` gives it.
        cl: The type to build, such as `Claim` or ``list[Claim]``.
        path: Where ``data`` stands in its file, as a JSON path: problems are reported below it.

    Raises:
        StructureError: The data does not fit; it lists every problem with its JSON path.

    >>> from centasia_claims import Name
    >>> structure({"text": "RFE/RL", "kind": "acronym"}, Name)
    Name(text='RFE/RL', kind=<NameKind.ACRONYM: 'acronym'>, lang=None, script=<Script.LATIN: 'latin'>, scheme=None, valid=None)
    >>> structure({"text": 5}, Name, path="$.persons[0].names[0]")
    Traceback (most recent call last):
    ...
    centasia_claims.errors.StructureError: 1 problem in the data:
      $.persons[0].names[0].text: expected a string, got a number (5)
    """  # noqa: E501
    try:
        return converter.structure(data, cl)
    except Exception as error:  # cattrs raises groups of its own; each is read into problems
        raise StructureError(structure_problems(error, path)) from error


def structure_fast(data: object, cl: type[T], *, path: str = "$") -> T:
    """Like `structure`, but stops at the first problem; for bulk loading of data expected to be valid.

    Raises:
        StructureError: The data does not fit; it names the first problem found.

    >>> structure_fast("2015", PartialDate)
    PartialDate(year=2015, month=None, day=None)
    """
    try:
        return _fast_converter().structure(data, cl)
    except Exception as error:  # as in `structure`
        raise StructureError(structure_problems(error, path)) from error


def unstructure(obj: object) -> Any:
    """Turn a model object (or a collection of them) into plain JSON data.

    >>> unstructure(PartialDate(2016, 1, 25))
    '2016-01-25'
    """
    return converter.unstructure(obj)


def register_result(cl: type, **derived: Callable[[Any], object]) -> None:
    """Have `unstructure` write ``cl`` as a result: every field, defaults included, then derived values.

    Fields set up with ``init=False`` (caches and indexes) are left out. Each keyword names a derived value
    and the function that computes it from the object (a property, a count); its result is unstructured
    too. The package that defines a result type registers it once, where the type is defined.

    >>> @attrs.frozen
    ... class Span:
    ...     low: int
    ...     high: int = 10
    >>> register_result(Span, width=lambda span: span.high - span.low)
    >>> unstructure(Span(4))
    {'low': 4, 'high': 10, 'width': 6}
    """
    computed = tuple(derived.items())
    generated: list[Callable[[Any], dict[str, Any]]] = []  # made on first use: importing stays cheap

    def unstructure_result(obj: Any) -> dict[str, Any]:
        if not generated:
            generated.append(make_dict_unstructure_fn(cl, converter))
        data = generated[0](obj)
        for name, compute in computed:
            data[name] = converter.unstructure(compute(obj))
        return data

    converter.register_unstructure_hook(cl, unstructure_result)


def structure_problems(error: BaseException, path: str = "$") -> list[tuple[str, str]]:
    """Every problem inside a structuring error, as ``(JSON path, message)`` pairs, in input order.

    A `StructureError` gives its problems (below ``path``); a cattrs exception group is read into them,
    keeping the messages of the model's own validators.

    >>> from centasia_claims import Name
    >>> try:
    ...     structure({"text": 5, "colour": "red"}, Name)
    ... except StructureError as error:
    ...     for where, what in structure_problems(error):
    ...         print(where, what)
    $.text expected a string, got a number (5)
    $.colour unknown key: allowed keys are text, kind, lang, script, scheme, valid
    """
    if isinstance(error, StructureError):
        return [(path + where.removeprefix("$"), message) for where, message in error.problems]
    problems: list[tuple[str, str]] = []
    _collect(error, path, problems)
    return problems


def _collect(error: BaseException, path: str, out: list[tuple[str, str]]) -> None:
    if isinstance(error, IterableValidationError):
        items, unplaced = error.group_exceptions()
        for sub, item_note in items:
            _collect(sub, f"{path}[{item_note.index!r}]", out)
        for sub in unplaced:
            _collect(sub, path, out)
    elif isinstance(error, ClassValidationError):
        fields, whole = error.group_exceptions()
        for sub, field_note in fields:
            _collect(sub, f"{path}.{field_note.name}", out)
        for sub in whole:
            _collect(sub, path, out)
    elif isinstance(error, ForbiddenExtraKeysError):
        allowed = ", ".join(field.name for field in attrs.fields(cast(Any, error.cl)))
        out.extend(
            (f"{path}.{key}", f"unknown key: allowed keys are {allowed}")
            for key in sorted(error.extra_fields)
        )
    elif isinstance(error, InvalidValueError):
        out.append((f"{path}.{error.field}", error.message))
    elif isinstance(error, ParseError):
        out.append((path, f"{error.message} (got {error.text!r})"))
    elif isinstance(error, KeyError):
        out.append((path, "required field missing"))
    elif isinstance(error, _WrongTypeError):
        out.append((path, str(error)))
    else:
        out.append((path, f"invalid value: {error}"))
