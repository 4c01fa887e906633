"""Checks across sources and chains: works that look like one but do not say so, and misattributed figures.

Two sources are likely one work when their titles are the same once normalized (case, punctuation and
spacing aside; titles of at least `MIN_TITLE_WORDS` words), or when much of their text is the same: at least
`MIN_OVERLAP` of the smaller one's sampled word shingles (`SHINGLE_WORDS` words, one in `SAMPLE_EVERY` kept by
hash) occur in the other, or when claims of both quote one sentence of at least `MIN_SENTENCE_WORDS` words in
the page's own words (excerpts too short to compare by shingles), or, for texts in different languages (a
translation shares no words with its original), when they write the same figures in the same order: at least
`MIN_FIGURE_RUNS` runs of `FIGURE_RUN` consecutive figures in common, and at least `MIN_OVERLAP` of the
smaller one's runs. Shingles and runs found in more than
`COMMON_SHINGLE_SOURCES` sources are boilerplate and are not counted. Sources already one work, and an archive
and the articles read through it, are not compared. The work is linear in the text, plus the pairs that share
a shingle or a sentence.

A figure is misattributed when its chain's claimant (someone other than the publisher) is named neither in
the quote nor in the sentence around it (in any form its names compare as one: "министра Рамазона Рахимзоды"
names "Рамазон Рахимзода"), while another known person or organization of the corpus is (also in a form not
recorded: "политолога Рустама Азизова", "Международной кризисной группы"; one the claim is not about, that
is not on the chain and that did not publish the source): a headline that gives a figure to a government
while the body gives it to experts.

>>> from centasia_claims.provenance._check_sources import MIN_OVERLAP, SHINGLE_WORDS
>>> MIN_OVERLAP, SHINGLE_WORDS
(0.5, 8)
"""

from __future__ import annotations

import re
import zlib
from collections import Counter
from typing import TYPE_CHECKING, Final

from centasia_claims.corpus import root_path
from centasia_claims.model import Organization, Person
from centasia_claims.provenance._findings import Finding, FindingKind
from centasia_claims.provenance._named import named_agents, names_entity

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Mapping

    from centasia_claims.corpus import Corpus
    from centasia_claims.model import Claim, EntityId, Source, SourceId

__all__ = [
    "COMMON_SHINGLE_SOURCES",
    "FIGURE_RUN",
    "MIN_FIGURE_RUNS",
    "MIN_OVERLAP",
    "MIN_SENTENCE_WORDS",
    "MIN_TITLE_WORDS",
    "SAMPLE_EVERY",
    "SHINGLE_WORDS",
    "check_duplicates",
    "check_misattribution",
]

SHINGLE_WORDS: Final = 8
"""Words per shingle: long enough that two independent articles rarely share one by chance."""
SAMPLE_EVERY: Final = 4
"""One shingle in this many is kept (those whose hash is divisible by it), so that memory stays small."""
MIN_OVERLAP: Final = 0.5
"""The share of the smaller source's sampled shingles that must occur in the other."""
MIN_SHARED: Final = 5
"""At least this many sampled shingles in common, so that two short texts do not match on a sentence."""
COMMON_SHINGLE_SOURCES: Final = 20
"""A shingle in more sources than this is boilerplate (a site's footer), not evidence of one work."""
MIN_TITLE_WORDS: Final = 3
"""Titles shorter than this ("News", "Home") are not evidence of one work."""
MIN_SENTENCE_WORDS: Final = 10
"""A quote in a page's own voice this long, word for word in two pages, is evidence of one work: excerpts of a
sentence or two share too few passages to be compared by them, and two independent writers seldom write ten
words alike (quoting a named speaker alike is another matter: that is not counted)."""

FIGURE_RUN: Final = 3
"""Figures per run: a translation keeps its original's figures in their order, whatever the language."""
MIN_FIGURE_RUNS: Final = 3
"""At least this many runs in common (five figures in a row, or more scattered), so that two reports of one
briefing that give its two or three figures are not taken for one work."""

_WORD: Final = re.compile(r"\w+")
_FIGURE: Final = re.compile(r"(?<![\d.,])\d+(?:[ \u00a0\u202f,.]\d{3})*(?!\d)")
"""A number as written: digits, with thousands grouped by a space, a no-break space, a comma or a point."""
_BREAK: Final = re.compile(r"[.!?\n]")
_REACH: Final = 600
"""How far around the quote a sentence is looked for, in characters (bounded: linear in the text)."""


def _title_key(title: str) -> str | None:
    words = _WORD.findall(title.casefold())
    return " ".join(words) if len(words) >= MIN_TITLE_WORDS else None


def _runs(tokens: list[str], size: int, sample: int = 1) -> set[int]:
    """Hashes of every run of ``size`` consecutive tokens, keeping those a multiple of ``sample``."""
    found = set()
    for start in range(len(tokens) - size + 1):
        value = zlib.crc32(" ".join(tokens[start : start + size]).encode())
        if value % sample == 0:
            found.add(value)
    return found


