"""The one synthetic corpus every load figure uses, shaped like the seeds at any size.

Documents of generated reporting (a figure a sentence, some sentences only dates or identifiers), one
source per document, fixture files of a few thousand claims each with their sources, mentions and
exclusions (as a curator splits a corpus by document), and ``entities.json`` with the persons, outlets,
agencies, places and measures. Ids are varied slugs, every quote is its document's text at its real offsets
with 32 characters of context (as ``TextQuote.locate`` writes it), figures take every qualifier, attribution
chains run one to three steps, some names are in Cyrillic, and files are written as the library writes them
(format 2, indented). The same seed gives the same corpus.
"""

from __future__ import annotations

import json
import random
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pathlib import Path

__all__ = ["write_synthetic_corpus"]

_FIRST = (
    "Ramazon",
    "Gulmurod",
    "Dilshod",
    "Farrukh",
    "Abdullo",
    "Nodir",
    "Jamshed",
    "Sitora",
    "Umed",
    "Rustam",
)
_LAST = ("Rahimzoda", "Halimov", "Saidov", "Karimov", "Nazarov", "Rakhmonov", "Ismoilova", "Qodirov")
_CYRILLIC = {"Ramazon": "Рамазон", "Gulmurod": "Гулмурод", "Dilshod": "Дилшод", "Rahimzoda": "Рахимзода"}
_POPULATIONS = ("Tajik nationals", "Kyrgyz citizens", "Uzbek migrants", "fighters from Central Asia", "women")
_ACTIONS = ("joined the group in", "travelled to", "returned from", "were killed in", "were detained in")
_PLACES = ("Syria", "Iraq", "Afghanistan", "Turkey", "Russia", "Syria and Iraq")
_VERBS = ("said", "told", "estimated", "claimed", "reported")
_STATUSES = ("official", "estimate", "assertion", "hedged", None)
_KINDS = ("cumulative", "snapshot", "event")


def _figure(rng: random.Random) -> tuple[str, dict[str, Any]]:  # noqa: PLR0911  (one per qualifier)
    """A figure as written and as the corpus records it, of any qualifier."""
    n = rng.randrange(2, 5_000)
    qualifier = rng.choice(("exact", "approximate", "at_most", "more_than", "range", "vague", "at_least"))
    if qualifier == "exact":
        return f"{n:,}", {"qualifier": "exact", "low": n, "high": n, "point": n}
    if qualifier == "approximate":
        return f"about {n:,}", {"qualifier": "approximate", "low": n * 0.9, "high": n * 1.1, "point": n}
    if qualifier == "at_most":
        return f"up to {n:,}", {"qualifier": "at_most", "high": n}
    if qualifier == "more_than":
        return f"more than {n:,}", {"qualifier": "more_than", "low": n}
    if qualifier == "at_least":
        return f"at least {n:,}", {"qualifier": "at_least", "low": n}
    if qualifier == "range":
        return f"between {n:,} and {n + 50:,}", {"qualifier": "range", "low": n, "high": n + 50}
    return "several hundred", {"qualifier": "vague", "low": 300, "high": 900}


