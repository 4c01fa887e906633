"""The package's shape: a small sorted public API with examples, imports only where they belong, our errors.

The import layers, private modules and cycles are checked by import-linter (``lint-imports``, contracts in
``pyproject.toml``); these tests check what a contract cannot express.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import re
import tomllib
import typing
from pathlib import Path
from types import ModuleType

import pytest
from cattrs.errors import IterableValidationError

import centasia_claims
from centasia_claims.errors import CentasiaClaimsError

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "src" / "centasia_claims"

PACKAGES = (
    "centasia_claims",
    "centasia_claims.errors",
    "centasia_claims.model",
    "centasia_claims.serialization",
    "centasia_claims.corpus",
    "centasia_claims.estimates",
    "centasia_claims.names",
    "centasia_claims.reconciliation",
    "centasia_claims.provenance",
    "centasia_claims.exports",
    "centasia_claims.plots",
    "centasia_claims.batch",
    "centasia_claims.batch.polars",
    "centasia_claims.cli",
)
"""Every public namespace: the top level, each package, and the public single-module layers."""

ALLOWED_RAISES: typing.Final = {
    "SystemExit": "__main__.py",  # the command line's exit code
    "IterableValidationError": "serialization.py",  # inside a converter hook; `structure` wraps it
}
"""Exceptions outside the `CentasiaClaimsError` hierarchy, and the one module that may raise each."""


def _public() -> list[tuple[str, str, object]]:
    found: list[tuple[str, str, object]] = []
    for package in PACKAGES:
        module = importlib.import_module(package)
        found.extend((package, name, getattr(module, name)) for name in module.__all__)
    return found


def _modules() -> list[Path]:
    return sorted(SOURCE.rglob("*.py"))


def _sorted(names: list[str]) -> list[str]:
    """Sorted as ruff (RUF022) and isort sort ``__all__``: CONSTANTS, then Classes, then functions."""

    def key(name: str) -> tuple[int, str]:
        if name.isupper():
            return (0, name)
        return (1 if name[0].isupper() else 2, name)

    return sorted(names, key=key)


def test_the_top_level_api_is_small_and_sorted() -> None:
    names = list(centasia_claims.__all__)
    assert (True, _sorted(names)) == (len(names) <= 55, names)


@pytest.mark.parametrize("package", PACKAGES)
def test_every_namespace_lists_its_names_sorted_and_each_resolves(package: str) -> None:
    module = importlib.import_module(package)
    names = list(module.__all__)
    assert (_sorted(names), []) == (names, [name for name in names if not hasattr(module, name)])


def _examples(docstring: str | None) -> str:
    """The code of the doctest examples in a docstring (the ``>>>`` and ``...`` lines)."""
    lines = (docstring or "").splitlines()
    return "\n".join(line for line in lines if line.lstrip().startswith((">>>", "...")))


def _home(module: ModuleType, name: str) -> ModuleType:
    """The module that assigns ``name`` (a constant, a table or an alias), following re-exports."""
    for node in ast.parse(inspect.getsource(module)).body:
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                if (alias.asname or alias.name) == name:
                    return _home(importlib.import_module(node.module), alias.name)
    return module


def _has_example(package: str, name: str, value: object) -> bool:
    named = getattr(value, "__name__", None) == name and not isinstance(value, typing.NewType)
    if named and callable(value):  # a class or a function, wrapped or not
        own = value.__dict__.get("__doc__") if inspect.isclass(value) else value.__doc__
        return ">>>" in (own or "")
    # A constant, a table or an alias (``ClaimId`` is ``str`` at run time, ``NameKey`` a NewType) has no
    # docstring of its own: an example in the docstring of the module that defines it, or of the package
    # that exports it, must use it.
    mentioned = re.compile(rf"\b{re.escape(name)}\b")
    exporter = importlib.import_module(package)
    docstrings = (_home(exporter, name).__doc__, exporter.__doc__)
    return any(mentioned.search(_examples(docstring)) for docstring in docstrings)


def test_every_public_name_has_a_running_example() -> None:
    missing = sorted(
        {
            f"{package}.{name}"
            for package, name, value in _public()
            if not isinstance(value, ModuleType) and name != "__version__"
            if not _has_example(package, name, value)
        }
    )
    assert [] == missing


def _function_imports(tree: ast.AST) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            for inner in ast.walk(node):
                if isinstance(inner, ast.ImportFrom) and (inner.module or "").startswith("centasia_claims"):
                    found.append((inner.lineno, inner.module or ""))
                elif isinstance(inner, ast.Import):
                    found.extend(
                        (inner.lineno, alias.name)
                        for alias in inner.names
                        if alias.name.startswith("centasia_claims")
                    )
    return found


def test_no_module_of_ours_is_imported_inside_a_function() -> None:
    """Deferring an import of our own hides a cycle; only optional third-party libraries are deferred."""
    found = [
        f"{path.relative_to(SOURCE)}:{line} imports {module}"
        for path in _modules()
        for line, module in _function_imports(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert [] == found


def _raised_names(tree: ast.AST) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Raise) and node.exc is not None:
            target = node.exc.func if isinstance(node.exc, ast.Call) else node.exc
            if isinstance(target, ast.Name):
                found.append((node.lineno, target.id))
            elif not isinstance(node.exc, ast.Name):  # `raise error` re-raises a caught one
                found.append((node.lineno, ast.unparse(target)))
    return found


def _raises_our_error(module: ModuleType, name: str) -> bool:
    value = getattr(module, name, None)
    if inspect.isclass(value):
        return issubclass(value, CentasiaClaimsError)
    if inspect.isfunction(value):  # a helper that builds the error, such as `_wrong`
        returned = typing.get_type_hints(value).get("return")
        return inspect.isclass(returned) and issubclass(returned, CentasiaClaimsError)
    return False


def test_every_exception_raised_is_one_of_ours() -> None:
    found = []
    for path in _modules():
        relative = path.relative_to(SOURCE)
        name = ".".join(("centasia_claims", *relative.with_suffix("").parts)).removesuffix(".__init__")
        # __main__ runs the command line when imported: read its names without running it.
        module = centasia_claims if relative.stem == "__main__" else importlib.import_module(name)
        for line, raised in _raised_names(ast.parse(path.read_text(encoding="utf-8"))):
            if ALLOWED_RAISES.get(raised) == str(relative) or _raises_our_error(module, raised):
                continue
            found.append(f"{relative}:{line} raises {raised}")
    assert [] == found
    assert issubclass(IterableValidationError, Exception)  # the allowed cattrs group, still an exception


_SHARED_TESTS: typing.Final = {
    "tests": {
        "test_architecture",
        "test_docs_site",
        "test_examples",
        "test_gallery",
        "test_hostile",
        "test_import",
        "test_readme",
        "test_wheel",
    },
    "tests/corpus": {"test_seed_corpus", "test_corpus_doc"},
    "tests/estimates": {"test_docs", "test_labelled"},
    "tests/names": {"test_quality"},
    "tests/provenance": {"test_scenarios"},
    "tests/reconciliation": {"test_docs", "test_scenarios"},
}
"""Test modules that test a package as a whole (its docs, its data, its quality) rather than one module."""


def test_tests_mirror_the_source_tree() -> None:
    """Each package has a test folder, and each test module there is named after a module it tests."""
    problems = []
    for package in sorted(path.parent for path in SOURCE.rglob("__init__.py")):
        relative = package.relative_to(SOURCE)
        folder = ROOT / "tests" / relative
        modules = {path.stem.lstrip("_") for path in package.glob("*.py")}
        if not folder.is_dir():
            problems.append(f"no tests/{relative} for src/centasia_claims/{relative}")
            continue
        shared = _SHARED_TESTS.get(str(Path("tests") / relative).rstrip("/."), set())
        problems.extend(
            f"{test.relative_to(ROOT)} tests no module of src/centasia_claims/{relative}"
            for test in sorted(folder.glob("test_*.py"))
            if test.stem not in shared and test.stem.removeprefix("test_") not in modules
        )
    assert [] == problems


def _contract_layers() -> list[set[str]]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    (contract,) = [item for item in config["tool"]["importlinter"]["contracts"] if item["type"] == "layers"]
    layers = [{name.strip() for name in re.split(r"[|:]", layer)} for layer in contract["layers"]]
    return [layer for layer in layers if layer != {"__main__"}]


def _drawn_layers() -> list[set[str]]:
    """The packages of each row of boxes in the diagram of docs/architecture.md, top to bottom."""
    page = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    diagram = page.split("```text\n", 1)[1].split("```", 1)[0]
    known = {
        path.stem for path in SOURCE.iterdir() if path.suffix == ".py" or (path / "__init__.py").is_file()
    }
    rows: list[set[str]] = []
    for line in diagram.splitlines():
        if any(corner in line for corner in "┌├└"):
            rows.append(set())
        elif "│" in line and rows:
            cells = line.split("│")[1:-1]
            rows[-1].update(cell.split()[0] for cell in cells if cell.split() and cell.split()[0] in known)
    return [row for row in rows if row]


def test_the_architecture_diagram_draws_the_enforced_layers() -> None:
    assert _contract_layers() == _drawn_layers()
