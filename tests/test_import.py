"""``import centasia_claims`` loads the core only: optional extras are imported where they are used."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

HEAVY = (
    "pandas", "matplotlib", "prov", "followthemoney", "numpy", "rapidfuzz", "quantulum3", "pyarrow", "polars",
    "duckdb", "dask", "distributed",
)  # fmt: skip


@pytest.mark.parametrize("module", ["centasia_claims", "centasia_claims.batch"])
def test_importing_the_library_imports_no_optional_dependency(module: str) -> None:
    probe = f"import json, sys, {module}; print(json.dumps(sorted(set({HEAVY!r}) & set(sys.modules))))"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert [] == json.loads(result.stdout)
