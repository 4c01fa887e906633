"""Small text and HTML helpers that every type renders itself with: numbers, intervals, tables.

The library writes numbers one way: `number_text`. Each type renders its own text (``__str__``) and HTML
(``_repr_html_``) with these helpers, so no module needs to know another's types to display them.

>>> number_text(1141.0), number_text(33.333, places=2), number_text(1300000.0, grouping=False)
('1,141', '33.33', '1300000')
>>> interval_text(270, 330), interval_text(None, 1000, high_inclusive=True), interval_text(5, 5)
('[270, 330]', '(-∞, 1000]', '{5}')
"""

from __future__ import annotations

import enum
import html
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final

import attrs

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

__all__ = ["escape_controls", "html_definitions", "html_record", "html_table", "interval_text", "number_text"]

_BIDI_CONTROLS: Final = (0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A))
_ALL_CONTROLS: Final = {
    code: f"\\u{code:04x}" for code in (*range(0x20), *range(0x7F, 0xA0), *_BIDI_CONTROLS)
}
"""Control characters (C0, DEL, C1) and bidirectional controls, each to its escape."""
_CONTROLS: Final = {code: escaped for code, escaped in _ALL_CONTROLS.items() if chr(code) not in "\n\t"}

_MAX_INTEGER: Final = 10**16
"""Whole numbers below this are written as integers; beyond it a float's digits are written exactly."""


def escape_controls(text: str, *, keep: str = "\n\t") -> str:
    r"""``text`` with every control character written as its ``\uXXXX`` escape, but those in ``keep``.

    Text from a corpus may hold escape sequences that a terminal would obey (colour, cursor moves, a
    changed window title), NUL bytes, or bidirectional controls that reorder what is shown; written out
    escaped, they are seen, not obeyed. The escape is valid inside a JSON string too. Line feed and tab are
    kept unless ``keep`` says otherwise.

    >>> escape_controls("red \x1b[31mtext\x00 kept\tand\nkept \u202eevil")
    'red \\u001b[31mtext\\u0000 kept\tand\nkept \\u202eevil'
    >>> escape_controls("a\r\nb"), escape_controls("a\r\nb", keep="\r\n")
    ('a\\u000d\nb', 'a\r\nb')
    """
    table = (
        _CONTROLS
        if keep == "\n\t"
        else {code: escaped for code, escaped in _ALL_CONTROLS.items() if chr(code) not in keep}
    )
    return text.translate(table)


def number_text(value: float, *, grouping: bool = True, places: int | None = None) -> str:
    """A number as people write it: no trailing ``.0``, thousands grouped with commas unless asked not to.

    With ``places``, the number is rounded to that many decimals and trailing zeros are dropped; without,
    every digit of the float is written (``8.2`` stays ``8.2``, never ``8.199999``), and never an exponent.

    >>> number_text(1300000), number_text(8.2), number_text(12.5, grouping=False, places=2)
    ('1,300,000', '8.2', '12.5')
    >>> number_text(1e-07), number_text(2.999, places=2)
    ('0.0000001', '3')
    """
    value = float(value)  # an attrs field typed float may hold an int
    separator = "," if grouping else ""
    if places is not None:
        text = f"{value:{separator}.{places}f}"
        return text.rstrip("0").rstrip(".") if "." in text else text
    if value.is_integer() and abs(value) < _MAX_INTEGER:
        return f"{int(value):{separator}}"
    return format(Decimal(repr(value)), f"{separator}f")


def interval_text(
    low: float | None,
    high: float | None,
    *,
    low_inclusive: bool = True,
    high_inclusive: bool = True,
    grouping: bool = False,
) -> str:
    """An interval in set notation, numbers rounded to two decimals: ``[270, 330]``, ``(1500, 9999]``.

    An unbounded end is ``-∞`` or ``∞`` (always open); an interval of one number is ``{1141}``.

    >>> interval_text(1500, 9999, low_inclusive=False), interval_text(2000, None, low_inclusive=False)
    ('(1500, 9999]', '(2000, ∞)')
    >>> interval_text(1500, 9999, low_inclusive=False, grouping=True)
    '(1,500, 9,999]'
    """

    def number(value: float) -> str:
        return number_text(value, grouping=grouping, places=2)

    if low is not None and low == high:
        return "{" + number(low) + "}"
    head = "(-∞" if low is None else ("[" if low_inclusive else "(") + number(low)
    tail = "∞)" if high is None else number(high) + ("]" if high_inclusive else ")")
    return f"{head}, {tail}"


def html_table(header: Sequence[str], rows: Iterable[Sequence[str]], *, code: int | None = None) -> str:
    """A small HTML table of plain text cells, every cell escaped; column ``code`` (ids) set as code.

    >>> html_table(("claim", "figure"), [("claim:a", "<1,000")], code=0)
    '<table><tr><th>claim</th><th>figure</th></tr><tr><td><code>claim:a</code></td><td>&lt;1,000</td></tr></table>'
    """

    def cell(index: int, text: str) -> str:
        escaped = html.escape(text)
        return f"<td><code>{escaped}</code></td>" if index == code else f"<td>{escaped}</td>"

    head = "".join(f"<th>{html.escape(name)}</th>" for name in header)
    body = "".join(
        "<tr>" + "".join(cell(index, text) for index, text in enumerate(row)) + "</tr>" for row in rows
    )
    return f"<table><tr>{head}</tr>{body}</table>"


def html_definitions(title: str, rows: Iterable[tuple[str, str]]) -> str:
    """A titled definition list; ``title`` is escaped, row values are HTML already (escape what is text).

    >>> html_definitions("claim:a", [("stance", "asserts")])
    '<div><strong>claim:a</strong><dl><dt>stance</dt><dd>asserts</dd></dl></div>'
    """
    body = "".join(f"<dt>{html.escape(key)}</dt><dd>{value}</dd>" for key, value in rows)
    return f"<div><strong>{html.escape(title)}</strong><dl>{body}</dl></div>"


def _cell(value: Any) -> str:
    if isinstance(value, tuple | list):
        return "; ".join(_cell(item) for item in value)
    return str(getattr(value, "value", value)) if isinstance(value, enum.Enum) else str(value)


def html_record(item: Any, title: str) -> str:
    """An attrs result as a titled definition list of its fields that are set, in field order, escaped.

    >>> @attrs.frozen
    ... class Pair:
    ...     first: str
    ...     reasons: tuple[str, ...] = ()
    ...     note: str = ""
    >>> html_record(Pair("claim:a", ("a <b", "c")), "claim:a")[29:]
    '<dl><dt>first</dt><dd>claim:a</dd><dt>reasons</dt><dd>a &lt;b; c</dd></dl></div>'
    """
    rows = [
        (field.alias or field.name, html.escape(_cell(getattr(item, field.name))))
        for field in attrs.fields(type(item))
        if not field.name.startswith("_") and getattr(item, field.name) not in (None, (), "", field.default)
    ]
    return html_definitions(title, rows)
