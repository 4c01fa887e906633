"""Reconciling figures at scale: the O(n log n) bulk path against judging every pair.

Run with ``python -m bench.bench_reconcile`` (``--quick`` for a smaller run; ``--scaling`` for the cost per
figure from 10,000 to 1,000,000 figures only; ``--floor`` for what memory alone costs at each size).
Synthetic figures are shaped like the corpus's: hedged counts
("about N", "nearly N" ("up to N" in the crowded data), "more than N", ranges, exact figures, a few shares
of another figure), periods given to the year, month or day or left to the publication date, claimants that
often repeat and pass through an outlet (so that reports of one statement, stale relays and revisions
occur), and some sources that are copies of others; every block of 10,000 figures has sources, claimants,
years, periods and figures of its own, so the work a figure is the same at every size (``--scaling`` prints
it for each size; ``--crowded`` runs the data of before, whose blocks share their years and figures).
Figures are in docs/performance.md ("Reconciling estimates").
"""

from __future__ import annotations

import argparse
import functools
import gc
import random
import statistics
import time
from typing import TYPE_CHECKING, Final

import attrs

from bench._timing import best_of, machine, ratio
from centasia_claims import (
    AttributionStep,
    Claim,
    Estimate,
    Measure,
    MeasureKind,
    PartialDate,
    Period,
    Qualifier,
    Source,
    TextQuote,
    TextSpan,
    Verb,
    reconcile,
)
from centasia_claims.model import ClaimId, EntityId, MeasureId, SourceId
from centasia_claims.reconciliation import FigureVerdict

if TYPE_CHECKING:
    from collections.abc import Sequence

    from centasia_claims import Reconciliation

_KINDS = (MeasureKind.CUMULATIVE, MeasureKind.SNAPSHOT, MeasureKind.EVENT)


def _estimates(rng: random.Random, count: int, base: int | None) -> list[Estimate]:
    """``count`` hedged figures of every shape, ``base + 10`` to ``base + 5000`` (widths as at ``base`` 0).

    With ``base`` ``None``, the figures of the crowded data (`synthetic`): 10 to 5,000, where the sixth shape
    is "up to N", which reconciliation reads near its ceiling, ``[0.9N, N]`` (a width that grows with N);
    with a ``base``, that shape is "nearly N", ``[N - 0.1(N - base), N]``, the same interval at ``base`` 0.
    """
    pool = []
    for _ in range(count):
        size, floor = rng.randrange(10, 5000), float(base or 0)
        n = floor + size
        shape = rng.randrange(6)
        if shape == 0:
            pool.append(Estimate(phrase=f"{n:,.0f}", qualifier=Qualifier.EXACT, low=n, high=n, point=n))
        elif shape == 1:
            pool.append(
                Estimate(
                    phrase=f"about {n:,.0f}",
                    qualifier=Qualifier.APPROXIMATE,
                    low=floor + 0.9 * size,
                    high=floor + 1.1 * size,
                    point=n,
                )
            )
        elif shape == 2 and base is None:
            pool.append(Estimate(phrase=f"up to {n:,.0f}", qualifier=Qualifier.AT_MOST, high=n))
        elif shape == 2:
            pool.append(
                Estimate(
                    phrase=f"nearly {n:,.0f}",
                    qualifier=Qualifier.APPROXIMATE,
                    low=floor + 0.9 * size,
                    high=n,
                    point=n,
                )
            )
        elif shape == 3:
            pool.append(Estimate(phrase=f"more than {n:,.0f}", qualifier=Qualifier.MORE_THAN, low=n))
        elif shape == 4:
            pool.append(Estimate(phrase=f"at least {n:,.0f}", qualifier=Qualifier.AT_LEAST, low=n))
        else:
            high = floor + 1.2 * size
            pool.append(Estimate(phrase=f"{n:,.0f}-{high:,.0f}", qualifier=Qualifier.RANGE, low=n, high=high))
    return pool


