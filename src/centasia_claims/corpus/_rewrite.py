"""Rewriting a folder's fixtures: offsets filled in and moved quotes placed again, or an old format upgraded.

Both rewrites are computed whole before anything is written: `fix_offsets` and `upgrade_folder` return a
`Rewrite` (the new text of each changed file, and one line per change) or raise `CorpusError` listing every
quote that cannot be placed; `write_fixtures` then writes it. A file is written back in its own style (its
indentation, its escaping of non-ASCII text, its final newline), with its keys in their order.
"""

from __future__ import annotations

import contextlib
import html
import json
from pathlib import Path
from typing import Any

import attrs

from centasia_claims._render import html_definitions
from centasia_claims.corpus._anchor import anchor_raw_quote
from centasia_claims.corpus._folder import Folder, quote_target, raw_sources, read_folder, seed_path
from centasia_claims.corpus._format import FORMAT_KEY, FORMAT_VERSION, fixture_version, upgrade_fixture
from centasia_claims.errors import CorpusError, Problem
from centasia_claims.serialization import register_result

__all__ = ["Rewrite", "fix_offsets", "upgrade_folder", "write_fixtures"]

_QUOTED = ("claims", "mentions", "exclusions")


@attrs.frozen(kw_only=True)
class Rewrite:
    r"""The new text of a folder's changed fixture files, and what changed.

    Attributes:
        files: The new text of each changed file, by its name under ``fixtures/``.
        changes: One line per change (a quote placed, a file upgraded).

    >>> rewrite = Rewrite(files={"a.json": "{}\n"}, changes=("fixtures/a.json: upgraded to format 2",))
    >>> print(rewrite)
    fixtures/a.json: upgraded to format 2
    1 file to rewrite
    """

    files: dict[str, str]
    changes: tuple[str, ...]

    def __str__(self) -> str:
        count = len(self.files)
        summary = f"{count} file{'s' if count != 1 else ''} to rewrite" if count else "nothing to rewrite"
        return "\n".join([*self.changes, summary])

    def _repr_html_(self) -> str:
        rows = [("files", html.escape(", ".join(self.files) or "none"))]
        rows += [("change", html.escape(change)) for change in self.changes]
        return html_definitions("Rewrite", rows)


register_result(Rewrite)


def _style(text: str) -> dict[str, Any]:
    """How a JSON file is written: its indentation, whether non-ASCII is escaped; for `json.dumps`."""
    lines = text.splitlines()
    indented = next((line for line in lines[1:] if line[:1] in {" ", "\t"}), None)
    indent: int | str | None = None
    if indented is not None:
        stripped = indented.lstrip(" \t")
        whitespace = indented[: len(indented) - len(stripped)]
        indent = "\t" if whitespace.startswith("\t") else len(whitespace)
    escaped = "\\u" in text and text.isascii()
    separators = None if indent is not None or '": ' in text else (",", ":")
    return {"indent": indent, "ensure_ascii": escaped, "separators": separators}


def _render(data: Any, original: str) -> str:
    text = json.dumps(data, **_style(original))
    return text + "\n" if original.endswith("\n") else text


def _folders(path: str | Path, base: tuple[str | Path, ...], *, with_seeds: bool) -> list[Folder]:
    roots: list[Any] = [*([seed_path()] if with_seeds else []), *base, path]
    count = len(roots)
    labels = [
        "seeds" if with_seeds and index == 0 else str(root).rstrip("/") for index, root in enumerate(roots)
    ]
    folders = [read_folder(root, labels[index] if count > 1 else "") for index, root in enumerate(roots)]
    problems = list(folders[-1].problems)
    problems += [data for _, data in folders[-1].fixtures if isinstance(data, Problem)]
    if problems:
        raise CorpusError(problems)
    return folders


def _texts(folder: Folder) -> dict[str, str]:
    prefix = folder.root / "fixtures"
    return {name: (prefix / name).read_text(encoding="utf-8") for name, _ in folder.fixtures}


