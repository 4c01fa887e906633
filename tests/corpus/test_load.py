from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest

from centasia_claims import CorpusError, load_corpus, load_seed_corpus
from centasia_claims.errors import Problem
from tests.builders import write_folder

if TYPE_CHECKING:
    from pathlib import Path

TEXT = "Tajik authorities say up to 1,000 nationals have joined IS."
QUOTE = {"exact": "up to 1,000", "start": 22, "end": 33}
SOURCE = {"id": "source:a", "title": "A", "document": "a.txt", "span": {"start": 0, "end": len(TEXT)}}
MEASURE = {"id": "measure:joined", "label": "Tajiks who joined IS", "unit": "people", "kind": "cumulative"}
DOCUMENTS = {"a.txt": TEXT}
VALUE = {"phrase": "up to 1,000", "qualifier": "at_most", "unit": "people", "high": 1000}


def _claim(**fields: Any) -> dict[str, Any]:
    return {
        "id": "claim:a",
        "source": "source:a",
        "quote": QUOTE,
        "statement": "Up to 1,000 joined.",
        "measure": "measure:joined",
        "value": VALUE,
        **fields,
    }


def _problems(folder: Path) -> list[str]:
    with pytest.raises(CorpusError) as caught:
        load_corpus(folder)
    return [str(problem) for problem in caught.value.problems]


def test_a_valid_folder_loads(tmp_path: Path) -> None:
    corpus = load_corpus(
        write_folder(
            tmp_path,
            {"a.json": {"sources": [SOURCE], "measures": [MEASURE], "claims": [_claim()]}},
            DOCUMENTS,
        )
    )
    assert (
        len(corpus.claims),
        len(corpus.claims_for("measure:joined")),
        corpus.claims[0].quote.exact,
    ) == (1, 1, "up to 1,000")


def test_sections_of_several_files_are_concatenated(tmp_path: Path) -> None:
    corpus = load_corpus(
        write_folder(
            tmp_path,
            {"1.json": {"sources": [SOURCE], "measures": [MEASURE]}, "2.json": {"claims": [_claim()]}},
            DOCUMENTS,
        )
    )
    assert [claim.id for claim in corpus.claims_in("source:a")] == ["claim:a"]


BASE = {"sources": [SOURCE], "measures": [MEASURE]}


@pytest.mark.parametrize(
    ("fixture", "expected"),
    [
        pytest.param(
            '{"claims": [1,}',
            ["fixtures/bad.json: line 1, column 15 (char 14): invalid JSON: Expecting value"],
            id="invalid-json",
        ),
        pytest.param(
            {**BASE, "claims": [_claim(statement=5)]},
            ["fixtures/bad.json: $.claims[0].statement: expected a string, got a number (5)"],
            id="wrong-type",
        ),
        pytest.param(
            {**BASE, "claims": [{k: v for k, v in _claim().items() if k != "quote"}]},
            ["fixtures/bad.json: $.claims[0].quote: required field missing"],
            id="missing-required-field",
        ),
        pytest.param(
            {**BASE, "claims": [_claim(colour="red")]},
            [
                "fixtures/bad.json: $.claims[0].colour: unknown key: allowed keys are id, source, quote, "
                "statement, about, measure, value, predicate, period, as_of, attribution, stance, status, "
                "note"
            ],
            id="unknown-key",
        ),
        pytest.param(
            {**BASE, "claims": [_claim(value={**VALUE, "qualifier": "range", "low": 500, "high": 300})]},
            ["fixtures/bad.json: $.claims[0].value.low: must be <= high (got low=500, high=300)"],
            id="low-above-high",
        ),
        pytest.param(
            {**BASE, "claims": [_claim(source="source:nowhere")]},
            [
                "fixtures/bad.json: $.claims[0].source: unknown source id 'source:nowhere': "
                "add it to the corpus or correct the id"
            ],
            id="dangling-id",
        ),
        pytest.param(
            {**BASE, "claims": [_claim(), _claim()]},
            [
                "fixtures/bad.json: $.claims[1].id: duplicate id 'claim:a', first used at "
                "fixtures/bad.json: $.claims[0]"
            ],
            id="duplicate-id",
        ),
        pytest.param(
            {**BASE, "opinions": []},
            [
                "fixtures/bad.json: $.opinions: unknown section: allowed are sources, persons, "
                "organizations, places, events, measures, claims, mentions, exclusions"
            ],
            id="unknown-section",
        ),
        pytest.param(
            ["not", "an", "object"],
            [
                "fixtures/bad.json: $: expected an object with sections sources, persons, organizations, "
                "places, events, measures, claims, mentions, exclusions"
            ],
            id="not-an-object",
        ),
        pytest.param(
            {**BASE, "claims": {"id": "claim:a"}},
            ["fixtures/bad.json: $.claims: expected a list of objects"],
            id="section-not-a-list",
        ),
        pytest.param(
            {**BASE, "claims": [_claim(measure="source:a")]},
            ["fixtures/bad.json: $.claims[0].measure: 'source:a' is a source, but a measure is needed here"],
            id="wrong-kind-of-id",
        ),
        pytest.param(
            {"sources": [{**SOURCE, "document": "b.txt"}]},
            [
                "fixtures/bad.json: $.sources[0].document: "
                "no document 'b.txt' in documents/ (there are: a.txt)"
            ],
            id="missing-document",
        ),
        pytest.param(
            {"sources": [{**SOURCE, "span": {"start": 0, "end": 999}}]},
            ["fixtures/bad.json: $.sources[0].span.end: 999 is past the end of 'a.txt' (59 code points)"],
            id="span-past-end",
        ),
    ],
)
def test_malformed_fixture_gives_one_clear_error(tmp_path: Path, fixture: Any, expected: list[str]) -> None:
    assert expected == _problems(write_folder(tmp_path, {"bad.json": fixture}, DOCUMENTS))


