from centasia_claims import load_seed_corpus, resolve
from centasia_claims.names import Candidate, NameVerdict, Resolution
from centasia_claims.serialization import unstructure

SEED = load_seed_corpus()


def _candidate(entity: str, verdict: NameVerdict, score: float) -> Candidate:
    return Candidate(entity, entity, "person", verdict, score, entity, "primary")


def test_ambiguous_when_the_first_two_are_within_the_margin() -> None:
    close = Resolution(
        "x",
        None,
        (_candidate("a", NameVerdict.COMPATIBLE, 0.6), _candidate("b", NameVerdict.COMPATIBLE, 0.55)),
    )
    apart = Resolution(
        "x",
        None,
        (_candidate("a", NameVerdict.COMPATIBLE, 0.9), _candidate("b", NameVerdict.COMPATIBLE, 0.6)),
    )
    assert (True, None) == (close.ambiguous, close.best)
    assert (False, "a") == (apart.ambiguous, apart.best and apart.best.entity)


def test_a_resolution_serializes_its_decision() -> None:
    data = unstructure(resolve(SEED, "Halimov"))
    assert ("person:gulmurod-halimov", False) == (data["resolved"], data["ambiguous"])
