"""The previous release's code, importable beside the working tree, as the yardstick of speed-ups.

`load` extracts ``src/centasia_claims`` at a fixed commit from the repository's history into
``bench/results/`` (ignored by git) as the package ``centasia_claims_baseline``, with every import of
``centasia_claims`` renamed, and imports it. Both versions then run in one process, interleaved, on the same
inputs, so a ratio between them is not a ratio between two machines' moods.
"""

from __future__ import annotations

import importlib
import io
import subprocess
import sys
import tarfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from types import ModuleType

__all__ = ["BASELINE", "load"]

BASELINE = "7d83189"
"""The commit measured against: the code before the speed-ups of keys, parsing and comparison."""

_ROOT = Path(__file__).resolve().parent.parent
_NAME = "centasia_claims_baseline"


def load(commit: str = BASELINE) -> ModuleType:
    """The package as it was at ``commit``, imported as ``centasia_claims_baseline``."""
    target = _ROOT / "bench" / "results" / f"baseline-{commit}"
    package = target / _NAME
    if not package.exists():
        archive = subprocess.run(
            ["git", "archive", "--format=tar", commit, "src/centasia_claims"],  # noqa: S607 - git on PATH
            cwd=_ROOT,
            check=True,
            capture_output=True,
        ).stdout
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            for member in tar.getmembers():
                if not member.isfile():
                    continue
                relative = Path(member.name).relative_to("src/centasia_claims")
                out = package / relative
                out.parent.mkdir(parents=True, exist_ok=True)
                data = tar.extractfile(member)
                content = b"" if data is None else data.read()
                if out.suffix == ".py":
                    content = content.replace(b"centasia_claims", _NAME.encode())
                out.write_bytes(content)
    if str(target) not in sys.path:
        sys.path.insert(0, str(target))
    return importlib.import_module(_NAME)
