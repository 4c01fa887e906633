"""Finding moved and retyped quotes: `find_quote` against difflib and rapidfuzz, and a full provenance check.

Each case is an evidence quote of the bundled corpus whose offsets are off (the text moved) or whose text was
copied with straight quotes, hyphens and single spaces. A user without `find_quote` would reach for
``difflib.SequenceMatcher`` (standard library) or ``rapidfuzz.fuzz.partial_ratio_alignment`` (the ``bench``
extra). Each tool is timed over all cases and scored on how many it puts at the right offsets.

Run: ``python -m bench.bench_provenance [CORPUS]`` (default: the bundled corpus).
"""

from __future__ import annotations

import difflib
import sys

from rapidfuzz import fuzz

from bench._timing import best_of, machine, ratio
from centasia_claims import Claim, Corpus, Mention, check_provenance, load_corpus, seed_path
from centasia_claims.model import Exclusion, find_quote, fold_typography

Case = tuple[str, str, int, int]  # (document text, quote as copied, expected start, expected end)


def _cases(corpus: Corpus) -> list[Case]:
    cases: list[Case] = []
    items: tuple[Claim | Mention | Exclusion, ...] = (*corpus.claims, *corpus.mentions, *corpus.exclusions)
    for item in items:
        text = corpus.document_text(corpus.source(item.source).document)
        quote = item.quote
        if quote is None:
            continue  # an unquoted claim has nothing to find
        cases.append((text, quote.exact, quote.start, quote.end))
        copied = fold_typography(quote.exact)
        if copied != quote.exact:
            cases.append((text, copied, quote.start, quote.end))
    # The seed quotes are mostly plain ASCII: add the typographic sentences of document 000 as copied by hand.
    text = load_corpus(seed_path()).document_text("000_e5f015ab6a290102.txt")
    for sentence in text.split("\n"):
        if any(char in sentence for char in "\u2018\u2019\u201c\u201d\u2013\u2014") and len(sentence) > 40:
            start = text.index(sentence)
            cases.append((text, fold_typography(sentence[:120]), start, start + len(sentence[:120])))
    return cases


def _ours(case: Case) -> tuple[int, int] | None:
    text, exact, start, _ = case
    match = find_quote(text, exact, near=start + 7)  # the recorded offsets are 7 code points off
    return None if match is None else (match.start, match.end)


def _difflib(case: Case) -> tuple[int, int] | None:
    text, exact, _, _ = case
    block = difflib.SequenceMatcher(None, text, exact, autojunk=False).find_longest_match(
        0, len(text), 0, len(exact)
    )
    if block.size == 0:
        return None
    start = block.a - block.b
    return start, start + len(exact)


def _rapidfuzz(case: Case) -> tuple[int, int] | None:
    text, exact, _, _ = case
    alignment = fuzz.partial_ratio_alignment(exact, text, score_cutoff=80)
    if alignment is None:
        return None
    return alignment.dest_start, alignment.dest_end


def main() -> None:
    corpus = load_corpus(sys.argv[1] if len(sys.argv) > 1 else seed_path())
    cases = _cases(corpus)
    print(f"Relocating {len(cases)} evidence quotes ({machine()})")
    timings = {}
    for name, tool in (("find_quote", _ours), ("difflib", _difflib), ("rapidfuzz", _rapidfuzz)):
        seconds = best_of(lambda tool=tool: [tool(case) for case in cases], repeat=3)  # type: ignore[misc]
        right = sum(tool(case) == (case[2], case[3]) for case in cases)
        timings[name] = seconds
        print(f"  {name:<11} {seconds * 1000:9.1f} ms   {right}/{len(cases)} at the right offsets")
    for name in ("difflib", "rapidfuzz"):
        print(f"  find_quote vs {name}: {ratio(timings['find_quote'], timings[name])}")
    seconds = best_of(lambda: check_provenance(corpus), repeat=5)
    print(f"check_provenance of {len(corpus.claims)} claims: {seconds * 1000:.1f} ms")


if __name__ == "__main__":
    main()
