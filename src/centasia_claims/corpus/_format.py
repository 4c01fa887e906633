"""The fixture format's version, and the registry of steps that upgrade an older fixture to the current one.

A fixture file says which version of the format it is written in with a top-level ``"format"`` key; a file
without one is version 1. The loader reads every version up to `FORMAT_VERSION`, upgrading older files in
memory one step at a time through `UPGRADES`; ``centasia-claims upgrade FOLDER`` writes the upgraded files.
A change to the format adds one step here and raises `FORMAT_VERSION` by one.

>>> from centasia_claims.corpus import FORMAT_VERSION, UPGRADES, upgrade_fixture
>>> FORMAT_VERSION, sorted(UPGRADES)
(2, [1])
>>> upgrade_fixture({"claims": []})
{'format': 2, 'claims': []}
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from centasia_claims.errors import CorpusError, Problem

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["FORMAT_KEY", "FORMAT_VERSION", "UPGRADES", "fixture_version", "upgrade_fixture"]

FORMAT_VERSION: Final = 2
"""The version of the fixture format this library writes and reads (and every older one)."""

FORMAT_KEY: Final = "format"
"""The top-level key of a fixture file that holds its format version."""


def _version_1_to_2(data: dict[str, Any]) -> dict[str, Any]:
    """Version 2 adds ``extend`` sections and quotes without offsets: a version 1 file gains its number."""
    return {FORMAT_KEY: 2, **{key: value for key, value in data.items() if key != FORMAT_KEY}}


UPGRADES: Final[dict[int, Callable[[dict[str, Any]], dict[str, Any]]]] = {1: _version_1_to_2}
"""For each older version, the step that rewrites a fixture of that version as the next version."""


def fixture_version(data: dict[str, Any]) -> int | str:
    """The format version of a fixture's data, or a message saying why it is not one this library reads.

    >>> fixture_version({}), fixture_version({"format": 2})
    (1, 2)
    >>> fixture_version({"format": 9})
    'format 9 is newer than this version of centasia-claims reads (2 at most): upgrade centasia-claims'
    """
    version = data.get(FORMAT_KEY, 1)
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        return f"expected a whole number of at least 1 (the format version), got {version!r}"
    if version > FORMAT_VERSION:
        return (
            f"format {version} is newer than this version of centasia-claims reads "
            f"({FORMAT_VERSION} at most): upgrade centasia-claims"
        )
    return version


def upgrade_fixture(data: dict[str, Any]) -> dict[str, Any]:
    """A fixture's data rewritten in the current format version, one registered step at a time.

    Raises:
        CorpusError: The data's version is not one this library reads.

    >>> upgrade_fixture({"format": 2, "persons": []})
    {'format': 2, 'persons': []}
    """
    version = fixture_version(data)
    if isinstance(version, str):
        raise CorpusError([Problem(None, f"$.{FORMAT_KEY}", version)])
    while version < FORMAT_VERSION:
        data = UPGRADES[version](data)
        version += 1
    return data
