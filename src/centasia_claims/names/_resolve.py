"""Resolve a mention against a corpus, with one `NameIndex` kept per corpus."""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

from centasia_claims.names._index import NameIndex, Resolution

if TYPE_CHECKING:
    import datetime as dt

    from centasia_claims.corpus import Corpus
    from centasia_claims.model import PartialDate

__all__ = ["index_for", "resolve"]

_INDEXES: dict[int, tuple[weakref.ref[Corpus], NameIndex]] = {}


def index_for(corpus: Corpus) -> NameIndex:
    """The name index of a corpus, built on first use and kept while the corpus lives.

    >>> from centasia_claims import load_seed_corpus
    >>> corpus = load_seed_corpus()
    >>> index_for(corpus) is index_for(corpus)
    True
    """
    key = id(corpus)
    held = _INDEXES.get(key)
    if held is not None and held[0]() is corpus:
        return held[1]
    index = NameIndex.build(corpus.entities, corpus.mentions)
    _INDEXES[key] = (weakref.ref(corpus, lambda _: _INDEXES.pop(key, None)), index)
    return index


def resolve(corpus: Corpus, mention: str, at: PartialDate | dt.date | str | None = None) -> Resolution:
    """The entities of ``corpus`` that ``mention`` may refer to, ranked, with reasons.

    Every recorded name and every mention in the corpus is matched: acronyms exactly (IRPT, ISIS-K), other
    names with `compare_names` for persons and by key for organizations, places and events. With ``at``, a
    name recorded as valid only in another period (Rahmonov until 2007) is set aside into
    ``out_of_period``. When two entities match about equally well the result is ambiguous and
    `Resolution.best` is ``None``.

    Raises:
        ParseError: ``at`` is a string that is not a date as YYYY, YYYY-MM or YYYY-MM-DD.

    >>> from centasia_claims import load_seed_corpus
    >>> corpus = load_seed_corpus()
    >>> resolve(corpus, "Gulmorod Khalimov").best.entity
    'person:gulmurod-halimov'
    >>> resolve(corpus, "Emomali Rahmonov", at="2005").best.entity
    'person:emomali-rahmon'
    >>> result = resolve(corpus, "Rahmonov", at="2024")
    >>> result.ambiguous, [c.entity for c in result.candidates]
    (True, ['person:emomali-rahmon', 'person:naim-rahmonov'])
    """
    return index_for(corpus).resolve(mention, at)
