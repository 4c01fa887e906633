from __future__ import annotations

from typing import TYPE_CHECKING, Any

import dask.dataframe as dd
import pandas as pd
import pyarrow as pa
import pytest
from distributed import Client, LocalCluster

from centasia_claims.batch import (
    dask_map,
    extract_estimates,
    name_keys,
    name_verdicts,
    parse_estimates,
)
from centasia_claims.batch._dask import _Remembering
from centasia_claims.errors import InvalidValueError

if TYPE_CHECKING:
    from collections.abc import Iterator

PHRASES = ["about 300", "Group 24", None, "up to 1,000", "about 300", "", "около 1,5 тыс. человек", "45-50%"]
NAMES = ["Gulmurod Halimov", "Гулмурод Ҳалимов", None, "Fozil Halimov", "حليموف", "", "Halimov", "F."]


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    """A real scheduler and one worker, in this process (threads), for the module's tests."""
    with (
        LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None) as cluster,
        Client(cluster) as client,
    ):
        yield client


@pytest.fixture(scope="module")
def frame() -> dd.DataFrame:
    table = pd.DataFrame({"phrase": PHRASES, "name": NAMES, "id": [f"doc{n}" for n in range(len(PHRASES))]})
    return dd.from_pandas(table, npartitions=3)


def _rows(series: Any) -> list[Any]:
    return pa.array(series).to_pylist()  # type: ignore[no-any-return]


def test_parse_estimates_over_partitions_on_the_cluster_is_the_batch_result(
    client: Client, frame: dd.DataFrame
) -> None:
    result = client.compute(dask_map(parse_estimates, frame["phrase"], language="ru")).result()
    assert _rows(parse_estimates(PHRASES, language="ru")) == _rows(result.sort_index())


def test_name_functions_over_partitions_on_the_cluster(client: Client, frame: dd.DataFrame) -> None:
    keys = client.compute(dask_map(name_keys, frame["name"])).result()
    verdicts = client.compute(dask_map(name_verdicts, frame["name"], frame["phrase"])).result()
    assert (_rows(name_keys(NAMES)), _rows(name_verdicts(NAMES, PHRASES))) == (
        _rows(keys.sort_index()),
        _rows(verdicts.sort_index()),
    )


def test_extract_estimates_over_partitions_names_documents_by_id(client: Client, frame: dd.DataFrame) -> None:
    table = client.compute(dask_map(extract_estimates, frame["phrase"], frame["id"])).result()
    expected = extract_estimates(PHRASES, ids=[f"doc{n}" for n in range(len(PHRASES))]).to_pylist()
    assert expected == pa.Table.from_pandas(table, preserve_index=False).to_pylist()


def test_only_dask_series_are_mapped_over() -> None:
    with pytest.raises(InvalidValueError) as caught:
        dask_map(name_keys, ["Halimov"])
    assert "columns[0]: expected a Dask Series, got list" == str(caught.value)
    with pytest.raises(InvalidValueError) as caught:
        dask_map(name_keys)
    assert "columns: give at least one Dask Series to map over" == str(caught.value)


@pytest.mark.parametrize("remember", [0, 2, 100_000], ids=["nothing", "two", "default"])
def test_a_memory_across_partitions_gives_the_same_rows(frame: dd.DataFrame, remember: int) -> None:
    parsed = dask_map(parse_estimates, frame["phrase"], remember=remember).compute(scheduler="sync")
    keys = dask_map(name_keys, frame["name"], remember=remember).compute(scheduler="sync")
    assert (_rows(parse_estimates(PHRASES)), _rows(name_keys(NAMES))) == (
        _rows(parsed.sort_index()),
        _rows(keys.sort_index()),
    )


def test_values_met_in_one_partition_are_remembered_for_the_next() -> None:
    remembering = _Remembering(parse_estimates, 3)
    first = remembering(pd.Series(["about 300", "up to 1,000"]))
    second = remembering(pd.Series(["about 300", "Group 24", "45-50%"]))  # the third new value finds no room
    assert ["about 300", "up to 1,000", "Group 24"] == list(remembering.memo.found)
    assert (
        _rows(parse_estimates(["about 300", "up to 1,000"])),
        _rows(parse_estimates(["about 300", "Group 24", "45-50%"])),
    ) == (_rows(first), _rows(second))
