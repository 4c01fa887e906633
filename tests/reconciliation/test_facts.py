"""judge_facts: the verdict on two words for one fact, one rule at a time."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from centasia_claims import MeasureKind, Period
from centasia_claims.model import Scope
from centasia_claims.reconciliation import (
    FACT_TERM_FORMS,
    FINAL_TERMS,
    TERM_IMPLIES,
    FactReading,
    FigureVerdict,
    fact_term,
    implied_terms,
    judge_facts,
)
from centasia_claims.reconciliation._timeline import Dating, Placement


def _word(
    claim: str,
    term: str,
    when: str | None,
    by: str | None = "org:a",
    *,
    holds: bool = True,
    subject: str = "person:x",
    occasion: str | None = None,
    scope: Scope | None = None,
) -> FactReading:
    period = None if when is None else Period.parse(when)
    return FactReading(
        claim=claim,
        term=term,
        holds=holds,
        subject=subject,
        placement=Placement(period=period, dating=Dating.STATED if period else Dating.UNDATED),
        claimant=by,
        claimant_name=by or "someone (unnamed)",
        occasion=occasion,
        scope=scope,
    )


CASES = [
    (
        "different-subjects",
        _word("claim:a", "killed", "2015"),
        _word("claim:b", "alive", "2015", subject="person:y"),
        MeasureKind.SNAPSHOT,
        FigureVerdict.NOT_COMPARABLE,
        '"killed" (2015) and "alive" (2015): they are about different subjects',
    ),
    (
        "different-scopes",
        _word("claim:a", "commander", "2015", scope=Scope(places=("place:syria",))),
        _word("claim:b", "commander", "2015", scope=Scope(places=("place:iraq",))),
        MeasureKind.SNAPSHOT,
        FigureVerdict.DIFFERENT_DEFINITIONS,
        '"commander" (2015) and "commander" (2015): they say different things (place: place:syria, not '
        "place:iraq)",
    ),
    (
        "the-same-word-again",
        _word("claim:a", "killed", "2015"),
        _word("claim:b", "Killed", "2016"),
        MeasureKind.SNAPSHOT,
        FigureVerdict.SAME_FIGURE,  # one word in another case: the same word, compared folded
        '"killed" (2015) and "Killed" (2016): the same word from org:a, reported again',
    ),
    (
        "same-word-same-origin",
        _word("claim:a", "killed", "2015"),
        _word("claim:b", "killed", "2016"),
        MeasureKind.SNAPSHOT,
        FigureVerdict.SAME_FIGURE,
        '"killed" (2015) and "killed" (2016): the same word from org:a, reported again',
    ),
    (
        "a-word-implies-the-other",
        _word("claim:a", "killed", "2015"),
        _word("claim:b", "dead", "2016", by="org:b"),
        MeasureKind.SNAPSHOT,
        FigureVerdict.AGREE,
        '"killed" (2015) and "dead" (2016): both can hold',
    ),
    (
        "a-denial-of-another-word",
        _word("claim:a", "detained", "2015"),
        _word("claim:b", "dead", "2015", by="org:b", holds=False),
        MeasureKind.SNAPSHOT,
        FigureVerdict.AGREE,
        '"detained" (2015) and not "dead" (2015): both can hold',
    ),
    (
        "two-denials",
        _word("claim:a", "detained", "2015", holds=False),
        _word("claim:b", "dead", "2015", by="org:b", holds=False),
        MeasureKind.EVENT,
        FigureVerdict.AGREE,
        'not "detained" (2015) and not "dead" (2015): both can hold',
    ),
    (
        "one-statement-reported-twice",
        _word("claim:a", "killed", "2015-05-20", occasion="press"),
        _word("claim:b", "detained", "2015-05-21", occasion="press"),
        MeasureKind.SNAPSHOT,
        FigureVerdict.REPORTING_CONFLICT,
        '"killed" (2015-05-20) and "detained" (2015-05-21): two reports of one statement by org:a '
        "(the same occasion 'press') differ",
    ),
    (
        "same-origin-same-date",
        _word("claim:a", "colonel", "2015-05-20"),
        _word("claim:b", "general", "2015-05-20"),
        MeasureKind.EVENT,
        FigureVerdict.REPORTING_CONFLICT,
        '"colonel" (2015-05-20) and "general" (2015-05-20): two reports of one statement by org:a (the same '
        "date) "
        "differ",
    ),
    (
        "same-origin-later",
        _word("claim:a", "killed", "2015"),
        _word("claim:b", "alive", "2017"),
        MeasureKind.SNAPSHOT,
        FigureVerdict.SUPERSEDED,
        '"killed" (2015) and "alive" (2017): org:a\'s later word replaces its earlier one',
    ),
    (
        "a-fact-that-does-not-change",
        _word("claim:a", "brother", "2015"),
        _word("claim:b", "cousin", "2017", by="org:b"),
        MeasureKind.EVENT,
        FigureVerdict.CONTRADICTION,
        '"brother" (2015) and "cousin" (2017): a fact that does not change cannot be both',
    ),
    (
        "the-same-time",
        _word("claim:a", "colonel", "2015"),
        _word("claim:b", "general", "2015", by="org:b"),
        MeasureKind.SNAPSHOT,
        FigureVerdict.CONTRADICTION,
        '"colonel" (2015) and "general" (2015): they cannot both hold at the same time',
    ),
    (
        "undated",
        _word("claim:a", "colonel", None, by=None),
        _word("claim:b", "general", "2015", by=None),
        MeasureKind.SNAPSHOT,
        FigureVerdict.NOT_COMPARABLE,
        '"general" (2015) and "colonel" (undated): which came first cannot be told, and the fact may change',
    ),
    (
        "overlapping-times",
        _word("claim:a", "colonel", "2015"),
        _word("claim:b", "general", "2015-06", by="org:b"),
        MeasureKind.SNAPSHOT,
        FigureVerdict.NOT_COMPARABLE,
        '"colonel" (2015) and "general" (2015-06): which came first cannot be told, and the fact may change',
    ),
    (
        "a-change",
        _word("claim:a", "colonel", "2014"),
        _word("claim:b", "general", "2016", by="org:b"),
        MeasureKind.SNAPSHOT,
        FigureVerdict.EXPLAINED_BY_TIME,
        '"colonel" (2014) and "general" (2016): a fact that changed between 2014 and 2016',
    ),
    (
        "after-a-final-word",
        _word("claim:a", "executed", "2014"),
        _word("claim:b", "released", "2016", by="org:b"),
        MeasureKind.SNAPSHOT,
        FigureVerdict.CONTRADICTION,
        '"executed" (2014) and "released" (2016): nothing follows "executed": it is a final state',
    ),
]


@pytest.mark.parametrize(
    ("one", "other", "kind", "verdict", "reason"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_judge_facts(
    one: FactReading, other: FactReading, kind: MeasureKind, verdict: FigureVerdict, reason: str
) -> None:
    pair = judge_facts(one, other, kind)
    assert (verdict, reason) == (pair.verdict, pair.reason)


@given(st.sampled_from([case[1:4] for case in CASES]))
def test_the_verdict_does_not_depend_on_the_order(case: tuple[FactReading, FactReading, MeasureKind]) -> None:
    one, other, kind = case
    assert judge_facts(one, other, kind) == judge_facts(other, one, kind)


def test_the_tables() -> None:
    assert all(term == term.casefold() for term in (*FINAL_TERMS, *TERM_IMPLIES))
    assert frozenset({"released", "alive"}) == implied_terms("released")
    assert FINAL_TERMS >= implied_terms("executed") - {"executed"}


def test_a_reading_labels_a_denial() -> None:
    assert 'not "dead" (undated) per org:a [claim:a]' == str(_word("claim:a", "dead", None, holds=False))


@pytest.mark.parametrize(
    ("written", "word"),
    [
        ("Убиты", "killed"),
        ("был ликвидирован", "был ликвидирован"),  # two words: the form has one
        ("ликвидирован", "killed"),
        ("освобождён", "released"),  # the dotted letter read as the plain one
        ("Ҳалок шуд", "died"),
        ("Полковник", "colonel"),
        ("1977", "1977"),
    ],
)
def test_fact_term(written: str, word: str) -> None:
    assert word == fact_term(written)


def test_every_form_of_a_fact_word_reads_as_it() -> None:
    assert [] == [
        (form, word) for word, forms in FACT_TERM_FORMS.items() for form in forms if fact_term(form) != word
    ]


@given(st.text(max_size=30))
def test_fact_term_is_idempotent(text: str) -> None:
    assert fact_term(text) == fact_term(fact_term(text))
