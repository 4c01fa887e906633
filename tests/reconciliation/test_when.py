from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from centasia_claims import ParseError, PartialDate
from centasia_claims.reconciliation import WEEKDAYS, resolve_when, spoken_when

MARCH_12 = PartialDate(2017, 3, 12)


@pytest.mark.parametrize(
    ("phrase", "published", "expected"),
    [
        ("last month", MARCH_12, "2017-02"),
        ("a month ago", MARCH_12, "2017-02"),
        ("this month", MARCH_12, "2017-03"),
        ("earlier this month", MARCH_12, "2017-03"),
        ("last year", MARCH_12, "2016"),
        ("this year", MARCH_12, "2017"),
        ("earlier this year", MARCH_12, "2017"),
        ("a year ago", MARCH_12, "2016"),
        ("yesterday", MARCH_12, "2017-03-11"),
        ("today", MARCH_12, "2017-03-12"),
        ("last week", PartialDate(2016, 6, 22), "2016-06-13/2016-06-19"),
        ("this week", PartialDate(2016, 6, 22), "2016-06-20/2016-06-26"),
        ("a week ago", PartialDate(2016, 6, 22), "2016-06-13/2016-06-19"),
        ("in January", MARCH_12, "2017-01"),
        ("in March", MARCH_12, "2017-03"),
        ("in April", MARCH_12, "2016-04"),
        ("on January 25", MARCH_12, "2017-01-25"),
        ("on 25 January", MARCH_12, "2017-01-25"),
        ("on March 13", MARCH_12, "2016-03-13"),
        ("as of last month", MARCH_12, "2017-02"),
        ("In  January", MARCH_12, "2017-01"),
        ("LAST MONTH", MARCH_12, "2017-02"),
        ("last month", PartialDate(2017), "2016-12/2017-11"),
        ("on January 25", PartialDate(2016), "2015-01-25/2016-01-25"),
        ("in January", PartialDate(2017, 1), "2017-01"),
        ("on February 29", PartialDate(2016, 3, 1), "2016-02-29"),
        ("on February 29", MARCH_12, "2016-02-29"),
        ("on February 29", PartialDate(2016, 2, 28), "2012-02-29"),
        ("yesterday", PartialDate(2016, 3, 1), "2016-02-29"),
    ],
    ids=str,
)
def test_resolve_when(phrase: str, published: PartialDate, expected: str) -> None:
    assert expected == str(resolve_when(phrase, published))


EXPECTED = "expected a time relative to publication, such as 'last month', 'in January' or 'on January 25'"


@pytest.mark.parametrize(
    ("phrase", "message"),
    [
        ("in the nineties", f"{EXPECTED} at 3-15:\n  in the nineties\n     ^^^^^^^^^^^^"),
        ("nineties", f"{EXPECTED} at 0-8:\n  nineties\n  ^^^^^^^^"),
        ("in may", f"{EXPECTED} at 3-6:\n  in may\n     ^^^"),
        ("", f"{EXPECTED} at 0:\n  "),
        ("on February 30", "February has no day 30 at 12-14:\n  on February 30\n              ^^"),
        ("on 31 April", "April has no day 31 at 3-5:\n  on 31 April\n     ^^"),
    ],
    ids=["decade", "bare-word", "lowercase-month", "empty", "february-30", "april-31"],
)
def test_resolve_when_rejects(phrase: str, message: str) -> None:
    with pytest.raises(ParseError) as caught:
        resolve_when(phrase, MARCH_12)
    assert message == str(caught.value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tajik's Interior Ministry said in January that around 1,100 of its citizens", "January"),
        (
            "Interior Minister Ramazon Rahimzoda told reporters on January 25 that 61 Tajik nationals",
            "January 25",
        ),
        ("the ministry said in a statement last month that 1,141", "last month"),
        ("officials announced last week that 45 were detained", "last week"),
        ("who had joined the IS extremist group last year, has since been seriously injured twice", None),
        ("the ministry said it may publish the figure", None),
        ("the ministry said in March that 40 returned, and reported in May that 45 had", None),
        ("the ministry said in March that 40 returned, and confirmed in March that 45 had", "March"),
        ("Tajik President Emomali Rahmon said 21 university students were among Tajiks who joined IS", None),
        ("", None),
        (
            "At a press conference on January 25, Interior Minister Rahim Nazarov said 94 citizens",
            "January 25",
        ),
        ("in a statement last month the ministry put the figure at 1,141", "last month"),
    ],
    ids=[
        "said-in",
        "told-on",
        "within-three-words",
        "announced",
        "not-spoken",
        "may-is-a-verb",
        "two-times",
        "same-time-twice",
        "no-time",
        "empty",
        "at-a-press-conference-on",
        "in-a-statement",
    ],
)
def test_spoken_when(text: str, expected: str | None) -> None:
    assert expected == spoken_when(text)


@given(st.text())
def test_spoken_when_never_crashes(text: str) -> None:
    found = spoken_when(text)
    assert found is None or found in " ".join(text.split()) or found in text


