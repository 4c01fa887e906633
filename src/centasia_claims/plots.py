r"""Plot a measure's figures on a timeline with matplotlib (optional extra ``plot``).

Every figure is drawn as its interval: a bar from low to high, a marker at the figure given (its shape shows
the hedge: a circle for an exact figure, a diamond for "about"), an arrow where a bound is open ("more than
1,000" points up, "up to 1,000" down). Colours tell the independent origins apart; each period's consensus
is a shaded band, hatched where it is contested; contradicting pairs are joined by a dashed red line. Each
figure is labelled with its phrase and claimant, so a reader knows who said what.

Every drawn element carries a ``gid`` (``figure:CLAIM``, ``consensus:PERIOD``, ``contradiction:A|B``), so
what a plot shows can be checked, and found again in an SVG.

>>> from centasia_claims import load_seed_corpus, plot_estimates
>>> figure = plot_estimates(load_seed_corpus(), "measure:tajiks-joined-is-syria-iraq")
>>> figure.axes[0].get_title().splitlines()[1]
'rising; 3 contradicting pair(s)'

The marker of "up to 1,000" is the one `HEDGE_MARKERS` gives its hedge:

>>> from centasia_claims.plots import HEDGE_MARKERS
>>> gid = "figure:claim:rferl-authorities-up-to-1000:marker"
>>> [line.get_marker() for line in figure.axes[0].lines if line.get_gid() == gid], HEDGE_MARKERS["at_most"]
(['v'], 'v')

A notebook shows the figure as PNG when it is the last value of a cell, with no ``%matplotlib`` magic; the
y axis groups thousands, the legend explains every mark, band and line, and the caption under the plot
counts the verdicts on its pairs (`caption`). Save it with ``figure.savefig("tajiks.png")``.

>>> from centasia_claims.plots import PNG_DPI
>>> figure._repr_png_()[:8], PNG_DPI
(b'\x89PNG\r\n\x1a\n', 100)
>>> [text.get_text() for text in figure.axes[0].get_yticklabels()][-2:]
['2,500', '3,000']
"""

from __future__ import annotations

import datetime as dt
import functools
import io
from collections import Counter
from itertools import islice
from typing import TYPE_CHECKING, Any, Final

from centasia_claims._render import number_text
from centasia_claims.errors import MissingExtraError
from centasia_claims.reconciliation import FigureVerdict, reconcile

if TYPE_CHECKING:
    from centasia_claims.corpus import Corpus
    from centasia_claims.model import Estimate, MeasureId
    from centasia_claims.reconciliation import Figure, Reconciliation

__all__ = ["HEDGE_MARKERS", "PNG_DPI", "caption", "plot_estimates"]

_CAPTION_PAIRS: Final = 20_000
_VERDICT_ORDER: Final = (
    FigureVerdict.CONTRADICTION,
    FigureVerdict.REPORTING_CONFLICT,
    FigureVerdict.DIFFERENT_DEFINITIONS,
    FigureVerdict.SUPERSEDED,
    FigureVerdict.STALE_RELAY,
    FigureVerdict.EXPLAINED_BY_TIME,
    FigureVerdict.SAME_FIGURE,
    FigureVerdict.AGREE,
)
"""Verdicts in the order a caption counts them, disputes first; any other verdict follows in its own order."""
_HEDGE_WORDS: Final = {
    "exact": "exact figure",
    "approximate": "about",
    "at_least": "at least",
    "more_than": "more than",
    "at_most": "at most / up to",
    "less_than": "fewer than",
    "range": "range",
    "vague": "vague quantity",
}

PNG_DPI: Final = 100
"""The resolution of the PNG a notebook shows (``figure.savefig`` takes its own ``dpi``)."""

HEDGE_MARKERS: Final[dict[str, str]] = {
    "exact": "o",
    "approximate": "D",
    "at_least": "^",
    "more_than": "^",
    "at_most": "v",
    "less_than": "v",
    "range": "_",
    "vague": "s",
}
"""The marker drawn at each figure, by the qualifier of its estimate (matplotlib marker codes)."""

_PALETTE: Final = ("#1b6ca8", "#d1495b", "#66a182", "#edae49", "#6a4c93", "#00798c", "#8d6a9f", "#3d405b")
_UNDATED_GAP: Final = 0.08  # the undated column's distance from the dated ones, as a share of the time span


def _matplotlib() -> tuple[Any, Any]:
    try:
        import matplotlib as mpl  # noqa: PLC0415  (optional dependency, imported only when used)
        from matplotlib.figure import Figure  # noqa: PLC0415
    except ImportError as error:
        raise MissingExtraError("plot", "matplotlib") from error
    return mpl, _shown_inline(Figure)


