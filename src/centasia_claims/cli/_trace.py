"""``centasia-claims trace CLAIM_ID``: a claim's chain, origin, epistemic status and corroboration."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from centasia_claims.cli._check import finding_data
from centasia_claims.cli._command import EXIT_OK, Command, add_common_options, corpus_from, print_json
from centasia_claims.provenance import (
    OriginClaims,
    check_provenance,
    corroborate,
    epistemic_status,
    step_status,
    trace_origin,
)

if TYPE_CHECKING:
    import argparse

    from centasia_claims.corpus import Corpus
    from centasia_claims.provenance import EpistemicReading, Origin

__all__ = ["COMMAND", "trace"]


def _reading(reading: EpistemicReading) -> dict[str, Any]:
    return {"status": reading.status.value, "basis": reading.basis.value, "cue": reading.cue}


def _origin(origin: Origin) -> dict[str, Any]:
    return {
        "agent": origin.agent,
        "label": origin.label,
        "via": list(origin.via),
        "claim": origin.claim,
        "source": origin.source,
    }


def _groups(groups: tuple[OriginClaims, ...]) -> list[dict[str, Any]]:
    return [{"origin": _origin(group.origin), "claims": list(group.claims)} for group in groups]


def trace(corpus: Corpus, claim_id: str) -> dict[str, Any]:
    """Everything ``trace`` shows about one claim, as plain data.

    Raises:
        UnknownIdError: No claim has this id.
    """
    claim = corpus.claim(claim_id)
    source = corpus.source(claim.source)
    corroboration = corroborate(corpus, claim)
    value = claim.value
    return {
        "claim": claim.id,
        "statement": claim.statement,
        "source": {
            "id": source.id,
            "title": source.title,
            "outlet": None if source.outlet is None else corpus.entity(source.outlet).display_name,
            "published": None if source.published is None else str(source.published),
        },
        "quote": {
            "exact": claim.quote.exact,
            "document": source.document,
            "start": claim.quote.start,
            "end": claim.quote.end,
        },
        "figure": None
        if value is None
        else {"measure": claim.measure, "phrase": value.phrase, "qualifier": value.qualifier.value},
        "stance": claim.stance.value,
        "status": _reading(epistemic_status(claim, corpus)),
        "chain": [
            {
                "agent": step.agent,
                "name": None if step.agent is None else corpus.entity(step.agent).display_name,
                "text": step.text,
                "verb": step.verb.value,
                **_reading(step_status(step, corpus)),
            }
            for step in claim.attribution
        ],
        "origin": _origin(trace_origin(corpus, claim)),
        "corroboration": {
            "compared": corroboration.compared,
            "supporting": _groups(corroboration.supporting),
            "unconfirmed": _groups(corroboration.unconfirmed),
            "contradicting": _groups(corroboration.contradicting),
            "echoes": list(corroboration.echoes),
        },
        "findings": [finding_data(finding) for finding in check_provenance(corpus).about(claim.id)],
    }


def _status_text(data: dict[str, Any]) -> str:
    text = f"{data['status']} ({data['basis']}"
    return text + (f': "{data["cue"]}")' if data["cue"] else ")")


def _origin_text(origin: dict[str, Any]) -> str:
    if origin["claim"] is not None:
        return f"unnamed ({origin['label']}), an origin of its own"
    if origin["source"] is not None:
        return f"the unnamed author of {origin['source']}"
    via = " -> ".join(origin["via"])
    return f"{origin['label']} ({origin['agent']})" + (f", via {via}" if len(origin["via"]) > 1 else "")


def _print_text(data: dict[str, Any]) -> None:
    source, quote = data["source"], data["quote"]
    print(data["claim"])
    print(f"  {data['statement']}")
    print(f"  Source:  {source['id']}: {source['title'] or '(untitled)'}")
    print(
        f"           {source['outlet'] or '(outlet not given)'}, {source['published'] or '(date not given)'}"
    )
    print(f"  Quote:   {quote['exact']!r}")
    print(f"           at {quote['start']}-{quote['end']} of {quote['document']}")
    if data["figure"] is not None:
        figure = data["figure"]
        print(f"  Figure:  {figure['phrase']!r} ({figure['qualifier']}) for {figure['measure']}")
    print(f"  Stance:  {data['stance']}")
    print(f"  Status:  {_status_text(data['status'])}")
    print("Chain")
    if not data["chain"]:
        print("  (empty: the source itself asserts it)")
    for number, step in enumerate(data["chain"], start=1):
        who = f"{step['name']} ({step['agent']})" if step["agent"] else "(unnamed)"
        print(f'  {number}. "{step["text"]}" {who} {step["verb"]}: {_status_text(step)}')
    print(f"Origin: {_origin_text(data['origin'])}")
    corroboration = data["corroboration"]
    print("Corroboration")
    if not corroboration["compared"]:
        print("  (no figure for a measure: nothing to compare)")
    else:
        for role in ("supporting", "unconfirmed", "contradicting"):
            groups = corroboration[role]
            print(f"  {role}: {len(groups)} independent origin{'s' if len(groups) != 1 else ''}")
            for group in groups:
                print(f"    {_origin_text(group['origin'])}: {', '.join(group['claims'])}")
        print(f"  echoes from the same origin: {', '.join(corroboration['echoes']) or 'none'}")
    print("Findings")
    if not data["findings"]:
        print("  none")
    for finding in data["findings"]:
        print(f"  {finding['severity']}: {finding['kind']}: {finding['message']}")


def _configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("claim", metavar="CLAIM_ID", help="the id of the claim to trace")
    add_common_options(parser)


def _run(args: argparse.Namespace) -> int:
    data = trace(corpus_from(args), args.claim)
    if args.json:
        print_json(data)
    else:
        _print_text(data)
    return EXIT_OK


COMMAND = Command(
    name="trace",
    help="print a claim's attribution chain, origin, epistemic status and corroboration",
    example="centasia-claims trace claim:rferl-rahimzoda-61-returned",
    configure=_configure,
    run=_run,
)