@pytest.mark.parametrize(
    "text",
    [
        "said " * 20_000,
        "said the " * 20_000 + "x",
        "told reporters on " * 10_000,
        "said in in in in " * 5_000,
        "said January " * 10_000 + "1",
        "a " * 50_000,
    ],
    ids=["verbs", "verbs-and-words", "leads", "repeated-leads", "months", "words"],
)
def test_spoken_when_is_linear_on_adversarial_input(text: str) -> None:
    # A regex that backtracked catastrophically would not return from these; the result itself is simple.
    assert spoken_when(text) in (None, "January")


@pytest.mark.parametrize(
    ("phrase", "published", "expected"),
    [
        ("в прошлом месяце", MARCH_12, "2017-02"),
        ("В прошлом году", MARCH_12, "2016"),
        ("вчера", MARCH_12, "2017-03-11"),
        ("на прошлой неделе", PartialDate(2016, 6, 22), "2016-06-13/2016-06-19"),
        ("25 января", MARCH_12, "2017-01-25"),
        ("25-го января", MARCH_12, "2017-01-25"),
        ("в январе", MARCH_12, "2017-01"),
        ("в апреле", MARCH_12, "2016-04"),
        ("моҳи гузашта", MARCH_12, "2017-02"),
        ("соли гузашта", MARCH_12, "2016"),
        ("имсол", MARCH_12, "2017"),
        ("дирӯз", MARCH_12, "2017-03-11"),
        ("25 январ", MARCH_12, "2017-01-25"),
        ("25-уми январи", MARCH_12, "2017-01-25"),
        ("дар апрел", MARCH_12, "2016-04"),
    ],
    ids=str,
)
def test_resolve_when_in_russian_and_tajik(phrase: str, published: PartialDate, expected: str) -> None:
    assert expected == str(resolve_when(phrase, published))


def test_a_day_the_month_lacks_is_refused_in_russian() -> None:
    with pytest.raises(ParseError) as caught:
        resolve_when("30 февраля", MARCH_12)
    assert "February has no day 30 at 0-2:\n  30 февраля\n  ^^" == str(caught.value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Как заявил 25 января на брифинге министр, около 1 100 граждан", "25 января"),
        ("МВД сообщило в прошлом месяце, что 1 141 гражданин", "в прошлом месяце"),
        ("На пресс-конференции 25 января министр назвал цифру 94", "25 января"),
        ("Министр заявила в январе, что 40 вернулись", "январе"),
        ("Вазир моҳи гузашта иброз дошт, ки 1 100 нафар", "моҳи гузашта"),
        ("Вазир дар нишасти матбуотии 25 январ гуфт, ки 94 нафар", "25 январ"),
        ("Соли гузашта ба Сурия рафт, гуфт ӯ", None),
        ("в прошлом году уехали 300 человек", None),
        ("МВД сообщило в январе о 40, а затем сообщило в марте о 45", None),
    ],
    ids=[
        "ru-verb-then-date",
        "ru-relative",
        "ru-occasion",
        "ru-feminine-verb",
        "tg-time-before-verb",
        "tg-occasion",
        "tg-comma-between",
        "ru-no-verb",
        "ru-two-times",
    ],
)
def test_spoken_when_in_russian_and_tajik(text: str, expected: str | None) -> None:
    assert expected == spoken_when(text)


@pytest.mark.parametrize(
    ("phrase", "published", "expected"),
    [
        ("on Tuesday", PartialDate(2019, 2, 13), "2019-02-12"),
        ("on Wednesday", PartialDate(2019, 2, 13), "2019-02-13"),  # the day it appeared
        ("on Thursday", PartialDate(2019, 2, 13), "2019-02-07"),
        ("Sunday", PartialDate(2019, 2, 13), "2019-02-10"),
        ("во вторник", PartialDate(2019, 2, 13), "2019-02-12"),
        ("в  среду", PartialDate(2019, 2, 13), "2019-02-13"),
        ("рӯзи сешанбе", PartialDate(2019, 2, 13), "2019-02-12"),
        ("on Tuesday", PartialDate(2019, 2), "2019-01-29/2019-02-26"),
    ],
    ids=str,
)
def test_a_day_of_the_week_is_the_latest_such_day_up_to_publication(
    phrase: str, published: PartialDate, expected: str
) -> None:
    assert expected == str(resolve_when(phrase, published))


@given(
    st.sampled_from(sorted(WEEKDAYS)),
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2090, 12, 31)),
)
def test_a_day_of_the_week_falls_in_the_week_before_publication(phrase: str, day: dt.date) -> None:
    period = resolve_when(phrase, PartialDate(day.year, day.month, day.day))
    first, last = period.days()
    assert first == last
    assert first is not None
    assert 0 <= (day - first).days < 7
    assert WEEKDAYS[phrase] == first.weekday()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rahmonov said on Tuesday that 2,052 people had been convicted", "Tuesday"),
        ("told a news conference on Wednesday that 1,094 citizens", "Wednesday"),
        ("заявил в среду на пресс-конференции министр", "в среду"),
        ("Вазир рӯзи сешанбе иброз дошт, ки 94 нафар", "рӯзи сешанбе"),
        ("Вазир дар Душанбе иброз дошт, ки 94 нафар", None),  # the capital, not Monday
    ],
    ids=["en-said-on", "en-occasion", "ru-verb", "tg-before-verb", "tg-capital"],
)
def test_spoken_when_reads_a_day_of_the_week(text: str, expected: str | None) -> None:
    assert expected == spoken_when(text)
