"""The given names of two readings of person names matched in order, for `compare_names`.

The shorter list is matched in order against the longer (an extra middle name or initial is noted); given
names written as one word on one side and two on the other are joined and compared.

>>> from centasia_claims.names._key import parse_name
>>> givens = compare_givens(parse_name("Said Abdullo").tokens, parse_name("Abdullo").tokens)
>>> givens.kind, givens.reasons
(<Kind.EQUAL: 0>, ('Abdullo = Abdullo (identical)', 'Said only in one name (middle name or initial)'))
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from centasia_claims.names._arabic import arabic_relation
from centasia_claims.names._fold import fold_latin
from centasia_claims.names._relate import Kind, Relation, relate, unspelled
from centasia_claims.names._rules import DROPPED_GIVEN_NAMES, DROPPED_WORDS, PATRONYMIC_WORDS
from centasia_claims.names._token import folded_tuple

if TYPE_CHECKING:
    from collections.abc import Sequence

    from centasia_claims.names._token import Token

__all__ = [
    "GIVENS_MISMATCH",
    "NO_GIVENS",
    "Givens",
    "compare_givens",
    "is_patronymic_word",
    "joined_agree",
    "swap_reason",
]


class Givens(NamedTuple):
    """How the given names of two readings match."""

    kind: Kind | None
    """The worst relation among matched given names; ``None`` when one side has none."""
    reasons: tuple[str, ...]
    extra_full: bool = False
    mismatch: bool = False
    pairs: tuple[tuple[Token, Token, Relation], ...] = ()
    """The given names matched, with their relations (for one given name on each side, only if spelled)."""
    spelled: bool = False
    """Whether a pair relates only through a scheme's spelling (`Relation.schemes`)."""


NO_GIVENS = Givens(None, ())
GIVENS_MISMATCH = Givens(None, (), mismatch=True)


def _joined(tokens: Sequence[Token]) -> str:
    return fold_latin("".join(token.latin for token in tokens), None)[0]


def joined_agree(a: Sequence[Token], b: Sequence[Token]) -> bool:
    """Given names written as one word or two, in any script."""
    arabic_a, arabic_b = all(t.arabic for t in a), all(t.arabic for t in b)
    if arabic_a and arabic_b:
        return "".join(t.key for t in a) == "".join(t.key for t in b)
    if arabic_a or arabic_b:
        arabic, latin = (a, b) if arabic_a else (b, a)
        if any(t.arabic for t in latin):
            return False
        return arabic_relation("".join(t.key for t in arabic), _joined(latin)) == "strict"
    return _joined(a) == _joined(b)


def compare_givens(
    a: Sequence[Token],
    b: Sequence[Token],
    *,
    spelling: bool = True,
    surname_first: tuple[bool, bool] = (False, False),
    fathers: frozenset[int] = frozenset(),
) -> Givens:
    """The given names matched in order; without ``spelling``, no pair relates through a scheme's spelling.

    ``surname_first`` says, for each side, whether its surname stands before its given names, so that a
    given name only in one name is known to stand between two parts both give (see `_names_another`);
    ``fathers`` holds the identities of tokens that stand before a patronymic word, a father's name.
    """
    if not a or not b:
        return NO_GIVENS
    if len(a) != 1 or len(b) != 1:
        return _several(a, b, spelling=spelling, surname_first=surname_first, fathers=fathers)
    # The usual case: one given name on each side.
    relation = relate(a[0], b[0], surname=False)
    if not spelling:
        relation = unspelled(a[0], b[0], relation, surname=False)
    if relation.kind is Kind.NONE:
        return GIVENS_MISMATCH
    if relation.schemes is None:  # `_judge` finds the pair again if a spelled surname needs it
        return Givens(relation.kind, (relation.reason,))
    return Givens(relation.kind, (relation.reason,), pairs=((a[0], b[0], relation),), spelled=True)


def _several(
    a: Sequence[Token],
    b: Sequence[Token],
    *,
    spelling: bool,
    surname_first: tuple[bool, bool],
    fathers: frozenset[int],
) -> Givens:
    """`compare_givens` where a side has more than one given name."""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    long_first = surname_first[0] if long_ is a else surname_first[1]
    reasons: list[str] = []
    matched: list[tuple[Token, Token, Relation]] = []
    worst = Kind.EQUAL
    position = 0
    used: set[int] = set()
    for token in short:
        for index in range(position, len(long_)):
            relation = relate(token, long_[index], surname=False)
            if not spelling:
                relation = unspelled(token, long_[index], relation, surname=False)
            if relation.kind is not Kind.NONE:
                if short is a:
                    reasons.append(relation.reason)
                else:
                    reasons.append(swap_reason(relation.reason, long_[index], token))
                matched.append((token, long_[index], relation))
                worst = max(worst, relation.kind)
                used.add(index)
                position = index + 1
                break
        else:
            if (len(a) > 1 or len(b) > 1) and joined_agree(a, b):
                written = " ".join(t.text for t in a), " ".join(t.text for t in b)
                return Givens(Kind.EQUAL, (f"{written[0]} = {written[1]} (one word or two)",))
            return GIVENS_MISMATCH
    extras = [long_[index] for index in range(len(long_)) if index not in used]
    # Between two parts both names give (after a matched given name, or before one when the surname
    # comes first): Ahmad Shah Massoud, Ahmad Massoud are father and son.
    between = range(max(used)) if long_first else range(min(used) + 1, len(long_))
    if any(
        index not in used and id(long_[index]) not in fathers and _names_another(long_[index])
        for index in between
    ):
        return GIVENS_MISMATCH
    extra_full = any(not token.initial for token in extras)
    if extras:
        shown = " ".join(token.text for token in extras)
        reasons.append(f"{shown} only in one name (middle name or initial)")
    spelled = any(relation.schemes is not None for _, _, relation in matched)
    return Givens(worst, tuple(reasons), extra_full=extra_full, pairs=tuple(matched), spelled=spelled)


def is_patronymic_word(token: Token) -> bool:
    """Whether a part is a word that marks a patronymic (`PATRONYMIC_WORDS`: ugli, uulu, qizi)."""
    return token.patronymic and token.key in folded_tuple(PATRONYMIC_WORDS)


def _names_another(token: Token) -> bool:
    """Whether a given name only in one name, after one both give, makes it another person's.

    A full given name there forms another compound name with the one before it (Ahmad Shah, Ahmad Zia);
    an initial, the Muhammad the press drops (`DROPPED_GIVEN_NAMES`) or an Arabic article written apart
    (`DROPPED_WORDS`) does not.
    """
    return (
        not token.initial
        and token.key not in folded_tuple(DROPPED_GIVEN_NAMES)
        and token.key not in folded_tuple(DROPPED_WORDS)
    )


def swap_reason(reason: str, first: Token, second: Token) -> str:
    """Restate a reason found with the names swapped so it reads in the caller's order."""
    for separator in (" = ", " ~ "):
        head = f"{second.text}{separator}{first.text}"
        if reason.startswith(head):
            return f"{first.text}{separator}{second.text}{reason[len(head) :]}"
    return reason
