from __future__ import annotations

from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from centasia_claims import (
    AttributionStep,
    Claim,
    Corpus,
    Name,
    Organization,
    Verb,
    load_seed_corpus,
)
from centasia_claims.model import EntityId, EpistemicStatus, Stance
from centasia_claims.provenance import (
    STATUS_CUES,
    EpistemicReading,
    StatusBasis,
    epistemic_status,
    step_status,
)
from tests import builders
from tests.builders import E, sound_corpus

ES = EpistemicStatus
B = StatusBasis


def _claim(text: str, *steps: AttributionStep, **changes: Any) -> Claim:
    return builders.claim(
        "claim:x", source="source:a", quote=text, statement="x", attribution=steps, **changes
    )


# Sentences of the seed documents and the status their words mark.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                'The minister claimed IS was now paying Halimov $100 a month as a "pension." '
                "That claim cannot be independently confirmed."
            ),
            EpistemicReading(ES.UNCONFIRMED, B.CUE, "cannot be independently confirmed"),
        ),
        (
            "There is no concrete confirmation of the figure.",
            EpistemicReading(ES.UNCONFIRMED, B.CUE, "no concrete confirmation"),
        ),
        (
            "The group claimed responsibility for the attack.",
            EpistemicReading(ES.RESPONSIBILITY_CLAIM, B.CUE, "claimed responsibility"),
        ),
        ("The embassy denied the report.", EpistemicReading(ES.DENIAL, B.CUE, "denied")),
        (
            (
                "Allegedly on the Afghan side of the Pyanj River, the brothers and relatives of Colonel "
                "Halimov were awaited by Islamic state militants."
            ),
            EpistemicReading(ES.ALLEGATION, B.CUE, "allegedly"),
        ),
        (
            "Over the weekend, Turkish police detained 45 people who were reportedly on their way to Syria",
            EpistemicReading(ES.HEARSAY, B.CUE, "reportedly"),
        ),
        (
            "he was (falsely) rumored to have been arrested in Turkey",
            EpistemicReading(ES.HEARSAY, B.CUE, "rumored"),
        ),
        (
            (
                "IRPT deputy chairman Mahmadali Hayit remains behind bars amid rumours of rapidly "
                "deteriorating health"
            ),
            EpistemicReading(ES.HEARSAY, B.CUE, "rumours"),
        ),
        (
            "Official figures say 1,094 Tajik nationals have joined the Islamic State of Iraq and the Levant",
            EpistemicReading(ES.OFFICIAL, B.CUE, "official figures"),
        ),
        (
            "experts estimate up to 4,000 people from central Asia have gone to fight for the group",
            EpistemicReading(ES.ESTIMATE, B.CUE, "estimate"),
        ),
        (
            (
                "ISIS-K is believed to have several thousand soldiers, more than half of whom are "
                "Tajiks, experts say."
            ),
            EpistemicReading(ES.ESTIMATE, B.CUE, "is believed to"),
        ),
        (
            "At least 300 of them have reportedly been killed there, according to Dushanbe",
            EpistemicReading(ES.HEARSAY, B.CUE, "reportedly"),
        ),
        (
            (
                "told RFE/RL\u2019s Tajik Service that the claim couldn\u2019t be verified; it could "
                "not\n\nbe verified"
            ),
            EpistemicReading(ES.UNCONFIRMED, B.CUE, "could not be verified"),
        ),
        (
            (
                "State newspapers even declared that 60% of all Tajik ISIS fighters had once been "
                "members of the IRPT"
            ),
            EpistemicReading(ES.ASSERTION, B.DEFAULT),
        ),
        (
            "The prices were overestimated and the deniability high.",
            EpistemicReading(ES.ASSERTION, B.DEFAULT),
        ),
    ],
    ids=[
        "cannot-be-confirmed",
        "no-concrete-confirmation",
        "claimed-responsibility",
        "denied",
        "allegedly",
        "reportedly",
        "rumored",
        "rumours",
        "official-figures",
        "estimate",
        "believed",
        "hearsay-before-official",
        "curly-and-line-break",
        "declared-is-an-assertion",
        "whole-words-only",
    ],
)
def test_cues_in_the_quote(text: str, expected: EpistemicReading) -> None:
    assert expected == epistemic_status(None, _claim(text))


def _group_corpus() -> Corpus:
    corpus = sound_corpus()
    group = Organization(id=E("org:group"), names=(Name("the Group"),), kind="militant group")
    return attrs.evolve(corpus, organizations=(*corpus.organizations, group))


