"""Past resolutions from CSV and Excel: one snippet per row of (question, reply)."""

from __future__ import annotations

import csv
import hashlib
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from assist.knowledge.model import Problem, Snippet, SnippetKind
from assist.knowledge.textfile import UnreadableFile, read_text

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


Row = tuple[int, list[str]]  # (1-based line or row number, cells)


def parse_csv(path: Path, source: str) -> TableResult:
    result = TableResult()
    try:
        text, _ = read_text(path)
    except UnreadableFile as exc:
        result.problems.append(Problem(source, 0, str(exc)))
        return result
    _rows_to_snippets(_csv_rows(text), source, "", result)
    return result


def _csv_rows(text: str) -> Iterator[Row]:
    # The header line decides: Excel writes commas, "Unicode text" exports use tabs, and some
    # European-locale tools semicolons. (csv.Sniffer guesses from the whole sample and is
    # misled by the commas inside Chinese replies.)
    header = text.split("\n", 1)[0]
    delimiter = max((",", "\t", ";"), key=header.count) if header else ","
    reader = csv.reader(io.StringIO(text, newline=""), csv.excel, delimiter=delimiter)
    start = 1
    for cells in reader:
        yield start, cells
        start = reader.line_num + 1  # a quoted cell may span lines; report where the row begins


def parse_xlsx(path: Path, source: str) -> TableResult:
    result = TableResult()
    try:
        import openpyxl

        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, OSError, KeyError, ValueError) as exc:
        result.problems.append(
            Problem(
                source,
                0,
                f"cannot open as an Excel workbook ({type(exc).__name__}); save it again as .xlsx",
            )
        )
        return result
    try:
        sheets = workbook.worksheets
        for sheet in sheets:
            prefix = f"sheet '{sheet.title}': " if len(sheets) > 1 else ""
            rows = (
                (number, ["" if v is None else str(v) for v in values])
                for number, values in enumerate(sheet.iter_rows(values_only=True), start=1)
            )
            _rows_to_snippets(rows, source, prefix, result, sheet.title if len(sheets) > 1 else "")
    finally:
        workbook.close()
    return result


def _rows_to_snippets(
    rows: Iterator[Row], source: str, prefix: str, result: TableResult, sheet: str = ""
) -> None:
    header = _header(rows)
    if header is None:
        return  # an empty sheet or file says nothing wrong
    header_line, raw, columns = header
    missing = [name for name in ("question", "reply") if name not in columns.values()]
    if missing:
        found = ", ".join(c for c in raw if c) or "none"
        result.problems.append(
            Problem(
                source,
                header_line,
                f"{prefix}missing column {' and '.join(missing)} (found: {found}); "
                "name them question/reply or 问题/回复",
            )
        )
        return
    stem = str(PurePosixPath(source).with_suffix(""))
    if sheet:
        stem = f"{stem}/{sheet}"
    for line, cells in rows:
        record = {name: _cell(cells, index) for index, name in columns.items()}
        if not any(record.values()):
            continue
        question, reply = record.get("question", ""), record.get("reply", "")
        if not question:
            result.problems.append(
                Problem(source, line, f"{prefix}row has a reply but no question; skipped")
            )
            continue
        if not reply:
            result.problems.append(
                Problem(
                    source,
                    line,
                    f"{prefix}question '{_preview(question)}' has an empty reply; skipped",
                )
            )
            continue
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


def _header(rows: Iterator[Row]) -> tuple[int, list[str], dict[int, str]] | None:
    """Find the first non-empty row; return its line, its cells and column index -> field."""
    for line, cells in rows:
        raw = [c.strip().lstrip("\ufeff") for c in cells]
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
