from __future__ import annotations

import inspect

import attrs
import pytest

from centasia_claims import (
    AttributionStep,
    Claim,
    Corpus,
    CorpusError,
    Name,
    Organization,
    TextQuote,
    TextSpan,
    UnknownIdError,
    Verb,
    load_seed_corpus,
)
from centasia_claims.corpus import SECTIONS, _corpus, _load, seed_path
from centasia_claims.model import Document
from tests.builders import claim, exact, measure, person, source

TEXT = "The ministry said 61 returned. Experts say 148 died."
SOURCE = source("source:a", title="A", document="a.txt", span=TextSpan(0, len(TEXT)), outlet="org:outlet")
MINISTRY = Organization(id="org:ministry", names=(Name("Interior Ministry"),))
OUTLET = Organization(id="org:outlet", names=(Name("RFE/RL"),))
PERSON = person("person:a", "Gulmurod Halimov")
MEASURE = measure(label="returned")


def _claim(id_: str, phrase: str, agent: str | None) -> Claim:
    start = TEXT.index(phrase)
    return claim(
        id_,
        exact(phrase, float(phrase)),
        MEASURE,
        source="source:a",
        quote=TextQuote(exact=phrase, start=start, end=start + len(phrase)),
        statement=phrase,
        about=("person:a",),
        attribution=(
            AttributionStep(agent, "them", Verb.SAID),
            AttributionStep("org:outlet", "RFE/RL", Verb.PUBLISHED),
        ),
    )


CORPUS = Corpus(
    documents=(Document("a.txt", TEXT),),
    sources=(SOURCE,),
    persons=(PERSON,),
    organizations=(MINISTRY, OUTLET),
    measures=(MEASURE,),
    claims=(_claim("claim:a", "61", "org:ministry"), _claim("claim:b", "148", None)),
)


def test_queries() -> None:
    assert (
        [c.id for c in CORPUS.claims_about("person:a")],
        [c.id for c in CORPUS.claims_by("org:ministry")],
        [c.id for c in CORPUS.claims_in("source:a")],
        [c.id for c in CORPUS.claims_for("measure:m")],
        CORPUS.claims_by("person:a"),
    ) == (
        ["claim:a", "claim:b"],
        ["claim:a"],
        ["claim:a", "claim:b"],
        ["claim:a", "claim:b"],
        (),
    )


@pytest.mark.parametrize(
    ("lookup", "wanted", "message"),
    [
        ("claims_about", "person:b", "no entity with id 'person:b' in this corpus"),
        ("claims_about", "a", "no entity with id 'a' in this corpus; did you mean 'person:a'?"),
        (
            "claims_by",
            "org:ministri",
            "no entity with id 'org:ministri' in this corpus; did you mean 'org:ministry'?",
        ),
        ("claims_in", "source:b", "no source with id 'source:b' in this corpus"),
        ("claims_for", "measure:", "no measure with id 'measure:' in this corpus; did you mean 'measure:m'?"),
        ("claim", "claim:c", "no claim with id 'claim:c' in this corpus"),
        ("measure", "claim:a", "no measure with id 'claim:a' in this corpus"),
        ("entity", "zzz", "no entity with id 'zzz' in this corpus"),
        ("source", "source:", "no source with id 'source:' in this corpus; did you mean 'source:a'?"),
    ],
    ids=[
        "about-nothing-close",
        "about-bare-name",
        "by",
        "in",
        "for-prefix",
        "claim",
        "wrong-kind",
        "nothing-close",
        "source",
    ],
)
def test_an_unknown_id_raises_with_the_closest_ids(lookup: str, wanted: str, message: str) -> None:
    with pytest.raises(UnknownIdError) as caught:
        getattr(CORPUS, lookup)(wanted)
    assert message == str(caught.value)


def test_lookups_by_kind() -> None:
    assert (
        CORPUS.entity("person:a"),
        CORPUS.source("source:a"),
        CORPUS.measure("measure:m"),
        CORPUS.get("org:ministry"),
    ) == (PERSON, SOURCE, MEASURE, MINISTRY)
    assert CORPUS.entities == (PERSON, MINISTRY, OUTLET)


@pytest.mark.parametrize(
    ("lookup", "message"),
    [
        (
            lambda: CORPUS.entity("source:a"),
            "no entity with id 'source:a' in this corpus; did you mean 'person:a'?",
        ),
        (
            lambda: CORPUS.claim("person:a"),
            "no claim with id 'person:a' in this corpus; did you mean 'claim:a'?",
        ),
        (lambda: CORPUS.get("nothing"), "no object with id 'nothing' in this corpus"),
        (
            lambda: CORPUS.document_text("b.txt"),
            "no document with id 'b.txt' in this corpus; did you mean 'a.txt'?",
        ),
    ],
)
def test_unknown_ids(lookup: object, message: str) -> None:
    with pytest.raises(UnknownIdError) as caught:
        lookup()  # type: ignore[operator]
    assert message == str(caught.value)
    assert isinstance(caught.value, KeyError)


