from __future__ import annotations

import json
import os
from typing import TYPE_CHECKING, Any

import pytest

from centasia_claims import CorpusError, TextQuote, load_corpus, load_seed_corpus
from centasia_claims.corpus import Limits, seed_path
from centasia_claims.errors import Problem
from tests.builders import quote_of, write_folder

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


def _problems(*folders: Any, allow_empty: bool = False) -> list[str]:
    with pytest.raises(CorpusError) as caught:
        load_corpus(*folders, allow_empty=allow_empty)
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
        quote_of(corpus.claims[0]).exact,
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
            [
                "fixtures/bad.json: line 1, column 15 (char 14): invalid JSON: Expecting value: a value is "
                "missing or is not JSON here (JSON allows no comments, single quotes, NaN, undefined, or a "
                "comma before a closing bracket): write a JSON value, or remove the stray comma"
            ],
            id="invalid-json",
        ),
        pytest.param(
            {**BASE, "claims": [_claim(statement=5)]},
            ["fixtures/bad.json: $.claims[0].statement: expected a string, got a number (5)"],
            id="wrong-type",
        ),
        pytest.param(
            {**BASE, "claims": [{k: v for k, v in _claim().items() if k != "quote"}]},
            [
                "fixtures/bad.json: $.claims[0].unquoted: a claim without a quote needs the reason "
                "in unquoted (got none): quote the text it rests on, or say why it has no verbatim quote"
            ],
            id="missing-required-field",
        ),
        pytest.param(
            {**BASE, "claims": [_claim(colour="red")]},
            [
                "fixtures/bad.json: $.claims[0].colour: unknown key: allowed keys are id, source, quote, "
                "unquoted, statement, about, measure, value, predicate, period, as_of, occasion, "
                "attribution, stance, status, note, scope, term"
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
                "fixtures/bad.json: $.claims[0]: give one another id"
            ],
            id="duplicate-id",
        ),
        pytest.param(
            {**BASE, "opinions": []},
            [
                "fixtures/bad.json: $.opinions: unknown section: allowed are format, extend, sources, "
                "persons, organizations, places, events, groups, measures, claims, mentions, exclusions"
            ],
            id="unknown-section",
        ),
        pytest.param(
            ["not", "an", "object"],
            [
                "fixtures/bad.json: $: expected an object with keys format, extend, sources, persons, "
                "organizations, places, events, groups, measures, claims, mentions, exclusions"
            ],
            id="not-an-object",
        ),
        pytest.param(
            None,
            [
                "fixtures/bad.json: $: expected an object with keys format, extend, sources, persons, "
                "organizations, places, events, groups, measures, claims, mentions, exclusions"
            ],
            id="json-null",
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
        pytest.param(
            {"sources": [{**SOURCE, "language": "Russian"}]},
            [
                "fixtures/bad.json: $.sources[0].language: 'Russian' is not a BCP 47 language tag: write "
                "the language's code, such as 'ru' (Russian), 'tg' (Tajik), 'en' (English) or 'uz-Latn' "
                "(Uzbek in Latin script)"
            ],
            id="language-not-a-tag",
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
        "invalid JSON: Expecting property name enclosed in double quotes: write each key in double quotes, "
        "and remove a comma before a closing brace",
        "fixtures/1.json: $.claims[2].id: duplicate id 'claim:a', first used at fixtures/1.json: "
        "$.claims[0]: give one another id",
    ]


def test_missing_folders(tmp_path: Path) -> None:
    assert [
        f"{tmp_path}: documents/: missing folder: a corpus keeps its texts in documents/",
        f"{tmp_path}: fixtures/: missing folder: a corpus keeps its JSON in fixtures/",
    ] == _problems(tmp_path)


def test_document_that_is_not_utf8(tmp_path: Path) -> None:
    folder = write_folder(tmp_path, {}, DOCUMENTS)
    (folder / "documents" / "b.txt").write_bytes(b"caf\xe9")
    assert _problems(folder, allow_empty=True) == [
        "documents/b.txt: byte 3: not valid UTF-8: save the document as UTF-8"
    ]


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
    (folder / "documents" / "a.txt").write_bytes(b"one\ntwo\n\n")
    assert "one\ntwo\n\n" == load_corpus(folder, allow_empty=True).document_text("a.txt")


def test_seed_corpus_loads_and_is_cached() -> None:
    corpus = load_seed_corpus()
    assert corpus is load_seed_corpus()
    assert 5 == len(corpus.documents)


# Several folders, documents per folder, offsets found at load, format versions, empty folders.

SAY = "Tajik authorities say up to 1,000 nationals have joined IS. Up to 1,000 is a lot."
SAY_SOURCE = {**SOURCE, "span": {"start": 0, "end": len(SAY)}}
HINT = (
    "or, in a fixture, leave start and end out to have them found (centasia-claims fix-offsets FOLDER fills "
    "them in)"
)


def _quoted(id_: str, quote: dict[str, Any]) -> dict[str, Any]:
    return {"id": id_, "source": "source:a", "quote": quote, "statement": "They joined."}


def _base(tmp_path: Path) -> Path:
    return write_folder(
        tmp_path / "base", {"a.json": {"sources": [SAY_SOURCE], "measures": [MEASURE]}}, {"a.txt": SAY}
    )


def test_a_later_folder_adds_claims_about_an_earlier_one(tmp_path: Path) -> None:
    mine = write_folder(
        tmp_path / "mine",
        {"b.json": {"claims": [_claim(quote={"exact": "up to 1,000 nationals"})]}},
    )
    corpus = load_corpus(_base(tmp_path), mine)
    assert (("claim:a",), TextQuote(exact="up to 1,000 nationals", start=22, end=43)) == (
        tuple(claim.id for claim in corpus.claims_for("measure:joined")),
        corpus.claims[0].quote,
    )


def test_a_duplicate_id_names_both_folders(tmp_path: Path) -> None:
    mine = write_folder(tmp_path / "mine", {"b.json": {"measures": [MEASURE]}})
    assert [
        f"{tmp_path}/mine/fixtures/b.json: $.measures[0].id: duplicate id 'measure:joined', first used at "
        f"{tmp_path}/base/fixtures/a.json: $.measures[0]: give one another id, or add to the first in an "
        "extend section"
    ] == _problems(_base(tmp_path), mine)


def test_the_bundled_corpus_is_named_seeds(tmp_path: Path) -> None:
    mine = write_folder(
        tmp_path / "mine",
        {"b.json": {"persons": [{"id": "person:gulmurod-halimov", "names": [{"text": "G"}]}]}},
    )
    assert [
        f"{tmp_path}/mine/fixtures/b.json: $.persons[0].id: duplicate id "
        "'person:gulmurod-halimov', first used "
        "at seeds/fixtures/entities.json: $.persons[0]: give one another id, or add to the first in an "
        "extend section"
    ] == _problems(seed_path(), mine)


def test_a_source_reads_its_document_from_its_own_folder(tmp_path: Path) -> None:
    mine = write_folder(tmp_path / "mine", {"b.json": {"sources": [{**SAY_SOURCE, "id": "source:b"}]}})
    assert [
        f"{tmp_path}/mine/fixtures/b.json: $.sources[0].document: no document 'a.txt' in {tmp_path}/mine/"
        f"documents/ (it is in {tmp_path}/base/documents/, but a source reads its document from its own "
        "folder): copy the document into this folder, or define the source in the folder of its document"
    ] == _problems(_base(tmp_path), mine)


def test_one_document_name_with_two_texts_is_refused(tmp_path: Path) -> None:
    mine = write_folder(tmp_path / "mine", {"b.json": {}}, {"a.txt": SAY + "!"})
    assert [
        f"{tmp_path}/mine: documents/a.txt: a different document of the same name is in {tmp_path}/base/"
        "documents/: document names must be unique across the folders loaded together; rename this one, and "
        "the document of its sources"
    ] == _problems(_base(tmp_path), mine)


def test_the_same_document_in_two_folders_is_one_document(tmp_path: Path) -> None:
    mine = write_folder(
        tmp_path / "mine", {"b.json": {"sources": [{**SAY_SOURCE, "id": "source:b"}]}}, {"a.txt": SAY}
    )
    corpus = load_corpus(_base(tmp_path), mine)
    assert (1, "a.txt") == (len(corpus.documents), corpus.source("source:b").document)


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        pytest.param(
            {"exact": "1,000"},
            "the quote '1,000' occurs 2 times in source 'source:a' (0-81 of 'a.txt'), at 28-33, 66-71: "
            "give the start and end of the one meant, or a prefix or suffix that tells them apart",
            id="twice",
        ),
        pytest.param(
            {"exact": "up to 2,000"},
            "the quote 'up to 2,000' does not occur in source 'source:a' (0-81 of 'a.txt'), not even with "
            "whitespace, quotation marks or dashes read loosely: quote the text as written",
            id="nowhere",
        ),
        pytest.param(
            {"exact": "nationals", "end": 43}, f"the quote has end but no start: give both, {HINT}", id="half"
        ),
        pytest.param(
            {"exact": "nationals", "start": 3, "end": 12},
            "the quote 'nationals' is not at 3-12 of 'a.txt' but at 34-43 (moved by +31): set start=34, "
            f"end=43, {HINT}",
            id="moved",
        ),
    ],
)
def test_a_quote_that_cannot_be_placed_is_a_load_error(
    tmp_path: Path, quote: dict[str, Any], expected: str
) -> None:
    folder = write_folder(
        tmp_path, {"a.json": {"sources": [SAY_SOURCE], "claims": [_quoted("claim:q", quote)]}}, {"a.txt": SAY}
    )
    assert [f"fixtures/a.json: $.claims[0].quote: {expected}"] == _problems(folder)


