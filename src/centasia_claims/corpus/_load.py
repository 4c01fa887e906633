"""Loading corpus folders: ``documents/`` with the source texts and ``fixtures/`` with JSON files.

Each fixture file is a JSON object whose keys are section names (``sources``, ``persons``, ``claims`` ...)
and whose values are lists of objects; the sections of all files are concatenated in file-name order, so a
corpus can keep one file per document. Several folders load into one corpus, in the order given: a later
folder refers to what an earlier one holds, and adds to its entities through ``extend`` sections. Loading is
all or nothing: any problem anywhere raises `CorpusError` listing every problem with its file and JSON path,
and no corpus is returned.
"""

from __future__ import annotations

import contextlib
import functools
import json
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

import attrs

from centasia_claims.corpus._anchor import anchor_raw_quote
from centasia_claims.corpus._corpus import Corpus
from centasia_claims.corpus._extend import EXTEND, Extension, read_extensions
from centasia_claims.corpus._format import FORMAT_KEY, fixture_version, upgrade_fixture
from centasia_claims.corpus._integrity import ID_KINDS, SECTIONS, find_problems
from centasia_claims.errors import CorpusError, Problem, StructureError
from centasia_claims.model import Document, Source
from centasia_claims.serialization import structure, structure_fast

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

__all__ = ["Folder", "load_corpus", "load_seed_corpus", "read_folder", "seed_path"]

TOP_LEVEL_KEYS: Final = (FORMAT_KEY, EXTEND, *SECTIONS)
"""Every key a fixture file may hold at its top level."""

_QUOTED: Final = ("claims", "mentions", "exclusions")  # sections whose items carry a quote in their source


class _Fixture:
    """One fixture file as read: its label in messages, its data (upgraded), and the items refused early."""

    def __init__(self, label: str, folder: int, data: dict[str, Any], problems: list[Problem] | None = None):
        self.label = label
        self.folder = folder
        self.data = data
        self.problems: list[Problem] = problems or []
        self.skipped: set[tuple[str, int]] = set()


class Folder:
    """A corpus folder as read: its label in messages, its documents, and its fixture files as JSON data.

    Attributes:
        root: The folder.
        label: How messages name it when several folders are loaded (empty for one).
        documents: Each document's text by file name.
        fixtures: Each fixture file's name under ``fixtures/`` and its JSON data, or the `Problem` of reading
            it.
        problems: Problems of the folder itself (a missing ``documents/``, a document not in UTF-8).
    """

    def __init__(self, root: Traversable, label: str) -> None:
        self.root = root
        self.label = label
        self.documents: dict[str, str] = {}
        self.fixtures: list[tuple[str, Any]] = []
        self.problems: list[Problem] = []


class _Located:
    """Items of each section with the file and index each was read from."""

    def __init__(self) -> None:
        self.items: dict[str, list[Any]] = {name: [] for name in SECTIONS}
        self.origins: dict[str, list[tuple[str, int, int]]] = {name: [] for name in SECTIONS}
        self.failed_ids: dict[str, tuple[str, str]] = {}

    def add(self, section: str, fixture: _Fixture, items: list[tuple[int, object]]) -> None:
        for index, item in items:
            self.items[section].append(item)
            self.origins[section].append((fixture.label, index, fixture.folder))

    def locate(self, section: str, index: int) -> tuple[str | None, str]:
        file, position, _ = self.origins[section][index]
        return file, f"$.{section}[{position}]"


def _label(root: Traversable, count: int) -> str:
    if count == 1:
        return ""
    return "seeds" if str(root) == str(seed_path()) else str(root).rstrip("/")


