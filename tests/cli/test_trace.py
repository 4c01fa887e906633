from __future__ import annotations

import json
from typing import TYPE_CHECKING

from centasia_claims import load_seed_corpus
from centasia_claims.cli import main
from centasia_claims.provenance import trace_claim
from centasia_claims.serialization import unstructure
from tests.builders import SEED_CLAIM, SEED_TRACE, sound_corpus, with_claim, with_source, with_step, write

if TYPE_CHECKING:
    from pathlib import Path

    import pytest


def test_trace_prints_chain_origin_status_and_corroboration(capsys: pytest.CaptureFixture[str]) -> None:
    assert 0 == main(["trace", SEED_CLAIM])
    expected = SEED_TRACE
    assert expected == capsys.readouterr().out.splitlines()


def test_trace_of_a_claim_without_figure_or_chain_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert 0 == main(["trace", "claim:rferl-figure-doubled", "--json"])
    data = json.loads(capsys.readouterr().out)
    assert {"status": "assertion", "basis": "default", "cue": None} == data["status"]
    assert [
        {
            "step": {"agent": "org:rferl", "text": "RFE/RL", "verb": "published"},
            "name": "RFE/RL",
            "reading": {"status": "assertion", "basis": "default", "cue": None},
        }
    ] == data["chain"]
    assert {
        "agent": "org:rferl",
        "label": "RFE/RL",
        "via": ["org:rferl"],
        "claim": None,
        "source": None,
    } == data["origin"]
    assert {
        "claim": "claim:rferl-figure-doubled",
        "origin": data["origin"],
        "compared": False,
        "supporting": [],
        "unconfirmed": [],
        "contradicting": [],
        "echoes": [],
        "independent_support": 0,
    } == data["corroboration"]
    assert [] == data["findings"]
    assert "value" not in data["claim"]


def test_trace_of_an_unknown_claim(capsys: pytest.CaptureFixture[str]) -> None:
    assert 3 == main(["trace", "claim:nope"])
    assert "centasia-claims trace: no claim with id 'claim:nope' in this corpus\n" == capsys.readouterr().err


def test_trace_shows_unnamed_origins(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = with_claim(with_step(sound_corpus(), "claim:b", 0, agent=None), "claim:a", attribution=())
    corpus = with_source(corpus, "source:a", outlet=None)
    assert 0 == main(["trace", "claim:a", "--corpus", str(write(corpus, tmp_path / "corpus"))])
    expected = [
        "Chain",
        "  (empty: the source itself asserts it)",
        "Origin: the unnamed author of source:a",
        "Corroboration",
        "  supporting: 1 independent origin",
        "    unnamed (Researchers at the Institute), an origin of its own: claim:b",
        "  unconfirmed: 0 independent origins",
        "  contradicting: 0 independent origins",
        "  echoes from the same origin: none",
        "Findings",
        (
            "  warning: unnamed_claimant: source 'source:a' names no author or outlet: the claim "
            "it asserts itself "
            "has an unnamed claimant, counted as one origin, the source's unnamed author; name the author or "
            "outlet if the text does"
        ),
    ]
    assert expected == capsys.readouterr().out.splitlines()[9:]


def test_trace_json_is_the_trace_as_the_converter_writes_it(capsys: pytest.CaptureFixture[str]) -> None:
    assert 0 == main(["trace", SEED_CLAIM, "--json"])
    written = json.loads(json.dumps(unstructure(trace_claim(load_seed_corpus(), SEED_CLAIM))))
    assert written == json.loads(capsys.readouterr().out)
