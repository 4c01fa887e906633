"""Corpora: the immutable `Corpus`, its loader, and the bundled seed corpus.

>>> from centasia_claims import load_seed_corpus
>>> corpus = load_seed_corpus()
>>> corpus.source("source:rferl-up-to-1000").title
'Authorities Say Up To 1,000 Tajiks Joined IS In Syria, Iraq'
"""

from centasia_claims.corpus._corpus import Corpus
from centasia_claims.corpus._integrity import SECTIONS
from centasia_claims.corpus._load import load_corpus, load_seed_corpus, seed_path

__all__ = ["SECTIONS", "Corpus", "load_corpus", "load_seed_corpus", "seed_path"]
