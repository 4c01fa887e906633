"""Reading who gives a figure from one sentence: speech verbs, attribution phrases, and a headline's speaker.

Each cue names a speaker as written. A verb's speaker is its subject, before it ("the ministry said", "Умаров
сказал") or, when the verb opens a clause after a quotation or a comma, after it ("…,” said the minister",
"…, сообщил Акрам Амонов"); "X told Y" also gives the relay Y when Y is named or is reporters. An attribution
phrase names its source right after it ("according to Dushanbe", "по данным МВД", "ба гуфтаи вай"). A figure
takes the nearest verb cue and the nearest phrase cue of its sentence; the phrase's source speaks first.
"""

from __future__ import annotations

import functools
import re
from typing import Final, Literal

import attrs

from centasia_claims.extraction._tables import (
    FILLER_WORDS,
    PRONOUNS,
    RECIPIENT_WORDS,
    SOURCE_PHRASES,
    SPEECH_VERBS,
)
from centasia_claims.model import Verb

__all__ = ["Cue", "Speaker", "find_cues", "headline_cue", "is_pronoun", "speakers_of"]

_BREAKS: Final = ",;:“”\"«»—–\n"
_INVERSION: Final = ",”\"»—–"
_STOPS: Final = re.compile(r"[,.;:!?“”\"«»\n]|\s(?:that|who|which|on|in|at|что|который|которая|которые|ки)\s")
_RELATIVES: Final = frozenset({"which", "who", "что", "который", "которая", "которые", "ки"})
_PASSIVE: Final = frozenset({"is", "are", "was", "were", "been", "being", "be"})
_MAX_WORDS: Final = 9
_PRONOUN_SOURCE: Final = re.compile(r"(?<!\w)по\s+(его|ее|её|их)\s+словам(?!\w)", re.IGNORECASE)
_HEAD_COLON: Final = re.compile(r"^(?P<name>[^:\d]{2,40}?):\s")
_TAIL_DASH: Final = re.compile(r"\s[—–]\s(?P<name>[^—–\d]{2,50})$")


@attrs.frozen
class Cue:
    """A place in a sentence that names who gives what it says.

    >>> [(cue.kind, cue.name, cue.verb.value) for cue in find_cues("Experts say 300 left.", "en")]
    [('verb', 'Experts', 'said')]
    """

    kind: Literal["verb", "source", "headline"]
    verb: Verb
    name: str
    start: int
    end: int
    recipient: str = ""
    passive: bool = False


@attrs.frozen
class Speaker:
    """One step of a chain as the sentence writes it, before its name is resolved.

    >>> text = "Officials told RFE/RL that 300 left."
    >>> speakers_of(text, find_cues(text, "en"), 27)[1]
    Speaker(text='RFE/RL', verb=<Verb.REPORTED: 'reported'>, passive=False)
    """

    text: str
    verb: Verb
    passive: bool = False


@functools.cache
def _verb_pattern(language: str) -> re.Pattern[str]:
    table = SPEECH_VERBS.get(language, SPEECH_VERBS["en"])
    stem = language in SPEECH_VERBS and language != "en"
    words = sorted(table, key=len, reverse=True)
    body = "|".join(r"\s+".join(map(re.escape, word.split())) for word in words)
    tail = r"\w*" if stem else r"(?!\w)"
    return re.compile(rf"(?<!\w)(?P<verb>{body}){tail}", re.IGNORECASE)


@functools.cache
def _source_pattern(language: str) -> re.Pattern[str]:
    table = SOURCE_PHRASES.get(language, SOURCE_PHRASES["en"])
    words = sorted(table, key=len, reverse=True)
    body = "|".join(r"\s+".join(map(re.escape, word.split())) for word in words)
    return re.compile(rf"(?<!\w)(?P<phrase>{body})(?!\w)", re.IGNORECASE)


def _key(phrase: str) -> str:
    return " ".join(phrase.lower().split())


def _trim(words: list[str], *, leading: bool) -> list[str]:
    while words and words[-1].lower().strip("’'") in FILLER_WORDS:
        words.pop()
    while leading and words and words[0].lower() in FILLER_WORDS:
        words.pop(0)
    return words


def _before(sentence: str, end: int) -> str:
    """The subject written before a verb: back to the last break, fillers trimmed."""
    segment = sentence[:end]
    cut = max(segment.rfind(char) for char in _BREAKS) + 1
    words = _trim(segment[cut:].split(), leading=True)
    if not words and cut > 0 and segment[cut - 1] == ",":  # "X, director of Y, told" -> the part before
        earlier = segment[: cut - 1]
        back = max(earlier.rfind(char) for char in _BREAKS) + 1
        words = _trim(earlier[back:].split(), leading=True)
    if words and words[0].lower() in _RELATIVES and cut > 0:  # "Tajikistan, which says" -> Tajikistan
        earlier = segment[: cut - 1]
        back = max(earlier.rfind(char) for char in _BREAKS) + 1
        words = _trim(earlier[back:].split(), leading=True)
    return " ".join(words[-_MAX_WORDS:]).strip(" ’'")


def _after(sentence: str, start: int, limit: int = _MAX_WORDS) -> str:
    """The name written right after a verb or phrase, up to punctuation or a clause word."""
    rest = sentence[start:]
    stop = _STOPS.search(rest)
    words = _trim(rest[: stop.start() if stop else len(rest)].split(), leading=False)
    return " ".join(words[:limit]).strip(" ’'")


