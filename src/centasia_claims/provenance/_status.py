"""Epistemic status: how the text presents a claim, as set by the curator or read from its words.

Where the curator did not set a status, it is derived, first rule that applies wins:

1. the claim's stance: reported as unconfirmed;
2. a cue phrase in the quote (`STATUS_CUES`, in order: "cannot be independently confirmed" before "claimed
   responsibility" before "denied" before "allegedly" before "reportedly" before "official figures" before
   "estimated"); a cue marked for groups only ("has claimed") counts when the claimant is a group
   (`GROUP_KINDS`);
3. the status the curator set on the claimant's step;
4. the claimant's verb (`VERB_STATUSES`: "estimated", "alleged", "denied");
5. who the claimant is: an official body or one of its officials or spokespeople (`OFFICIAL_KINDS`);
6. otherwise an assertion: stated as fact, without hedge.

The reading keeps the rule and the cue that decided it, so a report can show why.

>>> from centasia_claims import load_seed_corpus
>>> from centasia_claims.provenance import epistemic_status
>>> corpus = load_seed_corpus()
>>> reading = epistemic_status(corpus, corpus.claim("claim:rferl-halimov-pension-100"))
>>> reading.status, reading.basis
(<EpistemicStatus.UNCONFIRMED: 'unconfirmed'>, <StatusBasis.CURATED: 'curated'>)

The tables the rules read:

>>> from centasia_claims import Verb
>>> from centasia_claims.provenance import GROUP_KINDS, OFFICIAL_KINDS, STATUS_CUES, VERB_STATUSES
>>> [cue.status.value for cue in STATUS_CUES if cue.phrase in ("allegedly", "reportedly")]
['allegation', 'hearsay']
>>> VERB_STATUSES[Verb.ESTIMATED], VERB_STATUSES.get(Verb.SAID)
(<EpistemicStatus.ESTIMATE: 'estimate'>, None)
>>> corpus.entity("org:tajik-interior-ministry").kind in OFFICIAL_KINDS
True
>>> corpus.entity("org:islamic-state").kind in GROUP_KINDS
True
"""

from __future__ import annotations

import enum
import functools
import re
from typing import TYPE_CHECKING, Final

import attrs

from centasia_claims._render import html_record
from centasia_claims.corpus import root_path
from centasia_claims.model import EpistemicStatus, Organization, Stance, Verb, fold_typography
from centasia_claims.serialization import register_result

if TYPE_CHECKING:
    from centasia_claims.corpus import Corpus
    from centasia_claims.model import AttributionStep, Claim, EntityId

__all__ = [
    "GROUP_KINDS",
    "OFFICIAL_KINDS",
    "STATUS_CUES",
    "VERB_STATUSES",
    "EpistemicReading",
    "StatusBasis",
    "StatusCue",
    "epistemic_status",
    "step_status",
]


@attrs.frozen
class StatusCue:
    """A phrase that, written in a quote, marks how the claim is presented.

    Attributes:
        phrase: The words, matched case-insensitively as whole words, any whitespace between them, with
            curly quotes read as straight ones.
        status: The status it marks.
        groups_only: Whether it counts only when the claimant is a group (`GROUP_KINDS`): "has claimed" is a
            claim of responsibility from a militant group, but not from a government.

    >>> [cue.status.value for cue in STATUS_CUES if cue.phrase == "reportedly"]
    ['hearsay']
    """

    phrase: str
    status: EpistemicStatus
    groups_only: bool = False


_S = EpistemicStatus

