from __future__ import annotations

from centasia_claims import load_seed_corpus
from centasia_claims.extraction._reader import Reader
from centasia_claims.importing import Builder

SEEDS = load_seed_corpus()


def _reader() -> Reader:
    return Reader(SEEDS, Builder(SEEDS, lambda path: ""))


def test_a_pronoun_stands_for_the_last_named_speaker() -> None:
    reader = _reader()
    reader.remember("Interior Minister Ramazon Rahimzoda")
    reader.remember("he")  # a pronoun is never remembered as a name
    assert ("person:ramazon-rahimzoda", "He → Interior Minister Ramazon Rahimzoda") == reader.agent("He", [])


def test_a_pronoun_with_nobody_before_it_names_nobody_and_says_why() -> None:
    reasons: list[str] = []
    assert (None, "he") == _reader().agent("he", reasons)
    assert ["speaker: 'he' refers to nobody named earlier: name the speaker"] == reasons


def test_a_description_points_back_to_the_last_name_that_holds_its_head() -> None:
    reader = _reader()
    reader.remember("Interior Minister Ramazon Rahimzoda")
    agent, name = reader.agent("the minister", [])
    assert ("person:ramazon-rahimzoda", "the minister → Interior Minister Ramazon Rahimzoda") == (agent, name)


def test_a_name_is_resolved_once_and_gives_its_reasons_each_time() -> None:
    reader = _reader()
    first: list[str] = []
    second: list[str] = []
    assert reader.agent("Rahimzoda and Kabiri", first) == reader.agent("Rahimzoda and Kabiri", second)
    assert (
        first
        == second
        == ["speaker: 'Rahimzoda and Kabiri' names several speakers: choose one, or draft a claim for each"]
    )
    assert list(reader.resolved) == ["Rahimzoda and Kabiri"]


def test_a_country_that_speaks_is_its_government() -> None:
    assert "org:tajik-government" == _reader().agent("Tajikistan", [])[0]


def test_the_place_that_ends_a_body_s_name_is_not_the_body() -> None:
    # No such body in the corpus, and no government of Russia: a new organization, never the place.
    agent, _ = _reader().agent("Вазорати корҳои дохилии Русия", [])
    assert agent is not None
    assert agent.startswith("org:")


def test_a_place_after_words_that_name_no_body_still_speaks() -> None:
    assert "place:russia" == _reader().agent("Days after Russia", [])[0]
