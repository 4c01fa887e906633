"""Reading a corpus folder as it is on disk: its documents, and its fixture files as JSON data.

Nothing is structured here: the loader and the rewrites (`fix_offsets`, `upgrade_folder`) read folders the
same way, and find where each quote's text is (its source's document and span) from the raw data.
"""

from __future__ import annotations

import re
import unicodedata
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

import msgspec

from centasia_claims.corpus._json import parse_fixture, text_keys
from centasia_claims.corpus._limits import DEFAULT_LIMITS, Limits
from centasia_claims.errors import CorpusError, Problem

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

__all__ = ["Folder", "document_flaw", "quote_target", "raw_sources", "read_folder", "seed_path"]

_DECODE: Final = msgspec.json.Decoder().decode  # the fast path's parser (see `_parse`)
_ID: Final = re.compile(r'"id"\s*:\s*"([^"\\]+)"')  # an id as a fixture writes it, read from a file not JSON


class Folder:
    """A corpus folder as read: its label in messages, its documents, and its fixture files as JSON data.

    Attributes:
        root: The folder.
        label: How messages name it when several folders are loaded (empty for one).
        documents: Each document's text by file name.
        flawed: Documents whose text is read but whose quotes are not checked: a byte order mark, CR line
            endings or a form other than NFC would shift every offset, and is reported once instead.
        fixtures: Each fixture file's name under ``fixtures/`` and its JSON data, or the `Problem` of reading
            it.
        problems: Problems of the folder itself (a missing ``documents/``, a document not in UTF-8, a link
            out of the folder, a file past a limit, a key repeated in a fixture).
        unread_ids: The ids written in fixture files that are not JSON, with their file: references to them
            are not reported again as unknown.
        keys: For a folder read ``fast``, at least as many as the keys its fixture files hold (`text_keys`).
    """

    def __init__(self, root: Traversable, label: str) -> None:
        self.root = root
        self.label = label
        self.documents: dict[str, str] = {}
        self.flawed: set[str] = set()
        self.fixtures: list[tuple[str, Any]] = []
        self.problems: list[Problem] = []
        self.unread_ids: dict[str, str] = {}
        self.keys = 0


def _outside(entry: Traversable, root: Traversable) -> str | None:
    """Why ``entry`` is not read: a link out of the corpus folder, or not a regular file; ``None`` to read."""
    if not isinstance(entry, Path) or not isinstance(root, Path):
        return None  # a bundled resource: inside the installed package
    if entry.is_symlink():
        try:
            target = entry.resolve(strict=True)
        except (OSError, RuntimeError):
            return "a symbolic link to nothing (or to itself): replace it with the file"
        if not target.is_relative_to(root.resolve()):
            return (
                "a symbolic link out of the corpus folder, which is not followed: copy the file into the "
                "folder instead"
            )
    if entry.is_dir():
        return None
    if not entry.is_file():
        return "not a regular file (a device, pipe or socket): only regular files are read"
    return None


def _entries(folder: Folder, sub: str, root: Traversable) -> list[Traversable]:
    """The files of ``root/sub`` to read, in name order; links out and special files are problems."""
    found = []
    for entry in sorted((root / sub).iterdir(), key=lambda item: item.name):
        if entry.name.startswith("."):
            continue  # hidden files (.DS_Store, editor backups) are not corpus files
        refused = _outside(entry, root)
        if refused is not None:
            folder.problems.append(Problem(folder.label or str(root), f"{sub}/{entry.name}", refused))
        elif entry.is_file():
            found.append(entry)
    return found


def _too_big(entry: Traversable, limit: int, what: str, file: str) -> Problem | None:
    size = entry.stat().st_size if isinstance(entry, Path) else None
    if size is None or size <= limit:
        return None
    return Problem(
        file,
        f"{size:,} bytes",
        f"more than the {limit:,} bytes a {what} may have: split it, or raise "
        f"Limits.max_{what}_bytes for a corpus you trust",
    )


def document_flaw(text: str) -> tuple[int, str] | None:
    r"""Why a document's offsets would not be what a reader counts, and where: a BOM, a CR, not NFC.

    Each would move every quote after it and be reported once per quote; it is reported once, with the fix.

    >>> document_flaw("\ufeffText")
    (0, 'starts with a byte order mark (U+FEFF), which counts as a character before every offset: save it as UTF-8 without a BOM')
    >>> document_flaw("one\r\ntwo")
    (3, 'has CR line endings, each a character more than a reader counts: save it with LF (Unix) line endings')
    >>> document_flaw("Cafe\u0301")
    (3, 'is not in Unicode NFC form (a letter and its accent as two characters), so its offsets differ from the same text composed: normalize it to NFC')
    >>> document_flaw("Caf\u00e9") is None
    True
    """  # noqa: E501
    if text.startswith("\ufeff"):
        return 0, (
            "starts with a byte order mark (U+FEFF), which counts as a character before every offset: "
            "save it as UTF-8 without a BOM"
        )
    if "\r" in text:
        return text.index("\r"), (
            "has CR line endings, each a character more than a reader counts: save it with LF (Unix) line "
            "endings"
        )
    if not unicodedata.is_normalized("NFC", text):
        return _first_unnormalized(text), (
            "is not in Unicode NFC form (a letter and its accent as two characters), so its offsets differ "
            "from the same text composed: normalize it to NFC"
        )
    return None


