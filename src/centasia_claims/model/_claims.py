"""Claims: who said what about whom, through whom, read where, and with what figure.

A `Claim` is one statement in one source. Its `attribution` is the chain from the original claimant through
intermediaries to the outlet that published the source: "the country's Interior Ministry told RFE/RL", read in
openDemocracy, is ``[Interior Ministry -told->, RFE/RL -reported->, openDemocracy]``.

>>> from centasia_claims import AttributionStep, Verb
>>> AttributionStep(agent="org:tajik-interior-ministry", text="the country's Interior Ministry", verb=Verb.TOLD)
AttributionStep(agent='org:tajik-interior-ministry', text="the country's Interior Ministry", verb=<Verb.TOLD: 'told'>, status=None)
"""  # noqa: E501

from __future__ import annotations

import enum
import html

import attrs

from centasia_claims._render import html_definitions
from centasia_claims.errors import InvalidValueError
from centasia_claims.model._checks import (
    check_id,
    check_ids,
    check_non_empty,
    check_optional_id,
    frozen_collections,
)
from centasia_claims.model._dates import PartialDate, Period
from centasia_claims.model._estimate import Estimate, bounds_text
from centasia_claims.model._ids import ClaimId, EntityId, MeasureId, SourceId
from centasia_claims.model._scope import Scope
from centasia_claims.model._text import TextQuote

__all__ = [
    "AttributionStep",
    "Claim",
    "EpistemicStatus",
    "Exclusion",
    "ExclusionReason",
    "Stance",
    "Verb",
]


class Verb(enum.StrEnum):
    """How a step of an attribution chain passes a claim on.

    "the country's Interior Ministry told RFE/RL", read in openDemocracy:

    >>> from centasia_claims import load_seed_corpus
    >>> claim = load_seed_corpus().claim("claim:odr-interior-ministry-1141")
    >>> [step.verb.value for step in claim.attribution]
    ['told', 'reported', 'published']
    """

    SAID = "said"
    TOLD = "told"
    ESTIMATED = "estimated"
    CLAIMED = "claimed"
    REPORTED = "reported"
    DECLARED = "declared"
    ACCORDING_TO = "according_to"
    WROTE = "wrote"
    BELIEVED = "believed"
    CHARACTERIZED = "characterized"
    ANNOUNCED = "announced"
    FOUND = "found"
    ALLEGED = "alleged"
    CONFIRMED = "confirmed"
    DENIED = "denied"
    PUBLISHED = "published"
    """The outlet that publishes the source: the last step of a chain."""


class EpistemicStatus(enum.StrEnum):
    """How the text presents what is claimed.

    >>> from centasia_claims import load_seed_corpus
    >>> corpus = load_seed_corpus()
    >>> corpus.claim("claim:odr-interior-ministry-1141").status
    <EpistemicStatus.OFFICIAL: 'official'>
    >>> corpus.claim("claim:rferl-halimov-pension-100").status
    <EpistemicStatus.UNCONFIRMED: 'unconfirmed'>
    """

    OFFICIAL = "official"
    """An official figure or statement: "official figures say", "the Interior Ministry said"."""
    ESTIMATE = "estimate"
    """An estimate: "experts estimate", "is believed to have"."""
    ASSERTION = "assertion"
    """Stated as fact by the claimant, without hedge."""
    ALLEGATION = "allegation"
    """"allegedly", "accused of"."""
    HEARSAY = "hearsay"
    """"reportedly", "rumoured", "was reported"."""
    RESPONSIBILITY_CLAIM = "responsibility_claim"
    """A group claims responsibility or credit."""
    DENIAL = "denial"
    UNCONFIRMED = "unconfirmed"
    """Reported with an explicit caveat: "cannot be independently confirmed"."""


class Stance(enum.StrEnum):
    """The source's stance towards the claim it reports.

    >>> from centasia_claims import load_seed_corpus
    >>> load_seed_corpus().claim("claim:rferl-halimov-pension-100").stance
    <Stance.UNCONFIRMED: 'unconfirmed'>
    """

    ASSERTS = "asserts"
    DENIES = "denies"
    UNCONFIRMED = "unconfirmed"
    """Reported, but marked as not confirmed ("that claim cannot be independently confirmed")."""


