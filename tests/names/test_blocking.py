import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from centasia_claims import Name, Person
from centasia_claims.names import NameIndex, acronym_key, blocking_keys
from centasia_claims.names._entries import latin_acronym, token_keys
from centasia_claims.names._key import parse_name

FAST = settings(max_examples=300, deadline=None)

PARTS = st.sampled_from(
    ["Gulmurod", "Gulmorod", "Halimov", "Khalimov", "Halimova", "Halimi", "Rahmon", "Rahmonov", "Kabiri",
     "Kabirov", "Karimov", "Nazarzoda", "Emomali", "Muhiddin", "Abdulhalim", "Baghdadi", "al-Baghdadi",
     "Гулмурод", "Ҳалимов", "Раҳмонова", "Халимовым", "غولمراد", "حليموف", "رحمانوف", "Chalimow", "F.",
     "ISIS-K", "Yo", "Colonel"]
)  # fmt: skip
VOWELS = "aeiou"


@st.composite
def slipped(draw: st.DrawFn) -> str:
    """A name part as written, or with one slip: a letter dropped or added, two swapped, a vowel changed."""
    part = draw(PARTS)
    if len(part) < 3 or not draw(st.booleans()):
        return part
    index = draw(st.integers(1, len(part) - 2))
    how = draw(st.sampled_from(["drop", "add", "swap", "vowel"]))
    if how == "drop":
        return part[:index] + part[index + 1 :]
    if how == "add":
        return part[:index] + draw(st.sampled_from("aoiklmr")) + part[index:]
    if how == "swap":
        return part[:index] + part[index + 1] + part[index] + part[index + 2 :]
    return part[:index] + draw(st.sampled_from(VOWELS)) + part[index + 1 :]


NAMES = st.lists(slipped(), min_size=1, max_size=3).map(" ".join)


def _compared(index: NameIndex, mention: str) -> set[int]:
    """The entries `NameIndex.resolve` compares a person mention with: acronyms, exact keys, the blocked."""
    acronym = acronym_key(mention)
    if acronym is not None:
        for reading in dict.fromkeys((acronym, latin_acronym(acronym))):
            if reading in index._acronyms:
                return set(index._acronyms[reading])
    parsed = parse_name(mention)
    exact = set(index._exact.get(tuple(sorted(token_keys(parsed))), ()))
    return exact | index._blocked(parsed)


@given(st.lists(st.lists(NAMES, min_size=1, max_size=3), min_size=1, max_size=4), NAMES)
@FAST
def test_every_name_the_index_compares_shares_a_blocking_key(recorded: list[list[str]], mention: str) -> None:
    assume(token_keys(parse_name(mention)))  # a name of initials only has no keys
    persons = [
        Person(id=f"person:p{number}", names=tuple(Name(text) for text in texts))
        for number, texts in enumerate(recorded)
    ]
    index = NameIndex.build(persons)
    keys = set(blocking_keys(mention))
    unshared = [
        index._entries[number].text
        for number in _compared(index, mention)
        if not keys & set(blocking_keys(index._entries[number].text))
    ]
    assert [] == unshared


@pytest.mark.parametrize(
    ("a", "b", "shared"),
    [
        pytest.param("Gulmurod Halimov", "Гулмурод Ҳалимов", "holimov", id="cyrillic"),
        pytest.param("Halimova", "Halimov", "holim", id="family-name-form"),
        pytest.param("Gulmurod", "Gulmurd", "golmord", id="a-letter-dropped"),
        pytest.param("Hailmov", "Halimov", "holmov", id="two-letters-swapped"),
        pytest.param("حليموف", "Halimov", "hlm", id="arabic-skeleton"),
        pytest.param("Abu Bakr al-Baghdadi", "Baghdadi", "bogdodi", id="without-the-article"),
        pytest.param("ИГИЛ", "IGIL", "IGIL", id="acronym-reading"),
        pytest.param("Ҷураев", "Dshurajew", "joroiv", id="letters-german-writes-alike"),
    ],
)
def test_related_names_meet_on_a_key(a: str, b: str, shared: str) -> None:
    assert shared in set(blocking_keys(a)) & set(blocking_keys(b))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param("Gulmurod Halimov", "Fozil Nazarzoda", id="different-names"),
        pytest.param("Karimov", "Halimov", id="different-surnames"),
    ],
)
def test_unrelated_names_share_no_key(a: str, b: str) -> None:
    assert set() == set(blocking_keys(a)) & set(blocking_keys(b))


@given(st.text(max_size=200))
@FAST
def test_keys_are_sorted_once_each_and_never_empty(text: str) -> None:
    keys = blocking_keys(text)
    assert (tuple(sorted(set(keys))), False) == (keys, "" in keys)
