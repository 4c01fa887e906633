"""Turning rows into sources, documents, entities, groups, measures and claims, row by row.

Ids are made from content, never from row order: a source's from its url (or its text), a claim's from its
row's cells, a new entity's from its name. Importing the same table twice gives the same ids.

The pages and their documents are collected by `_sources`, the entities by `_entities`; the cells of a row are
read by `_cells`. A `Builder` puts them together into claims and measures and returns every new item.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import attrs

from centasia_claims.errors import CentasiaClaimsError, InvalidValueError
from centasia_claims.importing._cells import iso_hint, read_choice, read_date, read_quote, read_value
from centasia_claims.importing._chain import ChainSyntaxError, parse_chain
from centasia_claims.importing._entities import UNNAMED_PUBLISHER, digest, slug
from centasia_claims.importing._measures import MeasureDeclarations, read_declaration, shown
from centasia_claims.importing._report import RowReport, RowStatus
from centasia_claims.importing._scope import read_scope
from centasia_claims.importing._sources import RowRefusedError, Sources
from centasia_claims.model import (
    AttributionStep,
    Claim,
    EpistemicStatus,
    Measure,
    MeasureKind,
    Period,
    Scope,
    Stance,
    TextQuote,
    TextSpan,
    Verb,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from centasia_claims.corpus import Corpus

__all__ = ["Builder", "period_hint"]

_CONTEXT = 32


class Builder(Sources):
    """Everything the rows add to a base corpus, collected in one pass over the table.

    It collects the pages as `Sources` does. Its entities (`Entities`) are also how drafted claims name
    their speakers: the base corpus's id where a name resolves, else a new entity with a stable id made from
    the name.

    >>> from centasia_claims import load_seed_corpus
    >>> builder = Builder(load_seed_corpus(), lambda path: "")
    >>> builder.entity("Rahimzoda", "speaker", []), builder.entity("Akram Amonov", "speaker", [])
    ('person:ramazon-rahimzoda', 'person:akram-amonov')
    """

    def __init__(self, base: Corpus | None, read_document: Callable[[str], str]) -> None:
        super().__init__(base, read_document)
        self.measures: dict[str, Measure] = {}
        self.claims: dict[str, tuple[int, Claim]] = {}
        self.declarations = MeasureDeclarations()
        self.row = 0  # the row being imported, as declarations name it

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
        draft, text = self.read_source(row, refused, notes)
        exact, unquoted = read_quote(row, text, refused)
        measure = self._measure(row, notes, refused)
        value = read_value(
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
                    f"{period_hint(row['period'].strip())}"
                )
        as_of = read_date(row, "as_of", refused)
        status = read_choice(row, "status", EpistemicStatus, refused)
        stance = read_choice(row, "stance", Stance, refused) or Stance.ASSERTS
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


def period_hint(text: str) -> str:
    """The period a cell most likely means, to put in a message: an open end, two years, a written date.

    >>> period_hint("..2016-01"), period_hint("2015-2016"), period_hint("last year")
    (' (../2016-01)', ' (2015/2016)', '')
    """
    if text.startswith("..") and "/" not in text:
        return f" (../{text.removeprefix('..')})"
    if text.endswith("..") and "/" not in text:
        return f" ({text.removesuffix('..')}/..)"
    years = re.fullmatch(r"(\d{4})\s*[-\u2013\u2014]\s*(\d{4})", text)
    if years is not None:
        return f" ({years[1]}/{years[2]})"
    return iso_hint(text)


def _id(item: object) -> str:
    return str(getattr(item, "id", ""))
