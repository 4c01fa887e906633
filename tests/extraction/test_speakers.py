from __future__ import annotations

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from centasia_claims.extraction._speakers import (
    _past_phrases,
    find_cues,
    headline_cue,
    is_pronoun,
    speakers_of,
)


def _chain(sentence: str, phrase: str, language: str = "en") -> list[tuple[str, str]]:
    cues = find_cues(sentence, language)
    return [(s.text, s.verb.value) for s in speakers_of(sentence, cues, sentence.index(phrase))]


@pytest.mark.parametrize(
    ("sentence", "phrase", "language", "expected"),
    [
        pytest.param(
            "Interior Minister Ramazon Rahimzoda told reporters that 61 had returned.", "61", "en",
            [("Interior Minister Ramazon Rahimzoda", "told"), ("reporters", "reported")], id="told-reporters",
        ),
        pytest.param(
            "“144 were registered,” said the minister.", "144", "en", [("the minister", "said")],
            id="inverted",
        ),
        pytest.param(
            "“According to security agencies, almost 1,000 left,” Rahimzoda said.", "almost", "en",
            [("security agencies", "according_to"), ("Rahimzoda", "said")], id="source-inside-quote",
        ),
        pytest.param(
            "The Tajik embassy in Ankara, however, told RFE/RL that only one was Tajik.", "only", "en",
            [("The Tajik embassy in Ankara", "told"), ("RFE/RL", "reported")], id="aside",
        ),
        pytest.param(
            "Tajikistan, which says about 300 have joined, is anxious.", "about", "en",
            [("Tajikistan", "said")],
            id="relative",
        ),
        pytest.param(
            "Edward Lemon, a doctoral candidate at Exeter, says he has found 70 militants.", "70", "en",
            [("Edward Lemon", "found")], id="apposition",
        ),
        pytest.param(
            "Since 2014 experts estimate up to 4,000 left.", "up to", "en", [("experts", "estimated")],
            id="number-before-subject",
        ),
        pytest.param(
            "In a country of 10 million people, the majority, estimated at over two million, work abroad.",
            "over", "en", [], id="estimated-at-is-a-hedge",
        ),
        pytest.param(
            "Officially, around 1.3 million are in Russia, although experts believe hundreds more are.",
            "hundreds", "en", [("experts", "believed")], id="adverb-source-stays-in-its-clause",
        ),
        pytest.param(
            "Officially, around 1.3 million are in Russia.", "around", "en", [("Officially", "according_to")],
            id="adverb-source",
        ),
        pytest.param(
            "For example, 6,500 Tunisians are estimated to have joined IS.", "6,500", "en",
            [("are estimated", "estimated")], id="passive",
        ),
        pytest.param(
            "Количество достигло 300 человек, сообщил замглавы ГКНБ Акрам Амонов.", "300", "ru",
            [("замглавы ГКНБ Акрам Амонов", "reported")], id="ru-inverted",
        ),
        pytest.param(
            "Более 1,9 тыс. граждан воевали в Сирии, заявил в четверг министр Рамазон Рахимзода.",
            "1,9",
            "ru",
            [("министр Рамазон Рахимзода", "said")], id="ru-inverted-past-a-weekday",
        ),
        pytest.param(
            "Около 300 погибли, сообщил 12 мая глава МВД.", "300", "ru",
            [("глава МВД", "reported")], id="ru-inverted-past-a-date",
        ),
        pytest.param(
            "About 300 were killed, said on Tuesday Interior Minister Ramazon Rahimzoda.", "300", "en",
            [("Interior Minister Ramazon Rahimzoda", "said")], id="inverted-past-a-weekday",
        ),
        pytest.param(
            "По данным МВД, 300 человек уехали.", "300", "ru", [("МВД", "according_to")], id="ru-po-dannym",
        ),
        pytest.param(
            "По его словам, сотни человек уехали.", "сотни", "ru", [("его", "said")], id="ru-pronoun",
        ),
        pytest.param(
            "Ба гуфтаи вазир, 300 нафар баргаштанд.", "300", "tg", [("вазир", "said")], id="tg-ba-guftai",
        ),
        pytest.param(
            "Вазир гуфт, ки 300 нафар баргаштанд.", "300", "tg", [("Вазир", "said")], id="tg-guft",
        ),
        pytest.param("Over 40 percent comes from remittances.", "Over", "en", [], id="no-speaker"),
        pytest.param(
            "DUSHANBE -- Interior Minister Ramazon Rahimzoda said 1,141 had joined.", "1,141", "en",
            [("Interior Minister Ramazon Rahimzoda", "said")], id="dateline",
        ),
        pytest.param(
            "MOSCOW, March 23 (Reuters) - The Investigative Committee said 133 were killed.", "133", "en",
            [("The Investigative Committee", "said")], id="dateline-outlet",
        ),
        pytest.param(
            "ALMATY, Kazakhstan — Officials said about 300 left.", "about", "en", [("Officials", "said")],
            id="dateline-country",
        ),
        pytest.param(
            "Как сообщили в ГКНБ, домой вернулись свыше 150 человек.", "свыше", "ru",
            [("ГКНБ", "reported")], id="ru-impersonal-after",
        ),
        pytest.param(
            "В МВД Таджикистана заявили, что в Сирии около 1 100 граждан.", "около", "ru",
            [("МВД Таджикистана", "said")], id="ru-impersonal-before",
        ),
        pytest.param(
            "Об этом сообщили в ГКНБ: более 300 погибли.", "более", "ru", [("ГКНБ", "reported")],
            id="ru-impersonal-after-pronoun",
        ),
        pytest.param(
            "Дар ВКД гуфтанд, ки беш аз 300 нафар кушта шудаанд.", "беш", "tg", [("ВКД", "said")],
            id="tg-impersonal",
        ),
        pytest.param(
            "Министр в Душанбе заявил, что 300 уехали.", "300", "ru", [("Министр в Душанбе", "said")],
            id="ru-singular-keeps-its-subject",
        ),
        pytest.param(
            "В интервью ТАСС заявил министр Рамазон Рахимзода, что 300 уехали.", "300", "ru",
            [("министр Рамазон Рахимзода", "said")], id="ru-fronted-phrase-subject-after-the-verb",
        ),
        pytest.param(
            "Азимов 1 ноября сообщил, что 190 граждан воюют.", "190", "ru", [("Азимов", "reported")],
            id="ru-date-between-subject-and-verb",
        ),
        pytest.param(
            "Rahimzoda on 5 May said 300 left.", "300", "en", [("Rahimzoda", "said")],
            id="en-date-between-subject-and-verb",
        ),
        pytest.param(
            "Азимов (депутат нижней палаты) сообщил, что 190 граждан воюют.", "190", "ru",
            [("Азимов", "reported")], id="ru-aside-in-brackets",
        ),
        pytest.param(
            "Эксперты же полагают, что число может достигать двух тысяч.", "двух", "ru",
            [("Эксперты", "believed")], id="ru-particle-and-belief",
        ),
        pytest.param(
            "Азимов сообщил, что 190 граждан, которые, как сообщается, воюют в Сирии, вернут.", "190", "ru",
            [("Азимов", "reported")], id="ru-reportedly-is-a-hedge",
        ),
        pytest.param(
            "Сообщается, что 300 человек погибли.", "300", "ru", [],
            id="ru-reflexive-names-nobody",
        ),
        pytest.param(
            "Вазир қайд кард, ки 300 нафар баргаштанд.", "300", "tg", [("Вазир", "said")], id="tg-qayd-kard",
        ),
        pytest.param(
            "Об этом сообщил на пресс-конференции глава МВД, добавив, что 300 уехали.", "300", "ru",
            [("глава МВД", "reported")], id="ru-back-reference-past-a-phrase-of-place",
        ),
        pytest.param(
            "Из них, как уточнил министр, порядка 500 погибли.", "порядка", "ru", [("министр", "said")],
            id="ru-aside-speaker-after-its-verb",
        ),
        pytest.param(
            "Вазир моҳи январи соли 2018 иброз дошт, ки 300 нафар баргаштанд.", "300", "tg",
            [("Вазир", "said")], id="tg-date-between-subject-and-verb",
        ),
        pytest.param(
            "Азимов в 2018 году сообщил, что 190 граждан воюют.", "190", "ru", [("Азимов", "reported")],
            id="ru-year-between-subject-and-verb",
        ),
        pytest.param(
            "Тибқи маълумоти ВКД, зиёда аз 1000 нафар тибқи моддаи 401 маҳкум шудаанд.", "зиёда", "tg",
            [("ВКД", "according_to")], id="tg-under-a-law-is-no-source",
        ),
        pytest.param(
            "По данным МВД, свыше 300 человек осуждены согласно статье 205.", "свыше", "ru",
            [("МВД", "according_to")], id="ru-under-a-law-is-no-source",
        ),
    ],
)  # fmt: skip
def test_speakers_of_a_figure(
    sentence: str, phrase: str, language: str, expected: list[tuple[str, str]]
) -> None:
    assert expected == _chain(sentence, phrase, language)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("ГКНБ: В рядах ДАИШ состоят 1899 граждан", "ГКНБ", id="colon"),
        pytest.param("Around 1,000 Tajiks fight for IS — interior minister", "interior minister", id="dash"),
        pytest.param("Around 1,000 Tajiks fight for IS", None, id="none"),
    ],
)
def test_headline_cue(line: str, expected: str | None) -> None:
    cue = headline_cue(line)
    assert expected == (cue.name if cue is not None else None)


def test_is_pronoun() -> None:
    assert [True, True, False] == [is_pronoun("He"), is_pronoun("его"), is_pronoun("Rahimzoda")]


@given(st.text(max_size=200), st.sampled_from(["en", "ru", "tg", "kk"]))
def test_cues_lie_within_the_sentence_and_every_figure_gets_a_chain(sentence: str, language: str) -> None:
    cues = find_cues(sentence, language)
    assert all(0 <= cue.start <= cue.end <= len(sentence) + 1 and cue.name for cue in cues)
    for at in range(0, len(sentence), 17):
        assert all(speaker.text for speaker in speakers_of(sentence, cues, at))


def test_find_cues_is_linear() -> None:
    sentence = "Officials said that " + "the ministry, " * 10_000 + "300 left."
    start = time.perf_counter()
    find_cues(sentence, "en")
    assert time.perf_counter() - start < 1.0


@given(st.text(max_size=300), st.integers(min_value=0, max_value=300))
def test_the_subject_after_a_verb_starts_within_the_sentence_after_the_verb(text: str, at: int) -> None:
    at = min(at, len(text))
    start = _past_phrases(text, at)
    assert at <= start <= len(text)