def _shingles(text: str) -> set[int]:
    return _runs(_WORD.findall(text.casefold()), SHINGLE_WORDS, SAMPLE_EVERY)


def _figure_runs(text: str) -> set[int]:
    """Hashes of every run of `FIGURE_RUN` consecutive numbers in the text, thousands separators removed."""
    figures = [re.sub(r"\D", "", match[0]).lstrip("0") or "0" for match in _FIGURE.finditer(text)]
    return _runs(figures, FIGURE_RUN)


def _containers(corpus: Corpus, source: Source) -> set[SourceId]:
    """The sources it is read through, and itself."""
    found = {source.id}
    current = source
    while current.part_of is not None and current.part_of not in found:
        found.add(current.part_of)
        current = corpus.source(current.part_of)
    return found


def _comparable(corpus: Corpus, one: Source, other: Source) -> bool:
    if corpus.work_of(one.id) == corpus.work_of(other.id):
        return False
    if one.id in _containers(corpus, other) or other.id in _containers(corpus, one):
        return False
    return not (
        one.document == other.document and one.span.start < other.span.end and other.span.start < one.span.end
    )


def _pairs_by_title(corpus: Corpus) -> dict[tuple[SourceId, SourceId], str]:
    titled: dict[str, list[Source]] = {}
    for source in corpus.sources:
        key = _title_key(source.title)
        if key is not None:
            titled.setdefault(key, []).append(source)
    found = {}
    for group in titled.values():
        for index, one in enumerate(group):
            for other in group[index + 1 :]:
                if _comparable(corpus, one, other):
                    found[one.id, other.id] = f"the same title, {one.title!r}"
    return found


def _shared(sampled: Mapping[SourceId, Iterable[int]]) -> Counter[tuple[SourceId, SourceId]]:
    """How many sampled values each pair of sources has in common.

    Values held by more than `COMMON_SHINGLE_SOURCES` sources are too common to tell works apart: left out.
    """
    holders: dict[int, list[SourceId]] = {}
    for source_id, values in sampled.items():
        for value in values:
            holders.setdefault(value, []).append(source_id)
    shared: Counter[tuple[SourceId, SourceId]] = Counter()
    for group in holders.values():
        if 1 < len(group) <= COMMON_SHINGLE_SOURCES:
            for index, one in enumerate(group):
                for other in group[index + 1 :]:
                    shared[one, other] += 1
    return shared


def _pairs_by_text(corpus: Corpus) -> dict[tuple[SourceId, SourceId], str]:
    shingles = {source.id: _shingles(corpus.text_of(source)) for source in corpus.sources}
    shared = _shared(shingles)
    order = {source.id: index for index, source in enumerate(corpus.sources)}
    found = {}
    for (one, other), count in shared.items():
        smaller = min(len(shingles[one]), len(shingles[other]))
        if count < MIN_SHARED or count < MIN_OVERLAP * smaller:
            continue
        first, second = sorted((one, other), key=order.__getitem__)
        if _comparable(corpus, corpus.source(first), corpus.source(second)):
            found[first, second] = f"{count / smaller:.0%} of the shorter text's sampled passages in common"
    return found


def _pairs_by_figures(corpus: Corpus) -> dict[tuple[SourceId, SourceId], str]:
    """Sources in different languages that write the same figures in the same order: a translation."""
    runs = {source.id: _figure_runs(corpus.text_of(source)) for source in corpus.sources}
    shared = _shared(runs)
    order = {source.id: index for index, source in enumerate(corpus.sources)}
    found = {}
    for (one, other), count in shared.items():
        first, second = (corpus.source(item) for item in sorted((one, other), key=order.__getitem__))
        smaller = min(len(runs[one]), len(runs[other]))
        if count < MIN_FIGURE_RUNS or count < MIN_OVERLAP * smaller or first.language == second.language:
            continue
        if _comparable(corpus, first, second):
            found[first.id, second.id] = (
                f"the same figures in the same order in a {first.language!r} and a {second.language!r} text, "
                f"{count / smaller:.0%} of the shorter text's runs of {FIGURE_RUN} figures in common"
            )
    return found


def _own_voice(corpus: Corpus, claim: Claim) -> bool:
    """Whether a claim's words are its page's own: no chain, or one from an unnamed speaker or the outlet."""
    if not claim.attribution:
        return True
    first = claim.attribution[0].agent
    return first is None or first == corpus.source(claim.source).outlet


def _pairs_by_sentence(corpus: Corpus) -> dict[tuple[SourceId, SourceId], str]:
    """Sources whose claims quote one sentence of at least `MIN_SENTENCE_WORDS` words, in their own words."""
    holders: dict[str, list[SourceId]] = {}
    for claim in corpus.claims:
        if claim.quote is None or not _own_voice(corpus, claim):
            continue
        words = _WORD.findall(claim.quote.exact.casefold())
        if len(words) >= MIN_SENTENCE_WORDS:
            group = holders.setdefault(" ".join(words), [])
            if claim.source not in group:
                group.append(claim.source)
    order = {source.id: index for index, source in enumerate(corpus.sources)}
    found = {}
    for key, group in holders.items():
        if not 1 < len(group) <= COMMON_SHINGLE_SOURCES:
            continue
        group.sort(key=order.__getitem__)
        for index, one in enumerate(group):
            for other in group[index + 1 :]:
                if _comparable(corpus, corpus.source(one), corpus.source(other)):
                    found[one, other] = f"the same {len(key.split())}-word sentence in the page's own words"
    return found