@functools.cache
def _shown_inline(figure_class: Any) -> Any:
    """A matplotlib ``Figure`` class that a notebook shows as PNG with no ``%matplotlib`` magic."""

    class EstimatesFigure(figure_class):  # type: ignore[misc]  # matplotlib is optional: its class is Any here
        """A matplotlib Figure that renders itself in Jupyter (``_repr_png_``) on any backend."""

        def _repr_png_(self) -> bytes:
            buffer = io.BytesIO()
            self.savefig(buffer, format="png", dpi=PNG_DPI)
            return buffer.getvalue()

    return EstimatesFigure


def _days(figure: Figure) -> tuple[dt.date | None, dt.date | None]:
    period = figure.placement.period
    return (None, None) if period is None else period.days()


class _Layout:
    """Where each figure stands on the x axis: its period's middle, or a column of its own when undated."""

    def __init__(self, result: Reconciliation) -> None:
        shown = [figure for figure in result.figures if figure.interval is not None]
        known = [day for figure in shown for day in _days(figure) if day is not None]
        self.timed = bool(known) and result.kind.value != "event"
        self.first = min(known) if known else dt.date(2000, 1, 1)
        self.last = max(known) if known else self.first
        span = max(1, (self.last - self.first).days)
        self.undated_x = self.last.toordinal() + max(30, int(span * _UNDATED_GAP))
        self.slots = {figure.claim: index for index, figure in enumerate(shown)}
        self._columns = [self.extent(figure)[0] for figure in shown] if self.timed else []

    def extent(self, figure: Figure) -> tuple[float, float]:
        """The x range a figure's period covers (open ends clipped to the data), or its column."""
        if not self.timed:
            slot = float(self.slots[figure.claim])
            return slot, slot
        first, last = _days(figure)
        if first is None and last is None:
            return float(self.undated_x), float(self.undated_x)
        start = (first or self.first).toordinal()
        end = (last or self.last).toordinal()
        return float(start), float(end)

    def x(self, figure: Figure) -> float:
        """Where a figure's marker stands: the middle of its period, or its known end when one end is open."""
        start, end = self.extent(figure)
        if self.timed:
            first, last = _days(figure)
            if first is None and last is not None:
                return end  # "../2016-12": known as of its end
            if last is None and first is not None:
                return start  # "2015/..": known from its start
        return (start + end) / 2

    @property
    def has_undated(self) -> bool:
        """Whether any figure stands in the undated column."""
        return any(x == self.undated_x for x in self._columns)


def _y_range(result: Reconciliation) -> tuple[float, float]:
    values = [
        value
        for figure in result.figures
        if figure.interval is not None
        for value in (figure.interval.low, figure.interval.high)
        if value is not None
    ]
    top = max(values, default=1.0)
    return 0.0, top * 1.3 if top > 0 else 1.0


def _draw_figure(  # noqa: PLR0917  (a private step of plot_estimates)
    axes: Any, figure: Figure, estimate: Estimate, layout: _Layout, colour: str, y_max: float
) -> tuple[float, float]:
    interval = figure.interval
    assert interval is not None  # noqa: S101  (only figures with an interval are drawn)
    x = layout.x(figure)
    low = 0.0 if interval.low is None else interval.low
    high = y_max if interval.high is None else interval.high
    start, end = layout.extent(figure)
    gid = f"figure:{figure.claim}"
    axes.vlines(x, low, high, colors=colour, linewidth=3, alpha=0.75, gid=gid)
    if end > start:
        axes.hlines((low + high) / 2, start, end, colors=colour, linewidth=1, alpha=0.4, gid=f"{gid}:period")
    point = None if figure.derived is not None else estimate.point
    y = point if point is not None else (low + high) / 2
    arrow = {"arrowstyle": "->", "color": colour}
    if interval.high is None:  # "more than N": from N up, open
        y = low
        axes.annotate("", (x, y_max), (x, low), arrowprops=arrow, gid=f"{gid}:open")
    elif interval.low is None:  # "fewer than N": from N down, open
        y = high
        axes.annotate("", (x, 0.0), (x, high), arrowprops=arrow, gid=f"{gid}:open")
    marker = HEDGE_MARKERS[estimate.qualifier.value]
    axes.plot([x], [y], marker=marker, color=colour, markersize=8, gid=f"{gid}:marker")
    axes.annotate(
        f"{figure.phrase} ({_short(figure.claimant_name)})",
        (x, y),
        xytext=(6, 4),
        textcoords="offset points",
        fontsize=7,
        color=colour,
        gid=f"{gid}:label",
    )
    return x, y


