from random import Random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from centasia_claims.names import AliasTable, NameVerdict, _orgwords
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
        "МВД Узбекистана", "Uzbek Interior Ministry", "МИД Узбекистана", "usbekisches Innenministerium",
        "Crocus City Hall", "Крокус Сити Холл", "Крокус Сити Молл", "Tal Afar", "Tel Afar", "Homs", "Hims",
        "Андижанская область", "Andijan Region", "Andijan", "Osh Region", "Ошская область", "تلعفر", "حلب",
        "Halab", "وزارة الداخلية الطاجيكية", "وزارة الداخلية الأوزبكية", "Ванчский район", "Vanj District",
        "Tajik Service of Radio Liberty", "Radio Liberty", "Innenministerium",
    ]
)  # fmt: skip


@pytest.mark.parametrize(
    ("a", "b", "expected", "reason"),
    [
        pytest.param("PIVT", "ПИВТ", SAME, "PIVT = ПИВТ (acronym read PIVT)", id="cyrillic-acronym-reading"),
        pytest.param(
            "МВД Узбекистана",
            "Uzbek Interior Ministry",
            SAME,
            "МВД Узбекистана read as Министерство внутренних дел Узбекистана",
            id="government-acronym-and-a-genitive-country",
        ),
        pytest.param(
            "Минобороны России",
            "Russian Defence Ministry",
            SAME,
            "Минобороны России read as Министерство обороны России",
            id="russian-contraction",
        ),
        pytest.param(
            "МВД Кыргызстана",
            "Uzbek Interior Ministry",
            DIFFERENT,
            "words differ: МВД / Interior",
            id="government-acronym-of-another-country",
        ),
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
            "МВД РТ",
            "Ministry of Internal Affairs of Tajikistan",
            SAME,
            "МВД РТ read as Министерство внутренних дел РТ",
            id="russian-abbreviation-of-the-republic",
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


COUNTRIES_GENITIVE = {"Таджикистана": "Tajik", "Узбекистана": "Uzbek", "России": "Russian"}


@pytest.mark.parametrize("short", sorted(_orgwords.ABBREVIATIONS))
def test_each_abbreviation_meets_its_expansion_and_only_in_its_country(short: str) -> None:
    long = _orgwords.ABBREVIATIONS[short]
    for country in COUNTRIES_GENITIVE:
        assert compare_org_names(f"{short} {country}", f"{long} {country}", table=NO_TABLE).verdict is SAME
        for other in COUNTRIES_GENITIVE.keys() - {country}:
            found = compare_org_names(f"{short} {country}", f"{long} {other}", table=NO_TABLE)
            assert found.verdict is DIFFERENT


@given(
    st.lists(st.sampled_from(sorted(_orgwords.ABBREVIATIONS)), min_size=2, max_size=2, unique=True),
    st.sampled_from(sorted(COUNTRIES_GENITIVE)),
)
@FAST
def test_two_abbreviations_meet_as_their_expansions_do(pair: list[str], country: str) -> None:
    # МВД and ВКД (Russian and Tajik for one ministry) meet; МВД and МИД do not.
    first, second = pair
    expansions = _orgwords.ABBREVIATIONS[first], _orgwords.ABBREVIATIONS[second]
    written = compare_org_names(f"{first} {country}", f"{second} {country}", table=NO_TABLE)
    expanded = compare_org_names(f"{expansions[0]} {country}", f"{expansions[1]} {country}", table=NO_TABLE)
    assert written.is_match == expanded.is_match


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


@given(ORG_NAMES, ORG_NAMES, st.sampled_from(["organization", "place"]))
@FAST
def test_symmetric_verdict(a: str, b: str, kind: str) -> None:
    assert compare_org_names(a, b, kind=kind).verdict == compare_org_names(b, a, kind=kind).verdict


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
