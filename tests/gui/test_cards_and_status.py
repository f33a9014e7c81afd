"""Card confidence labels come from the core's calibration; the status line says who answered,
in both languages."""

from __future__ import annotations

import pytest

from assist.knowledge.model import SnippetKind
from assist.results import Source, Suggestion, SuggestResult
from assist.suggest.calibration import MEDIUM, STRONG, WEAK
from assist.ui.service.state import EngineState
from assist.ui.widgets.cards import SuggestionCard
from assist.ui.widgets.status_line import StatusLine


def suggestion(confidence: float) -> Suggestion:
    return Suggestion("亲，可以机洗的～", SnippetKind.RESOLUTION, 0.5, confidence,
                      (Source("r1", "resolutions/a.csv", 2),))


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


@pytest.mark.parametrize(("confidence", "level", "en", "zh"), [
    (STRONG, "high", "● Strong", "● 强"),
    ((STRONG + MEDIUM) / 2, "medium", "● Medium", "● 中"),
    ((MEDIUM + WEAK) / 2, "low", "● Weak", "● 弱"),
    (WEAK / 2, "alt", "○ Alternative", "○ 备选"),
])
def test_card_labels_follow_the_calibrated_cut_offs(qtbot, language, confidence, level, en, zh):
    card = SuggestionCard(1, suggestion(confidence))
    qtbot.addWidget(card)
    assert card.confidence_label.property("level") == level
    language("en")
    assert card.confidence_label.text() == en
    assert f"{round(confidence * 100)}%" in card.confidence_label.toolTip()
    language("zh_CN")
    assert card.confidence_label.text() == zh


def result(channels: tuple[str, ...], confidences: list[float]) -> SuggestResult:
    return SuggestResult("地垫吸水效果不好", [suggestion(c) for c in confidences],
                         channels_used=channels,
                         notes=["general: reads only 0% of this message"])


def test_status_line_says_who_answered_and_what_is_under_way(qtbot, language):
    line = StatusLine()
    qtbot.addWidget(line)
    language("en")
    line.set_state(EngineState(phase="keyword", snippets=513, ready=("keyword",)))
    assert line.label.text() == "Ready: keyword · 513 snippets · loading model…"
    line.set_state(EngineState(phase="semantic", snippets=513,
                               ready=("keyword", "general", "adapted")))
    assert line.label.text() == "Ready: keyword + general model + shop model · 513 snippets"
    line.set_result(result(("keyword", "adapted"), [0.95, 0.2]))
    assert line.label.text() == "Keyword + shop model answered · 513 snippets"
    assert "reads only 0%" in line.label.toolTip()
    line.set_result(result(("keyword",), [0.3]))  # alternatives only
    assert line.label.text() == "No confident suggestion (searched: keyword) · 513 snippets"
    line.set_state(EngineState(phase="semantic", snippets=513, ready=("keyword", "general"),
                               training="train", training_done=40, training_total=228))
    assert line.label.text() == ("No confident suggestion (searched: keyword) · 513 snippets · "
                                 "training the shop's model 40/228…")
    assert line.progress.isVisibleTo(line) and line.progress.value() == 40
    language("zh_CN")
    assert line.label.text() == ("没有把握足够的建议（已用关键词搜索） · 513 条资料 · "
                                 "正在训练本店模型 40/228…")
    line.set_result(result(("keyword", "adapted"), [0.95]))
    assert line.label.text() == "由关键词 + 本店模型作答 · 513 条资料 · 正在训练本店模型 40/228…"
    line.set_state(EngineState(phase="semantic", snippets=513, ready=("keyword", "adapted")))
    line.set_result(None)
    assert line.label.text() == "可用：关键词 + 本店模型 · 513 条资料"
    assert not line.progress.isVisibleTo(line)
