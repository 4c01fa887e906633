from __future__ import annotations

from typing import TYPE_CHECKING

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from centasia_claims import (
    Claim,
    Corpus,
    Estimate,
    Measure,
    MeasureKind,
    ReconcileError,
    Reconciliation,
    UnknownIdError,
    load_seed_corpus,
    reconcile,
)
from centasia_claims.model import ClaimId, MeasureId, SourceId
from centasia_claims.reconciliation import FigureVerdict, Interval, Trend
from tests.builders import (
    ADDITIVE,
    GAZIANTEP,
    ISKP,
    ISKP_TAJIKS,
    MINISTER,
    PEOPLE,
    PERCENT,
    SEED_SOURCES,
    TAJIK_SERIES,
    TAJIKS,
    TOLL,
    TOLL_CLAIMS,
    Marks,
    cases_corpus,
    claim,
    disputed_death_corpus,
    exact,
    half_of,
    measure,
    more_than,
    share_of,
    vague,
)
from tests.strategies import SOURCES, figure_claims, measure_kinds

if TYPE_CHECKING:
    import random

CORPUS = cases_corpus()
SEED = load_seed_corpus()


def _reconcile(measure: Measure, *, literal: bool = False) -> Reconciliation:
    return reconcile(CORPUS, CORPUS.claims_for(measure.id), literal=literal)


def _verdicts(result: Reconciliation) -> dict[tuple[str, str], FigureVerdict]:
    return {(verdict.first, verdict.second): verdict.verdict for verdict in result.verdicts()}


def test_tajik_count_reads_as_a_rising_cumulative_count() -> None:
    result = _reconcile(TAJIKS)
    expected = (Trend.RISING, "from [270, 330] (2014/2015) to [1800, 2200] (2014/2019)")
    assert expected == (result.trend, result.trend_reason)
    verdicts = _verdicts(result)
    mashreq = "claim:over-2000"
    # Every figure but Mashreq's fits one running total: each pair agrees or is a count that grew.
    assert {FigureVerdict.AGREE, FigureVerdict.EXPLAINED_BY_TIME} == {
        verdict for pair, verdict in verdicts.items() if mashreq not in pair
    }


@pytest.mark.parametrize(
    ("first", "second", "reason"),
    [
        (
            "claim:about-300",
            "claim:up-to-1000",
            (
                "explained by time: about 300 (2014/2015) and up to 1,000 (2016-01-26): "
                "a cumulative count that grew"
            ),
        ),
        (
            "claim:up-to-1000",
            "claim:1141",
            "explained by time: up to 1,000 (2016-01-26) and 1,141 (2017): a cumulative count that grew",
        ),
        (
            "claim:1094",
            "claim:around-1100",
            "agree: 1,094 (2016-12) and around 1,100 (2017-01): the bounds overlap in {1094}",
        ),
        (
            "claim:around-1100",
            "claim:around-2000",
            (
                "explained by time: around 2,000 (2014/2019) and around 1,100 (2017-01): a cumulative count "
                "that grew (their periods overlap; around 1,100 can be the earlier)"
            ),
        ),
        (
            "claim:over-2000",
            "claim:around-2000",
            "agree: over 2,000 (2014/2016) and around 2,000 (2014/2019): the bounds overlap in (2000, 2200]",
        ),
    ],
    ids=["300-then-1000", "1000-then-1141", "1094-and-1100", "1100-within-2014-2019", "the-2000s"],
)
def test_tajik_count_verdicts(first: str, second: str, reason: str) -> None:
    assert reason == str(_reconcile(TAJIKS).verdict(first, second))


def test_mashreq_over_2000_by_2016_cannot_precede_the_ministrys_1100_in_2017() -> None:
    result = _reconcile(TAJIKS)
    expected = [
        (
            "over 2,000 (2014/2016) and around 1,100 (2017-01): a cumulative count that fell: "
            "around 1,100 is smaller than over 2,000 but dated later"
        ),
        (
            "over 2,000 (2014/2016) and 1,141 (2017): a cumulative count that fell: "
            "1,141 is smaller than over 2,000 but dated later"
        ),
    ]
    assert expected == [verdict.reason for verdict in result.contradictions]


