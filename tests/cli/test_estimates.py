from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest

from centasia_claims import load_seed_corpus, reconcile
from centasia_claims.cli import main
from centasia_claims.cli._estimates import reconciliation_data
from centasia_claims.serialization import unstructure
from tests.builders import TOLL, TOLL_CLAIMS, anchored, cases_corpus, claim, exact, write
from tests.builders.over_time import press_conference, revised_toll

if TYPE_CHECKING:
    from pathlib import Path


@pytest.fixture(scope="module")
def corpus_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed-modelled cases written as a corpus folder, as ``--corpus`` reads one."""
    return write(anchored(cases_corpus()), tmp_path_factory.mktemp("corpus"))


def test_bundled_corpus(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["estimates"])
    header = (
        "measure:tajiks-joined-is-syria-iraq: Tajik nationals who went to Syria and Iraq to join IS "
        "(cumulative, people)"
    )
    expected = (0, True)
    assert expected == (code, header in capsys.readouterr().out.splitlines())


def test_one_measure_of_a_corpus_folder(corpus_folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["estimates", "measure:gaziantep-tajiks-arrested", "--corpus", str(corpus_folder)])
    expected = "\n".join(
        [
            (
                "measure:gaziantep-tajiks-arrested: "
                "Tajik citizens among those arrested in Gaziantep (event, people)"
            ),
            "  timeline:",
            "    2015-06-21: mainly of 25 -> (12.5, 25] [claim:gaziantep-mainly-tajik, per Turkish media]",
            "    2015-06-21: only one -> {1} [claim:gaziantep-one-tajik, per the Tajik embassy in Ankara]",
            "  verdicts:",
            (
                "    contradiction: mainly of 25 (2015-06-21) and only one (2015-06-21): "
                "they cannot both hold for the same event ((12.5, 25] vs {1})"
            ),
            "  consensus:",
            (
                "    one event (all dates): contested [1, 25] "
                "(2 independent figures do not all overlap; their span is kept)"
            ),
            "  contradictions:",
            (
                "    mainly of 25 (2015-06-21) and only one (2015-06-21): "
                "they cannot both hold for the same event ((12.5, 25] vs {1})"
            ),
            "  reading: none: an event count does not change over time; 1 contradicting pair",
            "",
        ]
    )
    assert (0, expected) == (code, capsys.readouterr().out)


def test_json(corpus_folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["estimates", "measure:tajik-civil-war-deaths", "--corpus", str(corpus_folder), "--json"])
    (data,) = json.loads(capsys.readouterr().out)
    consensus = data["consensus"][0]
    figure = data["figures"][1]
    expected = (
        0,
        "event",
        1,
        True,
        {
            "low": 100000,
            "high": 157000,
            "low_inclusive": True,
            "high_inclusive": True,
            "text": "[100000, 157000]",
        },
        ["claim:toll-100000", "claim:toll-157000"],
        ("claim:toll-157000", "1992/1997", "coarse"),
        "contradiction",
    )
    assert expected == (
        code,
        data["kind"],
        data["pairs"],
        consensus["contested"],
        consensus["interval"],
        consensus["claims"],
        (figure["claim"], figure["placement"]["period"], figure["placement"]["dating"]),
        data["contradictions"][0]["verdict"],
    )


def test_literal(corpus_folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(
        ["estimates", "measure:tajik-civil-war-deaths", "--corpus", str(corpus_folder), "--json", "--literal"]
    )
    (data,) = json.loads(capsys.readouterr().out)
    expected = (False, "{100000}", "agree")
    assert expected == (
        data["consensus"][0]["contested"],
        data["consensus"][0]["interval"]["text"],
        data["verdicts"][0]["verdict"],
    )


def test_max_pairs(corpus_folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(
        [
            "estimates",
            "measure:tajiks-joined-is-syria-iraq",
            "--corpus",
            str(corpus_folder),
            "--max-pairs",
            "3",
        ]
    )
    lines = capsys.readouterr().out.splitlines()
    start = lines.index("  verdicts:")
    expected = ["  verdicts:", "    ... and 18 more pairs", "  consensus:"]
    assert expected == [lines[start], lines[start + 4], lines[start + 5]]
    assert (
        "  reading: rising: from [270, 330] (2014/2015) to [1800, 2200] (2014/2019); 2 contradicting pairs"
        in lines
    )


def test_unknown_measure(corpus_folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["estimates", "measure:nope", "--corpus", str(corpus_folder)])
    expected = (
        2,
        (
            "centasia-claims estimates: no measure 'measure:nope' in this corpus "
            "(centasia-claims report lists them all)\n"
        ),
    )
    assert expected == (code, capsys.readouterr().err)


def test_a_measure_without_figures(corpus_folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["estimates", "measure:iskp-soldiers", "--corpus", str(corpus_folder)])
    expected = "\n".join(
        [
            "measure:iskp-soldiers: ISKP soldiers (snapshot, people)",
            "  timeline:",
            "    (no figures)",
            "  consensus:",
            "  reading: none: fewer than two dated periods; no contradictions",
            "",
        ]
    )
    assert expected == capsys.readouterr().out


def test_json_of_a_figure_set_aside() -> None:
    usd = claim("claim:usd", exact("$3 million", 3e6, "USD"), TOLL, period="1997", agents=("org:x",))
    data = reconciliation_data(reconcile(None, [usd, *TOLL_CLAIMS], measure=TOLL))
    figure = next(item for item in data["figures"] if item["claim"] == "claim:usd")
    expected = (None, "in USD, not people", "USD")
    assert expected == (figure["interval"], figure["set_aside"], figure["unit"])


def test_json_is_the_reconciliation_as_the_converter_writes_it_with_the_pairs_shown(
    capsys: pytest.CaptureFixture[str],
) -> None:
    measure = "measure:tajiks-joined-is-syria-iraq"
    assert 0 == main(["estimates", measure, "--json", "--max-pairs", "2"])
    (data,) = json.loads(capsys.readouterr().out)
    result = reconcile(load_seed_corpus(), measure)
    verdicts = data.pop("verdicts")
    assert (json.loads(json.dumps(unstructure(result))), 2, 45) == (data, len(verdicts), data["pairs"])


def test_unread_lists_the_words_before_figures_no_table_knows(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["estimates", "--unread"])
    lines = capsys.readouterr().out.splitlines()
    expected = (
        0,
        "While  5  unknown  'returned from Syria and Iraq, while 148 had been killed in fighting t'",
    )
    assert expected == (code, lines[0].replace("while", "While", 1))


def test_unread_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["estimates", "--unread", "--json"])
    data = json.loads(capsys.readouterr().out)
    assert (0, ["word", "count", "hedge_like", "example"]) == (code, list(data[0]))


def test_unread_in_a_corpus_without_any(corpus_folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["estimates", "--unread", "--corpus", str(corpus_folder)])
    assert (0, "no unread words before figures\n") == (code, capsys.readouterr().out)


def test_a_revised_toll_shows_what_was_superseded_and_the_current_figure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write(revised_toll(), tmp_path / "toll")
    code = main(["estimates", "measure:quake-deaths", "--corpus", str(folder), "--max-pairs", "0"])
    shown = capsys.readouterr().out.splitlines()
    assert 0 == code
    start = shown.index("  superseded:")
    assert [
        "  superseded:",
        "    40 (2021-05-01) and 47 (2021-05-04): 47 (given 2021-05-04) supersedes 40 (given 2021-05-01): a "
        "later figure from the Government, ranked above the Police in the measure's authority order",
        "    about 300 (2021-05-01) and 47 (2021-05-04): 47 (given 2021-05-04) supersedes about 300 (given "
        "2021-05-01): a later figure from the Government, ranked above the Red Crescent in the measure's "
        "authority order",
        "    52 (2021-05-02) and 47 (2021-05-04): 47 (given 2021-05-04) supersedes 52 (given 2021-05-02): a "
        "later figure from the same origin, the Government, revises it",
        "  current: 47 {47} (claim:ministry-47): the latest figure given by the highest-ranked origin, the "
        "Government (given 2021-05-04); 3 earlier figures superseded",
        "  reading: none: an event count does not change over time; no contradictions, 3 superseded figures",
    ] == shown[start:]


def test_reports_of_one_press_conference_that_differ_are_shown_as_a_reporting_conflict(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write(press_conference(210), tmp_path / "presser")
    assert 0 == main(["estimates", "--corpus", str(folder), "--json", "--max-pairs", "0"])
    (data,) = json.loads(capsys.readouterr().out)
    assert [("claim:courier-presser", "claim:herald-120", "reporting_conflict")] == [
        (pair["first"], pair["second"], pair["verdict"]) for pair in data["reporting_conflicts"]
    ]
