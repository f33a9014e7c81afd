"""Reading trainers' text files whatever Windows tool wrote them."""

from __future__ import annotations

from pathlib import Path

MAX_FILE_BYTES = 20 * 1024 * 1024  # a knowledge file larger than this is a mistake, not a page

# Excel on Chinese Windows saves CSV as GB18030/GBK, newer tools as UTF-8 with or without a BOM.
# GB18030 is a superset of GBK and GB2312, so trying it second covers all three.
_ENCODINGS = ("utf-8-sig", "gb18030")


class UnreadableFile(Exception):
    """The file cannot be read as text; the message is a sentence for the trainer."""


def read_text(path: Path) -> tuple[str, str]:
    """Return (text, encoding) or raise UnreadableFile saying why."""
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise UnreadableFile(
            f"file is {size / 1024 / 1024:.0f} MB, larger than the "
            f"{MAX_FILE_BYTES // 1024 // 1024} MB a knowledge file may be; split it"
        )
    data = path.read_bytes()
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        # Excel's "Unicode text" export is UTF-16; it is text, so read it rather than refuse.
        return data.decode("utf-16"), "utf-16"
    if b"\x00" in data[:8192]:
        raise UnreadableFile("file is binary, not text (was it saved in the wrong format?)")
    for encoding in _ENCODINGS:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise UnreadableFile("cannot read the text encoding; save the file as UTF-8")