def _short(name: str, limit: int = 40) -> str:
    return name if len(name) <= limit else name[: limit - 1].rstrip() + "…"


def _draw_consensus(axes: Any, result: Reconciliation, layout: _Layout, y_max: float) -> None:
    """A band per period that more than one figure stands in: the consensus, hatched red where contested."""
    for index, consensus in enumerate(result.consensus):
        members = [
            figure for figure in result.figures if figure.claim in consensus.claims and figure.interval
        ]
        if len(members) < 2:
            continue
        extents = [layout.extent(figure) for figure in members]
        start = min(e[0] for e in extents) - 0.4
        end = max(e[1] for e in extents) + 0.4
        low = 0.0 if consensus.interval.low is None else consensus.interval.low
        high = y_max if consensus.interval.high is None else consensus.interval.high
        axes.fill_between(
            [start, end],
            low,
            high,
            color="#d1495b" if consensus.contested else "#888888",
            alpha=0.12,
            hatch="//" if consensus.contested else None,
            linewidth=0,
            gid=f"consensus:{consensus.label}:{index}",
        )


def plot_estimates(
    corpus: Corpus, measure: MeasureId | str, *, literal: bool = False, title: str | None = None
) -> Any:
    """Draw every figure of a measure on a timeline and return the matplotlib ``Figure``.

    Args:
        corpus: The corpus holding the measure and its claims.
        measure: The measure's id.
        literal: Read "up to" and "as many as" as bare ceilings (see `reconcile`).
        title: A title to use instead of the measure's label.

    Raises:
        MissingExtraError: matplotlib is not installed (``pip install 'centasia-claims[plot]'``).
        UnknownIdError: The corpus has no such measure.

    >>> from centasia_claims import load_seed_corpus
    >>> measure = "measure:tajiks-joined-is-syria-iraq"
    >>> axes = plot_estimates(load_seed_corpus(), measure, title="Tajiks in IS").axes[0]
    >>> axes.get_title().splitlines()[0], axes.get_ylabel()
    ('Tajiks in IS', 'people')
    >>> len([line for line in axes.lines if str(line.get_gid()).startswith("contradiction:")])
    3
    """
    mpl, figure_class = _matplotlib()
    result = reconcile(corpus, measure, literal=literal)
    # Labels are corpus text: a "$" in one is a dollar sign, never the start of a formula to typeset.
    with mpl.rc_context({"text.parse_math": False}):
        return _plot(corpus, result, figure_class, title)


def _plot(corpus: Corpus, result: Reconciliation, figure_class: Any, title: str | None) -> Any:
    figure = figure_class(figsize=(10, 5.5), layout="constrained")
    axes = figure.add_subplot()
    layout = _Layout(result)
    _low, y_max = _y_range(result)
    origins: dict[str, str] = {}
    anchors: dict[str, tuple[float, float]] = {}
    qualifiers: dict[str, None] = {}
    _draw_consensus(axes, result, layout, y_max)
    for item in result.figures:
        if item.interval is None:
            continue
        key = item.claimant or item.claimant_name
        colour = origins.setdefault(key, _PALETTE[len(origins) % len(_PALETTE)])
        estimate = corpus.claim(item.claim).value
        assert estimate is not None  # noqa: S101  (a figure comes from a claim with a value)
        anchors[item.claim] = _draw_figure(axes, item, estimate, layout, colour, y_max)
        qualifiers.setdefault(estimate.qualifier.value, None)
    for pair in result.contradictions:
        if pair.first in anchors and pair.second in anchors:
            (x1, y1), (x2, y2) = anchors[pair.first], anchors[pair.second]
            axes.plot(
                [x1, x2],
                [y1, y2],
                linestyle="--",
                color="#c1121f",
                linewidth=1,
                gid=f"contradiction:{pair.first}|{pair.second}",
            )
    shown = title or f"{result.label} ({result.kind.value}, {result.unit})"
    _finish(axes, result, layout, origins, shown, y_max, list(qualifiers))
    figure.supxlabel(caption(result), fontsize=7, gid="caption")
    _separate_labels(figure, axes)
    return figure


