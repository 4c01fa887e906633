"""``centasia-claims names``: resolve a name in a corpus and list every recorded and generated spelling."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from centasia_claims.cli._command import (
    EXIT_FINDINGS,
    EXIT_OK,
    Command,
    add_common_options,
    corpus_from,
    print_json,
)
from centasia_claims.names import Candidate, normalize_name, romanize
from centasia_claims.names._key import parse_name

if TYPE_CHECKING:
    import argparse

    from centasia_claims.corpus import Corpus
    from centasia_claims.names import Resolution

__all__ = ["COMMAND", "describe"]


_SPELLED_KINDS = frozenset({"person", "place"})


def _without_titles(text: str) -> str:
    return " ".join(token.text for token in parse_name(text).tokens)


def _candidate(corpus: Corpus, candidate: Candidate) -> dict[str, Any]:
    entity = corpus.entity(candidate.entity)
    recorded: list[dict[str, Any]] = [
        {"text": name.text, "kind": name.kind.value, "valid": None if name.valid is None else str(name.valid)}
        for name in entity.names
    ]
    texts = {item["text"] for item in recorded}
    for mention in corpus.mentions_of(candidate.entity):
        if mention.name not in texts:
            texts.add(mention.name)
            recorded.append({"text": mention.name, "kind": "mention", "source": mention.source})
    generated: dict[str, None] = {}
    if candidate.kind in _SPELLED_KINDS:
        for text in dict.fromkeys(_without_titles(item["text"]) for item in recorded):
            for spelling in romanize(text):
                if spelling not in texts:
                    generated.setdefault(spelling)
    return {
        "entity": candidate.entity,
        "name": candidate.display_name,
        "kind": candidate.kind,
        "verdict": candidate.verdict.value,
        "score": candidate.score,
        "matched": candidate.matched,
        "via": candidate.via,
        "valid": None if candidate.valid is None else str(candidate.valid),
        "reasons": list(candidate.reasons),
        "recorded": recorded,
        "generated": list(generated),
    }


def describe(corpus: Corpus, resolution: Resolution) -> dict[str, Any]:
    """Plain data for one resolution: the mention, its key, and each candidate with its spellings."""
    return {
        "mention": resolution.mention,
        "key": normalize_name(resolution.mention),
        "at": None if resolution.at is None else str(resolution.at),
        "resolved": None if resolution.best is None else resolution.best.entity,
        "ambiguous": resolution.ambiguous,
        "candidates": [_candidate(corpus, c) for c in resolution.candidates],
        "out_of_period": [_candidate(corpus, c) for c in resolution.out_of_period],
        "spellings": list(romanize(resolution.mention)),
    }


def _recorded(item: dict[str, Any]) -> str:
    notes = [note for note in (item["kind"], item.get("valid")) if note and note != "primary"]
    return f"{item['text']} ({', '.join(notes)})" if notes else item["text"]


def _print_candidate(item: dict[str, Any]) -> None:
    print(f"  {item['entity']}  {item['name']}  [{item['verdict']} {item['score']:.2f}]")
    for reason in item["reasons"]:
        print(f"    - {reason}")
    print(f"    recorded: {'; '.join(_recorded(name) for name in item['recorded'])}")
    if item["generated"]:
        print(f"    generated: {'; '.join(item['generated'])}")


def _print_text(data: dict[str, Any]) -> None:
    at = f" at {data['at']}" if data["at"] else ""
    print(f"{data['mention']}{at}  (key: {data['key']})")
    if data["resolved"]:
        print(f"Resolved to {data['resolved']}")
    elif data["ambiguous"]:
        print(f"Ambiguous: {len(data['candidates'])} entities match about equally well")
    else:
        print("Not resolved: no recorded name matches")
    for item in data["candidates"]:
        _print_candidate(item)
    if data["out_of_period"]:
        print(f"Set aside: these match only through a name not in use{at}")
        for item in data["out_of_period"]:
            _print_candidate(item)
    print(f"Spellings to search for: {'; '.join(data['spellings'])}")


def _configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("name", help="a name in any spelling, Latin or Cyrillic")
    parser.add_argument(
        "--at", metavar="DATE", help="the date of the mention, as YYYY, YYYY-MM or YYYY-MM-DD"
    )
    add_common_options(parser)


def _run(args: argparse.Namespace) -> int:
    corpus = corpus_from(args)
    resolution = corpus.resolve(args.name, at=args.at)
    data = describe(corpus, resolution)
    if args.json:
        print_json(data)
    else:
        _print_text(data)
    return EXIT_OK if resolution.best is not None else EXIT_FINDINGS


COMMAND = Command(
    name="names",
    help="resolve a name to the corpus's entities, with reasons and every spelling to search for",
    example='centasia-claims names "Gulmorod Khalimov" --at 2016',
    configure=_configure,
    run=_run,
)
