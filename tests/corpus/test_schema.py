from __future__ import annotations

import enum
import json
import typing
from typing import Any

import attrs
import jsonschema
import pytest

from centasia_claims.corpus import FORMAT_VERSION, SECTIONS, fixture_schema, seed_path
from centasia_claims.corpus._schema import FIXTURE_OPTIONAL, STRING_FORMS, field_docs, member_docs, schema_of
from centasia_claims.errors import CentasiaClaimsError
from centasia_claims.model import Name, Reliability


def _seed_fixtures() -> list[tuple[str, Any]]:
    folder = seed_path() / "fixtures"
    return [
        (entry.name, json.loads(entry.read_bytes().decode("utf-8")))
        for entry in sorted(folder.iterdir(), key=lambda item: item.name)
        if entry.name.endswith(".json")
    ]


def test_the_schema_is_valid_json_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(fixture_schema())


@pytest.mark.parametrize(("name", "data"), _seed_fixtures(), ids=lambda value: str(value)[:40])
def test_every_seed_fixture_validates(name: str, data: Any) -> None:
    validator = jsonschema.Draft202012Validator(fixture_schema())
    assert [] == [f"{name}: {error.json_path}: {error.message}" for error in validator.iter_errors(data)]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param({"claims": [{"id": "claim:a"}]}, "'source' is a required property", id="missing-field"),
        pytest.param(
            {"persons": [{"id": "p", "names": [], "colour": 1}]}, "Additional properties", id="extra"
        ),
        pytest.param({"format": FORMAT_VERSION + 1}, "is greater than the maximum", id="newer-format"),
        pytest.param(
            {"sources": [{"published": "May 2015"}]}, "'May 2015' is not valid under any", id="date-form"
        ),
        pytest.param({"sources": [{"reliability": "G"}]}, "'G' is not valid under any", id="enum"),
        pytest.param(
            {"extend": [{"id": "person:a"}]}, "does not have enough properties", id="empty-extension"
        ),
        pytest.param(
            {"extend": [{"id": "person:a", "title": "T"}]}, "Additional properties", id="extend-scalar"
        ),
    ],
)
def test_the_schema_refuses_what_the_loader_refuses(data: Any, expected: str) -> None:
    messages = [
        error.message for error in jsonschema.Draft202012Validator(fixture_schema()).iter_errors(data)
    ]
    assert any(expected in message for message in messages), messages


def _json_types(tp: Any) -> set[str]:
    if typing.get_origin(tp) is tuple:
        return {"array"}
    args = typing.get_args(tp)
    if args:
        return set().union(*(_json_types(arg) for arg in args))
    if tp is type(None):
        return {"null"}
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return {"enum"}
    if tp in STRING_FORMS:
        return {"string"}
    if isinstance(tp, type) and attrs.has(tp):
        return {"object"}
    return {{str: "string", int: "integer", float: "number", bool: "boolean"}.get(tp, "string")}


def _schema_types(node: dict[str, Any], defs: dict[str, Any]) -> set[str]:
    if "anyOf" in node:
        return set().union(*(_schema_types(option, defs) for option in node["anyOf"]))
    if "$ref" in node:
        return {"object"}
    if "enum" in node:
        return {"enum"}
    return {node["type"]}


def test_each_property_is_its_model_field() -> None:
    schema = fixture_schema()
    defs = schema["$defs"]
    for name, definition in defs.items():
        cls = next(c for c in _reached() if c.__name__ == name)
        hints = typing.get_type_hints(cls)
        fields = [field for field in attrs.fields(cls) if field.init]
        assert [field.name for field in fields] == list(definition["properties"])
        required = [
            field.name
            for field in fields
            if field.default is attrs.NOTHING and (cls, field.name) not in FIXTURE_OPTIONAL
        ]
        assert required == definition["required"]
        assert definition["additionalProperties"] is False
        for field in fields:
            assert _json_types(hints[field.name]) == _schema_types(definition["properties"][field.name], defs)


def _reached() -> list[type]:
    found: list[type] = []

    def visit(tp: Any) -> None:
        for arg in typing.get_args(tp):
            visit(arg)
        if isinstance(tp, type) and attrs.has(tp) and tp not in found:
            found.append(tp)
            for hint in typing.get_type_hints(tp).values():
                visit(hint)

    for cls in SECTIONS.values():
        visit(cls)
    return found


def test_quote_offsets_may_be_left_out() -> None:
    assert ["exact"] == fixture_schema()["$defs"]["TextQuote"]["required"]


def test_a_new_field_appears_with_no_edit() -> None:
    @attrs.frozen(kw_only=True)
    class Probe:
        """A probe.

        Attributes:
            weight: How heavy,
                in grams.
        """

        weight: float = 1.0
        names: tuple[Name, ...] = ()

    defs: dict[str, Any] = {}
    assert {"$ref": "#/$defs/Probe"} == schema_of(Probe, defs)
    assert {
        "type": "object",
        "description": "A probe.",
        "properties": {
            "weight": {"type": "number", "default": 1.0, "description": "How heavy, in grams."},
            "names": {"type": "array", "items": {"$ref": "#/$defs/Name"}, "default": []},
        },
        "required": [],
        "additionalProperties": False,
    } == defs["Probe"]
    assert "Name" in defs


def test_a_type_with_no_json_form_is_refused() -> None:
    with pytest.raises(CentasiaClaimsError) as caught:
        schema_of(complex, {})
    assert str(caught.value) == (
        "no JSON form known for <class 'complex'>: add it to STRING_FORMS in centasia_claims.corpus"
    )


def test_field_docs_of_a_class_without_attributes() -> None:
    assert {} == field_docs(int)


def test_member_docs_are_read_from_the_source() -> None:
    assert (
        "Usually reliable: minor doubt; a history of mostly valid information."
        == member_docs(Reliability)["B"]
    )
