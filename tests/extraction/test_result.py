from centasia_claims import load_seed_corpus
from centasia_claims.extraction import DRAFT, draft_claims, is_draft


def test_a_drafted_claim_is_a_draft_until_its_note_is_replaced() -> None:
    (draft,) = draft_claims(None, "Officials said 300 left.", source_id="source:a").drafts
    assert is_draft(draft.claim)
    assert draft.claim.note.startswith(DRAFT)
    assert not any(is_draft(claim) for claim in load_seed_corpus().claims)


def test_the_summary_counts_drafts_and_new_entities() -> None:
    none = draft_claims(None, "Nothing to count here.", source_id="source:a")
    assert "0 drafts of source:a (new), 0 new entities" == none.summary
    two = draft_claims(None, "Akram Amonov said 300 left and 40 came back.", source_id="source:a")
    assert "2 drafts of source:a (new), 1 new entity" == two.summary
    assert str(two).endswith(two.summary)


def test_the_notebook_display_lists_each_draft() -> None:
    extraction = draft_claims(None, "Officials said 300 left.", source_id="source:a")
    html = extraction._repr_html_()
    assert extraction.summary in html
    assert extraction.drafts[0].claim.id in html
    assert "<td>300</td>" in html
