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

import re
from typing import TYPE_CHECKING, Final

import attrs

from centasia_claims.corpus import Corpus
from centasia_claims.errors import CentasiaClaimsError, InvalidValueError
from centasia_claims.estimates import extract_estimates
from centasia_claims.extraction._measures import MeasureCandidate, rank_measures
from centasia_claims.extraction._result import DRAFT, Draft, Extraction
from centasia_claims.extraction._sentences import bounded, split_sentences
from centasia_claims.extraction._speakers import (
    Cue,
    Speaker,
    find_cues,
    headline_cue,
    is_pronoun,
    speakers_of,
)
from centasia_claims.extraction._tables import AGE_WORDS, INDEFINITES
from centasia_claims.importing import UNNAMED_PUBLISHER, Builder, digest, slug
from centasia_claims.model import (
    AttributionStep,
    Claim,
    Document,
    Organization,
    Person,
    Place,
    Source,
    TextQuote,
    TextSpan,
    Verb,
)
from centasia_claims.names import resolve

if TYPE_CHECKING:
    from centasia_claims.estimates import FoundEstimate

__all__ = ["claim_id", "draft_claims"]

_CONTEXT: Final = 32
_QUOTES: Final = "“«„\"'‘"
_APPOSITION: Final = re.compile(r"[A-ZА-ЯЁ][\w’'-]+,\s*$")
_MAX_AGE: Final = 120
_SEVERAL: Final = re.compile(r"\s(?:and|и|ва)\s[A-ZА-ЯЁҶҲҚҒӮӢ]")
_RECALL: Final = 50
"""How many named speakers back a description ("the minister") looks for the name that holds its head."""


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


def _is_age(text: str, found: FoundEstimate) -> bool:
    phrase = found.estimate.phrase.lower()
    if any(word in phrase for word in AGE_WORDS) or any(
        text[found.end : found.end + 12].lower().lstrip().startswith(word.strip("-")) for word in AGE_WORDS
    ):
        return True
    point = found.estimate.point
    in_apposition = bool(_APPOSITION.search(text[max(0, found.start - 40) : found.start]))
    followed = text[found.end : found.end + 1] == ","
    return in_apposition and followed and point is not None and 0 < point <= _MAX_AGE and "," not in phrase


@attrs.define
class _Reader:
    """The state of one pass over an article: the speakers named so far, the entities made for them."""

    corpus: Corpus | None
    builder: Builder
    named: list[str] = attrs.Factory(list)  # each named speaker so far, as written
    known: dict[str, bool] = attrs.Factory(dict)  # whether a name resolves, by name
    resolved: dict[str, tuple[str | None, tuple[str, ...]]] = attrs.Factory(dict)  # entity and reasons

    def remember(self, text: str) -> None:
        """Note a speaker the text names (for the pronouns and descriptions after it)."""
        if not is_pronoun(text) and (_named(text) or self._known(text)):
            self.named.append(text)

    def _known(self, text: str) -> bool:
        if text not in self.known:
            corpus = self.corpus
            self.known[text] = corpus is not None and any(resolve(corpus, form).best for form in _forms(text))
        return self.known[text]

    def agent(self, text: str, reasons: list[str]) -> tuple[str | None, str]:
        """The entity a speaker's name refers to, and the name it stands for (a pronoun's antecedent)."""
        if is_pronoun(text):
            if not self.named:
                reasons.append(f"speaker: {text!r} refers to nobody named earlier: name the speaker")
                return None, text
            earlier = self.named[-1]
            return self._resolve(earlier, reasons), f"{text} → {earlier}"
        agent = self._resolve(text, reasons)
        if agent is None and _description(text):  # "the minister" after "Interior Minister Rahimzoda"
            head = text.rsplit(maxsplit=1)[-1].casefold()
            for earlier in reversed(self.named[-_RECALL:]):
                if head in earlier.casefold():
                    return self._resolve(earlier, reasons), f"{text} → {earlier}"
        return agent, text

    def _resolve(self, text: str, reasons: list[str]) -> str | None:
        """`_resolve_anew`, once a name: articles name their speakers again and again."""
        if text not in self.resolved:
            found: list[str] = []
            self.resolved[text] = self._resolve_anew(text, found), tuple(found)
        agent, found_reasons = self.resolved[text]
        reasons.extend(found_reasons)
        return agent

    def _resolve_anew(self, text: str, reasons: list[str]) -> str | None:
        if _SEVERAL.search(text):
            reasons.append(f"speaker: {text!r} names several speakers: choose one, or draft a claim for each")
            return None
        if self.corpus is not None:
            for form in _forms(text):
                result = resolve(self.corpus, form)
                if result.best is not None:
                    return _speaking_for(self.corpus, result.best.entity)
                meant = {_speaking_for(self.corpus, candidate.entity) for candidate in result.candidates}
                if result.ambiguous and len(meant) == 1:  # Tajikistan and the Tajik SSR: one government
                    return meant.pop()
                if result.ambiguous and form == text:
                    choices = " or ".join(candidate.entity for candidate in result.candidates[:3])
                    reasons.append(f"speaker: {text!r} may be any of {choices}: choose one")
                    return None
        if not _named(text):
            return None
        notes: list[str] = []
        agent = self.builder.entity(text, "speaker", notes)
        reasons.extend(notes)
        return agent


