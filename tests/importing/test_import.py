# ruff: noqa: E501  (exact messages are asserted whole, one string a message)
from __future__ import annotations

import json
from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from centasia_claims import check_provenance, load_corpus, load_seed_corpus
from centasia_claims.cli import main
from centasia_claims.corpus import seed_path
from centasia_claims.errors import TableError
from centasia_claims.importing import COLUMNS, Builder, RowStatus, import_table, read_rows
from centasia_claims.provenance import Severity
from tests.builders.imported import GOOD_ROW, refused, write_table

DATA = Path(__file__).parents[1] / "data" / "import"


def _files(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def test_real_reports_import_with_the_command_line_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    table = DATA / "real-reports.jsonl"
    rows = table.read_text(encoding="utf-8").splitlines()
    assert 50 <= len(rows)
    assert 0 == main(["import", str(table), "-o", str(tmp_path / "mine")])
    lines = capsys.readouterr().out.splitlines()
    statuses = [line.split(": ")[1] for line in lines[:-1]]
    assert (len(rows), {"done", "needs a human"}) == (len(statuses), set(statuses))
    needs = [line for line in lines if ": needs a human: " in line]
    # "State Committee for National Security" alone is the name of a Tajik and a Kyrgyz body: a human chooses.
    assert all(
        ": measure: new measure 'measure:" in line or "may be any of several bodies" in line for line in needs
    )
    corpus = load_corpus(seed_path(), tmp_path / "mine")
    assert len(rows) == len(corpus.claims) - len(load_seed_corpus().claims)
    assert [] == [
        finding for finding in check_provenance(corpus).findings if finding.severity is Severity.ERROR
    ]


def test_a_second_import_writes_the_same_bytes(tmp_path: Path) -> None:
    table = DATA / "real-reports.jsonl"
    import_table(table, tmp_path / "a", corpus=load_seed_corpus())
    import_table(table, tmp_path / "b", corpus=load_seed_corpus())
    assert _files(tmp_path / "a") == _files(tmp_path / "b")


BAD_ROWS: list[tuple[dict[str, str], str]] = [
    (
        {**GOOD_ROW, "claimant": "Officials [whispered] > RFE/RL"},
        "row 1: refused: claimant: unknown verb [whispered] in 'Officials [whispered]': use one of said, told, "
        "estimated, claimed, reported, declared, according to, wrote, believed, characterized, announced, found, "
        "alleged, confirmed, denied, published, or a speech verb of SPEECH_VERBS (English, Russian or Tajik)",
    ),
    (
        {**GOOD_ROW, "claimant": "Officials {person:nobody} > RFE/RL"},
        "row 1: refused: claimant: no entity 'person:nobody' in the base corpus: correct the id or drop it",
    ),
    (
        {**GOOD_ROW, "period": "last year"},
        "row 1: refused: period: 'last year' is not a period: write YYYY[-MM[-DD]] or START/END",
    ),
    (
        {**GOOD_ROW, "quote": "", "unquoted": "read from a chart", "value_text": ""},
        "row 1: refused: value_text: empty, but a measure is given: copy the figure, or empty measure; statement: "
        "empty, and there is no quote to take it from: say what is claimed",
    ),
]


@pytest.mark.parametrize(("row", "expected"), BAD_ROWS, ids=[str(i) for i in range(len(BAD_ROWS))])
def test_a_bad_row_gets_one_line_naming_row_column_problem_and_fix(
    tmp_path: Path, row: dict[str, str], expected: str
) -> None:
    assert ([expected], None, False) == refused(tmp_path, row)


def test_an_ambiguous_name_needs_a_human_and_lists_the_choices(tmp_path: Path) -> None:
    row = {**GOOD_ROW, "about": "Muhiddin"}
    report = import_table(write_table(tmp_path, row), tmp_path / "out", corpus=load_seed_corpus())
    (line,) = [str(r) for r in report.rows]
    assert line.startswith("row 1: needs a human: claim:rfe-rl-")
    assert line.endswith(
        "about: 'Muhiddin' may be any of several entities: write {person:mohiedin-dustov} or "
        "{person:muhiddin-kabiri} after the name"
    )


def test_an_unquoted_row_and_a_group_import(tmp_path: Path) -> None:
    row = {
        **GOOD_ROW,
        "quote": "",
        "unquoted": "the figure is read from a chart",
        "statement": "Up to 1,000 went",
        "claimant": "group: his relatives [told] > RFE/RL",
    }
    report = import_table(write_table(tmp_path, row), tmp_path / "out", corpus=load_seed_corpus())
    assert RowStatus.DONE is report.rows[0].status
    data = json.loads((tmp_path / "out" / "fixtures" / "imported.json").read_text(encoding="utf-8"))
    assert [{"id": "group:his-relatives", "label": "his relatives", "note": "created by import"}] == data[
        "groups"
    ]
    assert "the figure is read from a chart" == data["claims"][0]["unquoted"]


def test_a_taken_folder_is_refused_unless_forced(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "keep.txt").write_text("x", encoding="utf-8")
    table = write_table(tmp_path, GOOD_ROW)
    with pytest.raises(TableError) as caught:
        import_table(table, tmp_path / "out")
    assert (f"{tmp_path / 'out'}: the folder is not empty: give a new folder, or force to replace it",) == (
        caught.value.problems
    )
    import_table(table, tmp_path / "out", force=True)
    assert ["documents", "fixtures"] == sorted(path.name for path in (tmp_path / "out").iterdir())


def test_an_unknown_column_is_refused_before_anything_is_read(tmp_path: Path) -> None:
    with pytest.raises(TableError) as caught:
        import_table(write_table(tmp_path, {**GOOD_ROW, "colour": "red"}), tmp_path / "out")
    allowed = ", ".join(column.name for column in COLUMNS)
    assert (f"table.jsonl: line 1: unknown column 'colour': allowed are {allowed}",) == caught.value.problems


CELLS = st.text(alphabet=st.characters(codec="utf-8", categories=("L", "N", "P", "S", "Zs")), max_size=30)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.dictionaries(st.sampled_from([column.name for column in COLUMNS if column.name != "document"]), CELLS)
)
def test_arbitrary_cells_give_a_report_or_a_documented_error_and_the_same_files_twice(
    tmp_path_factory: pytest.TempPathFactory, row: dict[str, str]
) -> None:
    folder = tmp_path_factory.mktemp("run")
    table = write_table(folder, row)
    outcomes = []
    for name in ("a", "b"):
        try:
            report = import_table(table, folder / name)
            outcomes.append(
                (
                    str(report).replace(str(folder / name), "OUT"),
                    _files(folder / name) if report.written else {},
                )
            )
        except TableError as error:  # the one documented error a table of any cells may raise
            outcomes.append((type(error).__name__, {}))
    assert outcomes[0] == outcomes[1]


