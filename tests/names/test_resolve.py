import gc
import weakref

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from centasia_claims import (
    Corpus,
    Mention,
    Name,
    NameKind,
    ParseError,
    TextQuote,
    TextSpan,
    load_seed_corpus,
    resolve,
)
from centasia_claims.model import Document, EntityId, SourceId
from centasia_claims.names._resolve import index_of
from tests.builders import person, source

SEED = load_seed_corpus()


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        pytest.param("Gulmorod Khalimov", "person:gulmurod-halimov", id="halimov"),
        pytest.param("Halimov Gulmorod", "person:gulmurod-halimov", id="halimov-surname-first"),
        pytest.param("Гулмурод Ҳалимов", "person:gulmurod-halimov", id="halimov-cyrillic"),
        pytest.param("Emomoli Rahmon", "person:emomali-rahmon", id="rahmon"),
        pytest.param("Mukhiddin Kabiri", "person:muhiddin-kabiri", id="kabiri"),
        pytest.param("Abdukhalim Nazarzoda", "person:abdulhalim-nazarzoda", id="nazarzoda"),
        pytest.param("Mahmadali Haitov", "person:mahmadali-hayit", id="hayit"),
        pytest.param("IRPT", "org:irpt", id="irpt"),
        pytest.param("IPRT", "org:irpt", id="iprt"),
        pytest.param("Islamic Revival Party", "org:irpt", id="irpt-translation"),
        pytest.param("ISIS", "org:islamic-state", id="isis"),
        pytest.param("IS", "org:islamic-state", id="is"),
        pytest.param("ISIL", "org:islamic-state", id="isil"),
        pytest.param("Daesh", "org:islamic-state", id="daesh"),
        pytest.param("Islamic State", "org:islamic-state", id="islamic-state"),
        pytest.param("ISKP", "org:iskp", id="iskp"),
        pytest.param("ISIS-K", "org:iskp", id="isis-k"),
        pytest.param("Islamic State Khorasan Province", "org:iskp", id="iskp-name"),
        pytest.param("Гулмурода Халимова", "person:gulmurod-halimov", id="russian-genitive"),
        pytest.param("Гулмуродом Халимовым", "person:gulmurod-halimov", id="russian-instrumental"),
        pytest.param("Эмомали Рахмона", "person:emomali-rahmon", id="russian-genitive-surname"),
        pytest.param("Мухиддина Кабири", "person:muhiddin-kabiri", id="russian-genitive-given-name"),
    ],
)
def test_resolve_on_the_bundled_corpus(mention: str, expected: str) -> None:
    best = resolve(SEED, mention).best
    assert best is not None
    assert expected == best.entity


def test_corpus_resolve_delegates() -> None:
    assert resolve(SEED, "Rahmonov", at="2005") == resolve(SEED, "Rahmonov", at="2005")


def test_rahmonov_alone_resolves_to_whom_the_texts_mean_by_it() -> None:
    # The president's surname before 2007, as the Islamic State still writes it in 2024, and the surname of
    # Naim Rahmonov, a relative of Halimov; the texts write "Rahmonov" alone only for the president.
    later = resolve(SEED, "Rahmonov", at="2024")
    assert later.best is not None
    assert (False, "person:emomali-rahmon", ["person:emomali-rahmon", "person:naim-rahmonov"]) == (
        later.ambiguous,
        later.best.entity,
        [candidate.entity for candidate in later.candidates],
    )
    assert "the corpus's texts use 'Rahmonov' alone for this person" in later.best.reasons


def test_the_presidents_full_birth_name_resolves_to_him_on_the_bundled_corpus() -> None:
    best = resolve(SEED, "Emomali Rahmonov", at="2005").best
    assert best is not None
    assert "person:emomali-rahmon" == best.entity


def test_mentions_are_indexed() -> None:
    text = "Sources call him Karimi Nazar."
    corpus = Corpus(
        documents=(Document(name="a.txt", text=text),),
        sources=(source("source:a", title="", document="a.txt", span=TextSpan(0, len(text))),),
        persons=(person("person:karim-nazarov", "Karim Nazarov"),),
        mentions=(
            Mention(
                entity=EntityId("person:karim-nazarov"),
                name="Karimi Nazar",
                source=SourceId("source:a"),
                quote=TextQuote.locate(text, "Karimi Nazar"),
            ),
        ),
    )
    best = resolve(corpus, "Karimi Nazar").best
    assert best is not None
    assert (best.entity, best.via, best.matched) == ("person:karim-nazarov", "mention", "Karimi Nazar")


