"""`extract_claims`: an article's drafts written as a fixture beside a corpus, keeping what a reviewer did.

The fixture is ``FOLDER/fixtures/NAME.json``; a new source's article is written to ``FOLDER/documents/``, and
the review record (`ReviewRecord`) to ``FOLDER/review/NAME.json``, outside ``fixtures/`` so the loader never
reads it. On a re-run, a claim the reviewer has reviewed (its note no longer starts with ``draft:``) is kept
as it is, and a draft the reviewer deleted (drafted before, now gone from the fixture) is not drafted again.
"""

from __future__ import annotations

import html
import json
import shutil
import tempfile
from pathlib import Path
from typing import Any, Final

import attrs

from centasia_claims._render import html_definitions
from centasia_claims.corpus import Corpus, load_corpus
from centasia_claims.errors import ExtractionError
from centasia_claims.extraction._draft import draft_claims
from centasia_claims.extraction._result import DRAFT, Extraction
from centasia_claims.serialization import register_result, unstructure

__all__ = ["ExtractionReport", "ReviewRecord", "extract_claims", "record_path"]

_REVIEW: Final = "review"
_ENTITY_SECTIONS: Final = ("persons", "organizations")


@attrs.frozen(kw_only=True)
class ReviewRecord:
    """What a fixture of drafts has held: every id ever drafted into it, and those a reviewer deleted.

    Attributes:
        source: The source the drafts cite.
        drafted: Every claim id written as a draft, sorted.
        deleted: Drafted ids gone from the fixture: never drafted again.

    >>> print(ReviewRecord(source="source:a", drafted=("claim:a-1", "claim:a-2"), deleted=("claim:a-2",)))
    source:a: 2 drafted, 1 deleted
    """

    source: str
    drafted: tuple[str, ...] = ()
    deleted: tuple[str, ...] = ()

    def __str__(self) -> str:
        return f"{self.source}: {len(self.drafted)} drafted, {len(self.deleted)} deleted"

    def _repr_html_(self) -> str:
        deleted = html.escape(", ".join(self.deleted))
        return html_definitions(self.source, [("drafted", str(len(self.drafted))), ("deleted", deleted)])


@attrs.frozen(kw_only=True)
class ExtractionReport:
    """What `extract_claims` did: the drafts, and which were written, kept as reviewed, or left deleted.

    Attributes:
        extraction: Every draft of the article.
        written: The fixture written.
        drafts: Ids written as drafts.
        reviewed: Ids the reviewer has reviewed, kept as they were.
        deleted: Ids the reviewer deleted, not drafted again.

    >>> from centasia_claims.extraction import draft_claims
    >>> extraction = draft_claims(None, "Officials said 300 left.", source_id="source:a")
    >>> report = ExtractionReport(extraction=extraction, written="f/fixtures/a.json", drafts=("claim:a-1",))
    >>> print(report.summary)
    1 draft written to f/fixtures/a.json; 0 reviewed kept; 0 deleted left out
    """

    extraction: Extraction
    written: str
    drafts: tuple[str, ...] = ()
    reviewed: tuple[str, ...] = ()
    deleted: tuple[str, ...] = ()
    _corpus: Corpus | None = attrs.field(init=False, default=None, eq=False, repr=False)

    @property
    def corpus(self) -> Corpus | None:
        """The written folder as loaded beside the base corpus."""
        return self._corpus

    @property
    def summary(self) -> str:
        """One line: how many drafts were written where, how many reviewed claims kept and drafts left out."""
        count = len(self.drafts)
        return (
            f"{count} draft{'s' if count != 1 else ''} written to {self.written}; "
            f"{len(self.reviewed)} reviewed kept; {len(self.deleted)} deleted left out"
        )

    def __str__(self) -> str:
        shown = set(self.drafts)
        lines = [str(draft) for draft in self.extraction.drafts if draft.claim.id in shown]
        lines += [f"skipped: {reason}" for reason in self.extraction.skipped]
        return "\n".join([*lines, self.summary])

    def _repr_html_(self) -> str:
        return f"<div><p>{self.summary}</p>{self.extraction._repr_html_()}</div>"


