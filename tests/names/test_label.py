import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from centasia_claims.names._fold import fold_latin
from centasia_claims.names._label import (
    acronym_reading,
    adjective_base,
    adjective_of,
    alternatives,
    label_stems,
    parse_label,
    stem,
)
from centasia_claims.names._latin import latinize


def test_labels() -> None:
    assert ("IGIL", "ISISK", None) == (
        acronym_reading("ИГИЛ"),
        acronym_reading("ISIS-K"),
        acronym_reading("Isis"),
    )
    assert ["minor", "qualifier", "distinctive", "designator"] == [
        word.role for word in parse_label("the Tajik Interior Ministry").words
    ]
    assert ("IRPT",) == label_stems("IRPT")
    assert ("SOS", "MCS", None) == (acronym_reading("ShOS"), acronym_reading("MChS"), acronym_reading("Shah"))
    assert "AQIM" in parse_label("al-Qaeda in the Islamic Maghreb").initials


CYRILLIC_ACRONYM = st.text(alphabet="АБВГДЕИКЛМНОПРСТУФХЦЧШЖ", min_size=2, max_size=8)
_DIGRAPHS = {"Ш": "Sh", "Ч": "Ch", "Ж": "Zh", "Х": "Kh"}


@given(CYRILLIC_ACRONYM)
@settings(max_examples=300, deadline=None)
def test_a_cyrillic_acronym_and_its_latin_reading_with_digraphs_read_alike(acronym: str) -> None:
    # ШОС is written ShOS, МЧС MChS: the digraph stands for one letter of the acronym.
    latin = "".join(_DIGRAPHS.get(char, latinize(char)[0].upper()[:1]) for char in acronym)
    assert acronym_reading(latin) == acronym_reading(acronym)


def test_parenthetical_names_are_aliases() -> None:
    assert ["Islamic Revival Party of Tajikistan", "IRPT"] == alternatives(
        "Islamic Revival Party of Tajikistan (IRPT)"
    )
    assert ["IRPT"] == alternatives("IRPT")


def test_stems_strip_inflections_but_keep_four_letters() -> None:
    assert ("islomsk", "islomsk", "port", "port") == (
        stem("islomskogo"),
        stem("islomskoi"),
        stem("portii"),
        stem("portiio"),
    )


def test_inflected_forms_share_blocking_keys() -> None:
    assert label_stems("Партии исламского возрождения") == label_stems("Партия исламского возрождения")


def test_generic_words_are_counted_in_initials_but_not_compared() -> None:
    label = parse_label("Ministry of Foreign Affairs")
    assert ["designator", "minor", "distinctive", "generic"] == [word.role for word in label.words]
    assert "MFA" in label.initials


def test_synonyms_are_compared_as_their_concept() -> None:
    interior = [parse_label(name).words[0].key for name in ("Interior", "Internal", "внутренних")]
    assert len(set(interior)) == 1
    assert parse_label("Foreign").words[0].key != interior[0]


def test_a_name_of_only_articles_is_the_name_itself() -> None:
    assert ["distinctive"] == [word.role for word in parse_label("Osh").words]
    assert ["minor", "distinctive", "distinctive"] == [
        word.role for word in parse_label("the Islamic State").words
    ]


@given(st.text(max_size=300))
@settings(max_examples=200, deadline=None)
def test_parse_label_is_total(text: str) -> None:
    label = parse_label(text)
    assert label.acronym is None or label.acronym.isalnum()


def _key(word: str) -> str:
    return fold_latin(latinize(word)[0], None)[0]


@pytest.mark.parametrize(
    ("adjective", "place", "expected"),
    [
        ("Андижанская", "Андижан", True),
        ("Ферганской", "Фергана", True),
        ("Согдийская", "Согд", True),
        ("Раштский", "Рашт", True),
        ("Ошская", "Ош", True),
        ("Исфаринский", "Исфара", True),
        ("Дангаринского", "Дангара", True),
        ("Гармский", "Рашт", False),
        ("Минск", "Мин", False),
        ("Таджикский", "Таджик", True),
    ],
)
def test_adjective_of_a_place(adjective: str, place: str, *, expected: bool) -> None:
    assert expected is adjective_of(_key(adjective), _key(place))


@given(
    st.text(alphabet="бвгдзклмнпрт", min_size=2, max_size=5).map("а".join),
    st.sampled_from(["ская", "ский", "ской", "ского", "ское", "ские", "ских", "скую"]),
)
@settings(max_examples=200, deadline=None)
def test_a_russian_place_adjective_is_read_as_its_place(base: str, ending: str) -> None:
    assert adjective_of(_key(base + ending), _key(base))
    assert adjective_base(_key(base + ending)) is not None
    assert adjective_base(_key(base)) is None  # the letters of the base hold no с, so no -ск-