def test_text_of_a_source() -> None:
    assert TEXT == CORPUS.text_of("source:a") == CORPUS.text_of(SOURCE)


def test_evolve_checks_again() -> None:
    with pytest.raises(CorpusError) as caught:
        attrs.evolve(CORPUS, persons=())
    assert [str(problem) for problem in caught.value.problems] == [
        "$.claims[0].about[0]: unknown event or group or organization or person or place id 'person:a': "
        "add it to the corpus or correct the id",
        "$.claims[1].about[0]: unknown event or group or organization or person or place id 'person:a': "
        "add it to the corpus or correct the id",
    ]


def test_outlet_must_be_an_organization() -> None:
    with pytest.raises(CorpusError) as caught:
        attrs.evolve(CORPUS, sources=(attrs.evolve(SOURCE, outlet="person:a"),))
    assert [str(problem) for problem in caught.value.problems] == [
        "$.sources[0].outlet: 'person:a' is a person, but an organization is needed here"
    ]


def test_repr_counts() -> None:
    assert repr(CORPUS) == (
        "<Corpus: 1 documents, 1 sources, 1 persons, 2 organizations, 0 places, 0 events, 0 groups, "
        "1 measures, "
        "2 claims, 0 mentions, 0 exclusions>"
    )


def test_corpus_html_lists_every_source() -> None:
    rendered = load_seed_corpus()._repr_html_()
    assert all(f"<code>{source.id}</code>" in rendered for source in load_seed_corpus().sources)


def test_counts() -> None:
    assert {
        "documents": 1,
        "sources": 1,
        "persons": 1,
        "organizations": 2,
        "places": 0,
        "events": 0,
        "groups": 0,
        "measures": 1,
        "claims": 2,
        "mentions": 0,
        "exclusions": 0,
    } == CORPUS.counts()


def test_what_is_built_from_a_corpus_is_built_once_and_kept_with_it() -> None:
    built: list[Corpus] = []

    def build(corpus: Corpus) -> int:
        built.append(corpus)
        return len(corpus.claims)

    changed = attrs.evolve(CORPUS, claims=CORPUS.claims[:1])
    assert (2, 2, 1, 1) == (
        CORPUS.cached(build),
        CORPUS.cached(build),
        changed.cached(build),
        changed.cached(build),
    )
    assert [CORPUS, changed] == built


def test_a_checked_corpus_has_the_same_indexes_and_equals_a_checked_one() -> None:
    trusted = Corpus._checked(**{name: getattr(CORPUS, name) for name in CORPUS.counts()})
    assert (CORPUS, ["claim:a"], TEXT) == (
        trusted,
        [claim.id for claim in trusted.claims_by("org:ministry")],
        trusted.text_of("source:a"),
    )
    with pytest.raises(CorpusError):  # a change to it is checked again
        attrs.evolve(trusted, persons=())


def test_the_constructor_takes_the_documents_and_every_section() -> None:
    """`Corpus.__init__` is written by hand (it checks what attrs' generated one builds): it must keep up."""
    parameters = list(inspect.signature(Corpus.__init__).parameters)[1:]
    assert (
        ["documents", *SECTIONS] == parameters == [field.name for field in attrs.fields(Corpus) if field.init]
    )


def test_a_corpus_knows_the_folders_it_was_loaded_from_until_it_is_changed() -> None:
    corpus = load_seed_corpus()
    assert (seed_path(),) == corpus.folders
    assert () == attrs.evolve(corpus, exclusions=()).folders


# Immutability that holds: lists become tuples, lookups are read-only, one seed corpus however many threads.


def test_lists_given_to_a_corpus_or_evolve_become_tuples_and_it_stays_hashable() -> None:
    seed = load_seed_corpus()
    claims = list(seed.claims)
    changed = attrs.evolve(seed, claims=claims)  # type: ignore[arg-type]
    claims.clear()
    assert (tuple, len(seed.claims), hash(seed)) == (type(changed.claims), len(changed.claims), hash(changed))
    source = attrs.evolve(seed.sources[0], authors=list(seed.sources[0].authors))  # type: ignore[arg-type]
    assert isinstance(source.authors, tuple)
    hash(source)


@pytest.mark.parametrize(
    "table", ["_by_id", "_texts", "_about", "_by_claimant", "_in_source", "_for_measure", "_mentions_of"]
)
def test_the_lookup_tables_of_the_shared_seed_corpus_are_read_only(table: str) -> None:
    corpus = load_seed_corpus()
    lookup = corpus._texts if table == "_texts" else corpus.cached(getattr(_corpus, table))
    with pytest.raises(TypeError, match="does not support item assignment"):
        lookup["x"] = ()  # type: ignore[index]


def test_indexes_are_built_on_first_use_and_kept() -> None:
    corpus = _load.load_corpus(seed_path())
    assert _corpus._about not in corpus._derived
    first = corpus.claims_about("person:gulmurod-halimov")
    assert corpus.cached(_corpus._about) is corpus._derived[_corpus._about]
    assert first is corpus.claims_about("person:gulmurod-halimov")
