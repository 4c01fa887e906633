from __future__ import annotations

import copy
import json
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from centasia_claims import Claim, CorpusError, Source, load_corpus
from centasia_claims.corpus import (
    DEFAULT_LIMITS,
    FORMAT_VERSION,
    SECTIONS,
    Limits,
    _fast,
    _json,
    _load,
    seed_path,
)
from centasia_claims.serialization import structure, unstructure
from tests import strategies
from tests.builders import sound_corpus, write, write_folder

if TYPE_CHECKING:
    from pathlib import Path

    from centasia_claims.corpus import Corpus

TEXT = "Tajik authorities say up to 1,000 nationals have joined IS: “we know”."
SOURCE = {"id": "source:a", "title": "A", "document": "a.txt", "span": {"start": 0, "end": len(TEXT)}}
MEASURE = {"id": "measure:joined", "label": "Tajiks who joined IS", "unit": "people", "kind": "cumulative"}
CLAIM = {
    "id": "claim:a",
    "source": "source:a",
    "quote": {"exact": "up to 1,000", "start": 22, "end": 33, "suffix": " nationals"},
    "statement": "Up to 1,000 joined.",
    "measure": "measure:joined",
    "value": {"phrase": "up to 1,000", "qualifier": "at_most", "unit": "people", "high": 1000},
    "attribution": [{"agent": None, "text": "Tajik authorities", "verb": "said"}],
}
FIXTURE = {"format": 2, "sources": [SOURCE], "measures": [MEASURE], "claims": [CLAIM]}


def _fast_and_careful(root: Path) -> tuple[Corpus | None, Corpus | None]:
    """What each path makes of one folder: the fast path's corpus or None, the careful path's or None."""
    fast = _load._load_fast([root], allow_empty=False, limits=DEFAULT_LIMITS)
    try:
        careful = _load._load_carefully([root], allow_empty=False, limits=DEFAULT_LIMITS)
    except CorpusError:
        careful = None
    return fast, careful


def _folder(tmp_path: Path, fixture: object, name: str = "f") -> Path:
    return write_folder(tmp_path / name, {"a.json": fixture}, {"a.txt": TEXT})


def test_the_seed_corpus_takes_the_fast_path_and_equals_the_careful_one() -> None:
    fast = _load._load_fast([seed_path()], allow_empty=False, limits=DEFAULT_LIMITS)
    careful = _load._load_carefully([seed_path()], allow_empty=False, limits=DEFAULT_LIMITS)
    assert fast is not None
    assert fast == careful
    for name in SECTIONS:
        assert [type(item) for item in getattr(fast, name)] == [type(item) for item in getattr(careful, name)]


def test_a_sound_corpus_takes_the_fast_path(tmp_path: Path) -> None:
    fast, careful = _fast_and_careful(write(sound_corpus(), tmp_path / "sound"))
    assert fast is not None
    assert fast == careful == sound_corpus()


def test_a_quote_without_offsets_is_placed_on_the_fast_path(tmp_path: Path) -> None:
    claim = {**CLAIM, "quote": {"exact": "up to 1,000"}}
    fast, careful = _fast_and_careful(_folder(tmp_path, {**FIXTURE, "claims": [claim]}))
    assert fast is not None
    assert fast == careful
    quote = fast.claims[0].quote
    assert quote is not None
    assert (quote.start, quote.end) == (22, 33)


@pytest.mark.parametrize(
    "text",
    [
        '{"format": 2, "sources": [], "sources": []}',
        '{"format": 2, "claims": [], "format": 2}',
        '{"format": 2, "measures": [{"id": "measure:x", "label": "x", "unit": "u", "unit" : "v"}]}',
        '{"format": 2, "measures": [{"id": "measure:x", "label": "x", "unit": "u", "unit"\n:\n"v"}]}',
    ],
    ids=["section", "format", "field", "field-spaced"],
)
def test_a_repeated_key_is_never_taken_by_the_fast_path(tmp_path: Path, text: str) -> None:
    root = write_folder(tmp_path / "f", {"a.json": text}, {"a.txt": TEXT})
    assert _load._load_fast([root], allow_empty=False, limits=DEFAULT_LIMITS) is None
    with pytest.raises(CorpusError, match="appears twice in one object"):
        load_corpus(root)


