"""`draft_claims`: every figure of an article as a draft claim, with who gave it and through whom.

Each figure `extract_estimates` finds becomes a `Draft`: a valid `Claim` whose quote is the figure's sentence,
whose value is the figure as read, whose attribution is read from the sentence's speech verbs and attribution
phrases (`find_cues`), names resolved against the corpus, and whose note starts with ``draft:``; with the
three closest measures (`rank_measures`) and what a reviewer should settle. Look-alikes are not drafted:
dates, ordinals and identifiers (`extract_estimates` skips them) and ages (unless ``ages``). A speaker named
only by a pronoun takes the last named speaker before it; with none, the speaker is left unnamed with a
reason.
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING, Final

import attrs

from centasia_claims.errors import CentasiaClaimsError, InvalidValueError
from centasia_claims.estimates import extract_estimates
from centasia_claims.extraction._measures import MeasureCandidate, rank_measures
from centasia_claims.extraction._reader import Reader
from centasia_claims.extraction._result import DRAFT, Draft, Extraction
from centasia_claims.extraction._sentences import bounded, split_sentences
from centasia_claims.extraction._speakers import (
    Cue,
    Speaker,
    find_cues,
    headline_cue,
    speakers_of,
)
from centasia_claims.extraction._subjects import has_digit
from centasia_claims.extraction._words import AGE_BEFORE, AGE_LINKS, AGE_WORDS
from centasia_claims.importing import UNNAMED_PUBLISHER, Builder, digest, slug
from centasia_claims.model import (
    AttributionStep,
    Claim,
    Document,
    Organization,
    Person,
    Source,
    TextQuote,
    TextSpan,
    Verb,
)

if TYPE_CHECKING:
    from centasia_claims.corpus import Corpus
    from centasia_claims.estimates import FoundEstimate

__all__ = ["claim_id", "draft_claims"]

_CONTEXT: Final = 32
_QUOTES: Final = "“«„\"'‘"
_APPOSITION: Final = re.compile(r"[A-ZА-ЯЁ][\w’'-]+,\s*$")
_MAX_AGE: Final = 120
_AGE_REACH: Final = 30
"""How far before a figure an age word ("aged", "в возрасте") is looked for, in characters."""


def claim_id(source_id: str, sentence: str, phrase: str, nth: int = 0) -> str:
    """The stable id of a drafted figure: its source, sentence and phrase, and ``nth``, which repeat it is.

    ``nth`` counts earlier figures of the same sentence text and phrase in the source (a caption printed
    twice, a phrase written twice in one sentence), so every figure has its own id, and the same article
    gives the same ids on every run, whatever is added or deleted around them.

    >>> claim_id("source:rferl-up-to-1000", "Up to 1,000 left.", "Up to 1,000")
    'claim:rferl-up-to-1000-...'
    """
    stem = slug(source_id.removeprefix("source:"))[:40].strip("-") or "draft"
    return f"claim:{stem}-{digest(source_id, ' '.join(sentence.split()), phrase, str(nth), size=10)}"


def _count(seen: dict[tuple[str, str], int], key: tuple[str, str]) -> int:
    """How many times ``key`` was seen before, counting this time."""
    nth = seen.get(key, 0)
    seen[key] = nth + 1
    return nth


def _is_age(text: str, found: FoundEstimate) -> bool:
    phrase = found.estimate.phrase.lower()
    if any(word in phrase for word in AGE_WORDS) or any(
        text[found.end : found.end + 12].lower().lstrip().startswith(word.strip("-")) for word in AGE_WORDS
    ):
        return True
    opening = itertools.takewhile(
        lambda word: not has_digit(word), phrase.split()
    )  # "from" of "from 2 to 17"
    before = [
        word.strip(".,;:()")
        for word in (*text[max(0, found.start - _AGE_REACH) : found.start].split(), *opening)
    ]
    while before and before[-1].lower() in AGE_LINKS:
        before.pop()
    if before and before[-1].lower() in AGE_BEFORE:  # "aged 25", "range in age from 2 to 17"
        return True
    point = found.estimate.point
    in_apposition = bool(_APPOSITION.search(text[max(0, found.start - 40) : found.start]))
    followed = text[found.end : found.end + 1] == ","
    return in_apposition and followed and point is not None and 0 < point <= _MAX_AGE and "," not in phrase


def _source(
    corpus: Corpus | None, text: str | None, source_id: str, **given: str | None
) -> tuple[Source, bool, Document]:
    if corpus is not None:
        try:
            source = corpus.source(source_id)
        except CentasiaClaimsError:
            source = None
        if source is not None:
            return source, False, Document(source.document, corpus.document_text(source.document))
    if text is None:
        raise InvalidValueError(
            "text", f"no text given and {source_id!r} is not a source of the corpus: give the article"
        )
    name = f"{slug(source_id.removeprefix('source:')) or digest(source_id, size=10)}.txt"
    source = Source(
        id=source_id,
        title=given.get("title") or "",
        document=name,
        span=TextSpan(0, len(text)),
        outlet=given.get("outlet"),
        language=given.get("language") or "en",
        url=given.get("url"),
        note="draft: drafted from the article: check the title, outlet, authors and dates",
    )
    return source, True, Document(name, text)


def _publisher(corpus: Corpus | None, source: Source, builder: Builder) -> AttributionStep:
    if source.outlet is None:
        return AttributionStep(agent=None, text=source.title or UNNAMED_PUBLISHER, verb=Verb.PUBLISHED)
    entity = builder.organizations.get(source.outlet) or builder.persons.get(source.outlet)
    if entity is None and corpus is not None:
        entity = corpus.entity(source.outlet)  # type: ignore[assignment]  # (an outlet is an organization or person)
    text = entity.names[0].text if entity is not None and entity.names else source.outlet
    return AttributionStep(agent=source.outlet, text=text, verb=Verb.PUBLISHED)


def draft_claims(
    corpus: Corpus | None,
    text: str | None = None,
    *,
    source_id: str,
    language: str | None = None,
    title: str = "",
    url: str | None = None,
    outlet: str | None = None,
    ages: bool = False,
) -> Extraction:
    """Draft a claim for every figure of an article, in time linear in its text.

    Args:
        corpus: The corpus names and measures are resolved against, or ``None``.
        text: The article; ``None`` to read the corpus's own text of ``source_id``.
        source_id: The source the claims cite: a source of ``corpus`` (its span of its document is read), or
            a new one, made with ``title``, ``url``, ``outlet`` (a name, resolved) and ``language``.
        language: The article's language (``en``, ``ru``, ``tg``; default the source's, else ``en``).
        title: A new source's title.
        url: A new source's address.
        outlet: A new source's outlet, as named; it publishes every chain.
        ages: Draft ages too ("Rahmon, 71,"; "a 39-year-old man").

    Returns:
        The drafts, the source and document they need, the new entities, and the look-alikes skipped.

    Raises:
        InvalidValueError: No text is given and ``source_id`` is not a source of ``corpus``, or an id is
            malformed.

    >>> from centasia_claims import load_seed_corpus
    >>> result = draft_claims(load_seed_corpus(), source_id="source:rferl-up-to-1000")
    >>> print(result.drafts[4])
    claim:rferl-up-to-1000-...: '61' by Interior Minister Ramazon Rahimzoda
    >>> result.drafts[4].claim.attribution[0].agent, result.drafts[4].candidates[0].measure
    ('person:ramazon-rahimzoda', 'measure:tajik-fighters-returned')
    """
    builder = Builder(corpus, lambda path: "")
    outlet_id = None
    if outlet:
        outlet_id = builder.entity(outlet, "outlet", [], organization=True)
    source, new, document = _source(
        corpus, text, source_id, title=title, url=url, outlet=outlet_id, language=language
    )
    language = language or source.language or "en"
    whole = document.text
    base = source.span.start
    article = whole[source.span.start : source.span.end]
    reader = Reader(corpus, builder)
    publisher = _publisher(corpus, source, builder)
    drafts: list[Draft] = []
    skipped: list[str] = []
    previous: tuple[AttributionStep, ...] = ()
    previous_speaker = ""
    seen: dict[tuple[str, str], int] = {}
    unnamed: list[int] = []  # the drafts of the sentence before whose figures no one is named to give
    pieces = [piece for whole in split_sentences(article) for piece in bounded(article, whole)]
    for index, sentence in enumerate(pieces):
        said = article[sentence.start : sentence.end]
        cues = _cues(said, language, line=sentence.line)
        found = extract_estimates(said, language=language)
        back = next((cue for cue in cues if cue.back and not cue.passive), None)
        if back is not None and unnamed and not found:  # "… 100 воюют. Об этом сообщил министр."
            _give_back(drafts, unnamed, reader, back, publisher)
        unnamed = []
        for figure in found:
            if not ages and _is_age(said, figure):
                skipped.append(
                    f"age {figure.estimate.phrase!r} at {base + sentence.start + figure.start}: "
                    "ages are drafted only when asked for"
                )
                continue
            reasons: list[str] = []
            written = speakers_of(said, cues, figure.start)
            if written or said[:1] not in _QUOTES:
                steps, speaker = _steps(reader, written, reasons)
            else:  # a quotation that goes on from the sentence before
                steps, speaker = previous, previous_speaker
            nth = _count(seen, (" ".join(said.split()), figure.estimate.phrase))
            # the sentence before: the next one often goes on with its topic ("Из них … погибли")
            before = article[pieces[index - 1].start : pieces[index - 1].end] if index else ""
            candidates = rank_measures(
                corpus, said, figure.estimate.unit, figure.start, article=article, before=before
            )
            if not steps:
                unnamed.append(len(drafts))
            drafts.append(
                Draft(
                    claim=_claim(source, whole, base + sentence.start, said, figure, (*steps, publisher), nth,
                                 candidates, reasons),
                    speaker=speaker,
                    candidates=candidates,
                    reasons=tuple(reasons),
                )
            )  # fmt: skip
        for cue in cues:
            if not cue.passive:
                reader.remember(cue.name)
        last = speakers_of(said, cues, len(said))
        if last:
            previous, previous_speaker = _steps(reader, last, [])
        elif said[:1] not in _QUOTES:
            previous, previous_speaker = (), ""
    made: list[Person | Organization] = [*builder.persons.values(), *builder.organizations.values()]
    entities = [
        attrs.evolve(entity, note="draft: named in the article: check the name and kind")
        for entity in sorted(made, key=lambda entity: entity.id)
    ]
    return Extraction(
        source=source,
        new_source=new,
        document=document,
        drafts=tuple(drafts),
        entities=tuple(entities),
        skipped=tuple(skipped),
    )


def _cues(said: str, language: str, *, line: bool) -> tuple[Cue, ...]:
    """The cues of a sentence; for a headline with none, its speaker before a colon or after a dash."""
    cues = find_cues(said, language)
    if not cues and line:
        headline = headline_cue(said)
        cues = (headline,) if headline is not None else ()
    return cues


def _give_back(
    drafts: list[Draft], indices: list[int], reader: Reader, cue: Cue, publisher: AttributionStep
) -> None:
    """Give the figures of ``indices`` the speaker a sentence after them names by pointing back to them."""
    for index in indices:
        draft = drafts[index]
        reasons = list(draft.reasons)
        written: tuple[Speaker, ...] = (Speaker(cue.name, cue.verb),)
        if cue.recipient:
            written += (Speaker(cue.recipient, Verb.REPORTED),)
        steps, speaker = _steps(reader, written, reasons)
        reasons.append(f"speaker: named in the next sentence, which points back to this one ({cue.name!r})")
        note = draft.claim.note + "; " + reasons[-1]
        claim = attrs.evolve(draft.claim, attribution=(*steps, publisher), note=note)
        drafts[index] = attrs.evolve(draft, claim=claim, speaker=speaker, reasons=tuple(reasons))


def _steps(
    reader: Reader, written: tuple[Speaker, ...], reasons: list[str]
) -> tuple[tuple[AttributionStep, ...], str]:
    steps = []
    root = ""
    for index, speaker in enumerate(written):
        if speaker.passive:
            agent, name = None, ""
        else:
            agent, name = reader.agent(speaker.text, reasons)
        steps.append(AttributionStep(agent=agent, text=speaker.text, verb=speaker.verb))
        if index == 0:
            root = name
    return tuple(steps), root


def _claim(  # noqa: PLR0917  (a private step of draft_claims, called once)
    source: Source,
    whole: str,
    start: int,
    said: str,
    figure: FoundEstimate,
    chain: tuple[AttributionStep, ...],
    nth: int,
    candidates: tuple[MeasureCandidate, ...],
    reasons: list[str],
) -> Claim:
    measures = ", ".join(f"{c.measure} ({c.score:.2f})" for c in candidates) or "none close"
    note = f"{DRAFT} check the figure, the speakers and the measure (closest: {measures})"
    if reasons:
        note += "; " + "; ".join(reasons)
    return Claim(
        id=claim_id(source.id, said, figure.estimate.phrase, nth),
        source=source.id,
        quote=TextQuote.locate(whole, said, after=start, context=_CONTEXT),
        statement=" ".join(said.split()),
        value=figure.estimate,
        attribution=chain,
        note=note,
    )
