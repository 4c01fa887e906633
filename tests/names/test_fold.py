from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from centasia_claims.names import _fold, _rules
from tests.names import reference_key

_RULE_SETS = {
    "folding": _rules.FOLD_RULES,
    **{reading.label: reading.rules for reading in _rules.READINGS},
    # Not words alone (a class, a repeat): rewritten with a named group per rule.
    "patterns": (
        _rules.Rule("[ab]h", "x", "ab-h"),
        _rules.Rule("c+", "c", "c+"),
        _rules.Rule("(?<=o)d$", "t", "final d"),
        _rules.Rule("e", "e", "kept"),
    ),
}


@pytest.mark.parametrize("name", list(_RULE_SETS))
@given(text=st.text(alphabet="abcdefghijklmnopqrstuvwxyz", max_size=14))
@settings(max_examples=150, deadline=None)
def test_a_rewrite_gives_the_text_and_labels_of_one_named_group_per_rule(name: str, text: str) -> None:
    # Rules of words are matched without groups and named by the text they match, and a text only one-letter
    # rules touch is translated: the same result as the alternation with a named group per rule.
    rules = _RULE_SETS[name]
    pattern = _rules.compile_rules(rules)
    expected_labels: list[str] = []
    expected = reference_key._rewrite(pattern, rules, text, expected_labels)
    labels: list[str] = []
    assert (expected, expected_labels) == (_fold.rewrite(pattern, rules, text, labels), labels)


def test_the_shipped_rules_are_matched_as_words() -> None:
    # The folding rules and every reading take the fast path; a rule that is not an alternation of words
    # makes its table take the named groups.
    assert all(rewriter.split is not None for rewriter in (_fold._FOLD_REWRITER, *_fold._READING_REWRITERS))
    patterns = _RULE_SETS["patterns"]
    assert _fold._Rewriter(_rules.compile_rules(patterns), patterns).split is None


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz'- ", max_size=20), st.sampled_from([None, 0, 1, 2]))
def test_folding_is_what_the_rules_give_and_a_fixed_point(latin: str, reading: int | None) -> None:
    key, labels = _fold.fold_latin(latin, reading)
    assert (key, labels) == reference_key._fold_latin(latin, reading)
    assert _fold.fold_latin(key, None)[0] == key
