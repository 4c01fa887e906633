"""Scoring drafts against curated claims (the seeds) and hand-labelled articles (tests/data/extraction)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import attrs

from centasia_claims.corpus import root_agent
from centasia_claims.extraction import Draft, draft_claims
from centasia_claims.model import Claim, Verb

if TYPE_CHECKING:
    from centasia_claims.corpus import Corpus

DATA = Path(__file__).parent.parent / "data" / "extraction"


@attrs.frozen
class Score:
    """How many labelled figures were drafted, and how many of those with the right root speaker."""

    figures: int
    drafted: int
    right_speaker: int
    misses: tuple[str, ...] = ()

    @property
    def recall(self) -> float:
        return self.drafted / self.figures if self.figures else 1.0

    @property
    def speaker_rate(self) -> float:
        return self.right_speaker / self.drafted if self.drafted else 1.0

    def __add__(self, other: Score) -> Score:
        return Score(
            self.figures + other.figures,
            self.drafted + other.drafted,
            self.right_speaker + other.right_speaker,
            self.misses + other.misses,
        )


def _span(claim: Claim, text: str) -> tuple[int, int] | None:
    """The figure's offsets in its document: its phrase inside its quote."""
    if claim.quote is None or claim.value is None:
        return None
    at = text.find(claim.value.phrase, claim.quote.start)
    if at < 0 or at > claim.quote.end:
        return None
    return at, at + len(claim.value.phrase)


def _root(corpus: Corpus, claim: Claim) -> tuple[str, str]:
    """The root speaker: the page itself, an entity's root, or an unnamed speaker's words."""
    first = claim.attribution[0] if claim.attribution else None
    if first is None or first.verb is Verb.PUBLISHED:
        return ("page", "")
    if first.agent is not None:
        try:
            return ("entity", root_agent(corpus, first.agent))
        except KeyError:
            return ("entity", first.agent)
    return ("unnamed", first.text.casefold())


def _same_root(corpus: Corpus, curated: Claim, draft: Claim) -> bool:
    want, got = _root(corpus, curated), _root(corpus, draft)
    if want[0] == "unnamed" and got[0] == "unnamed":
        return want[1] in got[1] or got[1] in want[1]
    return want == got


def _overlaps(span: tuple[int, int], other: tuple[int, int]) -> bool:
    return span[0] < other[1] and other[0] < span[1]


def score_seed_document(corpus: Corpus, document: str, *, ages: bool = False) -> Score:
    """Curated claims with a figure in one seed document against the drafts of each of its sources."""
    text = corpus.document_text(document)
    sources = [source for source in corpus.sources if source.document == document]
    drafts: list[Draft] = []
    for source in sources:
        drafts.extend(draft_claims(corpus, source_id=source.id, ages=ages).drafts)
    drafted = [(span, draft) for draft in drafts if (span := _span(draft.claim, text)) is not None]
    score = Score(0, 0, 0)
    for source in sources:
        for claim in corpus.claims_in(source.id):
            span = _span(claim, text)
            if span is None:
                continue
            age = claim.value is not None and claim.measure is not None and claim.measure.endswith("-age")
            if age and not ages:
                continue  # ages are look-alikes unless asked for
            match = next((draft for other, draft in drafted if _overlaps(span, other)), None)
            if match is None:
                score += Score(1, 0, 0, (f"missed {claim.id} {claim.value.phrase!r}",))  # type: ignore[union-attr]
            elif _same_root(corpus, claim, match.claim):
                score += Score(1, 1, 1)
            else:
                miss = f"speaker {claim.id}: want {_root(corpus, claim)}, got {_root(corpus, match.claim)}"
                score += Score(1, 1, 0, (miss,))
    return score