def test_a_base_corpus_built_in_code_is_loaded_beside_the_folder_too(tmp_path: Path) -> None:
    base = attrs.evolve(load_seed_corpus(), exclusions=())
    assert () == base.folders
    report = import_table(write_table(tmp_path, GOOD_ROW), tmp_path / "out", corpus=base)
    assert report.corpus is not None
    assert len(base.claims) + 1 == len(report.corpus.claims)


def test_a_scope_cell_becomes_the_claims_scope_with_places_resolved(tmp_path: Path) -> None:
    row = {**GOOD_ROW, "scope": "included: fighters; places: Syria, Atlantis; basis: running_total"}
    import_table(write_table(tmp_path, row), tmp_path / "out", corpus=load_seed_corpus())
    data = json.loads((tmp_path / "out" / "fixtures" / "imported.json").read_text(encoding="utf-8"))
    assert {
        "included": ["fighters"],
        "places": ["Atlantis", "place:syria"],
        "basis": "running_total",
    } == data["claims"][0]["scope"]


# -- the held-out tables: each row's outcome and each name's entity, as labelled beside them -----------------
HELDOUT_LABELS = json.loads((DATA / "heldout-labels.json").read_text(encoding="utf-8"))["tables"]


def _heldout_score(name: str) -> tuple[list[str], list[str], int, int]:
    """The rows whose outcome, refusal or names differ from their labels; the count of outcomes and names."""
    base = load_seed_corpus()
    in_base = {entity.id for entity in base.entities}
    path = DATA / name
    with path.open(encoding="utf-8", newline="") as stream:
        rows = read_rows(stream, path.name)
    builder = Builder(base, lambda _: "")
    builder.plan(rows)
    reports = [builder.add_row(number, row) for number, row in enumerate(rows, 1)]
    outcomes: list[str] = []
    names: list[str] = []
    tags: dict[str, str] = {}  # new:TAG -> the id its first name became
    named = 0
    statuses = {"done": RowStatus.DONE, "needs_human": RowStatus.NEEDS_HUMAN, "refused": RowStatus.REFUSED}
    for label in HELDOUT_LABELS[name]:
        report = reports[label["row"] - 1]
        row = rows[label["row"] - 1]
        refusal_says = report.status is not RowStatus.REFUSED or any(
            reason.startswith(f"{label['column']}: ") and label["hint"] in reason for reason in report.reasons
        )
        if report.status is not statuses[label["outcome"]] or not refusal_says:
            outcomes.append(f"row {label['row']}: {report}")
        if report.claim is None:
            continue
        claim = builder.claims[report.claim][1]
        found = {step.text: step.agent for step in claim.attribution}
        found[row.get("outlet", "")] = builder.sources[claim.source].source.outlet
        for column, ids in (("about", claim.about), ("measure_authority", _authority(builder, claim))):
            parts = [part.strip() for part in row.get(column, "").split(";") if part.strip()]
            found.update(zip(parts, ids, strict=False))
        for text, expected in label.get("names", {}).items():
            named += 1
            got = found.get(text)
            if expected.startswith("new:"):
                first = tags.setdefault(expected, str(got))
                taken = [tag for tag, id_ in tags.items() if id_ == got and tag != expected]
                if got is None or got in in_base or got != first or taken:
                    names.append(f"row {label['row']}: {text!r} -> {got} ({expected} is {first})")
            elif got != expected:
                names.append(f"row {label['row']}: {text!r} -> {got} (expected {expected})")
    return outcomes, names, len(HELDOUT_LABELS[name]), named


