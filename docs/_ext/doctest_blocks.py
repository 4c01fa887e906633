"""A griffe extension for the API reference: show docstring doctests (``>>>`` blocks) as code.

Docstrings keep plain doctests so that they run as tests; rendered as Markdown, their brackets would read as
links. This wraps each run of ``>>>`` lines and their expected output in a ``pycon`` fence.
"""

from __future__ import annotations

from typing import Any

import griffe

__all__ = ["DoctestBlocks"]


def fence_doctests(text: str) -> str:
    """Wrap every doctest block of ``text`` (from ``>>>`` to the next blank line) in a ``pycon`` fence."""
    out: list[str] = []
    in_block = False
    indent = ""
    for line in text.splitlines():
        stripped = line.lstrip()
        if not in_block and stripped.startswith(">>>"):
            indent = line[: len(line) - len(stripped)]
            out.append(f"{indent}```pycon")
            in_block = True
        elif in_block and not stripped:
            out.append(f"{indent}```")
            in_block = False
        out.append(line)
    if in_block:
        out.append(f"{indent}```")
    return "\n".join(out)


class DoctestBlocks(griffe.Extension):
    """Fence doctests in every docstring griffe loads."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        """Rewrite the object's docstring in place."""
        if obj.docstring is not None:
            obj.docstring.value = fence_doctests(obj.docstring.value)