@pytest.mark.parametrize(
    ("agent", "expected"),
    [
        (E("org:group"), EpistemicReading(ES.RESPONSIBILITY_CLAIM, B.CUE, "has claimed")),
        (E("org:agency"), EpistemicReading(ES.OFFICIAL, B.AGENT, "org:agency")),
        (E("org:paper"), EpistemicReading(ES.ASSERTION, B.DEFAULT)),
    ],
    ids=["group", "government", "outlet"],
)
def test_has_claimed_is_a_claim_of_responsibility_only_from_a_group(
    agent: EntityId, expected: EpistemicReading
) -> None:
    corpus = _group_corpus()
    claim = _claim(
        "the government has claimed that around 1,000 Tajiks have gone",
        AttributionStep(agent, "x", Verb.SAID),
    )
    assert expected == epistemic_status(corpus, claim)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        (
            _claim("reportedly", status=ES.OFFICIAL),
            EpistemicReading(ES.OFFICIAL, B.CURATED),
        ),
        (
            _claim("reportedly", stance=Stance.UNCONFIRMED),
            EpistemicReading(ES.UNCONFIRMED, B.STANCE, "unconfirmed"),
        ),
        (
            _claim("said so", AttributionStep(E("org:paper"), "x", Verb.SAID, status=ES.ALLEGATION)),
            EpistemicReading(ES.ALLEGATION, B.CLAIMANT_STEP),
        ),
        (
            _claim("said so", AttributionStep(E("org:institute"), "x", Verb.ESTIMATED)),
            EpistemicReading(ES.ESTIMATE, B.VERB, "estimated"),
        ),
        (
            _claim("said so", AttributionStep(E("org:paper"), "x", Verb.DENIED)),
            EpistemicReading(ES.DENIAL, B.VERB, "denied"),
        ),
        (
            _claim("said so", AttributionStep(E("person:spokesman"), "x", Verb.SAID)),
            EpistemicReading(ES.OFFICIAL, B.AGENT, "person:spokesman"),
        ),
        (
            _claim("said so", AttributionStep(None, "officials", Verb.SAID)),
            EpistemicReading(ES.ASSERTION, B.DEFAULT),
        ),
        (_claim("said so"), EpistemicReading(ES.ASSERTION, B.DEFAULT)),
    ],
    ids=[
        "curated",
        "stance",
        "claimant-step",
        "verb-estimated",
        "verb-denied",
        "official",
        "unnamed",
        "default",
    ],
)
def test_rules_after_the_cues(claim: Claim, expected: EpistemicReading) -> None:
    assert expected == epistemic_status(sound_corpus(), claim)


def test_without_a_corpus_who_the_claimant_is_is_not_known() -> None:
    claim = _claim("has claimed", AttributionStep(E("person:spokesman"), "x", Verb.SAID))
    assert EpistemicReading(ES.ASSERTION, B.DEFAULT) == epistemic_status(None, claim)


@pytest.mark.parametrize(
    ("step", "expected"),
    [
        (
            AttributionStep(E("org:paper"), "x", Verb.SAID, status=ES.HEARSAY),
            EpistemicReading(ES.HEARSAY, B.CURATED),
        ),
        (
            AttributionStep(E("org:paper"), "x", Verb.ALLEGED),
            EpistemicReading(ES.ALLEGATION, B.VERB, "alleged"),
        ),
        (
            AttributionStep(E("org:agency"), "x", Verb.TOLD),
            EpistemicReading(ES.OFFICIAL, B.AGENT, "org:agency"),
        ),
        (AttributionStep(E("org:paper"), "x", Verb.PUBLISHED), EpistemicReading(ES.ASSERTION, B.DEFAULT)),
        (AttributionStep(None, "reporters", Verb.REPORTED), EpistemicReading(ES.ASSERTION, B.DEFAULT)),
    ],
    ids=["curated", "verb", "official-agent", "outlet", "unnamed"],
)
def test_step_status(step: AttributionStep, expected: EpistemicReading) -> None:
    assert expected == step_status(sound_corpus(), step)


@pytest.mark.parametrize(
    ("reading", "expected"),
    [
        (EpistemicReading(ES.HEARSAY, B.CUE, "reportedly"), 'hearsay (cue: "reportedly")'),
        (EpistemicReading(ES.OFFICIAL, B.CURATED), "official (curated)"),
    ],
    ids=["with-cue", "without"],
)
def test_a_reading_shows_why(reading: EpistemicReading, expected: str) -> None:
    assert expected == str(reading)


def test_the_seed_claims_keep_their_curated_status() -> None:
    corpus = load_seed_corpus()
    for claim in corpus.claims:
        if claim.status is not None:
            assert EpistemicReading(claim.status, B.CURATED) == epistemic_status(corpus, claim)


def test_every_cue_marks_its_status_in_a_sentence() -> None:
    for cue in STATUS_CUES:
        if not cue.groups_only:
            assert cue.status == epistemic_status(None, _claim(f"Sources {cue.phrase.upper()} it.")).status


@given(st.text(min_size=1))
def test_never_crashes_on_any_text(text: str) -> None:
    assert isinstance(epistemic_status(None, _claim(text)).status, EpistemicStatus)


def test_cue_matching_survives_adversarial_input() -> None:
    # Near misses of every cue, repeated: a backtracking pattern would not finish.
    text = "cannot be   independently \n" * 20_000 + "confirme"
    assert EpistemicReading(ES.ASSERTION, B.DEFAULT) == epistemic_status(None, _claim(text))
