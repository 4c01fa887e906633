"""The ``claims`` namespace on Polars expressions, registered by importing this module.

``import centasia_claims.batch.polars`` registers it (Polars must be installed:
``pip install 'centasia-claims[polars]'``); ``import centasia_claims`` and ``centasia_claims.batch`` never
import Polars. Each method runs the batch function of its name over each batch of rows.

>>> import polars as pl
>>> import centasia_claims.batch.polars
>>> frame = pl.DataFrame({"name": ["Gulmorod Khalimov", "Гулмурод Ҳалимов"], "phrase": ["about 300", "1,2"]})
>>> frame.select(pl.col("name").claims.name_key()).to_series().to_list()
['golmorod holimov', 'golmorod holimov']
>>> frame.select(pl.col("phrase").claims.parse_estimate().struct.field("point")).to_series().to_list()
[300.0, None]
>>> frame.select(pl.col("name").claims.name_verdict(pl.lit("Gulmurod Halimov"))).to_series().to_list()
['same', 'same']
"""

from centasia_claims.batch.polars._namespace import ClaimsNamespace

__all__ = ["ClaimsNamespace"]