def test_a_repeated_key_in_a_claim_is_reported_as_by_the_careful_path(tmp_path: Path) -> None:
    text = json.dumps(FIXTURE).replace(
        '"statement": "Up to 1,000 joined."', '"statement": "a", "statement": "b"'
    )
    root = write_folder(tmp_path / "f", {"a.json": text}, {"a.txt": TEXT})
    with pytest.raises(CorpusError) as caught:
        load_corpus(root)
    assert [str(problem) for problem in caught.value.problems] == [
        "fixtures/a.json: $.claims[0].statement: the key 'statement' appears twice in one object, at line 1, "
        "column 363 and at line 1, column 381: JSON keeps only the last, so keep one (merge the two values "
        "into it)"
    ]


def test_a_limit_below_the_models_depth_takes_the_careful_path(tmp_path: Path) -> None:
    root = _folder(tmp_path, FIXTURE)
    assert (
        _load._load_fast([root], allow_empty=False, limits=Limits(max_depth=_fast.schema_depth() - 1)) is None
    )
    assert (
        _load._load_fast([root], allow_empty=False, limits=Limits(max_depth=_fast.schema_depth())) is not None
    )
    with pytest.raises(CorpusError, match="nested deeper than 4 levels"):
        load_corpus(root, limits=Limits(max_depth=_fast.schema_depth() - 1))


def test_a_fixture_of_format_1_is_read_on_the_fast_path(tmp_path: Path) -> None:
    # Version 1 differs from 2 only by lacking the number; a version whose upgrade changes items would not.
    assert (FORMAT_VERSION, sorted(_fast._SAME_SHAPE)) == (2, [1, 2])
    fixture = {key: value for key, value in FIXTURE.items() if key != "format"}
    fast, careful = _fast_and_careful(_folder(tmp_path, fixture))
    assert fast is not None
    assert fast == careful


def test_the_schema_depth_is_that_of_a_claim_with_its_attribution() -> None:
    # The file, the claims, a claim, its attribution, a step: five levels of objects and lists.
    assert _fast.schema_depth() == 5


def test_the_collector_is_left_as_it_was_after_a_load_and_after_a_failure(tmp_path: Path) -> None:
    import gc  # noqa: PLC0415  (the collector's state is what is tested)

    load_corpus(seed_path())
    assert gc.isenabled()
    with pytest.raises(CorpusError):
        load_corpus(tmp_path / "missing")
    assert gc.isenabled()
    gc.disable()
    try:
        load_corpus(seed_path())
        assert not gc.isenabled()
    finally:
        gc.enable()


