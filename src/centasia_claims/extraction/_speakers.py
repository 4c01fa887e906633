"""Reading who gives a figure from one sentence: speech verbs, attribution phrases, and a headline's speaker.

Each cue names a speaker as written. A verb's speaker is its subject, before it ("the ministry said", "Умаров
сказал") or, when the verb opens a clause after a quotation or a comma, after it ("…,” said the minister",
"…, сообщил Акрам Амонов"); "X told Y" also gives the relay Y when Y is named or is reporters. An attribution
phrase names its source right after it ("according to Dushanbe", "по данным МВД", "ба гуфтаи вай"). A figure
takes the nearest verb cue and the nearest phrase cue of its sentence; the phrase's source speaks first.
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import Final, Literal

import attrs

from centasia_claims.extraction._subjects import (
    MAX_WORDS,
    RELATIVES,
    WINDOW,
    after,
    back_reference,
    before,
    clause_start,
    has_digit,
    past_time,
)
from centasia_claims.extraction._tables import (
    ADVERB_SOURCES,
    DATELINE_DASHES,
    IMPERSONAL,
    LEGAL_NOUNS,
    PARENTHETICAL,
    REFLEXIVE,
    SOURCE_PHRASES,
    SPEECH_VERBS,
    VERB_FIRST,
)
from centasia_claims.extraction._words import FILLER_WORDS, PREPOSITIONS, PRONOUNS, RECIPIENT_WORDS
from centasia_claims.model import Verb

__all__ = ["Cue", "Speaker", "find_cues", "headline_cue", "is_pronoun", "speakers_of"]

_INVERSION: Final = ',”"»—–'
_PASSIVE: Final = frozenset({"is", "are", "was", "were", "been", "being", "be"})
_ARTICLES: Final = frozenset({"a", "an", "the"})
_NOT_SPEECH: Final = frozenset({"at"})
_PRONOUN_SOURCE: Final = re.compile(r"(?<!\w)по\s+(его|ее|её|их)\s+словам(?!\w)", re.IGNORECASE)
_ADVERB: Final = re.compile(rf"(?<!\w)(?:{'|'.join(ADVERB_SOURCES)})(?=\s*,)", re.IGNORECASE)
_HEAD_COLON: Final = re.compile(r"^(?P<name>[^:\d]{2,40}?):\s")
_TAIL_DASH: Final = re.compile(r"\s[—–]\s(?P<name>[^—–\d]{2,50})$")
_DATELINE: Final = re.compile(
    r"\s*[A-ZА-ЯЁ]{5,}(?:[ -][A-ZА-ЯЁ]{2,})*"  # the place, in capitals (DUSHANBE, NEW YORK)
    r"(?:,[^,\n()]{1,30}){0,2}"  # a country or a date (", Kazakhstan", ", March 23")
    r"(?:\s*\([^()\n]{1,40}\))?"  # the outlet ("(Reuters)")
    rf"\s*(?:{'|'.join(map(re.escape, DATELINE_DASHES))})\s+"
)


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
    back: bool = False
    """The cue opens with words that point back to the sentence before ("Об этом сообщил министр")."""


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


def find_cues(sentence: str, language: str) -> tuple[Cue, ...]:
    """Every cue of ``sentence`` in order, read with ``language``'s tables (English for any other).

    A wire dateline that opens the sentence ("DUSHANBE (Reuters) -") is where the story was filed, not who
    speaks: it is read as blank.

    >>> [(cue.name, cue.verb.value) for cue in find_cues("“300 left,” said the minister.", "en")]
    [('the minister', 'said')]
    >>> [(cue.name, cue.verb.value) for cue in find_cues("По данным МВД, 300 человек уехали.", "ru")]
    [('МВД', 'according_to')]
    >>> [cue.name for cue in find_cues("DUSHANBE (Reuters) - The ministry said 300 left.", "en")]
    ['The ministry']
    """
    dateline = _DATELINE.match(sentence)
    if dateline is not None:  # blanked, not cut, so that every offset stays the sentence's
        sentence = " " * dateline.end() + sentence[dateline.end() :]
    phrases = sorted(_phrase_cues(sentence, language), key=_position)
    verbs = [  # "ба гуфтаи": a verb inside an attribution phrase is part of the phrase
        cue
        for cue in _verb_cues(sentence, language)
        if cue.passive or not any(other.end > cue.start for other in _starting(phrases, cue.start, cue.end))
    ]
    return tuple(sorted([*verbs, *phrases], key=_position))


def _position(cue: Cue) -> tuple[int, int]:
    return cue.start, cue.end


def _starting(cues: list[Cue] | tuple[Cue, ...], low: int, high: int) -> list[Cue] | tuple[Cue, ...]:
    """The cues (sorted by start) that start within two windows before ``low`` and ``high`` (inclusive).

    A cue spans at most a name after or before its words, so every cue that reaches ``low`` starts there.
    """
    first = bisect.bisect_left(cues, low - 2 * WINDOW, key=lambda cue: cue.start)
    last = bisect.bisect_right(cues, high, key=lambda cue: cue.start)
    return cues[first:last]


def _verb_cues(sentence: str, language: str) -> list[Cue]:
    cues: list[Cue] = []
    speaking: Cue | None = None  # the last cue with a speaker
    verbs = SPEECH_VERBS.get(language, SPEECH_VERBS["en"])
    keys = {_key(word): verb for word, verb in verbs.items()}
    for match in _verb_pattern(language).finditer(sentence):
        cue = _verb_cue(sentence, match, keys[_key(match["verb"])], speaking, language)
        if cue is not None:
            cues.append(cue)
            speaking = speaking if cue.passive else cue
    return cues


def _impersonal(sentence: str, match: re.Match[str], verb: Verb, language: str) -> Cue | None:
    """A plural verb with no subject and the body after its preposition ("сообщили в ГКНБ"), if so."""
    endings, prepositions = IMPERSONAL[language]
    if not match.group().lower().endswith(endings):
        return None
    following = sentence[match.end() : match.end() + WINDOW].split(maxsplit=1)
    if len(following) < 2 or following[0].lower() not in prepositions:
        return None
    start = sentence.index(following[1], match.end())
    name = after(sentence, start)
    if not name or has_digit(name):
        return None
    return Cue(kind="verb", verb=verb, name=name, start=match.start(), end=start + len(name))


def _without_preposition(name: str, match: re.Match[str], language: str) -> str:
    """The subject of a plural verb without the preposition that makes it the place said in ("В МВД")."""
    if language in IMPERSONAL and match.group().lower().endswith(IMPERSONAL[language][0]):
        first, _, rest = name.partition(" ")
        if rest and first.lower() in IMPERSONAL[language][1]:
            return rest
    return name


def _verb_cue(
    sentence: str, match: re.Match[str], verb: Verb, speaking: Cue | None, language: str
) -> Cue | None:
    start, end = match.span()
    subjectless, cue = _subjectless(sentence, match, verb, language)
    if subjectless:
        return cue
    previous = sentence[max(0, start - WINDOW) : start].rstrip()
    before_words = previous.split()
    following = sentence[end : end + WINDOW].split(maxsplit=1)
    next_word = following[0].lower().strip(",.;:") if following else ""
    hedge = verb is Verb.ESTIMATED and next_word in _NOT_SPEECH
    if (before_words and before_words[-1].lower() in _ARTICLES) or hedge:
        return None  # "an estimated 45%", "estimated at two million": a figure's hedge, not a speaker
    inverted = bool(previous) and previous[-1] in _INVERSION and next_word not in PRONOUNS
    if inverted and previous[-1] == ",":  # "X, however, told Y": the comma closes an aside
        aside = previous[:-1][clause_start(previous[:-1]) :].split()
        inverted = not aside or not all(word.lower() in FILLER_WORDS for word in aside)
    if inverted:  # "…, заявил в четверг министр": the speaker follows the verb, past a time phrase
        past = past_time(sentence, end)
        name = after(sentence, past)
        if name and name.split()[0].lower() not in {"that", "что", "ки"} and not has_digit(name):
            return Cue(kind="verb", verb=verb, name=name, start=start, end=past + len(name))
    if before_words and before_words[-1].lower() in _PASSIVE:
        text = f"{before_words[-1]} {match.group()}"
        return Cue(kind="verb", verb=verb, name=text, start=start, end=end, passive=True)
    name, back = back_reference(_without_preposition(before(sentence, start), match, language), language)
    fronted = _verb_first(sentence, match, verb, name, language, back=back)
    if fronted is not None or not name:
        return fronted
    if speaking is not None and sentence.rfind(name, max(0, start - WINDOW), start) < speaking.end:
        name = speaking.name  # "X announced this and announced that …": one subject, two verbs
    recipient = ""
    if verb is Verb.TOLD:
        heard = after(sentence, end, limit=6)
        if heard and (heard[0].isupper() or heard.split()[0].lower() in RECIPIENT_WORDS):
            recipient = heard
    return Cue(
        kind="verb", verb=verb, name=name, start=start - len(name), end=end, recipient=recipient, back=back
    )


def _subjectless(sentence: str, match: re.Match[str], verb: Verb, language: str) -> tuple[bool, Cue | None]:
    """Whether a verb has no subject of its own, and its cue.

    A plural verb with the body after its preposition ("сообщили в ГКНБ"); a reflexive verb that names no
    one ("сообщается, что") or is a hedge ("как сообщается": reportedly, no cue); a verb that opens an aside,
    whose speaker follows it ("как уточнил министр").
    """
    if language in IMPERSONAL:
        impersonal = _impersonal(sentence, match, verb, language)
        if impersonal is not None:
            return True, impersonal
    before = sentence[max(0, match.start() - WINDOW) : match.start()].split()
    reflexive = language in REFLEXIVE and match.group().lower().endswith(REFLEXIVE[language][0])
    if not reflexive and before and before[-1].lower() in PARENTHETICAL.get(language, ()):
        return True, _verb_first(sentence, match, verb, "", language, back=False)
    if not reflexive:
        return False, None
    if before and before[-1].lower() in REFLEXIVE[language][1]:
        return True, None
    start, end = match.span()
    return True, Cue(kind="verb", verb=verb, name=match.group(), start=start, end=end, passive=True)


def _verb_first(
    sentence: str, match: re.Match[str], verb: Verb, name: str, language: str, *, back: bool
) -> Cue | None:
    """The subject after the verb, where a phrase opens the clause ("Об этом сообщил министр"), if so."""
    if language not in VERB_FIRST or (name and name.split(maxsplit=1)[0].lower() not in PREPOSITIONS):
        return None
    # "Об этом сообщил на пресс-конференции министр": past a phrase of place or time only where the clause
    # opens with a back reference or an aside, whose subject must follow ("…, которые он озвучил на заседании
    # палаты" has its subject before)
    subject = after(sentence, _past_phrases(sentence, match.end()) if back or not name else match.end())
    first = subject.split()[0].lower() if subject else ""
    if not first or first in RELATIVES or first in PREPOSITIONS or has_digit(subject):
        return None
    return Cue(
        kind="verb", verb=verb, name=subject, start=match.start(), end=match.end() + len(subject), back=back
    )


def _past_phrases(sentence: str, at: int) -> int:
    """Where the subject after a verb starts, past phrases of place or time and a recipient.

    "сообщил на пресс-конференции уполномоченный …", "заявил журналистам министр …": a preposition and its
    one word, or a recipient, at most `_PHRASES` of them.
    """
    for _ in range(_PHRASES):
        words = sentence[at : at + WINDOW].split(maxsplit=2)
        if len(words) == 3 and words[0].lower() in PREPOSITIONS:
            skipped = 2
        elif len(words) >= 2 and words[0].lower() in RECIPIENT_WORDS:
            skipped = 1
        else:
            break
        if any(not word.replace("-", "").isalpha() for word in words[:skipped]):
            break  # punctuation or a number: the clause ends or a figure follows
        at = sentence.index(words[skipped], at)
    return at


_PHRASES: Final = 2


def _phrase_cues(sentence: str, language: str) -> list[Cue]:
    cues: list[Cue] = []
    phrases = SOURCE_PHRASES.get(language, SOURCE_PHRASES["en"])
    keys = {_key(phrase): verb for phrase, verb in phrases.items()}
    legal = LEGAL_NOUNS.get(language, LEGAL_NOUNS["en"])
    for match in _source_pattern(language).finditer(sentence):
        name = after(sentence, match.end(), limit=MAX_WORDS)
        if name and name.split(maxsplit=1)[0].lower() not in legal:  # "тибқи моддаи 401": under a law
            verb = keys[_key(match["phrase"])]
            cues.append(
                Cue(kind="source", verb=verb, name=name, start=match.start(), end=match.end() + len(name))
            )
    for match in _ADVERB.finditer(sentence):
        verb = ADVERB_SOURCES[match[0].lower()]
        cues.append(Cue(kind="source", verb=verb, name=match[0], start=match.start(), end=match.end()))
    cues.extend(
        Cue(kind="source", verb=Verb.SAID, name=match[1], start=match.start(), end=match.end())
        for match in _PRONOUN_SOURCE.finditer(sentence)
    )
    return cues


def headline_cue(line: str) -> Cue | None:
    """The speaker a headline names before a colon or after a closing dash ("ГКНБ: …", "… — minister").

    >>> headline_cue("Around 1,000 Tajiks fight for IS — interior minister").name
    'interior minister'
    """
    for pattern in (_HEAD_COLON, _TAIL_DASH):
        match = pattern.search(line)
        if match is not None and len(match["name"].split()) <= 4:
            name = match["name"].strip()
            return Cue(kind="headline", verb=Verb.SAID, name=name, start=match.start(), end=match.end())
    return None


def _any_between(starts: list[int], low: int, high: int) -> bool:
    """Whether any of the sorted ``starts`` lies in ``[low, high)``."""
    index = bisect.bisect_left(starts, low)
    return index < len(starts) and starts[index] < high


def _distance(cue: Cue, at: int) -> int:
    return 0 if cue.start <= at < cue.end else min(abs(at - cue.start), abs(at - cue.end))


def _same_clause(sentence: str, cue: Cue, at: int) -> bool:
    """A passive verb ("are believed") speaks only for the figures of its own clause."""
    low, high = sorted((at, cue.start))
    between = sentence[low:high]
    return ";" not in between and not re.search(r",\s", between)


def speakers_of(sentence: str, cues: tuple[Cue, ...], at: int) -> tuple[Speaker, ...]:
    """The chain as written for a figure at offset ``at`` of the sentence: source first, relays after.

    >>> text = "“According to security agencies, 1,000 left,” Rahimzoda said."
    >>> [(speaker.text, speaker.verb.value) for speaker in speakers_of(text, find_cues(text, "en"), 34)]
    [('security agencies', 'according_to'), ('Rahimzoda', 'said')]
    """
    near = _starting(cues, at - WINDOW, at + WINDOW)  # the cues a window around the figure
    verbs = [cue for cue in near if cue.kind == "verb" and not cue.passive]
    starts = [verb.start for verb in verbs]
    sources = [  # a source speaks for its own clause: no speaker's verb between it and the figure
        cue
        for cue in near
        if cue.kind != "verb" and not _any_between(starts, min(cue.end, at), max(cue.start, at))
    ]
    chain: list[Speaker] = []
    if sources:
        source = min(sources, key=lambda cue: _distance(cue, at))
        chain.append(Speaker(source.name, source.verb))
    if verbs:
        verb: Cue | None = min(verbs, key=lambda cue: _distance(cue, at))
    else:  # the nearest passive verb of the figure's clause
        passives = sorted((cue for cue in near if cue.passive), key=lambda cue: _distance(cue, at))
        verb = next((cue for cue in passives if _same_clause(sentence, cue, at)), None)
    if verb is not None:
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
