"""`extract_estimates`: every number phrase in a paragraph, with code point offsets.

Dates and years used as dates, ordinals, identifiers and idioms are skipped.

>>> from centasia_claims import extract_estimates
>>> text = "From 2014 to 2019 around 2,000 Tajiks went; Group 24 was banned."
>>> [(found.estimate.phrase, found.start, found.end) for found in extract_estimates(text)]
[('around 2,000', 18, 30)]
"""

from __future__ import annotations

import attrs

from centasia_claims.errors import InvalidValueError
from centasia_claims.estimates._build import to_estimate
from centasia_claims.estimates._scan import scan
from centasia_claims.model import Estimate

__all__ = ["FoundEstimate", "extract_estimates"]


@attrs.frozen(kw_only=True)
class FoundEstimate:
    """A number phrase found in a text: the estimate and where its phrase is.

    Attributes:
        estimate: The phrase read by the convention; ``estimate.phrase`` is ``text[start:end]``.
        start: Code point offset where the phrase starts.
        end: Code point offset where it ends (exclusive).

    >>> found = extract_estimates("killed 145 people")[0]
    >>> found.span, found.estimate.unit
    ((7, 17), 'people')
    """

    estimate: Estimate
    start: int
    end: int

    @property
    def span(self) -> tuple[int, int]:
        """The ``(start, end)`` code point offsets of the phrase."""
        return (self.start, self.end)

    @property
    def unread(self) -> tuple[str, ...]:
        """What the reader saw at the figure and did not read (`Estimate.unread`)."""
        return self.estimate.unread


def extract_estimates(text: str, *, language: str | None = None) -> tuple[FoundEstimate, ...]:
    """Find every number phrase in ``text``, in order, with its estimate and offsets.

    A phrase whose figures break a rule of `Estimate` (a share above 100 percent) is skipped like a date.
    Epistemic words right before a figure ("an estimated", "reportedly", "official figures say") are part of
    its phrase and set ``hedged``. ``language`` is as in `parse_estimate`. A word right before a figure that
    looks like a hedge the reader does not know is kept in ``unread``.

    >>> [f.estimate.phrase for f in extract_estimates("Up to 1,000 joined, 61 returned in 2016.")]
    ['Up to 1,000', '61']
    >>> [(f.estimate.point, f.unread) for f in extract_estimates("Smoe 1,200 left; 300 returned.")]
    [(1200.0, ('Smoe',)), (300.0, ())]
    """
    scanned = scan(text, language)
    found: list[FoundEstimate] = []
    for reading in scanned.readings:
        start, end = scanned.offsets(reading.start, reading.end)
        try:
            estimate = to_estimate(reading, text[start:end], None)
        except InvalidValueError:
            continue
        found.append(FoundEstimate(estimate=estimate, start=start, end=end))
    return tuple(found)
