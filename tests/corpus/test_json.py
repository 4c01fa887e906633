from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from centasia_claims.corpus._json import parse_fixture
from centasia_claims.errors import Problem

REPEAT = "JSON keeps only the last, so keep one (merge the two values into it)"  # the fix every message gives


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '{"claims": [1],\n "claims": []}',
            [
                Problem(
                    "f.json",
                    "$.claims",
                    "the key 'claims' appears twice in one object, at line 1, column 2 and at line 2, "
                    f"column 2: {REPEAT}",
                )
            ],
        ),
        (
            '{"claims": [{"id": "claim:a", "x": 1}, {"id": "claim:b", "id": "claim:c"}]}',
            [
                Problem(
                    "f.json",
                    "$.claims[1].id",
                    "the key 'id' appears twice in one object, at line 1, column 41 and at line 1, "
                    f"column 58: {REPEAT}",
                )
            ],
        ),
        (
            '{"a b": {"\\"": [[], {"k": 1, "k": 2}]}}',
            [
                Problem(
                    "f.json",
                    '$["a b"]["\\""][1].k',
                    "the key 'k' appears twice in one object, at line 1, column 22 and at line 1, column 30: "
                    f"{REPEAT}",
                )
            ],
        ),
        ('{"a": {"k": 1}, "b": {"k": 1}, "s": "{\\"k\\": 1, \\"k\\": 2}"}', []),
    ],
    ids=["top-level-section", "id-in-an-item", "keys-that-need-quoting", "same-key-in-two-objects"],
)
def test_repeated_keys_are_reported_with_path_and_both_places(text: str, expected: list[Problem]) -> None:
    data, problems = parse_fixture(text, "f.json", max_depth=64)
    assert expected == problems
    assert json.loads(text) == data  # the rest of the file is still checked


def test_nesting_past_the_limit_names_the_file_and_place() -> None:
    text = "[" * 10_000 + "]" * 10_000
    assert (
        None,
        [
            Problem(
                "f.json",
                "$",
                "nested deeper than 64 levels of objects and lists (at line 1, column 65): a fixture needs "
                "about 6; flatten it, or raise Limits.max_depth for a corpus you trust",
            )
        ],
    ) == parse_fixture(text, "f.json", max_depth=64)


def test_brackets_inside_strings_do_not_count_as_nesting() -> None:
    text = json.dumps({"s": "[" * 1000 + '\\"{'})
    assert ({"s": "[" * 1000 + '\\"{'}, []) == parse_fixture(text, "f.json", max_depth=2)


def test_invalid_json_says_where() -> None:
    assert (None, [Problem("f.json", "line 1, column 2 (char 1)", "invalid JSON: Expecting value")]) == (
        parse_fixture("[", "f.json", max_depth=64)
    )


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=3), children, max_size=4)
    ),
    max_leaves=20,
)


@given(json_values)
def test_any_json_without_repeated_keys_reads_as_json_does(value: object) -> None:
    text = json.dumps(value)
    assert (json.loads(text), []) == parse_fixture(text, "f.json", max_depth=1000)


@given(st.text(max_size=200))
def test_any_text_gives_data_or_problems(text: str) -> None:
    data, problems = parse_fixture(text, "f.json", max_depth=8)
    if not problems:  # valid JSON, read as json reads it ("null" too)
        assert json.loads(text) == data
    else:  # no data, or data whose only problems are repeated keys
        assert data is None or all(problem.message.startswith("the key") for problem in problems)
