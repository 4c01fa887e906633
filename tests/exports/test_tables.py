from __future__ import annotations

import typing

import attrs
import pytest

from centasia_claims.exports import TABLES

CHILD_LISTS = {(owner, table.field) for table in TABLES.values() for owner in table.owners}


@pytest.mark.parametrize("name", [name for name, table in TABLES.items() if not table.owners])
def test_every_field_of_a_tables_class_is_a_column_or_a_child_table(name: str) -> None:
    table = TABLES[name]
    held = {column.path[0] for column in table.columns if column.path} | {
        field for owner, field in CHILD_LISTS if owner == name
    }
    assert [] == [field.name for field in attrs.fields(table.model) if field.init and field.name not in held]


def test_a_nested_value_becomes_prefixed_columns_and_a_list_inside_it_a_json_array() -> None:
    claims = TABLES["claims"]
    assert ("quote", "exact") == claims.column("quote_exact").path
    assert ("json", ("scope", "places")) == (
        claims.column("scope_places").type,
        claims.column("scope_places").path,
    )
    assert ("date", True) == (claims.column("as_of").type, claims.column("as_of").nullable)


def test_every_foreign_key_names_the_primary_key_of_a_table_written_before_it() -> None:
    order = list(TABLES)
    wrong = []
    for name, table in TABLES.items():
        for column in table.foreign_keys:
            target, key = str(column.references).split(".")
            if (key,) != TABLES[target].primary_key or order.index(target) > order.index(name):
                wrong.append(f"{name}.{column.name} -> {column.references}")
    assert [] == wrong


def test_id_types_of_the_model_give_the_foreign_keys() -> None:
    expected = {
        "source": "sources.id",
        "measure": "measures.id",
        "value_share_of": "claims.id",
    }
    assert expected == {column.name: column.references for column in TABLES["claims"].foreign_keys}


def test_every_column_has_a_description_ending_in_a_full_stop() -> None:
    assert [] == [
        f"{table.name}.{column.name}"
        for table in TABLES.values()
        for column in table.columns
        if not column.description.endswith((".", ")", '"'))
    ]


def test_a_child_table_of_values_holds_strings_keyed_by_owner_and_position() -> None:
    vocabulary = TABLES["measure_vocabulary"]
    assert (str, ("measure", "position"), ["measure", "position", "term"]) == (
        vocabulary.model,
        vocabulary.primary_key,
        [column.name for column in vocabulary.columns],
    )


def test_column_types_follow_the_field_types() -> None:
    kinds = {column.name: column.type for column in TABLES["estimates"].columns}
    hints = typing.get_type_hints(TABLES["estimates"].model)
    assert ("real", "boolean", "integer", "text") == (
        kinds["interval_low"],
        kinds["confirmed"],
        kinds["rank"],
        kinds["claimant"],
    )
    assert {"rank", "confirmed"} <= set(hints)


def test_names_and_relations_are_the_lists_of_every_named_kind_of_entity() -> None:
    named = ("persons", "organizations", "places", "events")
    assert [(named, "names"), (named, "relations")] == [
        (TABLES[name].owners, TABLES[name].field) for name in ("names", "relations")
    ]