def _authority(builder: object, claim: object) -> tuple[str, ...]:
    measure = getattr(claim, "measure", None)
    found = getattr(builder, "measures", {}).get(measure)
    return () if found is None else tuple(found.authority)


HELDOUT_MISSES: dict[str, tuple[list[str], list[str]]] = {
    "heldout-kyrgyz-persons.jsonl": ([], []),
    "heldout-ru-tg.jsonl": ([], []),
    "heldout-wires.csv": ([], []),
    "heldout-revisions.jsonl": ([], []),
}


@pytest.mark.parametrize("name", sorted(HELDOUT_MISSES))
def test_the_heldout_tables_meet_their_labels(name: str) -> None:
    outcomes, names, _, _ = _heldout_score(name)
    assert HELDOUT_MISSES[name] == (outcomes, names)


def test_the_heldout_tables_figures() -> None:
    scores = [_heldout_score(name) for name in sorted(HELDOUT_MISSES)]
    rows = sum(score[2] for score in scores)
    names = sum(score[3] for score in scores)
    right = (rows - sum(len(score[0]) for score in scores), names - sum(len(score[1]) for score in scores))
    assert (40, 69, (40, 69)) == (rows, names, right)
    doc = (Path(__file__).parents[2] / "docs" / "import.md").read_text(encoding="utf-8")
    assert f"| {right[0]} of {rows} |\n" in doc
    assert f"| {right[1]} of {names} |\n" in doc
