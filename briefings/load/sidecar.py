"""Metadata an admin writes beside a source file: `<stem>.meta.yaml` (or `.yml`, `.json`)."""

from __future__ import annotations

import errno
from pathlib import Path

from briefings.decode import decode_bytes
from briefings.errors import SourceRejected
from briefings.load.metadata import meta_from
from briefings.load.parsing import parse_json, parse_yaml
from briefings.models import SourceMeta

SIDECAR_SUFFIXES = (".meta.yaml", ".meta.yml", ".meta.json")
SIDECAR_MAX_BYTES = 1024 * 1024


def is_sidecar(path: Path) -> bool:
    """True for a metadata file that accompanies a source (`<stem>.meta.yaml`)."""
    return path.name.casefold().endswith(SIDECAR_SUFFIXES)


def sidecar_path(path: Path) -> Path | None:
    """The sidecar beside `path`, or None; raises SourceRejected naming an unreadable one.

    A name too long for the file system to hold with a sidecar suffix simply has none.
    """
    for suffix in SIDECAR_SUFFIXES:
        candidate = path.with_name(path.stem + suffix)
        try:
            if candidate.is_file():
                return candidate
        except OSError as exc:
            if exc.errno == errno.ENAMETOOLONG:
                continue
            raise SourceRejected(
                candidate.name, f"metadata file cannot be read ({exc.strerror or exc})"
            ) from None
    return None


def read_sidecar(path: Path) -> SourceMeta | None:
    """Metadata an admin wrote beside a source file, or None when there is none.

    Raises SourceRejected naming the sidecar (not the article) when it is unreadable or
    malformed, so the admin fixes the right file.
    """
    side = sidecar_path(path)
    if side is None:
        return None
    name = side.name
    try:
        with side.open("rb") as handle:
            data = handle.read(SIDECAR_MAX_BYTES + 1)
    except OSError as exc:
        raise SourceRejected(
            name, f"metadata file cannot be read ({exc.strerror or exc})"
        ) from None
    text = decode_bytes(data, name, max_bytes=SIDECAR_MAX_BYTES)
    raw = parse_json(text, name) if side.suffix == ".json" else parse_yaml(text, name)
    if raw is None:
        return SourceMeta()
    if not isinstance(raw, dict):
        raise SourceRejected(name, "the metadata file is not a mapping of fields")
    return meta_from(raw, name)
