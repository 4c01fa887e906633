"""Every output format of a corpus: records and frames, CSV, schema.org, FtM, W3C PROV and Web Annotation.

`records` flattens one kind of object into plain rows (ids resolved to names), the rows behind `to_frame`
(pandas, extra ``frames``) and `write_csv`. `to_schema_org` writes JSON-LD with a ``ClaimReview`` for each
contradicted claim; `to_followthemoney` writes FollowTheMoney entities; `to_prov_json` writes each claim's
chain as W3C PROV (extra ``prov``); `to_web_annotations` writes each claim's evidence as a W3C Web Annotation.

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
from centasia_claims.exports._csv import FORMULA_STARTS, safe_cell, write_csv
from centasia_claims.exports._frames import to_frame
from centasia_claims.exports._ftm import to_followthemoney, write_followthemoney
from centasia_claims.exports._prov import PROV_NAMESPACE, to_prov_document, to_prov_json
from centasia_claims.exports._records import RECORD_KINDS, RecordKind, records
from centasia_claims.exports._schema_org import to_schema_org

__all__ = [
    "ANNOTATION_CONTEXT",
    "DOCUMENT_BASE",
    "FORMULA_STARTS",
    "PROV_NAMESPACE",
    "RECORD_KINDS",
    "RecordKind",
    "records",
    "safe_cell",
    "to_followthemoney",
    "to_frame",
    "to_prov_document",
    "to_prov_json",
    "to_schema_org",
    "to_web_annotation",
    "to_web_annotations",
    "write_csv",
    "write_followthemoney",
]
