"""Sections of the docs generated from the library's tables: read one to compare, or write it anew."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path


def generated(page: Path, begin: str, end: str) -> str:
    """The text of ``page`` between the markers ``begin`` and ``end``, without the blank lines around it."""
    text = page.read_text(encoding="utf-8")
    return text[text.index(begin) + len(begin) : text.index(end)].strip("\n")


def write_generated(page: Path, begin: str, end: str, rendered: str) -> None:
    """Put ``rendered`` between the markers ``begin`` and ``end`` of ``page``, and say so."""
    text = page.read_text(encoding="utf-8")
    head, tail = text[: text.index(begin) + len(begin)], text[text.index(end) :]
    page.write_text(f"{head}\n\n{rendered}\n{tail}", encoding="utf-8")
    sys.stdout.write(f"wrote {page}\n")
