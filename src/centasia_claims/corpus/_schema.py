"""The fixture format described from the model: a JSON Schema, and the reference page of every field.

Both are read from the model classes, so a field added to a class appears in them with no other edit: each
attrs field is a property (its type from the annotation, written as the converter writes it: dates and
periods as strings, enums by value, lists as arrays, ``None`` as null), a field without a default is
required, unknown keys are refused, and each description is the field's line in its class's ``Attributes:``
section. One deliberate difference from the model: a quote's ``start`` and ``end`` may be left out of a
fixture, because the loader finds them.

>>> from centasia_claims.corpus import fixture_schema
>>> schema = fixture_schema()
>>> schema["properties"]["format"]["maximum"], schema["$defs"]["TextQuote"]["required"]
(2, ['exact'])
>>> schema["$defs"]["Source"]["properties"]["reliability"]["anyOf"][0]["enum"]
['A', 'B', 'C', 'D', 'E', 'F']
"""

from __future__ import annotations

import ast
import enum
import functools
import inspect
import itertools
import json
import re
import textwrap
import types
import typing
from typing import Any, Final

import attrs

from centasia_claims.corpus._extend import EXTEND, EXTENDABLE, extendable_fields
from centasia_claims.corpus._format import FORMAT_KEY, FORMAT_VERSION
from centasia_claims.corpus._integrity import SECTIONS
from centasia_claims.errors import CentasiaClaimsError
from centasia_claims.model import PartialDate, Period, TextQuote

__all__ = ["FIXTURE_OPTIONAL", "STRING_FORMS", "field_docs", "fixture_schema", "member_docs", "schema_of"]

_DATE: Final = r"\d{4}(-\d{2}(-\d{2})?)?"

STRING_FORMS: Final[dict[type, dict[str, Any]]] = {
    PartialDate: {
        "pattern": f"^{_DATE}$",
        "examples": ["2015", "2015-05", "2015-05-03"],
        "description": "A date with the precision the text gives: YYYY, YYYY-MM or YYYY-MM-DD.",
    },
    Period: {
        "pattern": rf"^(\.\.|{_DATE})(/(\.\.|{_DATE}))?$",
        "examples": ["2014/2019", "../2007", "2015"],
        "description": "A date, or START/END with '..' for an open end: 2014/2019, ../2007, 2015/...",
    },
}
"""Value types the converter writes as strings, with their pattern."""

FIXTURE_OPTIONAL: Final = frozenset({(TextQuote, "start"), (TextQuote, "end")})
"""Fields a fixture may leave out although the model requires them: the loader fills them in."""

_PRIMITIVES: Final[dict[object, dict[str, Any]]] = {
    str: {"type": "string"},
    int: {"type": "integer"},
    float: {"type": "number"},
    bool: {"type": "boolean"},
    type(None): {"type": "null"},
}


def field_docs(cls: type) -> dict[str, str]:
    """Each field's description from the ``Attributes:`` section of a class's docstring, joined to one line.

    >>> from centasia_claims import Name
    >>> field_docs(Name)["valid"]
    'When the name was in use ("../2007" for Rahmonov), or ``None`` when always.'
    """
    lines = (inspect.getdoc(cls) or "").splitlines()
    docs: dict[str, str] = {}
    if "Attributes:" not in lines:
        return docs
    indent: int | None = None
    current = ""
    for line in lines[lines.index("Attributes:") + 1 :]:
        depth = len(line) - len(line.lstrip())
        if not line.strip() or (indent is not None and depth < indent):
            break
        indent = depth if indent is None else indent
        entry = re.match(r"(\w+): (.*)", line.strip()) if depth == indent else None
        if entry:
            current = entry.group(1)
            docs[current] = entry.group(2)
        elif current:
            docs[current] += " " + line.strip()
    return docs


@functools.cache
def member_docs(cls: type[enum.Enum]) -> dict[str, str]:
    """Each enum member's docstring (the string written under it), by value; members without one are left out.

    >>> from centasia_claims.model import Reliability
    >>> member_docs(Reliability)["F"]
    'Reliability cannot be judged: no basis exists for evaluating it.'
    """
    try:
        tree = ast.parse(textwrap.dedent(inspect.getsource(cls)))
    except (OSError, TypeError):  # pragma: no cover  (source not shipped)
        return {}
    body = tree.body[0].body if tree.body and isinstance(tree.body[0], ast.ClassDef) else []
    docs: dict[str, str] = {}
    for before, after in itertools.pairwise(body):
        if (
            isinstance(before, ast.Assign)
            and isinstance(before.targets[0], ast.Name)
            and isinstance(after, ast.Expr)
            and isinstance(after.value, ast.Constant)
            and isinstance(after.value.value, str)
        ):
            value = cls[before.targets[0].id].value
            docs[str(value)] = " ".join(after.value.value.split())
    return docs