register_result(ReviewRecord)
register_result(ExtractionReport, summary=lambda report: report.summary)


def record_path(fixture: str | Path) -> Path:
    """Where the review record of a fixture of drafts lives: ``FOLDER/review/NAME.json``.

    >>> record_path("mine/fixtures/article.json").as_posix()
    'mine/review/article.json'
    """
    fixture = Path(fixture)
    return fixture.parent.parent / _REVIEW / fixture.name


def _json(data: object) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _read_json(path: Path, what: str, problems: list[str]) -> dict[str, Any]:
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        problems.append(f"{path}: the {what} is not UTF-8 JSON ({error}): repair it or delete it")
        return {}
    if not isinstance(data, dict):
        problems.append(f"{path}: the {what} is not a JSON object: repair it or delete it")
        return {}
    return data


def _read_article(article: str | Path) -> str:
    path = Path(article)
    try:
        return path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as error:
        raise ExtractionError(
            [f"{path}: not UTF-8 at byte {error.start}: save the article as UTF-8"]
        ) from None
    except OSError as error:
        raise ExtractionError(
            [f"{path}: cannot be read ({error.strerror}): give the article's path"]
        ) from None


def extract_claims(
    corpus: Corpus | None,
    article: str | Path,
    out: str | Path,
    *,
    source_id: str,
    language: str | None = None,
    title: str = "",
    url: str | None = None,
    outlet: str | None = None,
    ages: bool = False,
) -> ExtractionReport:
    """Draft every figure of an article (`draft_claims`) and write the drafts as a fixture at ``out``.

    ``out`` is ``FOLDER/fixtures/NAME.json``: the folder loads beside ``corpus`` with `load_corpus`, drafts
    and all (each draft is a valid claim whose note starts with ``draft:``). A new source's article is
    written to ``FOLDER/documents/``; the review record to `record_path` (``FOLDER/review/NAME.json``).
    Run again on the same article, it keeps every claim of the fixture that is no longer a draft as it is,
    and leaves out every draft the reviewer deleted. The folder is loaded before anything is replaced:
    nothing is written unless it loads.

    Args:
        corpus: The corpus names and measures are resolved against, and that the folder loads beside.
        article: The article, a UTF-8 text file.
        out: The fixture to write, ``FOLDER/fixtures/NAME.json``.
        source_id: The source of the drafts (as in `draft_claims`).
        language: The article's language (``en``, ``ru``, ``tg``).
        title: A new source's title.
        url: A new source's address.
        outlet: A new source's outlet, as named.
        ages: Draft ages too.

    Returns:
        The drafts and what became of each.

    Raises:
        ExtractionError: The article cannot be read, ``out`` is not in a ``fixtures`` folder, or the fixture
            or its review record cannot be read.
        CorpusError: The folder does not load beside ``corpus`` (every problem listed); nothing was written.

    >>> import pathlib, tempfile
    >>> from centasia_claims import load_seed_corpus
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("Officials told RFE/RL that 300 Tajiks returned.", encoding="utf-8")
    >>> out = folder / "mine" / "fixtures" / "a.json"
    >>> report = extract_claims(load_seed_corpus(), folder / "a.txt", out, source_id="source:a")
    >>> print(report.summary)
    1 draft written to .../mine/fixtures/a.json; 0 reviewed kept; 0 deleted left out
    >>> [claim.note.startswith("draft:") for claim in report.corpus.claims_in("source:a")]
    [True]
    """
    out = Path(out)
    if out.parent.name != "fixtures" or out.suffix != ".json":
        raise ExtractionError(
            [f"{out}: not FOLDER/fixtures/NAME.json: write the drafts into a corpus folder"]
        )
    text = _read_article(article)
    problems: list[str] = []
    previous = _read_json(out, "fixture", problems)
    record = _read_json(record_path(out), "review record", problems)
    if problems:
        raise ExtractionError(problems)
    extraction = draft_claims(
        corpus, text, source_id=source_id, language=language, title=title, url=url, outlet=outlet, ages=ages
    )
    kept = [claim for claim in previous.get("claims", []) if not str(claim.get("note", "")).startswith(DRAFT)]
    present = {str(claim.get("id")) for claim in previous.get("claims", [])}
    reviewed = {str(claim.get("id")) for claim in kept}
    deleted = set(record.get("deleted", [])) | (set(record.get("drafted", [])) - present)
    drafts = [d for d in extraction.drafts if d.claim.id not in deleted and d.claim.id not in reviewed]
    sections = _sections(extraction, previous, kept, drafts)
    new_record = ReviewRecord(
        source=extraction.source.id,
        drafted=tuple(sorted(set(record.get("drafted", [])) | {draft.claim.id for draft in drafts})),
        deleted=tuple(sorted(deleted)),
    )
    loaded = _write(corpus, out, extraction, sections, new_record)
    report = ExtractionReport(
        extraction=extraction,
        written=str(out),
        drafts=tuple(draft.claim.id for draft in drafts),
        reviewed=tuple(sorted(reviewed)),
        deleted=tuple(sorted(deleted)),
    )
    object.__setattr__(report, "_corpus", loaded)  # kept with the report, never serialized
    return report