@attrs.frozen
class AttributionStep:
    """One step of an attribution chain.

    Attributes:
        agent: The entity id of who passed the claim on, or ``None`` when the text leaves them unnamed
            ("experts say", "officials").
        text: How the text names them, as written ("the country's Interior Ministry", "experts").
        verb: How they passed it on.
        status: How the text presents the claim at this step, where it says.

    >>> AttributionStep(agent=None, text="experts", verb=Verb.SAID).agent is None
    True
    """

    agent: EntityId | None = attrs.field(validator=check_optional_id)
    text: str = attrs.field(validator=check_non_empty)
    verb: Verb
    status: EpistemicStatus | None = None


@attrs.frozen(kw_only=True, field_transformer=frozen_collections)
class Claim:
    """One statement made in one source, with its evidence and attribution.

    Attributes:
        id: Unique id, such as ``claim:odr-interior-ministry-1141``.
        source: The id of the source it is read in.
        quote: The exact text it rests on, anchored in the source document; ``None`` only for a claim the
            source gives in no words that can be quoted (a figure read from a chart, a page known from a
            summary), and then ``unquoted`` says why.
        unquoted: Why the claim has no verbatim quote; required when ``quote`` is ``None`` and forbidden
            otherwise. `check_provenance` reports every such claim as a warning.
        statement: What is claimed, in plain words ("1,141 Tajik nationals had gone to fight in Syria").
        about: Entities the claim is about, the main one first.
        measure: For a figure, the measure it gives a figure for.
        value: For a figure, the estimate as written.
        predicate: For a statement without a figure, a short verb phrase key (``"defected_to"``).
        period: The time the claim refers to, where the text says or implies it.
        as_of: The date the figure is stated as of, where the text gives one apart from the period ("as of
            March 2016", "by the end of 2015").
        occasion: An id shared by the claims that report one statement (a press conference, a briefing),
            where the text says they do; several reports of one statement are one observation.
        attribution: The chain from the original claimant to the outlet; empty when the source's own author
            asserts it.
        stance: Whether the source asserts it, denies it or reports it as unconfirmed.
        status: How the text presents it (official figure, estimate, hearsay ...), where set.
        note: Curator's note: how the period was inferred, what the text leaves open.
        scope: What the figure counts where it differs from its measure's scope (Syria only, fighters
            without their families, a flow within the period).
        term: For a measure whose facts are words (a status, a rank), the word of its vocabulary the claim
            gives ("killed"), in place of a value.

    >>> from centasia_claims import Qualifier
    >>> quote = TextQuote(exact="1,141", start=10, end=15)
    >>> value = Estimate(phrase="1,141", qualifier=Qualifier.EXACT, low=1141, high=1141, point=1141)
    >>> Claim(id="c", source="s", quote=quote, statement="1,141 went", measure="m", value=value).value.point
    1141.0
    """

    id: ClaimId = attrs.field(validator=check_id)
    source: SourceId = attrs.field(validator=check_id)
    quote: TextQuote | None = None
    unquoted: str = ""
    statement: str = attrs.field(validator=check_non_empty)
    about: tuple[EntityId, ...] = attrs.field(default=(), validator=check_ids)
    measure: MeasureId | None = attrs.field(default=None, validator=check_optional_id)
    value: Estimate | None = None
    predicate: str | None = None
    period: Period | None = None
    as_of: PartialDate | None = None
    occasion: str | None = attrs.field(default=None, validator=attrs.validators.optional(check_non_empty))
    attribution: tuple[AttributionStep, ...] = ()
    stance: Stance = Stance.ASSERTS
    status: EpistemicStatus | None = None
    note: str = ""
    scope: Scope | None = None
    term: str | None = None

    def __attrs_post_init__(self) -> None:
        if self.quote is None and not self.unquoted.strip():
            raise InvalidValueError(
                "unquoted",
                "a claim without a quote needs the reason in unquoted (got none): quote the text it rests "
                "on, or say why it has no verbatim quote",
            )
        if self.quote is not None and self.unquoted:
            raise InvalidValueError(
                "unquoted",
                f"a claim with a quote takes no reason for having none (got {self.unquoted!r}): remove it",
            )
        if self.term is not None and self.value is not None:
            raise InvalidValueError("term", f"give a value or a term, not both (got term {self.term!r})")
        if self.term is not None and self.measure is None:
            raise InvalidValueError("term", f"the term {self.term!r} needs a measure whose vocabulary has it")
        if self.measure is not None and self.value is None and self.term is None:
            raise InvalidValueError(
                "value", f"a claim for measure {self.measure!r} needs a value or a term (got neither)"
            )

    def __str__(self) -> str:
        """One line: id, the figure as written and read, who said it through whom, and where."""
        value = self.value
        figure = "" if value is None else f'"{value.phrase}" {value.qualifier.value} {bounds_text(value)}: '
        if value is not None and value.unread:
            figure = f"{figure[:-2]} (unread: {', '.join(map(repr, value.unread))}): "
        if self.term is not None:
            figure = f"{self.term}: "
        period = f" [{self.period}]" if self.period else ""
        return f"{self.id}: {figure}{self.statement}{period} (by {self.chain_text}; in {self.source})"

    def _repr_html_(self) -> str:
        """A definition list: statement, figure, period, chain, stance, source and the quote in context."""
        rows = [("statement", html.escape(self.statement))]
        if self.value is not None:
            value = self.value
            figure = f"<q>{html.escape(value.phrase)}</q> — {html.escape(value.qualifier.value)}, "
            unread = f" (unread: {', '.join(map(repr, value.unread))})" if value.unread else ""
            rows.append(("figure", figure + html.escape(bounds_text(value) + unread)))
        if self.term is not None:
            rows.append(("word", html.escape(self.term)))
        if self.period is not None:
            rows.append(("period", html.escape(str(self.period))))
        quote = self.quote
        if quote is None:
            evidence = ("unquoted", html.escape(self.unquoted))
        else:
            after = html.escape(quote.suffix)
            evidence = (
                "quote",
                f"…{html.escape(quote.prefix)}<mark>{html.escape(quote.exact)}</mark>{after}…",
            )
        rows += [
            ("said by", html.escape(self.chain_text)),
            ("stance", html.escape(self.stance.value)),
            ("source", f"<code>{html.escape(self.source)}</code>"),
            evidence,
        ]
        return html_definitions(self.id, rows)

    @property
    def chain_text(self) -> str:
        """The attribution chain in one line, or "the source itself" when the chain is empty.

        >>> step = AttributionStep(agent=None, text="experts", verb=Verb.SAID)
        >>> quote = TextQuote(exact="x", start=0, end=1)
        >>> Claim(id="c", source="s", quote=quote, statement="x", attribution=(step,)).chain_text
        'experts (said)'
        """
        steps = self.attribution
        return " -> ".join(f"{step.text} ({step.verb.value})" for step in steps) or "the source itself"

    @property
    def claimant(self) -> AttributionStep | None:
        """The first step of the attribution chain: who originally made the claim, if the text says."""
        return self.attribution[0] if self.attribution else None


