"""Every public function that takes text, and the adversarial texts it must read in linear time.

``bench/bench_hostile.py`` times each on each shape from 1 KB to 1 MB; ``tests/test_hostile.py`` counts the
calls and memory each makes at two sizes (a measure of work that does not depend on the machine) and feeds
each arbitrary text. One list, so the benchmark and the tests cover the same functions.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Final

from centasia_claims import (
    PartialDate,
    Period,
    TextQuote,
    compare_names,
    extract_estimates,
    load_seed_corpus,
    normalize_name,
    parse_estimate,
    resolve,
)
from centasia_claims.corpus import offsets_problem, place_quote
from centasia_claims.estimates import estimate_fields_each, unread_words
from centasia_claims.exports import safe_cell
from centasia_claims.extraction import draft_claims
from centasia_claims.importing import parse_chain, read_rows, read_scope
from centasia_claims.model import (
    broader_terms,
    detect_script,
    find_quote,
    find_quotes,
    fold_term,
    fold_typography,
    grapheme_boundary,
    is_language_tag,
    speech_verb,
)
from centasia_claims.names import acronym_key, blocking_keys, romanize, transliterate
from centasia_claims.reconciliation import implied_terms, resolve_when, spoken_when

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["FUNCTIONS", "SHAPES"]

_PUBLISHED: Final = PartialDate.parse("2015-06")


_SHORT: Final = 150
"""The head of a text read as a phrase of its own, within the length `estimate_fields_each` reads by shape."""


def _half(text: str) -> str:
    return text[: len(text) // 2]


FUNCTIONS: Final[dict[str, Callable[[str], object]]] = {
    "PartialDate.parse": PartialDate.parse,
    "Period.parse": Period.parse,
    "TextQuote.locate": lambda text: TextQuote.locate(text, text[len(text) // 2 :] or "x"),
    "compare_names": lambda text: compare_names(text, text[::-1]),
    "extract_estimates": extract_estimates,
    "estimate_fields_each": lambda text: estimate_fields_each([text, text[:_SHORT], text[: _SHORT // 2]]),
    "normalize_name": normalize_name,
    "parse_estimate": parse_estimate,
    "resolve": lambda text: resolve(load_seed_corpus(), text),
    "broader_terms": broader_terms,
    "detect_script": detect_script,
    "find_quote": lambda text: find_quote(text, _half(text), near=len(text)),
    "find_quotes": lambda text: find_quotes(text, _half(text)),
    "fold_term": fold_term,
    "fold_typography": fold_typography,
    "grapheme_boundary": lambda text: [grapheme_boundary(text, index) for index in (0, len(text) // 2)],
    "is_language_tag": is_language_tag,
    "speech_verb": speech_verb,
    "offsets_problem": lambda text: offsets_problem(
        TextQuote(exact=_half(text) + "x", start=1, end=len(_half(text)) + 2), text, "a.txt"
    ),
    "place_quote": lambda text: place_quote(text, text[: len(text) // 3] or "x"),
    "unread_words": lambda text: unread_words([text]),
    "acronym_key": acronym_key,
    "blocking_keys": blocking_keys,
    "romanize": romanize,
    "transliterate": transliterate,
    "implied_terms": implied_terms,
    "resolve_when": lambda text: resolve_when(text, _PUBLISHED),
    "spoken_when": spoken_when,
    "parse_chain": parse_chain,
    "read_rows": lambda text: read_rows(io.StringIO(text), "table.csv"),
    "read_scope": read_scope,
    "safe_cell": safe_cell,
    "draft_claims": lambda text: draft_claims(load_seed_corpus(), text, source_id="source:hostile"),
}
"""Each public function that reads text, called on one text (a second text argument is cut from it)."""


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda size: (unit * (size // len(unit) + 1))[:size]


SHAPES: Final[dict[str, Callable[[int], str]]] = {
    "one-letter": _repeat("a"),  # one letter repeated: runs, and a quote found at every offset
    "one-word": _repeat("qwertzuiopasdfghjklyxcvbnm"),  # one word as long as the text: a name key's typos
    "overlapping": _repeat("ab"),  # a quote that occurs at every other offset, overlapping itself
    "figures": _repeat("up to 1,000 Tajiks, more than 2 000 in 2015 "),  # hedged figures, dates
    "speech": _repeat("the minister said 300, "),  # a run of speakers and figures with no full stop
    "digits": _repeat("1,"),  # one endless number with separators
    "unicode": _repeat(
        "\u04b6\u0301e\u0301\U0001f600\u200d\U0001f1f9\U0001f1ef \u0661\u0662 \u2014 \u00ab\u00bb\n"
    ),
    "brackets": _repeat("(["),  # unbalanced nesting
    "controls": _repeat("\x1b[2J\x00\u202e=\r\t"),  # terminal escapes, NUL, a bidi override, a formula
}
"""Adversarial texts, each by size in characters."""
