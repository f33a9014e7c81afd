"""Reading trainers' text files whatever Windows tool wrote them, and refusing damaged ones."""

from __future__ import annotations

import codecs
from pathlib import Path

from assist.knowledge import limits
from assist.messages import Core

MAX_FILE_BYTES = limits.MAX_FILE_BYTES  # the default limit; read at call time so tests may lower it

# Excel on Chinese Windows saves CSV as GB18030/GBK, newer tools as UTF-8 with or without a BOM.
# GB18030 is a superset of GBK and GB2312, so trying it second covers all three.
_ENCODINGS = ("utf-8-sig", "gb18030")
# Longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class UnreadableFile(Exception):
    """The file cannot be read as text; the message is a sentence for the trainer."""

    def __init__(self, message: str, line: int = 0) -> None:
        super().__init__(message)
        self.message = message  # str(exc) would lose a Message's template
        self.line = line  # where the damage starts, 0 for the whole file


def read_text(path: Path, limit: int | None = None) -> tuple[str, str]:
    """Return (text, encoding) or raise UnreadableFile saying why."""
    limit = MAX_FILE_BYTES if limit is None else limit
    data = _read_bytes(path, limit)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            # Excel's "Unicode text" export is UTF-16; it is text, so read it rather than refuse.
            text = _decode_unicode(data, encoding)
            break
    else:
        if b"\x00" in data[:8192]:
            raise UnreadableFile(
                Core.tr("file is binary, not text (was it saved in the wrong format?)"))
        text, encoding = _decode_narrow(data)
    nul = text.find("\x00")
    if nul >= 0:
        # NUL never belongs in a reply; past the first 8 KB it means a file cut off or zeroed
        # by a crash while saving, so the whole file is suspect.
        line = text.count("\n", 0, nul) + 1
        raise UnreadableFile(
            Core.tr("file contains NUL bytes from line %1 on, so it is damaged or not text; "
                    "open it, check the end of the file and save it again", line),
            line,
        )
    return text, encoding


def _read_bytes(path: Path, limit: int) -> bytes:
    try:
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)  # never more than the limit, whatever stat says
    except PermissionError:
        raise UnreadableFile(
            Core.tr("you do not have permission to read this file; change its permissions or "
                    "copy it")
        ) from None
    except IsADirectoryError:
        raise UnreadableFile(Core.tr("this is a folder, not a file")) from None
    except OSError as exc:
        raise UnreadableFile(Core.tr("cannot read the file (%1)", exc.strerror or exc)) from None
    if len(data) > limit:
        size = max(path.stat().st_size, len(data))
        raise UnreadableFile(
            Core.tr("file is %1, larger than the %2 a knowledge file may be; split it",
                    _megabytes(size), _megabytes(limit))
        )
    return data


def _decode_unicode(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].decode(encoding, errors="replace").count("\n") + 1
        if exc.end >= len(data) and "truncated" in exc.reason:
            raise UnreadableFile(
                Core.tr("%1 file ends in the middle of a character on line %2: it was cut off "
                        "while saving; save it again", encoding.upper(), line),
                line,
            ) from None
        raise UnreadableFile(
            Core.tr("%1 text is damaged on line %2 (%3); save the file again as UTF-8",
                    encoding.upper(), line, exc.reason),
            line,
        ) from None


def _decode_narrow(data: bytes) -> tuple[str, str]:
    for encoding in _ENCODINGS:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise UnreadableFile(Core.tr("cannot read the text encoding; save the file as UTF-8"))


def _megabytes(size: int) -> str:
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / 1024 / 1024:.0f} MB"
