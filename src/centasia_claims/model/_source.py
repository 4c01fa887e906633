"""Sources: one article each, and the bundled document and character span it is read from.

One document file may hold several articles (a tag archive that republishes them); each article is its own
`Source` with its own span, and records the archive it was read through in ``part_of``.

>>> from centasia_claims import Source, TextSpan
>>> source = Source(id="source:x", title="Tajikistan's Deadly Export", document="a.txt", span=TextSpan(0, 10))
>>> source.published is None, source.authors
(True, ())
"""

from __future__ import annotations

import enum

import attrs

from centasia_claims.errors import InvalidValueError
from centasia_claims.model._checks import (
    check_id,
    check_ids,
    check_language,
    check_non_empty,
    check_non_negative,
    check_optional_id,
    frozen_collections,
)
from centasia_claims.model._dates import PartialDate
from centasia_claims.model._display import Displayed
from centasia_claims.model._ids import EntityId, SourceId

__all__ = ["Reliability", "Source", "SourceKind", "TextSpan"]


class SourceKind(enum.StrEnum):
    """What kind of text a source is.

    An article read through a tag archive that republishes it:

    >>> from centasia_claims import load_seed_corpus
    >>> corpus = load_seed_corpus()
    >>> article = corpus.source("source:rferl-deadly-export")
    >>> article.kind, corpus.source(article.part_of).kind
    (<SourceKind.NEWS: 'news'>, <SourceKind.ARCHIVE: 'archive'>)
    """

    NEWS = "news"
    OPINION = "opinion"
    ANALYSIS = "analysis"
    ARCHIVE = "archive"
    """A page that republishes other articles (a tag archive)."""


class Reliability(enum.StrEnum):
    """How reliable a source has proved, on the Admiralty (NATO STANAG 2511) grading scale of sources.

    The grade is the curator's judgement of the source's record, not of one claim; leave it out where there is
    no basis for one.

    >>> [grade.value for grade in Reliability]
    ['A', 'B', 'C', 'D', 'E', 'F']
    """

    A = "A"
    """Completely reliable: no doubt of authenticity, trustworthiness or competence; a history of complete
    reliability."""
    B = "B"
    """Usually reliable: minor doubt; a history of mostly valid information."""
    C = "C"
    """Fairly reliable: doubt; has provided valid information in the past."""
    D = "D"
    """Not usually reliable: significant doubt; has provided valid information in the past."""
    E = "E"
    """Unreliable: lacking authenticity, trustworthiness and competency; a history of invalid information."""
    F = "F"
    """Reliability cannot be judged: no basis exists for evaluating it."""


def _check_span_end(instance: TextSpan, _attribute: object, end: int) -> None:
    if end < instance.start:
        raise InvalidValueError("end", f"must not be before start (got start={instance.start}, end={end})")


@attrs.frozen
class TextSpan:
    """A half-open span ``[start, end)`` of code points in a document.

    Attributes:
        start: Code point offset of its first character.
        end: Code point offset just past its last character.

    >>> TextSpan(5, 3)
    Traceback (most recent call last):
    ...
    centasia_claims.errors.InvalidValueError: end: must not be before start (got start=5, end=3)
    """

    start: int = attrs.field(validator=check_non_negative)
    end: int = attrs.field(validator=_check_span_end)

    def contains(self, other: TextSpan) -> bool:
        """Whether ``other`` lies wholly within this span."""
        return self.start <= other.start and other.end <= self.end

    def __len__(self) -> int:
        return self.end - self.start


@attrs.frozen(kw_only=True, field_transformer=frozen_collections)
class Source(Displayed):
    """A text that claims are read in: one article, or an archive page holding several.

    Attributes:
        id: Unique id, such as ``source:rferl-deadly-export``.
        title: The title as printed (empty string where the text gives none).
        document: The file name of the bundled document, under ``documents/``.
        span: The code point span of this article within the document.
        kind: News, opinion, analysis or archive.
        outlet: The organization that published it, where the text names it.
        authors: Persons who wrote it, where the text names them.
        published: Publication date, with the precision the text gives, or ``None`` when it gives none.
        language: BCP 47 language tag of the text (``ru``, ``tg-Cyrl``); a language's name is refused.
        url: The address, where the text gives it; never guessed.
        part_of: The source this one was read through (the archive that republishes it).
        copy_of: The source this one reproduces word for word (a mirror, a syndicated copy): the same work.
        translation_of: The source this one translates (or translates back): the same work in another
            language.
        same_as: Another record of the same work, where the relation is not known more precisely.
        reliability: The source's grade on the `Reliability` scale, where the curator gives one.
        retrieved: When the text was read from its address.
        archived_url: The address of an archived copy (a web archive snapshot).
        excerpt: Whether the document holds only an excerpt of the work, not the full page.
        note: What the text leaves open (no date, no author) and anything else a reader should know.

    >>> from centasia_claims import load_seed_corpus
    >>> corpus = load_seed_corpus()
    >>> source = corpus.source("source:rferl-deadly-export")
    >>> source.outlet, source.authors, str(source.published)
    ('org:rferl', ('person:frud-bezhan',), '2017-03-12')
    >>> len(corpus.text_of(source)) == len(source.span)
    True
    """

    _title_field = "title"

    id: SourceId = attrs.field(validator=check_id)
    title: str
    document: str = attrs.field(validator=check_non_empty)
    span: TextSpan
    kind: SourceKind = SourceKind.NEWS
    outlet: EntityId | None = attrs.field(default=None, validator=check_optional_id)
    authors: tuple[EntityId, ...] = attrs.field(default=(), validator=check_ids)
    published: PartialDate | None = None
    language: str = attrs.field(default="en", validator=check_language)
    url: str | None = None
    part_of: SourceId | None = attrs.field(default=None, validator=check_optional_id)
    copy_of: SourceId | None = attrs.field(default=None, validator=check_optional_id)
    translation_of: SourceId | None = attrs.field(default=None, validator=check_optional_id)
    same_as: SourceId | None = attrs.field(default=None, validator=check_optional_id)
    reliability: Reliability | None = None
    retrieved: PartialDate | None = None
    archived_url: str | None = None
    excerpt: bool = False
    note: str = ""
