"""Compare two organization or place names by their words and acronyms, without the alias table.

Two names agree when one is the acronym of the other (read through the transliteration tables, so ПИВТ is
PIVT), or when their distinctive words agree word for word after articles, function words, designators and
country qualifiers are set aside. An extra distinctive word on one side (a region, "Social", "Khorasan
Province") is a disagreement: affiliates and branches never merge.

>>> compare_labels("Taliban", "Taliban movement").reasons
('movement only in one name (a designator)',)
"""

from __future__ import annotations

import attrs

from centasia_claims.names import _orgwords
from centasia_claims.names._arabic import is_arabic
from centasia_claims.names._compare import NameMatch, NameVerdict
from centasia_claims.names._label import (
    CONCEPTS,
    TYPO_MIN,
    Label,
    Word,
    adjective_of,
    alternatives,
    parse_label,
    stem,
)
from centasia_claims.names._relate import one_edit

__all__ = ["compare_labels"]


def _words_agree(a: str, b: str) -> str | None:
    """``"equal"``, ``"inflected"`` or ``"typo"`` when two word keys agree, else ``None``."""
    if a == b:
        return "equal"
    if stem(a) == stem(b):
        return "inflected"
    if adjective_of(a, b) or adjective_of(b, a):
        return "adjective of the place"
    if min(len(a), len(b)) >= TYPO_MIN and one_edit(a, b):
        return "typo"
    return None


def _match_words(a: list[Word], b: list[Word]) -> tuple[list[Word], list[Word], list[str]]:
    """Pair equal words in any order; return the unmatched words of each side and notes."""
    left = list(b)
    unmatched: list[Word] = []
    notes: list[str] = []
    for word in a:
        for index, other in enumerate(left):
            how = _words_agree(word.key, other.key)
            if how is not None:
                if how != "equal":
                    notes.append(f"{word.text} ~ {other.text} ({how})")
                del left[index]
                break
        else:
            unmatched.append(word)
    return unmatched, left, notes


def _joined(words: tuple[Word, ...]) -> str:
    """Every word's key run together, a letter doubled where two words meet written once.

    Names written as one word or two: Hizbut Tahrir, Al Jazeera; Deir ez-Zor, Deir Ezzor (the article's z
    joined to Zor).
    """
    parts: list[str] = []
    for word in words:
        parts.append(word.key[1:] if parts and parts[-1] and word.key[:1] == parts[-1][-1] else word.key)
    return "".join(parts)


def _compare_acronym(acronym_label: Label, other: Label) -> NameMatch:
    acronym = str(acronym_label.acronym)
    if other.acronym is not None:
        if acronym == other.acronym:
            if acronym_label.text == other.text:
                return NameMatch(NameVerdict.SAME, 1.0, ("same acronym",))
            return NameMatch(
                NameVerdict.SAME, 1.0, (f"{acronym_label.text} = {other.text} (acronym read {acronym})",)
            )
        return NameMatch(
            NameVerdict.DIFFERENT, 0.0, (f"acronyms differ: {acronym_label.text} / {other.text}",)
        )
    if acronym in other.initials:
        return NameMatch(NameVerdict.SAME, 0.95, (f"{acronym_label.text} is the acronym of {other.text}",))
    return NameMatch(
        NameVerdict.DIFFERENT, 0.0, (f"{acronym_label.text} is not the acronym of {other.text}",)
    )


def _by_role(label: Label, role: str) -> list[Word]:
    return [word for word in label.words if word.role == role]


def _compare_distinctive(a: Label, b: Label) -> tuple[NameMatch | None, list[str]]:
    """A verdict when the distinctive words decide it, else ``None`` and the notes on words that agree."""
    dist_a, dist_b = _by_role(a, "distinctive"), _by_role(b, "distinctive")
    only_a, only_b, notes = _match_words(dist_a, dist_b)
    if bool(only_a) != bool(only_b):
        # A word folding like an article may be the name itself (Osh, ash): it may meet a distinctive word.
        minor = _by_role(b if only_a else a, "minor")
        still, _, more = _match_words(only_a or only_b, minor)
        if not still:
            only_a, only_b, notes = [], [], [*notes, *more]
    if not (only_a or only_b):
        if dist_a or dist_b:
            return None, notes
        return NameMatch(NameVerdict.DIFFERENT, 0.0, ("no distinctive word to compare",)), notes
    if _joined(a.words) and _joined(a.words) == _joined(b.words):
        return NameMatch(NameVerdict.SAME, 1.0, ("same words, written as one word or two",)), notes
    if only_a and only_b:
        shown = " ".join(w.text for w in only_a), " ".join(w.text for w in only_b)
        return NameMatch(NameVerdict.DIFFERENT, 0.0, (f"words differ: {shown[0]} / {shown[1]}",)), notes
    extra = " ".join(w.text for w in (only_a or only_b))
    reason = f"{extra} only in one name: a distinctive word (a branch, an affiliate or another body)"
    return NameMatch(NameVerdict.DIFFERENT, 0.1, (reason,)), notes