def score_article(corpus: Corpus, entry: dict[str, object]) -> Score:
    """One labelled article's figures against its drafts."""
    file = str(entry["file"])
    text = (DATA / file).read_text(encoding="utf-8")
    result = draft_claims(
        corpus, text, source_id=f"source:{Path(file).stem}", language=str(entry["language"])
    )
    score = Score(0, 0, 0)
    for figure in entry["figures"]:  # type: ignore[attr-defined]
        at = -1
        for _ in range(int(figure["occurrence"])):
            at = text.find(figure["phrase"], at + 1)
        span = (at, at + len(figure["phrase"]))
        match = next(
            (d for d in result.drafts if d.claim.quote is not None and _overlaps(span, _draft_span(d, text))),
            None,
        )
        if match is None:
            score += Score(1, 0, 0, (f"missed {file} {figure['phrase']!r}",))
            continue
        accepted = [str(name).casefold() for name in figure["speakers"]]
        got = match.speaker.casefold()
        right = any(name in got if name else not got for name in accepted)
        score += Score(
            1, 1, int(right), () if right else (f"speaker {file} {figure['phrase']!r}: got {got!r}",)
        )
    return score


def _draft_span(draft: Draft, text: str) -> tuple[int, int]:
    span = _span(draft.claim, text)
    return span if span is not None else (-1, -1)


def labels() -> list[dict[str, object]]:
    articles: list[dict[str, object]] = json.loads((DATA / "labels.json").read_text(encoding="utf-8"))[
        "articles"
    ]
    return articles


DURATIONS = frozenset({"years", "months", "weeks", "days", "hours", "minutes", "decades", "centuries"})
"""Units of a duration: the labels leave durations out, so a drafted one is neither right nor wrong."""


@attrs.frozen
class Heldout:
    """One set of labelled articles: figures drafted and labelled, speakers and measures right."""

    labelled: int = 0
    drafts: int = 0
    """Drafts of figures that are not durations."""
    wrong: int = 0
    """Drafts (not durations) that overlap no labelled figure."""
    found: int = 0
    speakers: int = 0
    measured: int = 0
    """Labelled figures drafted that name their measure."""
    measures: int = 0
    """Of those, drafts whose first candidate is the labelled measure."""
    misses: tuple[str, ...] = ()

    def __add__(self, other: Heldout) -> Heldout:
        return Heldout(*(a + b for a, b in zip(attrs.astuple(self), attrs.astuple(other), strict=True)))


def score_heldout(corpus: Corpus, entry: dict[str, object]) -> Heldout:
    """Precision and recall of an article's figures, and its speakers and measures, against its labels."""
    file = str(entry["file"])
    text = (DATA / file).read_text(encoding="utf-8")
    result = draft_claims(
        corpus, text, source_id=f"source:{Path(file).stem}", language=str(entry["language"])
    )
    figures: list[dict[str, object]] = entry["figures"]  # type: ignore[assignment]
    spans = []
    for figure in figures:
        at = -1
        for _ in range(int(figure["occurrence"])):  # type: ignore[call-overload]
            at = text.find(str(figure["phrase"]), at + 1)
        spans.append((at, at + len(str(figure["phrase"]))))
    drafted = [
        (draft, _draft_span(draft, text))
        for draft in result.drafts
        if draft.claim.value is not None and draft.claim.value.unit not in DURATIONS
    ]
    misses = [
        f"not labelled {file} {draft.claim.value.phrase!r}"  # type: ignore[union-attr]
        for draft, span in drafted
        if not any(_overlaps(span, labelled) for labelled in spans)
    ]
    score = Heldout(labelled=len(spans), drafts=len(drafted), wrong=len(misses), misses=tuple(misses))
    for figure, span in zip(figures, spans, strict=True):
        match = next((draft for draft, other in drafted if _overlaps(span, other)), None)
        if match is None:
            score += Heldout(misses=(f"missed {file} {figure['phrase']!r}",))
            continue
        got = match.speaker.casefold()
        right = any(str(name).casefold() in got if name else not got for name in figure["speakers"])  # type: ignore[attr-defined]
        measure = figure.get("measure")
        first = match.candidates[0].measure if match.candidates else None
        wrong: tuple[str, ...] = () if right else (f"speaker {file} {figure['phrase']!r}: got {got!r}",)
        if measure is not None and first != measure:
            wrong += (f"measure {file} {figure['phrase']!r}: got {first}, want {measure}",)
        score += Heldout(
            found=1,
            speakers=int(right),
            measured=int(measure is not None),
            measures=int(measure is not None and first == measure),
            misses=wrong,
        )
    return score


def heldout() -> list[dict[str, object]]:
    """The constructed articles of the labels, written for a held-out test."""
    return [entry for entry in labels() if entry.get("constructed")]