def test_a_quote_of_an_unknown_source_is_reported_once(tmp_path: Path) -> None:
    folder = write_folder(
        tmp_path,
        {"a.json": {"claims": [{**_quoted("claim:q", {"exact": "x"}), "source": "source:b"}]}},
        {"a.txt": SAY},
    )
    assert [
        "fixtures/a.json: $.claims[0].source: unknown source id 'source:b': add it to "
        "the corpus or correct the id"
    ] == _problems(folder)


def test_quotes_of_mentions_and_exclusions_are_placed(tmp_path: Path) -> None:
    fixture = {
        "sources": [SAY_SOURCE],
        "organizations": [{"id": "org:is", "names": [{"text": "IS"}]}],
        "mentions": [
            {"entity": "org:is", "name": "IS", "source": "source:a", "quote": {"exact": "joined IS"}}
        ],
        "exclusions": [{"source": "source:a", "quote": {"exact": "is a lot"}, "reason": "idiom"}],
    }
    corpus = load_corpus(write_folder(tmp_path, {"a.json": fixture}, {"a.txt": SAY}))
    quotes = [item.quote for item in corpus.mentions] + [item.quote for item in corpus.exclusions]
    assert [(49, 58), (72, 80)] == [(quote.start, quote.end) for quote in quotes]


