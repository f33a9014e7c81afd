"""The rows of an Excel workbook, read only after its size inside the zip is known to be sane.

An .xlsx is a zip of XML: 392 KB on disk once held a million rows, so the file size says
nothing. The members' uncompressed sizes are checked before openpyxl opens it, rows are read
streaming (and the caller stops at a row limit), columns are capped, and any failure part-way
(a half-written file) keeps the rows read before it.
"""

from __future__ import annotations

import re
import warnings
import zipfile
from collections.abc import Iterator
from pathlib import Path

from assist.knowledge import limits
from assist.knowledge.csvrows import Row
from assist.knowledge.model import Problem
from assist.messages import Core, Message

_DIMENSION = re.compile(rb"<(?:\w+:)?(dimension|sheetData)\b")


def _save_again() -> Message:
    return Core.tr("open it in Excel and save it again as .xlsx")


def workbook_rows(
    path: Path, source: str, problems: list[Problem]
) -> Iterator[tuple[str, Iterator[Row]]]:
    """(sheet name, or '' when there is one sheet; its rows) for each sheet that can be read."""
    refusal = _zip_refusal(path)
    if refusal:
        problems.append(Problem(source, 0, refusal))
        return
    # openpyxl warns about styles and extensions it ignores; they are nothing a trainer can fix
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            import openpyxl

            workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:  # zip, XML and openpyxl's own errors alike
            problems.append(
                Problem(
                    source,
                    0,
                    Core.tr("cannot open as an Excel workbook (%1); it may be damaged or only "
                            "half saved: %2", type(exc).__name__, _save_again()),
                )
            )
            return
        try:
            sheets = workbook.worksheets
            for sheet in sheets:
                name = sheet.title if len(sheets) > 1 else ""
                yield name, _sheet_rows(sheet, name, source, problems)
        finally:
            workbook.close()


def _sheet_rows(sheet: object, name: str, source: str, problems: list[Problem]) -> Iterator[Row]:
    # Forget the declared size: a sheet claiming A1:XFD1048576 would be padded to it.
    reset = getattr(sheet, "reset_dimensions", None)
    if reset is not None:
        reset()
    number = 0
    try:
        for number, values in enumerate(
            sheet.iter_rows(max_col=limits.MAX_COLUMNS, values_only=True), start=1
        ):
            yield number, ["" if v is None else str(v) for v in values]
    except Exception as exc:  # a truncated sheet fails anywhere in its XML
        damage = (type(exc).__name__, _save_again())
        problems.append(
            Problem(
                source,
                number + 1,
                Core.tr("sheet '%1' is damaged after row %2 (%3); the rows before it loaded: %4",
                        name, number, *damage) if name
                else Core.tr("the sheet is damaged after row %1 (%2); the rows before it "
                             "loaded: %3", number, *damage),
            )
        )


def _zip_refusal(path: Path) -> str:
    """Why the workbook must not be opened, or ''."""
    try:
        if path.stat().st_size > limits.MAX_FILE_BYTES:
            return Core.tr("workbook is larger than %1 MB; split it into several files",
                           limits.MAX_FILE_BYTES // 1024 // 1024)
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except PermissionError:
        return Core.tr("you do not have permission to read this file; change its permissions or "
                       "copy it")
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        return Core.tr("cannot open as an Excel workbook (%1); it is not a complete .xlsx file "
                       "(perhaps cut off while saving): %2", type(exc).__name__, _save_again())
    total = sum(member.file_size for member in members)
    if total > limits.MAX_XLSX_UNZIPPED_BYTES:
        return Core.tr("workbook unpacks to %1 MB, more than the %2 MB a knowledge workbook "
                       "may hold; split it into several files or delete unused sheets",
                       format(total / 1024 / 1024, ",.0f"),
                       limits.MAX_XLSX_UNZIPPED_BYTES // 1024 // 1024)
    for member in members:
        sheet = "worksheets/" in member.filename
        if not sheet and member.file_size > limits.MAX_XLSX_PART_BYTES:
            return Core.tr("workbook part '%1' unpacks to %2 MB, more than the %3 MB allowed; "
                           "split the workbook", member.filename,
                           format(member.file_size / 1024 / 1024, ",.0f"),
                           limits.MAX_XLSX_PART_BYTES // 1024 // 1024)
        if (
            sheet
            and member.file_size > limits.MAX_UNSIZED_SHEET_BYTES
            and not _has_dimension(path, member)
        ):
            return Core.tr("workbook sheet '%1' is large (%2 MB unpacked) and does not record "
                           "its size, so it cannot be read row by row; %3 (Excel records the "
                           "size)", member.filename,
                           format(member.file_size / 1024 / 1024, ",.0f"), _save_again())
    return ""


def _has_dimension(path: Path, member: zipfile.ZipInfo) -> bool:
    """Whether the sheet states its size before its rows (looked for in its first 64 KB)."""
    try:
        with zipfile.ZipFile(path) as archive, archive.open(member) as sheet:
            head = sheet.read(64 * 1024)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return False  # a damaged member: openpyxl reports it when it opens the workbook
    match = _DIMENSION.search(head)
    return match is not None and match.group(1) == b"dimension"
