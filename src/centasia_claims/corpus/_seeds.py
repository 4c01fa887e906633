"""The bundled corpus, loaded once for every caller (its folder is `seed_path`).

>>> load_seed_corpus() is load_seed_corpus()
True
"""

from __future__ import annotations

import functools
import threading
from typing import TYPE_CHECKING, Final

from centasia_claims.corpus._folder import seed_path
from centasia_claims.corpus._load import load_corpus

if TYPE_CHECKING:
    from centasia_claims.corpus._corpus import Corpus

__all__ = ["load_seed_corpus"]


_SEED_LOCK: Final = threading.Lock()


@functools.cache
def _seed_corpus() -> Corpus:
    return load_corpus(seed_path())


def load_seed_corpus() -> Corpus:
    """Load the bundled corpus built from the five seed documents (cached: a corpus is immutable).

    It is built once, on first use, even when several threads ask at once; every caller gets the same one.

    >>> corpus = load_seed_corpus()
    >>> len(corpus.documents), corpus is load_seed_corpus()
    (5, True)
    """
    with _SEED_LOCK:
        return _seed_corpus()
