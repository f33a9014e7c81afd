"""Answers waiting for a trainer: rows in the knowledge folder's pending/*.csv.

The files have the columns of past resolutions (id, question, reply, product, tags) and are
written as the sample's are (UTF-8 with BOM, CRLF), so a trainer can also review them in
Excel. The loader skips pending/ (loader._NOT_KNOWLEDGE); approve() moves a row into
resolutions/, and from then on it is a suggestion and a training pair like any other.
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from assist.atomic import write_atomic
from assist.knowledge.tables import _LOOKUP

PENDING_DIR = "pending"
DESK_FILE = f"{PENDING_DIR}/待审核.csv"  # saved at the desk, and heavily edited replies
APPROVED_FILE = "resolutions/已审核.csv"
COLUMNS = ("id", "question", "reply", "product", "tags")
# Where a row came from, kept in its tags so the trainer sees it (and it survives approval).
SAVED, EDITED, IMPORTED = "客服台保存", "客服改写", "聊天导入"


@dataclass(frozen=True)
class PendingRow:
    id: str
    question: str
    reply: str
    product: str = ""
    tags: str = ""
    file: str = ""  # relative to the knowledge folder, forward slashes
    line: int = 0  # 1-based row in that file (header is row 1)


def row_id(question: str, reply: str) -> str:
    """Stable across saves, so the same answer saved twice is one row."""
    return "P" + hashlib.sha1(f"{question}\n{reply}".encode()).hexdigest()[:9]


def list_pending(root: Path) -> list[PendingRow]:
    out: list[PendingRow] = []
    folder = Path(root) / PENDING_DIR
    for path in sorted(folder.glob("*.csv")) if folder.is_dir() else []:
        out.extend(_read(path, f"{PENDING_DIR}/{path.name}"))
    return out


def save_answer(root: Path, question: str, reply: str, *, product: str = "",
                origin: str = SAVED, file: str = DESK_FILE) -> PendingRow | None:
    """Propose (question, reply) as an answer; None when the same one is already pending.
    Callers mask personal data first (the feedback log and the importer do)."""
    added = add_rows(root, [(question, reply)], file=file, origin=origin, product=product)
    return added[0] if added else None


def add_rows(root: Path, pairs: Iterable[tuple[str, str]], *, file: str = DESK_FILE,
             origin: str = SAVED, product: str = "") -> list[PendingRow]:
    """Append (question, reply) rows to one pending file in one write; skips rows already
    pending anywhere. Returns the rows added."""
    root = Path(root)
    known = {r.id for r in list_pending(root)}
    path = root / file
    rows = _read(path, file) if path.is_file() else []
    added = []
    for question, reply in pairs:
        question, reply = question.strip(), reply.strip()
        rid = row_id(question, reply)
        if not question or not reply or rid in known:
            continue
        known.add(rid)
        row = PendingRow(rid, question, reply, product, origin, file, len(rows) + 2)
        rows.append(row)
        added.append(row)
    if added:
        _write(path, [COLUMNS, *([r.id, r.question, r.reply, r.product, r.tags] for r in rows)])
    return added


def approve(root: Path, ids: Sequence[str], target: str = APPROVED_FILE) -> list[PendingRow]:
    """Move rows into the resolutions file. The resolutions file is written first: a crash
    between the two writes leaves the row in both, and approving it again is harmless."""
    root = Path(root)
    rows = _take(root, ids)
    path = root / target
    table = _table(path) if path.is_file() else [list(COLUMNS)]
    columns = {_LOOKUP.get(c.strip().lstrip("\ufeff").lower()): i for i, c in enumerate(table[0])}
    present = {r[columns["id"]] for r in table[1:] if "id" in columns and len(r) > columns["id"]}
    for row in rows:
        if row.id in present:
            continue
        cells = [""] * len(table[0])
        for name, value in zip(COLUMNS, (row.id, row.question, row.reply, row.product,
                                         row.tags), strict=True):
            if name in columns:
                cells[columns[name]] = value
        table.append(cells)
    _write(path, table)
    _remove(root, rows)
    return [replace(r, file=target) for r in rows]


def reject(root: Path, ids: Sequence[str]) -> list[PendingRow]:
    rows = _take(Path(root), ids)
    _remove(Path(root), rows)
    return rows


def _take(root: Path, ids: Sequence[str]) -> list[PendingRow]:
    by_id = {r.id: r for r in list_pending(root)}
    missing = [i for i in ids if i not in by_id]
    if missing:
        raise KeyError(f"no pending answer with id {', '.join(missing)} "
                       "(`assist pending list` shows them)")
    return [by_id[i] for i in dict.fromkeys(ids)]


def _remove(root: Path, rows: Sequence[PendingRow]) -> None:
    for file in dict.fromkeys(r.file for r in rows):
        gone = {r.id for r in rows if r.file == file}
        path = root / file
        table = _table(path)
        kept = [table[0], *(r for r in table[1:] if not r or r[0] not in gone)]
        if len(kept) > 1:
            _write(path, kept)
        else:
            path.unlink()  # an empty review list is no list


def _read(path: Path, source: str) -> list[PendingRow]:
    table = _table(path)
    out = []
    for number, cells in enumerate(table[1:], start=2):
        cells = (cells + [""] * len(COLUMNS))[: len(COLUMNS)]
        if cells[0] and cells[1] and cells[2]:
            out.append(PendingRow(*cells, file=source, line=number))
    return out


def _table(path: Path) -> list[list[str]]:
    text = path.read_text("utf-8-sig")
    return [row for row in csv.reader(io.StringIO(text, newline=""))] or [list(COLUMNS)]


def _write(path: Path, rows: Iterable[Sequence[str]]) -> None:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    write_atomic(path, buffer.getvalue(), encoding="utf-8-sig")  # BOM: Excel reads UTF-8
