"""Resolve a mention against a corpus, through a `NameIndex` kept with the corpus."""

from __future__ import annotations

from typing import TYPE_CHECKING

from centasia_claims.errors import ParseError
from centasia_claims.names._index import NameIndex

if TYPE_CHECKING:
    import datetime as dt

    from centasia_claims.corpus import Corpus
    from centasia_claims.model import PartialDate
    from centasia_claims.names._resolution import Resolution

__all__ = ["index_of", "resolve"]


def index_of(corpus: Corpus) -> NameIndex:
    """The name index of a corpus: every recorded name and mention, built on first use and kept with it.

    >>> from centasia_claims import load_seed_corpus
    >>> corpus = load_seed_corpus()
    >>> index_of(corpus) is index_of(corpus)
    True
    """
    return corpus.cached(_build)


def _build(corpus: Corpus) -> NameIndex:
    return NameIndex.build(corpus.entities, corpus.mentions)


def resolve(corpus: Corpus, mention: str, at: PartialDate | dt.date | str | None = None) -> Resolution:
    """The entities of ``corpus`` that ``mention`` may refer to, ranked, with reasons.

    Every recorded name and every mention in the corpus is matched: acronyms exactly (IRPT, ISIS-K, and a
    Cyrillic acronym by its Latin letters), other names with `compare_names` by their kind; organizations
    and places the bundled alias table lists also match every name of their entry. A person matched through
    a partial name is set aside when the person's fullest names disagree with the mention, or when the
    mention has more name parts than any agreeing recorded name; a bare surname that the corpus's texts use
    for one person only resolves to that person. With ``at``, a name recorded as valid only in another
    period (Rahmonov until 2007) is set aside into ``out_of_period``. When two entities match about equally
    well the result is ambiguous and `Resolution.best` is ``None``.

    Raises:
        ParseError: ``at`` is a string that is not a date as YYYY, YYYY-MM or YYYY-MM-DD, or ``mention``
            has no letter (only digits, punctuation or symbols).

    >>> from centasia_claims import load_seed_corpus
    >>> corpus = load_seed_corpus()
    >>> resolve(corpus, "Gulmorod Khalimov").best.entity
    'person:gulmurod-halimov'
    >>> resolve(corpus, "Emomali Rahmonov", at="2005").best.entity
    'person:emomali-rahmon'
    >>> result = resolve(corpus, "Rahmonov", at="2024")
    >>> result.best.entity, result.best.reasons[-1]
    ('person:emomali-rahmon', "the corpus's texts use 'Rahmonov' alone for this person")
    """
    if not any(character.isalpha() for character in mention):
        raise ParseError(
            f"no letters in the name {mention!r}: a name to resolve needs at least one letter", text=mention
        )
    return index_of(corpus).resolve(mention, at)
