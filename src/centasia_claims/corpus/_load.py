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
import gc
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

import attrs

from centasia_claims.corpus._anchor import anchor_raw_quote
from centasia_claims.corpus._corpus import Corpus
from centasia_claims.corpus._extend import EXTEND, Extension, read_extensions
from centasia_claims.corpus._fast import Counts, bare_fixture, build_section, schema_depth, sound
from centasia_claims.corpus._folder import Folder, quote_target, raw_sources, read_folder, seed_path
from centasia_claims.corpus._format import FORMAT_KEY, fixture_version, upgrade_fixture
from centasia_claims.corpus._integrity import ID_KINDS, SECTIONS, UNREAD, find_problems
from centasia_claims.corpus._limits import DEFAULT_LIMITS, Limits
from centasia_claims.errors import CorpusError, Problem, StructureError
from centasia_claims.model import Document, Source
from centasia_claims.serialization import structure, structure_fast

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

__all__ = ["load_corpus"]

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
        self.refused: dict[str, Any] | None = None  # the data of a fixture refused whole, for its ids


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


def load_corpus(
    *paths: str | Path | Traversable, allow_empty: bool = False, limits: Limits = DEFAULT_LIMITS
) -> Corpus:
    """Load one corpus folder, or several into one corpus: ``documents/`` and ``fixtures/*.json`` each.

    Folders load in the order given. A later folder's items may refer to an earlier folder's (a claim about
    a bundled measure, a mention of a bundled person) and add names, relations and other list entries to
    them in an ``extend`` section; an id defined twice is an error naming both files. Each source reads its
    document from its own folder. The bundled corpus plus your own is ``load_corpus(seed_path(), "mine/")``.

    The garbage collector is paused while it loads (every object made lives on, so a collection would find
    nothing to free) and left as it was afterwards, also when the load fails. A program that keeps a large
    corpus for its whole life can call ``gc.freeze()`` after loading, so that later collections skip it;
    the library does not, because freezing is for the whole process (see ``docs/performance.md``).

    Args:
        paths: The corpus folders, in order.
        allow_empty: Whether a folder with no fixture files is loaded (as nothing) instead of refused.
        limits: The largest fixture and document read and the deepest JSON nesting (see `Limits`).

    Raises:
        CorpusError: Anything is wrong: a missing folder, a file that is not UTF-8 or not JSON, a key
            repeated in a JSON object, a file or nesting past ``limits``, a symbolic link out of the folder,
            a document with a byte order mark, CR line endings or not in NFC, a value of the wrong type,
            an unknown key, an impossible value, a duplicate or dangling id, a quote that is not its
            document's text at its offsets (or cannot be placed where offsets are left out). The
            error lists every problem with its file and JSON path; no partial corpus is returned.

    >>> corpus = load_corpus(seed_path())
    >>> len(corpus.sources) > 0
    True
    """
    if not paths:
        raise CorpusError([Problem(None, "", "no corpus folder given: pass at least one path")])
    roots = [Path(path) if isinstance(path, str) else path for path in paths]
    # A load makes objects that all live on, so the collector would walk them again and again, finding
    # nothing to free; it is paused for the load (and left as it was, whatever happens).
    enabled = gc.isenabled()
    gc.disable()
    try:
        corpus = _load_fast(roots, allow_empty=allow_empty, limits=limits)
        return (
            corpus if corpus is not None else _load_carefully(roots, allow_empty=allow_empty, limits=limits)
        )
    finally:
        if enabled:
            gc.enable()


def _load_fast(roots: list[Traversable], *, allow_empty: bool, limits: Limits) -> Corpus | None:
    """The corpus, read by the fast path (`corpus._fast`), or ``None`` when it cannot vouch for it."""
    if limits.max_depth < schema_depth():
        return None
    try:
        return _read_fast(roots, allow_empty=allow_empty, limits=limits)
    except Exception:  # noqa: BLE001  (whatever went wrong, the careful path reads it and says what)
        return None