def test_tajik_count_timeline() -> None:
    result = _reconcile(TAJIKS)
    expected = [
        (
            "claim:about-300",
            "2014/2015",
            "[270, 330]",
            "known only to the year: the whole span 2014/2015 is used",
        ),
        (
            "claim:over-2000",
            "2014/2016",
            "(2000, ∞)",
            "known only to the year: the whole span 2014/2016 is used",
        ),
        (
            "claim:around-2000",
            "2014/2019",
            "[1800, 2200]",
            "known only to the year: the whole span 2014/2019 is used",
        ),
        (
            "claim:up-to-1000",
            "2016-01-26",
            "[900, 1000]",
            "no period given: dated by the publication date of source:rferl-2016",
        ),
        ("claim:1094", "2016-12", "{1094}", "known only to the month: the whole span 2016-12 is used"),
        (
            "claim:around-1100",
            "2017-01",
            "[990, 1210]",
            "no period given: 'January' in the quote, read against the publication date 2017-09",
        ),
        (
            "claim:1141",
            "2017",
            "{1141}",
            (
                "no period given: dated by the publication date of source:odr, known only to the year: "
                "the whole span is used"
            ),
        ),
    ]
    assert expected == [
        (figure.claim, figure.placement.label, str(figure.interval), figure.placement.note)
        for figure in result.figures
    ]


def test_gaziantep_arrests_are_a_contradiction() -> None:
    result = _reconcile(GAZIANTEP)
    expected = [
        (
            "contradiction: mainly of 25 (2015-06-21) and only one (2015-06-21): "
            "they cannot both hold for the same event ((12.5, 25] vs {1})"
        )
    ]
    assert expected == [str(verdict) for verdict in result.verdicts()]
    assert [str(verdict) for verdict in result.contradictions] == expected
    derived = result.figure("claim:gaziantep-mainly-tajik").derived
    assert derived is not None
    (consensus,) = result.consensus
    linked = ("claim:gaziantep-mainly-tajik", "claim:gaziantep-25-arrested", True, "[1, 25]")
    assert linked == (derived.share, derived.whole, consensus.contested, str(consensus.interval))


def test_civil_war_toll_is_contested_with_both_kept() -> None:
    result = _reconcile(TOLL)
    (consensus,) = result.consensus
    expected = (
        (
            "one event (all dates): contested [100000, 157000] "
            "(2 independent figures do not all overlap; their span is kept)"
        ),
        ("claim:toll-100000", "claim:toll-157000"),
        [
            (
                "100,000 (1992/1997) and as many as 157,000 (1992/1997): "
                "they cannot both hold for the same event ({100000} vs [141300, 157000])"
            )
        ],
    )
    assert expected == (
        str(consensus),
        consensus.independent,
        [verdict.reason for verdict in result.contradictions],
    )


def test_civil_war_toll_read_literally_agrees() -> None:
    result = _reconcile(TOLL, literal=True)
    (consensus,) = result.consensus
    expected = (False, "{100000}", ())
    assert expected == (consensus.contested, str(consensus.interval), result.contradictions)


REPORTED_AGAIN = claim(
    "claim:1141-minister",
    exact("1,141", 1141, PEOPLE),
    TAJIKS,
    source="source:odr",
    agents=(MINISTER, "org:rferl"),
)


def test_same_figure_from_the_same_root_claimant() -> None:
    claims = (*CORPUS.claims_for(TAJIKS.id), REPORTED_AGAIN)
    result = reconcile(CORPUS, claims)
    expected = (
        "same figure: 1,141 (2017) and 1,141 (2017): the same figure from Tajik government, reported again"
    )
    assert expected == str(result.verdict("claim:1141", "claim:1141-minister"))
    consensus = next(item for item in result.consensus if item.label == "2017")
    behind = (("claim:1141", "claim:1141-minister"), ("claim:1141",))
    assert behind == (consensus.claims, consensus.independent)


