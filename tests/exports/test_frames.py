from __future__ import annotations

import sys

import pytest

from centasia_claims import MissingExtraError, load_seed_corpus
from centasia_claims.exports import RECORD_KINDS, records, to_frame

CORPUS = load_seed_corpus()


@pytest.mark.parametrize("kind", RECORD_KINDS)
def test_frames_have_the_records_columns(kind: str) -> None:
    pytest.importorskip("pandas")
    frame = to_frame(CORPUS, kind)  # type: ignore[arg-type]
    rows = records(CORPUS, kind)  # type: ignore[arg-type]
    assert (list(rows[0]), len(rows)) == (list(frame.columns), len(frame))


def test_frames_without_pandas_name_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(MissingExtraError) as caught:
        to_frame(CORPUS, "claims")
    assert "this needs pandas, which is not installed: pip install 'centasia-claims[frames]'" == str(
        caught.value
    )
