import pytest
from hypothesis import given
from hypothesis import strategies as st

from centasia_claims.names import NameVerdict
from centasia_claims.names._orgs import compare_org_names
from tests.builders.names import COMPATIBLE, DIFFERENT, FAST, SAME

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


@pytest.mark.parametrize("tajik", ["Tajik SCNS", "SCNS of Tajikistan"])
@pytest.mark.parametrize("kyrgyz", ["Kyrgyz GKNB", "ГКНБ Кыргызстана"])
def test_a_body_whose_alias_names_give_another_country_is_another_body(kyrgyz: str, tajik: str) -> None:
    # The Kyrgyz committee's entry also lists the bare "State Committee for National Security": its names
    # that say Kyrgyzstan decide against the Tajik one.
    assert compare_org_names(kyrgyz, tajik).verdict is DIFFERENT


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
