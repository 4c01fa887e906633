"""Browse a SQLite export in Datasette: the ``claim_sheet`` view, and ``metadata.json`` beside the database.

``claim_sheet`` puts on one row what a reader of a claim wants: the figure, the measure, who said it first
(``claimant``) and whose figure it is in the end (``origin``), the outlet, the quote in its context and a link
to the source; `write_sqlite` and `write_duckdb` create it with the same SQL. `datasette_metadata` gives
Datasette the title and description of every table, view and column, the facets (measure, claimant, outlet,
verdict, epistemic status) and canned queries: where the figures disagree, and all claims from one origin.

>>> from centasia_claims.exports import CLAIM_SHEET, datasette_metadata
>>> [name for name, _, _ in CLAIM_SHEET][:4]
['claim', 'statement', 'measure', 'measure_label']
>>> sorted(datasette_metadata("corpus")["databases"]["corpus"]["queries"])
['claims_from_origin', 'figures_disagree']

The figures disagree where their verdict is one of `DISAGREEING_VERDICTS`:

>>> from centasia_claims.exports import DISAGREEING_VERDICTS
>>> DISAGREEING_VERDICTS
('contradiction', 'reporting_conflict')
"""

from __future__ import annotations

from typing import Any, Final

from centasia_claims.exports._tables import TABLES

__all__ = ["CLAIM_SHEET", "DISAGREEING_VERDICTS", "claim_sheet_statement", "datasette_metadata"]

CLAIM_SHEET: Final[tuple[tuple[str, str, str], ...]] = (
    ("claim", "c.id", "The claim's id."),
    ("statement", "c.statement", "What is claimed, in plain words."),
    ("measure", "c.measure", "The measure it gives a figure (or a word) for."),
    ("measure_label", "m.label", "What the measure counts."),
    ("figure", "c.value_phrase", "The figure as written."),
    ("low", "c.value_low", "The figure's lower bound as written (empty when open)."),
    ("high", "c.value_high", "The figure's upper bound as written (empty when open)."),
    ("term", "c.term", "For a fact given as a word, the word."),
    ("period", "c.period", "The time the claim refers to."),
    (
        "claimant",
        "a.agent",
        (
            "Who made the claim first: the first step of its attribution chain (empty when the source "
            "asserts it or the text leaves them unnamed)."
        ),
    ),
    ("claimant_text", "a.text", "How the text names the claimant."),
    (
        "origin",
        "COALESCE(e.claimant, a.agent, s.outlet)",
        (
            "Whose figure it is in the end: the root claimant reconciliation finds (the claimant followed up "
            "to the organization it speaks for), else the claimant, else the outlet."
        ),
    ),
    ("outlet", "s.outlet", "The organization that published the source."),
    ("status", "c.status", "How the text presents the claim (its epistemic status)."),
    ("stance", "c.stance", "Whether the source asserts it, denies it or reports it as unconfirmed."),
    (
        "quote_in_context",
        (
            "CASE WHEN c.quote_exact IS NULL THEN '(no quote: ' || c.unquoted || ')' ELSE '…' || "
            "c.quote_prefix || '«' || c.quote_exact || '»' || c.quote_suffix || '…' END"
        ),
        "The quote the claim rests on, between « and », with the text around it.",
    ),
    ("source", "c.source", "The source it is read in."),
    ("source_title", "s.title", "The source's title."),
    ("source_url", "s.url", "The source's address, where the text gives it."),
    ("published", "s.published", "When the source was published."),
)
"""The columns of the ``claim_sheet`` view: (name, SQL expression, description)."""

DISAGREEING_VERDICTS: Final = ("contradiction", "reporting_conflict")
"""The verdicts that say two figures disagree: they cannot both hold, or two reports of a statement differ."""


