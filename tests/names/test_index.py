import datetime as dt

import pytest

from centasia_claims import Name, NameKind, Organization, ParseError, PartialDate, Period, Place
from centasia_claims.model import EntityId
from centasia_claims.names import NameIndex, NameVerdict, acronym_key
from tests.builders import person

FAMILY_RAHMON = person(
    "person:emomali-rahmon",
    Name("Emomali Rahmon", kind=NameKind.CHANGED, valid=Period.parse("2007/..")),
    Name("Emomali Rahmonov", kind=NameKind.BIRTH, valid=Period.parse("../2007")),
)


FAMILY = NameIndex.build(
    [
        person("person:gulmurod-halimov", "Gulmurod Halimov", Name("Colonel Halimov", kind=NameKind.VARIANT)),
        person("person:sultonmurod-halimov", "Sultonmurod Halimov"),
        person("person:fozil-halimov", "Fozil Halimov"),
        FAMILY_RAHMON,
        person("person:rustam-emomali", "Rustam Emomali"),
        person("person:naim-rahmonov", "Naim Rahmonov"),
        person("person:muhiddin-kabiri", "Muhiddin Kabiri"),
        person("person:tillo-kabirov", "Tillo Kabirov"),
        person("person:zarafo-rahmoni", "Zarafo Rahmoni"),
        Place(id=EntityId("place:darai-foni"), names=(Name("Darai Foni"),), kind="village"),
        Place(id=EntityId("place:dushanbe"), names=(Name("Dushanbe"), Name("Душанбе", lang="tg"))),
        Organization(
            id=EntityId("org:irpt"),
            names=(Name("Islamic Renaissance Party of Tajikistan"), Name("IRPT", kind=NameKind.ACRONYM)),
        ),
    ]
)  # fmt: skip


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        pytest.param("Gulmorod Khalimov", "person:gulmurod-halimov", id="gulmurod-romanization"),
        pytest.param("Halimov Gulmorod", "person:gulmurod-halimov", id="gulmurod-surname-first"),
        pytest.param("Гулмурод Ҳалимов", "person:gulmurod-halimov", id="gulmurod-cyrillic"),
        pytest.param("Gulmurod Chalimow", "person:gulmurod-halimov", id="gulmurod-german"),
        pytest.param("Goulmourod Khalimov", "person:gulmurod-halimov", id="gulmurod-french"),
        pytest.param("Colonel Gulmurod Halimov", "person:gulmurod-halimov", id="gulmurod-title"),
        pytest.param("Gulmurod Hailmov", "person:gulmurod-halimov", id="gulmurod-typo"),
        pytest.param("Emomali Rakhmon", "person:emomali-rahmon", id="rahmon"),
        pytest.param("Эмомалӣ Раҳмон", "person:emomali-rahmon", id="rahmon-cyrillic"),
        pytest.param("Kabiri Muhiddin", "person:muhiddin-kabiri", id="kabiri"),
        pytest.param("F. Halimov", "person:fozil-halimov", id="initial"),
        pytest.param("Darai Fony", "place:darai-foni", id="village"),
        pytest.param("Душанбе", "place:dushanbe", id="city-cyrillic"),
        pytest.param("IRPT", "org:irpt", id="acronym"),
        pytest.param("Islamic Renaissance Party of Tajikistan", "org:irpt", id="org-name"),
    ],
)
def test_resolve_finds_one_entity(mention: str, expected: str) -> None:
    best = FAMILY.resolve(mention).best
    assert best is not None
    assert expected == best.entity


HALIMOVS = ["person:fozil-halimov", "person:gulmurod-halimov", "person:sultonmurod-halimov"]


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        pytest.param("Halimov", HALIMOVS, id="halimov"),
        pytest.param("Colonel Halimov", HALIMOVS, id="title-is-no-identity"),
        pytest.param("Emomali", ["person:emomali-rahmon", "person:rustam-emomali"], id="emomali"),
        pytest.param("Rahmonov", ["person:emomali-rahmon", "person:naim-rahmonov"], id="rahmonov"),
    ],
)  # fmt: skip
def test_resolve_says_when_ambiguous(mention: str, expected: list[str]) -> None:
    result = FAMILY.resolve(mention)
    assert (True, None, expected) == (
        result.ambiguous,
        result.best,
        sorted(candidate.entity for candidate in result.candidates),
    )


