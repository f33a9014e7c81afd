"""Exported chat logs become pending answers: greetings and known questions left out."""

from pathlib import Path

import openpyxl
import pytest

from assist.cli import main
from assist.trainer.importer import ChatFormatError, import_chats, read_chat
from assist.trainer.pending import list_pending

FAQ = "id,question,reply\nR1,能开发票吗,亲，可以开电子发票哦\n"
QIANNIU = """发送时间,发送人,聊天内容
2024-11-11 10:00:01,tb_小红,在吗
2024-11-11 10:00:05,暖居小铺:小王,亲，在的，请问有什么可以帮您？
2024-11-11 10:00:30,tb_小红,羽绒服能机洗吗
2024-11-11 10:00:40,tb_小红,怕洗坏了
2024-11-11 10:01:00,暖居小铺:小王,亲，建议手洗，水温30度以下
2024-11-11 10:01:05,暖居小铺:小王,洗完平铺晾干哦
2024-11-11 10:02:00,tb_小红,能开发票吗
2024-11-11 10:02:10,暖居小铺:小王,亲，可以开电子发票哦
2024-11-11 10:03:00,tb_小红,我电话13912345678，发顺丰可以吗
2024-11-11 10:03:20,暖居小铺:小王,可以的tb_小红，顺丰到付
2024-11-11 10:04:00,tb_小红,谢谢
2024-11-11 10:04:10,暖居小铺:小王,不客气哦
2024-11-11 11:30:00,tb_阿杰,围巾会掉毛吗
2024-11-11 11:30:30,暖居小铺:小王,亲，羊毛围巾前几次会有少量浮毛，属于正常现象
"""


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "kb"
    root.mkdir()
    (root / "faq.csv").write_text(FAQ, "utf-8-sig")
    return root


def test_qianniu_export_gives_the_expected_rows(folder: Path, tmp_path: Path) -> None:
    chats = tmp_path / "chats.csv"
    chats.write_text(QIANNIU, "utf-8-sig")
    result = import_chats(chats, folder)
    expected = [
        ("羽绒服能机洗吗 怕洗坏了", "亲，建议手洗，水温30度以下\n洗完平铺晾干哦"),
        ("我电话{手机号}，发顺丰可以吗", "可以的{昵称}，顺丰到付"),
        ("围巾会掉毛吗", "亲，羊毛围巾前几次会有少量浮毛，属于正常现象"),
    ]
    assert result.added == expected
    assert result.greetings == 2 and result.duplicates == 1  # 在吗, 谢谢; 能开发票吗
    assert [(r.question, r.reply) for r in list_pending(folder)] == expected
    again = import_chats(chats, folder)  # the same log twice adds nothing
    assert again.added == [] and again.duplicates == 4


def test_plain_two_columns_in_excel(folder: Path, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    for row in (("买家", "枕头可以水洗吗"), ("客服", "亲，记忆棉芯不能水洗，枕套可以哦"),
                ("买家", "能开发票吗"), ("客服", "可以的")):
        book.active.append(row)
    book.save(tmp_path / "chat.xlsx")
    turns = read_chat(tmp_path / "chat.xlsx")
    assert [t.agent for t in turns] == [False, True, False, True]
    assert main(["import", str(tmp_path / "chat.xlsx"), "--knowledge", str(folder)]) == 0
    assert [(r.question, r.reply) for r in list_pending(folder)] == [
        ("枕头可以水洗吗", "亲，记忆棉芯不能水洗，枕套可以哦")]


def test_unknown_layout_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "x.csv").write_text("a,b,c\n1,2,3\n", "utf-8")
    with pytest.raises(ChatFormatError, match="time/speaker/text"):
        read_chat(tmp_path / "x.csv")
