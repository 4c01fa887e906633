from __future__ import annotations

import json
from typing import TYPE_CHECKING

import attrs

from centasia_claims.cli import main
from tests.provenance.corpora import base, with_claim, with_step, write

if TYPE_CHECKING:
    from pathlib import Path

    import pytest


def test_trace_prints_chain_origin_status_and_corroboration(capsys: pytest.CaptureFixture[str]) -> None:
    assert 0 == main(["trace", "claim:rferl-rahimzoda-61-returned"])
    expected = [
        "claim:rferl-rahimzoda-61-returned",
        "  61 Tajik nationals had returned from Syria and Iraq.",
        "  Source:  source:rferl-up-to-1000: Authorities Say Up To 1,000 Tajiks Joined IS In Syria, Iraq",
        "           RFE/RL, (date not given)",
        (
            "  Quote:   'Interior Minister Ramazon Rahimzoda told reporters on January 25 that 61 "
            "Tajik nationals "
            "had returned from Syria and Iraq'"
        ),
        "           at 590-711 of 002_cc5a38ae8d00b8fb.txt",
        "  Figure:  '61' (exact) for measure:tajik-fighters-returned",
        "  Stance:  asserts",
        "  Status:  official (curated)",
        "Chain",
        (
            '  1. "Interior Minister Ramazon Rahimzoda" Ramazon Rahimzoda (person:ramazon-rahimzoda) told: '
            "official (curated)"
        ),
        '  2. "reporters" (unnamed) reported: assertion (default)',
        '  3. "RFE/RL" RFE/RL (org:rferl) published: assertion (default)',
        (
            "Origin: Tajik government (org:tajik-government), via person:ramazon-rahimzoda -> "
            "org:tajik-interior-ministry -> org:tajik-government"
        ),
        "Corroboration",
        "  supporting: 0 independent origins",
        "  unconfirmed: 0 independent origins",
        "  contradicting: 0 independent origins",
        "  echoes from the same origin: claim:rferl-export-dushanbe-more-than-60-returned",
        "Findings",
        (
            "  info: single_origin: 1 claim gives a figure for 'Tajik nationals who returned from "
            "Syria and Iraq' "
            "('61') that rests on one origin, Tajik government (org:tajik-government): no other "
            "independent origin "
            "in the corpus gives a compatible figure"
        ),
    ]
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
    corpus = with_claim(with_step(base(), "claim:b", 0, agent=None), "claim:a", attribution=())
    corpus = attrs.evolve(corpus, sources=(attrs.evolve(corpus.sources[0], outlet=None), corpus.sources[1]))
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
