import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from centasia_claims.names import AliasTable, NameVerdict
from centasia_claims.names._orgs import compare_org_names

SAME, COMPATIBLE, DIFFERENT = NameVerdict.SAME, NameVerdict.COMPATIBLE, NameVerdict.DIFFERENT
NO_TABLE = AliasTable(())
FAST = settings(max_examples=200, deadline=None)
ORG_NAMES = st.sampled_from(
    [
        "Islamic State", "ISIS", "ИГИЛ", "Islamic State Khorasan Province", "ISKP", "Вилаят Хорасан", "IRPT",
        "ПИВТ", "Islamic Renaissance Party of Tajikistan", "Democratic Party of Tajikistan",
        "Social Democratic Party of Tajikistan", "Tajik Interior Ministry", "Interior Ministry",
        "Kyrgyz Interior Ministry", "Radio Ozodi", "Radio Azadi", "RFE/RL", "Khujand", "Leninabad", "Rasht",
        "Rasht Valley", "Fergana", "Fergana Valley", "داعش", "Sputnik", "Sputnik Tajikistan", "",
    ]
)  # fmt: skip


@pytest.mark.parametrize(
    ("a", "b", "expected", "reason"),
    [
        pytest.param("PIVT", "ПИВТ", SAME, "PIVT = ПИВТ (acronym read PIVT)", id="cyrillic-acronym-reading"),
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
            "Исламское государство",
            "Исламского государства",
            SAME,
            "Исламское ~ Исламского (inflected)",
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
    ],
)
def test_string_rules(a: str, b: str, expected: NameVerdict, reason: str) -> None:
    match = compare_org_names(a, b, table=NO_TABLE)
    assert (expected, reason) == (match.verdict, match.reasons[0])


@pytest.mark.parametrize(
    ("a", "b", "expected", "reason"),
    [
        pytest.param(
            "ИГИЛ",
            "Islamic State of Iraq and the Levant",
            SAME,
            "both are names of Islamic State (https://www.wikidata.org/wiki/Q2429253)",
            id="table-same",
        ),
        pytest.param(
            "ISKP",
            "Daesh",
            DIFFERENT,
            "Islamic State Khorasan Province is part of Islamic State: a branch is not its parent",
            id="table-branch",
        ),
        pytest.param(
            "Radio Ozodi",
            "Radio Azadi",
            DIFFERENT,
            "the alias table lists Radio Ozodi (RFE/RL's Tajik Service) and Radio Azadi (RFE/RL's Afghan "
            "Service) as different entries",
            id="table-apart-though-keys-fold-together",
        ),
        pytest.param(
            "Rasht",
            "Rasht Valley",
            COMPATIBLE,
            "both are names of Rasht Valley (https://en.wikipedia.org/wiki/Rasht_Valley); "
            "also of Rasht District, Rasht (Iran)",
            id="table-ambiguous",
        ),
        pytest.param(
            "Islamic State Khurasan",
            "ISIS-K",
            SAME,
            "'Islamic State Khorasan' is a name of Islamic State Khorasan Province "
            "(https://en.wikipedia.org/wiki/Islamic_State_%E2%80%93_Khorasan_Province)",
            id="through-one-entry",
        ),
    ],
)
def test_alias_table(a: str, b: str, expected: NameVerdict, reason: str) -> None:
    match = compare_org_names(a, b)
    assert (expected, reason) == (match.verdict, match.reasons[0])


@given(ORG_NAMES, ORG_NAMES)
@FAST
def test_symmetric_verdict(a: str, b: str) -> None:
    assert compare_org_names(a, b).verdict == compare_org_names(b, a).verdict


@given(ORG_NAMES)
@FAST
def test_a_name_is_its_own(a: str) -> None:
    assert (a.strip() != "") == compare_org_names(a, a).is_match


@given(st.text(max_size=200), st.text(max_size=200))
@FAST
def test_total(a: str, b: str) -> None:
    assert compare_org_names(a, b).verdict in set(NameVerdict)


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
