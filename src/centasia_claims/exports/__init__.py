"""Standard exports of a corpus: CSV per kind, schema.org JSON-LD and FollowTheMoney entities.

>>> import io
>>> from centasia_claims import load_seed_corpus
>>> from centasia_claims.exports import write_csv
>>> out = io.StringIO()
>>> write_csv(load_seed_corpus(), "sources", out)
>>> out.getvalue().splitlines()[0][:40]
'id,title,kind,outlet,authors,published,l'
"""

from centasia_claims.exports._csv import write_csv
from centasia_claims.exports._ftm import to_followthemoney, write_followthemoney
from centasia_claims.exports._schema_org import to_schema_org

__all__ = ["to_followthemoney", "to_schema_org", "write_csv", "write_followthemoney"]
