from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from centasia_claims.model import QuoteMatch, find_quote, find_quotes, fold_typography
from centasia_claims.model._quotes import CHARACTER_EQUIVALENTS, _occurrences

# The seed document 000 as printed: a typographic apostrophe, an en dash between words, curly quotes.
SEED = (
    "The Tajik embassy in Ankara, however, told RFE/RL\u2019s Tajik Service, known as Radio Ozodi, "
    "that only one "
    "of those arrested in Gaziantep was actually a Tajik citizen. The nationality of the other 24 "
    "hasn\u2019t "
    "been mentioned in the media\u2013the Tajik connection takes up the headline. Turkish media "
    "characterized "
    "the 25 arrested Sunday at a bus station in Gaziantep, after arriving from Istanbul, as \u201cmainly "
    "citizens of Tajikistan.\u201d"
)


def _at(written: str, *, verbatim: bool, after: int = 0) -> QuoteMatch:
    start = SEED.index(written, after)
    return QuoteMatch(start, start + len(written), verbatim=verbatim)


SECOND_GAZIANTEP = SEED.index("Gaziantep", SEED.index("Gaziantep") + 1)


@pytest.mark.parametrize(
    ("exact", "near", "expected"),
    [
        ("Radio Ozodi", 0, _at("Radio Ozodi", verbatim=True)),
        ("Gaziantep", 0, _at("Gaziantep", verbatim=True)),
        ("Gaziantep", SECOND_GAZIANTEP - 5, _at("Gaziantep", verbatim=True, after=SECOND_GAZIANTEP)),
        ("told RFE/RL's Tajik Service", 0, _at("told RFE/RL\u2019s Tajik Service", verbatim=False)),
        ("media-the Tajik connection", 0, _at("media\u2013the Tajik connection", verbatim=False)),
        (
            'as "mainly citizens of Tajikistan."',
            0,
            _at("as \u201cmainly citizens of Tajikistan.\u201d", verbatim=False),
        ),
        ("  known as\n   Radio Ozodi ", 0, _at("known as Radio Ozodi", verbatim=False)),
        ("Radio Free Europe", 0, None),
        ("", 0, None),
        ("\u00ad", 0, None),
    ],
    ids=[
        "verbatim",
        "first-of-two",
        "nearest-of-two",
        "curly-apostrophe",
        "en-dash",
        "curly-quotes",
        "whitespace",
        "absent",
        "empty",
        "only-ignorable",
    ],
)
def test_find_quote(exact: str, near: int, expected: QuoteMatch | None) -> None:
    assert expected == find_quote(SEED, exact, near=near)


def test_a_tolerant_match_spans_the_text_as_written() -> None:
    match = find_quote(SEED, "hasn't been mentioned")
    assert match is not None
    assert "hasn\u2019t been mentioned" == SEED[match.start : match.end]


def test_a_verbatim_match_wins_over_a_nearer_tolerant_one() -> None:
    text = "it's here \u2014 it\u2019s there"
    assert QuoteMatch(0, 4, verbatim=True) == find_quote(text, "it's", near=15)


def test_ties_go_to_the_earlier_occurrence() -> None:
    assert QuoteMatch(0, 1, verbatim=True) == find_quote("a-a", "a", near=1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\u201cmainly citizens\u201d", '"mainly citizens"'),
        ("media\u2013the", "media-the"),
        ("a \t\n\u00a0 b", "a b"),
        ("wait\u2026", "wait..."),
        ("co\u00adoperation", "cooperation"),
    ],
    ids=["quotes", "dash", "whitespace", "ellipsis", "soft-hyphen"],
)
def test_fold_typography(text: str, expected: str) -> None:
    assert expected == fold_typography(text)


@given(st.text())
def test_folding_is_idempotent(text: str) -> None:
    assert fold_typography(text) == fold_typography(fold_typography(text))


@given(st.text(), st.data())
def test_a_slice_is_found_verbatim_at_its_own_offset(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(min_value=0, max_value=len(text)))
    end = data.draw(st.integers(min_value=start, max_value=len(text)))
    match = find_quote(text, text[start:end], near=start)
    if start == end:
        assert match is None
    else:
        assert QuoteMatch(start, end, verbatim=True) == match


_TYPOGRAPHIC = st.sampled_from(sorted(key for key, value in CHARACTER_EQUIVALENTS.items() if len(value) == 1))


