"""Who a drafted figure's speakers are: names resolved once an article, pronouns and descriptions followed.

A `Reader` is the state of one pass over an article: the speakers named so far (a pronoun stands for the last,
"the minister" for the last whose name holds "minister"), and each name's entity, resolved against the
corpus once (a country that speaks is its government; a name the corpus does not know becomes a new entity).

>>> from centasia_claims import load_seed_corpus
>>> from centasia_claims.importing import Builder, names_a_body
>>> corpus = load_seed_corpus()
>>> reader = Reader(corpus, Builder(corpus, lambda path: ""))
>>> reader.remember("Interior Minister Ramazon Rahimzoda")
>>> reader.agent("he", [])
('person:ramazon-rahimzoda', 'he → Interior Minister Ramazon Rahimzoda')
"""

from __future__ import annotations

import re
from typing import Final

import attrs

from centasia_claims.corpus import Corpus
from centasia_claims.extraction._speakers import is_pronoun
from centasia_claims.extraction._words import INDEFINITES
from centasia_claims.importing import Builder, names_a_body
from centasia_claims.model import Place
from centasia_claims.names import resolve

__all__ = ["Reader"]

_SEVERAL: Final = re.compile(r"\s(?:and|и|ва)\s[A-ZА-ЯЁҶҲҚҒӮӢ]")
_RECALL: Final = 50
"""How many named speakers back a description ("the minister") looks for the name that holds its head."""


@attrs.define
class Reader:
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
                    agent = _speaking_for(self.corpus, result.best.entity)
                    if form != text and names_a_body(text) and isinstance(self.corpus.entity(agent), Place):
                        continue  # "Вазорати корҳои дохилии Русия": the place a body is of is not the body
                    return agent
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
        minted = self.builder.entity(text, "speaker", notes)
        reasons.extend(notes)
        return minted


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
