from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from centasia_claims import load_seed_corpus
from centasia_claims.extraction import MEASURE_WORDS, MeasureCandidate, rank_measures

SEEDS = load_seed_corpus()


def test_rank_measures_scores_shared_label_words_and_the_unit() -> None:
    ranked = rank_measures(
        SEEDS, "Rahimzoda said 148 Tajik nationals had been killed fighting in Syria and Iraq", "people"
    )
    assert (
        MeasureCandidate(
            measure="measure:tajik-fighters-killed",
            score=1.0,
            reason="6 of 6 label words in the clause (fight, iraq, kille, natio, syria, tajik); unit people",
        )
        == ranked[0]
    )
    assert 3 == len(ranked)
    assert [c.score for c in ranked] == sorted((c.score for c in ranked), reverse=True)


def test_the_figure_s_clause_counts_more_than_the_rest_of_the_sentence() -> None:
    sentence = "61 Tajik nationals had returned from Syria and Iraq, while 148 had been killed there"
    (best, *_) = rank_measures(SEEDS, sentence, "people", sentence.index("148"))
    assert (
        MeasureCandidate(
            measure="measure:tajik-fighters-killed",
            score=0.595,
            reason="1 of 6 label words in the clause (kille), 4 elsewhere in the sentence "
            "(iraq, natio, syria, tajik); unit people",
        )
        == best
    )


def test_a_place_the_article_does_not_name_counts_against_a_measure() -> None:
    # "Kyrgyz" (Kyrgyzstan) is in the label, not in the text: the measure is about somewhere else, and falls
    # below a label with fewer of the sentence's words.
    sentence = "1,141 citizens had returned from fighting in Syria and Iraq"
    ranked = rank_measures(SEEDS, sentence, "count", 0)
    measures = [candidate.measure for candidate in ranked]
    kyrgyz = measures.index("measure:kyrgyz-fighters-returned")
    assert measures.index("measure:tajik-fighters-returned") < kyrgyz
    assert ranked[kyrgyz].reason.endswith("; the article does not name kyrgy; unit people")


def test_an_outcome_the_sentence_does_not_say_counts_against_a_measure() -> None:
    # "fought" holds four of the words of the killed fighters' label, and five of those who joined; neither
    # sentence says anyone was killed, in any word of the outcome, so the count of the killed falls behind.
    english = "1,900 Tajik nationals fought in Syria and Iraq, the minister said"
    russian = "Более 1,9 тыс. граждан Таджикистана воевали в Сирии и Ираке, заявил министр"
    died = "1,900 Tajik nationals died fighting in Syria and Iraq, the minister said"
    first = [rank_measures(SEEDS, sentence, "people", 0)[0] for sentence in (english, russian, died)]
    second = rank_measures(SEEDS, english, "people", 0)
    killed = next(candidate for candidate in second if candidate.measure == "measure:tajik-fighters-killed")
    assert (
        [
            "measure:tajiks-joined-is-syria-iraq",
            "measure:tajiks-joined-is-syria-iraq",
            "measure:tajik-fighters-killed",
        ],
        "; the sentence does not say kille; unit people",
    ) == ([candidate.measure for candidate in first], killed.reason[killed.reason.index(";") :])


def test_a_measure_of_a_place_never_named_has_only_its_unit() -> None:
    sentence = "Of those, about 300 have been killed, he said."
    ranked = [candidate.measure for candidate in rank_measures(SEEDS, sentence, "count", 10)]
    assert "measure:brussels-bombings-deaths" not in ranked


def test_the_words_of_the_article_break_ties_between_measures_the_sentence_fits_alike() -> None:
    sentence = "Of those, about 300 have been killed, he said."
    article = "1,141 Tajik citizens had gone to fight in Syria and Iraq. " + sentence
    (alone, *_) = rank_measures(SEEDS, sentence, "count", 10)
    (best, *_) = rank_measures(SEEDS, sentence, "count", 10, article=article)
    assert alone.measure != "measure:tajik-fighters-killed"
    assert best.measure == "measure:tajik-fighters-killed"
    assert "elsewhere in the article (fight, iraq, natio, syria, tajik)" in best.reason  # citizens: nationals


