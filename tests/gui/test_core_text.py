"""The core's sentences appear in the interface language: the problems list and the status
line's notes in Chinese when the sidebar speaks Chinese."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assist.knowledge import load_knowledge
from assist.messages import Core
from assist.results import SuggestResult
from assist.ui.shell.i18n import core_text
from assist.ui.widgets.status_line import StatusLine
from assist.ui.windows.problems import ProblemsDialog

ENGLISH_WORD = re.compile(r"[A-Za-z]{3,}")


@pytest.fixture
def language(qapp):
    from assist.ui.shell.i18n import Translations

    translations = Translations(qapp)

    def use(choice: str) -> None:
        translations.apply(choice)
        qapp.processEvents()  # LanguageChange is posted

    yield use
    translations.apply("en")
    qapp.processEvents()


def broken_csv_problems(tmp_path: Path) -> list:
    folder = tmp_path / "knowledge"
    folder.mkdir()
    # line 3 opens a quoted cell that never closes; line 6 has a question and no reply
    (folder / "broken.csv").write_text(
        'question,reply\n能开发票吗,可以的\n多久发货,"48小时内\n包邮吗,包邮\n'
        '退货吗,七天无理由\n尺码准吗,\n', "utf-8")
    problems = load_knowledge(folder).problems
    assert [(p.source, p.line) for p in problems] == [("broken.csv", 3), ("broken.csv", 6)]
    return problems


def test_problems_dialog_shows_a_broken_csv_in_chinese(qtbot, language, tmp_path):
    problems = broken_csv_problems(tmp_path)
    language("zh_CN")
    dialog = ProblemsDialog(problems)
    qtbot.addWidget(dialog)
    shown = [dialog.table.item(row, 2).text() for row in range(dialog.table.rowCount())]
    assert dialog.table.item(0, 0).text() == "broken.csv:3"
    assert "引号" in shown[0] and "一直没有闭合" in shown[0] and "吞掉了后面的" in shown[0]
    assert "回复为空" in shown[1] and "尺码准吗" in shown[1]  # the buyer's words stay as written
    assert [ENGLISH_WORD.findall(text) for text in shown] == [[], []]
    language("en")
    english = ProblemsDialog(problems)
    qtbot.addWidget(english)
    assert english.table.item(0, 2).text() == problems[0].message
    assert "never closes" in problems[0].message


def test_status_line_notes_follow_the_language(qtbot, language):
    note = Core.tr("%1: %2", "general",
                   Core.tr("can read only %1 of this message; left out", "10%"))
    line = StatusLine()
    qtbot.addWidget(line)
    line.set_result(SuggestResult("地垫吸水效果不好", notes=[note, "a plain note"]))
    language("en")
    assert line.label.toolTip().splitlines()[1:] == [
        "general model: can read only 10% of this message; left out", "a plain note"]
    assert line.notes_label.text() == (
        "general model: can read only 10% of this message; left out · a plain note")
    language("zh_CN")
    assert core_text(note) == "general：只能读懂这条消息的 10%，未参与搜索"
    zh_name = line.channel_names(["general"])
    assert zh_name != "general model"
    assert line.label.toolTip().splitlines()[1:] == [
        zh_name + "：只能读懂这条消息的 10%，未参与搜索", "a plain note"]
