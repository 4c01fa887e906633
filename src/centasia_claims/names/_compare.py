"""Compare two person names part by part, by explicit rules, and say why.

A name is read with its surname last ("Gulmurod Halimov") or first ("Halimov Gulmorod"); every reading of
both names is tried and the best kept. Surnames must agree (same key, or the same stem in another family-name
form when the given names confirm it, or a one-letter typo when they agree exactly); given names must agree
(same key, an initial, a typo, or absent on one side). Anything else stays apart.
"""

from __future__ import annotations

import enum
import html
from typing import TYPE_CHECKING

import attrs

from centasia_claims.names._givens import Givens, compare_givens, is_patronymic_word
from centasia_claims.names._key import ParsedName, parts_and_titles
from centasia_claims.names._relate import Kind, Relation, relate, schemes_agree, unspelled
from centasia_claims.serialization import register_result

if TYPE_CHECKING:
    from collections.abc import Sequence

    from centasia_claims.names._token import Token

__all__ = ["NameMatch", "NameVerdict", "compare_parsed", "compare_person_names"]


class NameVerdict(enum.StrEnum):
    """Whether two names are the same person's.

    >>> from centasia_claims.names import compare_names
    >>> compare_names("Gulmorod Khalimov", "Gulmurod Halimov").verdict
    <NameVerdict.SAME: 'same'>
    >>> compare_names("Gulmurod Halimov", "G. Halimov").verdict
    <NameVerdict.COMPATIBLE: 'compatible'>
    >>> compare_names("Gulmurod Halimov", "Fozil Halimov").verdict
    <NameVerdict.DIFFERENT: 'different'>
    """

    SAME = "same"
    """Every part agrees by the folding rules."""
    COMPATIBLE = "compatible"
    """Nothing disagrees, but something is missing or only nearly agrees (a surname alone, an initial, a
    typo, another family-name form): possibly the same person."""
    DIFFERENT = "different"
    """A part disagrees: not the same person."""


_RANK = {NameVerdict.DIFFERENT: 0, NameVerdict.COMPATIBLE: 1, NameVerdict.SAME: 2}


@attrs.frozen
class NameMatch:
    """The outcome of `compare_names`.

    Attributes:
        verdict: Same, compatible or different.
        score: A number in [0, 1] for ranking: 1.0 when every part agrees by the rules.
        reasons: The rules that made each part equal, or the part that differs.

    >>> from centasia_claims.names import compare_names
    >>> compare_names("Gulmorod Khalimov", "Gulmurod Halimov").reasons
    ('Gulmorod = Gulmurod (a/o/u)', 'Khalimov = Halimov (kh/h)')
    """

    verdict: NameVerdict
    score: float
    reasons: tuple[str, ...] = ()

    def _repr_html_(self) -> str:
        """The verdict and score, then the rules that decided it."""
        reasons = "".join(f"<li>{html.escape(reason)}</li>" for reason in self.reasons)
        return (
            f"<div><strong>{html.escape(self.verdict.value)}</strong> ({self.score:.2f})"
            f"<ul>{reasons}</ul></div>"
        )

    @property
    def rank(self) -> tuple[int, float]:
        """Sort key: verdict first, then score."""
        return (_RANK[self.verdict], self.score)

    @property
    def is_match(self) -> bool:
        """The merge decision: whether two names should be taken as one entity's (same or compatible).

        This is the one decision downstream code should use; its precision and recall on the labelled
        pairs are stated in the names documentation. A *compatible* verdict keeps its reasons (a surname
        alone, an initial, a slip), so a caller that needs certainty can still ask for *same*.

        >>> from centasia_claims.names import compare_names
        >>> compare_names("Halimov", "Gulmurod Halimov").is_match
        True
        >>> compare_names("Fozil Halimov", "Gulmurod Halimov").is_match
        False
        """
        return self.verdict is not NameVerdict.DIFFERENT


register_result(NameMatch)


_Reading = tuple["Token", tuple["Token", ...], bool]
"""A reading of a name: its surname, its given names, and whether the surname was written first."""
_Judged = tuple[NameVerdict, float, tuple[str, ...]]
"""A verdict, its score and its reasons, before they become a `NameMatch` (one per comparison)."""


def _readings(tokens: Sequence[Token]) -> list[_Reading]:
    if len(tokens) == 1:
        return [(tokens[0], (), False)]
    readings: list[_Reading] = []
    if not tokens[-1].initial:
        readings.append((tokens[-1], tuple(tokens[:-1]), False))
    if not tokens[0].initial:
        readings.append((tokens[0], tuple(tokens[1:]), True))
    return readings


_AGREE: tuple[bool, tuple[str, ...]] = (True, ())


def _patronymics(pa: Sequence[Token], pb: Sequence[Token]) -> tuple[bool, tuple[str, ...]]:
    if pa and pb:
        relation = relate(pa[0], pb[0], surname=False)
        if relation.kind in (Kind.EQUAL, Kind.INITIAL):
            return True, (relation.reason,)
        return False, (f"patronymics differ: {pa[0].text} / {pb[0].text}",)
    if pa or pb:
        only = (pa or pb)[0]
        return True, (f"patronymic {only.text} only in one name, not compared",)
    return _AGREE