def read_folder(path: str | Path | Traversable, label: str = "") -> Folder:
    """Read a folder's documents and fixture files, without structuring them; problems are kept, not raised.

    ``label`` prefixes every file named in a message (``my-corpus/fixtures/a.json``); empty for one folder.
    """
    root: Traversable = Path(path) if isinstance(path, str) else path
    folder = Folder(root, label)
    prefix = f"{label}/" if label else ""
    where = label or str(root)
    documents = root / "documents"
    if not documents.is_dir():
        folder.problems.append(
            Problem(where, "documents/", "missing folder: a corpus keeps its texts in documents/")
        )
    else:
        for entry in sorted(documents.iterdir(), key=lambda item: item.name):
            if not entry.is_file() or entry.name.startswith("."):
                continue
            try:
                folder.documents[entry.name] = entry.read_bytes().decode("utf-8")
            except UnicodeDecodeError as error:
                folder.problems.append(
                    Problem(
                        f"{prefix}documents/{entry.name}",
                        f"byte {error.start}",
                        "not valid UTF-8: save the document as UTF-8",
                    )
                )
    fixtures = root / "fixtures"
    if not fixtures.is_dir():
        folder.problems.append(
            Problem(where, "fixtures/", "missing folder: a corpus keeps its JSON in fixtures/")
        )
        return folder
    for entry in sorted(fixtures.iterdir(), key=lambda item: item.name):
        if entry.name.endswith(".json") and entry.is_file():
            folder.fixtures.append((entry.name, _parse(entry, f"{prefix}fixtures/{entry.name}")))
    return folder


def _parse(entry: Traversable, file: str) -> Any:
    try:
        return json.loads(entry.read_bytes().decode("utf-8"))
    except UnicodeDecodeError as error:
        return Problem(file, f"byte {error.start}", "not valid UTF-8: save it as UTF-8")
    except json.JSONDecodeError as error:
        where = f"line {error.lineno}, column {error.colno} (char {error.pos})"
        return Problem(file, where, f"invalid JSON: {error.msg}")


def load_corpus(*paths: str | Path | Traversable, allow_empty: bool = False) -> Corpus:
    """Load one corpus folder, or several into one corpus: ``documents/`` and ``fixtures/*.json`` each.

    Folders load in the order given. A later folder's items may refer to an earlier folder's (a claim about
    a bundled measure, a mention of a bundled person) and add names, relations and other list entries to
    them in an ``extend`` section; an id defined twice is an error naming both files. Each source reads its
    document from its own folder. The bundled corpus plus your own is ``load_corpus(seed_path(), "mine/")``.

    Args:
        paths: The corpus folders, in order.
        allow_empty: Whether a folder with no fixture files is loaded (as nothing) instead of refused.

    Raises:
        CorpusError: Anything is wrong: a missing folder, a file that is not UTF-8 or not JSON, a value of
            the wrong type, an unknown key, an impossible value, a duplicate or dangling id, a quote that is
            not its document's text at its offsets (or cannot be placed where offsets are left out). The
            error lists every problem with its file and JSON path; no partial corpus is returned.

    >>> corpus = load_corpus(seed_path())
    >>> len(corpus.sources) > 0
    True
    """
    if not paths:
        raise CorpusError([Problem(None, "", "no corpus folder given: pass at least one path")])
    roots = [Path(path) if isinstance(path, str) else path for path in paths]
    folders = [read_folder(root, _label(root, len(roots))) for root in roots]
    problems = [problem for folder in folders for problem in folder.problems]
    documents = _merge_documents(folders, problems)
    fixtures = _fixtures(folders, problems, allow_empty=allow_empty)
    _anchor_quotes(folders, fixtures)
    located = _Located()
    for fixture in fixtures:
        for section, raw in fixture.data.items():
            if section in SECTIONS:
                _structure_section(section, raw, fixture, located)
        problems.extend(fixture.problems)
    extensions = read_extensions(
        [(fixture.label, fixture.folder, fixture.data.get(EXTEND)) for fixture in fixtures],
        located.items,
        {name: [origin[2] for origin in origins] for name, origins in located.origins.items()},
        located.failed_ids,
        problems,
    )
    problems.extend(_document_problems(folders, located))
    sections = {name: tuple(items) for name, items in located.items.items()}
    problems.extend(
        find_problems(
            sections,
            documents,
            locate=located.locate,
            known_ids=located.failed_ids,
            extensions=[(ext.partial, ext.fields, ext.file, ext.path) for ext in extensions],
            quotes=True,
        )
    )
    if problems:
        raise CorpusError(problems)
    sections = _extended(sections, extensions)
    texts = tuple(Document(name, text) for name, text in documents.items())
    return Corpus._checked(documents=texts, **sections)


