from hypothesis import given, settings
from hypothesis import strategies as st

from centasia_claims.names._label import acronym_reading, alternatives, label_stems, parse_label, stem


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