# Changes to one claim of a sound fixture, each of which the careful path refuses or reads differently.
_BREAKS: list[tuple[str, Any]] = [
    ("id", 5),
    ("id", ""),
    ("id", "bad id"),
    ("source", "source:nowhere"),
    ("source", "measure:joined"),
    ("statement", " "),
    ("statement", ["a"]),
    ("measure", "measure:nowhere"),
    ("about", "person:x"),
    ("about", ["source:a"]),
    ("about", [""]),
    ("period", 2015),
    ("period", "2015/2014"),
    ("as_of", "2015-13"),
    ("stance", "maybe"),
    ("status", 3),
    ("colour", "red"),
    ("quote", {"exact": "up to 1,000", "start": 21, "end": 32}),
    ("quote", {"exact": "up to 1,000", "start": 22, "end": 34}),
    ("quote", {"exact": "up to 1,000", "start": 22}),
    ("quote", {"exact": "", "start": 22, "end": 22}),
    ("quote", {"exact": "up to 1,000", "start": 22.0, "end": 33}),
    ("quote", {"exact": "never written"}),
    ("quote", None),
    ("value", {"phrase": "up to 1,000", "qualifier": "at_most", "unit": "people", "high": True}),
    ("value", {"phrase": "up to 1,000", "qualifier": "at_most", "unit": "people", "high": "1000"}),
    ("value", {"phrase": "up to 1,000", "qualifier": "at_most", "unit": "people", "low": 1, "high": 1000}),
    ("value", {"phrase": "up to 1,000", "qualifier": "range", "unit": "people", "low": 9, "high": 1}),
    ("value", {"phrase": "up to 1,000", "qualifier": "at_most", "unit": "people", "high": -1}),
    ("value", {"phrase": "up to 1,000", "qualifier": "at_most", "unit": "people", "high": 1000, "x": 1}),
    ("value", None),
    ("attribution", [{"agent": "person:nobody", "text": "x", "verb": "said"}]),
    ("attribution", [{"agent": "source:a", "text": "x", "verb": "said"}]),
    ("attribution", [{"agent": None, "text": "", "verb": "said"}]),
    ("attribution", [{"agent": None, "text": "x", "verb": "sang"}]),
    ("attribution", {"agent": None, "text": "x", "verb": "said"}),
    ("term", "killed"),
    ("unquoted", "no quote"),
    ("occasion", ""),
]


@pytest.mark.parametrize(("field", "value"), _BREAKS, ids=[f"{field}={value!r}" for field, value in _BREAKS])
def test_the_fast_path_takes_nothing_the_careful_path_refuses(tmp_path: Path, field: str, value: Any) -> None:
    claim = copy.deepcopy(CLAIM)
    claim[field] = value
    fast, careful = _fast_and_careful(_folder(tmp_path, {**FIXTURE, "claims": [claim]}))
    assert careful is None
    assert fast is None


@pytest.mark.parametrize(
    "change",
    [
        {"sources": [SOURCE, SOURCE]},
        {"sources": [{**SOURCE, "document": "b.txt"}]},
        {"sources": [{**SOURCE, "span": {"start": 0, "end": len(TEXT) + 1}}]},
        {"sources": [{**SOURCE, "outlet": "org:nowhere"}]},
        {"measures": [MEASURE, {**MEASURE, "id": "claim:a"}]},
        {"measures": [{**MEASURE, "vocabulary": ["alive"]}]},
        {
            "mentions": [
                {"entity": "source:a", "name": "Tajik", "source": "source:a", "quote": {"exact": "Tajik"}}
            ]
        },
        {
            "exclusions": [
                {"source": "source:a", "reason": "date", "quote": {"exact": "IS", "start": 0, "end": 2}}
            ]
        },
        {"extend": []},
        {"format": 3},
        {"format": True},
        {"notes": []},
    ],
    ids=[
        "duplicate-id",
        "no-document",
        "span-past-end",
        "unknown-outlet",
        "duplicate-across-kinds",
        "term-missing",
        "mention-of-a-source",
        "exclusion-moved",
        "extend",
        "format-3",
        "format-bool",
        "unknown-section",
    ],
)
def test_the_fast_path_leaves_the_rest_to_the_careful_path(tmp_path: Path, change: dict[str, Any]) -> None:
    fast, careful = _fast_and_careful(_folder(tmp_path, {**FIXTURE, **change}))
    assert fast is None or fast == careful


# Texts the fast path's parser refuses where `json` reads them (NaN, a number past a float, a lone surrogate)
# or where both refuse (a byte order mark, bytes that are not UTF-8): each is left to the careful path.
_PARSER_EDGES = {
    "nan": json.dumps(FIXTURE).replace('"high": 1000', '"high": NaN'),
    "past-a-float": json.dumps(FIXTURE).replace('"high": 1000', '"high": 1e400'),
    "lone-surrogate": json.dumps(FIXTURE).replace('"statement": "Up', '"statement": "\\ud800Up'),
    "in-a-note": json.dumps(FIXTURE).replace('"statement": "Up', '"note": "\\ud800", "statement": "Up'),
}


