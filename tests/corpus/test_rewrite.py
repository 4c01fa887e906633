from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import pytest

from centasia_claims import CorpusError
from centasia_claims.corpus import (
    Rewrite,
    fix_offsets,
    load_corpus,
    seed_path,
    upgrade_folder,
    write_fixtures,
)
from centasia_claims.serialization import unstructure
from tests.builders import write_folder

if TYPE_CHECKING:
    from pathlib import Path

TEXT = "He said 61 had returned. Later, 61 had returned and \u201cmore\u201d came."
SOURCE = {"id": "source:a", "title": "A", "document": "a.txt", "span": {"start": 0, "end": len(TEXT)}}


def _claim(id_: str, quote: dict[str, Any]) -> dict[str, Any]:
    return {"id": id_, "source": "source:a", "quote": quote, "statement": "They returned."}


def _folder(tmp_path: Path, claims: list[dict[str, Any]], *, indent: int | None = 2) -> Path:
    folder = write_folder(tmp_path / "mine", {}, {"a.txt": TEXT})
    data = {"format": 2, "sources": [SOURCE], "claims": claims}
    (folder / "fixtures" / "a.json").write_text(json.dumps(data, indent=indent) + "\n", encoding="utf-8")
    return folder


def test_offsets_are_filled_in_and_moved_quotes_placed_again(tmp_path: Path) -> None:
    folder = _folder(
        tmp_path,
        [
            _claim("claim:a", {"exact": "He said", "prefix": ""}),
            _claim("claim:b", {"exact": "61 had", "start": 30, "end": 36}),
            _claim("claim:c", {"exact": '"more"'}),
            _claim("claim:d", {"exact": "Later", "start": 25, "end": 30}),
        ],
    )
    rewrite = fix_offsets(folder)
    assert (
        "fixtures/a.json: $.claims[0].quote: placed at 0-7\n"
        "fixtures/a.json: $.claims[1].quote: placed at 32-38 (was 30-36)\n"
        "fixtures/a.json: $.claims[2].quote: placed at 52-58, as the document writes it\n"
        "1 file to rewrite"
    ) == str(rewrite)
    write_fixtures(folder, rewrite)
    written = (folder / "fixtures" / "a.json").read_text(encoding="utf-8")
    quotes = [claim["quote"] for claim in json.loads(written)["claims"]]
    assert [
        {"exact": "He said", "start": 0, "end": 7, "prefix": ""},
        {"exact": "61 had", "start": 32, "end": 38},
        {"exact": "\u201cmore\u201d", "start": 52, "end": 58},
        {"exact": "Later", "start": 25, "end": 30},
    ] == quotes
    assert written.startswith('{\n  "format": 2,\n  "sources": [\n')
    assert "\u201cmore\u201d" in written  # the file was plain ASCII, without escapes: none are added
    assert 4 == len(load_corpus(folder).claims)
    assert "nothing to rewrite" == str(fix_offsets(folder))


def test_a_compact_file_stays_compact(tmp_path: Path) -> None:
    folder = _folder(tmp_path, [_claim("claim:a", {"exact": "He said"})], indent=None)
    write_fixtures(folder, fix_offsets(folder))
    written = (folder / "fixtures" / "a.json").read_text(encoding="utf-8")
    assert 1 == written.count("\n")
    assert '"quote": {"exact": "He said", "start": 0, "end": 7}' in written


def test_nothing_is_written_when_a_quote_cannot_be_placed(tmp_path: Path) -> None:
    folder = _folder(
        tmp_path, [_claim("claim:a", {"exact": "He said"}), _claim("claim:b", {"exact": "61 had"})]
    )
    before = (folder / "fixtures" / "a.json").read_text(encoding="utf-8")
    with pytest.raises(CorpusError) as caught:
        fix_offsets(folder)
    assert [
        "fixtures/a.json: $.claims[1].quote: the quote '61 had' occurs 2 times in source 'source:a' (0-64 of "
        "'a.txt'), at 8-14, 32-38: give the start and end of the one meant, or a prefix or suffix that tells "
        "them apart"
    ] == [str(problem) for problem in caught.value.problems]
    assert before == (folder / "fixtures" / "a.json").read_text(encoding="utf-8")