@pytest.mark.parametrize(
    "mention",
    [
        pytest.param("Gulmurod Karimov", id="karimov"),
        pytest.param("Faizrahmonov", id="faizrahmonov"),
        pytest.param("Muhammadjon Kabirov", id="cousin"),
        pytest.param("Tajikistan", id="unknown"),
        pytest.param("ISIS", id="unknown-acronym"),
        pytest.param("", id="empty"),
    ],
)
def test_resolve_finds_nothing(mention: str) -> None:
    result = FAMILY.resolve(mention)
    assert (result.candidates, result.best, result.ambiguous) == ((), None, False)


def test_hard_negatives_stay_apart() -> None:
    assert [c.entity for c in FAMILY.resolve("Zarafo Rahmoni").candidates] == ["person:zarafo-rahmoni"]
    assert [c.entity for c in FAMILY.resolve("Rustam Emomali").candidates] == ["person:rustam-emomali"]
    assert [c.entity for c in FAMILY.resolve("Naim Rahmonov").candidates] == ["person:naim-rahmonov"]
    assert [c.entity for c in FAMILY.resolve("Tillo Kabirov").candidates] == ["person:tillo-kabirov"]


@pytest.mark.parametrize(
    ("at", "current", "set_aside"),
    [
        pytest.param(None, ["person:emomali-rahmon"], [], id="no-date"),
        pytest.param("2005", ["person:emomali-rahmon"], [], id="before-change"),
        pytest.param(PartialDate(2007, 3), ["person:emomali-rahmon"], [], id="in-2007"),
        pytest.param(dt.date(2016, 1, 1), [], ["person:emomali-rahmon"], id="after-change"),
    ],
)
def test_dated_names(at: object, current: list[str], set_aside: list[str]) -> None:
    index = NameIndex.build([FAMILY_RAHMON])
    result = index.resolve("Rahmonov", at=at)  # type: ignore[arg-type]
    assert (current, set_aside) == (
        [c.entity for c in result.candidates],
        [c.entity for c in result.out_of_period],
    )


def test_candidate_explains_the_match() -> None:
    best = FAMILY.resolve("Gulmorod Khalimov").best
    assert best is not None
    assert (best.verdict, best.score, best.matched, best.via, best.reasons) == (
        NameVerdict.SAME,
        1.0,
        "Gulmurod Halimov",
        "primary",
        ("matched 'Gulmurod Halimov' (primary)", "Gulmorod = Gulmurod (a/o/u)", "Khalimov = Halimov (kh/h)"),
    )


def test_dated_candidate_shows_the_period() -> None:
    best = NameIndex.build([FAMILY_RAHMON]).resolve("Rahmonov", at="2005").best
    assert best is not None
    assert best.reasons[0] == "matched 'Emomali Rahmonov' (birth, in use ../2007)"


def test_bad_date_is_a_parse_error() -> None:
    with pytest.raises(ParseError):
        FAMILY.resolve("Rahmonov", at="2007-13")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("ISIS-K", "ISISK", id="hyphen"),
        pytest.param("RFE/RL", "RFERL", id="slash"),
        pytest.param("IS", "IS", id="two-letters"),
        pytest.param("I", None, id="one-letter"),
        pytest.param("Daesh", None, id="word"),
        pytest.param("Islamic State", None, id="two-words"),
        pytest.param("1234", None, id="digits"),
        pytest.param("ABCDEFGHIJK", None, id="too-long"),
    ],
)
def test_acronym_key(text: str, expected: str | None) -> None:
    assert expected == acronym_key(text)


@pytest.mark.parametrize(
    ("recorded", "mention"),
    [
        ("Мухиддин Кабири", "Muchiddin Kabiri"),  # German ch for х, no German marker in the name
        ("Хайрулло Чоршанбиев", "Hajrullo Čoršanbiev"),  # ISO 9
        ("Акбарҷон Раҳимов", "Akbarcon Rahimov"),  # Turkish c for ҷ, no Turkish letter
        # German ch for х with no German marker, and dsh for ҷ equal only with the letters German merges
        ("Хайит Ҷураев", "Chaiit Dshurajew"),
    ],
)
def test_a_scheme_spelling_with_no_marker_resolves_both_ways(recorded: str, mention: str) -> None:
    others = [
        person("person:farrukh-nazarov", "Farrukh Nazarov"),
        person("person:akbar-rahimi", "Akbar Rahimi"),
    ]
    for written, asked in ((recorded, mention), (mention, recorded)):
        index = NameIndex.build([person("person:x", written), *others])
        best = index.resolve(asked).best
        assert best is not None
        assert best.entity == "person:x"