class ExclusionReason(enum.StrEnum):
    """Why a sentence with a number in it holds no claim.

    >>> from centasia_claims import load_seed_corpus
    >>> headline = "No One Writes to the Colonel Halimov"
    >>> [item.reason for item in load_seed_corpus().exclusions if item.quote.exact == headline]
    [<ExclusionReason.IDIOM: 'idiom'>]
    """

    DATE = "date"
    """The number is a date or year."""
    ORDINAL = "ordinal"
    """An ordinal ("2nd right", "17th anniversary")."""
    IDENTIFIER = "identifier"
    """A name or identifier ("Protocol 32-20", "Group 24")."""
    IDIOM = "idiom"
    """An idiom ("a hundred times better")."""
    PAGE_ARTEFACT = "page_artefact"
    """Navigation, captions repeated by the page, boilerplate."""
    DUPLICATE = "duplicate"
    """The same sentence repeated (a caption printed twice); the first holds the claim."""
    OUT_OF_SCOPE = "out_of_scope"
    """A figure the corpus does not track, with the reason in the note."""


@attrs.frozen(kw_only=True)
class Exclusion:
    """A sentence that contains a number but is deliberately not a claim, with the reason.

    Attributes:
        source: The id of the source it is read in.
        quote: The sentence, anchored in the document.
        reason: Why it holds no claim.
        note: Anything more a reader should know.

    >>> quote = TextQuote(exact="Protocol 32-20", start=0, end=14)
    >>> Exclusion(source="s", quote=quote, reason=ExclusionReason.IDENTIFIER).reason.value
    'identifier'
    """

    source: SourceId = attrs.field(validator=check_id)
    quote: TextQuote
    reason: ExclusionReason
    note: str = ""
