"""Loading a corpus folder: ``documents/`` with the source texts and ``fixtures/`` with JSON files.

Each fixture file is a JSON object whose keys are section names (``sources``, ``persons``, ``claims`` ...)
and whose values are lists of objects; the sections of all files are concatenated in file-name order, so a
corpus can keep one file per document. Loading is all or nothing: any problem anywhere raises `CorpusError`
listing every problem with its file and JSON path, and no corpus is returned.
"""

from __future__ import annotations

import contextlib
import functools
import json
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any

from centasia_claims.corpus._corpus import Corpus
from centasia_claims.corpus._integrity import ID_KINDS, SECTIONS, find_problems
from centasia_claims.errors import CorpusError, Problem, StructureError
from centasia_claims.model import Document
from centasia_claims.serialization import structure, structure_fast

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

__all__ = ["load_corpus", "load_seed_corpus", "seed_path"]


class _Located:
    """Items of each section with the file and index each was read from."""

    def __init__(self) -> None:
        self.items: dict[str, list[object]] = {name: [] for name in SECTIONS}
        self.origins: dict[str, list[tuple[str, int]]] = {name: [] for name in SECTIONS}
        self.failed_ids: dict[str, tuple[str, str]] = {}

    def add(self, section: str, file: str, items: list[tuple[int, object]]) -> None:
        for index, item in items:
            self.items[section].append(item)
            self.origins[section].append((file, index))

    def locate(self, section: str, index: int) -> tuple[str | None, str]:
        file, position = self.origins[section][index]
        return file, f"$.{section}[{position}]"


def load_corpus(path: str | Path | Traversable) -> Corpus:
    """Load a corpus folder laid out like the bundled ``seeds/``: ``documents/`` and ``fixtures/*.json``.

    Raises:
        CorpusError: Anything is wrong: a missing folder, a file that is not UTF-8 or not JSON, a value of
            the wrong type, an unknown key, an impossible value, a duplicate or dangling id. The error lists
            every problem with its file and JSON path; no partial corpus is returned.

    >>> corpus = load_corpus(seed_path())
    >>> len(corpus.sources) > 0
    True
    """
    root: Traversable = Path(path) if isinstance(path, str) else path
    problems: list[Problem] = []
    documents = _read_documents(root, problems)
    located = _Located()
    fixtures = root / "fixtures"
    if not fixtures.is_dir():
        problems.append(
            Problem(str(root), "fixtures/", "missing folder: a corpus keeps its JSON in fixtures/")
        )
    else:
        for entry in sorted(fixtures.iterdir(), key=lambda item: item.name):
            if entry.name.endswith(".json") and entry.is_file():
                _read_fixture(entry, f"fixtures/{entry.name}", located, problems)
    texts = {document.name: document.text for document in documents}
    sections = {name: tuple(items) for name, items in located.items.items()}
    problems.extend(find_problems(sections, texts, locate=located.locate, known_ids=located.failed_ids))
    if problems:
        raise CorpusError(problems)
    return Corpus._checked(documents=tuple(documents), **sections)


def _read_documents(root: Traversable, problems: list[Problem]) -> list[Document]:
    folder = root / "documents"
    if not folder.is_dir():
        problems.append(
            Problem(str(root), "documents/", "missing folder: a corpus keeps its texts in documents/")
        )
        return []
    documents = []
    for entry in sorted(folder.iterdir(), key=lambda item: item.name):
        if not entry.is_file() or entry.name.startswith("."):
            continue
        raw = entry.read_bytes()
        try:
            documents.append(Document(entry.name, raw.decode("utf-8")))
        except UnicodeDecodeError as error:
            problems.append(
                Problem(
                    f"documents/{entry.name}",
                    f"byte {error.start}",
                    "not valid UTF-8: save the document as UTF-8",
                )
            )
    return documents


def _read_fixture(entry: Traversable, file: str, located: _Located, problems: list[Problem]) -> None:
    try:
        data: Any = json.loads(entry.read_bytes().decode("utf-8"))
    except UnicodeDecodeError as error:
        problems.append(Problem(file, f"byte {error.start}", "not valid UTF-8: save it as UTF-8"))
        return
    except json.JSONDecodeError as error:
        where = f"line {error.lineno}, column {error.colno} (char {error.pos})"
        problems.append(Problem(file, where, f"invalid JSON: {error.msg}"))
        return
    if not isinstance(data, dict):
        problems.append(Problem(file, "$", f"expected an object with sections {', '.join(SECTIONS)}"))
        return
    for section, value in data.items():
        cls = SECTIONS.get(section)
        if cls is None:
            problems.append(
                Problem(file, f"$.{section}", f"unknown section: allowed are {', '.join(SECTIONS)}")
            )
        elif not isinstance(value, list):
            problems.append(Problem(file, f"$.{section}", "expected a list of objects"))
        else:
            _structure_section(section, cls, value, file, located, problems)


def _structure_section(  # noqa: PLR0917  (a private step of the loader, called once)
    section: str,
    cls: type,
    raw: list[Any],
    file: str,
    located: _Located,
    problems: list[Problem],
) -> None:
    # The fast converter stops at the first problem; most corpora have none, and any failure is read
    # again item by item with the detailed converter below.
    with contextlib.suppress(StructureError):
        items = structure_fast(raw, list[cls])  # type: ignore[valid-type]
        located.add(section, file, list(enumerate(items)))
        return
    good: list[tuple[int, object]] = []
    for index, item in enumerate(raw):
        try:
            good.append((index, structure(item, cls, path=f"$.{section}[{index}]")))
        except StructureError as error:
            problems.extend(Problem(file, where, message) for where, message in error.problems)
            id_ = item.get("id") if isinstance(item, dict) else None
            if isinstance(id_, str) and section in ID_KINDS and id_ not in located.failed_ids:
                located.failed_ids[id_] = (ID_KINDS[section], f"{file}: $.{section}[{index}]")
    located.add(section, file, good)


def seed_path() -> Traversable:
    """Where the bundled corpus lives: inside the installed package, or ``seeds/`` of a source checkout.

    >>> (seed_path() / "documents").is_dir()
    True
    """
    packaged = files("centasia_claims") / "_seeds"
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parents[3] / "seeds"
    if checkout.is_dir():
        return checkout
    raise CorpusError(  # pragma: no cover  (only a broken installation gets here)
        [Problem(str(packaged), "", "the bundled corpus is missing: reinstall centasia-claims")]
    )


@functools.cache
def load_seed_corpus() -> Corpus:
    """Load the bundled corpus built from the five seed documents (cached: a corpus is immutable).

    >>> corpus = load_seed_corpus()
    >>> len(corpus.documents)
    5
    """
    return load_corpus(seed_path())