def _merge_documents(folders: list[Folder], problems: list[Problem]) -> dict[str, str]:
    """Every folder's documents by name; one name with two different texts is refused."""
    merged: dict[str, str] = {}
    first: dict[str, str] = {}
    for folder in folders:
        for name, text in folder.documents.items():
            if name not in merged:
                merged[name], first[name] = text, folder.label
            elif merged[name] != text:
                problems.append(
                    Problem(
                        folder.label,
                        f"documents/{name}",
                        f"a different document of the same name is in {first[name]}/documents/: document "
                        "names must be unique across the folders loaded together; rename this one, and the "
                        "document of its sources",
                    )
                )
    return dict(sorted(merged.items()))


def _fixtures(folders: list[Folder], problems: list[Problem], *, allow_empty: bool) -> list[_Fixture]:
    """Every fixture file of every folder that is a JSON object of a format version this library reads."""
    fixtures: list[_Fixture] = []
    for index, folder in enumerate(folders):
        if not folder.fixtures and (folder.root / "fixtures").is_dir() and not allow_empty:
            problems.append(
                Problem(
                    folder.label or str(folder.root),
                    "fixtures/",
                    "no fixture files: a corpus needs at least one fixtures/*.json (to load an empty corpus, "
                    "pass allow_empty=True or --allow-empty)",
                )
            )
        prefix = f"{folder.label}/" if folder.label else ""
        for name, data in folder.fixtures:
            file = f"{prefix}fixtures/{name}"
            refused = _refused(file, data)
            if refused is not None:
                fixtures.append(_Fixture(file, index, {}, [refused]))
                continue
            fixture = _Fixture(file, index, upgrade_fixture(data))
            for key, value in fixture.data.items():
                if key not in TOP_LEVEL_KEYS:
                    allowed = ", ".join(TOP_LEVEL_KEYS)
                    fixture.problems.append(
                        Problem(file, f"$.{key}", f"unknown section: allowed are {allowed}")
                    )
                elif key != FORMAT_KEY and not isinstance(value, list):
                    fixture.problems.append(Problem(file, f"$.{key}", "expected a list of objects"))
            fixture.data = {
                key: value
                for key, value in fixture.data.items()
                if key in TOP_LEVEL_KEYS and isinstance(value, list)
            }
            fixtures.append(fixture)
    return fixtures


def _refused(file: str, data: Any) -> Problem | None:
    """Why a fixture file's data cannot be read at all: not JSON, not an object, a format not read."""
    if isinstance(data, Problem):
        return data
    if not isinstance(data, dict):
        return Problem(file, "$", f"expected an object with keys {', '.join(TOP_LEVEL_KEYS)}")
    version = fixture_version(data)
    return Problem(file, f"$.{FORMAT_KEY}", version) if isinstance(version, str) else None


def raw_sources(fixtures: list[tuple[int, Any]]) -> dict[str, tuple[int, str, int, int] | None]:
    """Each raw source: id -> (folder, document, span start, span end), or ``None`` when those are malformed.

    The first source of an id counts (a second one is reported as a duplicate).
    """
    found: dict[str, tuple[int, str, int, int] | None] = {}
    for folder, data in fixtures:
        sources = data.get("sources") if isinstance(data, dict) else None
        for item in sources if isinstance(sources, list) else ():
            id_ = item.get("id") if isinstance(item, dict) else None
            if not isinstance(id_, str) or id_ in found:
                continue
            document, span = item.get("document"), item.get("span")
            start, end = (span.get("start"), span.get("end")) if isinstance(span, dict) else (None, None)
            well_formed = isinstance(document, str) and isinstance(start, int) and isinstance(end, int)
            found[id_] = (folder, document, start, end) if well_formed else None  # type: ignore[assignment]
    return found


def quote_target(
    folders: list[Folder], sources: dict[str, tuple[int, str, int, int] | None], item: Any
) -> tuple[str, tuple[int, int], str] | tuple[str, str] | None:
    """Where a raw item's quote is placed: its document's text, its source's span, and how to name them.

    Or, when it cannot be placed, the field to blame and why (a 2-tuple); ``None`` when the item is not an
    object with a quote and a source id, which the converter reports.
    """
    if not isinstance(item, dict) or not isinstance(item.get("quote"), dict):
        return None
    source = item.get("source")
    if not isinstance(source, str):
        return None
    if source not in sources:
        return "source", f"unknown source id {source!r}: add it to the corpus or correct the id"
    found = sources[source]
    if found is None:
        return "quote", f"the quote cannot be placed: its source {source!r} has no valid document and span"
    folder, document, start, end = found
    text = folders[folder].documents.get(document)
    if text is None:
        return "quote", f"the quote cannot be placed: its source {source!r} has no document {document!r}"
    return text, (start, end), f"source {source!r} ({start}-{end} of {document!r})"