@pytest.mark.parametrize(
    ("fixture", "expected"),
    [
        pytest.param(
            {"format": 3},
            "fixtures/a.json: $.format: format 3 is newer than this version of centasia-claims reads (2 at "
            "most): upgrade centasia-claims",
            id="newer",
        ),
        pytest.param(
            {"format": "2"},
            "fixtures/a.json: $.format: expected a whole number of at least 1 (the format version), got '2'",
            id="not-a-number",
        ),
        pytest.param(
            {"format": 2, "extend": {"id": "x"}},
            "fixtures/a.json: $.extend: expected a list of objects",
            id="extend-not-a-list",
        ),
    ],
)
def test_format_versions(tmp_path: Path, fixture: Any, expected: str) -> None:
    assert [expected] == _problems(write_folder(tmp_path, {"a.json": fixture}, DOCUMENTS))


def test_version_1_and_2_files_load_together(tmp_path: Path) -> None:
    folder = write_folder(
        tmp_path, {"1.json": {"sources": [SOURCE]}, "2.json": {"format": 2, "measures": [MEASURE]}}, DOCUMENTS
    )
    assert {"sources": 1, "measures": 1} == {
        name: count for name, count in load_corpus(folder).counts().items() if count and name != "documents"
    }


def test_an_empty_corpus_is_refused_unless_asked_for(tmp_path: Path) -> None:
    folder = write_folder(tmp_path, {}, DOCUMENTS)
    assert [
        f"{tmp_path}: fixtures/: no fixture files: a corpus needs at least one fixtures/*.json (to load an "
        "empty corpus, pass allow_empty=True or --allow-empty)"
    ] == _problems(folder)
    assert 0 == len(load_corpus(folder, allow_empty=True).sources)


