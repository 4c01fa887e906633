"""Scenario corpora of related measures: a share of a measure, an increment on a base, a flow and a stock.

Made-up bodies and figures, each sentence a dated source (`scenario`).
"""

from __future__ import annotations

from centasia_claims import Corpus, Measure, MeasureKind
from centasia_claims.model import MeasureRelation, MeasureRelationKind
from tests.builders.estimates import (
    ADDITIVE,
    PEOPLE,
    PERCENT,
    approximate,
    at_most,
    between,
    exact,
    more_than,
)
from tests.builders.scenarios import Said, scenario

FIGHTERS = Measure(id="measure:fighters", label="fighters of the group", unit="people")
LOCALS = Measure(
    id="measure:locals",
    label="locals among the group's fighters",
    unit="people",
    relations=(MeasureRelation(MeasureRelationKind.SHARE_OF, "measure:fighters"),),
)


def share_corpus() -> Corpus:
    """A share of another measure: "more than half" of 6,000, against counts of 4,000 and 2,000."""
    return scenario(
        (FIGHTERS, LOCALS),
        Said(
            claim="claim:fighters",
            text="The group has 6,000 fighters.",
            published="2020-05-01",
            by="org:ministry",
            measure=FIGHTERS,
            value=exact("6,000", 6000, PEOPLE),
            period="2020",
        ),
        Said(
            claim="claim:half",
            text="More than half of its fighters are locals.",
            published="2020-06-01",
            by="org:institute",
            measure=LOCALS,
            value=more_than("More than half", 50, PERCENT),
            period="2020",
        ),
        Said(
            claim="claim:4000",
            text="About 4,000 of its fighters are locals.",
            published="2020-07-01",
            by="org:agency",
            measure=LOCALS,
            value=approximate("About 4,000", 3600, 4400, 4000, PEOPLE),
            period="2020",
        ),
        Said(
            claim="claim:2000",
            text="Only 2,000 of its fighters are locals.",
            published="2020-08-01",
            by="org:paper",
            measure=LOCALS,
            value=exact("2,000", 2000, PEOPLE),
            period="2020",
        ),
    )


OFFICIAL = Measure(
    id="measure:official",
    label="workers abroad, officially",
    unit="people",
    relations=(MeasureRelation(MeasureRelationKind.SUBSET_OF, "measure:all"),),
)
MORE = Measure(
    id="measure:more",
    label="workers abroad beyond the official figure",
    unit="people",
    relations=(MeasureRelation(MeasureRelationKind.INCREMENT_OF, "measure:official"),),
)
ALL = Measure(id="measure:all", label="workers abroad", unit="people")


def increment_corpus() -> Corpus:
    """An increment on a base: 1.3 million officially and hundreds of thousands more, against two wholes."""
    return scenario(
        (OFFICIAL, MORE, ALL),
        Said(
            claim="claim:official",
            text="Officially, 1.3 million work abroad.",
            published="2019-03-01",
            by="org:ministry",
            measure=OFFICIAL,
            value=approximate("1.3 million", 1_170_000, 1_430_000, 1_300_000, PEOPLE),
            period="2019",
        ),
        Said(
            claim="claim:more",
            text="Experts say hundreds of thousands more work abroad illegally.",
            published="2019-03-01",
            by="org:experts",
            measure=MORE,
            value=between("hundreds of thousands more", 200_000, 999_999, PEOPLE, ADDITIVE),
            period="2019",
        ),
        Said(
            claim="claim:two-million",
            text="Two million work abroad.",
            published="2019-04-01",
            by="org:bank",
            measure=ALL,
            value=approximate("Two million", 1_800_000, 2_200_000, 2_000_000, PEOPLE),
            period="2019",
        ),
        Said(
            claim="claim:one-million",
            text="At most 1.2 million work abroad.",
            published="2019-04-01",
            by="org:paper",
            measure=ALL,
            value=at_most("At most 1.2 million", 1_200_000, PEOPLE),
            period="2019",
        ),
    )


TOTAL = Measure(id="measure:total", label="people who ever went", unit="people", kind=MeasureKind.CUMULATIVE)
YEARLY = Measure(
    id="measure:yearly",
    label="people who went within a year",
    unit="people",
    kind=MeasureKind.EVENT,
    relations=(MeasureRelation(MeasureRelationKind.FLOW_OF, "measure:total"),),
)


def flow_corpus() -> Corpus:
    """A flow against a stock: 500 by 2014 and 1,000 by 2016; 800 and about 300 in 2015, 1,200 in 2016."""
    return scenario(
        (TOTAL, YEARLY),
        Said(
            claim="claim:total-2014",
            text="By the end of 2014, 500 had gone.",
            published="2015-01-10",
            by="org:ministry",
            measure=TOTAL,
            value=exact("500", 500, PEOPLE),
            period="2014",
        ),
        Said(
            claim="claim:total-2016",
            text="By 2016, 1,000 had gone.",
            published="2016-02-10",
            by="org:ministry",
            measure=TOTAL,
            value=exact("1,000", 1000, PEOPLE),
            period="2016",
        ),
        Said(
            claim="claim:800-in-2015",
            text="In 2015 alone, 800 went.",
            published="2016-01-10",
            by="org:institute",
            measure=YEARLY,
            value=exact("800", 800, PEOPLE),
            period="2015",
        ),
        Said(
            claim="claim:300-in-2015",
            text="In 2015, about 300 went.",
            published="2016-01-12",
            by="org:agency",
            measure=YEARLY,
            value=approximate("about 300", 270, 330, 300, PEOPLE),
            period="2015",
        ),
        Said(
            claim="claim:1200-in-2016",
            text="In 2016, 1,200 went.",
            published="2017-01-12",
            by="org:paper",
            measure=YEARLY,
            value=exact("1,200", 1200, PEOPLE),
            period="2016",
        ),
    )