@pytest.mark.parametrize("text", list(_PARSER_EDGES.values()), ids=list(_PARSER_EDGES))
def test_what_the_fast_parser_refuses_is_read_by_the_careful_path(tmp_path: Path, text: str) -> None:
    root = write_folder(tmp_path / "f", {"a.json": text}, {"a.txt": TEXT})
    fast, careful = _fast_and_careful(root)
    assert fast is None
    if careful is None:
        with pytest.raises(CorpusError):
            load_corpus(root)
    else:
        assert load_corpus(root) == careful


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"\xef\xbb\xbf" + json.dumps(FIXTURE).encode(), "byte order mark .* save it as UTF-8 without a BOM"),
        (json.dumps(FIXTURE).encode().replace(b"Up to", b"Up \xff"), "not valid UTF-8"),
    ],
    ids=["byte-order-mark", "not-utf-8"],
)
def test_bytes_the_fast_parser_refuses_are_reported_by_the_careful_path(
    tmp_path: Path, raw: bytes, message: str
) -> None:
    root = write_folder(tmp_path / "f", {}, {"a.txt": TEXT})
    (root / "fixtures" / "a.json").write_bytes(raw)
    assert _load._load_fast([root], allow_empty=False, limits=DEFAULT_LIMITS) is None
    with pytest.raises(CorpusError, match=message):
        load_corpus(root)


def test_a_cut_through_a_character_is_refused_on_the_fast_path(tmp_path: Path) -> None:
    text = "Cafe\u0301 1,000 joined."
    source = {**SOURCE, "span": {"start": 0, "end": len(text)}}
    claim = {**CLAIM, "quote": {"exact": "Cafe", "start": 0, "end": 4}}
    root = write_folder(
        tmp_path / "f", {"a.json": {**FIXTURE, "sources": [source], "claims": [claim]}}, {"a.txt": text}
    )
    fast, careful = _fast_and_careful(root)
    assert (fast, careful) == (None, None)


@settings(max_examples=40, deadline=None)
@given(strategies.claims())
def test_a_claim_is_built_as_the_converter_builds_it(claim: Claim) -> None:
    data = unstructure(claim)
    built = _fast.builder(Claim)(data, _fast.Counts())
    assert built == structure(data, Claim) == claim


@settings(max_examples=40, deadline=None)
@given(strategies.sources)
def test_a_source_is_built_as_the_converter_builds_it(source: Source) -> None:
    data = unstructure(source)
    assert _fast.builder(Source)(data, _fast.Counts()) == structure(data, Source)


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(alphabet=' :"\\\n{}[],ab'),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.from_regex(r"[a-z_][a-z0-9_]{0,5}", fullmatch=True), inner, max_size=3)
    ),
    max_leaves=12,
)


def _keys(value: object) -> int:
    if isinstance(value, dict):
        return len(value) + sum(_keys(item) for item in value.values())
    if isinstance(value, list):
        return sum(_keys(item) for item in value)
    return 0


@settings(max_examples=200, deadline=None)
@given(_JSON, st.sampled_from([None, 1, 2]), st.sampled_from([(",", ":"), (", ", " : "), (",", "\n:\t")]))
def test_text_keys_counts_every_key_whose_name_ends_in_a_name_character(
    value: object, indent: int | None, separators: tuple[str, str]
) -> None:
    text = json.dumps(value, ensure_ascii=False, indent=indent, separators=separators)
    assert _json.text_keys(text.encode()) == _keys(value)


@settings(max_examples=100, deadline=None)
@given(_JSON.filter(lambda value: isinstance(value, dict) and bool(value)))
def test_text_keys_sees_a_key_repeated_in_the_text(value: dict[str, object]) -> None:
    key = next(iter(value))
    text = json.dumps(value)[:-1] + f", {json.dumps(key)}: 1}}"
    assert _json.text_keys(text.encode()) > _keys(json.loads(text))
