"""Reading a corpus folder as it is on disk: its documents, and its fixture files as JSON data.

Nothing is structured here: the loader and the rewrites (`fix_offsets`, `upgrade_folder`) read folders the
same way, and find where each quote's text is (its source's document and span) from the raw data.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from centasia_claims.errors import Problem

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

__all__ = ["Folder", "quote_target", "raw_sources", "read_folder"]


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


def read_folder(path: str | Path | Traversable, label: str = "") -> Folder:
    """Read a folder's documents and fixture files, without structuring them; problems are kept, not raised.

    ``label`` prefixes every file named in a message (``my-corpus/fixtures/a.json``); empty for one folder.
    """
    root: Traversable = Path(path) if isinstance(path, str) else path
    folder = Folder(root, label)
    prefix = f"{label}/" if label else ""
    where = label or str(root)
    if not root.is_dir():
        what = "not a folder" if isinstance(root, Path) and root.exists() else "no such folder"
        folder.problems.append(Problem(None, where, f"{what}: give the path of a corpus folder"))
        return folder
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
