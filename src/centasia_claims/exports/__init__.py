"""Every output format of a corpus: records, frames, CSV, SQL, Parquet, schema.org, FtM, PROV, Web Annotation.

`records` flattens one kind of object into plain rows (ids resolved to names), the rows behind `to_frame`
(pandas, extra ``frames``) and `write_csv`. `to_schema_org` writes JSON-LD with a ``ClaimReview`` for each
contradicted claim; `to_followthemoney` writes FollowTheMoney entities; `to_prov_json` writes each claim's
chain as W3C PROV (extra ``prov``); `to_web_annotations` writes each claim's evidence as a W3C Web Annotation.
`write_sqlite`, `write_duckdb` and `write_parquet` write related tables with their keys (`TABLES`, generated
from the model), and `datasette_metadata` describes a SQLite export for Datasette.

>>> import io
>>> from centasia_claims import load_seed_corpus
>>> from centasia_claims.exports import write_csv
>>> out = io.StringIO()
>>> write_csv(load_seed_corpus(), "sources", out)
>>> out.getvalue().splitlines()[0][:40]
'id,title,kind,outlet,authors,published,l'
"""

from centasia_claims.exports._annotation import (
    ANNOTATION_CONTEXT,
    DOCUMENT_BASE,
    to_web_annotation,
    to_web_annotations,
)
from centasia_claims.exports._columns import SQL_TYPES, Column, ColumnType, Table
from centasia_claims.exports._csv import FORMULA_STARTS, safe_cell, write_csv
from centasia_claims.exports._datasette import (
    CLAIM_SHEET,
    DISAGREEING_VERDICTS,
    claim_sheet_statement,
    datasette_metadata,
)
from centasia_claims.exports._frames import to_frame
from centasia_claims.exports._ftm import to_followthemoney, write_followthemoney
from centasia_claims.exports._prov import PROV_NAMESPACE, to_prov_document, to_prov_json
from centasia_claims.exports._records import RECORD_KINDS, RecordKind, records
from centasia_claims.exports._reference import tables_reference
from centasia_claims.exports._rows import corpus_from_tables, read_tables, table_rows
from centasia_claims.exports._schema_org import to_schema_org
from centasia_claims.exports._sql import (
    create_statement,
    read_sqlite,
    write_duckdb,
    write_parquet,
    write_sqlite,
)
from centasia_claims.exports._tables import TABLES, EntityEntry

__all__ = [
    "ANNOTATION_CONTEXT",
    "CLAIM_SHEET",
    "DISAGREEING_VERDICTS",
    "DOCUMENT_BASE",
    "FORMULA_STARTS",
    "PROV_NAMESPACE",
    "RECORD_KINDS",
    "SQL_TYPES",
    "TABLES",
    "Column",
    "ColumnType",
    "EntityEntry",
    "RecordKind",
    "Table",
    "claim_sheet_statement",
    "corpus_from_tables",
    "create_statement",
    "datasette_metadata",
    "read_sqlite",
    "read_tables",
    "records",
    "safe_cell",
    "table_rows",
    "tables_reference",
    "to_followthemoney",
    "to_frame",
    "to_prov_document",
    "to_prov_json",
    "to_schema_org",
    "to_web_annotation",
    "to_web_annotations",
    "write_csv",
    "write_duckdb",
    "write_followthemoney",
    "write_parquet",
    "write_sqlite",
]