def test_without_a_corpus_claimants_are_not_followed_up() -> None:
    claims = (*CORPUS.claims_for(TAJIKS.id), REPORTED_AGAIN)
    result = reconcile(None, claims, measure=TAJIKS, sources=SEED_SOURCES)
    expected = FigureVerdict.AGREE
    assert expected == result.verdict("claim:1141", "claim:1141-minister").verdict
    assert "per org:tajik-interior-ministry" in str(result.figure("claim:1141"))


def _claim(id_: str, value: Estimate, measure: Measure = ISKP) -> Claim:
    return claim(id_, value, measure, source="source:aljazeera", period="2024", agents=("org:aljazeera",))


SEVERAL_THOUSAND = _claim("claim:iskp", vague("several thousand", 3000, 9999))
MORE_THAN_HALF = _claim(
    "claim:half", share_of("claim:iskp", more_than("more than half", 50, PERCENT)), measure=ISKP_TAJIKS
)


def test_a_share_is_reconciled_as_the_count_it_implies() -> None:
    result = reconcile(attrs.evolve(CORPUS, claims=(*CORPUS.claims, SEVERAL_THOUSAND)), [MORE_THAN_HALF])
    figure = result.figure("claim:half")
    expected = ("more than half of several thousand", "(1500, 9999]", "people")
    assert expected == (figure.phrase, str(figure.interval), figure.unit)


def test_chains_of_shares_are_followed() -> None:
    share = _claim(
        "claim:quarter",
        half_of("claim:half"),
        measure=ISKP_TAJIKS,
    )
    result = reconcile(
        None,
        [share, MORE_THAN_HALF, attrs.evolve(SEVERAL_THOUSAND, measure=ISKP_TAJIKS.id)],
        measure=ISKP_TAJIKS,
    )
    expected = "(750, 4999.5]"
    assert expected == str(result.figure("claim:quarter").interval)


def _rate(id_: str, per: str | None) -> Claim:
    return _claim(id_, exact("$100", 100, marks=Marks(per=per)), measure=ISKP_TAJIKS)


MORE_THAN_100 = share_of("claim:iskp", more_than("more than 100%", 100, PERCENT))


@pytest.mark.parametrize(
    ("claims", "claim", "reason"),
    [
        (
            [MORE_THAN_HALF],
            "claim:half",
            "a share of 'claim:iskp', which is not among the claims given or in the corpus",
        ),
        (
            [
                attrs.evolve(
                    MORE_THAN_HALF,
                    value=half_of("claim:loop"),
                ),
                _claim(
                    "claim:loop",
                    half_of("claim:half"),
                    measure=ISKP_TAJIKS,
                ),
            ],
            "claim:half",
            "a share of 'claim:half', which is itself derived from it: the chain of shares is a loop",
        ),
        (
            [
                _claim(
                    "claim:more",
                    vague("hundreds more", 200, 999, marks=ADDITIVE),
                    measure=ISKP_TAJIKS,
                ),
                attrs.evolve(SEVERAL_THOUSAND, measure=ISKP_TAJIKS.id),
            ],
            "claim:more",
            "an increment on another figure, not a total",
        ),
        (
            [
                _claim(
                    "claim:usd",
                    exact("$3 million", 3e6, "USD"),
                    measure=ISKP_TAJIKS,
                ),
            ],
            "claim:usd",
            "in USD, not people",
        ),
        (
            [
                _claim(
                    "claim:rate",
                    exact("$100 a month", 100, PEOPLE, Marks(per="month")),
                    measure=ISKP_TAJIKS,
                ),
                attrs.evolve(SEVERAL_THOUSAND, measure=ISKP_TAJIKS.id),
                attrs.evolve(SEVERAL_THOUSAND, id=ClaimId("claim:iskp-again"), measure=ISKP_TAJIKS.id),
            ],
            "claim:rate",
            "a rate per month, where the other figures are totals",
        ),
        (
            [_rate("claim:total", None), _rate("claim:a", "month"), _rate("claim:b", "month")],
            "claim:total",
            "a total, where the other figures are rates per month",
        ),
        (
            [_rate("claim:yearly", "year"), _rate("claim:a", "month"), _rate("claim:b", "month")],
            "claim:yearly",
            "a rate per year, not per month",
        ),
        (
            [
                attrs.evolve(MORE_THAN_HALF, value=MORE_THAN_100),
                attrs.evolve(SEVERAL_THOUSAND, measure=ISKP_TAJIKS.id),
            ],
            "claim:half",
            "a share of (100, ∞) percent, which is not within 0-100 percent of its whole",
        ),
    ],
    ids=[
        "whole-missing",
        "loop",
        "increment",
        "other-unit",
        "rate-among-totals",
        "total-among-rates",
        "other-rate",
        "over-100-percent",
    ],
)
def test_figures_set_aside(claims: list[Claim], claim: str, reason: str) -> None:
    result = reconcile(None, claims, measure=ISKP_TAJIKS)
    figure = result.figure(claim)
    assert (reason, None) == (figure.set_aside, figure.interval)
    assert claim not in {item for consensus in result.consensus for item in consensus.claims}
    assert result.notes[-1].endswith("set aside (see each figure)")


