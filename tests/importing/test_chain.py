from __future__ import annotations

import pytest

from centasia_claims.importing import ChainStep, parse_chain
from centasia_claims.importing._chain import ChainSyntaxError
from centasia_claims.model import Verb


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("RFE/RL", (ChainStep("RFE/RL", Verb.PUBLISHED),)),
        (
            "experts {} > ODR",
            (ChainStep("experts", Verb.SAID, unnamed=True), ChainStep("ODR", Verb.PUBLISHED)),
        ),
        (
            "A {org:a} [according to] > B [reported]",
            (ChainStep("A", Verb.ACCORDING_TO, "org:a"), ChainStep("B", Verb.REPORTED)),
        ),
        (
            "group: four suspects [confirmed] > B",
            (ChainStep("four suspects", Verb.CONFIRMED, group=True), ChainStep("B", Verb.PUBLISHED)),
        ),
        (
            "МВД [заявили] > Вазир [иброз дошт] > ТАСС [сообщает] > X",
            (
                ChainStep("МВД", Verb.SAID),
                ChainStep("Вазир", Verb.SAID),
                ChainStep("ТАСС", Verb.REPORTED),
                ChainStep("X", Verb.PUBLISHED),
            ),
        ),
        ("A [Announced] > B", (ChainStep("A", Verb.ANNOUNCED), ChainStep("B", Verb.PUBLISHED))),
    ],
    ids=["outlet", "unnamed", "ids-and-verbs", "group", "russian-and-tajik-verbs", "english-speech-verb"],
)
def test_chains_read_as_written(text: str, expected: tuple[ChainStep, ...]) -> None:
    assert expected == parse_chain(text)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "A > > B",
            "step 2 '' is not 'name [verb]': write each step as a name, optionally {id}, optionally a "
            "verb in brackets, and separate the steps with >",
        ),
        ("group: [said]", "step 1 'group: [said]' names no group: write 'group: his relatives'"),
        (
            "A [заявление] > B",
            "unknown verb [заявление] in 'A [заявление]': use one of said, told, estimated, claimed, "
            "reported, declared, according to, wrote, believed, characterized, announced, found, alleged, "
            "confirmed, denied, published, or a speech verb of SPEECH_VERBS (English, Russian or Tajik)",
        ),
    ],
)
def test_malformed_chains_say_what_to_write(text: str, message: str) -> None:
    with pytest.raises(ChainSyntaxError) as caught:
        parse_chain(text)
    assert message == str(caught.value)
