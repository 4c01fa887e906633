import pytest

from centasia_claims import InvalidValueError, compare_names
from centasia_claims.names import NameVerdict


@pytest.mark.parametrize(
    ("a", "b", "kind", "expected"),
    [
        pytest.param("Gulmurod Halimov", "غولمراد حليموف", "person", NameVerdict.SAME, id="person-arabic"),
        pytest.param("IRPT", "ПИВТ", "organization", NameVerdict.SAME, id="organization"),
        pytest.param("Khujand", "Leninabad", "place", NameVerdict.SAME, id="place-former-name"),
        pytest.param("Tajik civil war", "Tajik civil war", "event", NameVerdict.SAME, id="event"),
        pytest.param("IRPT", "ПИВТ", "person", NameVerdict.DIFFERENT, id="acronyms-are-no-person-names"),
    ],
)
def test_kind_chooses_the_rules(a: str, b: str, kind: str, expected: NameVerdict) -> None:
    assert expected == compare_names(a, b, kind=kind).verdict  # type: ignore[arg-type]


def test_unknown_kind() -> None:
    with pytest.raises(InvalidValueError) as caught:
        compare_names("a", "b", kind="thing")  # type: ignore[arg-type]
    assert "kind: unknown kind 'thing'; use one of: person, organization, place, event" == str(caught.value)
