"""The pages a table's rows come from: one source and one document a page, however many rows quote it.

A source's id is made from its outlet (else its host) and its url (else its text), never from row order; rows
of one page must describe it alike, and each distinct text a page's rows give joins its document.

>>> sources = Sources(None, lambda path: "")
>>> sources.plan([{"url": "https://www.rferl.org/a/1.html", "outlet": "RFE/RL"}])
>>> sources.pages
{'https://www.rferl.org/a/1.html': 'source:rfe-rl-...'}
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import attrs

from centasia_claims.errors import CentasiaClaimsError
from centasia_claims.importing._cells import read_date
from centasia_claims.importing._entities import Entities, digest, slug
from centasia_claims.model import Document, Reliability, Source, TextSpan, is_language_tag

if TYPE_CHECKING:
    from collections.abc import Callable

    from centasia_claims.corpus import Corpus

__all__ = ["RowRefusedError", "SourceDraft", "Sources"]

_SEPARATOR = "\n\n[…]\n\n"


class RowRefusedError(CentasiaClaimsError, ValueError):
    """A row cannot be imported; internal to the importer, which reports it as a line (never raised out)."""

    def __init__(self, reasons: list[str]) -> None:
        self.reasons = reasons
        super().__init__("; ".join(reasons))

    def _rebuilt_by(self) -> tuple[Any, tuple[Any, ...]]:
        return type(self), (self.reasons,)


@attrs.define
class SourceDraft:
    """A page's source as the rows so far describe it, its distinct texts, and the key its url gives."""

    source: Source
    texts: list[str]
    url_key: str


class Sources(Entities):
    """The sources and documents of a table's pages, with the entities (`Entities`) that publish them."""

    def __init__(self, base: Corpus | None, read_document: Callable[[str], str]) -> None:
        super().__init__(base)
        self.read_document = read_document
        self.sources: dict[str, SourceDraft] = {}
        self.pages: dict[str, str] = {}  # the url of every page of the table -> its source id (`plan`)

    def plan(self, rows: list[dict[str, str]]) -> None:
        """Note the source id of every page of the table, so that ``same_as`` may name a later row's page."""
        for row in rows:
            url = row.get("url", "").strip()
            if url and url not in self.pages:
                self.pages[url] = _source_id(row.get("outlet", "").strip(), url, url)

    def _text(self, row: dict[str, str], refused: list[str]) -> tuple[str, bool]:
        text, path = row.get("text", ""), row.get("document", "").strip()
        if text and path:
            refused.append("document: give the page as text or as document, not both: empty one of them")
        if path:
            try:
                return self.read_document(path), False
            except (OSError, UnicodeDecodeError) as error:
                refused.append(
                    f"document: cannot read {path!r} ({error.__class__.__name__}): give a UTF-8 file"
                )
                return "", False
        if not text.strip():
            refused.append(
                "text: empty: paste the page text or an excerpt holding the quote, or give document"
            )
        return text, True

    def read_source(
        self, row: dict[str, str], refused: list[str], notes: list[str]
    ) -> tuple[SourceDraft, str]:
        """The row's page as a source, and the text the row gives; every problem is refused at once."""
        text, excerpt = self._text(row, refused)
        url = row.get("url", "").strip()
        key = url or digest(text)
        outlet_name = row.get("outlet", "").strip()
        outlet = self.entity(outlet_name, "outlet", notes, organization=True) if outlet_name else None
        language = row.get("language", "").strip() or "en"
        if not is_language_tag(language):
            refused.append(
                f"language: {language!r} is not a BCP 47 language tag: write the language's code, such as ru "
                "(Russian), tg (Tajik), en (English) or uz-Latn (Uzbek in Latin script)"
            )
        grade = row.get("reliability", "").strip()
        reliability = None
        if grade:
            try:
                reliability = Reliability(grade.upper())
            except ValueError:
                refused.append(
                    f"reliability: {grade!r} is not a grade: write one letter from A to F (Admiralty scale)"
                )
        same_as = self._same_as(row, refused)
        published = read_date(row, "published", refused)
        retrieved = read_date(row, "retrieved", refused)
        if refused:
            raise RowRefusedError(refused)
        source_id = _source_id(outlet_name, url, key)
        source = Source(
            id=source_id,
            title=row.get("title", "").strip(),
            document=f"{source_id.removeprefix('source:')}.txt",
            span=TextSpan(0, 0),
            outlet=outlet,
            published=published,
            language=language,
            url=url or None,
            same_as=same_as,
            reliability=reliability,
            retrieved=retrieved,
            archived_url=row.get("archived_url", "").strip() or None,
            excerpt=excerpt,
        )
        draft = self.sources.get(source_id)
        if draft is None:
            draft = self.sources[source_id] = SourceDraft(source, [], key)
        elif attrs.evolve(draft.source, excerpt=source.excerpt) != source:
            raise RowRefusedError(
                [
                    (
                        f"url: the page {url!r} is described differently by an earlier row (outlet, title, "
                        "dates, language, reliability or same_as): give every row of one page the same cells"
                    )
                ]
            )
        if text not in draft.texts:
            draft.texts.append(text)
        return draft, text

    def _same_as(self, row: dict[str, str], refused: list[str]) -> str | None:
        same = row.get("same_as", "").strip()
        if not same:
            return None
        if same.startswith("source:"):
            if not self._known(same):
                refused.append(
                    f"same_as: no source {same!r} in the base corpus: give its id or another row's url"
                )
            return same
        for draft in self.sources.values():
            if draft.url_key == same:
                return draft.source.id
        if same in self.pages:  # a page of a later row
            return self.pages[same]
        refused.append(
            f"same_as: no row has the url {same!r}: give the url of a page of the table, or a source id"
        )
        return None

    def documents(self) -> dict[str, Document]:
        """One document a source: its distinct texts in row order, joined by a marked gap."""
        return {
            draft.source.id: Document(draft.source.document, _SEPARATOR.join(draft.texts))
            for draft in self.sources.values()
        }


def _source_id(outlet_name: str, url: str, key: str) -> str:
    """A source's id: its outlet's slug (else its host's) and a digest of its url (else of its text)."""
    host = slug(outlet_name) or slug(re.sub(r"^https?://(www\.)?", "", url).split("/")[0]) or "source"
    return f"source:{host[:40].strip('-')}-{digest(key)}"
