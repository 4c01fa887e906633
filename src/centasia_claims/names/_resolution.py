"""What `resolve` returns: the entities a mention may refer to, as `Candidate`s in a `Resolution`."""

from __future__ import annotations

import html

import attrs

from centasia_claims._render import html_definitions, html_table
from centasia_claims.model import PartialDate, Period
from centasia_claims.names._compare import NameVerdict
from centasia_claims.serialization import register_result

__all__ = ["Candidate", "Resolution"]

_AMBIGUITY_MARGIN = 0.1


@attrs.frozen
class Candidate:
    """An entity a mention may refer to, with the name it matched and why.

    Attributes:
        entity: The entity's id.
        display_name: The entity's first recorded name.
        kind: ``"person"``, ``"organization"``, ``"place"`` or ``"event"``.
        verdict: Same or compatible (different names are not candidates).
        score: From `compare_names`, 1.0 for an exact acronym or a name that agrees in every part.
        matched: The recorded name or mention the mention matched best.
        via: What ``matched`` is: a `NameKind` value, ``"mention"`` for a name written in a source, or
            ``"alias table"`` for a name of the entity's entry in `ALIASES`.
        valid: When ``matched`` was in use, if recorded.
        reasons: How the mention and ``matched`` were found to agree.

    >>> from centasia_claims import load_seed_corpus, resolve
    >>> candidate = resolve(load_seed_corpus(), "Gulmorod Khalimov").candidates[0]
    >>> candidate.entity, candidate.verdict, candidate.matched, candidate.via
    ('person:gulmurod-halimov', <NameVerdict.SAME: 'same'>, 'Gulmurod Halimov', 'primary')
    >>> candidate.reasons[1:]
    ('Gulmorod = Gulmurod (a/o/u)', 'Khalimov = Halimov (kh/h)')
    """

    entity: str
    display_name: str
    kind: str
    verdict: NameVerdict
    score: float
    matched: str
    via: str
    valid: Period | None = None
    reasons: tuple[str, ...] = ()

    def __str__(self) -> str:
        head = f"{self.entity}  {self.display_name}  [{self.verdict.value} {self.score:.2f}]"
        return "\n".join([head, *(f"  - {reason}" for reason in self.reasons)])

    def _repr_html_(self) -> str:
        reasons = "".join(f"<li>{html.escape(reason)}</li>" for reason in self.reasons)
        return html_definitions(
            f"{self.entity}  {self.display_name}",
            [
                ("kind", html.escape(self.kind)),
                ("verdict", f"{html.escape(self.verdict.value)} {self.score:.2f}"),
                ("matched", f"{html.escape(self.matched)} ({html.escape(self.via)})"),
                ("reasons", f"<ul>{reasons}</ul>"),
            ],
        )


@attrs.frozen
class Resolution:
    """The entities a mention may refer to, best first, and whether that is ambiguous.

    Attributes:
        mention: The name as given.
        at: The date of the mention, when given: names not in use then are set aside.
        candidates: Matching entities, best first (verdict, then score, then id).
        out_of_period: Entities that match only through a name not in use at ``at``.

    A full name resolves; a given name that a father and his son share does not; a bare surname that four
    people share resolves to the one the corpus's own texts mean by it:

    >>> from centasia_claims import load_seed_corpus, resolve
    >>> corpus = load_seed_corpus()
    >>> resolve(corpus, "Gulmorod Khalimov").best.entity
    'person:gulmurod-halimov'
    >>> result = resolve(corpus, "Emomali")
    >>> result.ambiguous, result.best, [c.entity for c in result.candidates]
    (True, None, ['person:emomali-rahmon', 'person:rustam-emomali'])
    >>> result = resolve(corpus, "Halimov")
    >>> result.best.entity, len(result.candidates), result.best.reasons[-1]
    ('person:gulmurod-halimov', 4, "the corpus's texts use 'Halimov' alone for this person")

    It reads as the command line prints it, and as a table in a notebook:

    >>> for line in str(resolve(corpus, "Gulmorod Khalimov")).splitlines()[:3]:
    ...     print(line)
    Gulmorod Khalimov
    Resolved to person:gulmurod-halimov
      person:gulmurod-halimov  Gulmurod Halimov  [same 1.00]
    >>> resolve(corpus, "Emomali")._repr_html_().count("<tr>")
    3
    """

    mention: str
    at: PartialDate | None
    candidates: tuple[Candidate, ...]
    out_of_period: tuple[Candidate, ...] = ()

    @property
    def ambiguous(self) -> bool:
        """Whether two or more entities match about equally well, so the mention cannot be resolved."""
        if len(self.candidates) < 2:
            return False
        first, second = self.candidates[0], self.candidates[1]
        return first.verdict is second.verdict and first.score - second.score < _AMBIGUITY_MARGIN

    @property
    def outcome(self) -> str:
        """In one line: what the mention resolved to, or why it did not ("Ambiguous: 2 entities ...")."""
        if self.best is not None:
            return f"Resolved to {self.best.entity}"
        if self.ambiguous:
            return f"Ambiguous: {len(self.candidates)} entities match about equally well"
        return "Not resolved: no recorded name matches"

    def __str__(self) -> str:
        at = f" at {self.at}" if self.at else ""
        lines = [f"{self.mention}{at}", self.outcome]
        lines.extend("  " + str(item).replace("\n", "\n  ") for item in self.candidates)
        if self.out_of_period:
            lines.append(f"Set aside: these match only through a name not in use{at}")
            lines.extend("  " + str(item).replace("\n", "\n  ") for item in self.out_of_period)
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        def rows(items: tuple[Candidate, ...]) -> list[tuple[str, str, str, str, str]]:
            return [
                (
                    c.entity,
                    c.display_name,
                    f"{c.verdict.value} {c.score:.2f}",
                    c.matched,
                    "; ".join(c.reasons),
                )
                for c in items
            ]

        header = ("entity", "name", "verdict", "matched", "reasons")
        at = f" at {self.at}" if self.at else ""
        parts = [
            f"<p><strong>{html.escape(self.mention + at)}</strong>: {html.escape(self.outcome)}</p>",
            html_table(header, rows(self.candidates), code=0),
        ]
        if self.out_of_period:
            parts.extend(
                [
                    "<p>Set aside: names not in use then</p>",
                    html_table(header, rows(self.out_of_period), code=0),
                ]
            )
        return "<div>" + "".join(parts) + "</div>"

    @property
    def best(self) -> Candidate | None:
        """The one entity the mention refers to, or ``None`` when nothing matches or it is ambiguous."""
        if not self.candidates or self.ambiguous:
            return None
        return self.candidates[0]


register_result(Candidate)
register_result(
    Resolution,
    resolved=lambda resolution: None if resolution.best is None else resolution.best.entity,
    ambiguous=lambda resolution: resolution.ambiguous,
)
