"""The store's per-article statements run straight on SQLite's DBAPI cursor.

SQLAlchemy's execution machinery costs more per statement than SQLite takes to run it, and
an ingest runs four statements per article. The SQL and every value's conversion stay
SQLAlchemy's own (each statement compiled once for the dialect, values passed through the
columns' bind and result processors), so the rows written and read are the same.
"""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Dialect

__all__ = ["DriverStatement"]

_Processor = Callable[[Any], Any] | None


class DriverStatement:
    """One statement compiled for `dialect` (a `qmark` driver: SQLite's), run on the DBAPI
    connection under a SQLAlchemy transaction, which still begins, commits and rolls back."""

    def __init__(self, statement: sa.Executable, dialect: Dialect) -> None:
        compiled = statement.compile(dialect=dialect)  # type: ignore[attr-defined]
        if dialect.paramstyle != "qmark" or compiled.positiontup is None:
            raise ValueError(f"{dialect.name} does not take positional '?' parameters")
        self.sql: str = compiled.string
        binds = compiled.binds
        names: list[str] = list(compiled.positiontup)
        # Limits and offsets are bound values the statement carries itself.
        self._fixed = {
            name: binds[name].effective_value for name in names if not binds[name].required
        }
        self._plan: list[tuple[str, _Processor]] = [
            (name, binds[name].type.dialect_impl(dialect).bind_processor(dialect)) for name in names
        ]
        columns = list(getattr(statement, "selected_columns", ()))
        self._row = namedtuple("_row", [c.name for c in columns]) if columns else None
        self._results: list[_Processor] = [
            c.type.dialect_impl(dialect).result_processor(dialect, None) for c in columns
        ]

    def _values(self, params: Mapping[str, Any]) -> tuple[Any, ...]:
        given = {**self._fixed, **params} if self._fixed else params
        try:
            return tuple([given[n] if p is None else p(given[n]) for n, p in self._plan])
        except Exception as exc:  # as SQLAlchemy reports a value it cannot bind
            raise sa.exc.StatementError(str(exc), self.sql, dict(params), exc) from exc

    def _execute(
        self, connection: sa.Connection, values: list[tuple[Any, ...]], *, fetch: bool
    ) -> list[Any]:
        """Run on the DBAPI cursor; a driver error is raised as SQLAlchemy's own (a locked
        or read-only database is `sa.exc.OperationalError`, which callers catch)."""
        dbapi = connection.dialect.loaded_dbapi
        cursor = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        try:
            if fetch:
                cursor.execute(self.sql, values[0])
                return list(cursor.fetchall())
            cursor.executemany(self.sql, values)
            return []
        except dbapi.Error as exc:
            raise sa.exc.DBAPIError.instance(
                self.sql, values, exc, dbapi.Error, dialect=connection.dialect
            ) from exc
        finally:
            cursor.close()

    def rows(self, connection: sa.Connection, params: Mapping[str, Any]) -> list[Any]:
        """Every row the query finds, as named tuples of converted values."""
        assert self._row is not None, "not a query"
        found = self._execute(connection, [self._values(params)], fetch=True)
        make, results = self._row, self._results
        return [
            make(*(v if p is None else p(v) for v, p in zip(row, results, strict=True)))
            for row in found
        ]

    def run(self, connection: sa.Connection, params: Iterable[Mapping[str, Any]]) -> None:
        """Execute the statement once per set of parameters."""
        self._execute(connection, [self._values(p) for p in params], fetch=False)
