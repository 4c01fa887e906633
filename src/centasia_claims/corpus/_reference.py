"""The reference of the fixture format, in Markdown, generated from the JSON Schema and the bundled fixtures.

Every section and every object type gets a table of its fields (JSON type, whether required, what it holds,
an example) and an example object; every enumeration a table of its values. Descriptions come from the
model's docstrings and examples from the bundled corpus's fixtures as written, so the page follows the model:
``docs/corpus-format.md`` holds it, and a test fails when it drifts.

>>> from centasia_claims.corpus import format_reference
>>> page = format_reference()
>>> "| `reliability` |" in page, "### `Reliability`" in page
(True, True)
"""

from __future__ import annotations

import enum
import functools
import json
import typing
from typing import Any, Final

import attrs

from centasia_claims.corpus._extend import EXTEND, EXTENDABLE
from centasia_claims.corpus._folder import seed_path
from centasia_claims.corpus._format import FORMAT_KEY, FORMAT_VERSION
from centasia_claims.corpus._integrity import SECTIONS
from centasia_claims.corpus._schema import STRING_FORMS, field_docs, fixture_schema, member_docs

__all__ = ["format_reference"]

_EXAMPLE_WIDTH: Final = 56


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _compact(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= _EXAMPLE_WIDTH else text[: _EXAMPLE_WIDTH - 1] + "…"


def _classes() -> dict[str, type]:
    """Every attrs class and enum the fixture format reaches, by name."""
    found: dict[str, type] = {}

    def visit(tp: Any) -> None:
        for arg in typing.get_args(tp):
            visit(arg)
        if isinstance(tp, type) and tp.__name__ not in found:
            if issubclass(tp, enum.Enum):
                found[tp.__name__] = tp
            elif attrs.has(tp):
                found[tp.__name__] = tp
                for hint in typing.get_type_hints(tp).values():
                    visit(hint)

    for cls in SECTIONS.values():
        visit(cls)
    return found


@functools.cache
def _seed_objects() -> dict[str, list[dict[str, Any]]]:
    """The objects of each type in the bundled fixtures, as written, in file order."""
    schema = fixture_schema()
    defs = schema["$defs"]
    found: dict[str, list[dict[str, Any]]] = {}

    def walk(value: Any, node: dict[str, Any]) -> None:
        if "$ref" in node:
            name = node["$ref"].rsplit("/", 1)[-1]
            if isinstance(value, dict):
                found.setdefault(name, []).append(value)
                for key, item in value.items():
                    if key in defs[name]["properties"]:
                        walk(item, defs[name]["properties"][key])
        elif node.get("type") == "array" and isinstance(value, list):
            for item in value:
                walk(item, node["items"])
        for option in node.get("anyOf", ()):
            walk(value, option)

    fixtures = seed_path() / "fixtures"
    for entry in sorted(fixtures.iterdir(), key=lambda item: item.name):
        if entry.name.endswith(".json"):
            data = json.loads(entry.read_bytes().decode("utf-8"))
            for section in SECTIONS:
                walk(data.get(section, []), schema["properties"][section])
    return found


def _type_text(node: dict[str, Any]) -> str:
    if "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[-1]
        return f"[`{name}`](#{name.lower()})"
    if "anyOf" in node:
        return " or ".join(_type_text(option) for option in node["anyOf"])
    if "title" in node:
        return f"[`{node['title']}`](#{node['title'].lower()})"
    if "enum" in node:  # pragma: no cover  (every enum of the model has its class's title)
        return "one of " + ", ".join(f"`{json.dumps(value)}`" for value in node["enum"])
    if node.get("type") == "array":
        return f"list of {_type_text(node['items'])}"
    return str(node.get("type", "any"))


def _type_example(node: dict[str, Any]) -> Any:
    """An example of a type where the bundled fixtures give none: the form, not a fact."""
    if "anyOf" in node:
        return _type_example(node["anyOf"][0])
    if "enum" in node:
        return node["enum"][0]
    if node.get("type") == "array":
        return [_type_example(node["items"])]
    if "examples" in node:
        return node["examples"][0]
    by_type: dict[str, Any] = {"boolean": True, "integer": 0, "number": 1, "null": None, "string": "…"}
    return by_type.get(str(node.get("type")), {})


def _field_table(definition: dict[str, Any], seeds: list[dict[str, Any]]) -> list[str]:
    lines = ["| field | type | required | what it holds | example |", "|---|---|---|---|---|"]
    required = set(definition.get("required", ()))
    for field, node in definition["properties"].items():
        example = next((item[field] for item in seeds if field in item), None)
        if example is None:
            default = node.get("default")
            example = default if default not in (None, "", [], {}) else _type_example(node)
        shown = _compact(example)
        lines.append(
            f"| `{field}` | {_cell(_type_text(node))} | {'yes' if field in required else ''} | "
            f"{_cell(node.get('description', ''))} | `{_cell(shown)}` |"
        )
    return lines


def _example(seeds: list[dict[str, Any]], definition: dict[str, Any]) -> list[str]:
    if not seeds:  # the form of an item, from its types: no fact is invented for a section the seeds lack
        form = {
            field: _type_example(node)
            for field, node in definition["properties"].items()
            if field in definition.get("required", ()) or field == "id"
        }
        text = json.dumps(form, ensure_ascii=False, indent=2)
        return ["", "The bundled corpus has none; the form of one:", "", "```json", text, "```"]
    fullest = max(seeds, key=len)  # the first of those with the most fields
    text = json.dumps(fullest, ensure_ascii=False, indent=2)
    return ["", "From the bundled corpus:", "", "```json", text, "```"]


def _object_part(name: str, cls: type, definition: dict[str, Any], sections: dict[str, str]) -> list[str]:
    seeds = _seed_objects().get(name, [])
    where = f" The items of the section `{sections[name]}`." if name in sections else ""
    lines = ["", f"### `{name}`", "", definition["description"] + where, ""]
    lines += _field_table(definition, seeds)
    undocumented = [field for field in definition["properties"] if field not in field_docs(cls)]
    if undocumented:
        lines += ["", f"Not yet described: {', '.join(f'`{field}`' for field in undocumented)}."]
    return lines + _example(seeds, definition)


def _enum_part(cls: type[enum.Enum]) -> list[str]:
    docs = member_docs(cls)
    summary = (cls.__doc__ or "").strip().split("\n\n")[0].replace("\n", " ")
    lines = ["", f"### `{cls.__name__}`", "", summary, "", "| value | meaning |", "|---|---|"]
    lines += [
        f"| `{json.dumps(member.value)}` | {_cell(docs.get(str(member.value), ''))} |" for member in cls
    ]
    return lines


def _top_level(schema: dict[str, Any]) -> list[str]:
    lines = ["| key | holds | what it is |", "|---|---|---|"]
    for key, node in schema["properties"].items():
        if key == FORMAT_KEY:
            holds, what = "a whole number", node["description"]
        elif key == EXTEND:
            holds, what = "list of [extensions](#extend)", node["items"]["description"]
        else:
            name = node["items"]["$ref"].rsplit("/", 1)[-1]
            holds, what = f"list of [`{name}`](#{name.lower()})", schema["$defs"][name]["description"]
        lines.append(f"| `{key}` | {holds} | {_cell(what)} |")
    return lines


def _extend_part(schema: dict[str, Any]) -> list[str]:
    node = schema["properties"][EXTEND]["items"]
    lines = ["", f"### `{EXTEND}`", "", node["description"], ""]
    lines += ["| field | type | what it adds to |", "|---|---|---|"]
    for field, prop in node["properties"].items():
        sections = [f"`{name}`" for name in EXTENDABLE if field in attrs.fields_dict(SECTIONS[name])]
        what = ", ".join(sections) if field != "id" else _cell(prop.get("description", ""))
        lines.append(f"| `{field}` | {_cell(_type_text(prop))} | {what} |")
    people = _seed_objects().get("Person", [])
    named = next((item for item in people if len(item.get("names", ())) > 1), None)
    if named is not None:
        first = json.dumps(named["names"][0]["text"], ensure_ascii=False)
        example = {FORMAT_KEY: FORMAT_VERSION, EXTEND: [{"id": named["id"], "names": [named["names"][1]]}]}
        lines += [
            "",
            (
                f"A folder that records `{named['id']}` with the name {first} only is extended by a later "
                "folder with the next spelling the bundled corpus records so:"
            ),
            "",
            "```json",
            json.dumps(example, ensure_ascii=False, indent=2),
            "```",
        ]
    return lines


def format_reference() -> str:
    """The Markdown reference of every section, field and enumeration of the fixture format.

    >>> format_reference().splitlines()[0]
    '## Fixture files (format 2)'
    """
    schema = fixture_schema()
    classes = _classes()
    sections = {cls.__name__: section for section, cls in SECTIONS.items()}
    lines = [f"## Fixture files (format {FORMAT_VERSION})", "", schema["description"], ""]
    lines += _top_level(schema)
    lines += ["", "## Objects", "", "Fields marked *yes* are required; every other field may be left out."]
    order = [*sections, *(name for name in schema["$defs"] if name not in sections)]
    for name in order:
        lines += _object_part(name, classes[name], schema["$defs"][name], sections)
    lines += _extend_part(schema)
    lines += ["", "## Value forms", "", "Values the converter writes as strings of a fixed form."]
    for cls, form in STRING_FORMS.items():
        examples = ", ".join(f"`{json.dumps(example)}`" for example in form["examples"])
        lines += ["", f"### `{cls.__name__}`", "", f"{form['description']} Examples: {examples}."]
    lines += ["", "## Enumerations"]
    for cls in classes.values():
        if isinstance(cls, type) and issubclass(cls, enum.Enum):
            lines += _enum_part(cls)
    return "\n".join(lines) + "\n"
