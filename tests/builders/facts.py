"""A disputed death: a commander reported killed, then said by others and later by the ministry to be alive.

Made-up bodies; each sentence a dated source (`scenario`).
"""

from __future__ import annotations

from centasia_claims import Corpus, Measure, Name, Person
from centasia_claims.model import EntityId, Stance
from tests.builders.scenarios import Said, scenario

COMMANDER = "person:commander"
STATUS = Measure(
    id="measure:commander-status",
    label="whether the commander is alive",
    unit="status",
    about=(EntityId(COMMANDER),),
    vocabulary=("alive", "dead", "killed", "detained", "released"),
)


def _said(claim: str, text: str, published: str, by: str, term: str, **more: object) -> Said:
    return Said(
        claim=claim,
        text=text,
        published=published,
        by=by,
        measure=STATUS,
        term=term,
        about=(COMMANDER,),
        occasion=more.get("occasion"),  # type: ignore[arg-type]
        stance=more.get("stance", Stance.ASSERTS),  # type: ignore[arg-type]
    )


def disputed_death_corpus() -> Corpus:
    """Killed, per the ministry at a press conference (reported once as detained); alive, per the group and
    later per the ministry itself; denied dead by his family."""
    return scenario(
        (STATUS,),
        _said(
            "claim:killed",
            "The ministry said the commander was killed in an air strike.",
            "2015-05-20",
            "org:ministry",
            "killed",
            occasion="press-conference-2015-05-20",
        ),
        _said(
            "claim:detained",
            "The ministry said the commander was detained.",
            "2015-05-21",
            "org:ministry",
            "detained",
            occasion="press-conference-2015-05-20",
        ),
        _said(
            "claim:group-alive", "The group said the commander is alive.", "2016-03-01", "org:group", "alive"
        ),
        _said(
            "claim:family-denies",
            "His family denied that the commander is dead.",
            "2016-04-01",
            "org:family",
            "dead",
            stance=Stance.DENIES,
        ),
        _said(
            "claim:ministry-alive",
            "The ministry now says the commander is alive.",
            "2017-01-10",
            "org:ministry",
            "alive",
        ),
        _said(
            "claim:paper-killed",
            "A paper said the commander was killed.",
            "2015-06-01",
            "org:paper",
            "killed",
        ),
        persons=(Person(id=EntityId(COMMANDER), names=(Name("The Commander"),)),),
    )
