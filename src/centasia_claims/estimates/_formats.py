"""How each language writes a number: thousands and decimal separators, and the digits of other scripts.

Data (`FORMATS`, the convention's table in ``docs/estimates.md``) and `canonical`, which reads the digits of
one number token as that language writes them into an English-form string ("1 141,5" → "1141.5"), or says why
it cannot. With no language, English is assumed, but a form that reads two ways there ("2.750", a decimal in
English and a count in German) is refused with both readings named; a text written in Cyrillic is read with
the separators of the Cyrillic-script languages.

>>> canonical("2.750", "de")
('2750', True, '')
>>> canonical("2,5", "ru")
('2.5', False, '')
>>> canonical("2.750", None)[2]  # doctest: +ELLIPSIS
"'2.750' reads two ways: 2.75 (a decimal point, as in English) or 2,750 (a thousands point, as in ..."
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

__all__ = [
    "AUTO",
    "CYRILLIC",
    "FORMATS",
    "Format",
    "canonical",
    "digits_to_ascii",
    "format_of",
    "has_cyrillic",
]


class Format(NamedTuple):
    """The separators one language writes numbers with."""

    name: str
    """Which group of languages: ``"comma"`` (English), ``"space"`` (Russian ...), ``"dot"`` (German ...)."""
    thousands: str
    """The thousands separators besides the no-break and thin spaces every language may use."""
    decimal: str
    """The decimal marks."""
    example: str


COMMA: Final = Format("comma", ",", ".", "1,141 · 2.5 million")
SPACE: Final = Format("space", " ", ",", "1 141 · 2,5 млн · 4,2 millions")
SPACE_DOT: Final = Format("space, decimal dot too", " ", ",.", "1 141 · 2,5 млн · 2.5 млн")
DOT: Final = Format("dot", ".", ",", "2.750 · 34.000 · 2,5 Millionen")
AUTO: Final = Format("auto", ",", ".", "English, refusing '2.750'")
CYRILLIC: Final = Format("cyrillic", " ", ",.", "a Cyrillic text with no language: 1 141 · 2,5")

# fmt: off
# Primary language subtags (BCP 47) and how they write numbers. A language not listed is read as with none.
FORMATS: Final[dict[str, Format]] = {
    **dict.fromkeys(("en", "ko", "ja", "zh", "he", "hi", "ur", "ar", "fa", "ps", "th", "ms"), COMMA),
    "tg": SPACE_DOT,
    **dict.fromkeys(("ru", "fr", "pl", "uk", "kk", "uz", "ky", "be", "cs", "sk", "fi", "sv", "nb", "no",
                     "bg", "lt", "lv", "et", "hu", "tk", "mn", "ka", "hy"), SPACE),
    **dict.fromkeys(("de", "it", "es", "pt", "tr", "nl", "id", "da", "ro", "el", "sr", "hr", "sl", "az", "bs",
                     "ca", "is"), DOT),
}
# fmt: on

# Arabic-Indic and Persian (Extended Arabic-Indic) digits, and the Arabic decimal and thousands marks.
_DIGITS: Final = {
    **{0x0660 + digit: str(digit) for digit in range(10)},
    **{0x06F0 + digit: str(digit) for digit in range(10)},
    0x066B: ".",
    0x066C: ",",
}
_FOREIGN_DIGITS: Final = re.compile("[\u0660-\u066c\u06f0-\u06f9]")
_CYRILLIC: Final = re.compile("[\u0400-\u04ff]")
_SPACES: Final = re.compile("[ \u00a0\u202f\u2009]")
_COMMA_GROUPS: Final = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?")
_DOT_GROUPS: Final = re.compile(r"[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?|[0-9]+(?:,[0-9]+)?")
_DECIMAL: Final = re.compile(r"[0-9]+(?:[.,][0-9]+)?")
_THREE_AFTER: Final = re.compile(r"[1-9][0-9]{0,2}[.,][0-9]{3}")


def digits_to_ascii(text: str) -> str:
    """``text`` with Arabic-Indic and Persian digits written as ASCII digits (one code point for one).

    >>> digits_to_ascii("\u06f1\u06f2\u06f0\u06f0")
    '1200'
    """
    if _FOREIGN_DIGITS.search(text) is None:
        return text
    return text.translate(_DIGITS)


def has_cyrillic(text: str) -> bool:
    """Whether ``text`` has a Cyrillic letter."""
    return _CYRILLIC.search(text) is not None


def format_of(language: str | None, text: str) -> tuple[Format, str | None]:
    """The number format of ``language`` (a BCP 47 tag) and its primary subtag, for a text."""
    if language is not None:
        known = _BY_TAG.get(language)
        if known is None:
            primary = language.split("-", 1)[0].split("_", 1)[0].lower()
            known = (FORMATS.get(primary), primary)
            if len(_BY_TAG) < _CACHE_SIZE:
                _BY_TAG[language] = known
        if known[0] is not None:
            return known[0], known[1]
    return (CYRILLIC if has_cyrillic(text) else AUTO), None


_BY_TAG: Final[dict[str, tuple[Format | None, str]]] = {}


def _readings(text: str) -> str:
    """The message naming both readings of "2.750" or "1,500"."""
    mark = "." if "." in text else ","
    whole, fraction = text.split(mark)
    decimal = f"{whole}.{fraction}".rstrip("0").rstrip(".")
    count = f"{int(whole + fraction):,}"
    if mark == ".":
        ways = (
            f"{decimal} (a decimal point, as in English) "
            f"or {count} (a thousands point, as in German, Italian or Turkish)"
        )
    else:
        ways = (
            f"{decimal} (a decimal comma, as in Russian or Tajik) "
            f"or {count} (a thousands comma, as in English)"
        )
    return f"{text!r} reads two ways: {ways}; pass language= to choose"


def canonical(text: str, fmt: Format | str | None) -> tuple[str, bool, str]:
    """The digits of a number token in English form, whether it was grouped, and a problem ('' if none).

    ``fmt`` is a `Format` or a language tag. The problem says why the token is not a number in that format,
    or that it reads two ways.
    """
    if not isinstance(fmt, Format):
        fmt = format_of(fmt, "")[0]
    cache = _CACHES[fmt.name]
    found = cache.get(text)
    if found is None:
        if len(cache) > _CACHE_SIZE:
            cache.clear()
        found = cache[text] = _canonical(text, fmt)
    return found


_CACHE_SIZE: Final = 4096
_CACHES: Final[dict[str, dict[str, tuple[str, bool, str]]]] = {
    fmt.name: {} for fmt in (COMMA, SPACE, SPACE_DOT, DOT, AUTO, CYRILLIC)
}


def _canonical(text: str, fmt: Format) -> tuple[str, bool, str]:
    spaced = _SPACES.sub("", text)
    grouped = spaced != text
    if grouped and fmt in (COMMA, AUTO) and "," in spaced:
        return "", True, f"{text!r} mixes space and comma grouping (write 1,141 or 1 141)"
    if fmt in (COMMA, AUTO):
        if _THREE_AFTER.fullmatch(spaced) and "." in spaced and fmt is AUTO:
            return "", False, _readings(spaced)
        if _COMMA_GROUPS.fullmatch(spaced) is None:
            return "", grouped, f"{text!r} is not a well-formed number (write 1,141 or 1141.5)"
        return spaced.replace(",", ""), grouped or "," in spaced, ""
    if fmt is DOT:
        if _DOT_GROUPS.fullmatch(spaced) is None:
            return (
                "",
                grouped,
                f"{text!r} is not a well-formed number as this language writes them (1.141 or 2,5)",
            )
        return spaced.replace(".", "").replace(",", "."), grouped or "." in spaced.split(",")[0], ""
    # Space-grouping languages: a comma is the decimal mark, a dot too unless it reads as a thousands point.
    if _DECIMAL.fullmatch(spaced) is None:
        return (
            "",
            grouped,
            f"{text!r} is not a well-formed number as this language writes them (1 141 or 2,5)",
        )
    three_after = _THREE_AFTER.fullmatch(spaced) is not None
    if three_after and (fmt is CYRILLIC or (fmt is SPACE and "." in spaced)):
        return "", grouped, _readings(spaced)
    return spaced.replace(",", "."), grouped, ""