def test_lookups_the_corpus_cannot_answer() -> None:
    stray = attrs.evolve(MORE_THAN_HALF, source=SourceId("source:elsewhere"), period=None)
    figure = reconcile(CORPUS, [stray]).figure("claim:half")
    expected = (
        "no period given, and its source is not known",
        "a share of 'claim:iskp', which is not among the claims given or in the corpus",
    )
    assert expected == (figure.placement.note, figure.set_aside)


def test_a_measure_the_corpus_does_not_hold() -> None:
    claim = attrs.evolve(TOLL_CLAIMS[0], measure=MeasureId("measure:elsewhere"))
    result = reconcile(CORPUS, [claim])
    expected = ("the measure 'measure:elsewhere' is not in the corpus: its figures are read as a snapshot",)
    assert expected == result.notes


def test_measure_not_given_is_read_as_a_snapshot() -> None:
    result = reconcile(None, CORPUS.claims_for(TOLL.id), sources=SEED_SOURCES)
    expected = (
        MeasureKind.SNAPSHOT,
        "people",
        ("the measure 'measure:tajik-civil-war-deaths' was not given: its figures are read as a snapshot",),
    )
    assert expected == (result.kind, result.unit, result.notes)


def test_an_empty_measure() -> None:
    result = reconcile(None, [], measure=TOLL)
    expected = ((), (), Trend.NONE)
    assert expected == (result.figures, result.consensus, result.trend)
    assert "    (no figures)" in str(result).splitlines()


NO_VALUE = Claim(
    id=ClaimId("claim:statement"),
    source=TOLL_CLAIMS[0].source,
    quote=TOLL_CLAIMS[0].quote,
    statement="The IRPT was banned.",
)


@pytest.mark.parametrize(
    ("claims", "measure", "message"),
    [
        (
            [NO_VALUE],
            None,
            (
                "cannot reconcile: claim 'claim:statement' gives no figure (no measure): "
                "pass only claims with a value"
            ),
        ),
        (
            [TOLL_CLAIMS[0], TOLL_CLAIMS[0]],
            None,
            "cannot reconcile: claim 'claim:toll-157000' is given twice: pass each claim once",
        ),
        (
            [TOLL_CLAIMS[0], TAJIK_SERIES[0]],
            None,
            (
                "cannot reconcile: claims for several measures: 'measure:tajik-civil-war-deaths' (1 claims), "
                "'measure:tajiks-joined-is-syria-iraq' (1 claims); reconcile one measure at a time, "
                "or related measures together with reconcile_family"
            ),
        ),
        (
            [TOLL_CLAIMS[0]],
            TAJIKS,
            (
                "cannot reconcile: claims for several measures: 'measure:tajik-civil-war-deaths' (1 claims), "
                "'measure:tajiks-joined-is-syria-iraq' (0 claims); reconcile one measure at a time, "
                "or related measures together with reconcile_family"
            ),
        ),
        ([], None, "cannot reconcile: no claims and no measure: pass the measure to reconcile an empty list"),
        (
            [disputed_death_corpus().claims[0]],
            None,
            "cannot reconcile: claim 'claim:killed' gives a word ('killed'), not a figure: "
            "use fact_summary for words",
        ),
    ],
    ids=["no-value", "twice", "two-measures", "other-measure", "nothing", "a-word"],
)
def test_errors(claims: list[Claim], measure: Measure | None, message: str) -> None:
    with pytest.raises(ReconcileError) as caught:
        reconcile(None, claims, measure=measure)
    assert message == str(caught.value)


