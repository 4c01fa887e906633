"""The rule of quote offsets: a quote is its document's text at its offsets, and offsets are found, not typed.

A fixture may leave a quote's ``start`` and ``end`` out; `place_quote` finds them in the quote's own source
(verbatim, else with typography folded as `find_quote` does), and requires one place: several are listed for a
human to choose. A quote whose offsets are given must be the text there; `offsets_problem` says where it
really is. The loader applies both rules, so a loaded corpus never holds a quote that is not its text;
for a corpus built in code, ``check_provenance`` reports such a quote with the same message.

>>> from centasia_claims.corpus import place_quote
>>> place_quote("He said 61 had returned.", "61 had returned")
QuoteMatch(start=8, end=23, verbatim=True)
"""

from __future__ import annotations

from typing import Any, Final

from centasia_claims.errors import CorpusError, Problem
from centasia_claims.model import QuoteMatch, TextQuote, find_quote, find_quotes, grapheme_boundary

__all__ = ["FIX_HINT", "anchor_raw_quote", "offsets_problem", "place_quote", "placement_problem"]

FIX_HINT: Final = (
    "or, in a fixture, leave start and end out to have them found (centasia-claims fix-offsets FOLDER fills "
    "them in)"
)
"""How to have offsets filled in, appended to every message about offsets."""

_SHOWN: Final = 6  # candidates listed in a message before "and N more"


def _short(text: str, limit: int = 60) -> str:
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


def _around(text: str, match: QuoteMatch, context: int) -> tuple[str, str]:
    return text[max(0, match.start - context) : match.start], text[match.end : match.end + context]


def _narrowed(text: str, matches: tuple[QuoteMatch, ...], prefix: str, suffix: str) -> tuple[QuoteMatch, ...]:
    """The matches whose surrounding text ends with ``prefix`` and starts with ``suffix`` (where given)."""
    if not prefix and not suffix:
        return matches
    return tuple(
        match
        for match in matches
        if text[max(0, match.start - len(prefix)) : match.start] == prefix
        and text[match.end : match.end + len(suffix)] == suffix
    )


def _cut(text: str, start: int, end: int) -> str | None:
    """Which end of ``text[start:end]`` splits a user-perceived character, as a message; ``None`` if none."""
    cuts = [name for name, at in (("starts", start), ("ends", end)) if not grapheme_boundary(text, at)]
    if not cuts:
        return None
    return (
        f"{' and '.join(cuts)} inside a character (between a letter and its accent, inside an emoji or a "
        "flag): extend it to the whole character"
    )


def placement_problem(
    text: str,
    exact: str,
    *,
    start: int = 0,
    end: int | None = None,
    prefix: str = "",
    suffix: str = "",
    where: str = "the text",
) -> QuoteMatch | str:
    """Place a quote with no offsets in ``text[start:end]``, or say why it cannot be placed.

    A verbatim occurrence wins over tolerant ones; among several, the recorded ``prefix`` and ``suffix``
    choose. Returns the one match, or a message: not found, or found at several places (with their offsets).

    >>> placement_problem("one two one", "one", where="'a.txt'")
    "the quote 'one' occurs 2 times in 'a.txt', at 0-3, 8-11: give the start and end of the one meant, or a prefix or suffix that tells them apart"
    >>> placement_problem("one two one", "one", prefix="two ")
    QuoteMatch(start=8, end=11, verbatim=True)
    """  # noqa: E501
    found = find_quotes(text, exact, start=start, end=end)
    matches = tuple(match for match in found if _cut(text, match.start, match.end) is None)
    if found and not matches:
        cut = _cut(text, found[0].start, found[0].end)
        return f"the quote {_short(exact)} occurs in {where} only where it {cut}"
    if not matches:
        return (
            f"the quote {_short(exact)} does not occur in {where}, not even with whitespace, quotation marks "
            "or dashes read loosely: quote the text as written"
        )
    narrowed = _narrowed(text, matches, prefix, suffix) or matches
    if len(narrowed) == 1:
        return narrowed[0]
    places = ", ".join(f"{match.start}-{match.end}" for match in narrowed[:_SHOWN])
    more = f" and {len(narrowed) - _SHOWN} more" if len(narrowed) > _SHOWN else ""
    return (
        f"the quote {_short(exact)} occurs {len(narrowed)} times in {where}, at {places}{more}: give the "
        "start and end of the one meant, or a prefix or suffix that tells them apart"
    )


def place_quote(text: str, exact: str, *, start: int = 0, end: int | None = None) -> QuoteMatch:
    r"""Where a quote with no offsets stands in ``text[start:end]``: its one place, verbatim or tolerant.

    Raises:
        CorpusError: The quote does not occur, or occurs at several places (listed with their offsets).

    >>> place_quote("a \u201cpension\u201d of $100", '"pension"')
    QuoteMatch(start=2, end=11, verbatim=False)
    >>> place_quote("one two one", "one")
    Traceback (most recent call last):
    ...
    centasia_claims.errors.CorpusError: 1 problem; no corpus was returned:
      $.quote: the quote 'one' occurs 2 times in the text, at 0-3, 8-11: give the start and end of the one meant, or a prefix or suffix that tells them apart
    """  # noqa: E501
    found = placement_problem(text, exact, start=start, end=end)
    if isinstance(found, str):
        raise CorpusError([Problem(None, "$.quote", found)])
    return found


