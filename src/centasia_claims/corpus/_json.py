"""Strict JSON for fixtures: a key once per object, nesting within a limit, every problem with its place.

`json.loads` keeps the last of two equal keys and recurses on nesting until Python's own limit. A fixture
is read here instead: nesting is measured first by a linear scan of its brackets (outside strings), and a
second scan names the JSON path and both places of every repeated key, run only when a key repeats. A
file that is not JSON is reported at the parser's line and column, with what to do (`JSON_HINTS`).

>>> JSON_HINTS[2]
("Expecting ':' delimiter", 'put a colon between each key and its value')
"""

from __future__ import annotations

import bisect
import json
import re
from typing import Any, Final

from centasia_claims.errors import Problem

__all__ = ["JSON_HINTS", "json_hint", "parse_fixture", "text_keys"]

# A JSON string (escapes kept), or one structural character; anything else (numbers, literals) is skipped.
_MARK: Final = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[{}\[\],:]')
_BRACKET: Final = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[{}\[\]]')
_NAME_BYTES: Final = bytes(
    ord("a") if chr(byte).isascii() and (chr(byte).isalnum() or chr(byte) == "_") else byte
    for byte in range(256)
)  # every byte of a name (an ASCII letter, digit or _) as "a", for `text_keys`


JSON_HINTS: Final[tuple[tuple[str, str], ...]] = (
    (
        "Expecting value",
        (
            "a value is missing or is not JSON here (JSON allows no comments, single quotes, NaN, "
            "undefined, or a comma before a closing bracket): write a JSON value, or remove the stray comma"
        ),
    ),
    (
        "Expecting property name enclosed in double quotes",
        "write each key in double quotes, and remove a comma before a closing brace",
    ),
    ("Expecting ':' delimiter", "put a colon between each key and its value"),
    (
        "Expecting ',' delimiter",
        "put a comma between items, or close the list or object before this point",
    ),
    (
        "Unterminated string",
        "close the string with a double quote (a line break inside a string is written \\n)",
    ),
    ("Invalid control character", "write a line break or tab inside a string as \\n or \\t"),
    ("Invalid \\uXXXX escape", "write \\u followed by four hexadecimal digits"),
    ("Invalid \\escape", "write a backslash inside a string as \\\\"),
    (
        "Extra data",
        "a fixture holds one JSON object: remove what follows it, or merge the two into one object",
    ),
    ("Illegal trailing comma", "remove the comma before the closing bracket"),
)
"""What to do about each error of Python's JSON parser, by the start of its message.

Source: the messages of the standard library's ``json`` decoder (``json/decoder.py`` and ``_json.c``, Python
3.11 to 3.13). A message not listed gets a general hint (`json_hint`).
"""


def json_hint(message: str) -> str:
    """What to do about an error of Python's JSON parser whose message is ``message``.

    >>> json_hint("Expecting ':' delimiter")
    'put a colon between each key and its value'
    >>> json_hint("something new")
    'correct the JSON at this place (a JSON validator or editor shows the fault)'
    """
    for start, hint in JSON_HINTS:
        if message.startswith(start):
            return hint
    return "correct the JSON at this place (a JSON validator or editor shows the fault)"


