"""Reading one cell of a row: a date, the quote, the figure, a choice among an enumeration's values.

Each reader returns ``None`` (or empty) for an empty or unreadable cell and appends what is wrong to the row's
list of refusals, saying the column, the problem and what to write instead.

>>> refused = []
>>> read_date({"published": "2015-06"}, "published", refused), read_date({"as_of": "June"}, "as_of", refused)
(PartialDate(year=2015, month=6, day=None), None)
>>> refused
["as_of: 'June' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD"]
"""

from __future__ import annotations

import enum
import re
from typing import Final, TypeVar

import attrs

from centasia_claims.errors import CentasiaClaimsError
from centasia_claims.estimates import parse_estimate
from centasia_claims.model import Estimate, PartialDate, find_quote

__all__ = ["iso_hint", "read_choice", "read_date", "read_quote", "read_value", "short"]

_E = TypeVar("_E", bound=enum.StrEnum)


def read_date(row: dict[str, str], column: str, refused: list[str]) -> PartialDate | None:
    """The date a cell gives (``None``: empty); a cell that is no date is refused."""
    text = row.get(column, "").strip()
    if not text:
        return None
    try:
        return PartialDate.parse(text)
    except CentasiaClaimsError:
        refused.append(f"{column}: {text!r} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD{iso_hint(text)}")
        return None


_MONTHS: Final = (
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
)  # fmt: skip
"""English month names by their first three letters. Source note: the Gregorian calendar."""


def iso_hint(text: str) -> str:
    """``" (2016-01-25)"``: the ISO form of a day-first or a written date, for a message; else ``""``.

    Day-first dates with dots ("25.01.2016", as the Russian and Tajik press write them) and English written
    dates ("21 May 2019", "May 2019") are read; slashes are left alone (day or month first is unknowable).

    >>> iso_hint("25.01.2016"), iso_hint("21 May 2019"), iso_hint("01/02/2016")
    (' (2016-01-25)', ' (2019-05-21)', '')
    """
    dotted = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", text.strip())
    if dotted is not None and 1 <= int(dotted[2]) <= 12 and 1 <= int(dotted[1]) <= 31:
        return f" ({dotted[3]}-{int(dotted[2]):02}-{int(dotted[1]):02})"
    written = re.fullmatch(r"(?:(\d{1,2})\s+)?([A-Za-z]{3,})\.?\s+(\d{4})", text.strip())
    if written is not None and written[2][:3].lower() in _MONTHS:
        month = f"{written[3]}-{_MONTHS.index(written[2][:3].lower()) + 1:02}"
        return f" ({month}-{int(written[1]):02})" if written[1] else f" ({month})"
    return ""


def read_quote(row: dict[str, str], text: str, refused: list[str]) -> tuple[str | None, str]:
    """The quote as the text writes it, and the reason for none; a quote not in the text is refused."""
    exact = row.get("quote", "")
    unquoted = row.get("unquoted", "").strip()
    if not exact.strip():
        if not unquoted:
            refused.append(
                "quote: empty: copy the words the claim rests on, or say why there are none in unquoted"
            )
        return None, unquoted
    if unquoted:
        refused.append("unquoted: a row with a quote takes no reason for having none: empty unquoted")
    match = find_quote(text, exact)
    if match is None:
        refused.append(
            f"quote: {short(exact)} does not occur in the text, not even with quotation marks, dashes "
            "and spaces folded: copy the quote from the text as written"
        )
        return None, ""
    return text[match.start : match.end], ""


def read_value(
    row: dict[str, str], quote: str | None, unit: str | None, refused: list[str]
) -> Estimate | None:
    """The figure of the row: ``value`` read in English, else ``value_text`` in the row's language."""
    written = row.get("value_text", "").strip()
    reading = row.get("value", "").strip()
    if not written:
        if reading:
            refused.append("value_text: empty: copy the figure as written in the quote, then give value")
        return None
    if quote is not None and written not in quote:
        found = find_quote(quote, written)
        if found is None:
            refused.append(
                f"value_text: {short(written)} does not occur in the quote, not even with quotation marks, "
                "dashes and spaces folded: copy the figure from the quote"
            )
        else:  # kept as the text writes it (a no-break space between thousands, a typographic dash)
            written = quote[found.start : found.end]
    language = row.get("language", "").strip() or "en"
    try:  # a reading given in value is English; the figure as written is in the row's language
        estimate = (
            parse_estimate(reading, unit=unit)
            if reading
            else parse_estimate(written, unit=unit, language=language)
        )
    except CentasiaClaimsError as error:
        column = "value" if reading else "value_text"
        first = str(error).splitlines()[0]
        refused.append(f"{column}: {first}: write one figure such as 'about 1,000' or 'more than half'")
        return None
    return attrs.evolve(estimate, phrase=written) if reading else estimate


def read_choice(row: dict[str, str], column: str, kind: type[_E], refused: list[str]) -> _E | None:
    """The value of an enumeration a cell names (``None``: empty); a cell that names none is refused."""
    written = row.get(column, "").strip()
    if not written:
        return None
    try:
        return kind("_".join(written.lower().split()))
    except ValueError:
        refused.append(
            f"{column}: {written!r} is not one of {', '.join(item.value for item in kind)}: write one"
        )
        return None


def short(text: str, limit: int = 60) -> str:
    """``text`` quoted, cut to ``limit`` characters with an ellipsis, as messages show a cell."""
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")
