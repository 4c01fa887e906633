"""The bundled corpus loads from an installed wheel, not only from a checkout."""

from __future__ import annotations

import json
import site
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

PROBE = """
import json, centasia_claims as cc
corpus = cc.load_seed_corpus()
print(json.dumps({"file": cc.__file__, "seeds": str(cc.seed_path()), "documents": len(corpus.documents),
                  "claims": len(corpus.claims)}))
"""


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
            str(ROOT),
        ],
        check=True,
    )
    (built,) = out.glob("centasia_claims-*.whl")
    return built


@pytest.mark.slow
def test_wheel_contains_documents_and_fixtures(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    documents = sorted(n for n in names if n.startswith("centasia_claims/_seeds/documents/"))
    fixtures = [n for n in names if n.startswith("centasia_claims/_seeds/fixtures/") and n.endswith(".json")]
    assert 5 == len(documents)
    assert fixtures
    assert "centasia_claims/py.typed" in names


@pytest.mark.slow
def test_seed_corpus_loads_from_a_fresh_virtual_environment(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)  # ensurepip installs pip from the standard library, offline
    python = env_dir / "bin" / "python"
    purelib = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    )
    # Install the wheel with the new environment's own pip, so the running environment cannot be touched
    # (an outer pip would uninstall its own copy of this project), and give the new environment the
    # already-installed core dependencies through a path file, so nothing is downloaded.
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)], check=True
    )
    dependencies = {sysconfig.get_paths()["purelib"], *site.getsitepackages()}
    (purelib / "_dependencies.pth").write_text("\n".join(sorted(dependencies)) + "\n", encoding="utf-8")
    result = subprocess.run(
        [str(python), "-I", "-c", PROBE], capture_output=True, text=True, check=True, cwd=tmp_path
    )
    probe = json.loads(result.stdout)
    assert probe["file"].startswith(str(purelib))
    assert probe["seeds"].startswith(str(purelib / "centasia_claims" / "_seeds"))
    assert 5 == probe["documents"]
    assert probe["claims"] > 0
    report = subprocess.run(
        [str(python), "-I", "-m", "centasia_claims", "report"],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
    )
    assert report.stdout.startswith("Corpus: 5 documents")
