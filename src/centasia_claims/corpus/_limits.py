"""How much the loader reads: the largest fixture and document, and the deepest JSON nesting.

A corpus folder may come from anyone; these limits keep a load bounded in time and memory whatever the
folder holds. Each is a plain number, so a trusted larger corpus can raise it:
``load_corpus("big/", limits=Limits(max_fixture_bytes=500_000_000))``.

>>> from centasia_claims.corpus import DEFAULT_LIMITS, Limits
>>> DEFAULT_LIMITS == Limits(), DEFAULT_LIMITS.max_depth
(True, 64)
"""

from __future__ import annotations

from typing import Final

import attrs

from centasia_claims.errors import InvalidValueError

__all__ = ["DEFAULT_LIMITS", "Limits"]


def _positive(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InvalidValueError(attribute.name, f"must be a whole number of at least 1, not {value!r}")


@attrs.frozen(kw_only=True)
class Limits:
    """The loader's limits: a file or nesting past one is a `CorpusError` naming the file.

    Attributes:
        max_fixture_bytes: The largest fixture file read, in bytes (default 50 MB).
        max_document_bytes: The largest document read, in bytes (default 50 MB).
        max_depth: The deepest nesting of JSON objects and lists in a fixture (default 64; a fixture needs
            about 6).

    >>> Limits(max_fixture_bytes=1_000).max_fixture_bytes
    1000
    """

    max_fixture_bytes: int = attrs.field(default=50_000_000, validator=_positive)
    max_document_bytes: int = attrs.field(default=50_000_000, validator=_positive)
    max_depth: int = attrs.field(default=64, validator=_positive)


DEFAULT_LIMITS: Final = Limits()
"""The limits `load_corpus` applies unless given others."""
