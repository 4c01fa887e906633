from __future__ import annotations

import pytest

from centasia_claims import Estimate, Qualifier, load_seed_corpus
from centasia_claims._render import number_text
from centasia_claims.model._estimate import bounds_text

CORPUS = load_seed_corpus()


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        pytest.param(
            {"qualifier": Qualifier.EXACT, "low": 1141, "high": 1141, "point": 1141}, "= 1,141", id="exact"
        ),
        pytest.param(
            {"qualifier": Qualifier.AT_MOST, "high": 1000, "unit": "people"}, "≤ 1,000 people", id="at-most"
        ),
        pytest.param({"qualifier": Qualifier.LESS_THAN, "high": 10}, "< 10", id="less-than"),
        pytest.param(
            {"qualifier": Qualifier.MORE_THAN, "low": 50, "unit": "percent"}, "> 50 %", id="more-than"
        ),
        pytest.param({"qualifier": Qualifier.AT_LEAST, "low": 300}, "≥ 300", id="at-least"),
        pytest.param(
            {"qualifier": Qualifier.APPROXIMATE, "low": 270, "high": 330, "point": 300},
            "[270, 330]",
            id="about",
        ),
        pytest.param(
            {"qualifier": Qualifier.VAGUE, "low": 1500, "high": 9999, "low_inclusive": False},
            "(1,500, 9,999]",
            id="half-open",
        ),
        pytest.param(
            {
                "qualifier": Qualifier.EXACT,
                "low": 100,
                "high": 100,
                "point": 100,
                "unit": "USD",
                "per": "month",
            },
            "= 100 USD per month",
            id="rate",
        ),
        pytest.param(
            {"qualifier": Qualifier.EXACT, "values": (23, 21), "unit": "years"}, "23 and 21 years", id="list"
        ),
    ],
)
def test_interval_text(fields: dict[str, object], expected: str) -> None:
    assert expected == bounds_text(Estimate(phrase="x", **fields))  # type: ignore[arg-type]


def test_number_text() -> None:
    assert ("1,141", "33.33", "1.5") == (
        number_text(1141.0),
        number_text(100 / 3, places=2),
        number_text(1.5),
    )


def test_claim_str_reads_as_one_line() -> None:
    assert (
        'claim:rferl-authorities-up-to-1000: "up to 1,000" at_most ≤ 1,000 people: '
        "Up to 1,000 Tajik nationals have joined IS in Syria and Iraq. [2016-01] "
        "(by Tajik authorities (said) -> RFE/RL (published); in source:rferl-up-to-1000)"
    ) == str(CORPUS.claim("claim:rferl-authorities-up-to-1000"))


def test_claim_html_marks_the_quote_and_escapes() -> None:
    claim = CORPUS.claim("claim:rferl-halimov-pension-100")
    rendered = claim._repr_html_()
    assert "<mark>The minister claimed IS was now paying Halimov $100 a month as a &quot;pension." in rendered
    assert "<dt>stance</dt><dd>unconfirmed</dd>" in rendered


def test_corpus_html_lists_every_source() -> None:
    rendered = CORPUS._repr_html_()
    assert all(f"<code>{source.id}</code>" in rendered for source in CORPUS.sources)


def test_reconciliation_html_has_the_timeline_consensus_and_contradictions() -> None:
    from centasia_claims import reconcile  # noqa: PLC0415

    rendered = reconcile(CORPUS, CORPUS.claims_for("measure:tajik-civil-war-deaths"))._repr_html_()
    assert "<td>as many as 157,000</td>" in rendered
    assert "<td>contested [100000, 157000]</td>" in rendered
    assert "<th>contradiction</th>" in rendered


def test_name_match_html_lists_the_rules() -> None:
    from centasia_claims import compare_names  # noqa: PLC0415

    assert (
        "<div><strong>same</strong> (1.00)<ul><li>Gulmorod = Gulmurod (a/o/u)</li>"
        "<li>Khalimov = Halimov (kh/h)</li></ul></div>"
    ) == compare_names("Gulmorod Khalimov", "Gulmurod Halimov")._repr_html_()
