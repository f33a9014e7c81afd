"""The vector index's manifest: what it holds, written and read back with every type checked.

A manifest that parses but is not what we wrote (a list, null, a number, a field of the
wrong type, hashes and coverage of different lengths) raises ``ManifestError`` with a
sentence, so the index is rebuilt instead of an AttributeError on every start.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path
from typing import Any

FORMAT_VERSION = 2
_NUMBER = (int, float)


class ManifestError(ValueError):
    """The manifest is not one this version wrote."""


def read_manifest(path: Path) -> dict[str, Any]:
    """The parsed, checked manifest. Raises OSError (unreadable), ManifestError (anything
    else wrong, including invalid JSON or another format version)."""
    try:
        data = json.loads(path.read_text("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ManifestError(f"not valid JSON ({exc})") from exc
    if not isinstance(data, dict):
        raise ManifestError(f"holds {type(data).__name__}, not an object")
    if data.get("format_version") != FORMAT_VERSION:
        raise ManifestError("from another version of Agent Assist")
    check_fields(data)
    return data


_MODEL_NAME = re.compile(r'"model_name":\s*("(?:[^"\\]|\\.)*")')


def model_name_of(path: Path) -> str | None:
    """The manifest's model_name alone, from the file's first bytes, where save() writes it:
    parsing a 100k-snippet manifest whole to learn it held ~25 MB for a moment, and the
    sidebar peaked there. A file without it there is parsed whole. Raises OSError and
    ValueError as reading and parsing do."""
    with path.open("rb") as handle:
        head = handle.read(4096).decode("utf-8", "ignore")
    found = _MODEL_NAME.search(head)
    if found:
        name = json.loads(found.group(1))
    else:
        data = json.loads(path.read_text("utf-8"))
        name = data.get("model_name") if isinstance(data, dict) else None
    return name if isinstance(name, str) else None


def check_fields(data: dict[str, Any]) -> None:
    _expect(data, "model_fingerprint", str)
    _expect(data, "model_name", str)
    _expect(data, "readability", str)
    _expect(data, "index_sha256", str)
    for name in ("dimension", "count"):
        if not _is_int(data.get(name)) or data[name] < (1 if name == "dimension" else 0):
            raise ManifestError(f"{name} is not a valid count")
    if not _is_number(data.get("min_readable")):
        raise ManifestError("min_readable is not a number")
    hashes, coverage, rows = data.get("hashes"), data.get("coverage"), data.get("rows")
    if not isinstance(hashes, list) or not all(isinstance(h, str) for h in hashes):
        raise ManifestError("hashes is not a list of strings")
    if not isinstance(coverage, list) or not all(_is_number(c) for c in coverage):
        raise ManifestError("coverage is not a list of numbers")
    if not isinstance(rows, list) or not all(_is_int(r) for r in rows):
        raise ManifestError("rows is not a list of positions")
    if not data["count"] == len(hashes) == len(coverage):
        raise ManifestError("count, hashes and coverage disagree")


def _expect(data: dict[str, Any], name: str, kind: type) -> None:
    if not isinstance(data.get(name), kind):
        raise ManifestError(f"{name} is missing or not a {kind.__name__}")


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: object) -> bool:
    return (isinstance(value, _NUMBER) and not isinstance(value, bool)
            and math.isfinite(value))