def _read_fast(roots: list[Traversable], *, allow_empty: bool, limits: Limits) -> Corpus | None:
    folders = [read_folder(root, _label(root, len(roots)), limits, fast=True) for root in roots]
    counts = Counts()
    for folder in folders:
        for _, data in folder.fixtures:
            if not bare_fixture(data):
                return None
            counts.keys += len(data)
    problems = [problem for folder in folders for problem in folder.problems]
    documents = _merge_documents(folders, problems)
    fixtures = _fixtures(folders, problems, allow_empty=allow_empty)
    placed = _anchor_quotes(folders, fixtures)
    if problems or any(fixture.problems for fixture in fixtures):
        return None
    items: dict[str, list[Any]] = {name: [] for name in SECTIONS}
    located = _Located()
    for fixture in fixtures:
        for section, raw in fixture.data.items():
            built = build_section(section, raw, counts)
            items[section] += built
            if section == "sources":
                located.add(section, fixture, list(enumerate(built)))
    # Every key of the text was built into an object (placing a quote adds its two offsets): none repeated.
    if counts.keys != sum(folder.keys for folder in folders) + 2 * placed:
        return None
    if _document_problems(folders, located):
        return None
    sections = {name: tuple(found) for name, found in items.items()}
    if not sound(sections, documents):
        return None
    texts = tuple(Document(name, text) for name, text in documents.items())
    return Corpus._checked(folders=tuple(roots), documents=texts, **sections)


def _load_carefully(roots: list[Traversable], *, allow_empty: bool, limits: Limits) -> Corpus:
    """The corpus, or `CorpusError` with every problem, each with its file and JSON path."""
    folders = [read_folder(root, _label(root, len(roots)), limits) for root in roots]
    problems = [problem for folder in folders for problem in folder.problems]
    documents = _merge_documents(folders, problems)
    fixtures = _fixtures(folders, problems, allow_empty=allow_empty)
    _anchor_quotes(folders, fixtures)
    located = _Located()
    for folder in folders:
        for id_, file in folder.unread_ids.items():
            located.failed_ids.setdefault(id_, (UNREAD, f"{file} (not read)"))
    for fixture in fixtures:
        if fixture.refused is not None:
            for section, raw in fixture.refused.items():
                if section in ID_KINDS and isinstance(raw, list):
                    for index, item in enumerate(raw):
                        _note_failed(section, item, f"{fixture.label}: $.{section}[{index}]", located)
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
            flawed={name for folder in folders for name in folder.flawed},
        )
    )
    if problems:
        raise CorpusError(problems)
    sections = _extended(sections, extensions)
    texts = tuple(Document(name, text) for name, text in documents.items())
    return Corpus._checked(folders=tuple(roots), documents=texts, **sections)


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
                fixtures[-1].refused = data if isinstance(data, dict) else None
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
            fixture.refused = {
                key: value
                for key, value in fixture.data.items()
                if key in SECTIONS and not isinstance(value, list)
            }
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


def _anchor_quotes(folders: list[Folder], fixtures: list[_Fixture]) -> int:
    """Fill in every quote's missing offsets in place, and count them; a quote not placed refuses its item."""
    placed = 0
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
                if _in_flawed(folders, sources, item):
                    fixture.skipped.add((section, index))  # its document is reported once, for every quote
                    continue
                field, message = target if len(target) == 2 else ("quote", anchor_raw_quote(quote, *target))
                if message is not None:
                    fixture.problems.append(Problem(fixture.label, f"$.{section}[{index}].{field}", message))
                    fixture.skipped.add((section, index))
                else:
                    placed += 1
    return placed


def _in_flawed(
    folders: list[Folder], sources: dict[str, tuple[int, str, int, int] | None], item: Any
) -> bool:
    """Whether a raw item's quote is in a document reported for a byte order mark, CR or not being NFC."""
    found = sources.get(item.get("source"))
    return found is not None and found[1] in folders[found[0]].flawed


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
