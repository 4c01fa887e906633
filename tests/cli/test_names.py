import json
from pathlib import Path

import pytest

from centasia_claims.cli import main
from tests.builders import write_folder


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(["names", *argv])
    return code, capsys.readouterr().out


def test_names_resolves_and_lists_spellings(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(capsys, "Gulmorod Khalimov")
    lines = out.splitlines()
    assert code == 0
    assert lines[:6] == [
        "Gulmorod Khalimov  (key: golmorod holimov)",
        "Resolved to person:gulmurod-halimov",
        "  person:gulmurod-halimov  Gulmurod Halimov  [same 1.00]",
        "    - matched 'Gulmurod Halimov' (primary)",
        "    - Gulmorod = Gulmurod (a/o/u)",
        "    - Khalimov = Halimov (kh/h)",
    ]
    assert "Гулмурод Ҳалимов" in out
    assert "Gulmurod Chalimow" in out
    assert lines[-1].startswith("Spellings to search for: Gulmorod Khalimov; ")


def test_names_json(capsys: pytest.CaptureFixture[str]) -> None:
    # The texts write "Rahmonov" alone only for the president, so the bare surname resolves to him.
    code, out = run(capsys, "Rahmonov", "--at", "2016", "--json")
    data = json.loads(out)
    assert code == 0
    assert (
        data["resolved"],
        data["ambiguous"],
        [item["entity"] for item in data["candidates"]],
    ) == ("person:emomali-rahmon", False, ["person:emomali-rahmon", "person:naim-rahmonov"])
    recorded = data["candidates"][0]["recorded"]
    assert {"text": "Rahmonov", "kind": "birth", "valid": "../2007"} in recorded


def test_names_before_2007(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(capsys, "Emomali Rahmonov", "--at", "2005")
    assert (code, out.splitlines()[1]) == (0, "Resolved to person:emomali-rahmon")


def test_names_acronym_has_no_generated_spellings(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(capsys, "IPRT", "--json")
    data = json.loads(out)
    assert (code, data["resolved"], data["candidates"][0]["generated"]) == (0, "org:irpt", [])


def test_names_not_found(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(capsys, "Gulmurod Karimov")
    assert (code, out.splitlines()[1]) == (1, "Not resolved: no recorded name matches")


def test_names_bad_date(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["names", "Rahmonov", "--at", "May 2015"])
    err = capsys.readouterr().err
    assert code == 3
    assert err.startswith("centasia-claims names: expected a date as YYYY, YYYY-MM or YYYY-MM-DD at 0-8:")


def test_names_ambiguous_in_a_corpus_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    persons = [
        {"id": "person:gulmurod-halimov", "names": [{"text": "Gulmurod Halimov"}]},
        {"id": "person:fozil-halimov", "names": [{"text": "Fozil Halimov"}]},
    ]
    folder = write_folder(tmp_path, {"persons.json": {"persons": persons}})
    code, out = run(capsys, "Khalimov", "--corpus", str(folder))
    lines = out.splitlines()
    assert (code, lines[1]) == (1, "Ambiguous: 2 entities match about equally well")
    assert "  person:fozil-halimov  Fozil Halimov  [compatible 0.60]" in lines


PRESIDENT_ONLY = {
    "persons": [
        {
            "id": "person:emomali-rahmon",
            "names": [
                {"text": "Emomali Rahmon", "kind": "changed", "valid": "2007/.."},
                {"text": "Emomali Rahmonov", "kind": "birth", "valid": "../2007"},
            ],
        }
    ]
}


def test_names_text_sets_aside_names_out_of_use(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = write_folder(tmp_path, {"people.json": PRESIDENT_ONLY})
    code, out = run(capsys, "Rahmonov", "--at", "2016", "--corpus", str(folder))
    expected = [
        "Rahmonov at 2016  (key: rohmonov)",
        "Not resolved: no recorded name matches",
        "Set aside: these match only through a name not in use at 2016",
        "  person:emomali-rahmon  Emomali Rahmon  [compatible 0.60]",
        "    - matched 'Emomali Rahmonov' (birth, in use ../2007)",
    ]
    assert (1, expected) == (code, out.splitlines()[:5])


@pytest.mark.parametrize(
    "name", ["!!!", "🙂 🙂", "1141", "  "], ids=["punctuation", "emoji", "digits", "blank"]
)
def test_names_refuses_a_name_with_no_letters(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert 2 == main(["names", name])
    assert (
        f"centasia-claims names: no letters in {name!r}: give a name with at least one letter\n"
    ) == capsys.readouterr().err
