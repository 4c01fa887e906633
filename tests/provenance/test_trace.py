from __future__ import annotations

import pytest

from centasia_claims import UnknownIdError, load_seed_corpus
from centasia_claims.provenance import trace_claim
from tests.builders import SEED_CLAIM, SEED_TRACE


def test_a_seed_claim_reads_as_the_trace_command_prints_it() -> None:
    assert SEED_TRACE == str(trace_claim(load_seed_corpus(), SEED_CLAIM)).splitlines()


def test_an_unknown_claim() -> None:
    with pytest.raises(UnknownIdError, match="no claim with id 'claim:nope' in this corpus"):
        trace_claim(load_seed_corpus(), "claim:nope")
