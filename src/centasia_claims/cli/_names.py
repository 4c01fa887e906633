"""``centasia-claims names``: resolve a name in a corpus and list every recorded and generated spelling."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

import attrs

from centasia_claims.cli._command import (
    EXIT_FINDINGS,
    EXIT_OK,
    EXIT_USAGE,
    Command,
    add_common_options,
    corpus_from,
    print_json,
)
from centasia_claims.model import Group, Period, SourceId
from centasia_claims.names import Candidate, Resolution, normalize_name, parse_name, resolve, romanize
from centasia_claims.serialization import unstructure

if TYPE_CHECKING:
    import argparse

    from centasia_claims.corpus import Corpus

__all__ = ["COMMAND", "Spelling", "describe"]


_SPELLED_KINDS = frozenset({"person", "place"})


@attrs.frozen
class Spelling:
    """A spelling of an entity the corpus records: one of its names, or a name written in a source.

    Attributes:
        text: The spelling.
        kind: A `NameKind` value, or ``"mention"`` for a name written in a source but not recorded.
        valid: When the name was in use, if recorded.
        source: For a mention, the source it is written in.
    """

    text: str
    kind: str
    valid: Period | None = None
    source: SourceId | None = None

    def __str__(self) -> str:
        notes = [note for note in (self.kind, self.valid and str(self.valid)) if note and note != "primary"]
        return f"{self.text} ({', '.join(notes)})" if notes else self.text


def _without_titles(text: str) -> str:
    return " ".join(token.text for token in parse_name(text).tokens)


def _spellings(corpus: Corpus, candidate: Candidate) -> tuple[list[Spelling], list[str]]:
    """The spellings the corpus records for a candidate, and others its romanizations give."""
    entity = corpus.entity(candidate.entity)
    names = () if isinstance(entity, Group) else entity.names  # resolve never finds a group: it has no name
    recorded = [Spelling(name.text, name.kind.value, name.valid) for name in names]
    texts = {spelling.text for spelling in recorded}
    for mention in corpus.mentions_of(candidate.entity):
        if mention.name not in texts:
            texts.add(mention.name)
            recorded.append(Spelling(mention.name, "mention", source=mention.source))
    generated: dict[str, None] = {}
    if candidate.kind in _SPELLED_KINDS:
        for text in dict.fromkeys(_without_titles(spelling.text) for spelling in recorded):
            for spelling in romanize(text):
                if spelling not in texts:
                    generated.setdefault(spelling)
    return recorded, list(generated)


def describe(corpus: Corpus, resolution: Resolution) -> dict[str, Any]:
    """What ``--json`` prints: the resolution as the converter writes it, and the spellings around it.

    Besides the resolution's own fields: the mention's key, the spellings to search for, and each
    candidate's recorded and generated spellings.
    """
    data: dict[str, Any] = unstructure(resolution)
    for role in ("candidates", "out_of_period"):
        for item, candidate in zip(data[role], getattr(resolution, role), strict=True):
            recorded, generated = _spellings(corpus, candidate)
            item["recorded"] = unstructure(recorded)
            item["generated"] = generated
    data["key"] = normalize_name(resolution.mention)
    data["spellings"] = list(romanize(resolution.mention))
    return data


def _print_candidate(corpus: Corpus, candidate: Candidate) -> None:
    recorded, generated = _spellings(corpus, candidate)
    print("  " + str(candidate).replace("\n", "\n  "))
    print(f"    recorded: {'; '.join(map(str, recorded))}")
    if generated:
        print(f"    generated: {'; '.join(generated)}")


def _print_text(corpus: Corpus, resolution: Resolution) -> None:
    at = f" at {resolution.at}" if resolution.at else ""
    print(f"{resolution.mention}{at}  (key: {normalize_name(resolution.mention)})")
    print(resolution.outcome)
    for candidate in resolution.candidates:
        _print_candidate(corpus, candidate)
    if resolution.out_of_period:
        print(f"Set aside: these match only through a name not in use{at}")
        for candidate in resolution.out_of_period:
            _print_candidate(corpus, candidate)
    print(f"Spellings to search for: {'; '.join(romanize(resolution.mention))}")


def _configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("name", help="a name in any spelling, Latin or Cyrillic")
    parser.add_argument(
        "--at", metavar="DATE", help="the date of the mention, as YYYY, YYYY-MM or YYYY-MM-DD"
    )
    add_common_options(parser)


def _run(args: argparse.Namespace) -> int:
    if not any(character.isalpha() for character in args.name):
        print(
            f"centasia-claims names: no letters in {args.name!r}: give a name with at least one letter",
            file=sys.stderr,
        )
        return EXIT_USAGE
    corpus = corpus_from(args)
    resolution = resolve(corpus, args.name, at=args.at)
    if args.json:
        print_json(describe(corpus, resolution))
    else:
        _print_text(corpus, resolution)
    return EXIT_OK if resolution.best is not None else EXIT_FINDINGS


COMMAND = Command(
    name="names",
    help="resolve a name to the corpus's entities, with reasons and every spelling to search for",
    example='centasia-claims names "Gulmorod Khalimov" --at 2016',
    configure=_configure,
    run=_run,
)