class _Objects:
    """An ``object_pairs_hook`` that builds each object and notes whether any key repeated in one."""

    def __init__(self) -> None:
        self.repeated = False

    def __call__(self, pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        data = dict(pairs)
        self.repeated = self.repeated or len(data) != len(pairs)
        return data


class _Places:
    """Line and column of a character offset, by binary search over the line starts (read once)."""

    def __init__(self, text: str) -> None:
        self.starts = [0, *(match.end() for match in re.finditer("\n", text))]

    def __call__(self, offset: int) -> str:
        line = bisect.bisect_right(self.starts, offset)
        return f"line {line}, column {offset - self.starts[line - 1] + 1}"


def _too_deep(text: str, limit: int) -> int | None:
    """The offset of the first bracket nested deeper than ``limit``, or ``None``."""
    depth = 0
    for match in _BRACKET.finditer(text):
        char = match.group()
        if char in "[{":
            depth += 1
            if depth > limit:
                return match.start()
        elif char in "]}":
            depth -= 1
    return None


def _repeated_keys(text: str, file: str) -> list[Problem]:
    """Every key that repeats in its object, at its JSON path, with both places (text known to be JSON)."""
    places = _Places(text)
    problems: list[Problem] = []
    # Each open container: its JSON path, whether it is an object, its keys seen (with their offsets), the
    # key or index of the value being read, and (objects) whether the next string is a key.
    paths: list[str] = []
    seen: list[dict[str, int] | None] = []
    current: list[str | int] = []
    expecting_key: list[bool] = []
    for match in _MARK.finditer(text):
        mark = match.group()
        if mark in "{[":
            path = "$" if not paths else paths[-1] + _step(current[-1])
            paths.append(path)
            seen.append({} if mark == "{" else None)
            current.append("" if mark == "{" else 0)
            expecting_key.append(mark == "{")
        elif mark in "}]":
            for stack in (paths, seen, current, expecting_key):
                stack.pop()
        elif mark == ",":
            if seen[-1] is None:
                current[-1] = int(current[-1]) + 1
            else:
                expecting_key[-1] = True
        elif mark == ":":
            expecting_key[-1] = False
        elif seen and (keys := seen[-1]) is not None and expecting_key[-1]:
            key: str = json.loads(mark)
            current[-1] = key
            if key in keys:
                problems.append(
                    Problem(
                        file,
                        paths[-1] + _step(key),
                        f"the key {key!r} appears twice in one object, at {places(keys[key])} and at "
                        f"{places(match.start())}: JSON keeps only the last, so keep one (merge the two "
                        "values into it)",
                    )
                )
            else:
                keys[key] = match.start()
    return problems


def _step(key: str | int) -> str:
    if isinstance(key, int):
        return f"[{key}]"
    return f".{key}" if key.isidentifier() else f"[{json.dumps(key, ensure_ascii=False)}]"


def parse_fixture(text: str, file: str, *, max_depth: int) -> tuple[Any, list[Problem]]:
    """A fixture's JSON data (``None`` when it cannot be read) and the problems that refuse it.

    A repeated key is reported at its JSON path with both places; the data (the last value kept, as JSON
    does) is still returned, so the rest of the file is checked too.

    >>> data, problems = parse_fixture('{"claims": [], "claims": []}', "a.json", max_depth=64)
    >>> print(problems[0])
    a.json: $.claims: the key 'claims' appears twice in one object, at line 1, column 2 and at line 1, column 16: JSON keeps only the last, so keep one (merge the two values into it)
    >>> print(parse_fixture("[[[1]]]", "a.json", max_depth=2)[1][0])
    a.json: $: nested deeper than 2 levels of objects and lists (at line 1, column 3): a fixture needs about 6; flatten it, or raise Limits.max_depth for a corpus you trust
    """  # noqa: E501
    deep = _too_deep(text, max_depth)
    if deep is not None:
        message = (
            f"nested deeper than {max_depth} levels of objects and lists (at {_Places(text)(deep)}): a "
            "fixture needs about 6; flatten it, or raise Limits.max_depth for a corpus you trust"
        )
        return None, [Problem(file, "$", message)]
    if text.startswith("\ufeff"):
        message = (
            "starts with a byte order mark (U+FEFF), which JSON does not allow: "
            "save it as UTF-8 without a BOM"
        )
        return None, [Problem(file, "line 1, column 1 (char 0)", message)]
    objects = _Objects()
    try:
        data = json.loads(text, object_pairs_hook=objects)
    except json.JSONDecodeError as error:
        where = f"line {error.lineno}, column {error.colno} (char {error.pos})"
        return None, [Problem(file, where, f"invalid JSON: {error.msg}: {json_hint(error.msg)}")]
    except RecursionError:  # pragma: no cover  (the depth limit is far below Python's)
        return None, [Problem(file, "$", "nested too deeply for Python to read: flatten it")]
    return data, _repeated_keys(text, file) if objects.repeated else []


def text_keys(raw: bytes) -> int:
    r"""How many keys of a JSON text end with a letter, digit or ``_``: all of them, where keys are names.

    Every byte of a name becomes ``a`` and whitespace goes; then a key is ``a":``. A ``"`` after a name
    character is not escaped, and it does not open a string (a string follows ``{``, ``[``, ``,`` or
    ``:``), so it closes one, and a closing ``"`` then ``:`` ends a key. The loader compares this with the
    keys of the objects it built from the text, whose keys are all names: equal counts mean no object
    repeated a key. UTF-8 never uses an ASCII byte inside another character, so the bytes are counted as
    they are, at the speed of ``bytes.translate`` and ``bytes.count``.

    >>> text_keys(b'{"a": 1, "b" : {"a": "x:", "c": [":"]}, "d\\": 1}')
    4
    """
    return raw.translate(_NAME_BYTES, b" \t\n\r").count(b'a":')
