from __future__ import annotations

from fractions import Fraction

import pytest

from centasia_claims.estimates._traced import Guard, Traced, active, traced, tracing


def test_a_figure_times_a_constant_stays_traced_and_its_comparisons_are_noted() -> None:
    with tracing() as trace:
        near, far = traced(3, 0) * 1000, Fraction(9, 10) * traced(4, 2)
        found = (near < far, 1000 >= near, bool(far), near == "3000")
    assert (found, near.factor, far.factor, near.value, far.value) == (
        (False, False, True, False),
        1000,
        Fraction(9, 10),
        3000,
        Fraction(18, 5),
    )
    assert trace.guards == [
        Guard(0, 1000, "<", 2, Fraction(9, 10), outcome=False),
        Guard(0, 1000, "<=", -1, 1000, outcome=False),
        Guard(2, Fraction(9, 10), "!=", -1, 0, outcome=True),
    ]
    assert trace.sound


@pytest.mark.parametrize(
    ("operation", "expected"),
    [
        (lambda figure: figure + Fraction(1, 2), Fraction(11, 2)),
        (lambda figure: 1 + figure, 6),
        (lambda figure: figure - 1, 4),
        (lambda figure: 10 - figure, 5),
        (lambda figure: figure / 2, 2.5),
        (lambda figure: Fraction(100) / figure, Fraction(20)),
        (lambda figure: figure % 1, 0),
        (lambda figure: figure // 2, 2),
        (lambda figure: figure * 0.5, 2.5),
        (lambda figure: figure * figure, 25),
        (float, 5.0),
        (int, 5),
        (str, "5"),
        (repr, "5"),
        (lambda figure: f"{figure:>3}", "  5"),
    ],
)
def test_any_other_operation_answers_plainly_and_makes_the_trace_unsound(
    operation: object, expected: object
) -> None:
    with tracing() as trace:
        found = operation(traced(5, 0))  # type: ignore[operator]
    assert (expected, False) == (found, trace.sound)


def test_a_figure_cannot_be_hashed_or_made_a_fraction_and_tracing_ends_with_its_block() -> None:
    with tracing():
        figure = traced(5, 0)
        assert active() is not None
        with pytest.raises(TypeError):
            hash(figure)
        with pytest.raises(TypeError):
            Fraction(figure)  # type: ignore[call-overload]
    assert active() is None
    assert isinstance(figure, Traced)