def _anchor_quotes(folders: list[Folder], fixtures: list[_Fixture]) -> None:
    """Fill in every quote's missing offsets in place; an item whose quote cannot be placed is refused."""
    sources = raw_sources([(fixture.folder, fixture.data) for fixture in fixtures])
    for fixture in fixtures:
        for section in _QUOTED:
            for index, item in enumerate(fixture.data.get(section, ())):
                quote = item.get("quote") if isinstance(item, dict) else None
                if not isinstance(quote, dict) or ("start" in quote and "end" in quote):
                    continue  # a quote with offsets is checked with the corpus, once structured
                target = quote_target(folders, sources, item)
                if target is None:
                    continue
                field, message = target if len(target) == 2 else ("quote", anchor_raw_quote(quote, *target))
                if message is not None:
                    fixture.problems.append(Problem(fixture.label, f"$.{section}[{index}].{field}", message))
                    fixture.skipped.add((section, index))


def _structure_section(section: str, raw: list[Any], fixture: _Fixture, located: _Located) -> None:
    cls = SECTIONS[section]
    file = fixture.label
    kept = [(index, item) for index, item in enumerate(raw) if (section, index) not in fixture.skipped]
    for index, item in enumerate(raw):
        if (section, index) in fixture.skipped:
            _note_failed(section, item, f"{file}: $.{section}[{index}]", located)
    # The fast converter stops at the first problem; most corpora have none, and any failure is read
    # again item by item with the detailed converter below.
    with contextlib.suppress(StructureError):
        items = structure_fast([item for _, item in kept], list[cls])  # type: ignore[valid-type]
        located.add(section, fixture, [(index, item) for (index, _), item in zip(kept, items, strict=True)])
        return
    good: list[tuple[int, object]] = []
    for index, item in kept:
        try:
            good.append((index, structure(item, cls, path=f"$.{section}[{index}]")))
        except StructureError as error:
            fixture.problems.extend(Problem(file, where, message) for where, message in error.problems)
            _note_failed(section, item, f"{file}: $.{section}[{index}]", located)
    located.add(section, fixture, good)


def _note_failed(section: str, item: Any, where: str, located: _Located) -> None:
    """Remember the id of an item that failed, so references to it are not reported as dangling."""
    id_ = item.get("id") if isinstance(item, dict) else None
    if isinstance(id_, str) and section in ID_KINDS and id_ not in located.failed_ids:
        located.failed_ids[id_] = (ID_KINDS[section], where)


def _document_problems(folders: list[Folder], located: _Located) -> list[Problem]:
    """Sources whose document is not in their own folder but in another (a source reads its own folder's)."""
    problems = []
    for source, (file, position, folder) in zip(
        located.items["sources"], located.origins["sources"], strict=True
    ):
        if not isinstance(source, Source):  # pragma: no cover  (the sources section holds sources)
            continue
        if source.document in folders[folder].documents:
            continue
        elsewhere = [other.label for other in folders if source.document in other.documents]
        if elsewhere:
            problems.append(
                Problem(
                    file,
                    f"$.sources[{position}].document",
                    f"no document {source.document!r} in {folders[folder].label}/documents/ (it is in "
                    f"{elsewhere[0]}/documents/, but a source reads its document from its own folder): copy "
                    "the document into this folder, or define the source in the folder of its document",
                )
            )
    return problems


def _extended(
    sections: dict[str, tuple[Any, ...]], extensions: list[Extension]
) -> dict[str, tuple[Any, ...]]:
    """The sections with each extension's lists added to the item it extends."""
    changed = {name: list(items) for name, items in sections.items()}
    for extension in extensions:
        items = changed[extension.section]
        item = items[extension.index]
        items[extension.index] = attrs.evolve(
            item,
            **{name: (*getattr(item, name), *getattr(extension.partial, name)) for name in extension.fields},
        )
    return {name: tuple(items) for name, items in changed.items()}


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
