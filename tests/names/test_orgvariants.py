from random import Random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from centasia_claims.names import NameVerdict
from centasia_claims.names._orgs import compare_org_names
from tests.builders.names import COMPATIBLE, DIFFERENT, FAST, NO_TABLE


@pytest.mark.parametrize(
    ("a", "b", "expected", "reason"),
    [
        pytest.param(
            "Crocus City Hall",
            "Крокус Сити Холл",
            COMPATIBLE,
            "an English name written in Cyrillic, read by its consonants: Crocus = Крокус, City = Сити, "
            "Hall = Холл",
            id="english-name-in-cyrillic",
        ),
        pytest.param(
            "Crocus City Hall",
            "Крокус Сити Молл",
            DIFFERENT,
            "words differ: Crocus Hall / Крокус Сити Молл",
            id="english-name-in-cyrillic-one-word-apart",
        ),
    ],
)
def test_english_names_in_cyrillic(a: str, b: str, expected: NameVerdict, reason: str) -> None:
    match = compare_org_names(a, b, table=NO_TABLE)
    assert (expected, reason) == (match.verdict, match.reasons[0])


@pytest.mark.parametrize(
    ("a", "b", "expected", "reason"),
    [
        pytest.param(
            "Tal Afar",
            "Tel Afar",
            COMPATIBLE,
            "only vowels differ (Tal / Tel): one place name with its vowels spelled two ways",
            id="arabic-short-vowel",
        ),
        pytest.param(
            "Kulob Region",
            "Кулябская область",
            COMPATIBLE,
            "only vowels differ (Kulob / Кулябская): one place name with its vowels spelled two ways",
            id="russian-and-tajik-vowels",
        ),
        pytest.param("Hama", "Homs", DIFFERENT, "words differ: Hama / Homs", id="consonants-differ"),
        pytest.param(
            "Ванчский район",
            "Vanj District",
            COMPATIBLE,
            "only vowels differ (Ванчский / Vanj): vowels, and ч for Tajik ҷ",
            id="russian-ch-for-tajik-j",
        ),
        pytest.param(
            "Kandahar",
            "Кандагар",
            COMPATIBLE,
            "only vowels differ (Kandahar / Кандагар): vowels, and Russian г for a foreign h",
            id="russian-g-for-a-foreign-h",
        ),
        pytest.param("Hama", "Гама", DIFFERENT, "words differ: Hama / Гама", id="too-few-consonants"),
        pytest.param(
            "Raqqa",
            "Raqqa Governorate",
            DIFFERENT,
            "Governorate only in one name: a province or district is not the place it is named after",
            id="city-and-province",
        ),
    ],
)
def test_place_vowels(a: str, b: str, expected: NameVerdict, reason: str) -> None:
    match = compare_org_names(a, b, table=NO_TABLE, kind="place")
    assert (expected, reason) == (match.verdict, match.reasons[0])


def test_vowel_variants_are_read_for_places_only() -> None:
    # Jamaat-e-Islami and Jamiat-e Islami are two parties: organizations are not read for vowel variants.
    assert compare_org_names("Tal Afar", "Tel Afar", table=NO_TABLE).verdict is DIFFERENT
    assert compare_org_names("Jamaat-e-Islami", "Jamiat-e Islami", table=NO_TABLE).verdict is DIFFERENT


VOWELS = "aeiou"


@given(
    st.lists(
        st.text(alphabet="bdfkmnprs", min_size=2, max_size=4).map("a".join),
        min_size=1,
        max_size=3,
    ),
    st.randoms(use_true_random=False),
)
@FAST
def test_a_place_name_with_its_vowels_changed_is_never_different(words: list[str], random: Random) -> None:
    # Letters that spell no designator or qualifier (Tal, the German valley, is compared by its concept).
    name = " ".join(word.capitalize() for word in words)
    changed = "".join(random.choice(VOWELS) if char == "a" else char for char in name)
    found = compare_org_names(name, changed, table=NO_TABLE, kind="place")
    if sum(char not in VOWELS for char in "".join(words)) >= 3:
        assert found.is_match
    if found.reasons[0].startswith("only vowels differ"):
        assert found.verdict is COMPATIBLE
    assert compare_org_names(changed, name, table=NO_TABLE, kind="place").verdict is found.verdict
