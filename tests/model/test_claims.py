from __future__ import annotations

import attrs
import pytest

from centasia_claims import Claim, InvalidValueError, TextQuote, load_seed_corpus

CORPUS = load_seed_corpus()


def test_a_claim_for_a_measure_needs_a_value() -> None:
    with pytest.raises(InvalidValueError) as caught:
        Claim(id="c", source="s", quote=TextQuote(exact="x", start=0, end=1), statement="x", measure="m")
    assert "value: a claim for measure 'm' needs a value or a term (got neither)" == str(caught.value)


def test_claimant_is_the_first_step() -> None:
    claim = Claim(id="c", source="s", quote=TextQuote(exact="x", start=0, end=1), statement="x")
    assert claim.claimant is None


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


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        (
            {"quote": None},
            "unquoted: a claim without a quote needs the reason in unquoted (got none): quote the text it "
            "rests on, or say why it has no verbatim quote",
        ),
        (
            {"unquoted": "read from a chart"},
            "unquoted: a claim with a quote takes no reason for having none (got 'read from a chart'): "
            "remove it",
        ),
    ],
    ids=["no-quote-no-reason", "quote-and-reason"],
)
def test_a_claim_has_a_quote_or_a_reason_for_none_never_both(
    changes: dict[str, object], message: str
) -> None:
    fields: dict[str, object] = {"quote": TextQuote(exact="1,141", start=0, end=5), **changes}
    with pytest.raises(InvalidValueError) as caught:
        Claim(id="c", source="s", statement="s", **fields)  # type: ignore[arg-type]
    assert message == str(caught.value)


def test_an_unquoted_claim_keeps_its_reason() -> None:
    claim = Claim(id="c", source="s", unquoted="the figure is read from a chart", statement="s")
    assert (None, "the figure is read from a chart") == (claim.quote, claim.unquoted)


def test_a_claim_shows_what_its_figure_leaves_unread() -> None:
    claim = CORPUS.claim("claim:rferl-authorities-up-to-1000")
    assert claim.value is not None
    marked = attrs.evolve(claim, value=attrs.evolve(claim.value, unread=("smoe", "\u00b9")))
    expected = (
        "claim:rferl-authorities-up-to-1000: \"up to 1,000\" at_most ≤ 1,000 people (unread: 'smoe', '¹'): "
    )
    assert (True, True) == (
        str(marked).startswith(expected),
        "(unread: &#x27;smoe&#x27;" in marked._repr_html_(),
    )