def _separate_labels(figure: Any, axes: Any) -> None:
    """Move figure labels up, in order of position, until no two of their boxes meet.

    Each label is placed in turn (left to right, bottom to top); one that meets a label already placed moves
    up by the overlap, and is tried again, so the result is deterministic and no two boxes intersect.
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: PLC0415  (optional dependency)

    canvas: Any = FigureCanvasAgg(figure)
    figure.draw_without_rendering()
    renderer = canvas.get_renderer()
    labels = [text for text in axes.texts if str(text.get_gid()).endswith(":label")]
    labels.sort(key=lambda text: (text.xy[0], text.xy[1]))
    placed: list[Any] = []
    points_per_pixel = 72 / figure.dpi
    for label in labels:
        for _attempt in range(len(labels) + 1):
            box = label.get_window_extent(renderer)
            blocking = [other for other in placed if box.overlaps(other)]
            if not blocking:
                break
            rise = max(other.y1 for other in blocking) - box.y0 + 1
            x_offset, y_offset = label.xyann
            label.xyann = (x_offset, y_offset + rise * points_per_pixel)
        placed.append(label.get_window_extent(renderer))


def caption(result: Reconciliation) -> str:
    """The line under a plot: the trend and how many pairs got each verdict, disputes first.

    >>> from centasia_claims import load_seed_corpus, reconcile
    >>> text = caption(reconcile(load_seed_corpus(), "measure:tajiks-joined-is-syria-iraq"))
    >>> for part in text.split(": "):
    ...     print(part)
    10 figures, rising; verdicts on 45 pairs
    3 contradiction, 23 different definitions, 12 explained by time, 7 agree
    """
    counts = Counter(pair.verdict for pair in islice(result.verdicts(), _CAPTION_PAIRS))
    verdicts = ", ".join(
        f"{counts[verdict]} {verdict.value.replace('_', ' ')}"
        for verdict in _VERDICT_ORDER
        if counts[verdict]
    )
    judged = sum(counts.values())
    pairs = "1 pair" if judged == 1 else f"{judged} pairs"
    return f"{len(result.figures)} figures, {result.trend.value}; verdicts on {pairs}: {verdicts}"


def _thousands() -> Any:
    from matplotlib.ticker import FuncFormatter  # noqa: PLC0415  (optional dependency)

    return FuncFormatter(lambda value, _position: number_text(value, places=2))


def _finish(  # noqa: PLR0917  (a private step of plot_estimates)
    axes: Any,
    result: Reconciliation,
    layout: _Layout,
    origins: dict[str, str],
    title: str,
    y_max: float,
    qualifiers: list[str],
) -> None:
    names = {figure.claimant or figure.claimant_name: figure.claimant_name for figure in result.figures}
    for key, colour in origins.items():
        axes.plot([], [], color=colour, linewidth=3, label=_short(names.get(key, key), 60))
    for qualifier in qualifiers:
        axes.plot(
            [],
            [],
            marker=HEDGE_MARKERS[qualifier],
            color="#444444",
            linestyle="none",
            label=_HEDGE_WORDS[qualifier],
        )
    if any(
        f.interval is not None and (f.interval.low is None or f.interval.high is None) for f in result.figures
    ):
        axes.annotate("", (0, 0), (0, 0), arrowprops={"arrowstyle": "->", "color": "#444444"})
        axes.plot(
            [],
            [],
            marker=r"$\uparrow$",
            color="#444444",
            linestyle="none",
            label="open bound: the arrow runs from the bound given",
        )
    axes.plot([], [], color="#444444", linewidth=1, alpha=0.4, label="the period a figure covers")
    axes.fill_between([], [], [], color="#888888", alpha=0.12, label="consensus of one period")
    axes.fill_between([], [], [], color="#d1495b", alpha=0.12, hatch="//", label="contested consensus")
    axes.plot([], [], linestyle="--", color="#c1121f", label="contradiction")
    axes.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    axes.yaxis.set_major_formatter(_thousands())
    axes.set_ylim(0, y_max)
    axes.set_ylabel(result.unit)
    summary = f"{result.trend.value}; {len(result.contradictions)} contradicting pair(s)"
    axes.set_title(f"{title}\n{summary}", fontsize=10)
    if layout.timed:
        ticks = sorted(
            {dt.date(year, 1, 1).toordinal() for year in range(layout.first.year, layout.last.year + 2)}
        )
        labels = [str(dt.date.fromordinal(tick).year) for tick in ticks]
        if layout.has_undated:
            ticks, labels = [*ticks, layout.undated_x], [*labels, "undated"]
        axes.set_xticks(ticks, labels)
    else:
        ordered = sorted(layout.slots.items(), key=lambda item: item[1])
        claimants = {figure.claim: _short(figure.claimant_name, 30) for figure in result.figures}
        axes.set_xticks([slot for _, slot in ordered], [claimants.get(claim, claim) for claim, _ in ordered])
        axes.tick_params(axis="x", labelrotation=20, labelsize=7)