def test_no_folder_at_all_is_refused() -> None:
    with pytest.raises(CorpusError) as caught:
        load_corpus()
    assert ["no corpus folder given: pass at least one path"] == [
        problem.message for problem in caught.value.problems
    ]


def test_the_seed_corpus_loads_from_its_path_as_one_of_several(tmp_path: Path) -> None:
    mine = write_folder(
        tmp_path / "mine",
        {
            "b.json": {
                "claims": [
                    {
                        **_claim(),
                        "source": "source:rferl-up-to-1000",
                        "measure": "measure:tajiks-joined-is-syria-iraq",
                        "quote": {"exact": "up to 1,000 nationals"},
                    }
                ]
            }
        },
    )
    corpus = load_corpus(seed_path(), mine)
    assert len(load_seed_corpus().claims) + 1 == len(corpus.claims)
    quote = corpus.claims[-1].quote
    assert quote is not None
    assert quote.exact == "up to 1,000 nationals"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        pytest.param(
            {**SAY_SOURCE, "span": {"start": "0", "end": 81}},
            [
                "fixtures/a.json: $.claims[0].quote: the quote cannot be placed: its source 'source:a' has "
                "no valid document and span",
                "fixtures/a.json: $.sources[0].span.start: expected a whole number, got a string ('0')",
            ],
            id="malformed-span",
        ),
        pytest.param(
            {**SAY_SOURCE, "document": "b.txt"},
            [
                "fixtures/a.json: $.claims[0].quote: the quote cannot be placed: its source 'source:a' has "
                "no document 'b.txt'",
                "fixtures/a.json: $.sources[0].document: no document 'b.txt' in documents/ "
                "(there are: a.txt)",
            ],
            id="missing-document",
        ),
    ],
)
def test_a_quote_in_a_broken_source_is_not_placed(tmp_path: Path, source: Any, expected: list[str]) -> None:
    fixture = {"sources": [source], "claims": [_quoted("claim:q", {"exact": "nationals"})]}
    assert expected == _problems(write_folder(tmp_path, {"a.json": fixture}, {"a.txt": SAY}))


# Hostile folders: repeated keys, deep nesting, sizes, links out, special files, documents that shift offsets.


def test_a_repeated_section_is_an_error_not_ten_claims_fewer(tmp_path: Path) -> None:
    fixture = json.dumps({"sources": [SOURCE], "measures": [MEASURE], "claims": [_claim()]})
    folder = write_folder(tmp_path, {"a.json": fixture[:-1] + ', "claims": []}'}, DOCUMENTS)
    assert [
        "fixtures/a.json: $.claims: the key 'claims' appears twice in one object, at line 1, column 216 and "
        "at line 1, column 485: JSON keeps only the last, so keep one (merge the two values into it)"
    ] == _problems(folder)


def test_nesting_10000_deep_is_a_corpus_error(tmp_path: Path) -> None:
    folder = write_folder(tmp_path, {"a.json": '{"claims": ' + "[" * 10_000 + "]" * 10_000 + "}"}, DOCUMENTS)
    assert [
        "fixtures/a.json: $: nested deeper than 64 levels of objects and lists (at line 1, column 75): a "
        "fixture needs about 6; flatten it, or raise Limits.max_depth for a corpus you trust"
    ] == _problems(folder)


def test_limits_are_configurable(tmp_path: Path) -> None:
    folder = write_folder(tmp_path, {"a.json": {"sources": [SOURCE]}}, DOCUMENTS)
    with pytest.raises(CorpusError) as caught:
        load_corpus(folder, limits=Limits(max_fixture_bytes=10, max_document_bytes=10))
    assert [
        "documents/a.txt: 59 bytes: more than the 10 bytes a document may have: split it, or raise "
        "Limits.max_document_bytes for a corpus you trust",
        "fixtures/a.json: 101 bytes: more than the 10 bytes a fixture may have: split it, or raise "
        "Limits.max_fixture_bytes for a corpus you trust",
    ] == [str(problem) for problem in caught.value.problems]
    assert 1 == len(load_corpus(folder, limits=Limits(max_depth=4)).sources)


