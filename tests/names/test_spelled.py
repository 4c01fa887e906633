import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from centasia_claims.names import SCHEMES, NameVerdict, compare_names, parse_name, transliterate
from centasia_claims.names._spelled import _letters, spelled, written_by
from tests.names.test_rules import SYLLABLE_NAMES


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        pytest.param("Šaripov", "soripov", id="iso-9-diacritics-dropped"),
        pytest.param("Sharipov", "shoripov", id="digraph-kept"),
        pytest.param("Scharipow", "schoripow", id="german-w-kept"),
        pytest.param("Gułmurod", "golmorod", id="polish-l"),
        pytest.param("Muhiddinov", "mohidinov", id="doubled"),
        pytest.param("Ėmomalí", "imomoli", id="vowels"),
    ],
)
def test_letters(text: str, letters: str) -> None:
    assert letters == _letters(text)


@pytest.mark.parametrize(
    ("cyrillic", "latin", "schemes"),
    [
        pytest.param(
            "Каримов", "Karimov", {"bgn-pcgn-tg", "bgn-pcgn-ru", "iso-9", "fr", "icao", "tr"}, id="karimov"
        ),
        pytest.param("Каримов", "Karimow", {"de", "pl"}, id="karimow"),
        pytest.param("Шарипов", "Sharipov", {"bgn-pcgn-tg", "bgn-pcgn-ru", "icao"}, id="sharipov"),
        pytest.param("Шарипов", "Şaripov", {"tr", "iso-9"}, id="turkish-or-iso-9-typed-plain"),
        pytest.param("Акбарҷон", "Akbarcon", {"tr", "iso-9"}, id="turkish-c-or-iso-9-typed-plain"),
        pytest.param("Шарипов", "Sharipow", set(), id="none"),
    ],
)
def test_written_by(cyrillic: str, latin: str, schemes: set[str]) -> None:
    assert frozenset(schemes) == written_by(parse_name(cyrillic).tokens[0], parse_name(latin).tokens[0])


def test_spelled_names_the_scheme_read_in_the_latin_parts_transcription_first() -> None:
    found = spelled(parse_name("Мухиддине").tokens[0], parse_name("Moukhiddine").tokens[0])
    assert found is not None
    assert "French usage" == found[0]
    assert spelled(parse_name("Мухиддин").tokens[0], parse_name("Karimov").tokens[0]) is None


@pytest.mark.parametrize(
    ("cyrillic", "latin", "verdict"),
    [
        # One scheme writes every part: ISO 9 writes Абдуллойон as Abdullojon and Каримов as Karimov.
        pytest.param("Абдуллойон Каримов", "Abdullojon Karimov", "same", id="iso-9-throughout"),
        pytest.param("Хайит Ҷураев", "Hajit Çuraev", "same", id="iso-9-hajit"),
        pytest.param("Назир Шарипов", "Nasir Scharipow", "same", id="german-throughout"),
        pytest.param("Карим Дазтанова", "Karim Dastanowa", "same", id="german-and-every-scheme"),
        # German writes з as s, but Дазтанова as Dastanowa: Dastanova is no scheme's spelling of it.
        pytest.param("Карим Дазтанова", "Karim Dastanova", "different", id="german-s-english-v"),
        # German s for з, but Abdullojon and Sharipov are not German spellings (Abdullodschon, Scharipow).
        pytest.param("Абдуллоҷон Дазтанова", "Abdullojon Dastanova", "different", id="german-s-mixed"),
        pytest.param("Назир Шарипов", "Nasir Sharipov", "different", id="nasir-english"),
        # ISO 9 j for й with French dj for ҷ; Turkish c for ҷ with English sh for ш.
        pytest.param("Хайит Ҷураев", "Hajit Djuraev", "different", id="iso-9-and-french"),
        pytest.param("Акбарҷон Шарипов", "Akbarcon Sharipov", "different", id="turkish-and-english"),
        pytest.param("Акбарҷон Шарипов", "Akbarcon Şaripov", "same", id="turkish-throughout"),
    ],
)
def test_parts_related_only_through_a_schemes_spelling_must_agree_on_one(
    cyrillic: str, latin: str, verdict: str
) -> None:
    assert verdict == compare_names(cyrillic, latin).verdict.value
    assert verdict == compare_names(latin, cyrillic).verdict.value


@given(SYLLABLE_NAMES, st.lists(st.sampled_from(sorted(SCHEMES)), min_size=2, max_size=3))
@example("Быча Юбаба", ["tr", "iso-9"])  # Bıça Ûbaba: ISO 9 writes both, as the whole name reads them
@settings(max_examples=200, deadline=None)
def test_a_name_judged_same_through_a_schemes_spelling_is_written_by_one_scheme(
    name: str, schemes: list[str]
) -> None:
    # Each part spelled in another scheme: where the verdict rests on a scheme's spelling, one scheme writes
    # every part that relates through a spelling and every other part as written.
    parts = name.split()
    latin = [transliterate(part, schemes[index % len(schemes)]) for index, part in enumerate(parts)]
    match = compare_names(name, " ".join(latin))
    if match.verdict is not NameVerdict.SAME or not any(r.endswith(" spelling)") for r in match.reasons):
        return
    # Each part as the whole name reads it: a marker elsewhere in the name (ISO 9's Û) decides how a part
    # is read ("Bıça" alone reads as Turkish "Bıcha"; beside "Ûbaba", as written).
    cyrillic, written = parse_name(name).tokens, parse_name(" ".join(latin)).tokens
    assert len(cyrillic) == len(written) == len(parts)
    common = set(SCHEMES)
    for part, spelling in zip(cyrillic, written, strict=True):
        common &= written_by(part, spelling)
    assert common
