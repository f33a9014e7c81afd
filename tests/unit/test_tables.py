from pathlib import Path

import openpyxl
import pytest

from assist.knowledge import load_knowledge
from assist.knowledge.model import SnippetKind
from assist.knowledge.tables import parse_csv, parse_xlsx


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk"])
def test_chinese_headers_in_every_excel_encoding(tmp_path: Path, encoding: str) -> None:
    path = write(
        tmp_path / "r.csv",
        "编号,问题,回复,商品,标签\nR1,能开发票吗,亲，可以的,,发票；售前\n",
        encoding,
    )
    result = parse_csv(path, "r.csv")
    assert result.problems == []
    [s] = result.snippets
    assert (s.id, s.question, s.reply, s.tags, s.line) == (
        "R1",
        "能开发票吗",
        "亲，可以的",
        ("发票", "售前"),
        2,
    )
    assert s.kind is SnippetKind.RESOLUTION


def test_english_headers_and_tab_separated(tmp_path: Path) -> None:
    path = write(tmp_path / "r.tsv", "question\treply\tproduct\n在吗\t亲在的\t台灯\n")
    [s] = parse_csv(path, "r.tsv").snippets
    assert (s.question, s.reply, s.product) == ("在吗", "亲在的", "台灯")


def test_missing_column_names_what_was_found(tmp_path: Path) -> None:
    path = write(tmp_path / "r.csv", "\n问,答\n在吗,在的\n")
    result = parse_csv(path, "r.csv")
    assert result.snippets == []
    [p] = result.problems
    assert (
        p.line == 2 and "missing column question and reply" in p.message and "问, 答" in p.message
    )


def test_bad_rows_are_reported_by_line_and_the_rest_loads(tmp_path: Path) -> None:
    text = (
        "question,reply\n"
        '"多行的\n问题",\n'  # starts on line 2, empty reply
        ",只有回复\n"  # line 4
        ",\n"  # blank row: silently skipped
        "好的谢谢,不客气哦\n"
    )  # line 6
    result = parse_csv(write(tmp_path / "r.csv", text), "r.csv")
    assert [
        (p.line, "empty reply" in p.message or "no question" in p.message) for p in result.problems
    ] == [(2, True), (4, True)]
    assert [(s.question, s.line) for s in result.snippets] == [("好的谢谢", 6)]


def test_derived_ids_survive_unrelated_edits(tmp_path: Path) -> None:
    path = write(tmp_path / "r.csv", "question,reply\n在吗,在的\n发货时间,48小时\n")
    before = {s.question: s.id for s in parse_csv(path, "faq/r.csv").snippets}
    write(path, "question,reply\n新问题,新回复\n发货时间,48小时内发货\n在吗,在的亲\n")
    after = {s.question: s.id for s in parse_csv(path, "faq/r.csv").snippets}
    assert before["在吗"] == after["在吗"] and before["发货时间"] == after["发货时间"]
    assert before["在吗"].startswith("faq/r:")


def test_xlsx_with_several_sheets(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    first = book.active
    first.title = "售前"
    first.append(["问题", "回复", "编号"])
    first.append(["有现货吗", "亲，有现货", "X1"])
    second = book.create_sheet("售后")
    second.append(["question", "reply"])
    second.append(["坏了", None])
    second.append([None, None])
    second.append(["破了个洞", "亲，非常抱歉"])
    book.save(tmp_path / "r.xlsx")
    result = parse_xlsx(tmp_path / "r.xlsx", "r.xlsx")
    assert [(s.id.split(":")[0], s.line) for s in result.snippets] == [("X1", 2), ("r/售后", 4)]
    [p] = result.problems
    assert p.line == 2 and p.message.startswith("sheet '售后': ")


def test_broken_xlsx_lock_file_and_old_xls(tmp_path: Path) -> None:
    write(tmp_path / "broken.xlsx", "not a zip")
    (tmp_path / "~$broken.xlsx").write_bytes(b"\x00lock")
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0")
    (tmp_path / "notes.txt").write_text("x")
    report = load_knowledge(tmp_path)
    messages = {p.source: (p.severity, p.message) for p in report.problems}
    assert messages["broken.xlsx"][0] == "error" and "Excel workbook" in messages["broken.xlsx"][1]
    assert messages["~$broken.xlsx"] == (
        "warning",
        "Excel lock file (the workbook is open in Excel); ignored",
    )
    assert ".xlsx" in messages["old.xls"][1]
    assert messages["notes.txt"][0] == "warning"
