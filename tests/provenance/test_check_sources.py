from __future__ import annotations

from typing import TYPE_CHECKING

import attrs
from hypothesis import given
from hypothesis import strategies as st

from centasia_claims import TextSpan, check_provenance, load_seed_corpus
from centasia_claims.provenance import Finding, FindingKind
from centasia_claims.provenance._check_sources import (
    COMMON_SHINGLE_SOURCES,
    MIN_FIGURE_RUNS,
    check_duplicates,
    check_misattribution,
)
from tests.builders.over_time import RETURNED, Newsroom, mirrored, misattributed_headline, translated

if TYPE_CHECKING:
    from centasia_claims import Corpus


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


def _two_languages(figures: list[int], languages: tuple[str, str]) -> Corpus:
    """A report giving ``figures`` in order, and a text in the second language giving them in order too."""
    room = Newsroom(measures=(RETURNED,))
    english = "Report\n" + " ".join(f"They counted {figure:,} more." for figure in figures)
    russian = "Доклад\n" + " ".join(f"Насчитали ещё {figure:,}.".replace(",", "\u00a0") for figure in figures)
    room.article("source:report", "org:herald", "2020-01-05", english, language=languages[0])
    room.article("source:doklad", "org:vestnik", "2020-01-06", russian, language=languages[1])
    return room.corpus()


_figures = st.lists(st.integers(0, 99_999), min_size=2 + MIN_FIGURE_RUNS, max_size=12, unique=True)


@given(_figures)
def test_a_text_in_another_language_with_the_same_figures_in_order_is_a_likely_duplicate(
    figures: list[int],
) -> None:
    (finding,) = check_duplicates(_two_languages(figures, ("en", "ru")))
    assert finding.message.startswith(
        "sources 'source:report' and 'source:doklad' look like one work (the same figures in the same order "
        "in a 'en' and a 'ru' text, 100% of the shorter text's runs of 3 figures in common)"
    )


@given(_figures)
def test_figures_alone_never_make_two_texts_in_one_language_one_work(figures: list[int]) -> None:
    assert [] == list(check_duplicates(_two_languages(figures, ("en", "en"))))


def test_two_reports_of_one_briefing_in_two_languages_that_share_two_figures_are_not_one_work() -> None:
    assert [] == list(check_duplicates(_two_languages([61, 148], ("en", "ru"))))