STATUS_CUES: Final[tuple[StatusCue, ...]] = (
    *(
        StatusCue(phrase, _S.UNCONFIRMED)
        for phrase in (
            "cannot be independently confirmed",
            "can not be independently confirmed",
            "could not be independently confirmed",
            "cannot be independently verified",
            "could not be independently verified",
            "has not been independently confirmed",
            "has not been independently verified",
            "have not been independently verified",
            "could not be confirmed",
            "could not be verified",
            "cannot be confirmed",
            "cannot be verified",
            "no concrete confirmation",
            "no independent confirmation",
            "unconfirmed",
            "unverified",
        )
    ),
    *(
        StatusCue(phrase, _S.RESPONSIBILITY_CLAIM)
        for phrase in (
            "claimed responsibility",
            "claims responsibility",
            "claiming responsibility",
            "claim responsibility",
            "claimed credit",
            "took responsibility",
        )
    ),
    StatusCue("has claimed", _S.RESPONSIBILITY_CLAIM, groups_only=True),
    StatusCue("have claimed", _S.RESPONSIBILITY_CLAIM, groups_only=True),
    *(StatusCue(phrase, _S.DENIAL) for phrase in ("denied", "denies", "deny", "denying", "refuted")),
    *(
        StatusCue(phrase, _S.ALLEGATION)
        for phrase in ("allegedly", "alleged", "alleges", "accused of", "accuses", "purportedly")
    ),
    *(
        StatusCue(phrase, _S.HEARSAY)
        for phrase in (
            "reportedly",
            "rumoured",
            "rumored",
            "rumours",
            "rumors",
            "is said to",
            "are said to",
            "was said to",
            "were said to",
            "was reported",
            "were reported",
            "reports suggest",
        )
    ),
    *(
        StatusCue(phrase, _S.OFFICIAL)
        for phrase in (
            "official figures",
            "official figure",
            "official data",
            "official statistics",
            "officially",
        )
    ),
    *(
        StatusCue(phrase, _S.ESTIMATE)
        for phrase in ("estimated", "estimates", "estimate", "is believed to", "are believed to", "believe")
    ),
)
"""Cue phrases and the status each marks, in priority order: the first that occurs in a quote decides."""

VERB_STATUSES: Final[dict[Verb, EpistemicStatus]] = {
    Verb.ESTIMATED: _S.ESTIMATE,
    Verb.BELIEVED: _S.ESTIMATE,
    Verb.ALLEGED: _S.ALLEGATION,
    Verb.DENIED: _S.DENIAL,
}
"""Verbs of an attribution step that mark a status by themselves; the others ("said", "told") do not."""

OFFICIAL_KINDS: Final[frozenset[str]] = frozenset(
    {
        "government",
        "ministry",
        "embassy",
        "police",
        "police unit",
        "security service",
        "state agency",
        "government agency",
        "court",
        "parliament",
        "prosecutor's office",
        "armed forces",
        "military",
    }
)
"""Organization kinds whose statements, and those of their officials and spokespeople, are official."""

GROUP_KINDS: Final[frozenset[str]] = frozenset(
    {"militant group", "terrorist group", "armed group", "insurgent group"}
)
"""Organization kinds that claim responsibility for attacks, as `StatusCue.groups_only` cues need."""


class StatusBasis(enum.StrEnum):
    """What decided an epistemic status.

    >>> from centasia_claims import AttributionStep, Verb, load_seed_corpus
    >>> from centasia_claims.provenance import epistemic_status, step_status
    >>> corpus = load_seed_corpus()
    >>> epistemic_status(corpus, corpus.claim("claim:rferl-figure-doubled")).basis
    <StatusBasis.DEFAULT: 'default'>
    >>> step_status(corpus, AttributionStep(agent=None, text="experts", verb=Verb.ESTIMATED)).basis
    <StatusBasis.VERB: 'verb'>
    """

    CURATED = "curated"
    """Set by the curator on the claim or step."""
    STANCE = "stance"
    """The claim's stance: reported as unconfirmed."""
    CUE = "cue"
    """A cue phrase in the quote."""
    CLAIMANT_STEP = "claimant_step"
    """Set by the curator on the claimant's step."""
    VERB = "verb"
    """The verb of the claimant's (or the step's) attribution."""
    AGENT = "agent"
    """Who the claimant (or the step's agent) is: an official body, an official, a spokesperson."""
    DEFAULT = "default"
    """Nothing marks it: an assertion."""


@attrs.frozen
class EpistemicReading:
    """An epistemic status and why: the rule that decided it and the cue that triggered it.

    Attributes:
        status: The status.
        basis: Which rule decided it.
        cue: What triggered it, as written: the cue phrase, the verb, the agent; ``None`` for a curated status
            or the default.

    >>> from centasia_claims.model import EpistemicStatus
    >>> str(EpistemicReading(EpistemicStatus.HEARSAY, StatusBasis.CUE, "reportedly"))
    'hearsay (cue: "reportedly")'
    """

    status: EpistemicStatus
    basis: StatusBasis
    cue: str | None = None

    def _repr_html_(self) -> str:
        return html_record(self, str(self).splitlines()[0])

    def __str__(self) -> str:
        if self.cue is None:
            return f"{self.status.value} ({self.basis.value})"
        return f'{self.status.value} ({self.basis.value}: "{self.cue}")'