def _is_optional(tp: Any) -> bool:
    return typing.get_origin(tp) in {typing.Union, types.UnionType}


def schema_of(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:  # noqa: PLR0911  (one return per kind)
    """The JSON Schema of a model type as the converter writes it; attrs classes go into ``defs`` by name.

    >>> schema_of(tuple[str, ...], {})
    {'type': 'array', 'items': {'type': 'string'}}
    >>> schema_of(PartialDate | None, {})["anyOf"][1]
    {'type': 'null'}
    """
    if tp in _PRIMITIVES:
        return dict(_PRIMITIVES[tp])
    if tp in STRING_FORMS:
        return {"type": "string", "title": tp.__name__, **STRING_FORMS[tp]}
    origin = typing.get_origin(tp)
    if origin is tuple:
        return {"type": "array", "items": schema_of(typing.get_args(tp)[0], defs)}
    if _is_optional(tp):
        return {"anyOf": [schema_of(arg, defs) for arg in typing.get_args(tp)]}
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return {"title": tp.__name__, "enum": [member.value for member in tp], "description": _summary(tp)}
    if isinstance(tp, type) and attrs.has(tp):
        if tp.__name__ not in defs:
            defs[tp.__name__] = {}  # placed first, so a class that refers to itself ends
            defs[tp.__name__] = _object_schema(tp, defs)
        return {"$ref": f"#/$defs/{tp.__name__}"}
    if isinstance(tp, type) and callable(getattr(tp, "parse", None)):
        return {"type": "string", "description": _summary(tp)}  # a value type written as its text
    msg = f"no JSON form known for {tp!r}: add it to STRING_FORMS in centasia_claims.corpus"
    raise CentasiaClaimsError(msg)


def _default(value: object) -> object:
    """A default as JSON: enums by value, empty tuples as lists."""
    if isinstance(value, enum.Enum):
        return value.value
    return list(value) if isinstance(value, tuple) else value


def _summary(cls: type) -> str:
    return (inspect.getdoc(cls) or "").split("\n\n")[0].replace("\n", " ")


def _object_schema(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    docs = field_docs(cls)
    properties: dict[str, Any] = {}
    required: list[str] = []
    for field in attrs.fields(cls):
        if not field.init:
            continue
        prop = schema_of(hints[field.name], defs)
        if field.default is not attrs.NOTHING and not isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
            prop["default"] = _default(field.default)
        if field.name in docs:
            prop["description"] = docs[field.name]
        properties[field.name] = prop
        if field.default is attrs.NOTHING and (cls, field.name) not in FIXTURE_OPTIONAL:
            required.append(field.name)
    return {
        "type": "object",
        "description": _summary(cls),
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }


def _extension_schema(defs: dict[str, Any]) -> dict[str, Any]:
    """An ``extend`` entry: an id, and any list field of an extendable section's class."""
    lists: dict[str, list[dict[str, Any]]] = {}
    for section in EXTENDABLE:
        cls = SECTIONS[section]
        hints = typing.get_type_hints(cls)
        for name in extendable_fields(cls):
            schema = schema_of(hints[name], defs)
            if schema not in lists.setdefault(name, []):
                lists[name].append(schema)
    properties: dict[str, Any] = {"id": {"type": "string", "description": "The id of the item to add to."}}
    for name, schemas in lists.items():
        properties[name] = schemas[0] if len(schemas) == 1 else {"anyOf": schemas}
    return {
        "type": "object",
        "description": "Entries to add to the lists of an item of this folder or an earlier one.",
        "properties": properties,
        "required": ["id"],
        "minProperties": 2,
        "additionalProperties": False,
    }


@functools.cache
def _schema_text() -> str:
    defs: dict[str, Any] = {}
    properties: dict[str, Any] = {
        FORMAT_KEY: {
            "type": "integer",
            "minimum": 1,
            "maximum": FORMAT_VERSION,
            "description": "The version of the fixture format the file is written in (1 when left out).",
        },
        EXTEND: {"type": "array", "items": _extension_schema(defs)},
    }
    for section, cls in SECTIONS.items():
        properties[section] = {"type": "array", "items": schema_of(cls, defs)}
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": f"centasia_claims fixture file, format {FORMAT_VERSION}",
        "description": "One file of a corpus folder's fixtures/: sections of items, read in file-name order.",
        "type": "object",
        "properties": properties,
        "additionalProperties": False,
        "$defs": dict(sorted(defs.items())),
    }
    return json.dumps(schema, ensure_ascii=False, indent=2)


def fixture_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a fixture file, generated from the model; a fresh copy each call.

    ``centasia-claims schema`` prints it, for an editor to validate fixtures as they are typed.

    >>> sorted(fixture_schema()["properties"])[:3]
    ['claims', 'events', 'exclusions']
    """
    data: dict[str, Any] = json.loads(_schema_text())
    return data
