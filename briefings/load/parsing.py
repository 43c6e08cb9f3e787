"""JSON and YAML parsed with bounded work: no YAML aliases, no runaway nesting."""

from __future__ import annotations

import json
from typing import Any

import yaml

from briefings.errors import SourceRejected

_TOO_DEEP = (
    "nested too deeply (hundreds of brackets inside each other); an article record needs a few"
)


def parse_json(text: str, name: str) -> Any:
    """The JSON value; raises SourceRejected with the line and column of a syntax error."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise SourceRejected(
            name, f"malformed JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from exc
    except RecursionError:
        raise SourceRejected(name, f"the JSON is {_TOO_DEEP}") from None


class _AliasRefused(Exception):
    def __init__(self, line: int) -> None:
        super().__init__(line)
        self.line = line


class _NoAliasLoader(yaml.SafeLoader):
    """YAML without aliases: `*ref` lets 80 KB stand for millions of records, so it is refused
    at the first alias, before anything is built."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()  # type: ignore[no-untyped-call]
            raise _AliasRefused(event.start_mark.line + 1)
        return super().compose_node(parent, index)


def yaml_error(exc: yaml.YAMLError, what: str, line_offset: int = 0) -> str:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    if mark is not None:
        return f"malformed {what} at line {mark.line + 1 + line_offset}: {problem}"
    return f"malformed {what}: {problem}"


def parse_yaml(text: str, name: str, *, what: str = "YAML", line_offset: int = 0) -> Any:
    """The YAML value; raises SourceRejected for syntax errors, aliases and deep nesting."""
    try:
        return yaml.load(text, Loader=_NoAliasLoader)  # a SafeLoader subclass: safe
    except yaml.YAMLError as exc:
        raise SourceRejected(name, yaml_error(exc, what, line_offset)) from exc
    except _AliasRefused as exc:
        raise SourceRejected(
            name,
            f"{what} aliases are not accepted (an '*alias' at line {exc.line + line_offset}); "
            "write each record out in full",
        ) from None
    except RecursionError:
        raise SourceRejected(name, f"the {what} is {_TOO_DEEP}") from None