@functools.cache
def _cue_patterns() -> tuple[tuple[StatusCue, re.Pattern[str]], ...]:
    # Literal words joined by \s+ between word boundaries: no nested quantifier, so matching is linear.
    return tuple(
        (
            cue,
            re.compile(
                r"(?<!\w)" + r"\s+".join(map(re.escape, cue.phrase.split())) + r"(?!\w)", re.IGNORECASE
            ),
        )
        for cue in STATUS_CUES
    )


def _kinds_along(corpus: Corpus, agent: EntityId) -> set[str]:
    """The organization kinds of the agent and every entity it speaks for."""
    kinds = set()
    for entity in root_path(corpus, agent):
        item = corpus.entity(entity)
        if isinstance(item, Organization):
            kinds.add(item.kind)
    return kinds


def _find_cue(text: str, *, group: bool) -> StatusCue | None:
    folded = fold_typography(text)
    for cue, pattern in _cue_patterns():
        if cue.groups_only and not group:
            continue
        if pattern.search(folded):
            return cue
    return None


register_result(EpistemicReading)


def _from_step(step: AttributionStep, corpus: Corpus | None) -> EpistemicReading | None:
    status = VERB_STATUSES.get(step.verb)
    if status is not None:
        return EpistemicReading(status, StatusBasis.VERB, step.verb.value)
    if corpus is not None and step.agent is not None and _kinds_along(corpus, step.agent) & OFFICIAL_KINDS:
        return EpistemicReading(_S.OFFICIAL, StatusBasis.AGENT, step.agent)
    return None


def epistemic_status(corpus: Corpus | None, claim: Claim) -> EpistemicReading:
    """How the text presents a claim: the curated status, or one derived from its stance, words and chain.

    Without a corpus, the rules that need to know who the claimant is (groups-only cues, official agents)
    are skipped.

    >>> from centasia_claims import Claim, TextQuote
    >>> text = "Over the weekend, Turkish police detained 45 people who were reportedly on their way to Syria"
    >>> claim = Claim(id="c", source="s", quote=TextQuote.locate(text, text), statement="45 detained")
    >>> print(epistemic_status(None, claim))
    hearsay (cue: "reportedly")
    """
    if claim.status is not None:
        return EpistemicReading(claim.status, StatusBasis.CURATED)
    if claim.stance is Stance.UNCONFIRMED:
        return EpistemicReading(_S.UNCONFIRMED, StatusBasis.STANCE, claim.stance.value)
    claimant = claim.claimant
    group = (
        corpus is not None
        and claimant is not None
        and claimant.agent is not None
        and bool(_kinds_along(corpus, claimant.agent) & GROUP_KINDS)
    )
    cue = None if claim.quote is None else _find_cue(claim.quote.exact, group=group)
    if cue is not None:
        return EpistemicReading(cue.status, StatusBasis.CUE, cue.phrase)
    if claimant is not None:
        if claimant.status is not None:
            return EpistemicReading(claimant.status, StatusBasis.CLAIMANT_STEP)
        reading = _from_step(claimant, corpus)
        if reading is not None:
            return reading
    return EpistemicReading(_S.ASSERTION, StatusBasis.DEFAULT)


def step_status(corpus: Corpus | None, step: AttributionStep) -> EpistemicReading:
    """How one step of a chain passes the claim on: curated, else from its verb, else from its agent.

    >>> from centasia_claims import AttributionStep, Verb, load_seed_corpus
    >>> ministry = "org:tajik-interior-ministry"
    >>> step = AttributionStep(agent=ministry, text="the Interior Ministry", verb=Verb.SAID)
    >>> print(step_status(load_seed_corpus(), step))
    official (agent: "org:tajik-interior-ministry")
    """
    if step.status is not None:
        return EpistemicReading(step.status, StatusBasis.CURATED)
    return _from_step(step, corpus) or EpistemicReading(_S.ASSERTION, StatusBasis.DEFAULT)
