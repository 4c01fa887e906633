from __future__ import annotations

import concurrent.futures
import time
from typing import TYPE_CHECKING, Any

from centasia_claims import Corpus, load_corpus, load_seed_corpus
from centasia_claims.corpus import _seeds, seed_path

if TYPE_CHECKING:
    import pytest


def test_the_seed_corpus_is_the_corpus_of_its_folder() -> None:
    assert len(load_seed_corpus().claims) == len(load_corpus(seed_path()).claims)


def test_the_seed_corpus_is_built_once_by_eight_threads(monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[int] = []
    real = load_corpus

    def counting(*args: Any, **kwargs: Any) -> Corpus:
        built.append(1)
        time.sleep(0.05)  # widen the window in which a second build would start
        return real(*args, **kwargs)

    monkeypatch.setattr(_seeds, "load_corpus", counting)
    _seeds._seed_corpus.cache_clear()
    try:
        with concurrent.futures.ThreadPoolExecutor(8) as pool:
            corpora = list(pool.map(lambda _: _seeds.load_seed_corpus(), range(8)))
    finally:
        _seeds._seed_corpus.cache_clear()
    assert (1, 1) == (len(built), len({id(corpus) for corpus in corpora}))
