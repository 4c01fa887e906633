"""Turning rows into sources, documents, entities, groups, measures and claims, row by row.

Ids are made from content, never from row order: a source's from its url (or its text), a claim's from its
row's cells, a new entity's from its name. Importing the same table twice gives the same ids.
"""

from __future__ import annotations

import enum
import re
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from centasia_claims.errors import CentasiaClaimsError, InvalidValueError
from centasia_claims.estimates import parse_estimate
from centasia_claims.importing._chain import ChainSyntaxError, parse_chain
from centasia_claims.importing._entities import UNNAMED_PUBLISHER, Entities, digest, slug
from centasia_claims.importing._measures import MeasureDeclarations, read_declaration, shown
from centasia_claims.importing._report import RowReport, RowStatus
from centasia_claims.importing._scope import read_scope
from centasia_claims.model import (
    AttributionStep,
    Claim,
    Document,
    EpistemicStatus,
    Estimate,
    Measure,
    MeasureKind,
    PartialDate,
    Period,
    Reliability,
    Scope,
    Source,
    Stance,
    TextQuote,
    TextSpan,
    Verb,
    find_quote,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from centasia_claims.corpus import Corpus

__all__ = ["Builder"]

_CONTEXT = 32
_SEPARATOR = "\n\n[…]\n\n"


class RowRefusedError(CentasiaClaimsError, ValueError):
    """A row cannot be imported; internal to the importer, which reports it as a line (never raised out)."""

    def __init__(self, reasons: list[str]) -> None:
        self.reasons = reasons
        super().__init__("; ".join(reasons))

    def _rebuilt_by(self) -> tuple[Any, tuple[Any, ...]]:
        return type(self), (self.reasons,)


@attrs.define
class _SourceDraft:
    source: Source
    texts: list[str]
    url_key: str


class Builder(Entities):
    """Everything the rows add to a base corpus, collected in one pass over the table.

    Its entities (`Entities`) are also how drafted claims name their speakers: the base corpus's id where a
    name resolves, else a new entity with a stable id made from the name.

    >>> from centasia_claims import load_seed_corpus
    >>> builder = Builder(load_seed_corpus(), lambda path: "")
    >>> builder.entity("Rahimzoda", "speaker", []), builder.entity("Akram Amonov", "speaker", [])
    ('person:ramazon-rahimzoda', 'person:akram-amonov')
    """

    def __init__(self, base: Corpus | None, read_document: Callable[[str], str]) -> None:
        super().__init__(base)
        self.read_document = read_document
        self.sources: dict[str, _SourceDraft] = {}
        self.measures: dict[str, Measure] = {}
        self.claims: dict[str, tuple[int, Claim]] = {}
        self.declarations = MeasureDeclarations()
        self.pages: dict[str, str] = {}  # the url of every page of the table -> its source id (`plan`)
        self.row = 0  # the row being imported, as declarations name it

    def plan(self, rows: list[dict[str, str]]) -> None:
        """Note the source id of every page of the table, so that ``same_as`` may name a later row's page."""
        for row in rows:
            url = row.get("url", "").strip()
            if url and url not in self.pages:
                self.pages[url] = _source_id(row.get("outlet", "").strip(), url, url)

    # -- one row -----------------------------------------------------------------------------------------
    def add_row(self, number: int, row: dict[str, str]) -> RowReport:
        """Import one row; every problem of the row is in the report (nothing is raised)."""
        notes: list[str] = []
        self.row = number
        try:
            claim = self._claim(row, notes)
        except RowRefusedError as refused:
            return RowReport(row=number, status=RowStatus.REFUSED, reasons=tuple(refused.reasons))
        if claim.id in self.claims:
            first = self.claims[claim.id][0]
            reason = f"claim: the same claim as row {first}: delete one of the two rows"
            return RowReport(row=number, status=RowStatus.REFUSED, reasons=(reason,))
        self.claims[claim.id] = (number, claim)
        status = RowStatus.NEEDS_HUMAN if notes else RowStatus.DONE
        return RowReport(row=number, status=status, claim=claim.id, reasons=tuple(notes))

    def _date(self, row: dict[str, str], column: str, refused: list[str]) -> PartialDate | None:
        text = row.get(column, "").strip()
        if not text:
            return None
        try:
            return PartialDate.parse(text)
        except CentasiaClaimsError:
            refused.append(f"{column}: {text!r} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD")
            return None

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

    def _source(self, row: dict[str, str], refused: list[str], notes: list[str]) -> tuple[_SourceDraft, str]:
        text, excerpt = self._text(row, refused)
        url = row.get("url", "").strip()
        key = url or digest(text)
        outlet_name = row.get("outlet", "").strip()
        outlet = self.entity(outlet_name, "outlet", notes, organization=True) if outlet_name else None
        language = row.get("language", "").strip() or "en"
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
        published = self._date(row, "published", refused)
        retrieved = self._date(row, "retrieved", refused)
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
            draft = self.sources[source_id] = _SourceDraft(source, [], key)
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

    def _quote(self, row: dict[str, str], text: str, refused: list[str]) -> tuple[str | None, str]:
        exact = row.get("quote", "")
        unquoted = row.get("unquoted", "").strip()
        if not exact.strip():
            if not unquoted:
                refused.append(
                    "quote: empty: copy the words the claim rests on, or say why there are none in unquoted"
                )
            return None, unquoted
        if unquoted:
            refused.append("unquoted: a row with a quote takes no reason for having none: empty unquoted")
        match = find_quote(text, exact)
        if match is None:
            refused.append(
                f"quote: {_short(exact)} does not occur in the text, not even with quotation marks, dashes "
                "and spaces folded: copy the quote from the text as written"
            )
            return None, ""
        return text[match.start : match.end], ""

    def _value(
        self, row: dict[str, str], quote: str | None, unit: str | None, refused: list[str]
    ) -> Estimate | None:
        written = row.get("value_text", "").strip()
        reading = row.get("value", "").strip()
        if not written:
            if reading:
                refused.append("value_text: empty: copy the figure as written in the quote, then give value")
            return None
        if quote is not None and written not in quote:
            refused.append(
                f"value_text: {_short(written)} does not occur in the quote: copy the figure from the quote"
            )
        language = row.get("language", "").strip() or "en"
        try:  # a reading given in value is English; the figure as written is in the row's language
            estimate = (
                parse_estimate(reading, unit=unit)
                if reading
                else parse_estimate(written, unit=unit, language=language)
            )
        except CentasiaClaimsError as error:
            column = "value" if reading else "value_text"
            first = str(error).splitlines()[0]
            refused.append(f"{column}: {first}: write one figure such as 'about 1,000' or 'more than half'")
            return None
        return attrs.evolve(estimate, phrase=written) if reading else estimate

    def _measure(self, row: dict[str, str], notes: list[str], refused: list[str]) -> Measure | None:
        given = row.get("measure", "").strip()
        declared = read_declaration(row, refused, self._step_id)
        if not given:
            if declared:
                refused.append(
                    f"measure_{next(iter(declared))}: describes a measure, but the row names none: "
                    "give the measure, or empty the cell"
                )
            return None
        id_ = given if given.startswith("measure:") else f"measure:{slug(given) or digest(given)}"
        if self.base is not None:
            try:
                found = self.base.measure(id_)
            except CentasiaClaimsError:
                pass
            else:
                return self.declarations.declare(found, self.row, declared, refused, base=True)
        if id_ not in self.measures:
            label = (
                given if not given.startswith("measure:") else id_.removeprefix("measure:").replace("-", " ")
            )
            self.measures[id_] = Measure(
                id=id_, label=label, unit="count", note="created by import: check it"
            )
            kind = declared.get("kind", MeasureKind.SNAPSHOT)
            how = f"kind {shown(kind)}" + (", revisable" if declared.get("revisable") else "")
            if "kind" not in declared:
                how += " unless measure_kind says otherwise"
            notes.append(
                f"measure: new measure {id_!r} (unit of its first figure, {how}): check its label, "
                "unit and kind, or give an existing measure id"
            )
        self.measures[id_] = self.declarations.declare(
            self.measures[id_], self.row, declared, refused, base=False
        )
        return self.measures[id_]

    def _chain(
        self, row: dict[str, str], outlet: str | None, notes: list[str], refused: list[str]
    ) -> tuple[AttributionStep, ...]:
        written = row.get("claimant", "").strip()
        if not written:
            return ()
        try:
            steps = parse_chain(written)
        except ChainSyntaxError as error:
            refused.append(f"claimant: {error}")
            return ()
        chain = [
            AttributionStep(
                agent=self._step_id(step, "claimant", notes, refused), text=step.text, verb=step.verb
            )
            for step in steps
        ]
        # A chain ends in the page that publishes it: the row's outlet, or, where the row names none, the
        # page's unnamed publisher (a named last step would claim to be the publisher the page does not name).
        if chain[-1].agent != outlet:
            name = row.get("outlet", "").strip() if outlet is not None else UNNAMED_PUBLISHER
            if outlet is not None or chain[-1].agent is not None:
                if chain[-1].verb is Verb.PUBLISHED:
                    chain[-1] = attrs.evolve(chain[-1], verb=Verb.REPORTED)
                chain.append(AttributionStep(agent=outlet, text=name, verb=Verb.PUBLISHED))
        return tuple(chain)

    def _scope(self, row: dict[str, str], refused: list[str]) -> Scope | None:
        """The row's scope, its place names resolved to the base corpus's places where they name one."""
        if not row.get("scope", "").strip():
            return None
        try:
            scope = read_scope(row["scope"])
        except InvalidValueError as error:
            refused.append(str(error))
            return None
        return attrs.evolve(scope, places=tuple(self._place(name) for name in scope.places))

    def _about(self, row: dict[str, str], notes: list[str], refused: list[str]) -> tuple[str, ...]:
        ids: list[str] = []
        for part in row.get("about", "").split(";"):
            if not part.strip():
                continue
            try:
                (step,) = parse_chain(part.replace(">", " "))
            except ChainSyntaxError as error:
                refused.append(f"about: {error}")
                continue
            id_ = self._step_id(step, "about", notes, refused)
            if id_ is not None and id_ not in ids:
                ids.append(id_)
        return tuple(ids)

    def _claim(self, row: dict[str, str], notes: list[str]) -> Claim:
        refused: list[str] = []
        draft, text = self._source(row, refused, notes)
        exact, unquoted = self._quote(row, text, refused)
        measure = self._measure(row, notes, refused)
        value = self._value(
            row, exact, None if measure is None or measure.unit == "count" else measure.unit, refused
        )
        new = measure is not None and self.measures.get(measure.id) is measure and measure.unit == "count"
        if measure is not None and value is not None and new and value.unit != measure.unit:
            self.measures[measure.id] = attrs.evolve(measure, unit=value.unit)
        if measure is not None and value is None and not refused:
            refused.append("value_text: empty, but a measure is given: copy the figure, or empty measure")
        period = None
        if row.get("period", "").strip():
            try:
                period = Period.parse(row["period"].strip())
            except CentasiaClaimsError:
                refused.append(
                    f"period: {row['period']!r} is not a period: write YYYY[-MM[-DD]] or START/END"
                )
        as_of = self._date(row, "as_of", refused)
        status = _choice(row, "status", EpistemicStatus, refused)
        stance = _choice(row, "stance", Stance, refused) or Stance.ASSERTS
        scope = self._scope(row, refused)
        attribution = self._chain(row, draft.source.outlet, notes, refused)
        about = self._about(row, notes, refused)
        statement = " ".join((row.get("statement") or exact or "").split())
        if not statement and row.get("unquoted", "").strip():
            refused.append("statement: empty, and there is no quote to take it from: say what is claimed")
        if refused:
            raise RowRefusedError(refused)
        note = row.get("note", "").strip()
        cells = "\x1e".join(f"{key}={row[key]}" for key in sorted(row))
        stem = draft.source.id.removeprefix("source:")
        quote = None if exact is None else TextQuote(exact=exact, start=0, end=len(exact))
        return Claim(
            id=f"claim:{stem}-{digest(cells)}",
            source=draft.source.id,
            quote=quote,
            unquoted=unquoted,
            statement=statement,
            about=about,
            measure=None if measure is None else measure.id,
            value=value,
            period=period,
            as_of=as_of,
            attribution=attribution,
            occasion=row.get("occasion", "").strip() or None,
            status=status,
            stance=stance,
            note=note,
            scope=scope,
        )

    # -- the result ----------------------------------------------------------------------------------------
    def documents(self) -> dict[str, Document]:
        """One document a source: its distinct texts in row order, joined by a marked gap."""
        return {
            draft.source.id: Document(draft.source.document, _SEPARATOR.join(draft.texts))
            for draft in self.sources.values()
        }

    def sections(self) -> dict[str, list[object]]:
        """Every new item, by section, sorted by id, with offsets anchored in the written documents."""
        documents = self.documents()
        sources = {
            id_: attrs.evolve(draft.source, span=TextSpan(0, len(documents[id_].text)))
            for id_, draft in self.sources.items()
        }
        claims = [self._anchor(claim, documents[claim.source].text) for _, claim in self.claims.values()]
        used_sources = {claim.source for claim in claims}
        return {
            "sources": sorted((s for s in sources.values() if s.id in used_sources), key=_id),
            "persons": sorted(self.persons.values(), key=_id),
            "organizations": sorted(self.organizations.values(), key=_id),
            "groups": sorted(self.groups.values(), key=_id),
            "measures": sorted(self.measures.values(), key=_id),
            "claims": sorted(claims, key=_id),
        }

    @staticmethod
    def _anchor(claim: Claim, text: str) -> Claim:
        if claim.quote is None:
            return claim
        return attrs.evolve(claim, quote=TextQuote.locate(text, claim.quote.exact, context=_CONTEXT))


_E = TypeVar("_E", bound=enum.StrEnum)


def _choice(row: dict[str, str], column: str, kind: type[_E], refused: list[str]) -> _E | None:
    """The value of an enumeration a cell names (``None``: empty); a cell that names none is refused."""
    written = row.get(column, "").strip()
    if not written:
        return None
    try:
        return kind("_".join(written.lower().split()))
    except ValueError:
        refused.append(
            f"{column}: {written!r} is not one of {', '.join(item.value for item in kind)}: write one"
        )
        return None


def _source_id(outlet_name: str, url: str, key: str) -> str:
    """A source's id: its outlet's slug (else its host's) and a digest of its url (else of its text)."""
    host = slug(outlet_name) or slug(re.sub(r"^https?://(www\.)?", "", url).split("/")[0]) or "source"
    return f"source:{host[:40].strip('-')}-{digest(key)}"


def _id(item: object) -> str:
    return str(getattr(item, "id", ""))


def _short(text: str, limit: int = 60) -> str:
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")
