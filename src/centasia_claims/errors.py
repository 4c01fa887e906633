"""Exceptions raised by centasia_claims.

Every exception derives from `CentasiaClaimsError`, and each leaf also derives from the builtin that fits it,
so ``except ValueError`` keeps working for callers that do not know this library.

>>> from centasia_claims import ParseError
>>> error = ParseError("not a number phrase", text="in the nineties", start=3, end=15)
>>> print(error)
not a number phrase at 3-15:
  in the nineties
     ^^^^^^^^^^^^
"""

from __future__ import annotations

import difflib
import functools
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = [
    "CentasiaClaimsError",
    "CorpusError",
    "ExtractionError",
    "InvalidValueError",
    "MissingExtraError",
    "ParseError",
    "Problem",
    "ReconcileError",
    "StructureError",
    "TableError",
    "UnknownIdError",
    "closest_ids",
]


class CentasiaClaimsError(Exception):
    """Base class of every error this library raises.

    Every error can be pickled and copied, with its attributes and message (a pool of processes sends a
    worker's error back to its caller this way).

    >>> issubclass(ParseError, CentasiaClaimsError)
    True
    """

    def _rebuilt_by(self) -> tuple[Any, tuple[Any, ...]]:
        """The callable and arguments that make this error again (its class and the message, by default)."""
        return type(self), self.args

    def __reduce__(self) -> tuple[Any, ...]:
        rebuild, args = self._rebuilt_by()
        return rebuild, args, dict(vars(self))


class InvalidValueError(CentasiaClaimsError, ValueError):
    """A model value breaks a rule of its type, raised when the object is constructed.

    Attributes:
        field: The name of the offending field, so loaders can report ``$.claims[3].value.low``.
        message: What is wrong and what was expected.

    >>> print(InvalidValueError("low", "must be <= high (got low=500, high=300)"))
    low: must be <= high (got low=500, high=300)
    """

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message

    def _rebuilt_by(self) -> tuple[Any, tuple[Any, ...]]:
        return type(self), (self.field, self.message)


class ParseError(CentasiaClaimsError, ValueError):
    """Text could not be read as the expected kind of value.

    It keeps the text and the span of the offending part, and draws a caret under it when shown (so a reader
    that catches many refusals pays for the drawing only of those it prints).

    Attributes:
        message: What was expected.
        text: The whole input.
        start: Code point offset where the problem starts.
        end: Code point offset where it ends (exclusive).

    >>> ParseError("expected a number", text="about", start=0, end=5).span
    (0, 5)
    """

    def __init__(self, message: str, *, text: str, start: int = 0, end: int | None = None) -> None:
        self.message = message
        self.text = text
        self.start = max(0, min(start, len(text)))
        self.end = max(self.start, min(len(text) if end is None else end, len(text)))
        super().__init__(message)

    def __str__(self) -> str:
        return self._render()

    @property
    def span(self) -> tuple[int, int]:
        """The ``(start, end)`` code point offsets of the offending part."""
        return (self.start, self.end)

    def _render(self) -> str:
        shown = self.text if len(self.text) <= 200 else self.text[:200] + "…"
        width = max(1, min(self.end, len(shown)) - self.start)
        caret = " " * self.start + "^" * width if self.start < len(shown) else ""
        location = f"{self.start}-{self.end}" if self.end > self.start else str(self.start)
        lines = [f"{self.message} at {location}:", f"  {shown}"]
        if caret:
            lines.append(f"  {caret}")
        return "\n".join(lines)

    def _rebuilt_by(self) -> tuple[Any, tuple[Any, ...]]:
        return functools.partial(type(self), text=self.text, start=self.start, end=self.end), (self.message,)