@given(st.lists(st.one_of(st.sampled_from("ab '\"-"), _TYPOGRAPHIC), min_size=1, max_size=30))
def test_a_quote_copied_with_plain_typography_is_found(chars: list[str]) -> None:
    text = "x" + "".join(chars) + "x"
    copied = "x" + fold_typography("".join(chars)) + "x"
    match = find_quote(text, copied)
    assert match is not None
    assert fold_typography(text[match.start : match.end]) == fold_typography(copied)


@given(st.text(), st.text())
def test_never_crashes_and_returns_a_span_of_the_text(text: str, exact: str) -> None:
    match = find_quote(text, exact, near=len(text) // 2)
    if match is not None:
        assert 0 <= match.start < match.end <= len(text)
        assert fold_typography(text[match.start : match.end]).strip() == fold_typography(exact).strip()


def test_long_adversarial_input_is_searched_quickly() -> None:
    text = "\u2019 " * 100_000
    assert find_quote(text, "' ' x") is None


@pytest.mark.parametrize(
    ("exact", "start", "end", "expected"),
    [
        (
            "Gaziantep",
            0,
            None,
            (_at("Gaziantep", verbatim=True), _at("Gaziantep", verbatim=True, after=SECOND_GAZIANTEP)),
        ),
        ("Gaziantep", SECOND_GAZIANTEP, None, (_at("Gaziantep", verbatim=True, after=SECOND_GAZIANTEP),)),
        ("Gaziantep", 0, SECOND_GAZIANTEP + 8, (_at("Gaziantep", verbatim=True),)),
        ("told RFE/RL's Tajik Service", 0, None, (_at("told RFE/RL\u2019s Tajik Service", verbatim=False),)),
        ("Istanbul", 0, 10, ()),
        ("", 0, None, ()),
        ("\u00ad", 0, None, ()),
    ],
)
def test_find_quotes_lists_every_place(
    exact: str, start: int, end: int | None, expected: tuple[QuoteMatch, ...]
) -> None:
    assert expected == find_quotes(SEED, exact, start=start, end=end)


@given(st.text(alphabet="ab \u2019'", max_size=40), st.text(alphabet="ab'", min_size=1, max_size=4))
def test_find_quotes_agrees_with_find_quote(text: str, exact: str) -> None:
    found = find_quotes(text, exact)
    nearest = find_quote(text, exact)
    assert (nearest is None) == (not found)
    if nearest is not None:
        assert nearest in found
        assert all(match.verbatim == found[0].verbatim for match in found)


class _Counted(str):
    """A text that counts the characters its searches read, to measure work without a clock."""

    __slots__ = ()
    work: list[int] = [0]  # noqa: RUF012  (a shared counter, reset by each test)

    def find(self, sub: str, start: int | None = None, end: int | None = None) -> int:  # type: ignore[override]
        found = super().find(sub, start, end)
        begin = 0 if start is None else start
        self.work[0] += (len(self) if found < 0 else found) - begin + len(sub)
        return found

    def startswith(self, prefix: str, start: int | None = None, end: int | None = None) -> bool:  # type: ignore[override]
        self.work[0] += len(prefix)
        return super().startswith(prefix, start, end)


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("a" * 20_000, "a" * 10_000),
        ("ab" * 10_000, "ab" * 2_500),
        ("aab" * 7_000, "aabaab" * 500 + "a"),
        ("xyz" * 7_000, "zx"),
    ],
    ids=["one-letter", "two-letter-period", "long-period", "short-needle"],
)
def test_occurrences_read_each_character_a_bounded_number_of_times(text: str, needle: str) -> None:
    """Overlapping repeats cost linear work, not a search of the whole needle after every occurrence."""
    counted = _Counted(text)
    _Counted.work[0] = 0
    starts = _occurrences(counted, needle)
    expected = [index for index in range(len(text)) if text.startswith(needle, index)]
    assert expected == starts
    assert _Counted.work[0] <= 3 * (len(text) + len(needle))


@given(st.text("ab", max_size=40), st.text("ab", min_size=1, max_size=6))
def test_occurrences_are_every_overlapping_start(text: str, needle: str) -> None:
    expected = [index for index in range(len(text)) if text.startswith(needle, index)]
    assert expected == _occurrences(text, needle)
