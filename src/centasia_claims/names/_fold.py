"""Folding a Latin name part to its key: the rules of `_rules` applied as rewrites, to a fixed point.

A rule set is one alternation applied once, left to right, with the label of each rule that changed the text
(`rewrite`); `fold_latin` applies a transcription reading (German, Polish ...) if any, then the folding
rules, doubled letters and the Abdul rule until nothing changes. `fold_with_merges` also merges the letters a
reading writes alike (`Reading.merges`).

>>> fold_latin("khalimov", None)
('holimov', ('kh/h', 'a/o/u'))
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from centasia_claims.names import _rules

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["CACHE_SIZE", "COMPILED_READINGS", "clear_caches", "fold_latin", "fold_with_merges", "rewrite"]

CACHE_SIZE = 65536
"""Entries each cache of the names package admits. A full cache keeps what it holds and admits nothing more,
so a second pass over more distinct names than it holds still finds those it kept (a least-recently-used
cache would find none)."""

_MAX_PASSES = 8
_FOLD = _rules.compile_rules(_rules.FOLD_RULES)
_DOUBLED = re.compile(r"(.)\1+")
_ABDUL = re.compile(_rules.ABDUL_RULE.pattern)
COMPILED_READINGS = tuple(
    (reading, re.compile(reading.marker), _rules.compile_rules(reading.rules)) for reading in _rules.READINGS
)
"""Each transcription reading with its marker and its rules, compiled."""

_LOOKAROUND = re.compile(r"\(\?<?[=!][^()]*\)")
_LITERAL = re.compile(r"[a-z]+")
_SINGLE_LETTERS = re.compile(r"[a-z](?:\|[a-z])*")
_LOOKBEHIND_FIRST = re.compile(r"\(\?<([=!])([^()|]*)\)([a-z]+)([^|]*)")


def _literals(pattern: str) -> list[str] | None:
    """The texts a rule's pattern can match, or ``None`` if it is not an alternation of lowercase words.

    Lookarounds and anchors match no text: ``(?<=[aeiouy])ff$`` matches ``ff``, ``tch|tsh`` both words.
    """
    alternatives = _LOOKAROUND.sub("", pattern).replace("^", "").replace("$", "").split("|")
    return alternatives if all(_LITERAL.fullmatch(text) for text in alternatives) else None


def _lookbehind_last(pattern: str) -> str:
    """A word's leading lookbehind moved after it: ``(?<=[aeiouy])ff$`` as ``ff(?<=[aeiouy]ff)$``.

    The same matches, but a search tries the alternative only where its word is (a lookbehind first is tried
    at every position).
    """
    found = _LOOKBEHIND_FIRST.fullmatch(pattern)
    if found is None:
        return pattern
    sign, behind, word, rest = found.groups()
    return f"{word}(?<{sign}{behind}{word}){rest}"


class _Rewriter:
    """One alternation of rules applied once, left to right, with the label of each rule that changed text.

    Where every rule's pattern is an alternation of words no other rule's can match (the folding rules and
    the readings), the rules are joined into one group, and a match names its rule by its text: the same
    alternation tried in the same order, its matches replaced and labelled by table look-ups rather than
    a call per match, several times faster. A text where only rules of one letter without context match
    (``x``, ``a|u``; most tokens) is translated letter by letter. Otherwise each rule has a named group.
    """

    def __init__(self, pattern: re.Pattern[str], rules: tuple[_rules.Rule, ...]) -> None:
        replacements: dict[str, str] = {}
        labels: dict[str, str] = {}
        for rule in rules:
            literals = _literals(rule.pattern)
            if literals is None or not replacements.keys().isdisjoint(literals):
                replacements = {}
                break
            for literal in literals:
                replacements[literal] = rule.replacement
                labels[literal] = rule.label if rule.replacement != literal else ""
        by_group = [("", "")] * (pattern.groups + 1)
        for index, rule in enumerate(rules):
            by_group[pattern.groupindex[f"r{index}"]] = (rule.replacement, rule.label)
        self.by_group = by_group
        self.pattern = pattern
        self.joined = "|".join(_lookbehind_last(rule.pattern) for rule in rules) if replacements else None
        self.split = re.compile(f"({self.joined})").split if replacements else None
        self.replacement_of = replacements.__getitem__
        self.label_of = labels.__getitem__
        single = [rule for rule in rules if _SINGLE_LETTERS.fullmatch(rule.pattern)]
        letters = [letter for rule in single for letter in rule.pattern.split("|")]
        others = [_lookbehind_last(rule.pattern) for rule in rules if rule not in single]
        self.letters = str.maketrans({letter: replacements.get(letter, letter) for letter in letters})
        self.letter_label = {letter: labels.get(letter, "") for letter in letters}.get
        self.others = re.compile("|".join(others)).search if replacements and others else None

        self.apply = self._applier()

    def _applier(self) -> Callable[[str, list[str]], str]:
        """The rewrite as a function of the text and the labels found so far, its tables bound to it."""
        split, others, letters, letter_label = self.split, self.others, self.letters, self.letter_label
        label_of, replacement_of = self.label_of, self.replacement_of
        if split is None:
            by_group, pattern = self.by_group, self.pattern

            def apply_by_group(text: str, labels: list[str]) -> str:
                append = labels.append

                def replace(match: re.Match[str]) -> str:
                    replacement, label = by_group[match.lastindex or 0]  # every match is in one rule's group
                    if replacement != match.group():
                        append(label)
                    return replacement

                return pattern.sub(replace, text)

            return apply_by_group

        def apply(text: str, labels: list[str]) -> str:
            if others is None or others(text) is None:
                # Only rules of one letter without context match: each letter is replaced, in order.
                labels.extend(filter(None, map(letter_label, text)))  # None off the rules, "" where kept
                return text.translate(letters)
            parts = split(text)  # text, then each match and the text after it
            matched = parts[1::2]
            labels.extend(filter(None, map(label_of, matched)))  # "" where a rule kept its text
            parts[1::2] = map(replacement_of, matched)
            return "".join(parts)

        return apply

    def __call__(self, text: str, labels: list[str]) -> str:
        return self.apply(text, labels)


_REWRITERS: dict[int, tuple[re.Pattern[str], _Rewriter]] = {}


def rewrite(pattern: re.Pattern[str], rules: tuple[_rules.Rule, ...], text: str, labels: list[str]) -> str:
    """Apply ``pattern`` (`compile_rules` of ``rules``) once, labelling each rule that changed the text."""
    found = _REWRITERS.get(id(pattern))  # by identity: hashing the rules costs more than the rewrite
    if found is None or found[0] is not pattern:
        found = _REWRITERS[id(pattern)] = (pattern, _Rewriter(pattern, rules))
    return found[1](text, labels)


_FOLD_REWRITER = _Rewriter(_FOLD, _rules.FOLD_RULES)
_READING_REWRITERS = tuple(_Rewriter(pattern, info.rules) for info, _, pattern in COMPILED_READINGS)
_MERGE_REWRITERS = tuple(
    _Rewriter(_rules.compile_rules(reading.merges), reading.merges) if reading.merges else None
    for reading in _rules.READINGS
)
"""Each reading's `Reading.merges` as a rewrite (``None`` for a reading without merges)."""