def _compare_designators(a: Label, b: Label) -> tuple[NameMatch | None, str]:
    """A disagreement in the kind of body or place, else ``None`` and a note when only one name gives it."""
    des_a = {w.concept for w in _by_role(a, "designator")} - {"republic"}
    des_b = {w.concept for w in _by_role(b, "designator")} - {"republic"}
    shown_a = " ".join(w.text for w in _by_role(a, "designator"))
    shown_b = " ".join(w.text for w in _by_role(b, "designator"))
    if des_a and des_b and not (des_a & des_b):
        return NameMatch(NameVerdict.DIFFERENT, 0.0, (f"kinds of body differ: {shown_a} / {shown_b}",)), ""
    if bool(des_a) == bool(des_b):
        return None, ""
    shown = shown_a or shown_b
    if (des_a | des_b) & set(_orgwords.ADMINISTRATIVE):
        reason = f"{shown} only in one name: a province or district is not the place it is named after"
        return NameMatch(NameVerdict.DIFFERENT, 0.1, (reason,)), ""
    return None, f"{shown} only in one name (a designator)"


def _country_branch(branch: Label, body: Label) -> NameMatch | None:
    """A country's service of a body ("Tajik Service of Radio Liberty", "Radio Liberty"), else ``None``.

    The name with the country also gives a designator of `BRANCH_DESIGNATORS` that the other does not.
    """
    own = {w.concept for w in _by_role(branch, "designator")} - {
        w.concept for w in _by_role(body, "designator")
    }
    kinds = own & set(_orgwords.BRANCH_DESIGNATORS)
    if not kinds:
        return None
    shown = " ".join(w.text for w in branch.words if w.role in ("qualifier", "designator"))
    reason = f"{shown} only in one name: a country's service of the body the other name gives"
    return NameMatch(NameVerdict.DIFFERENT, 0.1, (reason,))


def _country_only(a: Label, b: Label, countries: set[str]) -> NameMatch:
    """Two names that say nothing but one country, and perhaps a kind of body ("Tajik authorities")."""
    country = f"both name the country {', '.join(sorted(countries))}"
    designators, note = _compare_designators(a, b)
    if designators is not None:  # its government is not its territory: kinds of body that differ
        return attrs.evolve(designators, reasons=(country, *designators.reasons))
    if note:  # a body of the country against the country itself ("Tajik authorities", "Tajikistan")
        return NameMatch(NameVerdict.COMPATIBLE, 0.6, (country, f"{note}: a body, or the country itself"))
    return NameMatch(NameVerdict.SAME, 0.9, (country,))


def _compare_words(a: Label, b: Label) -> NameMatch:
    countries_a = {w.concept for w in _by_role(a, "qualifier")}
    countries_b = {w.concept for w in _by_role(b, "qualifier")}
    if (
        countries_a
        and countries_a == countries_b
        and not any(w.role == "distinctive" for w in a.words + b.words)
    ):
        return _country_only(a, b, countries_a)
    decided, notes = _compare_distinctive(a, b)
    if decided is not None:
        return decided
    designators, note = _compare_designators(a, b)
    if designators is not None:
        return designators
    reasons = [*notes, note] if note else list(notes)
    verdict, score = (NameVerdict.COMPATIBLE, 0.8) if note else (NameVerdict.SAME, 1.0)
    if countries_a and countries_b and countries_a != countries_b:
        shown = ", ".join(sorted(countries_a)), ", ".join(sorted(countries_b))
        return NameMatch(NameVerdict.DIFFERENT, 0.0, (f"countries differ: {shown[0]} / {shown[1]}",))
    if bool(countries_a) != bool(countries_b):
        branch = _country_branch(a if countries_a else b, b if countries_a else a)
        if branch is not None:
            return branch
        reasons.append(f"the country ({', '.join(sorted(countries_a | countries_b))}) only in one name")
        verdict, score = NameVerdict.COMPATIBLE, min(score, 0.7)
    if any("typo" in note for note in notes):
        verdict, score = NameVerdict.COMPATIBLE, min(score, 0.75)
    return NameMatch(verdict, score, tuple(reasons) or ("same distinctive words",))


def _said_by_concepts(label: Label) -> bool:
    """Whether every distinctive word of a name is a concept of `SYNONYMS`.

    Such names (Tajik Interior Ministry, وزارة الداخلية الطاجيكية; الحكومة الطاجيكية) are compared word by
    word in any script.
    """
    distinctive = _by_role(label, "distinctive")
    said = any(word.role in ("distinctive", "designator", "qualifier") for word in label.words)
    return said and all(word.key in CONCEPTS for word in distinctive)


def compare_labels(a: str, b: str) -> NameMatch:
    """The best verdict over the readings of two names with and without their parentheses (`alternatives`)."""
    best = NameMatch(NameVerdict.DIFFERENT, -1.0)
    for left in alternatives(a):
        for right in alternatives(b):
            la, lb = parse_label(left), parse_label(right)
            if la.acronym is not None:
                match = _compare_acronym(la, lb)
            elif lb.acronym is not None:
                match = _compare_acronym(lb, la)
            elif (is_arabic(left) or is_arabic(right)) and _said_by_concepts(la) and _said_by_concepts(lb):
                match = _compare_words(la, lb)
            elif is_arabic(left) or is_arabic(right):
                same = left.strip() == right.strip()
                match = NameMatch(
                    NameVerdict.SAME if same else NameVerdict.DIFFERENT,
                    1.0 if same else 0.0,
                    ("same words",) if same else ("Arabic-script names not in the alias table",),
                )
            else:
                match = _compare_words(la, lb)
            if len(alternatives(a)) > 1 or len(alternatives(b)) > 1:
                match = attrs.evolve(match, reasons=(f"{left} / {right}", *match.reasons))
            if match.rank > best.rank:
                best = match
    return best
