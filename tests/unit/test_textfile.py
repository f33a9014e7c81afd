from pathlib import Path

import pytest

from assist.knowledge import textfile
from assist.knowledge.textfile import UnreadableFile, read_text

TEXT = "问题,回复\n发票怎么开,亲，下单时填写抬头即可\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16"])
def test_reads_every_encoding_excel_writes(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "f.csv"
    path.write_bytes(TEXT.encode(encoding))
    text, _ = read_text(path)
    assert text.lstrip("\ufeff") == TEXT


def test_binary_file_is_refused_with_a_sentence(tmp_path: Path) -> None:
    path = tmp_path / "f.md"
    path.write_bytes(b"PK\x03\x04\x00\x00binary")
    with pytest.raises(UnreadableFile, match="binary"):
        read_text(path)


def test_huge_file_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(textfile, "MAX_FILE_BYTES", 100)
    path = tmp_path / "f.md"
    path.write_text("好" * 200, "utf-8")
    with pytest.raises(UnreadableFile, match="larger than"):
        read_text(path)


def test_undecodable_bytes_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "f.csv"
    path.write_bytes(b"\x81\x30\xff\xfe\xfd" * 10)
    with pytest.raises(UnreadableFile, match="encoding"):
        read_text(path)