def offsets_problem(quote: TextQuote, text: str, document: str) -> str | None:
    """Why a quote is not the slice of ``text`` at its offsets, with the fix; ``None`` when it is.

    >>> from centasia_claims import TextQuote
    >>> quote = TextQuote(exact="61 had", start=0, end=6)
    >>> print(offsets_problem(quote, "He said 61 had returned.", "a.txt"))
    the quote '61 had' is not at 0-6 of 'a.txt' but at 8-14 (moved by +8): set start=8, end=14, or, in a fixture, leave start and end out to have them found (centasia-claims fix-offsets FOLDER fills them in)
    """  # noqa: E501
    found_there = text[quote.start : quote.end]
    if found_there == quote.exact:
        cut = _cut(text, quote.start, quote.end)
        where = f"{quote.start}-{quote.end} of {document!r}"
        return None if cut is None else f"the quote {_short(quote.exact)} at {where} {cut}"
    match = find_quote(text, quote.exact, near=quote.start)
    where = f"{quote.start}-{quote.end} of {document!r}"
    if match is None:
        return (
            f"the quote {_short(quote.exact)} does not occur in {document!r}, not even with whitespace, "
            f"quotation marks or dashes read loosely; at {where} the text is {_short(found_there)}: "
            "quote the text as written"
        )
    if match.verbatim:
        return (
            f"the quote {_short(quote.exact)} is not at {where} but at {match.start}-{match.end} "
            f"(moved by {match.start - quote.start:+d}): set start={match.start}, end={match.end}, {FIX_HINT}"
        )
    as_written = text[match.start : match.end]
    place = "there" if match.start == quote.start else f"at {match.start}-{match.end}"
    return (
        f"the quote {_short(quote.exact)} is not verbatim at {where}; it occurs {place} only with "
        f"different whitespace, quotation marks or dashes, as {_short(as_written)}: quote the text as "
        f"written, {FIX_HINT}"
    )


def _with_offsets(quote: dict[str, Any], exact: str, start: int, end: int) -> None:
    """Set a raw quote's text and offsets in place, ``start`` and ``end`` right after ``exact``."""
    ordered: dict[str, Any] = {}
    for key, value in quote.items():
        if key in {"start", "end"}:
            continue
        ordered[key] = exact if key == "exact" else value
        if key == "exact":
            ordered |= {"start": start, "end": end}
    quote.clear()
    quote.update(ordered)


def anchor_raw_quote(
    quote: dict[str, Any], text: str, span: tuple[int, int], where: str, *, relocate: bool = False
) -> str | None:
    """Fill in the offsets of a quote as read from JSON, in place; a message when that cannot be done.

    A quote with neither ``start`` nor ``end`` is placed in ``text[span[0]:span[1]]`` (its source); one with
    only one of them is refused. With ``relocate``, a quote whose offsets are given but whose text is not
    there is placed again, nearest to where it was said to be. A quote placed with typography folded takes
    the text as the document writes it. Anything not a string or a whole number is left for the converter.

    >>> quote = {"exact": "61 had", "note": "kept"}
    >>> anchor_raw_quote(quote, "He said 61 had returned.", (0, 24), "'a.txt'"), quote
    (None, {'exact': '61 had', 'start': 8, 'end': 14, 'note': 'kept'})
    """
    exact = quote.get("exact")
    has = [key for key in ("start", "end") if key in quote]
    if not isinstance(exact, str) or not exact:
        return None
    if len(has) == 1:
        return (
            f"the quote has {has[0]} but no {'end' if has[0] == 'start' else 'start'}: give both, {FIX_HINT}"
        )
    if has:
        start, end = quote["start"], quote["end"]
        if not relocate or not (isinstance(start, int) and isinstance(end, int)) or text[start:end] == exact:
            return None
        matches = find_quotes(text, exact, start=span[0], end=span[1])
        if matches:
            near = min(matches, key=lambda match: (abs(match.start - start), match.start))
            _with_offsets(quote, text[near.start : near.end], near.start, near.end)
            return None
    prefix, suffix = quote.get("prefix", ""), quote.get("suffix", "")
    found = placement_problem(
        text,
        exact,
        start=span[0],
        end=span[1],
        prefix=prefix if isinstance(prefix, str) else "",
        suffix=suffix if isinstance(suffix, str) else "",
        where=where,
    )
    if isinstance(found, str):
        return found
    _with_offsets(quote, text[found.start : found.end], found.start, found.end)
    return None
