import pytest

from centasia_claims.names._givens import (
    GIVENS_MISMATCH,
    NO_GIVENS,
    compare_givens,
    joined_agree,
    swap_reason,
)
from centasia_claims.names._key import parse_name
from centasia_claims.names._relate import Kind


@pytest.mark.parametrize(
    ("a", "b", "kind", "reasons"),
    [
        pytest.param("Gulmurod", "Gulmorod", Kind.EQUAL, ("Gulmurod = Gulmorod (a/o/u)",), id="one-each"),
        pytest.param(
            "Said Abdullo",
            "Abdullo",
            Kind.EQUAL,
            ("Abdullo = Abdullo (identical)", "Said only in one name (middle name or initial)"),
            id="extra-name",
        ),
        pytest.param(
            "Mahmad Ali", "Mahmadali", Kind.EQUAL, ("Mahmad Ali = Mahmadali (one word or two)",), id="joined"
        ),
        pytest.param("F.", "Fozil", Kind.INITIAL, ("F agrees with Fozil (initial)",), id="initial"),
    ],
)
def test_compare_givens(a: str, b: str, kind: Kind, reasons: tuple[str, ...]) -> None:
    givens = compare_givens(parse_name(a).tokens, parse_name(b).tokens)
    assert (kind, reasons, False) == (givens.kind, givens.reasons, givens.mismatch)


def test_no_given_names_on_one_side_and_a_mismatch() -> None:
    assert NO_GIVENS == compare_givens((), parse_name("Fozil").tokens)
    assert GIVENS_MISMATCH == compare_givens(parse_name("Fozil").tokens, parse_name("Sultonmurod").tokens)


def test_a_pair_related_through_a_schemes_spelling_is_kept_for_the_agreement() -> None:
    # Hajit is ISO 9's spelling of Хайит: the pair is kept for `schemes_agree`; without the rule, no match.
    cyrillic, latin = parse_name("Хайит").tokens, parse_name("Hajit").tokens
    givens = compare_givens(cyrillic, latin)
    assert (True, 1) == (givens.spelled, len(givens.pairs))
    assert GIVENS_MISMATCH == compare_givens(cyrillic, latin, spelling=False)


def test_joined_agree_and_swap_reason() -> None:
    assert joined_agree(parse_name("Mahmad Ali").tokens, parse_name("Махмадалӣ").tokens)
    first, second = parse_name("Halimov").tokens[0], parse_name("Khalimov").tokens[0]
    assert "Halimov = Khalimov (kh/h)" == swap_reason("Khalimov = Halimov (kh/h)", first, second)
