"""Figures traced to the digits they are read from, for reading a shape of phrase once (`_shapes`).

While a `Trace` is active in this thread (`tracing`), `read_digits` hands the grammar each number token's
value as a `Traced`: the value itself, the token it was read from, and the exact factor the grammar has
multiplied it by since ("about 1.3 million" is the token's 13/10 times 1,000,000, times 9/10 for the low
bound). A `Traced` behaves as its value in every operation the grammar does on a figure, and notes what it
is asked:

- multiplied by an exact constant (an int or a `Fraction`), it stays traced, its factor multiplied;
- compared (``<``, ``<=``, ``==`` ..., or its truth), it answers from its value and notes the comparison and
  its outcome as a `Guard`: the grammar takes the same path for other digits exactly when every guard of the
  trace comes out the same;
- anything else (added, divided, turned into a float, an int or text) marks the trace unsound, and it
  answers with the plain value, so the reading goes on as it would untraced; an unsound trace is thrown away.
  An operation it does not define at all (hashing, ``Fraction(traced)``) raises `TypeError`, which the
  caller of the traced reading takes for an unsound trace as well.

So a sound trace proves, for the phrase it was read from, which figure is which token times which constant,
and which comparisons of figures the grammar's path depended on.

>>> with tracing() as trace:
...     figure = traced(300, 4) * 1000
...     figure > 10**15, figure.factor
(False, 1000)
>>> trace.guards, trace.sound
([Guard(run=4, factor=1000, op='>', other_run=-1, other=1000000000000000, outcome=False)], True)
"""

from __future__ import annotations

import contextlib
import operator
import threading
from fractions import Fraction
from typing import TYPE_CHECKING, Any, Final, NamedTuple

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

Number = int | Fraction
"""An exact figure, as `_cardinals` reads one (defined here too: `_cardinals` imports this module)."""

__all__ = ["OPERATORS", "STATE", "Guard", "Number", "Trace", "Traced", "active", "traced", "tracing"]

OPERATORS: Final[dict[str, Callable[[Any, Any], bool]]] = {
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
    "==": operator.eq,
    "!=": operator.ne,
}
"""The comparisons a guard notes, by name."""


class Guard(NamedTuple):
    """One comparison the grammar made of a traced figure, and how it came out.

    The figure is token ``run``'s value times ``factor``; it was compared by ``op`` with token
    ``other_run``'s value times ``other``, or (``other_run`` -1) with the constant ``other``.
    """

    run: int
    factor: Number
    op: str
    other_run: int
    other: Any
    outcome: bool


class Trace:
    """The guards one traced reading noted, and whether it stayed sound."""

    __slots__ = ("guards", "sound")

    def __init__(self) -> None:
        self.guards: list[Guard] = []
        self.sound = True


class _State(threading.local):
    trace: Trace | None = None
    """The trace active in this thread, if any (`read_digits` asks for every number token)."""


STATE: Final = _State()


def active() -> Trace | None:
    """The trace active in this thread, if any."""
    return STATE.trace


@contextlib.contextmanager
def tracing() -> Iterator[Trace]:
    """Trace the figures read in this thread inside the block."""
    trace = Trace()
    STATE.trace = trace
    try:
        yield trace
    finally:
        STATE.trace = None


def traced(value: Number, run: int) -> Traced:
    """Token ``run``'s value, traced in this thread's trace (one must be active)."""
    trace = STATE.trace
    assert trace is not None  # noqa: S101 (read_digits calls this only inside `tracing`)
    return Traced(value, run, 1, trace)


_EXACT: Final = (int, Fraction)


class Traced:
    """A figure read from one number token: its value, the token, the factor since, and the trace."""

    __slots__ = ("factor", "run", "trace", "value")
    __hash__ = None  # type: ignore[assignment]  # hashing a figure would read it unnoted

    def __init__(self, value: Number, run: int, factor: Number, trace: Trace) -> None:
        self.value = value
        self.run = run
        self.factor = factor
        self.trace = trace

    def __mul__(self, other: object) -> Any:
        if type(other) in _EXACT:
            return Traced(self.value * other, self.run, self.factor * other, self.trace)  # type: ignore[operator]
        return self._plain(operator.mul, other)

    __rmul__ = __mul__

    def _plain(self, function: Callable[[Any, Any], Any], other: object, *, swap: bool = False) -> Any:
        """The plain result of an operation the trace cannot follow; the trace is unsound from now on."""
        self.trace.sound = False
        value = other.value if isinstance(other, Traced) else other
        return function(value, self.value) if swap else function(self.value, value)

    def __add__(self, other: object) -> Any:
        return self._plain(operator.add, other)

    def __radd__(self, other: object) -> Any:
        return self._plain(operator.add, other, swap=True)

    def __sub__(self, other: object) -> Any:
        return self._plain(operator.sub, other)

    def __rsub__(self, other: object) -> Any:
        return self._plain(operator.sub, other, swap=True)

    def __truediv__(self, other: object) -> Any:
        return self._plain(operator.truediv, other)

    def __rtruediv__(self, other: object) -> Any:
        return self._plain(operator.truediv, other, swap=True)

    def __mod__(self, other: object) -> Any:
        return self._plain(operator.mod, other)

    def __floordiv__(self, other: object) -> Any:
        return self._plain(operator.floordiv, other)

    def _compare(self, op: str, other: object) -> Any:
        if isinstance(other, Traced):
            outcome = OPERATORS[op](self.value, other.value)
            self.trace.guards.append(Guard(self.run, self.factor, op, other.run, other.factor, outcome))
            return outcome
        if not isinstance(other, int | Fraction | float):
            return NotImplemented
        outcome = OPERATORS[op](self.value, other)
        self.trace.guards.append(Guard(self.run, self.factor, op, -1, other, outcome))
        return outcome

    def __lt__(self, other: object) -> Any:
        return self._compare("<", other)

    def __le__(self, other: object) -> Any:
        return self._compare("<=", other)

    def __gt__(self, other: object) -> Any:
        return self._compare(">", other)

    def __ge__(self, other: object) -> Any:
        return self._compare(">=", other)

    def __eq__(self, other: object) -> Any:
        return self._compare("==", other)

    def __ne__(self, other: object) -> Any:
        return self._compare("!=", other)

    def __bool__(self) -> bool:
        return bool(self._compare("!=", 0))

    def __float__(self) -> float:
        self.trace.sound = False
        return float(self.value)

    def __int__(self) -> int:
        self.trace.sound = False
        return int(self.value)

    def __str__(self) -> str:
        self.trace.sound = False
        return str(self.value)

    def __repr__(self) -> str:
        self.trace.sound = False
        return repr(self.value)

    def __format__(self, spec: str) -> str:
        self.trace.sound = False
        return format(self.value, spec)
