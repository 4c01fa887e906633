"""The columns of an import table: what each means, which field it fills, and an example.

`COLUMNS` is the one description of the table; the importer reads only these columns, and the table of
``docs/import.md`` is generated from it (`columns_markdown`), with a test that fails on drift.

>>> from centasia_claims.importing import COLUMNS
>>> [column.name for column in COLUMNS][:4]
['url', 'outlet', 'title', 'published']
"""

from __future__ import annotations

from typing import Final

import attrs

__all__ = ["COLUMNS", "Column", "columns_markdown"]


@attrs.frozen(kw_only=True)
class Column:
    """One column of an import table.

    Attributes:
        name: The header, exactly.
        fills: The field of the format it fills (``Source.url``, ``Claim.attribution`` ...).
        meaning: What to write in it, and what happens when it is empty.
        example: A value, as in a real row.

    >>> Column(name="url", fills="Source.url", meaning="The page's address.", example="https://x.org/a").name
    'url'
    """

    name: str
    fills: str
    meaning: str
    example: str


COLUMNS: Final[tuple[Column, ...]] = (
    Column(
        name="url",
        fills="Source.url",
        meaning="The page's address. Rows with the same url are one source; their texts are kept together.",
        example="https://www.rferl.org/a/tajikistan-islamic-state/27000000.html",
    ),
    Column(
        name="outlet",
        fills="Source.outlet",
        meaning="Who published the page, resolved against the base corpus (a new organization otherwise).",
        example="RFE/RL",
    ),
    Column(name="title", fills="Source.title", meaning="The title as printed; may be empty.", example=""),
    Column(
        name="published",
        fills="Source.published",
        meaning="Publication date as YYYY, YYYY-MM or YYYY-MM-DD; empty where the page gives none.",
        example="2015-06-01",
    ),
    Column(
        name="language",
        fills="Source.language",
        meaning="BCP 47 code of the text (default en): figures are read in its number format and words.",
        example="ru",
    ),
    Column(
        name="reliability",
        fills="Source.reliability",
        meaning="The source's grade on the Admiralty scale, A to F; empty where there is no basis for one.",
        example="B",
    ),
    Column(
        name="retrieved",
        fills="Source.retrieved",
        meaning="When the text was read from its address, as YYYY, YYYY-MM or YYYY-MM-DD.",
        example="2026-11-30",
    ),
    Column(
        name="archived_url",
        fills="Source.archived_url",
        meaning="The address of an archived copy of the page.",
        example="https://web.archive.org/web/2016/https://example.org/a",
    ),
    Column(
        name="same_as",
        fills="Source.same_as",
        meaning="The url of another row's page, or a base source id, that records the same work.",
        example="https://rus.ozodi.org/a/27000001.html",
    ),
    Column(
        name="text",
        fills="documents/ (Source.excerpt is true)",
        meaning="The page text or an excerpt, verbatim; give text or document.",
        example="Tajik authorities say up to 1,000 nationals have joined.",
    ),
    Column(
        name="document",
        fills="documents/ (Source.excerpt is false)",
        meaning="A path to a UTF-8 file holding the full page text, relative to the table's folder.",
        example="pages/rferl-27000000.txt",
    ),
    Column(
        name="quote",
        fills="Claim.quote",
        meaning="The words the claim rests on, copied from the text; found verbatim, else typography-folded.",
        example="up to 1,000 nationals have joined",
    ),
    Column(
        name="unquoted",
        fills="Claim.unquoted",
        meaning="Only for a row without a quote: why the claim has no verbatim quote.",
        example="the figure is read from a chart",
    ),
    Column(
        name="statement",
        fills="Claim.statement",
        meaning="What is claimed, in plain words (default: the quote).",
        example="Up to 1,000 Tajik nationals have joined IS",
    ),
    Column(
        name="value_text",
        fills="Claim.value (Estimate.phrase)",
        meaning="The figure as written; it must occur in the quote.",
        example="up to 1,000",
    ),
    Column(
        name="value",
        fills="Claim.value",
        meaning="The figure in English notation, where the reader cannot read value_text as written.",
        example="more than 1,000",
    ),
    Column(
        name="claimant",
        fills="Claim.attribution",
        meaning=(
            "The chain 'speaker > relay > outlet', each step with an optional verb in brackets; write "
            "{id} after a name to choose an entity, and 'group: four suspects' for unnamed people."
        ),
        example="Interior Ministry [told] > RFE/RL [reported] > openDemocracy",
    ),
    Column(
        name="about",
        fills="Claim.about",
        meaning="Names the claim is about, separated by ';', resolved like the claimant's.",
        example="Gulmurod Halimov",
    ),
    Column(
        name="measure",
        fills="Claim.measure",
        meaning="A measure id of the base corpus, or a new id or label (created, with a warning).",
        example="measure:tajiks-joined-is-syria-iraq",
    ),
    Column(
        name="measure_kind",
        fills="Measure.kind",
        meaning="For a new measure: how its figures behave over time, cumulative (a running total), snapshot "
        "(a level at a moment, the default) or event (the count of one event); for a base measure, empty or "
        "its own kind.",
        example="event",
    ),
    Column(
        name="measure_revisable",
        fills="Measure.revisable",
        meaning="For a new measure: yes where its figures are revised as the count goes on (a death toll, "
        "arrests), so that a later figure from the same origin supersedes an earlier one; no (the default) "
        "otherwise.",
        example="yes",
    ),
    Column(
        name="measure_authority",
        fills="Measure.authority",
        meaning="For a new revisable measure: the bodies whose figures prevail, highest first, separated by "
        "';' and resolved like the claimant's names; a figure from a higher-ranked body supersedes an "
        "earlier one.",
        example="Interior Ministry; Prosecutor General's Office",
    ),
    Column(
        name="occasion",
        fills="Claim.occasion",
        meaning="A name shared by the rows that report one statement (a press conference, a briefing): "
        "reports that agree count once, reports that differ are a reporting conflict.",
        example="interior ministry briefing 2016-01-25",
    ),
    Column(
        name="period",
        fills="Claim.period",
        meaning="The time the claim refers to: YYYY[-MM[-DD]] or START/END with '..' for an open end.",
        example="2015",
    ),
    Column(
        name="as_of",
        fills="Claim.as_of",
        meaning="The date the figure is stated as of, where the text gives one apart from the period.",
        example="2016-03",
    ),
    Column(
        name="scope",
        fills="Claim.scope",
        meaning="What the figure counts where the text limits it, as 'dimension: values' parts separated by "
        "';' (included, excluded, places, basis, unit; values separated by ','); place names are resolved to "
        "the base corpus's places.",
        example="included: fighters; places: Syria; basis: running_total",
    ),
    Column(
        name="status",
        fills="Claim.status",
        meaning="How the text presents the figure, where it says: official, estimate, assertion, allegation, "
        "hearsay ('reportedly'), responsibility_claim, denial or unconfirmed.",
        example="hearsay",
    ),
    Column(
        name="stance",
        fills="Claim.stance",
        meaning="The page's stance towards the figure: asserts (the default), denies, or unconfirmed ('could "
        "not be independently confirmed'); a figure the page does not stand behind confirms no other.",
        example="unconfirmed",
    ),
    Column(name="note", fills="Claim.note", meaning="Anything a reader should know.", example="from memory"),
)
"""Every column an import table may have, in the order the documentation lists them."""


def columns_markdown() -> str:
    r"""The columns as a Markdown table, as ``docs/import.md`` shows them.

    >>> print(columns_markdown().splitlines()[2])
    | `url` | `Source.url` | The page's address. Rows with the same url are one source; their texts are kept together. | `https://www.rferl.org/a/tajikistan-islamic-state/27000000.html` |
    """  # noqa: E501
    lines = ["| column | fills | meaning | example |", "|---|---|---|---|"]
    for column in COLUMNS:
        example = f"`{column.example}`" if column.example else ""
        meaning = column.meaning.replace("|", "\\|")
        lines.append(f"| `{column.name}` | `{column.fills}` | {meaning} | {example} |")
    return "\n".join(lines) + "\n"
