"""``centasia-claims extract ARTICLE --source-id ID -o FOLDER/fixtures/NAME.json``: draft an article's claims.

Names and measures are resolved against the corpus of the corpus options (``--corpus``, repeatable, and
``--with-seeds``; default: the bundled one). One line a draft; exit 0 when written, 3 when the article cannot
be read or the folder does not load.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from centasia_claims.cli._command import EXIT_OK, Command, add_corpus_options, corpus_from, print_json
from centasia_claims.extraction import extract_claims
from centasia_claims.serialization import unstructure

if TYPE_CHECKING:
    import argparse

__all__ = ["COMMAND"]


def _configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("article", help="the article: a UTF-8 text file")
    parser.add_argument(
        "--source-id", required=True, metavar="ID", help="the source the drafts cite (source:…)"
    )
    parser.add_argument("--language", default=None, help="the article's language: en, ru or tg (default en)")
    parser.add_argument("--title", default="", help="a new source's title")
    parser.add_argument("--url", default=None, help="a new source's address")
    parser.add_argument("--outlet", default=None, help="a new source's outlet, as named")
    parser.add_argument("--ages", action="store_true", help="draft ages too ('Rahmon, 71,')")
    parser.add_argument(
        "-o",
        "--out",
        required=True,
        metavar="FIXTURE",
        help="the fixture to write: FOLDER/fixtures/NAME.json",
    )
    add_corpus_options(parser, what="resolving names and measures")
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")


def _run(args: argparse.Namespace) -> int:
    report = extract_claims(
        corpus_from(args),
        args.article,
        args.out,
        source_id=args.source_id,
        language=args.language,
        title=args.title,
        url=args.url,
        outlet=args.outlet,
        ages=args.ages,
    )
    if args.json:
        print_json(unstructure(report))
    else:
        print(report)
    return EXIT_OK


COMMAND = Command(
    name="extract",
    help="draft a claim for every figure of an article, with its speakers, for review",
    example="centasia-claims extract article.txt --source-id source:my-article -o mine/fixtures/article.json",
    configure=_configure,
    run=_run,
)
