"""Scope: typed dimensions compared by containment, a partial order."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from centasia_claims.model import (
    PLACE_FORMS,
    POPULATION_TERMS,
    TERM_FORMS,
    Scope,
    TimeBasis,
    broader_terms,
    fold_term,
    form_index,
    match_form,
    place_key,
)
from tests.strategies import scopes


def test_population_terms_are_folded_and_reduced_to_the_broadest() -> None:
    scope = Scope(included=("Fighters", " suicide  bombers", "women", "fighters"), excluded=("Children",))
    assert (("fighters", "women"), ("children",)) == (scope.included, scope.excluded)


def test_places_are_a_set() -> None:
    assert ("place:iraq", "place:syria") == Scope(places=("place:syria", " place:iraq", "place:syria")).places


def test_every_broader_term_of_the_table_is_a_term_of_the_table() -> None:
    assert set() == {broader for terms in POPULATION_TERMS.values() for broader in terms} - set(
        POPULATION_TERMS
    )
    assert all(fold_term(term) == term for term in POPULATION_TERMS)


def test_the_table_has_no_cycle() -> None:
    for term in POPULATION_TERMS:
        assert all(term not in broader_terms(broader) for broader in POPULATION_TERMS[term])


@pytest.mark.parametrize(
    ("one", "other", "within"),
    [
        (Scope(included=("fighters",)), Scope(included=("fighters", "family members")), True),
        (Scope(included=("fighters", "family members")), Scope(included=("fighters",)), False),
        (Scope(included=("suicide bombers",)), Scope(included=("travellers",)), True),
        (Scope(included=("a free term",)), Scope(included=("nationals",)), False),
        (Scope(excluded=("children",)), Scope(), True),
        (Scope(), Scope(excluded=("children",)), False),
        (Scope(excluded=("nationals",)), Scope(excluded=("women",)), True),
        (Scope(places=("place:syria",)), Scope(places=("place:syria", "place:iraq")), True),
        (Scope(places=("place:syria", "place:iraq")), Scope(places=("place:syria",)), False),
        (Scope(basis=TimeBasis.FLOW), Scope(basis=TimeBasis.RUNNING_TOTAL), False),
        (Scope(basis=TimeBasis.FLOW), Scope(), True),
        (Scope(), Scope(basis=TimeBasis.FLOW), False),
        (Scope(unit="households"), Scope(unit="households"), True),
    ],
)
def test_within(one: Scope, other: Scope, within: bool) -> None:
    assert within == one.within(other)


@pytest.mark.parametrize(
    ("one", "other", "expected"),
    [
        (Scope(included=("fighters",)), Scope(included=("fighters",)), None),
        (
            Scope(included=("fighters",)),
            Scope(included=("fighters", "family members")),
            "population: fighters is within family members and fighters",
        ),
        (
            Scope(included=("family members", "fighters")),
            Scope(included=("fighters",)),
            "population: family members and fighters includes fighters",
        ),
        (Scope(included=("women",)), Scope(included=("fighters",)), "population: women, not fighters"),
        (Scope(places=("place:syria",)), Scope(), "place: place:syria, where the other does not say"),
        (Scope(), Scope(places=("place:syria",)), "place: not stated, where the other says place:syria"),
        (Scope(basis=TimeBasis.LEVEL), Scope(basis=TimeBasis.FLOW), "time basis: level, not flow"),
    ],
)
def test_difference(one: Scope, other: Scope, expected: str | None) -> None:
    assert expected == one.difference(other)


def test_str() -> None:
    assert "not stated" == str(Scope())
    assert (
        "population: fighters; excluding: children; place: place:syria; time basis: flow; unit of count: x"
        == str(
            Scope(
                included=("fighters",),
                excluded=("children",),
                places=("place:syria",),
                basis=TimeBasis.FLOW,
                unit="x",
            )
        )
    )


def test_over_takes_each_empty_dimension_from_the_default() -> None:
    default = Scope(
        included=("travellers",), places=("place:syria",), basis=TimeBasis.RUNNING_TOTAL, unit="people"
    )
    assert default == Scope().over(default)
    assert Scope(included=("fighters",)) == Scope(included=("fighters",)).over(None)
    assert Scope(
        included=("travellers",),
        excluded=("women",),
        places=("place:syria",),
        basis=TimeBasis.LEVEL,
        unit="people",
    ) == Scope(excluded=("women",), basis=TimeBasis.LEVEL).over(default)


@given(scopes())
def test_within_is_reflexive(scope: Scope) -> None:
    assert scope.within(scope)
    assert scope.difference(scope) is None


@given(scopes(), scopes())
def test_within_is_antisymmetric(one: Scope, other: Scope) -> None:
    if one.within(other) and other.within(one):
        assert one == other


@given(scopes(), scopes(), scopes())
def test_within_is_transitive(one: Scope, two: Scope, three: Scope) -> None:
    if one.within(two) and two.within(three):
        assert one.within(three)


@given(scopes(), scopes())
def test_difference_is_none_exactly_for_equal_scopes(one: Scope, other: Scope) -> None:
    assert (one.difference(other) is None) == (one == other)


@given(scopes(), scopes())
def test_a_scope_over_a_default_lies_within_it_on_the_dimensions_it_leaves_empty(
    one: Scope, default: Scope
) -> None:
    merged = one.over(default)
    assert merged.over(default) == merged
    assert one.over(merged) == merged


def test_every_form_reads_as_its_key_and_every_key_is_a_population_term() -> None:
    assert set() == set(TERM_FORMS) - set(POPULATION_TERMS)
    assert [] == [
        (form, key) for key, forms in TERM_FORMS.items() for form in forms if fold_term(form) != key
    ]
    assert [] == [
        (form, key) for key, forms in PLACE_FORMS.items() for form in forms if place_key(form) != key
    ]


@pytest.mark.parametrize(
    ("written", "term"),
    [
        ("граждане Таджикистана", "nationals"),
        ("гражданами", "nationals"),
        ("гражданских", "гражданских"),  # civilians: an ending of four letters is another word
        ("Шаҳрвандони Тоҷикистон", "nationals"),
        ("этнических таджиков из России", "ethnic tajiks from place:russia"),
        ("ethnic Tajiks from Raqqa", "ethnic tajiks from raqqa"),
        ("уроженцев Таджикистана", "natives"),
        ("вернувшихся", "returnees"),
        ("Женщин и детей", "женщин и детей"),  # two groups in one term stay a free term
    ],
)
def test_written_forms(written: str, term: str) -> None:
    assert term == fold_term(written)


def test_places_joined_in_one_value_are_each_place() -> None:
    assert ("place:iraq", "place:syria") == Scope(places=("Сирия и Ирак",)).places
    assert ("Raqqa", "place:syria") == Scope(places=("Syria and Raqqa",)).places


def test_a_group_from_a_place_lies_within_the_group() -> None:
    assert {"ethnic tajiks", "ethnic tajiks from place:russia"} == broader_terms("ethnic Tajiks from Russia")
    assert Scope(included=("этнических таджиков из России",)).within(Scope(included=("ethnic Tajiks",)))
    assert not Scope(included=("ethnic Tajiks",)).within(Scope(included=("граждан Таджикистана",)))


def test_match_form_wants_as_many_words_as_the_form() -> None:
    index = form_index({"killed": ("кушта шуд",)})
    assert (None, "killed", None) == (
        match_form("кушта", index),
        match_form("Кушта шуд", index),
        match_form("кушта шуд дирӯз", index),
    )


@given(st.text(max_size=40))
def test_fold_term_is_idempotent(text: str) -> None:
    assert fold_term(text) == fold_term(fold_term(text))


@given(st.text(max_size=40))
def test_place_key_is_idempotent(text: str) -> None:
    assert place_key(text) == place_key(place_key(text))


@given(
    st.lists(
        st.sampled_from([*TERM_FORMS["nationals"], "fighters", "ethnic tajiks from Russia"]), max_size=4
    ),
    st.lists(st.sampled_from([*PLACE_FORMS["place:syria"], "Iraq and Syria", "Raqqa"]), max_size=4),
)
def test_a_scope_built_from_its_own_dimensions_is_itself(included: list[str], places: list[str]) -> None:
    scope = Scope(included=tuple(included), places=tuple(places))
    assert scope == Scope(included=scope.included, places=scope.places)
