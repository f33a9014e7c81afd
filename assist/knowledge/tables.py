"""Past resolutions from CSV and Excel: one snippet per row of (question, reply)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from assist.knowledge import limits
from assist.knowledge.csvrows import Row, csv_rows
from assist.knowledge.model import Problem, Snippet, SnippetKind
from assist.knowledge.textfile import UnreadableFile, read_text
from assist.knowledge.workbook import workbook_rows
from assist.messages import Core

# Trainers name columns in English or Chinese; every alias maps to one field.
COLUMN_ALIASES = {
    "question": ("question", "q", "问题", "买家问题", "顾客问题", "提问", "咨询"),
    "reply": ("reply", "answer", "a", "回复", "答复", "回答", "客服回复", "标准回复"),
    "id": ("id", "编号", "序号id", "问题编号"),
    "product": ("product", "商品", "产品", "商品名称"),
    "tags": ("tags", "tag", "标签", "分类"),
}
_LOOKUP = {alias: name for name, aliases in COLUMN_ALIASES.items() for alias in aliases}
_TAG_SPLIT = str.maketrans({"；": ";", "，": ";", ",": ";", "、": ";", "|": ";"})


@dataclass
class TableResult:
    snippets: list[Snippet] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    rows_read: int = 0  # across the sheets of a workbook, against limits.MAX_ROWS


def parse_csv(path: Path, source: str) -> TableResult:
    result = TableResult()
    try:
        text, _ = read_text(path)
    except UnreadableFile as exc:
        result.problems.append(Problem(source, exc.line, exc.message))
        return result
    _rows_to_snippets(csv_rows(text, source, result.problems), source, result, csv=True)
    return result


def parse_xlsx(path: Path, source: str) -> TableResult:
    result = TableResult()
    for sheet, rows in workbook_rows(path, source, result.problems):
        if not _rows_to_snippets(rows, source, result, sheet=sheet):
            break
    return result


def _rows_to_snippets(
    rows: Iterator[Row],
    source: str,
    result: TableResult,
    sheet: str = "",
    csv: bool = False,
) -> bool:
    """Add a snippet per good row; return False once the file's row budget is spent."""
    rows = _budgeted(rows, source, sheet, result)
    header = _header(rows)
    if header is None:
        return _within_budget(result)  # an empty sheet or file says nothing wrong
    header_line, raw, columns = header
    missing = [name for name in ("question", "reply") if name not in columns.values()]
    if missing:
        found = ", ".join(c for c in raw if c) or "none"
        names = " and ".join(missing)
        result.problems.append(
            Problem(
                source,
                header_line,
                _in_sheet(sheet, Core.tr("missing column %1 (found: %2); name them "
                                         "question/reply or 问题/回复",
                                         names, found)),
            )
        )
        return _within_budget(result)
    stem = str(PurePosixPath(source).with_suffix(""))
    if sheet:
        stem = f"{stem}/{sheet}"
    for line, cells in rows:
        record = {name: _cell(cells, index) for index, name in columns.items()}
        if not any(record.values()):
            continue
        if csv and len(cells) > len(raw) and any(c.strip() for c in cells[len(raw) :]):
            result.problems.append(
                Problem(
                    source,
                    line,
                    Core.tr("row has %1 cells but the header has %2; the cells past the last "
                            "column were ignored. A comma inside a reply needs quotes around "
                            "the whole reply (or use the Chinese comma ，)", len(cells), len(raw)),
                    "warning",
                )
            )
        problem = _row_problem(record)
        if problem:
            result.problems.append(Problem(source, line, _in_sheet(sheet, problem)))
            continue
        question, reply = record["question"], record["reply"]
        snippet_id = (
            record.get("id") or f"{stem}:{hashlib.sha1(question.encode()).hexdigest()[:10]}"
        )
        tags = tuple(
            t.strip() for t in record.get("tags", "").translate(_TAG_SPLIT).split(";") if t.strip()
        )
        result.snippets.append(
            Snippet(
                id=snippet_id,
                kind=SnippetKind.RESOLUTION,
                reply=reply,
                source=source,
                line=line,
                question=question,
                product=record.get("product", ""),
                tags=tags,
            )
        )
    return _within_budget(result)


def _row_problem(record: dict[str, str]) -> str:
    """Why a row with content cannot become a snippet, or ''."""
    question, reply = record.get("question", ""), record.get("reply", "")
    if not question:
        return Core.tr("row has a reply but no question; skipped")
    if not reply:
        return Core.tr("question '%1' has an empty reply; skipped", _preview(question))
    for name, text in record.items():
        if len(text) > limits.MAX_CELL_CHARS:
            return Core.tr(
                "the %1 cell is %2 characters long, more than the %3 a cell may have; the row "
                "was skipped", name, format(len(text), ","), format(limits.MAX_CELL_CHARS, ","))
    return ""


def _in_sheet(sheet: str, problem: str) -> str:
    """A workbook of several sheets names the sheet in front of each problem."""
    return Core.tr("sheet '%1': %2", sheet, problem) if sheet else problem


def _budgeted(rows: Iterator[Row], source: str, sheet: str, result: TableResult) -> Iterator[Row]:
    """Rows until the file's row limit, then one problem: a million-row sheet reads the first."""
    for line, cells in rows:
        if not _within_budget(result):
            return
        result.rows_read += 1
        if not _within_budget(result):
            result.problems.append(
                Problem(
                    source,
                    line,
                    _in_sheet(sheet, Core.tr(
                        "the file has more than %1 rows; this row and those after it were not "
                        "read. Split it into several files", format(limits.MAX_ROWS, ","))),
                )
            )
            return
        yield line, cells


def _within_budget(result: TableResult) -> bool:
    return result.rows_read <= limits.MAX_ROWS


def _header(rows: Iterator[Row]) -> tuple[int, list[str], dict[int, str]] | None:
    """Find the first non-empty row; return its line, its cells and column index -> field."""
    for line, cells in rows:
        raw = [c.strip().lstrip("\ufeff") for c in cells[: limits.MAX_COLUMNS]]
        if not any(raw):
            continue
        columns: dict[int, str] = {}
        for index, cell in enumerate(raw):
            name = _LOOKUP.get(cell.lower())
            if name and name not in columns.values():
                columns[index] = name
        return line, raw, columns
    return None


def _cell(cells: list[str], index: int) -> str:
    return cells[index].strip() if 0 <= index < len(cells) else ""


def _preview(text: str, width: int = 30) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"
