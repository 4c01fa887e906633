"""The phrase grammar: epistemic words, hedges, one figure or a range or a list, vague words, units, rates.

    phrase  := idiom | [epistemic] [hedge] (vague | figure [tail]) [suffix-hedge] ["more"] [unit] [rate]
    tail    := ("-" | "to" | "or") figure | "and" figure        ("between"/"from" take "and"/"to")

`read_phrase` returns a `Reading`, a `Reject` (the words look like a figure but are a date, an identifier, an
idiom ...) or ``None`` (no figure starts here).

>>> from centasia_claims.estimates._tokens import tokenize
>>> reading = read_phrase(tokenize("round 500-600 IRPT members"), 0)
>>> reading.qualifier.value, reading.low, reading.high, reading.end
('range', 500, 600, 4)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from centasia_claims.estimates import _context, _tail
from centasia_claims.estimates import _lexicon as lx
from centasia_claims.estimates import _tables as t
from centasia_claims.estimates._build import Reading, single
from centasia_claims.estimates._cardinals import MAX_VALUE, PERCENT, Numeral, Reject
from centasia_claims.estimates._numerals import read_numeral
from centasia_claims.estimates._tokens import NUM, WORD, PhraseTable
from centasia_claims.model import Qualifier

if TYPE_CHECKING:
    from collections.abc import Sequence

    from centasia_claims.estimates._tokens import Token

__all__ = ["STARTERS", "read_phrase", "starts"]

_HEDGES: Final = PhraseTable(lx.HEDGES)
_EPISTEMIC: Final = PhraseTable(lx.EPISTEMIC)
_VAGUE: Final = PhraseTable(lx.VAGUE)
_IDIOMS: Final = PhraseTable(t.IDIOMS)
_SHARES: Final = PhraseTable(lx.SHARES)
_TABLE_STARTS: Final = frozenset().union(
    _IDIOMS.first_words, _EPISTEMIC.first_words, _HEDGES.first_words, _VAGUE.first_words, _SHARES.first_words
)
# Scale words a vague quantity may be multiplied by: "a couple of hundred", "несколько сотен", "садҳо ҳазор".
_SCALES: Final = {**lx.SCALE_WORDS, "dozen": t.DOZEN}
_OF_MORE: Final = frozenset({"of", t.ADDITIVE})  # "majority" before any other word is an adjective


def _low(tokens: Sequence[Token], index: int) -> str:
    return tokens[index].low if index < len(tokens) else ""


def _adverb(tokens: Sequence[Token], index: int, end: int, key: str) -> bool:
    """Whether "most" or "mainly" qualifies a word rather than counting people ("the most potent")."""
    before = tokens[index - 1].low if index > 0 else ""
    following = _low(tokens, end)
    if key == "most" and (before in t.MOST_NOT_AFTER or before.endswith(("'s", "\u2019s"))):
        return True  # "the most potent", "the party's most recent"
    if key == "mainly" and following == "of":
        return True  # "made up mainly of": what something consists of, not a count
    return following.endswith("ly") or following in t.SHARE_ADVERB_BEFORE


def _reject(message: str, tokens: Sequence[Token], start: int, end: int) -> Reject:
    return Reject(f"{_context.span_text(tokens, start, end)!r} {message}", start, end)


def _hedge(tokens: Sequence[Token], index: int) -> tuple[t.Hedge | None, int]:
    """The hedge written at ``index`` and the index after it; a preposition "about" is no hedge."""
    found = _HEDGES.match(tokens, index)
    if found is None:
        return None, index
    key, end = found
    if key in t.LOWER_CASE_HEDGES and tokens[index].text != key:
        return None, index
    previous = _low(tokens, index - 1) if index > 0 else ""
    hedge = lx.HEDGES[key]
    if key.isascii():  # the English tables: none of the rules below
        if key == "about" and previous in t.ABOUT_IS_A_PREPOSITION_AFTER:
            return None, index
        if hedge is t.Hedge.FROM and previous in t.RANGE_FROM_AFTER:
            return None, index
        return hedge, end
    if hedge is t.Hedge.AT_MOST and previous in lx.TOTAL_BEFORE_UP_TO:
        return t.Hedge.EXACT, end  # "выросло до 1 500": a new total, not a ceiling
    if hedge is t.Hedge.BETWEEN and _low(tokens, end) in lx.EVERY:
        return None, index  # "аз ҳар панҷ нафар як": one in five
    if _low(tokens, end) in lx.AFTER_HEDGE and hedge in _AFTER_HEDGE and _figure_at(tokens, end + 1):
        end += 1  # "примерно из 800", "почти на 40%"
    if key == "about" and previous in t.ABOUT_IS_A_PREPOSITION_AFTER:
        return None, index
    if hedge is t.Hedge.FROM and previous in t.RANGE_FROM_AFTER:
        return None, index
    return hedge, end


_AFTER_HEDGE: Final = frozenset({t.Hedge.APPROXIMATE, t.Hedge.NEARLY, t.Hedge.MORE_THAN, t.Hedge.LESS_THAN})


def _figure_at(tokens: Sequence[Token], index: int) -> bool:
    return index < len(tokens) and (tokens[index].kind == NUM or tokens[index].low in lx.NUMBER_FORMS)


def read_phrase(tokens: Sequence[Token], index: int) -> Reading | Reject | None:
    """Read the number phrase starting at ``tokens[index]``, if one does."""
    at = index
    hedged = False
    hedge: t.Hedge | None = None
    if tokens[index].low in _TABLE_STARTS:  # figures in digits and plain number words skip the word tables
        low = tokens[index].low
        idiom = _IDIOMS.match(tokens, index) if low in _IDIOMS.first_words else None
        if idiom is not None:
            return _reject("is an idiom, not a figure", tokens, index, idiom[1])
        epistemic = _EPISTEMIC.match(tokens, at) if low in _EPISTEMIC.first_words else None
        if epistemic is not None:
            hedged, at = True, epistemic[1]
            if epistemic[0] == "an estimated":
                hedge = t.Hedge.APPROXIMATE
        if hedge is None:
            hedge, at = _hedge(tokens, at)
        if at >= len(tokens):
            return None
        if at > index and tokens[at - 1].low in lx.ADDITIVE_BEFORE:  # "ещё 300": the increment alone
            found = _after_hedge(tokens, index, at, hedge, hedged=hedged)
            return found._replace(additive=True) if isinstance(found, Reading) else found
        share = _SHARES.match(tokens, at) if tokens[at].low in _SHARES.first_words else None
        if share is not None and hedge in (None, t.Hedge.EXACT):
            share_hedge, bound = lx.SHARES[share[0]]
            reading = single(share_hedge, bound, index, share[1], PERCENT, hedged=hedged)
            return _tail.finish(tokens, reading)
        return _after_hedge(tokens, index, at, hedge, hedged=hedged)
    first = read_numeral(tokens, index)  # the common case, inlined: digits or a number word, no hedge
    if first is None or isinstance(first, Reject):
        return first
    rejected = _context.around(tokens, first)
    if rejected is not None:
        return rejected
    return _figure(tokens, index, first, None, hedged=False)


def _after_hedge(
    tokens: Sequence[Token], index: int, at: int, hedge: t.Hedge | None, *, hedged: bool
) -> Reading | Reject | None:
    """The vague word or figure after the hedge (if any) that starts at ``index``."""
    if tokens[at].low in _VAGUE.first_words and not (
        hedge is not None and tokens[at].low in lx.SINGULAR_AFTER_HEDGE
    ):
        vague = _VAGUE.match(tokens, at)
        if vague is not None:
            return _vague(tokens, index, at, vague, hedge, hedged=hedged)
    return _numeral_phrase(tokens, index, at, hedge, hedged=hedged)


def _numeral_phrase(
    tokens: Sequence[Token], index: int, at: int, hedge: t.Hedge | None, *, hedged: bool
) -> Reading | Reject | None:
    """The figure at ``at`` and what follows it, in a phrase that starts at ``index``."""
    first = read_numeral(tokens, at)
    if first is None:
        return None
    if isinstance(first, Reject):
        return first._replace(start=min(first.start, index))
    rejected = _context.around(tokens, first, prefixed=at > index)
    if rejected is not None:
        return rejected._replace(start=min(rejected.start, index))
    return _figure(tokens, index, first, hedge, hedged=hedged)


def _vague(
    tokens: Sequence[Token],
    index: int,
    at: int,
    found: tuple[str, int],
    hedge: t.Hedge | None,
    *,
    hedged: bool,
) -> Reading | Reject:
    key, end = found
    start = index
    if hedge in (t.Hedge.FROM, t.Hedge.BETWEEN):  # "с сотнями", "аз садҳо": a preposition, not a range
        start, hedge = at, None
    rejected = _context.before(tokens, at, end)
    if rejected is not None:
        return rejected
    following = _low(tokens, end)
    adjective = end < len(tokens) and tokens[end].kind == WORD and following not in _OF_MORE
    if key.endswith("majority") and adjective and not _tail.has_rate(tokens, end):
        return _reject("is an adjective here, not a share", tokens, start, end + 1)
    if key in {"most", "mainly"} and _adverb(tokens, index, end, key):
        return _reject("is a superlative or an adverb here, not a share", tokens, start, end)
    scaled = _scaled(tokens, key, end)
    if key == "a few" and index > 0 and tokens[index - 1].low == "quite":
        return _reject("is an idiom (many), not a figure", tokens, index - 1, end)
    if hedge is not None and hedge not in (t.Hedge.APPROXIMATE, t.Hedge.NEARLY, t.Hedge.EXACT):
        return _reject(
            "puts a bound on a vague quantity, which cannot be read without guessing", tokens, start, end
        )
    bounds = lx.VAGUE[key] if scaled is None else scaled[0]
    end = end if scaled is None else scaled[1]
    low, high, low_inclusive = bounds.low, bounds.high, bounds.low_inclusive
    union = _tail.union(tokens, end)
    if union is not None:
        other, end = union
        low, high = min(low, other.low), None if high is None or other.high is None else max(high, other.high)
    reading = Reading(start, end, Qualifier.VAGUE, low, high, low_inclusive=low_inclusive, unit=bounds.unit)
    return _tail.finish(tokens, reading._replace(hedged=hedged))


def _scaled(tokens: Sequence[Token], key: str, end: int) -> tuple[t.Vague, int] | None:
    """A vague quantity times the scale words after it.

    "a couple of hundred" is 200-300, "several hundred thousand" 300,000-999,999, "десятки тысяч"
    20,000-99,999.

    A band whose top is all nines (9, 99, 999: "several", "hundreds") reaches to just below the next order of
    magnitude, and keeps doing so when scaled; any other top scales as it is ("a few" 2-5, "a few hundred"
    200-500).
    """
    at = end + 1 if _low(tokens, end) == "of" and _low(tokens, end + 1) in _SCALES else end
    factor = 1
    while at < len(tokens) and tokens[at].low in _SCALES and _SCALES[tokens[at].low] > factor:
        factor = _SCALES[tokens[at].low] if factor == 1 else factor * _SCALES[tokens[at].low]
        at += 1
        if _low(tokens, at) == "." and not tokens[at].gap and tokens[at - 1].low in {"тыс", "млн", "млрд"}:
            at += 1
    if factor == 1:
        return None
    band = lx.VAGUE[key]
    low, high = lx.SCALED_BANDS.get(key, (band.low, band.high))
    if high is None or band.unit is not None:
        return None
    open_top = str(high).strip("9") == "" and str(factor).strip("0") == "1"  # a power of ten
    top = (high + 1) * factor - 1 if open_top else high * factor
    return t.Vague(low * factor, top), at


def _figure(
    tokens: Sequence[Token], index: int, first: Numeral, hedge: t.Hedge | None, *, hedged: bool
) -> Reading | Reject | None:
    if first.end < len(tokens) and _tail.continues(tokens[first.end]):
        listed = _tail.enumeration(tokens, first) if hedge is None else None
        if isinstance(listed, Reject):
            return listed._replace(start=index)
        if listed is not None:
            return _values(tokens, index, listed, hedged=hedged)
        second = _tail.second_figure(tokens, first, hedge)
        if isinstance(second, Reject):
            return second._replace(start=index)
    else:  # nothing after the figure, or a word no list or range goes on with
        second = None
    if second is None:
        written = hedge
        if hedge is t.Hedge.BETWEEN and _tail.has_suffix_hedge(tokens, first.end, after_from=True):
            written = None  # "аз 1000 нафар зиёд": more than 1000, the hedge written after the figure
        elif hedge in (t.Hedge.BETWEEN, t.Hedge.FROM):
            return None
        reading = single(written, first.value, index, first.end, first.unit, hedged=hedged)
        return _check(tokens, (first,), _tail.finish(tokens, reading, value=first.value, hedge=hedge))
    if hedge is t.Hedge.FROM:
        return _values(tokens, index, [first, second], hedged=hedged)
    if hedge in t.BOUND_HEDGES:
        return _reject(
            "puts a bound on a range, which cannot be read without guessing", tokens, index, second.end
        )
    low, unit = _tail.distribute(first, second)
    if unit is not None and second.unit is not None and unit != second.unit:
        return _reject("mixes two units", tokens, index, second.end)
    reading = Reading(index, second.end, Qualifier.RANGE, low, second.value, unit=unit, hedged=hedged)
    return _check(tokens, (first, second), _tail.finish(tokens, reading))


def _values(tokens: Sequence[Token], index: int, listed: list[Numeral], *, hedged: bool) -> Reading | Reject:
    """An enumeration ("23 and 21 years") or a change ("from five to seven years"): exact, as a list."""
    values = [_tail.distribute(numeral, listed[-1])[0] for numeral in listed[:-1]] + [listed[-1].value]
    units = {numeral.unit for numeral in listed} - {None}
    if len(units) > 1:
        return _reject("mixes two units", tokens, index, listed[-1].end)
    unit = units.pop() if units else None
    reading = Reading(index, listed[-1].end, Qualifier.EXACT, values=tuple(values), unit=unit, hedged=hedged)
    return _check(tokens, listed, _tail.finish(tokens, reading))


def _check(tokens: Sequence[Token], ends: Sequence[Numeral], reading: Reading | Reject) -> Reading | Reject:
    """Reject a finished reading that is a date, a range running downwards, or a figure too large."""
    if isinstance(reading, Reject):
        return reading
    start, end = reading.start, reading.end
    for numeral in ends:
        if numeral.year_like:
            if _tail.is_a_date(tokens, start, reading):
                return _reject(_A_DATE, tokens, start, end)
            break
    low, high = reading.low, reading.high
    if reading.qualifier is Qualifier.RANGE and low is not None and high is not None and low >= high:
        return _reject("runs downwards or has equal ends: a score, a ratio or an idiom", tokens, start, end)
    if (
        (low is not None and low > MAX_VALUE)
        or (high is not None and high > MAX_VALUE)
        or (reading.values and max(reading.values) > MAX_VALUE)
    ):
        return _reject("is too large to be a count, a share or an amount", tokens, start, end)
    return reading


_A_DATE: Final = "is a year or a date range, not a figure; write a count with a separator (2,016) or a unit"


def starts(token: Token) -> bool:
    """Whether a phrase can start at ``token`` (a cheap filter before `read_phrase`)."""
    return token.kind == NUM or token.low in STARTERS


STARTERS: Final = frozenset().union(
    _HEDGES.first_words,
    _SHARES.first_words,
    lx.NUMBER_FORMS,
    lx.FOREIGN_ORDINALS,
    lx.EVERY,
    lx.SHARE_NOUNS,
    lx.HALF_UNITS,
    _EPISTEMIC.first_words,
    _VAGUE.first_words,
    _IDIOMS.first_words,
    t.NUMBER_WORDS,
    t.MULTIPLES,
    t.ORDINALS,
    PhraseTable(t.CURRENCY_SYMBOLS).first_words,
    (code.lower() for code in t.CURRENCY_CODES),
    ("a", "an", "half"),
)
"""The lower-cased words a phrase can start at (besides any number)."""
