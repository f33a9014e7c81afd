"""The compliance lint: flagged in `assist check` and by flags(), shop talk left alone."""

from pathlib import Path

from assist.cli import main
from assist.knowledge import load_knowledge
from assist.trainer.compliance import ABSOLUTE, OFF_PLATFORM, SHOP, flags, lint
from tests.conftest import SAMPLE_KNOWLEDGE

ROWS = """id,question,reply
R1,哪家最好,亲，我们家是全网最低价，质量最好的哦
R2,能便宜点吗,亲，加我微信私聊，线下转账再给您优惠
R3,是纯棉吗,亲，是 100% 纯棉的，第一时间给您发货
R4,效果怎么样,亲，包治百病，用了都说好
"""


def test_flags_name_the_rule_and_leave_facts_alone() -> None:
    found = flags("亲，加个微信吧，这款销量第一，100%有效")
    assert [(f.word, f.rule) for f in found] == [
        ("加个微信", OFF_PLATFORM), ("销量第一", ABSOLUTE), ("100%", ABSOLUTE)]
    assert flags("是 100% 羊毛的，第一次洗有浮毛，最好拍一张照片，最低亮度10小时") == []
    shop = flags("这款包治百病", ["包治百病"])
    assert [(f.word, f.rule, f.start) for f in shop] == [("包治百病", SHOP, 2)]


def test_check_warns_at_file_and_line(tmp_path: Path, capsys) -> None:
    (tmp_path / "faq.csv").write_text(ROWS, "utf-8-sig")
    (tmp_path / "page.md").write_text("# 地垫\n\n## 卖点\n\n吸水快。\n国家级检测，顶级工艺。\n",
                                      "utf-8")
    (tmp_path / "compliance.txt").write_text("# 店铺自己的禁用词\n包治百病\n", "utf-8")
    assert main(["check", str(tmp_path)]) == 1
    out = capsys.readouterr()
    lines = out.out.splitlines()
    for where, word in (("faq.csv:2", "全网最低"), ("faq.csv:2", "质量最好"),
                        ("faq.csv:3", "加我微信"), ("faq.csv:3", "线下转账"),
                        ("faq.csv:5", "包治百病"),
                        ("page.md:6", "国家级"), ("page.md:6", "顶级")):
        assert any(line.startswith(f"{where}: warning: '{word}'") for line in lines), (where,
                                                                                      lines)
    assert not any(line.startswith("faq.csv:4") for line in lines)  # 100% 纯棉, 第一时间
    # the word list is not a knowledge file, so not a "not knowledge" warning either
    assert not any(line.startswith("compliance.txt") for line in lines)
    assert "0 error(s)" in out.err


def test_the_sample_folder_is_clean() -> None:
    report = load_knowledge(SAMPLE_KNOWLEDGE)
    assert lint(report.snippets, SAMPLE_KNOWLEDGE) == []
