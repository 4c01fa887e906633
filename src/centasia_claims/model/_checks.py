"""Attribute validators shared by the model classes.

Each raises `InvalidValueError` naming the field, so a loader can point at ``$.claims[3].id``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from centasia_claims.errors import InvalidValueError

if TYPE_CHECKING:
    import attrs

__all__ = [
    "check_id",
    "check_ids",
    "check_language",
    "check_non_empty",
    "check_non_negative",
    "check_optional_id",
    "frozen_collections",
    "is_language_tag",
]

# Ids are short, printable and safe in URLs, file names and JSON paths: ``person:gulmurod-halimov``.
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:/-]{0,199}")


_valid_id = _ID.fullmatch


def _id_problem(value: str) -> str | None:
    if _valid_id(value) is not None:
        return None
    if not value:
        return "must not be empty: give every object a unique id such as 'person:gulmurod-halimov'"
    return (
        f"{value!r} is not a valid id: use letters, digits and . _ : / - "
        "(first a letter or digit, at most 200 characters)"
    )


def check_id(_instance: object, attribute: attrs.Attribute[Any], value: str) -> None:
    """Reject an empty or malformed id."""
    if _valid_id(value) is None:
        raise InvalidValueError(attribute.name, _id_problem(value) or "")


# A well-formed BCP 47 tag (RFC 5646, section 2.1) whose language subtag has two or three letters, as every
# language in the IANA registry does (four-letter subtags are reserved, and no five-to-eight-letter one is
# registered), so that a language's English name ("Russian", "Tajik") is refused rather than read as a tag:
# language with up to three extended subtags, script, region, variants, extensions, private use; or private
# use alone ("x-..."). Case does not matter.
_LANGUAGE_TAG = re.compile(
    r"(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}"
    r"(?:-[a-z]{4})?"
    r"(?:-(?:[a-z]{2}|[0-9]{3}))?"
    r"(?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*"
    r"(?:-[0-9a-wyz](?:-[a-z0-9]{2,8})+)*"
    r"(?:-x(?:-[a-z0-9]{1,8})+)?"
    r"|x(?:-[a-z0-9]{1,8})+)",
    re.IGNORECASE | re.ASCII,
)


def is_language_tag(text: str) -> bool:
    """Whether ``text`` is a BCP 47 language tag: ``ru``, ``tg-Cyrl``, ``en-GB``, ``fa-AF``, ``x-local``.

    The tag must be well formed (RFC 5646) with a language subtag of two or three letters, as every
    registered language has: a language's name ("Russian") is not a tag. Whether the subtags are registered
    is not checked.

    >>> from centasia_claims.model import is_language_tag
    >>> [is_language_tag(tag) for tag in ("ru", "tg-Cyrl-TJ", "zh-Hant", "Russian", "ru_RU", "")]
    [True, True, True, False, False, False]
    """
    if text in _TAGS_SEEN:
        return True
    if _LANGUAGE_TAG.fullmatch(text) is None:
        return False
    if len(_TAGS_SEEN) < _TAGS_KEPT:  # a corpus writes a handful of tags on every source and name
        _TAGS_SEEN.add(text)
    return True


_TAGS_SEEN: set[str] = set()
_TAGS_KEPT = 1_000


def check_language(_instance: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    """Reject a language that is not a BCP 47 tag (`is_language_tag`); ``None`` is allowed."""
    if value is not None and not is_language_tag(value):
        raise InvalidValueError(
            attribute.name,
            f"{value!r} is not a BCP 47 language tag: write the language's code, such as 'ru' (Russian), "
            "'tg' (Tajik), 'en' (English) or 'uz-Latn' (Uzbek in Latin script)",
        )


def check_optional_id(_instance: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    """Reject a malformed id; ``None`` is allowed."""
    if value is not None:
        check_id(_instance, attribute, value)


def check_ids(_instance: object, attribute: attrs.Attribute[Any], value: tuple[str, ...]) -> None:
    """Reject a tuple holding an empty or malformed id, naming its index."""
    for index, item in enumerate(value):
        problem = _id_problem(item)
        if problem is not None:
            raise InvalidValueError(f"{attribute.name}[{index}]", problem)


def check_non_empty(_instance: object, attribute: attrs.Attribute[Any], value: str) -> None:
    """Reject an empty or blank string."""
    if not value.strip():
        raise InvalidValueError(attribute.name, "must not be empty")


def check_non_negative(_instance: object, attribute: attrs.Attribute[Any], value: int) -> None:
    """Reject a negative number."""
    if value < 0:
        raise InvalidValueError(attribute.name, f"must be >= 0 (got {value})")


def _frozen(kind: type) -> Any:
    def convert(value: Any) -> Any:
        # A string or a mapping is not a collection of items: leave it for the validator to refuse.
        if isinstance(value, (kind, str, bytes, dict)):
            return value
        try:
            return kind(value)
        except TypeError:
            return value  # not iterable: the validator or the type says what is wrong

    return convert


def frozen_collections(cls: type, fields: list[attrs.Attribute[Any]]) -> list[attrs.Attribute[Any]]:
    """An attrs ``field_transformer``: every ``tuple`` or ``frozenset`` field converts what it is given.

    A list passed to a constructor or `attrs.evolve` becomes a tuple, so an object cannot change after it
    was checked and stays hashable. A field with a converter of its own keeps it.

    >>> import attrs
    >>> @attrs.frozen(field_transformer=frozen_collections)
    ... class Pair:
    ...     items: tuple[int, ...]
    >>> Pair([1, 2]).items, hash(Pair([1, 2])) == hash(Pair((1, 2)))
    ((1, 2), True)
    """
    converted = []
    for field in fields:
        kind = str(field.type)
        if field.converter is None and kind.startswith(("tuple[", "frozenset[")):
            field = field.evolve(converter=_frozen(tuple if kind.startswith("tuple[") else frozenset))  # noqa: PLW2901  (the transformed field replaces it)
        converted.append(field)
    return converted