def test_a_measure_by_id_reconciles_every_claim_the_corpus_holds_for_it() -> None:
    by_id = reconcile(CORPUS, TOLL.id)
    assert (by_id, by_id) == (
        reconcile(CORPUS, CORPUS.claims_for(TOLL.id)),
        reconcile(CORPUS, TOLL.id, measure=TOLL),
    )


@pytest.mark.parametrize(
    ("corpus", "measure", "error", "message"),
    [
        pytest.param(
            None,
            None,
            ReconcileError,
            "cannot reconcile 'measure:tajik-civil-war-deaths' without a corpus: pass the corpus that holds "
            "the measure, or pass its claims",
            id="no-corpus",
        ),
        pytest.param(
            CORPUS,
            TAJIKS,
            ReconcileError,
            "cannot reconcile 'measure:tajik-civil-war-deaths' as the measure "
            "'measure:tajiks-joined-is-syria-iraq': give one measure, by id or as an object",
            id="another-measure",
        ),
    ],
)
def test_a_measure_id_that_cannot_be_reconciled(
    corpus: Corpus | None, measure: Measure | None, error: type[Exception], message: str
) -> None:
    with pytest.raises(error) as caught:
        reconcile(corpus, TOLL.id, measure=measure)
    assert message == str(caught.value)


def test_a_measure_id_the_corpus_does_not_hold() -> None:
    with pytest.raises(UnknownIdError) as caught:
        reconcile(CORPUS, "measure:nowhere")
    assert "no measure with id 'measure:nowhere' in this corpus" == str(caught.value)


@given(figure_claims(scoped=True), measure_kinds, st.randoms())
def test_order_of_the_claims_does_not_matter(
    claims: list[Claim], kind: MeasureKind, rng: random.Random
) -> None:
    shuffled = claims[:]
    rng.shuffle(shuffled)
    of_kind = measure(kind)
    assert reconcile(None, claims, measure=of_kind, sources=SOURCES) == reconcile(
        None, shuffled, measure=of_kind, sources=SOURCES
    )


def _inside(interval: Interval) -> float:
    """A number inside a non-negative interval (or the non-negative part of it)."""
    low = max(interval.low or 0.0, 0.0)
    if interval.high is None:
        return low + 1
    return (low + interval.high) / 2


@given(figure_claims(max_size=8, scoped=True).filter(bool), measure_kinds, st.data())
def test_a_figure_inside_the_consensus_never_widens_it(
    claims: list[Claim], kind: MeasureKind, data: st.DataObject
) -> None:
    of_kind = measure(kind)
    before = reconcile(None, claims, measure=of_kind, sources=SOURCES)
    if not before.consensus:
        return
    consensus = data.draw(st.sampled_from(before.consensus))
    point = _inside(consensus.interval)
    template = before.figure(consensus.claims[0])
    original = next(claim for claim in claims if claim.id == template.claim)
    added = attrs.evolve(
        original,
        id=ClaimId("claim:added"),
        value=exact("a figure", point),
        attribution=(),
    )
    after = reconcile(None, [*claims, added], measure=of_kind, sources=SOURCES)
    days = None if consensus.period is None else consensus.period.days()
    widened = next(
        item
        for item in after.consensus
        if (None if item.period is None else item.period.days()) == days and item.scope == consensus.scope
    )
    assert consensus.interval.encloses(widened.interval)
    assert "claim:added" in widened.claims