def _judge(
    ra: _Reading, rb: _Reading, *, explain: bool, spelling: bool = True, fathers: frozenset[int] = frozenset()
) -> _Judged:
    """One reading of each name judged, with its reasons unless it is *different* and ``explain`` is false.

    A comparison whose best reading is *different* is explained by its first reading, and otherwise by its
    best: a later reading found *different* is never shown, so its reasons are not written. A reading whose
    parts relate through the spellings of schemes that do not agree on one (`schemes_agree`) is judged again
    without the scheme-spelling rule (``spelling`` false).
    """
    surname_a, givens_a, first_a = ra
    surname_b, givens_b, first_b = rb
    surname = relate(surname_a, surname_b, surname=True)
    if not spelling:
        surname = unspelled(surname_a, surname_b, surname, surname=True)
    kind = surname.kind
    if kind is Kind.NONE or kind is Kind.INITIAL:
        shown = (f"surnames differ: {surname_a.text} / {surname_b.text}",) if explain else ()
        return (_DIFFERENT, 0.0, shown)
    givens = compare_givens(
        givens_a, givens_b, spelling=spelling, surname_first=(first_a, first_b), fathers=fathers
    )
    if givens.mismatch:
        score = 0.3 if kind is Kind.EQUAL else 0.1
        return (_DIFFERENT, score, _givens_differ(givens_a, givens_b, surname) if explain else ())
    if spelling and (givens.spelled or surname.schemes is not None):
        pairs = givens.pairs
        if not pairs and len(givens_a) == 1 and len(givens_b) == 1:
            pairs = ((givens_a[0], givens_b[0], relate(givens_a[0], givens_b[0], surname=False)),)
        if not schemes_agree(((surname_a, surname_b, surname), *pairs)):
            return _judge(ra, rb, explain=explain, spelling=False, fathers=fathers)
    reasons = [*givens.reasons, surname.reason]
    if first_a != first_b:
        reasons.append("surname first in one name")
    if kind is Kind.ENDING:
        return _judge_surname_ending(givens, reasons)
    if kind is not Kind.EQUAL:
        return _judge_near_surname(surname, givens, reasons)
    return _judge_equal_surname(givens, reasons)


def _givens_differ(
    givens_a: Sequence[Token], givens_b: Sequence[Token], surname: Relation
) -> tuple[str, ...]:
    shown = " ".join(t.text for t in givens_a), " ".join(t.text for t in givens_b)
    return (f"given names differ: {shown[0]} / {shown[1]}", surname.reason)


_DIFFERENT, _COMPATIBLE, _SAME = NameVerdict.DIFFERENT, NameVerdict.COMPATIBLE, NameVerdict.SAME


def _judge_surname_ending(givens: Givens, reasons: list[str]) -> _Judged:
    """A surname with a Russian case ending: the given names may carry one too, or be absent."""
    if givens.kind is None:
        return (_COMPATIBLE, 0.55, (*reasons, "a name part alone is at most compatible, never the same"))
    if givens.kind in (Kind.EQUAL, Kind.ENDING, Kind.INITIAL):
        return (_COMPATIBLE, 0.75, tuple(reasons))
    return (_DIFFERENT, 0.2, (*reasons, "a surname with a case ending needs given names"))


def _judge_near_surname(surname: Relation, givens: Givens, reasons: list[str]) -> _Judged:
    """Another family-name form or a typo in the surname: only given names that agree exactly confirm it."""
    if givens.kind is Kind.EQUAL:
        return (_COMPATIBLE, 0.75, (*reasons, "the given names agree exactly"))
    needed = "given names that agree exactly" if givens.kind is not None else "a given name on both sides"
    return (_DIFFERENT, 0.2, (surname.reason, f"a near surname needs {needed}"))


_GIVEN_SCORES = {Kind.EQUAL: 0.85, Kind.INITIAL: 0.8, Kind.TYPO: 0.75, Kind.ENDING: 0.7}


def _judge_equal_surname(givens: Givens, reasons: list[str]) -> _Judged:
    if givens.kind is None:
        return (_COMPATIBLE, 0.6, (*reasons, "a name part alone is at most compatible, never the same"))
    if givens.kind is Kind.EQUAL and not givens.extra_full:
        return (_SAME, 1.0, tuple(reasons))
    return (_COMPATIBLE, _GIVEN_SCORES[givens.kind], tuple(reasons))


def _rank(judged: _Judged) -> tuple[int, float]:
    return (_RANK[judged[0]], judged[1])


