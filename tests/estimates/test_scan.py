from __future__ import annotations

from centasia_claims.estimates._scan import scan


def test_a_scan_until_a_reject_stops_at_the_first_look_alike() -> None:
    text = "In 2015, about 300 left; Group 24 did not; 61 returned."
    whole, cut = scan(text), scan(text, until_reject=True)
    assert [(3, 7), (25, 33)] == [whole.offsets(r.start, r.end) for r in whole.rejects]
    assert ([(3, 7)], []) == ([cut.offsets(r.start, r.end) for r in cut.rejects], cut.readings)
    assert [r.message for r in whole.rejects[:1]] == [r.message for r in cut.rejects]
    assert 2 == len(whole.readings)