def test_every_problem_in_every_file_is_listed(tmp_path: Path) -> None:
    folder = write_folder(
        tmp_path,
        {
            "1.json": {
                **BASE,
                "claims": [
                    _claim(value={**VALUE, "qualifier": "range", "low": 500, "high": 300}),
                    _claim(id="claim:b", source="source:nowhere", about="person:x"),
                    _claim(id="claim:a"),
                ],
            },
            "2.json": "{",
        },
        DOCUMENTS,
    )
    assert _problems(folder) == [
        "fixtures/1.json: $.claims[0].value.low: must be <= high (got low=500, high=300)",
        "fixtures/1.json: $.claims[1].about: expected a list, got a string ('person:x')",
        "fixtures/2.json: line 1, column 2 (char 1): "
        "invalid JSON: Expecting property name enclosed in double quotes",
        "fixtures/1.json: $.claims[2].id: duplicate id 'claim:a', first used at fixtures/1.json: $.claims[0]",
    ]


def test_missing_folders(tmp_path: Path) -> None:
    assert [
        f"{tmp_path}: documents/: missing folder: a corpus keeps its texts in documents/",
        f"{tmp_path}: fixtures/: missing folder: a corpus keeps its JSON in fixtures/",
    ] == _problems(tmp_path)


def test_document_that_is_not_utf8(tmp_path: Path) -> None:
    folder = write_folder(tmp_path, {}, DOCUMENTS)
    (folder / "documents" / "b.txt").write_bytes(b"caf\xe9")
    assert _problems(folder) == ["documents/b.txt: byte 3: not valid UTF-8: save the document as UTF-8"]


def test_error_message_lists_all_problems(tmp_path: Path) -> None:
    with pytest.raises(CorpusError) as caught:
        load_corpus(
            write_folder(tmp_path, {"bad.json": {**BASE, "claims": [_claim(statement=5)]}}, DOCUMENTS)
        )
    assert str(caught.value) == (
        "1 problem; no corpus was returned:\n"
        "  fixtures/bad.json: $.claims[0].statement: expected a string, got a number (5)"
    )
    assert isinstance(caught.value, ValueError)
    assert caught.value.problems == (
        Problem("fixtures/bad.json", "$.claims[0].statement", "expected a string, got a number (5)"),
    )


def test_newlines_are_kept_so_offsets_stay_exact(tmp_path: Path) -> None:
    folder = write_folder(tmp_path, {}, DOCUMENTS)
    (folder / "documents" / "a.txt").write_bytes(b"one\r\ntwo")
    assert "one\r\ntwo" == load_corpus(folder).document_text("a.txt")


def test_seed_corpus_loads_and_is_cached() -> None:
    corpus = load_seed_corpus()
    assert corpus is load_seed_corpus()
    assert 5 == len(corpus.documents)