def _titles(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
    if not a and not b:
        return ()
    return tuple(f"title {title} ignored" for title in (*a, *b))


class _Prepared:
    """What comparing needs of a parsed name besides its tokens, worked out once per name."""

    __slots__ = ("core", "fathers", "patronymics", "plain_keys", "readings", "titles")

    def __init__(self, tokens: tuple[Token, ...], titles: tuple[str, ...]) -> None:
        self.titles = titles
        self.patronymics = [token for token in tokens if token.patronymic]
        # The father's name before a patronymic word (Sharshen uulu, Nodir ugli), by the token's identity.
        self.fathers: frozenset[int] = (
            frozenset(id(tokens[i]) for i in range(len(tokens) - 1) if is_patronymic_word(tokens[i + 1]))
            if self.patronymics
            else frozenset()
        )
        self.core: Sequence[Token] = (
            ([token for token in tokens if not token.patronymic] or tokens) if self.patronymics else tokens
        )
        # The keys in order, where `_plainly_equal` may hold: two or more parts, no initial, no Arabic script.
        self.plain_keys: tuple[str, ...] | None = None
        if len(self.core) >= 2:
            for token in self.core:
                if token.initial or token.arabic:
                    break
            else:
                self.plain_keys = tuple([token.key for token in self.core])
        self.readings: list[_Reading] | None = None


_PREPARED: dict[str, _Prepared] = {}
_CACHE_SIZE = 65536
"""Names whose preparation is kept (a full cache keeps what it holds, as the caches of `parse_name` do)."""


def clear_caches() -> None:
    """Empty this module's cache of prepared names (`parse_name` keeps its own)."""
    _PREPARED.clear()


def _prepared(text: str) -> _Prepared:
    found = _PREPARED.get(text)
    if found is None:
        found = _Prepared(*parts_and_titles(text))
        if len(_PREPARED) < _CACHE_SIZE:
            _PREPARED[text] = found
    return found


def compare_parsed(a: ParsedName, b: ParsedName) -> NameMatch:
    """`compare_names` for names already parsed with `parse_name` (used by the resolution index)."""
    return _compare(_Prepared(a.tokens, a.titles), _Prepared(b.tokens, b.titles))


def _compare(a: _Prepared, b: _Prepared) -> NameMatch:
    core_a, core_b = a.core, b.core
    if not core_a or not core_b:
        return NameMatch(_DIFFERENT, 0.0, ("no name to compare",))
    pa, pb = a.patronymics, b.patronymics
    if a.plain_keys is not None and a.plain_keys == b.plain_keys:
        # Every part has the same key in the same order: the usual reading is already the best one.
        agree, notes = _patronymics(pa, pb) if pa or pb else _AGREE
        if agree:
            # The parts' relations as `relate` gives and keeps them (equal keys, no initial: `relate_equal`).
            reasons = tuple([relate(x, y, surname=False).reason for x, y in zip(core_a, core_b, strict=True)])
            return NameMatch(_SAME, 1.0, (*reasons, *notes, *_titles(a.titles, b.titles)))
    if a.readings is None:
        a.readings = _readings(core_a)
    if b.readings is None:
        b.readings = _readings(core_b)
    matches: list[_Judged] = []
    readings_a = a.readings
    fathers = a.fathers | b.fathers if a.fathers or b.fathers else frozenset()
    for rb in b.readings:
        for ra in readings_a:
            judged = _judge(ra, rb, explain=not matches, fathers=fathers)
            matches.append(judged)
            if judged[0] is _SAME and judged[1] == 1.0:
                break
        else:
            continue
        break
    if not matches:
        return NameMatch(_DIFFERENT, 0.0, ("no reading with a surname on both sides",))
    verdict, score, reasons = max(matches, key=_rank) if len(matches) > 1 else matches[0]
    if verdict is _DIFFERENT:
        # Explain with the usual reading (surnames last), whichever reading came closest.
        reasons = matches[0][2]
    agree, notes = _patronymics(pa, pb) if pa or pb else _AGREE
    if not agree:
        return NameMatch(_DIFFERENT, min(score, 0.3), (*notes, *reasons))
    return NameMatch(verdict, score, (*reasons, *notes, *_titles(a.titles, b.titles)))


def compare_person_names(a: str, b: str) -> NameMatch:
    """Compare two person names by explicit transliteration rules and say why (see `compare_names`).

    Symmetric: the verdict and score do not depend on the order of the arguments, and the reasons of the
    swapped call describe the same parts.

    >>> compare_person_names("Halimov Gulmorod", "Гулмурод Ҳалимов").verdict
    <NameVerdict.SAME: 'same'>
    >>> compare_person_names("Gulmurod Khalimov", "Gulmurod Karimov").reasons
    ('surnames differ: Khalimov / Karimov',)
    >>> compare_person_names("F. Halimov", "Gulmurod Halimov").verdict
    <NameVerdict.DIFFERENT: 'different'>
    >>> compare_person_names("Muhiddin Kabirov", "Muhiddin Kabiri").verdict
    <NameVerdict.COMPATIBLE: 'compatible'>
    """
    return _compare(_PREPARED.get(a) or _prepared(a), _PREPARED.get(b) or _prepared(b))