def _merge(match: re.Match[str]) -> str:
    return match.group(1)


def _folder() -> Callable[[str, int | None, int | None], tuple[str, tuple[str, ...]]]:
    """`fold_with_merges`, with the rewrites and patterns it uses bound to it.

    The folder takes a Latin token, the reading it is read in and the reading whose merges (`Reading.merges`)
    are applied after it (``None`` for none: `merged_key` alone gives one).
    """
    readings = tuple(rewriter.apply for rewriter in _READING_REWRITERS)
    merges = tuple(None if rewriter is None else rewriter.apply for rewriter in _MERGE_REWRITERS)
    fold = _FOLD_REWRITER.apply
    # Whether a pass of the loop would find anything to rewrite, merge or shorten.
    any_rule = (re.compile(_FOLD_REWRITER.joined) if _FOLD_REWRITER.joined else _FOLD).search
    doubled_search, doubled_sub = _DOUBLED.search, _DOUBLED.sub
    abdul_search, abdul_sub, abdul = _ABDUL.search, _ABDUL.sub, _rules.ABDUL_RULE
    doubled_label, passes = _rules.DOUBLED_LABEL, range(_MAX_PASSES)

    def fold_latin(latin: str, reading: int | None, merging: int | None) -> tuple[str, tuple[str, ...]]:
        labels: list[str] = []
        text = latin if reading is None else readings[reading](latin, labels)
        if merging is not None:
            merge = merges[merging]
            if merge is not None:
                text = merge(text, labels)
        for number in passes:
            if (
                number
                and any_rule(text) is None
                and doubled_search(text) is None
                and abdul_search(text) is None
            ):
                break  # the pass would change nothing, and end the loop
            before = text
            text = fold(text, labels)
            if doubled_search(text) is not None:
                text = doubled_sub(_merge, text)
                labels.append(doubled_label)
            if abdul_search(text) is not None:
                text = abdul_sub(abdul.replacement, text)
                labels.append(abdul.label)
            if text == before:
                break
        return text, tuple(labels)

    return fold_latin


fold_with_merges = _folder()


_FOLDED: dict[tuple[str, int | None], tuple[str, tuple[str, ...]]] = {}


def fold_latin(latin: str, reading: int | None) -> tuple[str, tuple[str, ...]]:
    """The key of one Latin token and the labels of the rules that changed it, to a fixed point."""
    found = _FOLDED.get((latin, reading))
    if found is None:
        found = fold_with_merges(latin, reading, None)
        if len(_FOLDED) < CACHE_SIZE:
            _FOLDED[latin, reading] = found
    return found


_MERGED: dict[tuple[str, int | None, int], tuple[str, tuple[str, ...]]] = {}


def merged_key(latin: str, reading: int | None, merging: int) -> tuple[str, tuple[str, ...]]:
    """A part's key with the letters a reading writes alike merged (`Reading.merges`).

    The part's own ``reading``, if any, is applied first; the labels are those of the merges that changed it.
    """
    found = _MERGED.get((latin, reading, merging))
    if found is None:
        key, labels = fold_with_merges(latin, reading, merging)
        names = {rule.label for rule in _rules.READINGS[merging].merges}
        found = (key, tuple(dict.fromkeys(label for label in labels if label in names)))
        if len(_MERGED) < CACHE_SIZE:
            _MERGED[latin, reading, merging] = found
    return found


def clear_caches() -> None:
    """Empty this module's caches of folded parts (the compiled rewrites stay: they are the rules)."""
    _FOLDED.clear()
    _MERGED.clear()