def test_quotes_in_a_source_of_the_bundled_corpus(tmp_path: Path) -> None:
    claim = {
        "id": "claim:mine",
        "source": "source:rferl-up-to-1000",
        "quote": {"exact": "up to 1,000 nationals"},
        "statement": "Up to 1,000 joined.",
    }
    folder = write_folder(tmp_path / "mine", {"a.json": {"claims": [claim]}})
    rewrite = fix_offsets(folder, with_seeds=True)
    assert [f"{folder}/fixtures/a.json: $.claims[0].quote: placed at 451-472"] == list(rewrite.changes)
    with pytest.raises(CorpusError) as caught:
        fix_offsets(folder)
    assert [
        "fixtures/a.json: $.claims[0].source: unknown source id "
        "'source:rferl-up-to-1000': add it to the corpus "
        "or correct the id"
    ] == [str(problem) for problem in caught.value.problems]
    assert rewrite == fix_offsets(folder, seed_path())  # type: ignore[arg-type]


def test_a_folder_that_cannot_be_read_is_refused(tmp_path: Path) -> None:
    folder = write_folder(tmp_path, {"a.json": "{"}, {})
    with pytest.raises(CorpusError) as caught:
        fix_offsets(folder)
    assert [
        "fixtures/a.json: line 1, column 2 (char 1): invalid JSON: Expecting property name enclosed in "
        "double quotes: write each key in double quotes, and remove a comma before a closing brace"
    ] == [str(problem) for problem in caught.value.problems]


def test_upgrade_rewrites_older_files_only(tmp_path: Path) -> None:
    folder = write_folder(tmp_path, {"old.json": {"persons": []}, "new.json": {"format": 2}}, {})
    rewrite = upgrade_folder(folder)
    assert ("fixtures/old.json: format 1 upgraded to 2",) == rewrite.changes
    write_fixtures(folder, rewrite)
    assert '{"format": 2, "persons": []}' == (folder / "fixtures" / "old.json").read_text(encoding="utf-8")
    assert "nothing to rewrite" == str(upgrade_folder(folder))


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        pytest.param(
            {"format": 9},
            "fixtures/a.json: $.format: format 9 is newer than this version of "
            "centasia-claims reads (2 at most): upgrade centasia-claims",
            id="newer",
        ),
        pytest.param([], "fixtures/a.json: $: expected an object of sections", id="not-an-object"),
    ],
)
def test_upgrade_refuses_what_it_cannot_read(tmp_path: Path, content: Any, expected: str) -> None:
    folder = write_folder(tmp_path, {"a.json": content, "b.json": {}}, {})
    with pytest.raises(CorpusError) as caught:
        upgrade_folder(folder)
    assert [expected] == [str(problem) for problem in caught.value.problems]


def test_the_seed_folder_needs_no_rewrite() -> None:
    assert ((), {}) == (fix_offsets(seed_path()).changes, upgrade_folder(seed_path()).files)  # type: ignore[arg-type]


def test_a_rewrite_renders_itself() -> None:
    rewrite = Rewrite(files={"a.json": "{}"}, changes=("fixtures/a.json: format 1 upgraded to 2",))
    assert {"files": {"a.json": "{}"}, "changes": ["fixtures/a.json: format 1 upgraded to 2"]} == unstructure(
        rewrite
    )
    assert "<dd>fixtures/a.json: format 1 upgraded to 2</dd>" in rewrite._repr_html_()


def test_a_failed_write_changes_nothing(tmp_path: Path) -> None:
    (tmp_path / "fixtures").mkdir()
    (tmp_path / "fixtures" / "a.json").write_text("{}", encoding="utf-8")
    (tmp_path / "fixtures" / ".b.json.rewrite").mkdir()  # a directory where the new text would be staged
    with pytest.raises(CorpusError) as caught:
        write_fixtures(tmp_path, Rewrite(files={"a.json": "[1]", "b.json": "[2]"}, changes=()))
    assert caught.value.problems[0].message.endswith("; nothing was changed")
    assert "{}" == (tmp_path / "fixtures" / "a.json").read_text(encoding="utf-8")
    assert not (tmp_path / "fixtures" / ".a.json.rewrite").exists()
