import duckdb
import pytest

from centasia_claims import compare_names, normalize_name, parse_estimate
from centasia_claims.batch import FUNCTIONS, register_duckdb
from centasia_claims.names import blocking_keys

NAMES = ["Gulmurod Halimov", "Гулмурод Ҳалимов", "Fozil Halimov", None, "", "حليموف", "Gulmurod Halimov"]


@pytest.fixture(scope="module")
def connection() -> duckdb.DuckDBPyConnection:
    connection: duckdb.DuckDBPyConnection = register_duckdb(duckdb.connect())
    connection.execute("CREATE TABLE mentions (id INTEGER, name VARCHAR)")
    connection.executemany("INSERT INTO mentions VALUES (?, ?)", list(enumerate(NAMES)))
    return connection


def test_the_functions_have_the_documented_types(connection: duckdb.DuckDBPyConnection) -> None:
    found = connection.sql(
        "SELECT typeof(claims_name_key('a')), typeof(claims_blocking_keys('a')), "
        "typeof(claims_name_verdict('a', 'b')), typeof(claims_name_score('a', 'b')), "
        "typeof(claims_parse_estimate('a'))"
    ).fetchall()[0]
    struct = (
        "STRUCT(low DOUBLE, high DOUBLE, point DOUBLE, qualifier VARCHAR, unit VARCHAR, "
        'inclusivity VARCHAR, hedged BOOLEAN, "values" DOUBLE[], per VARCHAR, additive BOOLEAN, '
        'unread VARCHAR[], "language" VARCHAR, "error" VARCHAR)'
    )
    assert ("VARCHAR", "VARCHAR[]", "VARCHAR", "DOUBLE", struct) == found
    assert ["claims_blocking_keys", "claims_name_key", "claims_name_score", "claims_name_verdict",
            "claims_parse_estimate"] == sorted(FUNCTIONS)  # fmt: skip


def test_name_keys_and_blocking_keys_in_sql_are_the_per_item_ones(
    connection: duckdb.DuckDBPyConnection,
) -> None:
    found = connection.sql(
        "SELECT claims_name_key(name), claims_blocking_keys(name) FROM mentions ORDER BY id"
    ).fetchall()
    expected = [
        (None, None) if name is None else (normalize_name(name), list(blocking_keys(name))) for name in NAMES
    ]
    assert expected == found


def test_a_self_join_on_blocking_keys_finds_the_pairs_to_compare(
    connection: duckdb.DuckDBPyConnection,
) -> None:
    found = connection.sql(
        """
        WITH keyed AS (SELECT id, name, unnest(claims_blocking_keys(name)) AS key FROM mentions)
        SELECT DISTINCT a.id, b.id, claims_name_verdict(a.name, b.name), claims_name_score(a.name, b.name)
        FROM keyed a JOIN keyed b ON a.key = b.key AND a.id < b.id
        ORDER BY 1, 2
        """
    ).fetchall()
    pairs = [(0, 1), (0, 2), (0, 5), (0, 6), (1, 2), (1, 5), (1, 6), (2, 5), (2, 6), (5, 6)]
    expected = [
        (
            a,
            b,
            compare_names(str(NAMES[a]), str(NAMES[b])).verdict.value,
            compare_names(str(NAMES[a]), str(NAMES[b])).score,
        )
        for a, b in pairs
    ]
    assert expected == found


def test_parse_estimate_in_sql_reads_each_phrase_and_never_raises(
    connection: duckdb.DuckDBPyConnection,
) -> None:
    found = connection.sql(
        "SELECT p.low, p.high, p.qualifier, p.inclusivity, p.error FROM ("
        "SELECT claims_parse_estimate(phrase) AS p, n FROM (VALUES (1, 'more than 300'), (2, NULL), "
        "(3, 'Group 24')) t(n, phrase)) ORDER BY n"
    ).fetchall()
    refused = "'Group 24' is an identifier, not a figure at 0-8"
    assert [(300.0, None, "more_than", "(]", None), (None, None, None, None, None),
            (None, None, None, None, refused)] == found  # fmt: skip
    assert 300.0 == parse_estimate("more than 300").low


def test_a_language_reads_numbers_as_that_language_writes_them() -> None:
    connection = register_duckdb(duckdb.connect(), language="de")
    assert [(2750.0, "de")] == connection.sql(
        "SELECT p.point, p.language FROM (SELECT claims_parse_estimate('2.750 Kämpfer') AS p)"
    ).fetchall()


def test_registering_again_replaces_the_functions_with_the_new_language() -> None:
    connection = register_duckdb(duckdb.connect(), language="de")
    query = "SELECT p.point, p.error IS NULL FROM (SELECT claims_parse_estimate('2.750 Kämpfer') AS p)"
    assert [(2750.0, True)] == connection.sql(query).fetchall()
    assert register_duckdb(connection) is connection  # no language: "2.750" reads two ways
    assert [(None, False)] == connection.sql(query).fetchall()
    assert connection.sql("SELECT claims_name_key('Gulmurod Halimov')").fetchall() == [("golmorod holimov",)]


def test_many_rows_are_read_in_batches(connection: duckdb.DuckDBPyConnection) -> None:
    found = connection.sql(
        "SELECT count(*), count(DISTINCT claims_name_key('Halimov ' || (i % 7)::VARCHAR)) "
        "FROM range(10000) t(i)"
    ).fetchall()[0]
    assert (10000, 7) == found


def test_what_is_remembered_across_batches_is_what_would_be_computed() -> None:
    query = (
        "SELECT claims_parse_estimate('about ' || (i % 3000)::VARCHAR).low, "
        "claims_name_verdict('Halimov', 'Halimov ' || (i % 3000)::VARCHAR) FROM range(9000) t(i) ORDER BY i"
    )
    remembering, forgetting = register_duckdb(duckdb.connect()), register_duckdb(duckdb.connect(), remember=0)
    assert forgetting.sql(query).fetchall() == remembering.sql(query).fetchall()
