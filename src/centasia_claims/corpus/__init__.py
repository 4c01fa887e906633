"""Corpora: the immutable `Corpus`, its loader, the bundled seed corpus, and who speaks for whom.

A `Corpus` holds and looks up (by id, by measure, by source, by claimant); the graph of its relations says
which body an agent speaks for (`root_agent`). What is done with a corpus lives in the domain packages.

>>> from centasia_claims.corpus import load_seed_corpus, root_agent
>>> corpus = load_seed_corpus()
>>> corpus.source("source:rferl-up-to-1000").title
'Authorities Say Up To 1,000 Tajiks Joined IS In Syria, Iraq'
>>> root_agent(corpus, "org:radio-ozodi")
'org:rferl'
"""

from centasia_claims.corpus._anchor import offsets_problem, place_quote
from centasia_claims.corpus._corpus import Corpus
from centasia_claims.corpus._extend import extendable_fields
from centasia_claims.corpus._folder import seed_path
from centasia_claims.corpus._format import FORMAT_VERSION, UPGRADES, upgrade_fixture
from centasia_claims.corpus._graph import ORIGIN_RELATIONS, root_agent, root_path
from centasia_claims.corpus._integrity import EXTENDABLE, SECTIONS
from centasia_claims.corpus._json import JSON_HINTS
from centasia_claims.corpus._limits import DEFAULT_LIMITS, Limits
from centasia_claims.corpus._load import load_corpus
from centasia_claims.corpus._reference import format_reference
from centasia_claims.corpus._rewrite import Rewrite, fix_offsets, upgrade_folder, write_fixtures
from centasia_claims.corpus._schema import field_docs, fixture_schema
from centasia_claims.corpus._seeds import load_seed_corpus
from centasia_claims.corpus._works import IDENTITY_FIELDS, canonical_works

__all__ = [
    "DEFAULT_LIMITS",
    "EXTENDABLE",
    "FORMAT_VERSION",
    "IDENTITY_FIELDS",
    "JSON_HINTS",
    "ORIGIN_RELATIONS",
    "SECTIONS",
    "UPGRADES",
    "Corpus",
    "Limits",
    "Rewrite",
    "canonical_works",
    "extendable_fields",
    "field_docs",
    "fix_offsets",
    "fixture_schema",
    "format_reference",
    "load_corpus",
    "load_seed_corpus",
    "offsets_problem",
    "place_quote",
    "root_agent",
    "root_path",
    "seed_path",
    "upgrade_fixture",
    "upgrade_folder",
    "write_fixtures",
]