def _entities(claims: int, rng: random.Random) -> dict[str, list[dict[str, Any]]]:
    persons = []
    for i in range(max(20, claims // 20)):
        first, last = rng.choice(_FIRST), rng.choice(_LAST)
        names = [{"text": f"{first} {last}"}]
        if first in _CYRILLIC and last in _CYRILLIC:
            names.append(
                {"text": f"{_CYRILLIC[first]} {_CYRILLIC[last]}", "lang": "ru", "script": "cyrillic"}
            )
        persons.append({"id": f"person:{first.lower()}-{last.lower()}-{i}", "names": names})
    outlets = [
        {"id": f"org:outlet-{i}", "kind": "news outlet", "names": [{"text": f"The Daily {i}"}]}
        for i in range(max(5, claims // 2_000))
    ]
    agencies = [
        {"id": f"org:ministry-{i}", "kind": "government", "names": [{"text": f"Ministry No. {i}"}]}
        for i in range(max(5, claims // 2_000))
    ]
    places = [
        {"id": f"place:{name.lower().replace(' ', '-')}", "names": [{"text": name}]} for name in _PLACES
    ]
    measures = [
        {
            "id": f"measure:{rng.choice(_POPULATIONS).split()[0].lower()}-{i}",
            "label": f"{rng.choice(_POPULATIONS)} counted ({i})",
            "unit": "people",
            "kind": _KINDS[i % 3],
        }
        for i in range(max(10, claims // 100))
    ]
    return {"persons": persons, "organizations": outlets + agencies, "places": places, "measures": measures}


def _name(person: dict[str, Any], rng: random.Random) -> str:
    names: list[dict[str, Any]] = person["names"]
    return str(rng.choice(names)["text"])


def _document(
    doc: int,
    count: int,
    first: int,
    *,
    entities: dict[str, list[dict[str, Any]]],
    rng: random.Random,
    fixture: dict[str, list[dict[str, Any]]],
) -> str:
    """One document's text; its source, claims, mentions and exclusions go into ``fixture``."""
    outlet = rng.choice(entities["organizations"][: len(entities["organizations"]) // 2])
    source_id = f"source:{outlet['id'].split(':')[1]}-{doc}"
    parts: list[str] = [f"Report {doc}\n\n"]
    offset = len(parts[0])
    pending: list[tuple[int, int, dict[str, Any]]] = []  # (start, end, item) whose context is set at the end
    for i in range(first, first + count):
        person = rng.choice(entities["persons"])
        speaker = _name(person, rng)
        verb = rng.choice(_VERBS)
        phrase, value = _figure(rng)
        population, action, place = rng.choice(_POPULATIONS), rng.choice(_ACTIONS), rng.choice(_PLACES)
        year = rng.randrange(2013, 2021)
        sentence = f"{speaker} {verb} that {phrase} {population} had {action} {place} by {year}. "
        exact = f"{phrase} {population} had {action} {place}"
        start = offset + sentence.index(exact)
        chain = [{"agent": person["id"], "text": speaker, "verb": verb}]
        if rng.random() < 0.3:
            agency = rng.choice(entities["organizations"][len(entities["organizations"]) // 2 :])
            chain.append({"agent": agency["id"], "text": agency["names"][0]["text"], "verb": "reported"})
        if rng.random() < 0.8:
            chain.append({"agent": outlet["id"], "text": outlet["names"][0]["text"], "verb": "published"})
        if rng.random() < 0.1:
            chain[0] = {"agent": None, "text": "officials", "verb": verb}
        status = rng.choice(_STATUSES)
        claim: dict[str, Any] = {
            "id": f"claim:{source_id.split(':')[1]}-{phrase.split()[0].lower().replace(',', '')}-{i}",
            "source": source_id,
            "quote": {"exact": exact, "start": start, "end": start + len(exact)},
            "statement": f"{phrase.capitalize()} {population} had {action} {place}.",
            "about": [f"place:{place.lower().replace(' ', '-')}", person["id"]][: rng.randrange(1, 3)],
            "measure": rng.choice(entities["measures"])["id"],
            "value": {"phrase": phrase, "unit": "people", **value},
            "period": str(year) if rng.random() < 0.7 else f"{year - 2}/{year}",
            "attribution": chain,
        }
        if status is not None and status != "hedged":
            claim["status"] = status
        if rng.random() < 0.1:
            claim["note"] = "The year is the one the sentence ends with."
        fixture["claims"].append(claim)
        pending.append((start, start + len(exact), claim["quote"]))
        if rng.random() < 0.25:
            mention = {"entity": person["id"], "name": speaker, "source": source_id, "quote": {}}
            mention["quote"] = {"exact": speaker, "start": offset, "end": offset + len(speaker)}
            fixture["mentions"].append(mention)
            pending.append((offset, offset + len(speaker), mention["quote"]))
        parts.append(sentence)
        offset += len(sentence)
        if rng.random() < 0.1:
            aside = f"The decree was numbered {rng.randrange(10, 99)}-{rng.randrange(10, 99)}. "
            exact = aside.strip()
            fixture["exclusions"].append(
                {"source": source_id, "quote": {}, "reason": "identifier", "note": "A decree's number."}
            )
            fixture["exclusions"][-1]["quote"] = {"exact": exact, "start": offset, "end": offset + len(exact)}
            pending.append((offset, offset + len(exact), fixture["exclusions"][-1]["quote"]))
            parts.append(aside)
            offset += len(aside)
    text = "".join(parts)
    for start, end, quote in pending:
        quote["prefix"], quote["suffix"] = text[max(0, start - 32) : start], text[end : end + 32]
    fixture["sources"].append(
        {
            "id": source_id,
            "title": f"Report {doc}",
            "document": f"{doc:05d}.txt",
            "span": {"start": 0, "end": len(text)},
            "kind": "news",
            "outlet": outlet["id"],
            "published": f"{rng.randrange(2014, 2022)}-{rng.randrange(1, 13):02d}",
        }
    )
    return text


def write_synthetic_corpus(root: Path, claims: int, *, seed: int = 1, per_document: int = 200) -> None:
    """Write a corpus folder of ``claims`` claims at ``root`` (see the module docstring for its shape).

    Claims are ``per_document`` to a document; a fixture file holds 25 documents (5,000 claims, about 4 MB).
    """
    rng = random.Random(seed)
    (root / "documents").mkdir(parents=True)
    (root / "fixtures").mkdir()
    entities = _entities(claims, rng)
    _write(root / "fixtures" / "entities.json", entities)
    documents = (claims + per_document - 1) // per_document
    for group in range(0, documents, 25):
        fixture: dict[str, list[dict[str, Any]]] = {
            "sources": [],
            "claims": [],
            "mentions": [],
            "exclusions": [],
        }
        for doc in range(group, min(group + 25, documents)):
            first = doc * per_document
            count = min(per_document, claims - first)
            text = _document(doc, count, first, entities=entities, rng=rng, fixture=fixture)
            (root / "documents" / f"{doc:05d}.txt").write_text(text, encoding="utf-8")
        _write(root / "fixtures" / f"reports-{group // 25:04d}.json", fixture)


def _write(path: Path, sections: dict[str, Any]) -> None:
    path.write_text(
        json.dumps({"format": 2, **sections}, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