def _first_unnormalized(text: str) -> int:
    """The offset of the first character NFC would change, or of the letter a following mark joins."""
    for index, char in enumerate(text):
        if not unicodedata.is_normalized("NFC", text[max(0, index - 1) : index + 1]):
            return index - 1 if index and unicodedata.combining(char) else index
    return 0  # pragma: no cover  (called only for a text that is not NFC)


def read_folder(
    path: str | Path | Traversable, label: str = "", limits: Limits = DEFAULT_LIMITS, *, fast: bool = False
) -> Folder:
    """Read a folder's documents and fixture files, without structuring them; problems are kept, not raised.

    ``label`` prefixes every file named in a message (``my-corpus/fixtures/a.json``); empty for one folder.
    Only regular files inside the folder are read: a symbolic link out of it, a device or a pipe is a
    problem, and so is a file larger than ``limits`` allow. With ``fast``, fixtures are parsed by msgspec's
    JSON parser alone and their keys counted (`Folder.keys`): the loader's fast path checks depth and repeated
    keys from what it builds, and any error raised is left to the careful path to read again.
    """
    root: Traversable = Path(path) if isinstance(path, str) else path
    folder = Folder(root, label)
    prefix = f"{label}/" if label else ""
    where = label or str(root)
    if not root.is_dir():
        what = "not a folder" if isinstance(root, Path) and root.exists() else "no such folder"
        folder.problems.append(Problem(None, where, f"{what}: give the path of a corpus folder"))
        return folder
    for sub in ("documents", "fixtures"):
        if (root / sub).is_dir() and _outside(root / sub, root) is not None:
            folder.problems.append(
                Problem(where, f"{sub}/", "a symbolic link out of the corpus folder, which is not followed")
            )
            return folder
    documents = root / "documents"
    if not documents.is_dir():
        folder.problems.append(
            Problem(where, "documents/", "missing folder: a corpus keeps its texts in documents/")
        )
    else:
        for entry in _entries(folder, "documents", root):
            file = f"{prefix}documents/{entry.name}"
            big = _too_big(entry, limits.max_document_bytes, "document", file)
            if big is not None:
                folder.problems.append(big)
                continue
            try:
                text = entry.read_bytes().decode("utf-8")
            except UnicodeDecodeError as error:
                folder.problems.append(
                    Problem(file, f"byte {error.start}", "not valid UTF-8: save the document as UTF-8")
                )
                continue
            folder.documents[entry.name] = text
            flaw = document_flaw(text)
            if flaw is not None:
                folder.flawed.add(entry.name)
                folder.problems.append(Problem(file, f"char {flaw[0]}", flaw[1]))
    fixtures = root / "fixtures"
    if not fixtures.is_dir():
        folder.problems.append(
            Problem(where, "fixtures/", "missing folder: a corpus keeps its JSON in fixtures/")
        )
        return folder
    for entry in _entries(folder, "fixtures", root):
        if entry.name.endswith(".json"):
            folder.fixtures.append(
                (entry.name, _parse(entry, f"{prefix}fixtures/{entry.name}", folder, limits, fast=fast))
            )
    return folder


def _parse(entry: Traversable, file: str, folder: Folder, limits: Limits, *, fast: bool) -> Any:
    big = _too_big(entry, limits.max_fixture_bytes, "fixture", file)
    if big is not None:
        return big
    raw = entry.read_bytes()
    if fast:
        # msgspec's parser checks UTF-8 as it reads and refuses what `json` refuses (and NaN, numbers past
        # a float, lone surrogates, which `json` takes); where it accepts, it gives what `json` gives. A
        # refusal raises, and the careful path reads the file again and says what is wrong.
        folder.keys += text_keys(raw)
        return _DECODE(raw)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        return Problem(file, f"byte {error.start}", "not valid UTF-8: save it as UTF-8")
    data, problems = parse_fixture(text, file, max_depth=limits.max_depth)
    if data is None and problems:  # unreadable (a file holding only JSON's null reads as None with none)
        folder.unread_ids |= {match.group(1): file for match in _ID.finditer(text)}
        return problems[0]
    folder.problems.extend(problems)
    return data


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