def test_index_is_kept_per_corpus_and_dropped_with_it() -> None:
    corpus = Corpus(persons=(person("person:a", "Fozil Halimov"),))
    index = index_of(corpus)
    assert index is index_of(corpus)
    assert len(index) == 1
    changed = attrs.evolve(corpus, persons=(*corpus.persons, person("person:b", "Gulmurod Halimov")))
    best = resolve(changed, "Gulmurod Halimov").best
    assert (2, "person:b") == (len(index_of(changed)), best and best.entity)
    held = weakref.ref(index)
    del corpus, index
    gc.collect()
    assert held() is None


def _persons_corpus() -> Corpus:
    return Corpus(
        persons=(
            person("person:gulmurod", "Gulmurod Halimov", "Colonel Halimov"),
            person("person:nazir", "Nazir"),
        )
    )


def test_a_fuller_name_vetoes_a_match_through_a_partial_one() -> None:
    # "Colonel Halimov" alone would take any Halimov; his full name says Behrouz is someone else.
    corpus = _persons_corpus()
    assert [] == list(resolve(corpus, "Behrouz Halimov").candidates)
    best = resolve(corpus, "Colonel Halimov").best
    assert best is not None
    assert "person:gulmurod" == best.entity


def test_a_mention_with_more_parts_cannot_resolve_through_a_shorter_name_alone() -> None:
    assert () == resolve(_persons_corpus(), "Nazir Karimov").candidates


def test_a_bare_surname_stays_ambiguous_when_the_texts_use_it_for_two_people() -> None:
    text = "Halimov said so. Later Halimov denied it."
    corpus = Corpus(
        documents=(Document(name="a.txt", text=text),),
        sources=(source("source:a", title="", document="a.txt", span=TextSpan(0, len(text))),),
        persons=(person("person:a", "Gulmurod Halimov"), person("person:b", "Fozil Halimov")),
        mentions=tuple(
            Mention(
                entity=EntityId(entity),
                name="Halimov",
                source=SourceId("source:a"),
                quote=TextQuote(exact="Halimov", start=start, end=start + 7),
            )
            for entity, start in (("person:a", 0), ("person:b", 23))
        ),
    )
    result = resolve(corpus, "Halimov")
    assert (True, None) == (result.ambiguous, result.best)


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        pytest.param("ПИВТ", "org:irpt", id="cyrillic-acronym"),
        pytest.param("ИГИЛ", "org:islamic-state", id="alias-table-acronym"),
        pytest.param("Исламского государства", "org:islamic-state", id="alias-table-inflected"),
        pytest.param("Вилаят Хорасан", "org:iskp", id="alias-table-branch"),
        pytest.param("Islamic Movement of Uzbekistan", "org:imu", id="merged-organization"),
        pytest.param("Худжанд", "place:khujand", id="place-cyrillic"),
        pytest.param("Leninabad", "place:khujand", id="place-former-name"),
        pytest.param("غولمراد حليموف", "person:gulmurod-halimov", id="arabic-script"),
        pytest.param("Kabirov", "person:muhammadjon-kabirov", id="bare-surname-by-the-texts"),
        pytest.param("Tajik President Emomali Rahmon", "person:emomali-rahmon", id="descriptor-title"),
    ],
)
def test_resolve_beyond_the_recorded_strings(mention: str, expected: str) -> None:
    best = resolve(SEED, mention).best
    assert best is not None
    assert expected == best.entity


@pytest.mark.parametrize(
    "mention",
    ["Kyrgyz Interior Ministry", "Radio Azadi", "Behruz Halimov", "Islamic State Caucasus Province"],
)
def test_other_bodies_and_relatives_do_not_resolve_on_the_bundled_corpus(mention: str) -> None:
    assert resolve(SEED, mention).best is None


def test_a_nom_de_guerre_matches_as_written_only() -> None:
    corpus = Corpus(
        persons=(
            person(
                "person:gulmurod",
                "Gulmurod Halimov",
                Name("Abu Muhammad al-Tajiki", kind=NameKind.NOM_DE_GUERRE),
                Name("Abu Muhammad", kind=NameKind.KUNYA),
            ),
        )
    )
    best = resolve(corpus, "Abu Muhammad al-Tajiki").best
    assert best is not None
    assert ("person:gulmurod", "same", "nom_de_guerre") == (best.entity, best.verdict.value, best.via)
    assert () == resolve(corpus, "Muhammad Tajiki").candidates


def test_a_former_full_name_is_the_same_person_within_its_dates() -> None:
    found = resolve(SEED, "Emomali Rahmonov", at="2005").best
    assert found is not None
    assert ("same", "Emomali Rahmonov", "../2007") == (found.verdict.value, found.matched, str(found.valid))


@given(st.text(alphabet=st.characters(categories=["N", "P", "S", "Z"]), max_size=12))
def test_a_name_with_no_letters_is_refused(mention: str) -> None:
    with pytest.raises(ParseError) as caught:
        resolve(SEED, mention)
    assert (
        f"no letters in the name {mention!r}: a name to resolve needs at least one letter"
    ) == caught.value.message
