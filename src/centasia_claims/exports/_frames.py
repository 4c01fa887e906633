"""pandas DataFrames of a corpus (optional extra ``frames``: ``pip install 'centasia-claims[frames]'``).

pandas is imported only when a frame is asked for; without it, `to_frame` raises `MissingExtraError` naming
the extra to install.

>>> from centasia_claims import load_seed_corpus
>>> from centasia_claims.exports import to_frame
>>> frame = to_frame(load_seed_corpus(), "claims")
>>> frame.loc[frame["id"] == "claim:odr-interior-ministry-1141", ["phrase", "qualifier"]].values.tolist()
[['1,141', 'exact']]
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from centasia_claims.errors import MissingExtraError
from centasia_claims.exports._records import records

if TYPE_CHECKING:
    from centasia_claims.corpus import Corpus
    from centasia_claims.exports._records import RecordKind

__all__ = ["to_frame"]


def to_frame(corpus: Corpus, kind: RecordKind) -> Any:
    """A pandas DataFrame with one row per object of ``kind`` and flat columns (see `records`).

    Raises:
        MissingExtraError: pandas is not installed.
        ValueError: ``kind`` is unknown.

    An open bound is a missing value:

    >>> from centasia_claims import load_seed_corpus
    >>> frame = to_frame(load_seed_corpus(), "estimates")
    >>> up_to = frame["claim"] == "claim:rferl-authorities-up-to-1000"
    >>> frame.loc[up_to, ["phrase", "low", "high"]].values.tolist()
    [['up to 1,000', nan, 1000.0]]
    """
    try:
        import pandas as pd  # noqa: PLC0415  (optional dependency, imported only when used)
    except ImportError as error:
        raise MissingExtraError("frames", "pandas") from error
    rows = records(corpus, kind)
    return pd.DataFrame.from_records(rows, columns=list(rows[0]) if rows else None)
