from __future__ import annotations

from typing import TYPE_CHECKING

import polars as pl
from hypothesis import given, settings
from hypothesis import strategies as st

import centasia_claims.batch.polars
from centasia_claims.batch import blocking_keys, name_keys, name_verdicts, parse_estimates

if TYPE_CHECKING:
    from centasia_claims.batch.polars import ClaimsNamespace

FAST = settings(max_examples=40, deadline=None)


def claims(expr: pl.Expr) -> ClaimsNamespace:
    """``expr.claims``, typed: the namespace is registered at run time, which a type checker cannot see."""
    return expr.claims  # type: ignore[attr-defined, no-any-return]


CELLS = st.one_of(
    st.none(),
    st.sampled_from(
        ["Gulmurod Halimov", "Гулмурод Ҳалимов", "about 300", "Group 24", "up to 1,000", "", "F."]
    ),
    st.text(max_size=30),
)


@given(st.lists(st.tuples(CELLS, CELLS), max_size=25))
@FAST
def test_each_method_gives_the_batch_result(pairs: list[tuple[str | None, str | None]]) -> None:
    left, right = [a for a, _ in pairs], [b for _, b in pairs]
    frame = pl.DataFrame({"a": left, "b": right}, schema={"a": pl.String, "b": pl.String})
    found = frame.select(
        estimate=claims(pl.col("a")).parse_estimate(language="ru"),
        key=claims(pl.col("a")).name_key(),
        keys=claims(pl.col("a")).blocking_keys(),
        verdict=claims(pl.col("a")).name_verdict("b"),
        score=claims(pl.col("a")).name_score(pl.col("b")),
    )
    verdicts = name_verdicts(left, right).to_pylist()
    expected = {
        "estimate": parse_estimates(left, language="ru").to_pylist(),
        "key": name_keys(left).to_pylist(),
        "keys": blocking_keys(left).to_pylist(),
        "verdict": [None if row is None else row["verdict"] for row in verdicts],
        "score": [None if row is None else row["score"] for row in verdicts],
    }
    assert expected == found.to_dict(as_series=False)


def test_the_namespace_runs_in_lazy_and_streaming_queries() -> None:
    phrases = [f"about {number % 50}" for number in range(5000)] + [None]
    query = (
        pl.LazyFrame({"phrase": phrases})
        .with_columns(point=claims(pl.col("phrase")).parse_estimate().struct.field("point"))
        .filter(pl.col("point") > 40)
        .select(pl.len())
    )
    assert 900 == query.collect(engine="streaming").item() == query.collect().item()


def test_matching_is_an_explode_and_a_join_on_the_blocking_keys() -> None:
    mentions = pl.DataFrame(
        {"id": [1, 2, 3], "name": ["Gulmurod Halimov", "Гулмурод Ҳалимов", "Fozil Nazarzoda"]}
    )
    keyed = mentions.with_columns(key=claims(pl.col("name")).blocking_keys()).explode("key")
    pairs = (
        keyed.join(keyed, on="key", suffix="_other")
        .filter(pl.col("id") < pl.col("id_other"))
        .select("id", "id_other", verdict=claims(pl.col("name")).name_verdict("name_other"))
        .unique()
    )
    assert [(1, 2, "same")] == pairs.rows()


def test_importing_the_module_registers_the_namespace() -> None:
    assert centasia_claims.batch.polars.ClaimsNamespace is type(claims(pl.col("x")))