def _named(text: str) -> bool:
    """Whether a speaker is named (a capitalized word after the first, or an acronym) rather than described.

    A description that opens with an indefinite ("one exiled Tajik journalist") names nobody.
    """
    words = [word.strip("()’'\"") for word in text.split()]
    if not words or words[0].lower() in INDEFINITES:
        return False
    return any(word[:1].isupper() for word in words[1:]) or any(
        len(word) > 1 and word.isupper() for word in words
    )


def _description(text: str) -> bool:
    """A definite description in lower case ("the minister", "министр"), which may point back to a name."""
    words = text.split()
    rest = words[1:] if words and words[0].lower() in {"the", "this", "that"} else words
    return bool(rest) and all(word.islower() for word in rest) and len(rest) <= 3


def _speaking_for(corpus: Corpus, entity: str) -> str:
    """A country that speaks is its government: the government organization whose name shares its stem."""
    found = corpus.entity(entity)
    if not isinstance(found, Place) or not found.kind.endswith(("country", "republic")):
        return entity
    stems = {name.text[:5].casefold() for name in found.names}
    for organization in corpus.organizations:
        if organization.kind == "government" and any(
            name.text[:5].casefold() in stems for name in organization.names
        ):
            return organization.id
    return entity


def _forms(text: str) -> list[str]:
    """The name as written, without a leading possessive, and its last capitalized words."""
    forms = [text]
    words = text.split()
    if words and words[0].endswith(("’s", "'s")):
        forms.append(" ".join(words[1:]))
    capitals: list[str] = []
    for word in reversed(words):
        if not word[:1].isupper():
            break
        capitals.insert(0, word)
    if 0 < len(capitals) < len(words):
        forms.append(" ".join(capitals))
    if len(capitals) > 1:
        forms.append(capitals[-1])
    return [form for form in dict.fromkeys(forms) if form]


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
    reader = _Reader(corpus, builder)
    publisher = _publisher(corpus, source, builder)
    drafts: list[Draft] = []
    skipped: list[str] = []
    previous: tuple[AttributionStep, ...] = ()
    previous_speaker = ""
    seen: dict[tuple[str, str], int] = {}
    unnamed: list[int] = []  # the drafts of the sentence before whose figures no one is named to give
    for sentence in (piece for whole in split_sentences(article) for piece in bounded(article, whole)):
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
            key = (" ".join(said.split()), figure.estimate.phrase)
            nth = seen.get(key, 0)
            seen[key] = nth + 1
            candidates = rank_measures(corpus, said, figure.estimate.unit, figure.start, article=article)
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
    drafts: list[Draft], indices: list[int], reader: _Reader, cue: Cue, publisher: AttributionStep
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
    reader: _Reader, written: tuple[Speaker, ...], reasons: list[str]
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
