from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest

from centasia_claims import load_corpus, load_seed_corpus, seed_path
from centasia_claims.errors import ExtractionError
from centasia_claims.extraction import extract_claims, is_draft, record_path
from centasia_claims.model import Organization

if TYPE_CHECKING:
    from pathlib import Path

SEEDS = load_seed_corpus()
ARTICLE = (
    "Tajik Interior Minister Ramazon Rahimzoda told reporters that 250 Tajik nationals had returned. "
    "Experts say up to 4,000 left. Akram Amonov said 300 were killed."
)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def _extract(article: Path, out: Path) -> tuple[str, ...]:
    report = extract_claims(
        SEEDS, article, out, source_id="source:mine", outlet="RFE/RL", url="https://e.org/a"
    )
    return report.drafts


def test_the_drafts_load_beside_the_corpus(article: Path, tmp_path: Path) -> None:
    out = tmp_path / "mine" / "fixtures" / "a.json"
    drafts = _extract(article, out)
    corpus = load_corpus(seed_path(), tmp_path / "mine")
    claims = corpus.claims_in("source:mine")
    assert 3 == len(drafts) == len(claims)
    assert all(is_draft(claim) for claim in claims)
    assert "person:akram-amonov" == corpus.entity("person:akram-amonov").id
    assert ARTICLE == (tmp_path / "mine" / "documents" / "mine.txt").read_text(encoding="utf-8")
    record = json.loads(record_path(out).read_text(encoding="utf-8"))
    assert {"source": "source:mine", "drafted": sorted(drafts), "deleted": []} == record


def test_reviewed_claims_are_kept_and_deleted_drafts_stay_deleted(article: Path, tmp_path: Path) -> None:
    out = tmp_path / "mine" / "fixtures" / "a.json"
    first = _extract(article, out)
    fixture = json.loads(out.read_text(encoding="utf-8"))
    by_id = {claim["id"]: claim for claim in fixture["claims"]}
    reviewed, deleted, kept = first
    by_id[reviewed]["note"] = "Checked."
    by_id[reviewed]["measure"] = "measure:tajik-fighters-returned"
    fixture["claims"] = [by_id[reviewed], by_id[kept]]
    out.write_text(json.dumps(fixture, ensure_ascii=False), encoding="utf-8")
    report = extract_claims(
        SEEDS, article, out, source_id="source:mine", outlet="RFE/RL", url="https://e.org/a"
    )
    assert ((kept,), (reviewed,), (deleted,)) == (report.drafts, report.reviewed, report.deleted)
    again = json.loads(out.read_text(encoding="utf-8"))
    assert by_id[reviewed] == next(claim for claim in again["claims"] if claim["id"] == reviewed)
    assert deleted not in {claim["id"] for claim in again["claims"]}
    record = json.loads(record_path(out).read_text(encoding="utf-8"))
    assert {"source": "source:mine", "drafted": sorted(first), "deleted": [deleted]} == record
    # and a third run changes nothing
    third = extract_claims(
        SEEDS, article, out, source_id="source:mine", outlet="RFE/RL", url="https://e.org/a"
    )
    assert ((kept,), (reviewed,), (deleted,)) == (third.drafts, third.reviewed, third.deleted)


def test_a_new_outlet_is_written_with_its_source_when_every_draft_was_deleted(
    article: Path, tmp_path: Path
) -> None:
    # The fixture removed, its review record kept: every draft counts as deleted, and the new source still
    # needs the new organization that published it.
    out = tmp_path / "mine" / "fixtures" / "a.json"
    extract_claims(SEEDS, article, out, source_id="source:mine", outlet="Kabar Weekly")
    out.unlink()
    report = extract_claims(SEEDS, article, out, source_id="source:mine", outlet="Kabar Weekly")
    corpus = load_corpus(seed_path(), tmp_path / "mine")
    outlet = corpus.source("source:mine").outlet
    organization = corpus.get(outlet or "")
    assert ((), 3, "org:kabar-weekly", ("Kabar Weekly",)) == (
        report.drafts,
        len(report.deleted),
        outlet,
        tuple(name.text for name in organization.names) if isinstance(organization, Organization) else (),
    )


def test_drafts_of_a_corpus_source_cite_it(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(SEEDS.text_of("source:rferl-up-to-1000"), encoding="utf-8")
    out = tmp_path / "mine" / "fixtures" / "a.json"
    report = extract_claims(SEEDS, article, out, source_id="source:rferl-up-to-1000")
    assert report.corpus is not None
    assert not (tmp_path / "mine" / "documents").exists() or not any(
        (tmp_path / "mine" / "documents").iterdir()
    )
    assert set(report.drafts) <= {claim.id for claim in report.corpus.claims_in("source:rferl-up-to-1000")}


def test_the_target_must_be_a_fixture_of_a_folder(article: Path, tmp_path: Path) -> None:
    with pytest.raises(ExtractionError) as raised:
        extract_claims(SEEDS, article, tmp_path / "a.json", source_id="source:mine")
    assert [
        f"{tmp_path / 'a.json'}: not FOLDER/fixtures/NAME.json: write the drafts into a corpus folder"
    ] == list(raised.value.problems)


def test_an_unreadable_article_or_record_is_an_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"ok \xff")
    out = tmp_path / "mine" / "fixtures" / "a.json"
    with pytest.raises(ExtractionError) as raised:
        extract_claims(SEEDS, bad, out, source_id="source:mine")
    assert [f"{bad}: not UTF-8 at byte 3: save the article as UTF-8"] == list(raised.value.problems)
    with pytest.raises(ExtractionError) as raised:
        extract_claims(SEEDS, tmp_path / "none.txt", out, source_id="source:mine")
    assert [
        f"{tmp_path / 'none.txt'}: cannot be read (No such file or directory): give the article's path"
    ] == list(raised.value.problems)
    good = tmp_path / "good.txt"
    good.write_text("Experts say 300 left.", encoding="utf-8")
    record_path(out).parent.mkdir(parents=True)
    record_path(out).write_text("[]", encoding="utf-8")
    with pytest.raises(ExtractionError) as raised:
        extract_claims(SEEDS, good, out, source_id="source:mine")
    assert [f"{record_path(out)}: the review record is not a JSON object: repair it or delete it"] == list(
        raised.value.problems
    )
    assert not out.exists()