def find_cues(sentence: str, language: str) -> tuple[Cue, ...]:
    """Every cue of ``sentence`` in order, read with ``language``'s tables (English for any other).

    >>> [(cue.name, cue.verb.value) for cue in find_cues("“300 left,” said the minister.", "en")]
    [('the minister', 'said')]
    >>> [(cue.name, cue.verb.value) for cue in find_cues("По данным МВД, 300 человек уехали.", "ru")]
    [('МВД', 'according_to')]
    """
    cues: list[Cue] = []
    verbs = SPEECH_VERBS.get(language, SPEECH_VERBS["en"])
    keys = {_key(word): verb for word, verb in verbs.items()}
    for match in _verb_pattern(language).finditer(sentence):
        word = _key(match["verb"])
        verb = keys[word]
        start, end = match.span()
        previous = sentence[:start].rstrip()
        inverted = bool(previous) and previous[-1] in _INVERSION
        if inverted:
            name = _after(sentence, end)
            if name and name.split()[0].lower() not in {"that", "что", "ки"}:
                cues.append(Cue(kind="verb", verb=verb, name=name, start=start, end=end + len(name)))
                continue
        before_words = previous.split()
        passive = bool(before_words) and before_words[-1].lower() in _PASSIVE
        if passive:
            text = f"{before_words[-1]} {match.group()}"
            cues.append(Cue(kind="verb", verb=verb, name=text, start=start, end=end, passive=True))
            continue
        name = _before(sentence, start)
        if not name:
            continue
        recipient = ""
        if verb is Verb.TOLD:
            heard = _after(sentence, end, limit=6)
            if heard and (heard[0].isupper() or heard.split()[0].lower() in RECIPIENT_WORDS):
                recipient = heard
        cues.append(Cue(kind="verb", verb=verb, name=name, start=start - len(name), end=end, recipient=recipient))
    phrases = SOURCE_PHRASES.get(language, SOURCE_PHRASES["en"])
    phrase_keys = {_key(phrase): verb for phrase, verb in phrases.items()}
    for match in _source_pattern(language).finditer(sentence):
        name = _after(sentence, match.end())
        if name:
            cues.append(
                Cue(kind="source", verb=phrase_keys[_key(match["phrase"])], name=name, start=match.start(),
                    end=match.end() + len(name))
            )  # fmt: skip
    for match in _PRONOUN_SOURCE.finditer(sentence):
        cues.append(Cue(kind="source", verb=Verb.SAID, name=match[1], start=match.start(), end=match.end()))
    return tuple(sorted(cues, key=lambda cue: (cue.start, cue.end)))


def headline_cue(line: str) -> Cue | None:
    """The speaker a headline names before a colon or after a closing dash ("ГКНБ: …", "… — minister").

    >>> headline_cue("Around 1,000 Tajiks fight for IS — interior minister").name
    'interior minister'
    """
    for pattern in (_HEAD_COLON, _TAIL_DASH):
        match = pattern.search(line)
        if match is not None and len(match["name"].split()) <= 4:  # noqa: PLR2004  (a short name only)
            name = match["name"].strip()
            return Cue(kind="headline", verb=Verb.SAID, name=name, start=match.start(), end=match.end())
    return None


def _distance(cue: Cue, at: int) -> int:
    return 0 if cue.start <= at < cue.end else min(abs(at - cue.start), abs(at - cue.end))


def _same_clause(sentence: str, cue: Cue, at: int) -> bool:
    """A passive verb ("are believed") speaks only for the figures of its own clause."""
    low, high = sorted((at, cue.start))
    return not any(char in ",;" for char in sentence[low:high])


def speakers_of(sentence: str, cues: tuple[Cue, ...], at: int) -> tuple[Speaker, ...]:
    """The chain as written for a figure at offset ``at`` of the sentence: source first, relays after.

    >>> text = "“According to security agencies, 1,000 left,” Rahimzoda said."
    >>> [(speaker.text, speaker.verb.value) for speaker in speakers_of(text, find_cues(text, "en"), 34)]
    [('security agencies', 'according_to'), ('Rahimzoda', 'said')]
    """
    verbs = [cue for cue in cues if cue.kind == "verb" and not cue.passive]
    passives = [cue for cue in cues if cue.passive and _same_clause(sentence, cue, at)]
    sources = [cue for cue in cues if cue.kind != "verb"]
    chain: list[Speaker] = []
    if sources:
        source = min(sources, key=lambda cue: _distance(cue, at))
        chain.append(Speaker(source.name, source.verb))
    speaking = verbs or passives
    if speaking:
        verb = min(speaking, key=lambda cue: _distance(cue, at))
        if not chain or _key(chain[0].text) != _key(verb.name):
            chain.append(Speaker(verb.name, verb.verb, passive=verb.passive))
        if verb.recipient:
            chain.append(Speaker(verb.recipient, Verb.REPORTED))
    return tuple(chain)


def is_pronoun(text: str) -> bool:
    """Whether a speaker is named only by a pronoun ("he", "его").

    >>> is_pronoun("He"), is_pronoun("the minister")
    (True, False)
    """
    return text.lower() in PRONOUNS
