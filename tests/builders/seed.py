"""What the bundled seed corpus says of one claim that several tests follow through the library."""

from __future__ import annotations

SEED_CLAIM = "claim:rferl-rahimzoda-61-returned"
"""A claim of the seeds with a figure, a chain of three steps and an echo from the same origin."""

SEED_TRACE: list[str] = [
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
"""`trace_claim` of `SEED_CLAIM` in the bundled corpus, line by line, as the trace command prints it."""
