import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from centasia_claims import Name, NameKind, Organization, Period
from centasia_claims.names import acronym_key
from centasia_claims.names._entries import (
    _MERGING,
    alias_entry,
    deletions,
    former_full_names,
    latin_acronym,
    merged_keys,
    token_keys,
)
from centasia_claims.names._fold import merged_key
from centasia_claims.names._key import parse_name


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


def test_a_cyrillic_acronym_is_also_filed_in_latin_letters() -> None:
    assert ("PIVT", "IRPT") == (latin_acronym("ПИВТ"), latin_acronym("IRPT"))


def test_a_former_surname_is_filed_with_the_given_names() -> None:
    names = (Name("Emomali Rahmon"), Name("Rahmonov", kind=NameKind.BIRTH, valid=Period.parse("../2007")))
    (entry,) = former_full_names("person:x", "Emomali Rahmon", names)
    assert ("Emomali Rahmonov", "birth", "../2007") == (entry.text, entry.via, str(entry.valid))
    assert [] == former_full_names("person:x", "Rahmon", (Name("Rahmon"), names[1]))


def test_an_organization_is_its_alias_entry_by_wikidata_id_or_name() -> None:
    by_id = Organization(id="org:x", names=(Name("the United Nations Organization"),), wikidata="Q1065")
    by_name = Organization(id="org:y", names=(Name("Local name"), Name("ПИВТ")))
    ambiguous = Organization(id="org:z", names=(Name("GKNB"),))
    assert ("united-nations", "irpt", None) == (
        getattr(alias_entry(by_id), "id", None),
        getattr(alias_entry(by_name), "id", None),
        alias_entry(ambiguous),
    )


def test_deletions_only_for_keys_of_six_to_twenty_four_letters() -> None:
    assert () == deletions("holim")
    assert ("hlimov", "hoimov", "holmov", "holiov", "holimv", "holimo") == deletions("holimov")
    assert () == deletions("h" * 25)
    assert ("golmorod", "holimov") == token_keys(parse_name("G. Gulmorod Khalimov"))


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        pytest.param("Ҷураев", (), id="no-letter-to-merge"),
        pytest.param("Dshurajew", ("joroiv",), id="german-dsch"),
        pytest.param("Зарина", ("sorino",), id="z"),
        pytest.param("Сарина", (), id="s-already"),
        pytest.param("F.", (), id="initial"),
    ],
)
def test_merged_keys(text: str, keys: tuple[str, ...]) -> None:
    assert keys == merged_keys(parse_name(text).tokens[0])


@given(st.text(alphabet="abdehijklmnorstuvwyzçšžАБДЖЗИЙКОСТУХЦЧШҶ -", max_size=20))
@settings(max_examples=300, deadline=None)
def test_merged_keys_skip_only_parts_the_merges_leave_alone(text: str) -> None:
    for token in parse_name(text).tokens:
        if token.initial or token.arabic:
            continue
        every = dict.fromkeys(merged_key(token.latin, token.reading, merging)[0] for merging in _MERGING)
        every.pop(token.key, None)
        assert tuple(every) == merged_keys(token)
