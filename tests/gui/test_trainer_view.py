"""The trainers' tools in the sidebar, on the real core with keyword search on a copy of the
sample folder: the trainer view's explanations, pending answers approved into suggestions,
compliance warnings on cards and in the problems list, desk events in the feedback log."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from assist import paths
from assist.engine import Assistant, AssistConfig
from assist.trainer import pending
from assist.trainer.explain import BELOW_CUT_OFF, DUPLICATE, SHOWN
from assist.trainer.feedback import FeedbackLog, default_path
from assist.ui.desktop.open_file import editor_command
from assist.ui.windows.problems import ProblemsDialog
from assist.ui.windows.save_answer import SaveAnswerDialog
from assist.ui.windows.trainer import TrainerWindow

PHONE = "13912345678"
PLANTED = ("R9001", "羽绒服可以加微信买吗", "亲，可以加微信转账，给您全网最低价，秒发哦")


@pytest.fixture
def kb(tmp_path: Path) -> Path:
    root = tmp_path / "knowledge"
    shutil.copytree(paths.bundled_knowledge_dir(), root, ignore=shutil.ignore_patterns("golden*"))
    return root


@pytest.fixture
def desk(make_sidebar, kb, qtbot):
    """A sidebar on keyword search (no model: nothing here needs it), knowledge loaded."""
    def make():
        bar = make_sidebar(Assistant(AssistConfig(knowledge_dir=kb, channels="keyword")),
                           load_model=False)
        qtbot.waitUntil(lambda: bar.service.state.phase == "keyword", timeout=30_000)
        return bar
    return make


def ask(qtbot, bar, text: str) -> None:
    with qtbot.waitSignal(bar.service.results_ready, timeout=20_000):
        bar.window.input.setPlainText(text)
        bar.window.search_now()


def settle(qtbot, bar) -> None:
    """Both queues empty: the Assistant's and the feedback's."""
    qtbot.waitUntil(lambda: not bar.runner.busy and not bar.feedback.runner.busy,
                    timeout=20_000)


class Opened(list):
    def __call__(self, path: Path, line: int) -> bool:
        self.append((Path(path), line))
        return True


def test_trainer_view_shows_channel_ranks_and_why_a_duplicate_was_dropped(qtbot, desk, kb):
    bar = desk()
    window = bar.window
    ask(qtbot, bar, "羽绒服怎么洗")
    cards = [c.suggestion.snippet_ids[0] for c in window.cards]
    qtbot.mouseClick(window.trainer_button, Qt.MouseButton.LeftButton)
    trainer = window.trainer_window
    why = trainer.why
    qtbot.waitUntil(lambda: why.table.rowCount() > 0, timeout=20_000)
    headers = [why.table.horizontalHeaderItem(i).text() for i in range(why.table.columnCount())]
    assert "Keyword" in headers and "Why" in headers and "Location" in headers
    keyword_col, why_col = headers.index("Keyword"), headers.index("Why")
    rows = why.explanation.candidates
    assert len(rows) == why.table.rowCount() > 5
    # the cards the sidebar shows are the rows marked shown, in card order
    shown = sorted((c for c in rows if c.status == SHOWN), key=lambda c: c.card)
    assert [c.snippet_id for c in shown] == cards
    for row, c in enumerate(rows):
        rank = next(r for r in c.channels if r.channel == "keyword")
        cell = why.table.item(row, keyword_col).text()
        assert cell == (f"#{rank.rank} · {rank.score:.3f}" if rank.rank else "—")
        assert why.table.item(row, headers.index("Location")).text() == f"{c.file}:{c.line}"
    duplicate = next(i for i, c in enumerate(rows) if c.status == DUPLICATE)
    assert why.table.item(duplicate, 1).text() == "duplicate"
    assert why.table.item(duplicate, why_col).text().startswith(
        f"says the same as card {rows[duplicate].card}")
    # a row opens its file at its line
    opened = Opened()
    view = TrainerWindow(bar.service, bar.feedback, opener=opened)
    qtbot.addWidget(view)
    view.why.show_explanation(why.explanation, kb)
    view.why.table.setCurrentCell(duplicate, 0)
    assert "<a href" in view.why.detail.text()
    view.why.open_row(duplicate)
    assert opened == [(kb / rows[duplicate].file, rows[duplicate].line)]
    settle(qtbot, bar)


def test_an_answer_saved_at_the_desk_and_approved_in_the_view_is_suggested(qtbot, desk, kb):
    bar = desk()
    window = bar.window
    question, reply = "火星的天气怎么样", "亲，火星我们暂时送不到哦"
    ask(qtbot, bar, f"tb_小红 2024-11-11 10:23:45\n{question}")
    assert not window.cards
    qtbot.waitUntil(window.save_answer_button.isVisible, timeout=2_000)
    qtbot.mouseClick(window.save_answer_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(SaveAnswerDialog)
    assert dialog.values()[0] == question
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()  # no reply yet
    dialog.reply_edit.setPlainText(f"{reply}，有事打{PHONE}")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(pending.list_pending(kb)) == 1, timeout=10_000)
    row = pending.list_pending(kb)[0]
    assert row.question == question and PHONE not in row.reply and "{手机号}" in row.reply

    trainer = window.open_trainer()
    panel = trainer.pending
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=10_000)
    assert panel.table.item(0, 0).text() == question
    panel.table.selectRow(0)
    with qtbot.waitSignal(bar.service.knowledge_loaded, timeout=20_000):
        qtbot.mouseClick(panel.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.table.rowCount() == 0, timeout=10_000)
    assert "approved" in panel.summary.text()
    assert pending.list_pending(kb) == []
    ask(qtbot, bar, question)
    assert window.cards and window.cards[0].suggestion.text.startswith(reply)
    assert (kb / pending.APPROVED_FILE).is_file()
    settle(qtbot, bar)


def test_a_card_that_breaks_a_rule_warns_before_insert_and_lint_lists_it(qtbot, desk, kb):
    sid, question, reply = PLANTED
    with open(kb / "resolutions" / "售前咨询.csv", "a", encoding="utf-8", newline="") as f:
        f.write(f"{sid},{question},{reply},,\r\n")
    (kb / "compliance.txt").write_text("# 店铺自己的禁用词\n秒发\n", "utf-8")
    bar = desk()
    window = bar.window
    qtbot.waitUntil(lambda: window.service.shop_words == ["秒发"], timeout=10_000)
    ask(qtbot, bar, question)
    card = next(c for c in window.cards if c.suggestion.snippet_ids[0] == sid)
    assert [f.word for f in card.compliance_flags] == ["加微信", "全网最低", "秒发"]
    qtbot.waitUntil(card.compliance_label.isVisible, timeout=2_000)
    warning = card.compliance_label.text()
    assert "加微信" in warning and "off the platform" in warning and "compliance.txt" in warning
    clean = next(c for c in window.cards if c is not card)
    assert not clean.compliance_flags and clean.compliance_label.isHidden()
    # the first insert press warns, the second goes through
    assert card.confirm_compliance() is False and "Insert again" in card.compliance_label.text()
    assert card.confirm_compliance() is True
    # editing the word out takes the warning away
    card.editor.setPlainText("亲，请在平台内下单，我们尽快发货")
    assert not card.compliance_flags and card.compliance_label.isHidden()

    lint = [p for p in window.problems if sid in p.message]
    assert {p.source for p in lint} == {"resolutions/售前咨询.csv"}
    line = (kb / "resolutions" / "售前咨询.csv").read_text("utf-8-sig").splitlines().index(
        f"{sid},{question},{reply},,") + 1
    assert {p.line for p in lint} == {line} and len(lint) == 3
    opened = Opened()
    dialog = ProblemsDialog(window.problems, window, root=kb, opener=opened)
    qtbot.addWidget(dialog)
    row = window.problems.index(lint[0])
    dialog.table.cellDoubleClicked.emit(row, 0)
    assert opened == [(kb / "resolutions/售前咨询.csv", line)]
    settle(qtbot, bar)


def test_desk_events_reach_the_log_masked_and_the_report_opens(qtbot, desk, tmp_path):
    bar = desk()
    window = bar.window
    ask(qtbot, bar, f"羽绒服怎么洗 我电话{PHONE}")
    shown = [c.suggestion.snippet_ids[0] for c in window.cards]
    card = window.cards[1]
    card.editor.moveCursor(card.editor.textCursor().MoveOperation.End)
    card.editor.insertPlainText("！")
    for name in card.missing_placeholders():
        card.placeholder_field(name).setText("小王")
    assert window.insert_card(2)
    assert window.insert_card(1)  # a second use of the same message is not another event
    ask(qtbot, bar, "什么时候发货")  # shown, not used: recorded when the next one comes
    ask(qtbot, bar, "能开发票吗")
    qtbot.mouseClick(window.cards[0].copy_button, Qt.MouseButton.LeftButton)
    settle(qtbot, bar)

    opened = Opened()
    view = TrainerWindow(bar.service, bar.feedback, opener=opened)
    qtbot.addWidget(view)
    target = tmp_path / "report.xlsx"
    view.write_report(target)
    qtbot.waitUntil(lambda: opened == [(target, 0)], timeout=20_000)
    daily = list(load_workbook(target)["daily"].values)
    assert daily[1][-3:] == (3, 3, 2)  # messages, answered, used

    bar.feedback.close()
    with FeedbackLog.open(default_path()) as log:
        events = log.events()
    assert [e.action for e in events] == ["inserted", "none", "copied"]
    first = events[0]
    assert PHONE not in first.message and "{手机号}" in first.message
    assert first.used_rank == 2 and first.used_id == shown[1]
    assert [c.snippet_id for c in first.shown] == shown
    assert 0 < first.edit_ratio < 0.5 and first.final_text.endswith("！")
    assert events[1].used_rank is None and events[1].answered


def test_nothing_is_logged_when_logging_is_off(qtbot, make_sidebar, settings_paths, kb):
    settings, _ = settings_paths
    data = json.loads(settings.read_text("utf-8"))
    data["values"]["feedback_log"] = False
    settings.write_text(json.dumps(data), "utf-8")
    bar = make_sidebar(Assistant(AssistConfig(knowledge_dir=kb, channels="keyword")),
                       load_model=False)
    assert bar.feedback.enabled is False
    qtbot.waitUntil(lambda: bar.service.state.phase == "keyword", timeout=30_000)
    for question in ("能开发票吗", "什么时候发货"):
        ask(qtbot, bar, question)
        qtbot.mouseClick(bar.window.cards[0].copy_button, Qt.MouseButton.LeftButton)
    settle(qtbot, bar)
    assert not default_path().exists()
    # turned on in the settings dialog's model, the next message is recorded
    on = bar.settings.copy()
    on.set("feedback_log", True)
    bar.apply_settings(on)
    ask(qtbot, bar, "能开发票吗")
    qtbot.mouseClick(bar.window.cards[0].copy_button, Qt.MouseButton.LeftButton)
    settle(qtbot, bar)
    with FeedbackLog.open(default_path()) as log:
        assert [(e.action, e.message) for e in log.events()] == [("copied", "能开发票吗")]


def test_editor_command_goes_to_the_line_where_it_can() -> None:
    found = {"gedit": "/usr/bin/gedit", "kate": "/usr/bin/kate"}
    assert editor_command(Path("a.md"), 7, found.get) == ["/usr/bin/gedit", "+7", "a.md"]
    found["code"] = "/usr/bin/code"
    assert editor_command(Path("a.md"), 7, found.get) == ["/usr/bin/code", "-g", "a.md:7"]
    assert editor_command(Path("t.xlsx"), 7, found.get) is None  # a row: the default app
    assert editor_command(Path("a.md"), 7, {}.get) is None
    assert editor_command(Path("a.md"), 0, found.get) is None


def test_no_answer_is_offered_for_another_marketplace(qtbot, desk):
    """A saved answer would never be shown for such a message: no card is made for it."""
    bar = desk()
    window = bar.window
    ask(qtbot, bar, "美团外卖送错了 找谁退钱")
    assert not window.cards and "美团" in window.notice.text()
    qtbot.wait(200)  # the button follows the notice on the next turn of the event loop
    assert not window.save_answer_button.isVisible()
    # ... and the log says why, so the report does not list it as a gap in the folder
    ask(qtbot, bar, "有卖瑜伽垫的不")
    settle(qtbot, bar)
    bar.feedback.close()
    with FeedbackLog.open(default_path()) as log:
        events = log.events()
    # (a thing the folder never mentions stays a gap: adding it is the fix)
    assert [(e.answered, e.declined) for e in events] == [(False, "elsewhere"), (False, "")]


def test_the_view_says_when_the_shop_check_turned_a_message_away(qtbot, desk, kb):
    """The shop check comes with a trained shop model (tests/unit/test_adapt.py trains one);
    here its answer is put on a real explanation, as the engine would."""
    bar = desk()
    window = bar.window
    ask(qtbot, bar, "羽绒服怎么洗")
    qtbot.mouseClick(window.trainer_button, Qt.MouseButton.LeftButton)
    why = window.trainer_window.why
    qtbot.waitUntil(lambda: why.table.rowCount() > 0, timeout=20_000)
    turned_away = replace(
        why.explanation, answered=False, shop_likeness=0.12,
        candidates=[replace(c, status=BELOW_CUT_OFF, card=None)
                    for c in why.explanation.candidates])
    why.show_explanation(turned_away, kb)
    headers = [why.table.horizontalHeaderItem(i).text() for i in range(why.table.columnCount())]
    texts = {why.table.item(r, headers.index("Why")).text() for r in range(why.table.rowCount())}
    assert texts and all(t.startswith("no card shown: the message does not read like a question "
                                      "for a shop (shop check 0.12 < 0.35)") for t in texts)
    settle(qtbot, bar)
