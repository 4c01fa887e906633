from __future__ import annotations

import concurrent.futures
import copy
import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

from centasia_claims import ParseError, parse_estimate
from centasia_claims.errors import (
    CentasiaClaimsError,
    CorpusError,
    ExtractionError,
    InvalidValueError,
    MissingExtraError,
    Problem,
    ReconcileError,
    StructureError,
    TableError,
    UnknownIdError,
)


def test_the_error_draws_a_caret_under_the_span() -> None:
    with pytest.raises(ParseError) as caught:
        parse_estimate("Group 24")
    expected = "'Group 24' is an identifier, not a figure at 0-8:\n  Group 24\n  ^^^^^^^^"
    assert expected == str(caught.value)


_TEXT = st.text(max_size=40)
_PROBLEMS = st.lists(st.builds(Problem, st.none() | _TEXT, _TEXT, _TEXT), max_size=3)
_ERRORS = st.one_of(
    st.builds(CorpusError, _PROBLEMS),
    st.builds(StructureError, st.lists(st.tuples(_TEXT, _TEXT), max_size=3)),
    st.builds(TableError, st.lists(_TEXT, max_size=3)),
    st.builds(ExtractionError, st.lists(_TEXT, max_size=3)),
    st.builds(InvalidValueError, _TEXT, _TEXT),
    st.builds(MissingExtraError, _TEXT, _TEXT),
    st.builds(ReconcileError, _TEXT),
    st.builds(UnknownIdError, _TEXT, _TEXT, known=st.lists(_TEXT, max_size=4)),
    st.builds(
        lambda message, text, start, end: ParseError(message, text=text, start=start, end=end),
        _TEXT,
        _TEXT,
        st.integers(-3, 50),
        st.none() | st.integers(-3, 50),
    ),
)


@given(_ERRORS)
def test_every_error_survives_pickling_and_copying(error: CentasiaClaimsError) -> None:
    error.add_note("raised in a worker")
    for again in (pickle.loads(pickle.dumps(error)), copy.copy(error)):  # noqa: S301  (our own bytes)
        assert type(again) is type(error)
        assert str(again) == str(error)
        assert again.args == error.args
        assert vars(again) == vars(error)


def test_an_error_raised_in_a_process_pool_reaches_the_caller_whole() -> None:
    with concurrent.futures.ProcessPoolExecutor(max_workers=1) as pool:
        future = pool.submit(parse_estimate, "Protocol 32-20")
        with pytest.raises(ParseError) as caught:
            future.result()
    assert (caught.value.text, caught.value.span) == ("Protocol 32-20", (0, 11))
    assert str(caught.value).startswith("'Protocol 32' is an identifier, not a figure at 0-11:")
