"""``centasia-claims report``: where the figures disagree first, then measures, sources and entities."""

from __future__ import annotations

from typing import TYPE_CHECKING

from centasia_claims._render import number_text
from centasia_claims.cli._command import (
    EXIT_OK,
    Command,
    add_common_options,
    corpus_from,
    no_such,
    print_json,
)
from centasia_claims.cli._summary import Summary, summarize
from centasia_claims.serialization import unstructure

if TYPE_CHECKING:
    import argparse
    from collections.abc import Sequence

__all__ = ["COMMAND", "DEFINITIONS_SHOWN", "render_summary"]

DEFINITIONS_SHOWN = 3
"""Pairs that count different things shown per measure in the text (``--json`` holds them all)."""


def _columns(rows: Sequence[Sequence[str]], *, right: Sequence[int] = ()) -> list[str]:
    """Rows of cells as lines whose columns line up (the last column is not padded)."""
    if not rows:
        return []
    widths = [max(len(row[index]) for row in rows) for index in range(len(rows[0]) - 1)]
    lines = []
    for row in rows:
        cells = [
            cell.rjust(widths[index]) if index in right else cell.ljust(widths[index])
            for index, cell in enumerate(row[:-1])
        ]
        lines.append("  " + "  ".join([*cells, row[-1]]).rstrip())
    return lines


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def render_summary(summary: Summary) -> str:
    """The report's text: the counts, where the figures disagree, measures, sources, entities."""
    lines = ["Corpus: " + ", ".join(f"{count} {name}" for name, count in summary.counts.items()), ""]
    lines.append("Where the figures disagree")
    if not summary.disputes:
        lines.append("  (no measure's figures disagree)")
    for dispute in summary.disputes:
        kinds = [
            _plural(dispute.contradictions, "contradiction"),
            _plural(dispute.reporting_conflicts, "reporting conflict"),
            _plural(dispute.different_definitions, "different definition"),
        ]
        counted = ", ".join(item for item in kinds if not item.startswith("0 "))
        spread = (
            "" if dispute.spread is None else f", highest/lowest {number_text(dispute.spread, places=1)}x"
        )
        lines.append(f"  {dispute.measure}  {dispute.label}")
        lines.append(f"    {_plural(dispute.figures, 'figure')}, {counted}; range {dispute.range}{spread}")
        lines.append(f"    claimants: {', '.join(dispute.claimants)}")
        shown = len(dispute.reasons) - max(0, dispute.different_definitions - DEFINITIONS_SHOWN)
        lines.extend(f"    - {reason}" for reason in dispute.reasons[:shown])
        if shown < len(dispute.reasons):
            lines.append(
                f"    - and {len(dispute.reasons) - shown} more pairs that count different things "
                f"(centasia-claims estimates {dispute.measure})"
            )
    lines.extend(["", "Claims per measure, most figures first"])
    for measure in summary.measures:
        lines.append(f"  {measure.claims:>3}  {measure.id}  {measure.label} ({measure.kind.value})")
        lines.extend(_columns([("     ", figure.claim, figure.phrase) for figure in measure.figures]))
    lines.extend(["", "Sources"])
    lines.extend(
        _columns(
            [
                (
                    source.id,
                    source.outlet or "(outlet not given)",
                    str(source.published or "(date not given)"),
                    _plural(source.claims, "claim"),
                    source.title or "(untitled)",
                )
                for source in summary.sources
            ],
            right=(3,),
        )
    )
    named = [entity for entity in summary.entities if entity.about or entity.by]
    lines.extend(["", "Entities, most claims first"])
    lines.extend(
        _columns(
            [
                ("id", "kind", "about", "by", "name"),
                *((e.id, e.kind, str(e.about), str(e.by), e.name) for e in named),
            ],
            right=(2, 3),
        )
    )
    if len(named) < len(summary.entities):
        lines.append(f"  ({len(summary.entities) - len(named)} more that no claim is about or by)")
    if summary.claims_without_measure:
        lines.extend(["", "Claims without a figure, by predicate"])
        lines.extend(f"  {count:>3}  {name}" for name, count in summary.claims_without_measure.items())
    return "\n".join(lines)


def _configure(parser: argparse.ArgumentParser) -> None:
    add_common_options(parser)
    parser.add_argument(
        "--measure",
        action="append",
        default=[],
        metavar="ID",
        help="report only this measure (repeatable): its disputes, figures, sources and entities",
    )
    parser.add_argument(
        "--source",
        action="append",
        default=[],
        metavar="ID",
        help="report only what this source holds (repeatable): its measures, figures and entities",
    )


def _run(args: argparse.Namespace) -> int:
    corpus = corpus_from(args)
    for kind, wanted, known in (
        ("measure", args.measure, [item.id for item in corpus.measures]),
        ("source", args.source, [item.id for item in corpus.sources]),
    ):
        for id_ in wanted:
            if id_ not in known:
                return no_such("report", kind, id_, known)
    summary = summarize(corpus, measures=args.measure, sources=args.source)
    if args.json:
        print_json(unstructure(summary))
    else:
        print(render_summary(summary))
    return EXIT_OK


COMMAND = Command(
    name="report",
    help=(
        "print what a corpus holds: where the figures disagree first, then measures, sources and entities, "
        "each with its id"
    ),
    example="centasia-claims report --measure measure:tajiks-joined-is-syria-iraq",
    configure=_configure,
    run=_run,
)
