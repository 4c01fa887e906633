from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from centasia_claims import MeasureKind, PartialDate, Period, reconcile, serialization
from centasia_claims.model import EpistemicStatus, Stance
from centasia_claims.reconciliation import Dating, Figure, Interval, Placement
from centasia_claims.reconciliation._best import best_figure, is_confirmed, outliers
from tests.builders import claim, exact
from tests.builders.over_time import TOLL, revised_toll


@pytest.mark.parametrize(
    ("stance", "status", "confirmed"),
    [
        (Stance.ASSERTS, None, True),
        (Stance.ASSERTS, EpistemicStatus.OFFICIAL, True),
        (Stance.ASSERTS, EpistemicStatus.HEARSAY, False),
        (Stance.ASSERTS, EpistemicStatus.ALLEGATION, False),
        (Stance.ASSERTS, EpistemicStatus.UNCONFIRMED, False),
        (Stance.UNCONFIRMED, EpistemicStatus.OFFICIAL, False),
        (Stance.DENIES, None, False),
    ],
)
def test_is_confirmed_when_the_text_stands_behind_the_claim(
    stance: Stance, status: EpistemicStatus | None, confirmed: bool
) -> None:
    assert confirmed == is_confirmed(claim("claim:a", exact("40", 40), stance=stance, status=status))


def test_only_an_event_has_outliers() -> None:
    figures = reconcile(revised_toll(), TOLL.id).figures  # 52 too, here: the later 47 lies outside it
    expected = ["claim:police-40", "claim:red-crescent-300", "claim:ministry-52"]
    assert expected == outliers(figures, MeasureKind.EVENT)
    assert [] == outliers(figures, MeasureKind.SNAPSHOT)


def test_no_figure_left_is_no_best_figure() -> None:
    figures = reconcile(revised_toll(), TOLL.id).figures
    assert best_figure(figures, [figures[-1]] * len(figures), []) is None


def test_the_current_figure_is_written_and_read_back_as_json() -> None:
    result = reconcile(revised_toll(), TOLL.id)
    written = serialization.unstructure(result)
    assert "claim:ministry-47" == written["current"]["claim"]
    assert ["claim:police-40", "claim:red-crescent-300", "claim:ministry-52"] == [
        revision["superseded"] for revision in written["superseded"]
    ]


def _ranked(template: Figure, index: int, value: int, day: int, rank: int) -> Figure:
    date = PartialDate.from_date(dt.date(2025, 1, 1) + dt.timedelta(days=day))
    when = Placement(period=Period.of(date), dating=Dating.PUBLISHED)
    return attrs.evolve(
        template,
        claim=f"claim:f{index}",
        interval=Interval(low=value, high=value),
        placement=when,
        stated=when,
        rank=rank,
    )


_RANKED = st.lists(
    st.tuples(st.integers(0, 30), st.integers(0, 20), st.integers(0, 2)), min_size=1, max_size=12
)


@given(_RANKED, _RANKED)
def test_later_figures_of_a_lower_rank_make_no_figure_of_a_higher_rank_an_outlier(
    ranked: list[tuple[int, int, int]], lower: list[tuple[int, int, int]]
) -> None:
    template = reconcile(revised_toll(), TOLL.id).figures[0]
    figures = [_ranked(template, index, *row) for index, row in enumerate(ranked)]
    # Figures of a rank below all of them, each given after every one of them.
    later = [
        _ranked(template, len(figures) + index, value, 30 + day, 3)
        for index, (value, day, _) in enumerate(lower)
    ]
    mine = {figure.claim for figure in figures}
    with_later = [claim for claim in outliers([*figures, *later], MeasureKind.EVENT) if claim in mine]
    assert outliers(figures, MeasureKind.EVENT) == with_later