def _periods(rng: random.Random, count: int, epoch: int) -> list[Period | None]:
    """``count`` periods in the fourteen years from ``2010 + epoch``, a quarter of them none."""
    pool: list[Period | None] = [None] * (count // 4)  # a quarter left to the publication date
    while len(pool) < count:
        year = epoch + rng.randrange(2010, 2024)
        shape = rng.randrange(3)
        if shape == 0:
            pool.append(Period.of(PartialDate(year)))
        elif shape == 1:
            pool.append(Period.of(PartialDate(year, rng.randrange(1, 13))))
        else:
            pool.append(Period(PartialDate(year), PartialDate(year + rng.randrange(1, 5))))
    return pool


BLOCK: Final = 10_000
"""Figures per block of the synthetic data: each block has sources and claimants of its own."""

YEARS: Final = 14
"""Years each block of the synthetic data speaks of and is published in, its own."""

MAGNITUDE: Final = 10_000
"""How much larger the figures of each block are than those of the block before (a count that grows)."""

AUTHORITIES: Final = (EntityId("org:o1"), EntityId("org:o2"), EntityId("org:o3"))
"""Three bodies that speak in every block, in their own publications: the authority order of a revisable
measure."""


def synthetic(
    *, measures: int, per_measure: int, seed: int = 0, crowded: bool = False
) -> tuple[list[tuple[Measure, list[Claim]]], dict[str, Source]]:
    """``measures`` measures with ``per_measure`` figures each, and the sources they are read in.

    Values and periods are shared between claims (as a corpus shares them), so memory goes to the claims
    themselves. The figures come in blocks of `BLOCK`, each with 200 sources and 60 claimants of its own
    (the three `AUTHORITIES` apart, which speak in every block), so that the mix of what reconciliation
    meets (repeated figures, reports of one statement, stale relays, revisions) is the same at every size: a
    fixed pool of sources and claimants would have each claimant repeat its figures more the more figures
    there are. Each block also has fourteen years of its own (block ``b`` speaks of and is published in
    ``2010 + 14b`` to ``2023 + 14b``, `YEARS`) with periods of its own, figures of its own magnitude
    (``10,000 b + 10`` to ``10,000 b + 5,000``, `MAGNITUDE`: a count that grows from block to block), and a
    share is of an earlier figure of its own block. The blocks' figures are given interleaved (in a random
    order), so that, as in the data of before, the order the claims are given in (and lie in memory in) is
    not the timeline's. Were every block to speak of the same fourteen years
    with the same figures, a larger measure would put more figures of other origins on each day and in
    each period, the highest and lowest of them further apart, and each figure would contradict more of
    them (3.01 contradicting pairs a figure at 10,000, 3.34 at a million): the bench would do more work a
    figure the larger the measure. Figures of one magnitude in successive years would also set each
    block's figures against the highest of every block before it in a cumulative count (3.01 pairs a
    figure at 10,000, 3.12 at 100,000). ``crowded`` gives the data of before (every block in the same
    fourteen years, one pool of figures and of periods, a share of any earlier figure, blocks one after the
    other), to compare.
    """
    rng = random.Random(seed)
    sources: dict[str, Source] = {}
    data: list[tuple[Measure, list[Claim]]] = []
    for index in range(measures):
        measure = Measure(
            id=MeasureId(f"measure:m{index}"),
            label=f"measure {index}",
            unit="people",
            kind=_KINDS[index % len(_KINDS)],
        )
        data.append((measure, []))
    if crowded:
        _crowded(rng, data, per_measure, sources)
        return data, sources
    for measure, claims in data:
        blocks = [_Block(rng, sources, block) for block in range(-(-per_measure // BLOCK))]
        owners = [block for block in blocks for _ in range(min(BLOCK, per_measure - block.number * BLOCK))]
        rng.shuffle(owners)  # the blocks interleaved: the order claims are given in is not the timeline's
        for number, block in enumerate(owners):
            value = rng.choice(block.estimates)
            if block.members and rng.random() < 0.02:  # a few shares of an earlier figure of the block
                value = _share(ClaimId(f"claim:{measure.id.split(':')[1]}-{rng.choice(block.members)}"))
            block.members.append(number)
            claims.append(
                Claim(
                    id=ClaimId(f"claim:{measure.id.split(':')[1]}-{number}"),
                    source=SourceId(rng.choice(block.sources)),
                    quote=_QUOTE,
                    statement="a figure",
                    measure=measure.id,
                    value=value,
                    period=rng.choice(block.periods),
                    attribution=rng.choice(block.chains),
                )
            )
    return data, sources


_QUOTE: Final = TextQuote(exact="the figure", start=0, end=10)


def _share(whole: ClaimId) -> Estimate:
    return Estimate(
        phrase="more than half", qualifier=Qualifier.MORE_THAN, unit="percent", low=50, share_of=whole
    )


class _Block:
    """What one block of `BLOCK` figures of a measure is made of: sources, chains, figures and periods."""

    def __init__(self, rng: random.Random, sources: dict[str, Source], number: int) -> None:
        self.number = number
        epoch = YEARS * number
        self.sources, self.chains = _block(rng, sources, len(sources) // 200, epoch)
        self.estimates = _estimates(rng, 2000, MAGNITUDE * number)
        self.periods = _periods(rng, 400, epoch)
        self.members: list[int] = []  # the figures of the block so far, by number


def _crowded(
    rng: random.Random, data: list[tuple[Measure, list[Claim]]], per_measure: int, sources: dict[str, Source]
) -> None:
    """The data of before (`synthetic` ``crowded``): every block in the same years, with the same figures."""
    estimates = _estimates(rng, 2000, None)
    periods = _periods(rng, 400, 0)
    source_ids: list[str] = []
    chains: list[tuple[AttributionStep, ...]] = []
    for index, (measure, claims) in enumerate(data):
        for number in range(per_measure):
            if number % BLOCK == 0:
                source_ids, chains = _block(rng, sources, len(sources) // 200, 0)
            value = rng.choice(estimates)
            if number and rng.random() < 0.02:  # a few shares of an earlier figure of the same measure
                value = _share(ClaimId(f"claim:m{index}-{rng.randrange(number)}"))
            claims.append(
                Claim(
                    id=ClaimId(f"claim:m{index}-{number}"),
                    source=SourceId(rng.choice(source_ids)),
                    quote=_QUOTE,
                    statement="a figure",
                    measure=measure.id,
                    value=value,
                    period=rng.choice(periods),
                    attribution=rng.choice(chains),
                )
            )


def _block(
    rng: random.Random, sources: dict[str, Source], block: int, epoch: int
) -> tuple[list[str], list[tuple[AttributionStep, ...]]]:
    """The 200 sources (added to ``sources``) and 60 attribution chains of one block of figures.

    The sources are published in the block's fourteen years, ``epoch`` years after 2010.

    One source in twenty is a mirror of the one before; one chain in ten is from an unnamed claimant; the
    `AUTHORITIES` speak directly, the other claimants through an outlet.
    """
    prefix = "source:s" if block == 0 else f"source:b{block}-s"
    ids = [f"{prefix}{index}" for index in range(200)]
    for index, source_id in enumerate(ids):
        sources[source_id] = Source(
            id=SourceId(source_id),
            title="",
            document="doc.txt",
            span=TextSpan(0, 1),
            published=PartialDate(
                epoch + rng.randrange(2010, 2024), rng.randrange(1, 13), rng.randrange(1, 29)
            ),
            copy_of=SourceId(ids[index - 1]) if index % 20 == 19 else None,  # a mirror now and then
        )
    outlet = AttributionStep(agent=EntityId("org:outlet"), text="the outlet", verb=Verb.PUBLISHED)
    chains: list[tuple[AttributionStep, ...]] = []
    for index in range(60):
        if 1 <= index <= len(AUTHORITIES):
            chains.append((AttributionStep(agent=AUTHORITIES[index - 1], text="officials", verb=Verb.SAID),))
            continue
        agent = (
            None if index % 10 == 0 else EntityId(f"org:o{index}" if block == 0 else f"org:b{block}-o{index}")
        )
        chains.append((AttributionStep(agent=agent, text="officials", verb=Verb.SAID), outlet))
    return ids, chains


def ours(data: Sequence[tuple[Measure, list[Claim]]], sources: dict[str, Source]) -> list[Reconciliation]:
    """The library: timeline, consensus and contradictions by sorted sweep."""
    return [reconcile(None, claims, measure=measure, sources=sources) for measure, claims in data]


def all_pairs(data: Sequence[tuple[Measure, list[Claim]]], sources: dict[str, Source]) -> list[set[_Key]]:
    """What a user would write: judge every pair and keep the figures in a contradiction."""
    found = []
    for measure, claims in data:
        result = reconcile(None, claims, measure=measure, sources=sources)
        found.append(
            {
                _key(result, claim)
                for verdict in result.verdicts()
                if verdict.verdict is FigureVerdict.CONTRADICTION
                for claim in (verdict.first, verdict.second)
            }
        )
    return found


_Key = tuple[str, str]


def _key(result: Reconciliation, claim: str) -> _Key:
    """A figure up to re-reports: the same root claimant, statement or work and value is one figure (the sweep
    lists the first of them). The claimant comes first: one claimant's value at two occasions is one figure to
    the sweep."""
    figure = result.figure(claim)
    return (figure.claimant or figure.occasion or figure.work or claim, str(figure.interval))


def _contradicted(results: Sequence[Reconciliation]) -> list[set[_Key]]:
    return [
        {
            _key(result, claim)
            for verdict in result.contradictions
            for claim in (verdict.first, verdict.second)
        }
        for result in results
    ]


SCALING_SIZES = (10_000, 100_000, 1_000_000)
"""Figures in one measure, for the cost per figure as the measure grows."""


def _one_measure(
    size: int, kind: MeasureKind, *, revisable: bool, crowded: bool = False
) -> tuple[list[tuple[Measure, list[Claim]]], dict[str, Source]]:
    data, sources = synthetic(measures=1, per_measure=size, seed=size, crowded=crowded)
    measure = attrs.evolve(
        data[0][0],
        kind=kind,
        revisable=revisable,
        authority=AUTHORITIES if revisable else (),
    )
    return [(measure, data[0][1])], sources


def _mix(result: Reconciliation) -> str:
    """What reconciliation met, per figure: the work that should not grow with the measure."""
    figures = len(result.figures)
    return (
        f"{len(result.contradictions) / figures:.3f} contradicting pairs"
        f", {len(result.reporting_conflicts) / figures:.4f} reporting conflicts"
        f", {len(result.superseded) / figures:.3f} superseded"
        f", {len(result.stale_relays) / figures:.2%} stale relays"
        f", {len(result.consensus) / figures:.4f} periods"
    )


def scaling(sizes: Sequence[int], rounds: int, *, collector: bool = True, crowded: bool = False) -> None:
    """The cost per figure of one measure as it grows, as a ratio to the smallest size.

    Each round runs every size once, in an order that turns from round to round (interleaved, so that the
    load of a shared machine falls on all sizes alike), with the garbage collector on as a user runs it; the
    report gives the median of the rounds, in wall time and in the processor time of this process (which the
    other work of a shared machine disturbs less). `reconcile` pauses the collector for the call, and the
    pass over the youngest objects that its allocations have made due runs at the caller's next allocation:
    the clocks stop after that pass (run here at once), before the result is freed. With ``collector``
    false, the collector is paused during each run instead, to show how much of the cost is its. What
    reconciliation met per figure at each size (`_mix`) is printed with it; ``crowded`` runs the data
    whose blocks share fourteen years (`synthetic`).
    """
    cases = [
        ("cumulative", MeasureKind.CUMULATIVE, False),
        ("revisable event, authority order", MeasureKind.EVENT, True),
    ]
    for label, kind, revisable in cases:
        state = "on" if collector else "paused"
        data = ", blocks crowded into the same fourteen years" if crowded else ""
        print(f"One {label} measure{data}, {rounds} interleaved rounds, collector {state}, medians:")
        inputs = {size: _one_measure(size, kind, revisable=revisable, crowded=crowded) for size in sizes}
        mix: dict[int, str] = {}
        times: dict[int, list[float]] = {size: [] for size in sizes}
        cpu: dict[int, list[float]] = {size: [] for size in sizes}
        for round_ in range(rounds):
            order = list(sizes[round_ % len(sizes) :]) + list(sizes[: round_ % len(sizes)])
            for size in order:
                gc.collect()
                if not collector:
                    gc.disable()
                start, processor = time.perf_counter(), time.process_time()
                result = ours(*inputs[size])
                if collector:
                    gc.collect(0)  # the pass the call's allocations made due, which a user's next one runs
                times[size].append(time.perf_counter() - start)
                cpu[size].append(time.process_time() - processor)
                gc.enable()
                if size not in mix:
                    mix[size] = _mix(result[0])
                del result  # freeing the result is not reconciling: the clocks have stopped
        base = statistics.median(times[sizes[0]]) / sizes[0]
        cpu_base = statistics.median(cpu[sizes[0]]) / sizes[0]
        for size in sizes:
            median = statistics.median(times[size])
            per = median / size
            cpu_per = statistics.median(cpu[size]) / size
            rounds_ratio = [
                (spent / size) / (first / sizes[0])
                for spent, first in zip(cpu[size], cpu[sizes[0]], strict=True)
            ]
            print(
                f"  {size:>9,} figures  {median:8.2f} s  {per * 1e6:6.1f} µs/figure  "
                f"{per / base:5.2f}x the cost per figure at {sizes[0]:,}"
                f"  (runs: {', '.join(f'{value:.2f}' for value in times[size])} s)"
                f"; processor time {cpu_per * 1e6:6.1f} µs/figure, {cpu_per / cpu_base:5.2f}x"
                f" (rounds {min(rounds_ratio):.2f}-{max(rounds_ratio):.2f}x)"
            )
            print(f"  {'':>9}          per figure: {mix[size]}")
        del inputs
        print()


def floor(sizes: Sequence[int], rounds: int) -> None:
    """What the cost per figure grows by from memory alone, at each size, against the smallest.

    Three measures, each the best of ``rounds``, collector on: a dictionary with one tuple-keyed entry a
    figure (an insert and a look-up each), the sort of three floats a figure (the pairs the sweep orders),
    and `reconcile` on a cumulative measure whose claims lie in memory in the order the timeline reads them
    (each rebuilt in that order, its id a fresh string), so that no cache miss comes from the order claims are
    given in.
    """
    print(f"What memory costs as a measure grows, best of {rounds}, processor time:")
    base: dict[str, float] = {}
    for size in sizes:
        rng = random.Random(1)
        keys = [(f"claim:{rng.randrange(10**9)}", rng.randrange(10**6)) for _ in range(size)]
        floats = [rng.random() for _ in range(3 * size)]
        table, ordering = [], []
        for _ in range(rounds):
            start = time.process_time()
            found: dict[tuple[str, int], int] = {}
            for key in keys:
                found.setdefault(key, len(found))
            for key in keys:
                found.get(key)
            table.append(time.process_time() - start)
            shuffled = floats[:]
            start = time.process_time()
            shuffled.sort()
            ordering.append(time.process_time() - start)
        data, sources = _one_measure(size, MeasureKind.CUMULATIVE, revisable=False)
        measure, claims = data[0]
        rank = {figure.claim: index for index, figure in enumerate(ours(data, sources)[0].figures)}
        claims.sort(key=lambda claim: rank[claim.id])
        laid_out = [(measure, [attrs.evolve(claim, id="".join(list(claim.id))) for claim in claims])]
        del claims, data
        timeline = []
        for _ in range(rounds):
            gc.collect()
            start = time.process_time()
            result = ours(laid_out, sources)
            gc.collect(0)
            timeline.append(time.process_time() - start)
            del result
        costs = {
            "dictionary": min(table) / size,
            "sort": min(ordering) / size,
            "timeline order": min(timeline) / size,
        }
        base = base or costs
        print(
            f"  {size:>9,} figures  "
            + "  ".join(
                f"{name} {cost * 1e6:.2f} µs ({cost / base[name]:.2f}x)" for name, cost in costs.items()
            )
        )
    print()


def _row(label: str, figures: int, seconds: float, naive: float | None) -> None:
    per = seconds / figures * 1e6
    other = "not run (all pairs: too slow)" if naive is None else f"{naive:8.2f} s  ({ratio(seconds, naive)})"
    print(f"  {label:<34} {seconds:8.2f} s  {per:6.1f} µs/figure   all pairs: {other}")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="stop at 100,000 figures")
    parser.add_argument("--scaling", action="store_true", help="only the cost per figure as a measure grows")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds of --scaling (default: 3)")
    parser.add_argument(
        "--floor", action="store_true", help="only what memory alone costs a figure as a measure grows"
    )
    parser.add_argument(
        "--collector-paused", action="store_true", help="pause the garbage collector in each --scaling run"
    )
    parser.add_argument(
        "--crowded",
        action="store_true",
        help="--scaling on data whose blocks all speak of the same fourteen years (more work a figure)",
    )
    parser.add_argument(
        "--sizes",
        type=lambda text: tuple(int(size) for size in text.split(",")),
        help="the sizes of --scaling, comma-separated, smallest first (default: 10000,100000,1000000)",
    )
    args = parser.parse_args(argv)
    print(f"Reconciling synthetic figures ({machine()}, one core)")
    print()
    if args.floor:
        floor(args.sizes or (SCALING_SIZES[:2] if args.quick else SCALING_SIZES), args.rounds)
        return
    if args.scaling:
        scaling(
            args.sizes or (SCALING_SIZES[:2] if args.quick else SCALING_SIZES),
            args.rounds,
            collector=not args.collector_paused,
            crowded=args.crowded,
        )
        return
    print("Many measures, 100 figures each (the bulk of a corpus):")
    totals = (10_000, 100_000) if args.quick else (10_000, 100_000, 1_000_000)
    for total in totals:
        data, sources = synthetic(measures=total // 100, per_measure=100, seed=total)
        repeat = 3 if total < 1_000_000 else 1
        seconds = best_of(functools.partial(ours, data, sources), repeat=repeat)
        naive = None
        if total <= 100_000:
            naive = best_of(functools.partial(all_pairs, data, sources), repeat=1)
            same = _contradicted(ours(data, sources)) == all_pairs(data, sources)
            print(
                f"    (the sweep finds the same contradicted figures as all pairs: {'yes' if same else 'NO'})"
            )
        _row(f"{total:>9,} figures, {total // 100:,} measures", total, seconds, naive)
    print()
    print("One measure with many figures (the O(n log n) path against n²/2 pairs):")
    sizes = (1_000, 3_000, 10_000, 100_000) if args.quick else (1_000, 3_000, 10_000, 100_000, 1_000_000)
    for size in sizes:
        data, sources = synthetic(measures=1, per_measure=size, seed=size)
        seconds = best_of(functools.partial(ours, data, sources), repeat=1 if size >= 100_000 else 3)
        naive = None
        if size <= 3_000:
            naive = best_of(functools.partial(all_pairs, data, sources), repeat=1)
        _row(f"{size:>9,} figures, 1 measure", size, seconds, naive)


if __name__ == "__main__":
    main()
