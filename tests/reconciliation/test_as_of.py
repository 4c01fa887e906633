from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from centasia_claims import PartialDate
from centasia_claims.model import MONTH_FORMS
from centasia_claims.reconciliation import spoken_when
from centasia_claims.reconciliation._as_of import stated_as_of
from centasia_claims.reconciliation._when import MONTHS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("As of January 2016, the Interior Ministry counted 1,094 citizens", PartialDate(2016, 1)),
        ("as at 25 January 2016 there were 94", PartialDate(2016, 1, 25)),
        ("as of January 25, 2016, 94 had returned", PartialDate(2016, 1, 25)),
        ("as of the end of 2015, 700 had left", PartialDate(2015)),
        ("as of today, 94", None),
        ("as of last month, 94", None),
        ("as of 31 February 2016, 94", None),
        ("as of 2015 there were 700, and as of 2016 there were 1,000", None),
        ("1,094 citizens have joined, the ministry said", None),
    ],
    ids=[
        "month",
        "day-month",
        "month-day",
        "end-of-year",
        "relative",
        "relative-month",
        "no-such-day",
        "two",
        "none",
    ],
)
def test_stated_as_of(text: str, expected: PartialDate | None) -> None:
    assert expected == stated_as_of(text)


@given(st.integers(1900, 2099), st.integers(1, 12), st.sampled_from(["as of", "As at", "as of the end of"]))
def test_a_stated_month_of_a_year_is_read_back(year: int, month: int, lead: str) -> None:
    assert PartialDate(year, month) == stated_as_of(f"the figure, {lead} {MONTHS[month - 1]} {year}, was 94")


@pytest.mark.parametrize(
    "text",
    ["as of " * 20_000, "as of January " * 10_000 + "x", "as of 12 " * 10_000],
    ids=["leads", "months", "days"],
)
def test_stated_as_of_is_linear_on_adversarial_input(text: str) -> None:
    assert stated_as_of(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("По состоянию на 1 января 2016 года в Сирии находились 1 100 граждан", PartialDate(2016, 1, 1)),
        ("по состоянию на январь 2016 года", PartialDate(2016, 1)),
        ("на конец 2015 года 700 человек", PartialDate(2015)),
        ("к концу 2015 г. 700 человек", PartialDate(2015)),
        ("на 1 января 2016 года 1 100 граждан", PartialDate(2016, 1, 1)),
        ("на 2016 год запланировано 300", None),
        ("ба ҳолати 1 январи соли 2016 1 100 нафар", PartialDate(2016, 1, 1)),
        ("то охири соли 2015 700 нафар", PartialDate(2015)),
        ("то 25-уми январи 2016 94 нафар", PartialDate(2016, 1, 25)),
        ("то соли 2016 300 нафар", None),
    ],
    ids=["ru-day", "ru-month", "ru-end", "ru-by-end", "ru-bare-na", "ru-for-a-year", "tg-state", "tg-end",
         "tg-bare-to", "tg-until-a-year"],
)  # fmt: skip
def test_stated_as_of_in_russian_and_tajik(text: str, expected: PartialDate | None) -> None:
    assert expected == stated_as_of(text)


@given(
    st.integers(1900, 2099),
    st.integers(1, 12),
    st.sampled_from([("ru", "по состоянию на 1"), ("ru", "на 1"), ("tg", "ба ҳолати 1"), ("tg", "то 1")]),
)
def test_a_stated_day_in_russian_or_tajik_is_read_back(year: int, month: int, lead: tuple[str, str]) -> None:
    language, words = lead
    for name in [form for form, number in MONTH_FORMS[language].items() if number == month]:
        assert PartialDate(year, month, 1) == stated_as_of(f"{words} {name} {year} года 94"), name


@pytest.mark.parametrize(
    "text",
    [
        "заявил " * 20_000,
        "заявил в в в " * 5_000,
        "сообщил января " * 10_000 + "1",
        "по состоянию на " * 10_000,
        "на 1 января " * 10_000,
        "моҳи гузашта " * 10_000,
        "январ иброз " * 10_000,
    ],
    ids=["verbs", "leads", "months", "as-of-leads", "bare-leads", "tg-phrases", "tg-months-and-verbs"],
)
def test_the_russian_and_tajik_patterns_are_linear_on_adversarial_input(text: str) -> None:
    assert spoken_when(text) is None or len(spoken_when(text) or "") < 40
    assert stated_as_of(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("According to 2015 government figures, about 1,000 Tajiks were fighting", PartialDate(2015)),
        ("official data for 2016 show 300", PartialDate(2016)),
        ("the 2010 census counted 7.6 million", PartialDate(2010)),
        ("По данным на 2016 год, около 1 000 граждан", PartialDate(2016)),
        ("по данным за 2015 год 700 человек", PartialDate(2015)),
        ("по данным 2016 года, 1 100 граждан", PartialDate(2016)),
        ("Тибқи маълумоти соли 2016, 1100 нафар", PartialDate(2016)),
        ("In 2015, 300 people left", None),
        ("2015 figures put it at 300; as of 2016 it was 400", None),
        ("2,015 data points", None),
    ],
    ids=[
        "en-figures",
        "en-data-for",
        "en-census",
        "ru-na",
        "ru-za",
        "ru-of",
        "tg",
        "a-year-alone",
        "two",
        "a-count",
    ],
)
def test_figures_said_to_be_of_a_year_stand_as_of_it(text: str, expected: PartialDate | None) -> None:
    assert expected == stated_as_of(text)


@pytest.mark.parametrize(
    "text",
    ["2015 " * 20_000, "data for " * 20_000, "данные на " * 20_000, "маълумоти соли " * 20_000],
    ids=["years", "data-for", "ru", "tg"],
)
def test_the_data_of_a_year_pattern_is_linear_on_adversarial_input(text: str) -> None:
    assert stated_as_of(text) is None
