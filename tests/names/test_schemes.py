from centasia_claims.names import SCHEMES


def test_every_scheme_cites_its_standard() -> None:
    assert all(scheme.standard for scheme in SCHEMES.values())