def test_a_link_out_of_the_folder_is_not_followed(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "corpus", {"a.json": {"sources": [SOURCE]}}, DOCUMENTS)
    (tmp_path / "secret.txt").write_text("secret", encoding="utf-8")
    (folder / "documents" / "b.txt").symlink_to(tmp_path / "secret.txt")
    (folder / "fixtures" / "b.json").symlink_to(tmp_path / "secret.txt")
    (folder / "documents" / "c.txt").symlink_to(folder / "documents" / "a.txt")  # inside: read
    message = "a symbolic link out of the corpus folder, which is not followed: copy the file into the folder"
    message += " instead"
    assert [f"{folder}: documents/b.txt: {message}", f"{folder}: fixtures/b.json: {message}"] == _problems(
        folder
    )


def test_a_pipe_is_not_read(tmp_path: Path) -> None:
    folder = write_folder(tmp_path, {"a.json": {"sources": [SOURCE]}}, DOCUMENTS)
    os.mkfifo(folder / "documents" / "pipe.txt")
    assert [
        f"{folder}: documents/pipe.txt: not a regular file (a device, pipe or socket): only regular files "
        "are read"
    ] == _problems(folder)


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        (
            "\ufeff" + TEXT,
            "documents/a.txt: char 0: starts with a byte order mark (U+FEFF), which counts as a character "
            "before every offset: save it as UTF-8 without a BOM",
        ),
        (
            TEXT.replace(" ", "\r\n"),
            "documents/a.txt: char 5: has CR line endings, each a character more than a reader counts: save "
            "it with LF (Unix) line endings",
        ),
        (
            "Cafe\u0301 " + TEXT,
            "documents/a.txt: char 3: is not in Unicode NFC form (a letter and its accent as two "
            "characters), so its offsets differ from the same text composed: normalize it to NFC",
        ),
    ],
    ids=["bom", "crlf", "nfd"],
)
def test_a_document_that_shifts_offsets_is_one_problem(tmp_path: Path, document: str, expected: str) -> None:
    claims = [_claim(id=f"claim:{index}") for index in range(5)]
    floating = [_claim(id="claim:placed", quote={"exact": "up to 1,000"})]
    fixture = {"sources": [SOURCE], "measures": [MEASURE], "claims": claims + floating}
    assert [expected] == _problems(write_folder(tmp_path, {"a.json": fixture}, {"a.txt": document}))


@pytest.mark.parametrize(
    ("document", "quote", "expected"),
    [
        (
            "Ahq\u0307 said 10",
            {"exact": "Ahq", "start": 0, "end": 3},
            "$.claims[0].quote: the quote 'Ahq' at 0-3 of 'a.txt' ends inside a character (between a letter "
            "and its accent, inside an emoji or a flag): extend it to the whole character",
        ),
        (
            "Flag \U0001f1f9\U0001f1ef said 10",
            {"exact": "\U0001f1ef said"},
            "$.claims[0].quote: the quote '\U0001f1ef said' occurs in source 'source:a' (0-15 of 'a.txt') "
            "only where it starts inside a character (between a letter and its accent, inside an emoji or a "
            "flag): extend it to the whole character",
        ),
    ],
    ids=["offsets-given", "placed-at-load"],
)
def test_a_quote_must_not_cut_a_character(
    tmp_path: Path, document: str, quote: dict[str, Any], expected: str
) -> None:
    source = {**SOURCE, "span": {"start": 0, "end": len(document)}}
    claim = _claim(quote=quote)
    folder = write_folder(
        tmp_path,
        {"a.json": {"sources": [source], "measures": [MEASURE], "claims": [claim]}},
        {"a.txt": document},
    )
    assert [f"fixtures/a.json: {expected}"] == _problems(folder)


@pytest.mark.parametrize(
    "measures",
    ['{"measures": [' + json.dumps(MEASURE) + "]", {"format": 99, "measures": [MEASURE]}],
    ids=["not-json", "format-not-read"],
)
def test_ids_of_a_fixture_refused_whole_are_not_reported_again(tmp_path: Path, measures: object) -> None:
    fixtures = {"a.json": measures, "b.json": {"sources": [SOURCE], "claims": [_claim()]}}
    problems = _problems(write_folder(tmp_path, fixtures, DOCUMENTS))
    assert 1 == len(problems)
    assert problems[0].startswith("fixtures/a.json: ")