def _sections(
    extraction: Extraction, previous: dict[str, Any], kept: list[Any], drafts: list[Any]
) -> dict[str, list[Any]]:
    used = {step.agent for draft in drafts for step in draft.claim.attribution if step.agent is not None}
    sections: dict[str, list[Any]] = {}
    if extraction.new_source:  # its outlet is written with it, whether or not a draft cites it
        used.update(filter(None, (extraction.source.outlet, *extraction.source.authors)))
        earlier = [
            source for source in previous.get("sources", []) if source.get("id") == extraction.source.id
        ]
        sections["sources"] = earlier or [unstructure(extraction.source)]
    for name in _ENTITY_SECTIONS:
        earlier = list(previous.get(name, []))
        known = {str(item.get("id")) for item in earlier}
        wanted = [entity for entity in extraction.entities if entity.id in used and entity.id not in known]
        kind = [e for e in wanted if (name == "persons") == (e.id.startswith("person:"))]
        sections[name] = earlier + [unstructure(entity) for entity in kind]
    sections["claims"] = kept + [unstructure(draft.claim) for draft in drafts]
    return {name: items for name, items in sections.items() if items}


def _write(
    corpus: Corpus | None,
    out: Path,
    extraction: Extraction,
    sections: dict[str, list[Any]],
    record: ReviewRecord,
) -> Corpus:
    folder = out.parent.parent
    document = folder / "documents" / extraction.document.name
    scratch = Path(tempfile.mkdtemp(prefix=".extract-"))
    try:
        copy = scratch / folder.name
        (copy / "documents").mkdir(parents=True)
        (copy / "fixtures").mkdir()
        for existing in (folder / "documents", folder / "fixtures"):
            if existing.is_dir():
                for item in existing.iterdir():
                    if item.is_file() and item != out:
                        shutil.copyfile(item, copy / existing.name / item.name)
        if extraction.new_source:
            (copy / "documents" / document.name).write_bytes(extraction.document.text.encode("utf-8"))
        (copy / "fixtures" / out.name).write_bytes(_json(sections))
        base = (
            []
            if corpus is None
            else [f for f in corpus.folders if Path(str(f)).resolve() != folder.resolve()]
        )
        loaded = load_corpus(*base, copy)
        for target in (document if extraction.new_source else None, out, record_path(out)):
            if target is None:
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            data = (
                _json(unstructure(record))
                if target == record_path(out)
                else (copy / target.parent.name / target.name).read_bytes()
            )
            temporary = target.with_name(f".{target.name}.tmp")
            temporary.write_bytes(data)
            temporary.replace(target)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return loaded
