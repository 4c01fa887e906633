"""Drafting claims from an article: every figure, who gave it and through whom, ready for review.

`draft_claims` reads an article into `Draft` claims (an `Extraction`); `extract_claims` writes them as a
fixture beside a corpus, keeping what a reviewer has done (`ReviewRecord`). The speech verbs and attribution
phrases are data (`SPEECH_VERBS`, `SOURCE_PHRASES`, `ADVERB_SOURCES`, `PRONOUNS`, `FILLER_WORDS`,
`INDEFINITES`, `PREPOSITIONS`, `RECIPIENT_WORDS`, `AGE_WORDS`, `AGE_BEFORE`, `AGE_LINKS`, `IMPERSONAL`,
`DATELINE_DASHES`, `BACK_REFERENCES`, `REFLEXIVE`, `VERB_FIRST`, `PARENTHETICAL`, `LEGAL_NOUNS`,
`DATE_BEFORE`, `DATE_AFTER`, `OUTCOME_WORDS` (what happened to the people a label counts) and
`MEASURE_WORDS`, the words of reporting that measure labels write
otherwise);
``docs/extraction.md`` walks from an article to reviewed claims to a reconciled measure.

>>> from centasia_claims.extraction import SPEECH_VERBS, draft_claims
>>> sorted(SPEECH_VERBS)
['en', 'ru', 'tg']
>>> print(draft_claims(None, "По словам министра, 300 человек уехали.", source_id="source:a", language="ru"))
claim:a-...: '300 человек' by министра
1 draft of source:a (new), 0 new entities
"""

from centasia_claims.extraction._draft import claim_id, draft_claims
from centasia_claims.extraction._measure_words import MEASURE_WORDS, OUTCOME_WORDS
from centasia_claims.extraction._measures import MeasureCandidate, rank_measures
from centasia_claims.extraction._result import DRAFT, Draft, Extraction, is_draft
from centasia_claims.extraction._tables import (
    ADVERB_SOURCES,
    BACK_REFERENCES,
    DATELINE_DASHES,
    IMPERSONAL,
    LEGAL_NOUNS,
    PARENTHETICAL,
    REFLEXIVE,
    SOURCE_PHRASES,
    SPEECH_VERBS,
    VERB_FIRST,
)
from centasia_claims.extraction._words import (
    AGE_BEFORE,
    AGE_LINKS,
    AGE_WORDS,
    DATE_AFTER,
    DATE_BEFORE,
    FILLER_WORDS,
    INDEFINITES,
    PREPOSITIONS,
    PRONOUNS,
    RECIPIENT_WORDS,
)
from centasia_claims.extraction._write import ExtractionReport, ReviewRecord, extract_claims, record_path

__all__ = [
    "ADVERB_SOURCES",
    "AGE_BEFORE",
    "AGE_LINKS",
    "AGE_WORDS",
    "BACK_REFERENCES",
    "DATELINE_DASHES",
    "DATE_AFTER",
    "DATE_BEFORE",
    "DRAFT",
    "FILLER_WORDS",
    "IMPERSONAL",
    "INDEFINITES",
    "LEGAL_NOUNS",
    "MEASURE_WORDS",
    "OUTCOME_WORDS",
    "PARENTHETICAL",
    "PREPOSITIONS",
    "PRONOUNS",
    "RECIPIENT_WORDS",
    "REFLEXIVE",
    "SOURCE_PHRASES",
    "SPEECH_VERBS",
    "VERB_FIRST",
    "Draft",
    "Extraction",
    "ExtractionReport",
    "MeasureCandidate",
    "ReviewRecord",
    "claim_id",
    "draft_claims",
    "extract_claims",
    "is_draft",
    "rank_measures",
    "record_path",
]
