import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from centasia_claims.names import NameVerdict
from centasia_claims.names._orgs import compare_org_names
from tests.builders.names import COMPATIBLE, DIFFERENT, NO_TABLE, SAME


@pytest.mark.parametrize(
    ("a", "b", "expected", "reason"),
    [
        pytest.param("PIVT", "ПИВТ", SAME, "PIVT = ПИВТ (acronym read PIVT)", id="cyrillic-acronym-reading"),
        pytest.param(
            "usbekisches Innenministerium",
            "Uzbek Interior Ministry",
            SAME,
            "same distinctive words",
            id="german-compound",
        ),
        pytest.param(
            "Innenministerium",
            "Außenministerium",
            DIFFERENT,
            "words differ: Innen / Außen",
            id="german-compounds-differ",
        ),
        pytest.param(
            "Андижанская область",
            "Andijan Region",
            SAME,
            "Андижанская ~ Andijan (adjective of the place)",
            id="russian-place-adjective",
        ),
        pytest.param(
            "Ошская область",
            "Osh Region",
            SAME,
            "Ошская ~ Osh (adjective of the place)",
            id="a-name-folding-like-an-article",
        ),
        pytest.param(
            "وزارة الداخلية الطاجيكية",
            "Tajik Interior Ministry",
            SAME,
            "same distinctive words",
            id="arabic-script-body-said-by-concepts",
        ),
        pytest.param(
            "وزارة الداخلية الأوزبكية",
            "Tajik Interior Ministry",
            DIFFERENT,
            "countries differ: uzbekistan / tajikistan",
            id="arabic-script-body-of-another-country",
        ),
        pytest.param(
            "حزب النهضة",
            "Democratic Party",
            DIFFERENT,
            "Arabic-script names not in the alias table",
            id="arabic-script-against-a-word-no-concept-gives",
        ),
        pytest.param(
            "Sicherheitsrat",
            "Security Council",
            SAME,
            "same distinctive words",
            id="german-compound-council",
        ),
        pytest.param(
            "Tajik Service of Radio Liberty",
            "Radio Liberty",
            DIFFERENT,
            "Tajik Service only in one name: a country's service of the body the other name gives",
            id="a-country-service-of-a-body",
        ),
        pytest.param(
            "Исфаринский район",
            "Isfara District",
            SAME,
            "Исфаринский ~ Isfara (adjective of the place)",
            id="russian-place-adjective-in-in",
        ),
        pytest.param(
            "ГКНБ",
            "Государственный комитет национальной безопасности",
            SAME,
            "ГКНБ is the acronym of Государственный комитет национальной безопасности",
            id="cyrillic-acronym-expansion",
        ),
        pytest.param(
            "OSCE",
            "Organization for Security and Co-operation in Europe",
            SAME,
            "OSCE is the acronym of Organization for Security and Co-operation in Europe",
            id="acronym-without-function-words",
        ),
        pytest.param(
            "RFE/RL",
            "Radio Free Europe/Radio Liberty",
            SAME,
            "RFE/RL is the acronym of Radio Free Europe/Radio Liberty",
            id="acronym-slash",
        ),
        pytest.param(
            "MIO",
            "Mouvement islamique d'Ouzbékistan",
            SAME,
            "MIO is the acronym of Mouvement islamique d'Ouzbékistan",
            id="french-elision",
        ),
        pytest.param("ISIS", "ISIL", DIFFERENT, "acronyms differ: ISIS / ISIL", id="acronyms-differ"),
        pytest.param(
            "Islamic Movement of Uzbekistan (IMU)",
            "IMU",
            SAME,
            "IMU / IMU",
            id="parenthetical-acronym",
        ),
        pytest.param(
            "Social Democratic Party of Tajikistan",
            "Democratic Party of Tajikistan",
            DIFFERENT,
            "Social only in one name: a distinctive word (a branch, an affiliate or another body)",
            id="extra-word",
        ),
        pytest.param(
            "Islamic Movement of Uzbekistan",
            "Islamic Party of Uzbekistan",
            DIFFERENT,
            "kinds of body differ: Movement / Party",
            id="designators-differ",
        ),
        pytest.param(
            "Taliban",
            "Taliban movement",
            COMPATIBLE,
            "movement only in one name (a designator)",
            id="designator",
        ),
        pytest.param(
            "Raqqa",
            "Raqqa province",
            DIFFERENT,
            "province only in one name: a province or district is not the place it is named after",
            id="administrative",
        ),
        pytest.param(
            "Tajik Interior Ministry",
            "Interior Ministry",
            COMPATIBLE,
            "the country (tajikistan) only in one name",
            id="qualifier-one-side",
        ),
        pytest.param(
            "Tajik Interior Ministry",
            "Kyrgyz Interior Ministry",
            DIFFERENT,
            "countries differ: tajikistan / kyrgyzstan",
            id="qualifiers-differ",
        ),
        pytest.param(
            "Sputnik",
            "Sputnik Uzbekistan",
            DIFFERENT,
            "Uzbekistan only in one name: a distinctive word (a branch, an affiliate or another body)",
            id="country-suffix-is-a-branch",
        ),
        pytest.param(
            "Народное движение",
            "Народного движения",
            SAME,
            "Народное ~ Народного (inflected)",
            id="russian-case",
        ),
        pytest.param("Al Jazeera", "Aljazeera", SAME, "same words, written as one word or two", id="joined"),
        pytest.param(
            "Hizb ut-Tahrir",
            "Hizbut Tahrir",
            SAME,
            "same words, written as one word or two",
            id="joined-designator",
        ),
        pytest.param(
            "Interior Ministry of Tajikistan's",
            "Tajik Interior Ministry",
            SAME,
            "same distinctive words",
            id="possessive-and-word-order",
        ),
        pytest.param(
            "al-Qaeda in the Arabian Peninsula",
            "AQAP",
            SAME,
            "AQAP is the acronym of al-Qaeda in the Arabian Peninsula",
            id="acronym-with-the-arabic-article",
        ),
        pytest.param("ShOS", "ШОС", SAME, "ShOS = ШОС (acronym read SOS)", id="acronym-digraph"),
        pytest.param(
            "Deir ez-Zor", "Deir Ezzor", SAME, "same words, written as one word or two", id="article-joined"
        ),
        pytest.param(
            "Sputnik Uzbek",
            "Sputnik",
            DIFFERENT,
            "Uzbek only in one name: a distinctive word (a branch, an affiliate or another body)",
            id="language-service",
        ),
        pytest.param(
            "ministère de l'Intérieur ouzbek",
            "Uzbek Interior Ministry",
            SAME,
            "same distinctive words",
            id="french-adjective-after-a-concept-is-the-country",
        ),
        pytest.param(
            "Communist Party of Kyrgyzstan",
            "Коммунистическая партия Кыргызстана",
            SAME,
            "same distinctive words",
            id="communist-as-a-concept",
        ),
        pytest.param(
            "Amaq News Agency",
            "Amaq",
            COMPATIBLE,
            "Agency only in one name (a designator)",
            id="news-completes-agency",
        ),
    ],
)
def test_string_rules(a: str, b: str, expected: NameVerdict, reason: str) -> None:
    match = compare_org_names(a, b, table=NO_TABLE)
    assert (expected, reason) == (match.verdict, match.reasons[0])


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Tajik authorities", "Tajik authorities", NameVerdict.SAME),
        ("Tajik authorities", "Tajik government", NameVerdict.SAME),
        ("Tajik authorities", "Tajikistan", NameVerdict.COMPATIBLE),
        ("Uzbek government", "Uzbekistan", NameVerdict.COMPATIBLE),
    ],
    ids=["identical", "two-words-for-its-government", "a-body-or-the-country", "another-country"],
)
def test_a_body_of_a_country_is_not_the_country_itself(a: str, b: str, expected: NameVerdict) -> None:
    assert expected is compare_org_names(a, b).verdict
    assert expected is compare_org_names(b, a).verdict


SYLLABLES = st.lists(
    st.sampled_from(["bor", "dim", "tol", "mir", "nod", "rob", "lim", "tar"]), min_size=2, max_size=4
)


@given(SYLLABLES, SYLLABLES)
@settings(max_examples=200, deadline=None)
def test_two_words_written_as_one_with_the_letter_at_the_joint_once_agree(
    first: list[str], second: list[str]
) -> None:
    # Deir ez-Zor and Deir Ezzor: the letter ending one word and starting the next is written once when the
    # words run together, as a doubled letter is one letter in a key.
    head, tail = "".join(first), "".join(second)
    tail = head[-1] + tail
    match = compare_org_names(f"Deir {head} {tail}", f"Deir {head}{tail[1:]}", table=NO_TABLE, kind="place")
    assert match.verdict is SAME