def fix_offsets(path: str | Path, *base: str | Path, with_seeds: bool = False) -> Rewrite:
    r"""Fill in the offsets of a folder's quotes, and place again each quote whose text is not at its offsets.

    A quote without offsets must occur once in its source (verbatim, else with typography folded; a recorded
    prefix or suffix chooses among several); a moved quote is placed where it occurs nearest to its old
    offsets. A quote placed with typography folded takes the text as the document writes it. Quotes whose
    source is in another folder are placed in that folder's document: name those folders in ``base`` (or
    pass ``with_seeds`` for the bundled corpus), in the order they load.

    Raises:
        CorpusError: A fixture cannot be read, or a quote cannot be placed (not found, or found at several
            places, listed); nothing is to be written then.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> (folder / "documents").mkdir(); (folder / "fixtures").mkdir()
    >>> _ = (folder / "documents" / "a.txt").write_text("He said 61 had returned.", encoding="utf-8")
    >>> source = {"id": "source:a", "title": "A", "document": "a.txt", "span": {"start": 0, "end": 24}}
    >>> claim = {"id": "claim:a", "source": "source:a", "quote": {"exact": "61 had"}, "statement": "61 had."}
    >>> fixture = json.dumps({"sources": [source], "claims": [claim]}, indent=2)
    >>> _ = (folder / "fixtures" / "a.json").write_text(fixture + "\n", encoding="utf-8")
    >>> rewrite = fix_offsets(folder)
    >>> print(rewrite)
    fixtures/a.json: $.claims[0].quote: placed at 8-14
    1 file to rewrite
    >>> write_fixtures(folder, rewrite)
    >>> json.loads((folder / "fixtures" / "a.json").read_text(encoding="utf-8"))["claims"][0]["quote"]
    {'exact': '61 had', 'start': 8, 'end': 14}
    """
    folders = _folders(path, base, with_seeds=with_seeds)
    target = folders[-1]
    prefix = f"{target.label}/" if target.label else ""
    raw = [(index, data) for index, folder in enumerate(folders) for _, data in folder.fixtures]
    sources = raw_sources(raw)
    originals = _texts(target)
    problems: list[Problem] = []
    changes: list[str] = []
    files: dict[str, str] = {}
    for name, data in target.fixtures:
        if not isinstance(data, dict):
            continue
        file = f"{prefix}fixtures/{name}"
        before = json.dumps(data)
        for section in _QUOTED:
            items = data.get(section)
            for index, item in enumerate(items if isinstance(items, list) else ()):
                _fix_one(folders, sources, item, f"$.{section}[{index}]", file, problems, changes)
        if json.dumps(data) != before:
            files[name] = _render(data, originals[name])
    if problems:
        raise CorpusError(problems)
    return Rewrite(files=files, changes=tuple(changes))


def _fix_one(  # noqa: PLR0917  (a private step of fix_offsets, called once)
    folders: list[Folder],
    sources: dict[str, tuple[int, str, int, int] | None],
    item: Any,
    path: str,
    file: str,
    problems: list[Problem],
    changes: list[str],
) -> None:
    target = quote_target(folders, sources, item)
    if target is None:
        return
    if len(target) == 2:
        problems.append(Problem(file, f"{path}.{target[0]}", target[1]))
        return
    quote = item["quote"]
    before = (quote.get("start"), quote.get("end"), quote.get("exact"))
    message = anchor_raw_quote(quote, *target, relocate=True)
    if message is not None:
        problems.append(Problem(file, f"{path}.quote", message))
    elif (quote.get("start"), quote.get("end"), quote.get("exact")) != before:
        moved = "" if before[0] is None else f" (was {before[0]}-{before[1]})"
        retyped = "" if before[2] == quote["exact"] else ", as the document writes it"
        changes.append(f"{file}: {path}.quote: placed at {quote['start']}-{quote['end']}{moved}{retyped}")


def upgrade_folder(path: str | Path) -> Rewrite:
    """Rewrite every fixture of a folder that is in an older format version in the current one.

    Each file goes through the registered steps (`UPGRADES`) one version at a time. A file already in the
    current version is left as it is.

    Raises:
        CorpusError: A fixture cannot be read, or is in a version newer than this library reads.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> (folder / "documents").mkdir(); (folder / "fixtures").mkdir()
    >>> _ = (folder / "fixtures" / "a.json").write_text('{"persons": []}', encoding="utf-8")
    >>> print(upgrade_folder(folder))
    fixtures/a.json: format 1 upgraded to 2
    1 file to rewrite
    """
    folder = _folders(path, (), with_seeds=False)[-1]
    originals = _texts(folder)
    problems: list[Problem] = []
    changes: list[str] = []
    files: dict[str, str] = {}
    for name, data in folder.fixtures:
        file = f"fixtures/{name}"
        if not isinstance(data, dict):
            problems.append(Problem(file, "$", "expected an object of sections"))
            continue
        version = fixture_version(data)
        if isinstance(version, str):
            problems.append(Problem(file, f"$.{FORMAT_KEY}", version))
        elif version < FORMAT_VERSION:
            files[name] = _render(upgrade_fixture(data), originals[name])
            changes.append(f"{file}: format {version} upgraded to {FORMAT_VERSION}")
    if problems:
        raise CorpusError(problems)
    return Rewrite(files=files, changes=tuple(changes))


def write_fixtures(path: str | Path, rewrite: Rewrite) -> None:
    r"""Write a `Rewrite` into a folder's ``fixtures/``: every file, or (on a failure) none.

    Each new text is first written beside its file, then all are moved into place.

    Raises:
        CorpusError: A file could not be written; the folder is left as it was.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> (folder / "fixtures").mkdir()
    >>> write_fixtures(folder, Rewrite(files={"a.json": "{}\n"}, changes=()))
    >>> (folder / "fixtures" / "a.json").read_text(encoding="utf-8")
    '{}\n'
    """
    fixtures = Path(path) / "fixtures"
    staged: list[tuple[Path, Path]] = []
    try:
        for name, text in rewrite.files.items():
            temporary = fixtures / f".{name}.rewrite"
            temporary.write_text(text, encoding="utf-8", newline="")
            staged.append((temporary, fixtures / name))
    except OSError as error:
        for temporary, _ in staged:
            with contextlib.suppress(OSError):
                temporary.unlink()
        raise CorpusError(
            [Problem(str(fixtures), "", f"could not write: {error}; nothing was changed")]
        ) from None
    for temporary, final in staged:
        temporary.replace(final)