class Problem:
    """One problem found while loading or checking a corpus: where it is and what is wrong.

    Attributes:
        file: The file the value was read from, or ``None`` for an in-memory corpus.
        path: A JSON path into that file, such as ``$.claims[12].value.low``.
        message: What is wrong, with the offending value, and what to do.

    >>> print(Problem("fixtures/claims.json", "$.claims[0].id", "must not be empty"))
    fixtures/claims.json: $.claims[0].id: must not be empty
    """

    __slots__ = ("file", "message", "path")

    def __init__(self, file: str | None, path: str, message: str) -> None:
        self.file = file
        self.path = path
        self.message = message

    def __str__(self) -> str:
        where = f"{self.file}: {self.path}" if self.file else self.path
        return f"{where}: {self.message}"

    def __repr__(self) -> str:
        return f"Problem({self.file!r}, {self.path!r}, {self.message!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Problem):
            return NotImplemented
        return (self.file, self.path, self.message) == (other.file, other.path, other.message)

    def __hash__(self) -> int:
        return hash((self.file, self.path, self.message))


class CorpusError(CentasiaClaimsError, ValueError):
    """A corpus could not be loaded or built; nothing was returned.

    The error lists every problem found, not only the first.

    Attributes:
        problems: Each problem with its file, JSON path and message.

    >>> error = CorpusError([Problem("a.json", "$.claims[0].source", "unknown source id 'x'")])
    >>> print(error)
    1 problem; no corpus was returned:
      a.json: $.claims[0].source: unknown source id 'x'
    """

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        count = len(self.problems)
        header = f"{count} problem{'s' if count != 1 else ''}; no corpus was returned:"
        super().__init__("\n".join([header, *(f"  {problem}" for problem in self.problems)]))

    def _rebuilt_by(self) -> tuple[Any, tuple[Any, ...]]:
        return type(self), (self.problems,)


class StructureError(CentasiaClaimsError, ValueError):
    """Plain JSON data does not fit the model type it was read as; every problem is listed.

    Attributes:
        problems: Each problem as ``(JSON path, message)``, in input order.

    >>> print(StructureError([("$.value.low", "must be <= high (got low=500, high=300)")]))
    1 problem in the data:
      $.value.low: must be <= high (got low=500, high=300)
    """

    def __init__(self, problems: Iterable[tuple[str, str]]) -> None:
        self.problems = tuple(problems)
        count = len(self.problems)
        lines = [f"{count} problem{'s' if count != 1 else ''} in the data:"]
        lines.extend(f"  {where}: {message}" for where, message in self.problems)
        super().__init__("\n".join(lines))

    def _rebuilt_by(self) -> tuple[Any, tuple[Any, ...]]:
        return type(self), (self.problems,)


class TableError(CentasiaClaimsError, ValueError):
    """A table could not be imported as a whole (unreadable, unknown columns, the target folder taken).

    Problems of single rows are not errors: the import reports each row on its own line.

    Attributes:
        problems: Each problem, one line each, saying where, what is wrong and what to do.

    >>> print(TableError(["claims.csv: line 1: unknown column 'colour': allowed are url, text"]))
    1 problem; nothing was written:
      claims.csv: line 1: unknown column 'colour': allowed are url, text
    """

    def __init__(self, problems: Iterable[str]) -> None:
        self.problems = tuple(problems)
        count = len(self.problems)
        header = f"{count} problem{'s' if count != 1 else ''}; nothing was written:"
        super().__init__("\n".join([header, *(f"  {problem}" for problem in self.problems)]))

    def _rebuilt_by(self) -> tuple[Any, tuple[Any, ...]]:
        return type(self), (self.problems,)


class ExtractionError(CentasiaClaimsError, ValueError):
    """Claims could not be drafted from an article and written (unreadable article, a target not in a folder).

    Attributes:
        problems: Each problem, one line each, saying where, what is wrong and what to do.

    >>> print(ExtractionError(["a.txt: not UTF-8 at byte 3: save the article as UTF-8"]))
    1 problem; nothing was written:
      a.txt: not UTF-8 at byte 3: save the article as UTF-8
    """

    def __init__(self, problems: Iterable[str]) -> None:
        self.problems = tuple(problems)
        count = len(self.problems)
        header = f"{count} problem{'s' if count != 1 else ''}; nothing was written:"
        super().__init__("\n".join([header, *(f"  {problem}" for problem in self.problems)]))

    def _rebuilt_by(self) -> tuple[Any, tuple[Any, ...]]:
        return type(self), (self.problems,)