def test_a_unit_that_differs_costs_its_share() -> None:
    (best, *_) = rank_measures(SEEDS, "Halimov was seriously injured twice", "percent")
    assert ("measure:halimov-serious-injuries", "unit percent is not times") == (
        best.measure,
        best.reason.split("; ")[1],
    )


def test_no_corpus_and_no_shared_words_give_no_candidates() -> None:
    assert () == rank_measures(None, "300 Tajiks", "people")
    assert () == rank_measures(SEEDS, "zzz qqq", "people")


@given(st.text(max_size=200), st.sampled_from(["people", "count", "percent", "years"]))
def test_scores_lie_between_zero_and_one(sentence: str, unit: str) -> None:
    ranked = rank_measures(SEEDS, sentence, unit)
    assert len(ranked) <= 3
    assert all(0 < candidate.score <= 1 for candidate in ranked)


@pytest.mark.parametrize(
    ("sentence", "at", "measure"),
    [
        (
            "По данным МВД, 94 гражданина Таджикистана вернулись из Сирии и Ирака.",
            "94",
            "tajik-fighters-returned",
        ),
        (
            "61 гражданин вернулся из Сирии и Ирака, а 148 граждан Таджикистана погибли там в боях.",
            "148",
            "tajik-fighters-killed",
        ),
        (
            "Ба гуфтаи вазир, 94 шаҳрванди Тоҷикистон аз Сурия ва Ироқ баргаштанд.",
            "94",
            "tajik-fighters-returned",
        ),
        ("В теракте в Подмосковье погибли 145 человек.", "145", "moscow-concert-hall-attack-deaths"),
    ],
    ids=["ru-returned", "ru-killed-in-its-clause", "tg-returned", "ru-attack"],
)
def test_a_russian_or_tajik_sentence_finds_the_english_label(sentence: str, at: str, measure: str) -> None:
    (best, *_) = rank_measures(SEEDS, sentence, "people", sentence.index(at))
    assert f"measure:{measure}" == best.measure


def test_every_russian_and_tajik_word_has_english_label_words() -> None:
    assert ["en", "ru", "tg"] == sorted(MEASURE_WORDS)
    for language, table in MEASURE_WORDS.items():
        for word, english in table.items():
            assert english, word
            assert all(part.isascii() and part.isalpha() for part in english), word
            assert word.isascii() == (language == "en"), word


@pytest.mark.parametrize(
    ("sentence", "at", "measure"),
    [
        (
            "Rahimzoda said that more than 1,100 Tajiks had joined militant groups abroad and that at least "
            "60 had returned home.",
            "more than",
            "tajiks-joined-is-syria-iraq",
        ),
        (
            "Rahimzoda said that more than 1,100 Tajiks had joined militant groups abroad and that at least "
            "60 had returned home.",
            "at least",
            "tajik-fighters-returned",
        ),
    ],
    ids=["joined-its-own-clause", "returned-its-own-clause"],
)
def test_a_second_reported_clause_is_a_clause_of_its_own(sentence: str, at: str, measure: str) -> None:
    article = "Some 1,900 Tajik citizens traveled to Syria and Iraq. " + sentence
    (best, *_) = rank_measures(SEEDS, sentence, "count", sentence.index(at), article=article)
    assert f"measure:{measure}" == best.measure


def test_the_sentence_before_counts_as_the_rest_of_the_sentence() -> None:
    before = "Около 1 900 граждан Таджикистана выехали в Сирию и Ирак."
    sentence = "Из них порядка 500 человек погибли."
    (best, *_) = rank_measures(SEEDS, sentence, "people", sentence.index("порядка"), before=before)
    assert "measure:tajik-fighters-killed" == best.measure
    assert "in the sentence before (iraq, natio, syria, tajik)" in best.reason
