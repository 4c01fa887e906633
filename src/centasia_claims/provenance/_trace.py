"""`trace_claim`: everything provenance says about one claim, in one result.

>>> from centasia_claims import load_seed_corpus
>>> from centasia_claims.provenance import trace_claim
>>> trace = trace_claim(load_seed_corpus(), "claim:rferl-rahimzoda-61-returned")
>>> str(trace.origin), str(trace.status)
('Tajik government (org:tajik-government)', 'official (curated)')
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from centasia_claims._render import html_record
from centasia_claims.model import AttributionStep, Claim, Source
from centasia_claims.provenance._check import check_provenance
from centasia_claims.provenance._corroborate import Corroboration, corroborate
from centasia_claims.provenance._findings import Finding
from centasia_claims.provenance._origins import Origin, origin_text, trace_origin
from centasia_claims.provenance._status import EpistemicReading, epistemic_status, step_status
from centasia_claims.serialization import register_result

if TYPE_CHECKING:
    from centasia_claims.corpus import Corpus
    from centasia_claims.model import ClaimId

__all__ = ["ClaimTrace", "TracedStep", "trace_claim"]


@attrs.frozen
class TracedStep:
    """One step of a claim's attribution chain, with the entity it names and how it passes the claim on.

    Attributes:
        step: The step as curated.
        name: The display name of its agent, or ``None`` when the text leaves the agent unnamed.
        reading: How the step passes the claim on (`step_status`).

    The Interior Minister told reporters, and RFE/RL published it:

    >>> from centasia_claims import load_seed_corpus
    >>> from centasia_claims.provenance import trace_claim
    >>> chain = trace_claim(load_seed_corpus(), "claim:rferl-rahimzoda-61-returned").chain
    >>> chain[0].name, str(chain[0].reading)
    ('Ramazon Rahimzoda', 'official (curated)')
    >>> for step in chain[1:]:
    ...     print(step)
    "reporters" (unnamed) reported: assertion (default)
    "RFE/RL" RFE/RL (org:rferl) published: assertion (default)
    """

    step: AttributionStep
    name: str | None
    reading: EpistemicReading

    def __str__(self) -> str:
        step = self.step
        who = f"{self.name} ({step.agent})" if step.agent else "(unnamed)"
        return f'"{step.text}" {who} {step.verb.value}: {self.reading}'


@attrs.frozen(kw_only=True)
class ClaimTrace:
    """A claim with its source, chain, origin, epistemic status, corroboration and findings.

    Attributes:
        claim: The claim.
        source: The source it is read in.
        outlet: The display name of the source's outlet, where the corpus names one.
        status: How the text presents the claim (`epistemic_status`).
        chain: Each step of its attribution chain, with how it passes the claim on.
        origin: Where it comes from (`trace_origin`).
        corroboration: Which independent origins support or contradict its figure (`corroborate`).
        findings: What `check_provenance` finds about it.

    >>> from centasia_claims import load_seed_corpus
    >>> from centasia_claims.provenance import trace_claim
    >>> trace = trace_claim(load_seed_corpus(), "claim:rferl-rahimzoda-61-returned")
    >>> trace.outlet, str(trace.origin)
    ('RFE/RL', 'Tajik government (org:tajik-government)')
    >>> trace.corroboration.echoes
    ('claim:rferl-export-dushanbe-more-than-60-returned',)
    >>> [finding.kind.value for finding in trace.findings]
    ['single_origin']
    >>> print(trace)  # doctest: +ELLIPSIS
    claim:rferl-rahimzoda-61-returned
      61 Tajik nationals had returned from Syria and Iraq.
      Source:  source:rferl-up-to-1000: Authorities Say Up To 1,000 Tajiks Joined IS In Syria, Iraq
    ...
    """

    claim: Claim
    source: Source
    outlet: str | None
    status: EpistemicReading
    chain: tuple[TracedStep, ...]
    origin: Origin
    corroboration: Corroboration
    findings: tuple[Finding, ...]

    def _repr_html_(self) -> str:
        return html_record(self, str(self).splitlines()[0])

    def __str__(self) -> str:
        claim, source, quote = self.claim, self.source, self.claim.quote
        lines = [
            claim.id,
            f"  {claim.statement}",
            f"  Source:  {source.id}: {source.title or '(untitled)'}",
            f"           {self.outlet or '(outlet not given)'}, {source.published or '(date not given)'}",
        ]
        if quote is None:
            lines.append(f"  Unquoted: {claim.unquoted}")
        else:
            lines += [
                f"  Quote:   {quote.exact!r}",
                f"           at {quote.start}-{quote.end} of {source.document}",
            ]
        if claim.value is not None:
            lines.append(
                f"  Figure:  {claim.value.phrase!r} ({claim.value.qualifier.value}) for {claim.measure}"
            )
        lines += [f"  Stance:  {claim.stance.value}", f"  Status:  {self.status}", "Chain"]
        if not self.chain:
            lines.append("  (empty: the source itself asserts it)")
        lines.extend(f"  {number}. {step}" for number, step in enumerate(self.chain, start=1))
        lines += [f"Origin: {origin_text(self.origin)}", "Corroboration"]
        lines += self.corroboration.lines()
        lines.append("Findings")
        if not self.findings:
            lines.append("  none")
        lines.extend(
            f"  {finding.severity.value}: {finding.kind.value}: {finding.message}"
            for finding in self.findings
        )
        return "\n".join(lines)


register_result(TracedStep)
register_result(ClaimTrace)


def trace_claim(corpus: Corpus, claim: Claim | ClaimId | str) -> ClaimTrace:
    """Everything provenance says about one claim: chain, origin, status, corroboration and findings.

    Its ``str()`` is what ``centasia-claims trace`` prints; `centasia_claims.serialization.unstructure`
    gives what ``trace --json`` prints.

    Raises:
        UnknownIdError: The claim (given by id) is not in the corpus.

    >>> from centasia_claims import load_seed_corpus
    >>> trace = trace_claim(load_seed_corpus(), "claim:rferl-figure-doubled")
    >>> [str(step) for step in trace.chain]
    ['"RFE/RL" RFE/RL (org:rferl) published: assertion (default)']
    """
    item = corpus.claim(claim) if isinstance(claim, str) else claim
    source = corpus.source(item.source)
    return ClaimTrace(
        claim=item,
        source=source,
        outlet=None if source.outlet is None else corpus.entity(source.outlet).display_name,
        status=epistemic_status(corpus, item),
        chain=tuple(
            TracedStep(
                step,
                None if step.agent is None else corpus.entity(step.agent).display_name,
                step_status(corpus, step),
            )
            for step in item.attribution
        ),
        origin=trace_origin(corpus, item),
        corroboration=corroborate(corpus, item),
        findings=check_provenance(corpus).about(item.id),
    )