class ReconcileError(CentasiaClaimsError, ValueError):
    """Claims could not be reconciled as given.

    They are not figures for one measure, or a share does not name the whole it is derived from.

    >>> print(ReconcileError("claim 'claim:x' gives no figure (no measure): pass only claims with a value"))
    claim 'claim:x' gives no figure (no measure): pass only claims with a value
    """


def closest_ids(wanted: str, known: Iterable[str], *, limit: int = 3) -> tuple[str, ...]:
    """The known ids closest to a wanted one: those it begins, those holding its stem, else similar stems.

    The stem is the part after the last colon (``tajiks`` in ``measure:tajiks``), compared without case, so a
    name typed without its kind (``karimov``) still finds ``person:karimov``.

    >>> closest_ids("measure:tajiks", ["measure:tajiks-joined", "measure:toll", "measure:tajik-dead"])
    ('measure:tajiks-joined',)
    >>> closest_ids("claim:rferl-rahimzoda-16-returned", ["claim:rferl-rahimzoda-61-returned"])
    ('claim:rferl-rahimzoda-61-returned',)
    >>> closest_ids("measure:zzz", ["measure:toll"])
    ()
    """
    known = list(known)
    lowered = wanted.lower()
    stem = lowered.rsplit(":", 1)[-1]
    starting = sorted((item for item in known if item.lower().startswith(lowered)), key=len)
    containing = [
        item for item in known if stem and stem in item.lower().rsplit(":", 1)[-1] and item not in starting
    ]
    close = [*starting, *containing][:limit]
    if close:
        return tuple(close)
    stems: dict[str, str] = {}
    for item in known:
        stems.setdefault(item.rsplit(":", 1)[-1].lower(), item)
    return tuple(stems[found] for found in difflib.get_close_matches(stem, list(stems), n=limit, cutoff=0.6))


class UnknownIdError(CentasiaClaimsError, KeyError):
    """An id was looked up that the corpus does not hold; ``close`` holds the closest ids it does hold.

    >>> print(UnknownIdError("person:nobody", "entity"))
    no entity with id 'person:nobody' in this corpus
    >>> print(UnknownIdError("measure:tajiks", "measure", known=["measure:tajiks-joined", "measure:toll"]))
    no measure with id 'measure:tajiks' in this corpus; did you mean 'measure:tajiks-joined'?
    """

    def __init__(self, id_: str, kind: str = "object", *, known: Iterable[str] = ()) -> None:
        super().__init__(id_)
        self.id = id_
        self.kind = kind
        self.close = closest_ids(id_, known)

    def __str__(self) -> str:
        hint = f"; did you mean {' or '.join(repr(item) for item in self.close)}?" if self.close else ""
        return f"no {self.kind} with id {self.id!r} in this corpus{hint}"

    def _rebuilt_by(self) -> tuple[Any, tuple[Any, ...]]:
        return type(self), (self.id, self.kind)


class MissingExtraError(CentasiaClaimsError, ImportError):
    """An optional feature was used without its optional dependencies installed.

    >>> print(MissingExtraError("frames", "pandas"))
    this needs pandas, which is not installed: pip install 'centasia-claims[frames]'
    """

    def __init__(self, extra: str, package: str) -> None:
        super().__init__(
            f"this needs {package}, which is not installed: pip install 'centasia-claims[{extra}]'"
        )
        self.extra = extra
        self.package = package

    def _rebuilt_by(self) -> tuple[Any, tuple[Any, ...]]:
        return type(self), (self.extra, self.package)
