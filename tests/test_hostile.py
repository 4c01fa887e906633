"""Hostile input: every public function that reads text does linear work, and any input ends documented.

Work is counted, not timed: the Python and C calls a function makes (through `sys.setprofile`) and the
peak memory it allocates (through `tracemalloc`), at two sizes eight times apart. Linear work grows about
eight times; quadratic work, sixty-four. The fuzz tests give each function, each command and the loader
arbitrary Unicode, huge and deeply nested input; the only outcomes allowed are a result or a documented
error.
"""

from __future__ import annotations

import contextlib
import json
import sys
import tracemalloc
from typing import TYPE_CHECKING, Any

import pytest
from bench._hostile import FUNCTIONS, SHAPES
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from centasia_claims import load_corpus
from centasia_claims.cli import main
from centasia_claims.errors import CentasiaClaimsError, CorpusError
from tests.builders import write_folder

if TYPE_CHECKING:
    from collections.abc import Callable

SMALL, LARGE = 1_000, 8_000
LINEAR = 16  # allowed growth over an eightfold input: twice linear, a quarter of quadratic


def _work(function: Callable[[str], object], text: str) -> tuple[int, int]:
    """The calls ``function(text)`` makes and the peak memory it allocates."""
    calls = 0

    def count(_frame: object, event: str, _arg: object) -> None:
        nonlocal calls
        if event in {"call", "c_call"}:
            calls += 1

    tracemalloc.start()
    sys.setprofile(count)
    try:
        function(text)
    except CentasiaClaimsError:
        pass
    finally:
        sys.setprofile(None)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return calls, peak


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("name", FUNCTIONS)
def test_work_grows_linearly_with_the_text(name: str, shape: str) -> None:
    function = FUNCTIONS[name]
    _work(function, "warm up")  # caches and indexes built once are not work per text
    small_calls, small_memory = _work(function, SHAPES[shape](SMALL))
    large_calls, large_memory = _work(function, SHAPES[shape](LARGE))
    assert large_calls <= LINEAR * max(small_calls, 100), (small_calls, large_calls)
    assert large_memory <= LINEAR * max(small_memory, 64_000), (small_memory, large_memory)


@pytest.mark.parametrize("name", FUNCTIONS)
@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=300))
def test_any_text_gives_a_result_or_a_documented_error(name: str, text: str) -> None:
    with contextlib.suppress(CentasiaClaimsError):  # a documented refusal is an allowed outcome
        FUNCTIONS[name](text)


# Every command, with arbitrary arguments: an exit code of the documented ones, no traceback, and never the
# internal-error code 5 (which would be a bug).

ARGUMENTS = {
    "report": [],
    "estimates": ["MEASURE"],
    "family": ["MEASURE"],
    "facts": ["SUBJECT", "FACT"],
    "names": ["NAME"],
    "check": [],
    "trace": ["CLAIM"],
    "schema": [],
}

argument = st.text(st.characters(exclude_categories=["Cs"]), max_size=60).filter(
    lambda text: not text.startswith("-") and "\x00" not in text
)


@pytest.mark.parametrize("command", ARGUMENTS)
@settings(max_examples=8, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_every_command_ends_with_a_documented_code(
    command: str, data: st.DataObject, capsys: pytest.CaptureFixture[str]
) -> None:
    values = [data.draw(argument, label=name) for name in ARGUMENTS[command]]
    flags = data.draw(st.lists(st.sampled_from(["--json", "--bogus", "--max-pairs=-3"]), max_size=2))
    code = main([command, *values, *flags])
    err = capsys.readouterr().err
    assert code in {0, 1, 2, 3, 4}, err
    assert "Traceback" not in err


# Malformed corpora: every class refused, with a CorpusError and no partial corpus.

SOURCE = {"id": "source:a", "title": "A", "document": "a.txt", "span": {"start": 0, "end": 4}}


def _fixture_texts() -> st.SearchStrategy[str]:
    valid = json.dumps({"sources": [SOURCE]})
    return st.one_of(
        st.text(max_size=200),  # arbitrary text
        st.integers(0, len(valid)).map(lambda cut: valid[:cut]),  # cut short
        st.integers(1, 400).map(lambda depth: "[" * depth + "]" * depth),  # nested
        st.just(valid[:-1] + ', "sources": []}'),  # a repeated key
        st.binary(max_size=50).map(lambda raw: raw.decode("latin-1")),  # not what was meant
    )


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(fixture=_fixture_texts(), document=st.text(max_size=40))
def test_any_fixture_and_document_load_or_are_refused(
    tmp_path_factory: pytest.TempPathFactory, fixture: str, document: str
) -> None:
    folder = write_folder(tmp_path_factory.mktemp("c"), {"a.json": fixture}, {"a.txt": document})
    try:
        corpus: Any = load_corpus(folder)
    except CorpusError as error:
        assert error.problems  # noqa: PT017  (every refusal lists its problems)
    else:
        assert corpus.sources  # a corpus is returned only whole
