from __future__ import annotations

import pytest

from centasia_claims import MeasureKind, reconcile, serialization
from centasia_claims.model import EpistemicStatus, Stance
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
