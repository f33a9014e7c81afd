"""`assist explain`: suggest()'s own ranking, laid out; keyword channel on a small folder."""

import json
import shutil
from pathlib import Path

import pytest

from assist.cli import main
from assist.engine import Assistant, AssistConfig
from assist.trainer.explain import BELOW_CUT_OFF, BEYOND_LIMIT, DUPLICATE, SHOWN
from tests.conftest import SAMPLE_KNOWLEDGE


@pytest.fixture()
def assistant(tmp_path: Path) -> Assistant:
    root = tmp_path / "kb"
    shutil.copytree(SAMPLE_KNOWLEDGE, root, ignore=shutil.ignore_patterns("golden*"))
    (root / "compliance.txt").write_text("长绒棉\n", "utf-8")
    a = Assistant(AssistConfig(knowledge_dir=root, channels="keyword"))
    a.load_knowledge()
    return a


def test_explanation_agrees_with_the_cards(assistant: Assistant) -> None:
    question = "T恤洗了会缩水吗"
    cards = assistant.suggest(question, limit=3).suggestions
    why = assistant.explain(question, limit=3, depth=15)
    shown = [c for c in why.candidates if c.status == SHOWN]
    assert [c.snippet_id for c in sorted(shown, key=lambda c: c.card)] == [
        s.snippet_ids[0] for s in cards]
    merged = {c.snippet_id: c.card for c in why.candidates if c.status == DUPLICATE}
    for snippet_id, card in merged.items():
        assert snippet_id in cards[card - 1].snippet_ids[1:]
    assert any(c.status == BEYOND_LIMIT for c in why.candidates)
    assert [c.rank for c in why.candidates] == list(range(1, 16))
    first = why.candidates[0]
    assert first.channels[0].channel == "keyword" and first.channels[0].rank >= 1
    assert "缩水" in first.matched or "洗" in first.matched
    assert (first.file, first.line) == (cards[0].sources[0].path, cards[0].sources[0].line)
    # the shop's own listed word is reported on the cards that say it
    assert any("长绒棉" in c.compliance for c in why.candidates) == any(
        "长绒棉" in c.reply for c in why.candidates)


def test_unanswered_message_says_why(assistant: Assistant) -> None:
    why = assistant.explain("火星的天气怎么样")
    assert not why.answered and why.notes
    assert all(c.status == BELOW_CUT_OFF for c in why.candidates)


def test_lowered_candidates_name_the_correction(assistant: Assistant) -> None:
    why = assistant.explain("羽绒服漏绒了", depth=30)  # a complaint: replies to questions sink
    lowered = {x for c in why.candidates for x in c.lowered}
    assert "complaint mismatch" in lowered
    assert lowered <= {"generic", "complaint mismatch", "product intro"}
    assert all(("lowered as" in c.reason) == bool(c.lowered) for c in why.candidates)


def test_cli_json(assistant: Assistant, capsys) -> None:
    root = str(assistant.config.knowledge_dir)
    assert main(["explain", "能开发票吗", "--knowledge", root, "--keyword-only", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["answered"] and data["candidates"][0]["status"] == SHOWN
    assert {"channel", "rank", "score"} <= set(data["candidates"][0]["channels"][0])
    assert data["candidates"][0]["file"] and data["candidates"][0]["line"] > 0
