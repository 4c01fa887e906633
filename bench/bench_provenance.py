"""Finding moved and retyped quotes: `find_quote` against difflib and rapidfuzz, and a full provenance check.

Each case is an evidence quote of the bundled corpus whose offsets are off (the text moved) or whose text was
copied with straight quotes, hyphens and single spaces. A user without `find_quote` would reach for plain
``str.find`` (the yardstick), ``rapidfuzz.fuzz.partial_ratio_alignment`` (the ``bench`` extra) or
``difflib.SequenceMatcher`` (standard library). Each tool is timed over all cases, interleaved in rounds with
the collector on, and scored on how many it puts at the right offsets. `find_quote` runs twice: *blind*, as
the others search (no position hint, and the cache of folded documents emptied before every quote), and as
`check_provenance` uses it (the recorded offset as a hint, folded documents cached).

Run: ``python -m bench.bench_provenance [CORPUS] [--difflib]`` (default: the bundled corpus; difflib takes
some 25 s a pass and runs once, only when asked).
"""

from __future__ import annotations

import argparse
import difflib

from rapidfuzz import fuzz

from bench._timing import best_of, interleaved, machine, versions
from centasia_claims import Claim, Corpus, Mention, check_provenance, load_corpus, seed_path
from centasia_claims.model import Exclusion, _quotes, find_quote, fold_typography

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


def _blind(case: Case) -> tuple[int, int] | None:
    text, exact, _, _ = case
    _quotes._fold_document.cache_clear()  # no folded document kept from an earlier quote
    match = find_quote(text, exact)
    return None if match is None else (match.start, match.end)


def _find(case: Case) -> tuple[int, int] | None:
    text, exact, _, _ = case
    start = text.find(exact)
    return None if start < 0 else (start, start + len(exact))


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


TOOLS = {
    "str.find": _find,
    "find_quote, blind": _blind,
    "find_quote, hinted": _ours,
    "rapidfuzz": _rapidfuzz,
}
LABELS = {
    "str.find": "`str.find` (yardstick: verbatim only, first occurrence)",
    "find_quote, blind": "`find_quote`, no position hint, no folded document cached",
    "find_quote, hinted": "`find_quote`, recorded offset as hint, folded documents cached",
    "rapidfuzz": "rapidfuzz `partial_ratio_alignment` (cut-off 80)",
    "difflib": "difflib `SequenceMatcher.find_longest_match` (one run)",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", nargs="?", default=None)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--difflib", action="store_true", help="also time difflib, once")
    args = parser.parse_args()
    corpus = load_corpus(args.corpus or seed_path())
    cases = _cases(corpus)
    print(f"Relocating {len(cases)} evidence quotes; {machine()}; {versions('rapidfuzz')}")
    print(f"{args.rounds} interleaved rounds, gc on, medians")
    contenders = {name: (lambda tool=tool: [tool(case) for case in cases]) for name, tool in TOOLS.items()}
    times = interleaved(contenders, rounds=args.rounds)
    seconds = {name: times.median(name) for name in TOOLS}
    tools = dict(TOOLS)
    if args.difflib:
        seconds["difflib"] = best_of(lambda: [_difflib(case) for case in cases], repeat=1)
        tools["difflib"] = _difflib
    print("| tool | time | at the right offsets | its time / `str.find`'s |")
    print("|---|---:|---:|---:|")
    for name, tool in tools.items():
        right = sum(tool(case) == (case[2], case[3]) for case in cases)
        relative = times.ratio(name, "str.find") if name in TOOLS else seconds[name] / seconds["str.find"]
        print(f"| {LABELS[name]} | {seconds[name] * 1000:,.1f} ms | {right}/{len(cases)} | {relative:,.1f} |")
    check = interleaved({"check": lambda: check_provenance(corpus)}, rounds=args.rounds)
    print(f"check_provenance of {len(corpus.claims)} claims: {check.median('check') * 1000:.1f} ms")


if __name__ == "__main__":
    main()
