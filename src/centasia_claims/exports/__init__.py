"""Standard exports of a corpus: CSV per kind (more formats live in their own modules).

>>> import io
>>> from centasia_claims import load_seed_corpus
>>> from centasia_claims.exports import write_csv
>>> out = io.StringIO()
>>> write_csv(load_seed_corpus(), "sources", out)
>>> out.getvalue().splitlines()[0][:40]
'id,title,kind,outlet,authors,published,l'
"""

from centasia_claims.exports._csv import write_csv

__all__ = ["write_csv"]
