# ruff: noqa: E501  (exact reasons are asserted whole, one string a reason)
"""Scenario corpora of reporting over time, imported from tables as a user brings them in, with the verdicts an
analyst expects (written before the scenarios were run; see ``tests/data/scenarios/README.md``)."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from centasia_claims import check_provenance, reconcile
from centasia_claims.cli import main
from centasia_claims.reconciliation import Dating, FigureVerdict, Reconciliation
from tests.builders.docs import generated, write_generated
from tests.builders.imported import SCENARIOS, Imported, imported

if TYPE_CHECKING:
    from centasia_claims import Corpus

TOLL = "measure:people-killed-in-the-karatau-concert-hall-attack"


def _reconciled(table: str, tmp_path: Path) -> tuple[Imported, Reconciliation]:
    scenario = imported(table, tmp_path)
    (measure,) = scenario.corpus.measures
    return scenario, reconcile(scenario.corpus, measure.id)


def test_a_toll_revised_up_then_down_by_investigators_with_an_officials_figure_in_between(
    tmp_path: Path,
) -> None:
    scenario, result = _reconciled("attack-toll.jsonl", tmp_path)
    # Every figure of the investigators is revised by their latest; the officials' "about 60" is from another
    # origin, and without an authority order nothing revises it: a contradiction with the current figure,
    # and an outlier (outside every later confirmed figure).
    assert [
        ("attack: 40", "karatau-trial: 137"),
        ("toll-115: 115", "karatau-trial: 137"),
        ("2024-03-23-investigators: 115", "karatau-trial: 137"),
        ("karatau-133: 133", "karatau-trial: 137"),
        ("toll-139: 139", "karatau-trial: 137"),
    ] == [(scenario.name(item.superseded), scenario.name(item.by)) for item in result.superseded]
    assert [
        "About 60 (2024-03-23) and 137 (2024-04-02): they cannot both hold for the same event ([54, 66] vs {137}); the later figure does not revise the earlier: it comes from another origin (Investigative Committee, not Interior Ministry), and without an authority order only a figure's own origin revises it"
    ] == [verdict.reason for verdict in result.contradictions]
    assert ["2024-03-23-toll: About 60"] == [scenario.name(claim) for claim in result.outliers]
    assert (
        "137 {137} (<karatau-trial: 137>): the latest figure given, from Investigative Committee (given 2024-04-20); 5 earlier figures superseded; 1 outlier left out (About 60 from Interior Ministry): outside every later confirmed figure, and no later figure of its origin or of one ranked above it revises it"
    ) == scenario.named(str(result.current))
    assert ((), ()) == (result.reporting_conflicts, result.stale_relays)


@pytest.mark.parametrize(
    ("first", "second", "verdict"),
    [
        (("attack", "40"), ("toll-139", "139"), FigureVerdict.SUPERSEDED),
        (("toll-139", "139"), ("revised", "137"), FigureVerdict.SUPERSEDED),  # corrected down
        (("toll-115", "115"), ("investigators", "115"), FigureVerdict.SAME_FIGURE),  # one statement
        (("revised", "137"), ("karatau-trial", "137"), FigureVerdict.SAME_FIGURE),
        (("2024-03-23-toll", "About 60"), ("karatau-133", "133"), FigureVerdict.CONTRADICTION),
    ],
    ids=["raised", "corrected-down", "one-statement", "repeated", "another-origin"],
)
def test_toll_pair_verdicts(
    tmp_path: Path, first: tuple[str, str], second: tuple[str, str], verdict: FigureVerdict
) -> None:
    scenario, result = _reconciled("attack-toll.jsonl", tmp_path)
    assert verdict is result.verdict(scenario.claim(*first), scenario.claim(*second)).verdict


def test_an_unconfirmed_report_of_a_higher_toll_neither_makes_outliers_nor_is_the_current_figure(
    tmp_path: Path,
) -> None:
    scenario, result = _reconciled("attack-toll-rumour.jsonl", tmp_path)
    # "Unconfirmed reports on social media" (status hearsay, stance unconfirmed) confirm nothing: the
    # officials' "about 60" is no outlier against them, and stays the current figure.
    assert ["attack: 40"] == [scenario.name(claim) for claim in result.outliers]
    assert (
        "About 60 [54, 66] (<2024-03-23-toll: About 60>): the latest figure given, from Interior Ministry (given 2024-03-23); 1 later figure the text does not stand behind (unconfirmed, hearsay or an allegation) not taken; 1 outlier left out (40 from Investigative Committee): outside every later confirmed figure, and no later figure of its origin or of one ranked above it revises it"
    ) == scenario.named(str(result.current))


def test_an_anniversary_piece_repeating_the_first_toll_is_a_stale_relay_not_a_revision(
    tmp_path: Path,
) -> None:
    scenario, result = _reconciled("attack-toll-anniversary.jsonl", tmp_path)
    relay = scenario.claim("karatau-anniversary", "40")
    assert [
        "karatau-anniversary: 40: a relay of 2025-03-22 repeating 40, the figure Investigative Committee gave for 2024-03-22 (<attack: 40>), since revised by Investigative Committee: placed at that date"
    ] == [
        f"{scenario.name(claim)}: {scenario.named(result.figure(claim).stale)}"
        for claim in result.stale_relays
    ]
    assert FigureVerdict.STALE_RELAY is result.verdict(relay, scenario.claim("attack", "40")).verdict
    assert result.current is not None
    assert ("karatau-trial: 137", 6) == (scenario.name(result.current.claim), len(result.superseded))


def test_a_toll_corrected_back_to_a_figure_given_before_is_a_revision(tmp_path: Path) -> None:
    scenario, result = _reconciled("attack-toll-corrected-back.jsonl", tmp_path)
    assert [
        ("toll-144: 144", "2024-03-27-toll-145: 145"),
        ("2024-03-27-toll-145: 145", "karatau-144-again: 144"),
    ] == [(scenario.name(item.superseded), scenario.name(item.by)) for item in result.superseded]
    assert ((), ()) == (result.stale_relays, result.contradictions)
    assert result.current is not None
    assert "karatau-144-again: 144" == scenario.name(result.current.claim)


def test_with_an_authority_order_the_investigators_figure_revises_the_officials(tmp_path: Path) -> None:
    scenario, result = _reconciled("attack-toll-authority.jsonl", tmp_path)
    assert (
        "About 60 (2024-03-23) and 137 (2024-04-20): 137 (given 2024-04-20) supersedes About 60 (given 2024-03-23): a later figure from Investigative Committee, ranked above Interior Ministry in the measure's authority order"
    ) == next(
        item.reason for item in result.superseded if scenario.name(item.superseded).endswith("About 60")
    )
    assert ((), (), 6) == (result.contradictions, result.outliers, len(result.superseded))
    assert ["one event (all dates): {137} (one figure: 137, reported again)"] == [
        str(item) for item in result.consensus
    ]
    assert result.current is not None
    assert (
        "the latest figure given by the highest-ranked origin, Investigative Committee (given 2024-04-20); 6 earlier figures superseded"
    ) == result.current.reason


def test_the_estimates_command_shows_the_current_figure_and_why_the_officials_figure_stands(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert 0 == main(
        ["import", str(SCENARIOS / "attack-toll.jsonl"), "-o", str(tmp_path / "mine"), "--no-base"]
    )
    capsys.readouterr()
    assert 0 == main(["estimates", TOLL, "--corpus", str(tmp_path / "mine"), "--max-pairs", "0"])
    shown = capsys.readouterr().out
    assert "  outliers (low confidence):\n    2024-03-23: About 60 -> [54, 66] [claim:steppe-wire-" in shown
    assert (
        "; 5 earlier figures superseded; 1 outlier left out (About 60 from Interior Ministry): outside every "
        "later confirmed figure, and no later figure of its origin or of one ranked above it revises it\n"
    ) in shown
    assert (
        "(Investigative Committee, not Interior Ministry), and without an authority order only a figure's own origin revises it"
        in shown
    )


def test_a_press_conference_reported_by_two_wires_with_different_figures(tmp_path: Path) -> None:
    scenario, result = _reconciled("press-conference.jsonl", tmp_path)
    # Four reports of one press conference, one a day later that dates it "on January 25": the three that
    # give 94 are one observation, the wire that gives "some 49" conflicts with each.
    assert [
        "94 (2016-01-25) and Some 49 (2016-01-25): two reports of one statement (Rahim Nazarov on 2016-01-25, for 2016-01-25) differ: Asia Wire (source:asia-wire-4234bd99) wrote '94', Eurasia Press Agency (source:eurasia-press-agency-9cf6d334) wrote 'Some 49'; one speaker cannot have said both",
        "94 (2016-01-25) and Some 49 (2016-01-25): two reports of one statement (Rahim Nazarov on 2016-01-25, for 2016-01-25) differ: Dushanbe Post (source:dushanbe-post-bf76db5a) wrote '94', Eurasia Press Agency (source:eurasia-press-agency-9cf6d334) wrote 'Some 49'; one speaker cannot have said both",
        "Some 49 (2016-01-25) and 94 (2016-01-25): two reports of one statement (Rahim Nazarov on 2016-01-25, for 2016-01-25) differ: Eurasia Press Agency (source:eurasia-press-agency-9cf6d334) wrote 'Some 49', Pamir News (source:pamir-news-3626bd0a) wrote '94'; one speaker cannot have said both",
    ] == [verdict.reason for verdict in result.reporting_conflicts]
    assert () == result.contradictions
    assert (
        FigureVerdict.SAME_FIGURE
        is result.verdict(scenario.claim("asia-wire", "94"), scenario.claim("dushanbe-post", "94")).verdict
    )
    assert [
        "2016-01-25: contested [44.1, 94] (2 independent figures do not all overlap; their span is kept)"
    ] == [str(item) for item in result.consensus]
    assert ("none", "fewer than two dated periods") == (result.trend.value, result.trend_reason)


def test_reports_that_spell_the_minister_differently_are_reports_of_his_one_statement(tmp_path: Path) -> None:
    # "Interior Minister Rahim Nazarov", "Rahim Nazarov", "Minister Nazarov", "Nazarov": one speaker.
    scenario, result = _reconciled("press-conference-spellings.jsonl", tmp_path)
    assert ({"person:rahim-nazarov"}, 3, ()) == (
        {figure.claimant for figure in result.figures},
        len(result.reporting_conflicts),
        result.contradictions,
    )
    assert (
        FigureVerdict.REPORTING_CONFLICT
        is result.verdict(
            scenario.claim("asia-wire", "94"), scenario.claim("eurasia-press", "Some 49")
        ).verdict
    )


def test_reports_that_name_the_press_conference_are_one_statement_whenever_they_appeared(
    tmp_path: Path,
) -> None:
    scenario, result = _reconciled("press-conference-occasion.jsonl", tmp_path)
    weekly = result.figure(scenario.claim("weekly-review", "49"))
    assert (
        "2016-01-25",
        'a report of the statement "interior minister\'s press conference, January 2016" published 2016-01-28: placed when it was given',
    ) == (
        weekly.placement.label,
        weekly.placement.note,
    )
    assert (
        FigureVerdict.SAME_FIGURE
        is result.verdict(weekly.claim, scenario.claim("eurasia-press", "Some 49")).verdict
    )
    assert (
        FigureVerdict.REPORTING_CONFLICT
        is result.verdict(weekly.claim, scenario.claim("asia-wire", "94")).verdict
    )
    # The weekly's 49 agrees with the wire's "some 49": the statement's reports are two values, not three.
    assert (
        4,
        (),
        ["2016-01-25: contested [44.1, 94] (2 independent figures do not all overlap; their span is kept)"],
    ) == (
        len(result.reporting_conflicts),
        result.contradictions,
        [str(item) for item in result.consensus],
    )
    assert "none" == result.trend.value


def test_relays_a_year_later_repeating_an_old_figure_with_and_without_as_of(tmp_path: Path) -> None:
    scenario, result = _reconciled("stale-relay.jsonl", tmp_path)
    assert [
        "central-asia-returnees: about 1,100: a relay of 2018-02-01 repeating a figure as of 2016-01",
        "radicalisation: about 1,100: a relay of 2017-06-15 repeating About 1,100, the figure Interior Ministry gave for 2016-01-20 (<fighters: About 1,100>): placed at that date",
    ] == [
        f"{scenario.name(claim)}: {scenario.named(result.figure(claim).stale)}"
        for claim in result.stale_relays
    ]
    relay = scenario.claim("radicalisation", "about 1,100")
    assert (
        FigureVerdict.STALE_RELAY
        is result.verdict(relay, scenario.claim("2016/01/20/fighters", "About 1,100")).verdict
    )
    # Placed at the figure it repeats, the relay is no drop from the ministry's later 1,141.
    assert (
        FigureVerdict.AGREE is result.verdict(relay, scenario.claim("2017/03/02/fighters", "1,141")).verdict
    )
    assert ((), "steady") == (result.contradictions, result.trend.value)


@pytest.mark.parametrize(
    ("table", "relay", "other", "reason"),
    [
        (
            "stale-relay-text.jsonl",
            ("central-asia-returnees", "1,094"),
            ("fighters", "1,141"),
            "1,094 (2016-01) and 1,141 (2017-03-02): a cumulative count that grew",
        ),
        (  # "По состоянию на январь 2016 года"
            "stale-relay-text-ru.jsonl",
            ("vozvrashchency", "1 094 гражданина"),
            ("1141", "1 141 гражданин"),
            "1 094 гражданина (2016-01) and 1 141 гражданин (2017-03-02): a cumulative count that grew",
        ),
    ],
    ids=["english", "russian"],
)
def test_a_relay_that_says_as_of_in_its_text_is_placed_there_without_an_as_of_cell(
    tmp_path: Path, table: str, relay: tuple[str, str], other: tuple[str, str], reason: str
) -> None:
    scenario, result = _reconciled(table, tmp_path)
    stale = scenario.claim(*relay)
    assert (
        "2016-01",
        "a relay of 2018-02-01 repeating a figure as of 2016-01",
    ) == (result.figure(stale).placement.label, result.figure(stale).stale)
    pair = result.verdict(stale, scenario.claim(*other))
    assert (FigureVerdict.EXPLAINED_BY_TIME, reason) == (pair.verdict, pair.reason)
    assert ((), "rising") == (result.contradictions, result.trend.value)


@pytest.mark.parametrize(
    ("table", "verdict", "reason", "trend"),
    [
        (
            "falling-count.jsonl",
            FigureVerdict.CONTRADICTION,
            "300 (2018-05-10) and 250 (2019-02-12): a cumulative count that fell: 250 is smaller than 300 but dated later",
            "falling from {300} (2018-05-10) to {250} (2019-02-12); a running total cannot fall: its figures contradict each other",
        ),
        (
            "growing-count.jsonl",
            FigureVerdict.EXPLAINED_BY_TIME,
            "300 (2018-05-10) and 350 (2019-02-12): a cumulative count that grew",
            "rising from {300} (2018-05-10) to {350} (2019-02-12)",
        ),
    ],
    ids=["fell", "grew"],
)
def test_an_official_count_since_a_date_is_as_of_when_it_was_given(
    tmp_path: Path, table: str, verdict: FigureVerdict, reason: str, trend: str
) -> None:
    scenario, result = _reconciled(table, tmp_path)
    first, second = (claim.id for claim in scenario.corpus.claims)
    pair = result.verdict(first, second)
    assert (verdict, reason, trend) == (
        pair.verdict,
        pair.reason,
        f"{result.trend.value} {result.trend_reason}",
    )


def test_a_dated_series_in_one_source_keeps_its_series(tmp_path: Path) -> None:
    scenario, result = _reconciled("dated-series.jsonl", tmp_path)
    series = [scenario.claim("recruitment", phrase) for phrase in ("200", "700", "1,000")]
    assert [FigureVerdict.EXPLAINED_BY_TIME] * 3 == [
        result.verdict(one, other).verdict
        for one, other in ((series[0], series[1]), (series[1], series[2]), (series[0], series[2]))
    ]
    # One page gives the speaker two figures on one day, with no date of their own: not two reports of one
    # statement (one page wrote both), so they contradict each other as two figures of one origin.
    assert [
        "1,000 (2016) and 900 (2017-02-01): a cumulative count that fell: 900 is smaller than 1,000 but dated later",
        "More than 1,000 (2017-02-01) and 900 (2017-02-01): a cumulative count that fell: 900 is smaller than More than 1,000 but dated no earlier",
    ] == [verdict.reason for verdict in result.contradictions]
    assert () == result.reporting_conflicts


@pytest.mark.parametrize(
    ("table", "consensus"),
    [
        ("one-work-declared.jsonl", "2019-05: [450, 550] (one figure: About 500, reported 2 more times)"),
        ("one-work-undeclared.jsonl", "2019-05: [450, 550] (2 independent figures overlap)"),
    ],
    ids=["declared", "undeclared"],
)
def test_a_translation_and_a_mirror_of_one_article_are_one_figure_once_declared(
    tmp_path: Path, table: str, consensus: str
) -> None:
    _, result = _reconciled(table, tmp_path)
    assert [consensus] == [str(item) for item in result.consensus]


def test_a_press_conference_reported_in_russian_and_tajik_is_one_statement(tmp_path: Path) -> None:
    scenario, result = _reconciled("press-conference-ru.jsonl", tmp_path)
    # The weekly of the next day dates the statement "25 января"; the minister is spelled in Russian and in
    # Tajik Cyrillic; the three reports of 94 are one observation, the wire's "около 49" conflicts with each.
    assert [["Рамазон Рахимзода", "Рамазон Раҳимзода"]] == [
        [name.text for name in person.names] for person in scenario.corpus.persons
    ]
    assert {"Рамазон Рахимзода on 2016-01-25, for 2016-01-25"} == {
        figure.occasion for figure in result.figures
    }
    weekly = result.figure(scenario.claim("dushanbe-weekly", "94 гражданина"))
    assert ("2016-01-25", Dating.SPOKEN) == (weekly.placement.label, weekly.placement.dating)
    assert [
        ("vozvrashchency: 94 гражданина", "49: Около 49 граждан"),
        ("94: 94 гражданина", "49: Около 49 граждан"),
        ("94: 94 нафар", "49: Около 49 граждан"),
    ] == [
        (scenario.name(verdict.first), scenario.name(verdict.second))
        for verdict in result.reporting_conflicts
    ]
    assert () == result.contradictions


# Held-out scenarios: tables of reporting patterns the ones above do not cover, each item labelled with what an
# analyst says (``tests/data/scenario_labels.jsonl``) and with what the code of 0.1.0's line gave before the
# rules for them were written (``main``). docs/reconciliation.md shows the scores in a generated table;
# regenerate it with ``python -m tests.reconciliation.test_scenarios``.

LABELS = Path(__file__).parents[1] / "data" / "scenario_labels.jsonl"
LABELLED: list[dict[str, Any]] = [
    json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines() if line
]
DOC = Path(__file__).parents[2] / "docs" / "reconciliation.md"
BEGIN = "<!-- generated by `python -m tests.reconciliation.test_scenarios`: do not edit below -->"
END = "<!-- end of generated scenario table -->"
_FINDINGS = frozenset({"likely_duplicate", "misattributed_claimant", "period_after_publication"})


def _ref(corpus: Corpus, claim: str) -> dict[str, str]:
    item = corpus.claim(claim)
    return {"url": corpus.source(item.source).url or "", "figure": item.value.phrase if item.value else ""}


def _found(corpus: Corpus, result: Reconciliation, row: dict[str, Any]) -> object:
    """What the library gives now for a labelled item."""
    check = row["check"]
    if check == "pair":
        by_ref = {json.dumps(_ref(corpus, figure.claim)): figure.claim for figure in result.figures}
        first, second = by_ref[json.dumps(row["first"])], by_ref[json.dumps(row["second"])]
        return result.verdict(first, second).verdict.value
    if check == "current":
        return None if result.current is None else _ref(corpus, result.current.claim)
    if check in {"stale", "outliers"}:
        claims = result.stale_relays if check == "stale" else result.outliers
        return sorted((_ref(corpus, claim) for claim in claims), key=json.dumps)
    if check == "trend":
        fell = "; a running total that fell" if "cannot fall" in result.trend_reason else ""
        return f"{result.trend.value}{fell}"
    assert "findings" == check
    return sorted(
        (
            {"kind": finding.kind.value, "claims": [_ref(corpus, claim) for claim in finding.claims]}
            for finding in check_provenance(corpus).findings
            if finding.kind.value in _FINDINGS
        ),
        key=json.dumps,
    )


def _scored(table: str, folder: Path) -> list[tuple[dict[str, Any], object]]:
    """Each labelled item of a held-out table, with what the library gives now."""
    scenario = imported(table, folder)
    (measure,) = scenario.corpus.measures
    result = reconcile(scenario.corpus, measure.id)
    return [(row, _found(scenario.corpus, result, row)) for row in LABELLED if row["table"] == table]


HELD_OUT = sorted({row["table"] for row in LABELLED})


def render(folder: Path) -> str:
    """The generated table of docs/reconciliation.md: per held-out table, items right before and now."""
    lines = [
        "| scenario | labelled items | right before these rules | right now |",
        "|---|---:|---:|---:|",
    ]
    totals = [0, 0, 0]
    for index, table in enumerate(HELD_OUT):
        scored = _scored(table, folder / str(index))
        counts = (
            len(scored),
            sum(row["main"] == row["expected"] for row, _ in scored),
            sum(now == row["expected"] for row, now in scored),
        )
        totals = [total + count for total, count in zip(totals, counts, strict=True)]
        lines.append(f"| `{table}` | {counts[0]} | {counts[1]} | {counts[2]} |")
    lines.append(f"| all | {totals[0]} | {totals[1]} | {totals[2]} |")
    return "\n".join(lines)


def test_the_held_out_set_is_labelled_for_every_pattern() -> None:
    assert len(HELD_OUT) >= 12
    assert len(LABELLED) >= 100
    assert {"pair", "current", "stale", "outliers", "findings", "trend"} == {row["check"] for row in LABELLED}
    assert all((SCENARIOS / table).exists() for table in HELD_OUT)


@pytest.mark.parametrize("table", HELD_OUT)
def test_every_labelled_item_of_a_held_out_scenario_is_right(table: str, tmp_path: Path) -> None:
    wrong = [(row, now) for row, now in _scored(table, tmp_path) if now != row["expected"]]
    assert [] == wrong


def test_the_scenario_table_in_the_docs_is_current(tmp_path: Path) -> None:
    assert render(tmp_path) == generated(DOC, BEGIN, END)


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        write_generated(DOC, BEGIN, END, render(Path(folder)))
