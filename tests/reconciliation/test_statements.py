from __future__ import annotations

from typing import TYPE_CHECKING

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from centasia_claims import MeasureKind, PartialDate, Period, reconcile
from centasia_claims.reconciliation import FigureVerdict
from tests.builders import measure
from tests.builders.over_time import RETURNED, one_page_two_figures, press_conference
from tests.strategies import RELAY_SOURCES, relayed_claims

if TYPE_CHECKING:
    from centasia_claims import Claim

AGREE = (
    "same figure: 120 (2020-03-02) and 120 (2020-03-02): two reports of one statement ({}) give the same "
    "figure: one observation, counted once"
)
DIFFER = (
    "reporting conflict: 210 (2020-03-02) and 120 (2020-03-02): two reports of one statement ({}) differ: "
    "the Courier (source:courier-presser) wrote '210', the Herald (source:herald-presser) wrote '120'; one "
    "speaker cannot have said both"
)
SAID = "the Government on 2020-03-02, for 2020-03-02"


@pytest.mark.parametrize(
    ("occasion", "statement"),
    [(None, SAID), ("presser", "the statement 'presser'")],
    ids=["same-speaker-same-day", "declared-occasion"],
)
def test_two_reports_of_one_press_conference_that_agree_are_one_figure(
    occasion: str | None, statement: str
) -> None:
    result = reconcile(press_conference(occasion=occasion), RETURNED.id)
    assert AGREE.format(statement) == str(result.verdict("claim:herald-120", "claim:courier-presser"))
    assert ["2020-03-02: {120} (one figure: 120, reported again)", "2020-04-01: {120} (one figure: 120)"] == [
        str(item) for item in result.consensus
    ]
    assert ((), ()) == (result.reporting_conflicts, result.contradictions)


@pytest.mark.parametrize(
    ("occasion", "statement"),
    [(None, SAID), ("presser", "the statement 'presser'")],
    ids=["same-speaker-same-day", "declared-occasion"],
)
def test_two_reports_of_one_press_conference_that_differ_are_a_reporting_conflict(
    occasion: str | None, statement: str
) -> None:
    result = reconcile(press_conference(210, occasion=occasion), RETURNED.id)
    assert [DIFFER.format(statement)] == [str(pair) for pair in result.reporting_conflicts]
    assert (
        FigureVerdict.REPORTING_CONFLICT
        == result.verdict("claim:herald-120", "claim:courier-presser").verdict
    )
    contradicted = {claim for pair in result.contradictions for claim in (pair.first, pair.second)}
    assert "claim:herald-120" not in contradicted
    assert "reporting conflicts:\n    210 (2020-03-02) and 120 (2020-03-02)" in result.render()


def test_figures_of_one_statement_for_different_periods_are_a_series_not_a_conflict() -> None:
    corpus = press_conference(60)  # "60 had returned by the end of 2019", given on the same day
    claims = [
        attrs.evolve(claim, period=Period.parse("2019")) if claim.id == "claim:courier-presser" else claim
        for claim in corpus.claims
    ]
    result = reconcile(corpus, claims)
    assert (SAID, "the Government on 2020-03-02, for 2019") == (
        result.figure("claim:herald-120").occasion,
        result.figure("claim:courier-presser").occasion,
    )
    assert (
        FigureVerdict.EXPLAINED_BY_TIME == result.verdict("claim:herald-120", "claim:courier-presser").verdict
    )
    assert () == result.reporting_conflicts


def test_a_relay_in_the_speakers_own_words_is_no_report_of_a_statement() -> None:
    corpus = press_conference(210)
    claims = [attrs.evolve(claim, attribution=claim.attribution[:1]) for claim in corpus.claims]
    result = reconcile(corpus, claims)
    assert (None, FigureVerdict.CONTRADICTION) == (
        result.figure("claim:herald-120").occasion,
        result.verdict("claim:herald-120", "claim:courier-presser").verdict,
    )


def test_a_report_published_days_later_without_a_date_of_its_own_is_placed_at_the_statement() -> None:
    corpus = press_conference(210, occasion="presser")
    later = {
        source.id: attrs.evolve(source, published=PartialDate(2020, 3, 5))
        for source in corpus.sources
        if source.id == "source:courier-presser"
    }
    result = reconcile(corpus, RETURNED.id, sources=later)
    courier = result.figure("claim:courier-presser")
    assert (
        "2020-03-02",
        "a report of the statement 'presser' published 2020-03-05: placed when it was given",
    ) == (courier.placement.label, courier.placement.note)
    assert ["2020-03-02", "2020-04-01"] == [item.label for item in result.consensus]
    assert [DIFFER.format("the statement 'presser'")] == [str(pair) for pair in result.reporting_conflicts]


@pytest.mark.parametrize(
    ("occasion", "verdict"),
    [(None, FigureVerdict.CONTRADICTION), ("presser", FigureVerdict.REPORTING_CONFLICT)],
    ids=["two-figures-of-one-origin", "one-statement-the-page-wrote-two-ways"],
)
def test_one_page_giving_a_speaker_two_figures_on_one_day_is_no_report_of_one_statement(
    occasion: str | None, verdict: FigureVerdict
) -> None:
    result = reconcile(one_page_two_figures(occasion), RETURNED.id)
    assert verdict is result.verdict("claim:herald-120", "claim:herald-210").verdict
    assert (verdict is FigureVerdict.REPORTING_CONFLICT) == bool(result.reporting_conflicts)


@settings(max_examples=300)
@given(relayed_claims(), st.sampled_from(MeasureKind))
def test_reports_of_one_statement_read_from_speaker_and_day_were_given_on_one_day(
    claims: list[Claim], kind: MeasureKind
) -> None:
    # Not the day a figure is stated as of: two statements months apart about one as-of date are two.
    result = reconcile(None, claims, measure=measure(kind), sources=RELAY_SOURCES)
    days: dict[str, set[str]] = {}
    for figure in result.figures:
        if figure.occasion is None or figure.stale or figure.occasion.startswith("the statement "):
            continue
        assert figure.published is not None
        days.setdefault(figure.occasion, set()).add(figure.published.label)
    assert all(len(found) == 1 for found in days.values())
