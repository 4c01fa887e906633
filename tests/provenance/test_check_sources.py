from __future__ import annotations

import attrs

from centasia_claims import TextSpan, check_provenance, load_seed_corpus
from centasia_claims.provenance import Finding, FindingKind
from centasia_claims.provenance._check_sources import (
    COMMON_SHINGLE_SOURCES,
    check_duplicates,
    check_misattribution,
)
from tests.builders.over_time import mirrored, misattributed_headline, translated


def test_a_mirror_that_does_not_say_so_is_a_likely_duplicate() -> None:
    expected = Finding(
        FindingKind.LIKELY_DUPLICATE,
        ("claim:herald-border-35", "claim:gazette-mirror-35"),
        "sources 'source:herald-border' and 'source:gazette-mirror' look like one work (100% of the shorter "
        "text's sampled passages in common), but neither says so: if one copies or translates the other, set "
        "its copy_of, translation_of or same_as, so that they count as one origin",
        where="$.sources[0] and $.sources[1]",
    )
    assert [expected] == list(check_duplicates(mirrored()))


def test_a_declared_copy_is_no_finding() -> None:
    assert [] == list(check_duplicates(mirrored(declared=True)))


def test_a_translation_shares_no_passage_with_its_original() -> None:
    assert [] == list(check_duplicates(translated(declared=False)))


def test_an_archive_and_the_articles_read_through_it_are_not_duplicates() -> None:
    assert [] == list(check_duplicates(load_seed_corpus()))


def test_boilerplate_shared_by_many_sources_is_no_evidence() -> None:
    corpus = mirrored()
    footer = " ".join(f"word{index}" for index in range(60))
    text = corpus.documents[0].text
    stories = []
    for index in range(COMMON_SHINGLE_SOURCES + 1):
        start = len(text)
        text += f"Story {index}\n{footer}\n\n"
        stories.append(
            attrs.evolve(
                corpus.sources[0], id=f"source:story-{index}", title="", span=TextSpan(start, len(text))
            )
        )
    document = attrs.evolve(corpus.documents[0], text=text)
    many = attrs.evolve(corpus, documents=(document,), sources=(*corpus.sources, *stories))
    assert ["$.sources[0] and $.sources[1]"] == [finding.where for finding in check_duplicates(many)]


def test_a_headline_that_gives_the_bodys_figure_to_the_government_is_misattributed() -> None:
    expected = Finding(
        FindingKind.MISATTRIBUTED_CLAIMANT,
        ("claim:body-500",),
        "the chain gives the figure to 'The Government' (org:government), who is not named in the quote or "
        "its "
        "sentence, while 'the Institute' is: check who gives the figure (a headline may credit it to another "
        "body than the text does) and correct the chain",
    )
    assert [expected] == list(check_misattribution(misattributed_headline()))
    assert expected in check_provenance(misattributed_headline()).findings


def test_the_bundled_corpus_has_no_misattributed_claimant() -> None:
    assert [] == list(check_misattribution(load_seed_corpus()))