def claim_sheet_statement() -> str:
    """The ``CREATE VIEW`` statement of ``claim_sheet``, the same in SQLite and DuckDB.

    >>> claim_sheet_statement().splitlines()[0]
    'CREATE VIEW claim_sheet AS SELECT'
    """
    columns = ",\n  ".join(f'{expression} AS "{name}"' for name, expression, _ in CLAIM_SHEET)
    return (
        f"CREATE VIEW claim_sheet AS SELECT\n  {columns}\n"
        "FROM claims AS c\n"
        "JOIN sources AS s ON s.id = c.source\n"
        "LEFT JOIN measures AS m ON m.id = c.measure\n"
        "LEFT JOIN attribution_steps AS a ON a.claim = c.id AND a.position = 0\n"
        "LEFT JOIN estimates AS e ON e.claim = c.id"
    )


_DISAGREE_SQL: Final = f"""SELECT v.measure, m.label AS measure_label, v.verdict,
  v.first, f.figure AS first_figure, f.origin AS first_origin, f.published AS first_published,
  v.second, s.figure AS second_figure, s.origin AS second_origin, s.published AS second_published,
  v.reason
FROM verdicts AS v
JOIN measures AS m ON m.id = v.measure
JOIN claim_sheet AS f ON f.claim = v.first
JOIN claim_sheet AS s ON s.claim = v.second
WHERE v.verdict IN ({", ".join(f"'{verdict}'" for verdict in DISAGREEING_VERDICTS)})
ORDER BY v.measure, v.first, v.second"""  # noqa: S608  (built from our own constants)

_ORIGIN_SQL: Final = """SELECT claim, statement, figure, measure_label, claimant_text, outlet, published,
  quote_in_context, source
FROM claim_sheet
WHERE origin = :origin
ORDER BY published NULLS LAST, claim"""

_FACETS: Final[dict[str, list[str]]] = {
    "claim_sheet": ["measure", "claimant", "outlet", "status"],
    "claims": ["measure", "status", "stance"],
    "verdicts": ["verdict", "measure"],
    "estimates": ["measure", "claimant"],
    "findings": ["severity", "kind"],
    "sources": ["outlet", "kind"],
}
_LABELS: Final = {"claims": "statement", "entities": "name", "sources": "title", "measures": "label"}


def datasette_metadata(database: str = "corpus") -> dict[str, Any]:
    """Datasette's metadata for a SQLite export named ``database`` (the file's name without ``.db``).

    Write it as ``metadata.json`` beside the database and run ``datasette corpus.db -m metadata.json``.

    >>> metadata = datasette_metadata("corpus")["databases"]["corpus"]
    >>> metadata["tables"]["claim_sheet"]["facets"]
    ['measure', 'claimant', 'outlet', 'status']
    >>> metadata["tables"]["claims"]["columns"]["source"]
    'The id of the source it is read in.'
    """
    tables: dict[str, Any] = {}
    for name, table in TABLES.items():
        entry: dict[str, Any] = {
            "title": table.title,
            "description": table.description,
            "columns": {column.name: column.description for column in table.columns},
        }
        if name in _FACETS:
            entry["facets"] = _FACETS[name]
        if name in _LABELS:
            entry["label_column"] = _LABELS[name]
        tables[name] = entry
    tables["claim_sheet"] = {
        "title": "Claims to read",
        "description": "One row per claim: its figure, who said it, its origin and outlet, the quote in its "
        "context, and its source.",
        "columns": {name: description for name, _, description in CLAIM_SHEET},
        "facets": _FACETS["claim_sheet"],
    }
    queries = {
        "figures_disagree": {
            "title": "Where the figures disagree",
            "description": "Pairs of figures for one measure that cannot both hold, or reports of one "
            "statement that differ, with each figure's origin and the reason.",
            "sql": _DISAGREE_SQL,
        },
        "claims_from_origin": {
            "title": "All claims from one origin",
            "description": "Every claim whose figure (or statement) comes in the end from one entity: give "
            "its id, such as org:tajik-government.",
            "sql": _ORIGIN_SQL,
        },
    }
    return {
        "title": "Claims about Central Asian recruitment into ISIS",
        "description": "Figures and statements from public reporting, each with its quote, its chain of "
        "attribution, the verdicts of reconciling each measure's figures, and the provenance check's "
        "findings.",
        "databases": {database: {"tables": tables, "queries": queries}},
    }