def check_duplicates(corpus: Corpus) -> Iterator[Finding]:
    """Pairs of sources that look like one work but declare no `copy_of`, `translation_of` or `same_as`."""
    found = _pairs_by_text(corpus)
    for pair, why in (*_pairs_by_sentence(corpus).items(), *_pairs_by_figures(corpus).items()):
        found.setdefault(pair, why)
    for pair, why in _pairs_by_title(corpus).items():
        found[pair] = why if pair not in found else f"{why}, and {found[pair]}"
    order = {source.id: index for index, source in enumerate(corpus.sources)}
    for (one, other), why in sorted(found.items(), key=lambda item: (order[item[0][0]], order[item[0][1]])):
        claims = (*corpus.claims_in(one), *corpus.claims_in(other))
        yield Finding(
            FindingKind.LIKELY_DUPLICATE,
            tuple(claim.id for claim in claims),
            f"sources {one!r} and {other!r} look like one work ({why}), but neither says so: if one copies "
            "or translates the other, set its copy_of, translation_of or same_as, so that they count as one "
            "origin",
            where=f"$.sources[{order[one]}] and $.sources[{order[other]}]",
        )


def _names(corpus: Corpus) -> tuple[re.Pattern[str] | None, dict[str, set[EntityId]]]:
    """One pattern for every name of a person or organization (as recorded and as mentioned), and whose."""
    owners: dict[str, set[EntityId]] = {}
    entities: tuple[Person | Organization, ...] = (*corpus.persons, *corpus.organizations)
    for entity in entities:
        for name in entity.names:
            owners.setdefault(name.text, set()).add(entity.id)
    for mention in corpus.mentions:
        if isinstance(corpus.entity(mention.entity), Person | Organization):
            owners.setdefault(mention.name, set()).add(mention.entity)
    if not owners:
        return None, owners
    alternatives = "|".join(re.escape(name) for name in sorted(owners, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)"), owners


def _sentence(text: str, start: int, end: int) -> str:
    """The quote with the sentence around it (bounded by `_REACH` characters either side)."""
    before = text[max(0, start - _REACH) : start]
    breaks = list(_BREAK.finditer(before))
    begin = start - len(before) + (breaks[-1].end() if breaks else 0)
    after = _BREAK.search(text, end, min(len(text), end + _REACH))
    return text[begin : after.end() if after else min(len(text), end + _REACH)]


def _lineage(corpus: Corpus, agents: list[EntityId]) -> set[EntityId]:
    found: set[EntityId] = set()
    for agent in agents:
        found.update(root_path(corpus, agent))
    return found


def _misattributed(
    corpus: Corpus, claim: Claim, pattern: re.Pattern[str], owners: dict[str, set[EntityId]]
) -> str | None:
    first = claim.attribution[0]
    if first.agent is None or claim.quote is None:  # no quote: nothing to find the claimant's name in
        return None
    source = corpus.source(claim.source)
    window = _sentence(corpus.document_text(source.document), claim.quote.start, claim.quote.end)
    if first.text in window:
        return None
    claimant = _lineage(corpus, [first.agent])
    named: dict[str, set[EntityId]] = {match[0]: owners[match[0]] for match in pattern.finditer(window)}
    if any(entities & claimant for entities in named.values()):
        return None
    chain = [step.agent for step in claim.attribution if step.agent is not None]
    known = _lineage(
        corpus, [*chain, *claim.about, *source.authors, *([source.outlet] if source.outlet else [])]
    )
    others = sorted(name for name, entities in named.items() if not entities & known)
    if not others:  # an agent named in a form not recorded ("политолога Рустама Азизова", "Кризисной группы")
        others = sorted(name for name, person in named_agents(corpus, window).items() if person not in known)
    if not others or names_entity(corpus, first.agent, window):  # named as not recorded: "министра Рахимзоды"
        return None
    shown = ", ".join(repr(name) for name in others)
    return (
        f"the chain gives the figure to {first.text!r} ({first.agent}), who is not named in the quote or its "
        f"sentence, while {shown} is: check who gives the figure (a headline may credit it to another body "
        "than the text does) and correct the chain"
    )


def check_misattribution(corpus: Corpus) -> Iterator[Finding]:
    """Claims whose root claimant is not named where the figure is written while another agent is."""
    pattern, owners = corpus.cached(_names)
    if pattern is None:
        return
    for claim in corpus.claims:
        if len(claim.attribution) < 2:
            continue
        found = _misattributed(corpus, claim, pattern, owners)
        if found is not None:
            yield Finding(FindingKind.MISATTRIBUTED_CLAIMANT, (claim.id,), found)
