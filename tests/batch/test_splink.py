import sys

import duckdb
import pytest
from bench._linkage import baseline, load, recipe
from bench._mentions import GIVEN_MALE, STEMS, mention_table
from hypothesis import given, settings
from hypothesis import strategies as st

from centasia_claims.batch import (
    M_PROBABILITIES,
    NAME_LEVELS,
    link_names,
    name_blocking_rules,
    name_comparison,
    prepare_names,
)
from centasia_claims.errors import InvalidValueError, MissingExtraError
from centasia_claims.names import SCHEMES, transliterate

SAMPLE = 2_000


def _table(names: list[str | None]) -> duckdb.DuckDBPyConnection:
    connection = duckdb.connect()
    connection.execute("CREATE TABLE people (unique_id INTEGER, name VARCHAR)")
    connection.executemany("INSERT INTO people VALUES (?, ?)", list(enumerate(names, 1)))
    return connection


def test_prepare_names_adds_the_key_pair_keys_initial_keys_and_initials() -> None:
    connection = _table(["Gulmurod Halimov", "Х. А. Ҳалимов", None])
    prepared = prepare_names(connection, "people")
    found = connection.sql(
        f"SELECT name_key, len(name_pairs), name_pairs[1], name_initial_keys, name_initials FROM {prepared} "
        "ORDER BY unique_id"
    ).fetchall()
    assert [
        ("golmorod holimov", 18, "glmorod>holimov", ["golmorod/h", "holimov/g"], False),
        ("h o holimov", 0, None, ["holimov/h", "holimov/o"], True),
        (None, None, None, None, None),
    ] == found
    assert "people_names" == prepared


def test_prepare_names_twice_on_one_connection_registers_the_functions_once() -> None:
    connection = _table(["Gulmurod Halimov"])
    prepare_names(connection, "people")
    assert "copy" == prepare_names(connection, "people", output="copy")


_PARTS = st.sampled_from(GIVEN_MALE[:40] + STEMS[:40])


@settings(max_examples=10, deadline=None)
@given(first=_PARTS, second=_PARTS, scheme=st.sampled_from(sorted(SCHEMES)), title=st.booleans())
def test_pair_keys_do_not_depend_on_the_order_of_the_parts_or_a_title(
    first: str, second: str, scheme: str, title: bool
) -> None:
    # English titles in names romanized for English-language copy (a name in Turkish letters is read
    # with Turkish c, titles included)
    prefix = "Colonel " if title and scheme in {"bgn-pcgn-ru", "icao"} else ""
    names = [f"{first} {second}", f"{second} {first}", f"{prefix}{second} {first}"]
    connection = _table([transliterate(name, scheme) for name in names])
    prepared = prepare_names(connection, "people")
    found = connection.sql(f"SELECT list_sort(name_pairs) FROM {prepared} ORDER BY unique_id").fetchall()
    assert 1 == len(set(map(str, found)))
    assert (first == second) == (found[0] == ([],))


def test_pair_and_initial_keys_read_a_names_first_six_parts_only() -> None:
    connection = _table([" ".join(GIVEN_MALE[:6]), " ".join(GIVEN_MALE[:150])])
    prepared = prepare_names(connection, "people")
    found = connection.sql(
        f"SELECT name_pairs, name_initial_keys FROM {prepared} ORDER BY unique_id"
    ).fetchall()
    assert found[0] == found[1]
    # six parts, all with one first letter; Азамат's key with German's merged letters (osomot) pairs with
    # the five others
    assert (220, 6) == (len(found[0][0]), len(found[0][1]))


def test_the_comparison_levels_and_the_blocking_rules() -> None:
    comparison = name_comparison("person").get_comparison("duckdb")
    levels = comparison.comparison_levels
    assert ["person is NULL", *NAME_LEVELS] == [level.label_for_charts for level in levels]
    assert list(M_PROBABILITIES) == [level.m_probability for level in levels[1:]]
    assert "claims_name_verdict(person_l, person_r) = 'compatible'" == levels[5].sql_condition
    rules = [rule.get_blocking_rule("duckdb") for rule in name_blocking_rules("person")]
    assert [["person_pairs"], ["person_initial_keys"]] == [rule.array_columns_to_explode for rule in rules]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: name_comparison("name; DROP"), "column: 'name; DROP' is not a plain SQL identifier"),
        (lambda: name_blocking_rules("1st"), "column: '1st' is not a plain SQL identifier"),
        (
            lambda: prepare_names(duckdb.connect(), "people", output="a-b"),
            "output: 'a-b' is not a plain SQL identifier",
        ),
        (lambda: link_names(duckdb.connect(), "t", unique_id="id x"), "unique_id: 'id x' is not a plain SQL"),
    ],
    ids=["comparison", "rules", "prepare", "link"],
)
def test_names_that_are_not_plain_identifiers_are_refused(call: object, message: str) -> None:
    assert callable(call)
    with pytest.raises(InvalidValueError) as caught:
        call()
    assert str(caught.value).startswith(message)
    assert str(caught.value).endswith("use letters, digits and _ (not first a digit)")


def test_without_splink_the_recipe_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "splink", None)
    with pytest.raises(MissingExtraError) as caught:
        name_comparison()
    assert "this needs splink, which is not installed: pip install 'centasia-claims[splink]'" == str(
        caught.value
    )


def test_an_initial_that_fits_two_persons_stays_apart_and_one_that_fits_one_joins() -> None:
    connection = _table(
        ["Gulmurod Khalimov", "Ghafur Khalimov", "G. Khalimov", "Fozil Nazarov", "F. Nazarov"]
    )
    found = sorted(link_names(connection, "people").fetchall())
    assert [(1, 1), (2, 2), (3, 3), (4, 4), (5, 4)] == found


@pytest.fixture(scope="module")
def runs() -> dict[str, tuple[float, float, float, float]]:
    connection = duckdb.connect()
    truth = load(connection, mention_table(SAMPLE, seed=5))
    return {
        run.method: (
            run.scores.pair_precision,
            run.scores.pair_recall,
            run.scores.pair_f1,
            run.scores.cluster_f1,
        )
        for run in recipe(connection, truth) + baseline(connection, truth)
    }


def test_the_recipe_is_precise_and_finds_most_pairs_on_a_labelled_sample(
    runs: dict[str, tuple[float, float, float, float]],
) -> None:
    precision, recall, f1, cluster_f1 = runs["recipe (strong links, then weak links to one cluster)"]
    assert (True, True, True) == (precision >= 0.98, recall >= 0.6, cluster_f1 >= 0.3), (
        precision,
        recall,
        cluster_f1,
    )
    assert f1 > runs["recipe, strong links only"][2]


def test_the_recipe_beats_every_cut_of_splinks_name_comparison_on_the_same_blocking(
    runs: dict[str, tuple[float, float, float, float]],
) -> None:
    ours = runs["recipe (strong links, then weak links to one cluster)"]
    theirs = {method: scores for method, scores in runs.items() if method.startswith("Splink")}
    assert 4 == len(theirs)
    best = max(scores[2] for scores in theirs.values())
    assert ours[2] >= best + 0.15, (ours, theirs)
    assert all(ours[3] > scores[3] for scores in theirs.values())
