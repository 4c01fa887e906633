"""fact_summary: a disputed death, and the seed commander's reported death."""

from __future__ import annotations

import pytest

from centasia_claims import load_seed_corpus
from centasia_claims.errors import ReconcileError, UnknownIdError
from centasia_claims.reconciliation import FigureVerdict, fact_summary
from tests.builders import COMMANDER, disputed_death_corpus


def test_a_disputed_death() -> None:
    summary = fact_summary(disputed_death_corpus(), COMMANDER, "measure:commander-status")
    assert [
        "person:commander: measure:commander-status: disputed by Ministry, Paper, Group, Family; latest "
        "word: "
        '"alive" (2017-01-10) per Ministry [claim:ministry-alive]',
        '  "killed" (2015-05-20) per Ministry [claim:killed]',
        '  "detained" (2015-05-21) per Ministry [claim:detained]',
        '  "killed" (2015-06-01) per Paper [claim:paper-killed]',
        '  "alive" (2016-03-01) per Group [claim:group-alive]',
        '  not "dead" (2016-04-01) per Family [claim:family-denies]',
        '  "alive" (2017-01-10) per Ministry [claim:ministry-alive]',
        '  reporting conflict: "killed" (2015-05-20) and "detained" (2015-05-21): two reports of one '
        "statement by "
        "Ministry (the same occasion 'press-conference-2015-05-20') differ",
        '  contradiction: "killed" (2015-05-20) and "alive" (2016-03-01): nothing follows "killed": it is a '
        "final "
        "state",
        '  contradiction: "killed" (2015-05-20) and not "dead" (2016-04-01): nothing follows "killed": it '
        "is a "
        "final state",
        '  superseded: "killed" (2015-05-20) and "alive" (2017-01-10): '
        "Ministry's later word replaces its earlier one",
        '  explained by time: "detained" (2015-05-21) and "killed" (2015-06-01): a fact that changed between '
        "2015-05-21 and 2015-06-01",
        '  contradiction: "killed" (2015-06-01) and "alive" (2016-03-01): nothing follows "killed": it is a '
        "final "
        "state",
        '  contradiction: "killed" (2015-06-01) and not "dead" (2016-04-01): nothing follows "killed": it '
        "is a "
        "final state",
        '  contradiction: "killed" (2015-06-01) and "alive" (2017-01-10): nothing follows "killed": it is a '
        "final "
        "state",
    ] == str(summary).splitlines()
    assert (True, ("Ministry", "Paper", "Group", "Family")) == (summary.disputed, summary.disputed_by)
    assert [
        FigureVerdict.REPORTING_CONFLICT,
        FigureVerdict.CONTRADICTION,
        FigureVerdict.CONTRADICTION,
        FigureVerdict.SUPERSEDED,
        FigureVerdict.EXPLAINED_BY_TIME,
        FigureVerdict.CONTRADICTION,
        FigureVerdict.CONTRADICTION,
        FigureVerdict.CONTRADICTION,
    ] == [pair.verdict for pair in summary.verdicts]
    assert "<td>not &quot;dead&quot; (2016-04-01)</td>" in summary._repr_html_()


def test_the_seed_commanders_reported_death() -> None:
    summary = fact_summary(load_seed_corpus(), "person:gulmurod-halimov", "measure:gulmurod-halimov-status")
    assert (False, (), "claim:md-times-halimov-killed-mosul") == (
        summary.disputed,
        summary.verdicts,
        summary.latest.claim if summary.latest else None,
    )
    assert ["claim:md-times-halimov-killed-mosul", "claim:tiny-tajikistan-halimov-died"] == [
        word.claim for word in summary.words
    ]


def test_a_predicate_gives_its_own_word() -> None:
    summary = fact_summary(load_seed_corpus(), "person:gulmurod-halimov", "reported_dead")
    assert {"reported_dead"} == {word.term for word in summary.words}
    assert not summary.disputed


def test_errors() -> None:
    with pytest.raises(ReconcileError) as caught:
        fact_summary(load_seed_corpus(), "person:gulmurod-halimov", "no_such_fact")
    assert (
        "'no_such_fact' is neither a measure of the corpus nor the predicate of a claim about "
        "'person:gulmurod-halimov': give a measure id or a predicate its claims use"
    ) == str(caught.value)
    with pytest.raises(UnknownIdError):
        fact_summary(load_seed_corpus(), "person:nobody", "reported_dead")


def test_a_summary_with_no_word() -> None:
    summary = fact_summary(disputed_death_corpus(), COMMANDER, "measure:commander-status")
    empty = fact_summary(load_seed_corpus(), "person:emomali-rahmon", "measure:gulmurod-halimov-status")
    assert (None, ()) == (empty.latest, empty.words)
    assert summary.latest is not None
