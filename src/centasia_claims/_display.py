"""Text and HTML renderings of model objects, for terminals and Jupyter (standard library only)."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    from centasia_claims.corpus import Corpus
    from centasia_claims.estimates import Reconciliation
    from centasia_claims.model import Claim, Estimate
    from centasia_claims.names import NameMatch

__all__ = [
    "chain_text",
    "claim_html",
    "claim_text",
    "corpus_html",
    "interval_text",
    "name_match_html",
    "number_text",
    "reconciliation_html",
]


def number_text(value: float) -> str:
    """``1141.0`` as ``1,141``; ``33.333`` as ``33.33``."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def interval_text(estimate: Estimate) -> str:
    """The bounds of an estimate in symbols: ``= 1,141``, ``≤ 1,000``, ``(1,500, 9,999]``, ``> 50 %``."""
    unit = "%" if estimate.unit == "percent" else estimate.unit
    rate = f" per {estimate.per}" if estimate.per else ""
    tail = f" {unit}{rate}" if unit != "count" else rate
    if estimate.values:
        return " and ".join(number_text(value) for value in estimate.values) + tail
    low, high = estimate.low, estimate.high
    if low is not None and high is not None and low == high:
        return f"= {number_text(low)}{tail}"
    if high is None and low is not None:
        return f"{'≥' if estimate.low_inclusive else '>'} {number_text(low)}{tail}"
    if low is None and high is not None:
        return f"{'≤' if estimate.high_inclusive else '<'} {number_text(high)}{tail}"
    opening = "[" if estimate.low_inclusive else "("
    closing = "]" if estimate.high_inclusive else ")"
    return f"{opening}{number_text(low or 0)}, {number_text(high or 0)}{closing}{tail}"


def chain_text(claim: Claim) -> str:
    """The attribution chain: ``Interior Ministry (told) -> RFE/RL (reported) -> ODR (published)``."""
    return (
        " -> ".join(f"{step.text} ({step.verb.value})" for step in claim.attribution) or "the source itself"
    )


def claim_text(claim: Claim) -> str:
    """One line: id, the figure as written and read, who said it through whom, and where."""
    value = claim.value
    figure = "" if value is None else f'"{value.phrase}" {value.qualifier.value} {interval_text(value)}: '
    period = f" [{claim.period}]" if claim.period else ""
    return f"{claim.id}: {figure}{claim.statement}{period} (by {chain_text(claim)}; in {claim.source})"


def _quote_html(claim: Claim) -> str:
    quote = claim.quote
    return f"…{html.escape(quote.prefix)}<mark>{html.escape(quote.exact)}</mark>{html.escape(quote.suffix)}…"


def claim_html(claim: Claim) -> str:
    """A small definition list: statement, figure, period, chain, stance, source and the quote in context."""
    rows = [("statement", html.escape(claim.statement))]
    if claim.value is not None:
        value = claim.value
        rows.append(
            (
                "figure",
                (
                    f"<q>{html.escape(value.phrase)}</q> — {html.escape(value.qualifier.value)}, "
                    f"{html.escape(interval_text(value))}"
                ),
            )
        )
    if claim.period is not None:
        rows.append(("period", html.escape(str(claim.period))))
    rows += [
        ("said by", html.escape(chain_text(claim))),
        ("stance", html.escape(claim.stance.value)),
        ("source", f"<code>{html.escape(claim.source)}</code>"),
        ("quote", _quote_html(claim)),
    ]
    body = "".join(f"<dt>{key}</dt><dd>{value}</dd>" for key, value in rows)
    return f"<div><strong>{html.escape(claim.id)}</strong><dl>{body}</dl></div>"


def corpus_html(corpus: Corpus) -> str:
    """Counts, then one row per source with its outlet, date and number of claims."""
    counts = ", ".join(
        f"{len(getattr(corpus, name))} {name}"
        for name in (
            "documents",
            "sources",
            "persons",
            "organizations",
            "places",
            "events",
            "measures",
            "claims",
        )
    )
    rows = "".join(
        "<tr>"
        f"<td><code>{html.escape(source.id)}</code></td>"
        f"<td>{html.escape(source.title or '(untitled)')}</td>"
        f"<td>{html.escape(corpus.entity(source.outlet).display_name if source.outlet else '')}</td>"
        f"<td>{html.escape(str(source.published or ''))}</td>"
        f"<td>{len(corpus.claims_in(source.id))}</td>"
        "</tr>"
        for source in corpus.sources
    )
    header = "<tr><th>source</th><th>title</th><th>outlet</th><th>published</th><th>claims</th></tr>"
    return f"<div><p><strong>Corpus</strong>: {html.escape(counts)}</p><table>{header}{rows}</table></div>"


def _table(header: tuple[str, ...], rows: Sequence[tuple[str, ...]]) -> str:
    head = "".join(f"<th>{html.escape(cell)}</th>" for cell in header)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>" for row in rows
    )
    return f"<table><tr>{head}</tr>{body}</table>"


def reconciliation_html(result: Reconciliation) -> str:
    """The timeline, the consensus per period and the contradictions, as three small tables."""
    figures = [
        (
            figure.placement.label,
            figure.phrase,
            "set aside" if figure.interval is None else str(figure.interval),
            figure.claimant_name,
            figure.claim,
        )
        for figure in result.figures
    ]
    consensus = [
        (item.label, ("contested " if item.contested else "") + str(item.interval), item.reason)
        for item in result.consensus
    ]
    contradictions = [(pair.reason,) for pair in result.contradictions]
    return (
        f"<div><p><strong>{html.escape(result.label)}</strong> ({html.escape(result.kind.value)}, "
        f"{html.escape(result.unit)}): {html.escape(result.trend_reason)}</p>"
        + _table(("period", "figure", "read as", "per", "claim"), figures)
        + _table(("period", "consensus", "why"), consensus)
        + (_table(("contradiction",), contradictions) if contradictions else "")
        + "</div>"
    )


def name_match_html(match: NameMatch) -> str:
    """The verdict and score, then the rules that decided it."""
    reasons = "".join(f"<li>{html.escape(reason)}</li>" for reason in match.reasons)
    return (
        f"<div><strong>{html.escape(match.verdict.value)}</strong> ({match.score:.2f})"
        f"<ul>{reasons}</ul></div>"
    )
