"""Estimates: hedged number phrases, as news writes them, read into an `Estimate` and written back.

`parse_estimate` reads one phrase ("about 300", "up to 1,000", "more than half", "$100 a month");
`extract_estimates` finds every phrase in a paragraph, skipping dates, ordinals, identifiers and idioms;
`format_estimate` writes an `Estimate` as the canonical phrase that parses back to it; `estimate_fields` reads
a phrase as `parse_estimate` does into plain fields, for columns of phrases. The word tables
(hedges, number words, vague quantities) are data; ``docs/estimates.md`` restates them. `MONTH_NAMES` holds
the month names the reader knows in every language, in lower case.

>>> from centasia_claims.estimates import extract_estimates, format_estimate, parse_estimate
>>> format_estimate(parse_estimate("round 500-600"))
'between 500 and 600'
>>> [found.estimate.phrase for found in extract_estimates("In 2016 up to 1,000 had joined.")]
['up to 1,000']
>>> from centasia_claims.estimates import MONTH_NAMES
>>> sorted(name for name in MONTH_NAMES if name.startswith("нояб"))
['нояб', 'ноябр', 'ноябре', 'ноябри', 'ноябрь', 'ноября']
"""

from centasia_claims.estimates._curate import UnreadWord, unread_words
from centasia_claims.estimates._extract import FoundEstimate, extract_estimates
from centasia_claims.estimates._fields import EstimateFields, estimate_fields
from centasia_claims.estimates._format import format_estimate
from centasia_claims.estimates._lexicon import MONTH_NAMES
from centasia_claims.estimates._parse import parse_estimate
from centasia_claims.estimates._shapes import estimate_fields_each

__all__ = [
    "MONTH_NAMES",
    "EstimateFields",
    "FoundEstimate",
    "UnreadWord",
    "estimate_fields",
    "estimate_fields_each",
    "extract_estimates",
    "format_estimate",
    "parse_estimate",
    "unread_words",
]
