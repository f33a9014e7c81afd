"""Chat-ready text: no Markdown reaches the buyer, tables read row by row."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assist.knowledge import load_knowledge
from assist.knowledge.model import ShopInfo
from assist.suggest.chat_text import to_chat_text
from assist.suggest.compose import Candidate, compose
from tests.conftest import SAMPLE_KNOWLEDGE

# What a chat window would show raw: list and quote prefixes at a line start, headings,
# pipes, emphasis, code, links and HTML breaks.
MARKDOWN = re.compile(r"(?m)^\s*(?:[-*+]\s|#|>|\d+[.)]\s)|\||\*\*|__|`|\]\(|!\[|<br|&nbsp;")


@pytest.mark.parametrize("markdown,expected", [
    ("- 面料：棉\n- 里料：涤纶", "面料：棉\n里料：涤纶"),
    ("* 一\n+ 二\n• 三", "一\n二\n三"),
    ("1. 申请售后\n2. 寄回\n3) 填单号", "1、申请售后\n2、寄回\n3、填单号"),
    ("- 颜色\n  - 黑色\n    1. 哑光", "颜色\n· 黑色\n  1、哑光"),
    ("## 尺码建议 ##\n偏大一码", "【尺码建议】\n偏大一码"),
    ("**钻绒**：正常，__不要拔__，*轻拉*回去", "钻绒：正常，不要拔，轻拉回去"),
    ("用 `5V2A` 适配器，~~旧款~~新款", "用 5V2A 适配器，旧款新款"),
    ("见[说明书](https://x.cn/a \"标题\")和![图](a.png)<https://t.cn/b>",
     "见说明书和https://t.cn/b"),
    ("> 温馨提示：\n> 请先检查插座", "温馨提示：\n请先检查插座"),
    ("第一行<br>第二行<br/>第三行&nbsp;完", "第一行\n第二行\n第三行\xa0完"),
    ("```\n按住 3 秒\n```", "按住 3 秒"),
    ("上\n\n---\n\n下\n***", "上\n下"),
    ("tb_jia_jia 的 2*3*4 和 snake_case_name", "tb_jia_jia 的 2*3*4 和 snake_case_name"),
    ("- [x] 已检查", "已检查"),
    ("单价 \\*特价\\*", "单价 *特价*"),
])
def test_crafted_markdown(markdown: str, expected: str) -> None:
    assert to_chat_text(markdown) == expected


def test_a_table_becomes_one_line_per_row_labelled_by_its_header() -> None:
    table = ("| 尺码 | 衣长(cm) | 胸围（cm） | 颜色 |\n|:--|--:|:-:|---|\n"
             "| S | 65 | 100 | 黑 |\n| M | 67 | | 白 |\n\n"
             "| 型号 | 功率 |\n|---|---|\n| A1 | 5W |")
    assert to_chat_text(table) == ("S码：衣长 65cm，胸围 100cm，颜色 黑\n"
                                   "M码：衣长 67cm，颜色 白\n"
                                   "A1：功率 5W")


def test_a_table_without_a_header_rule_lists_its_cells() -> None:
    assert to_chat_text("| 黑 | 白 |\n| 红 | 蓝 |") == "黑，白\n红，蓝"


def _table_rows(path: Path) -> tuple[list[str], list[list[str]]]:
    rows = [[c.strip() for c in line.strip().strip("|").split("|")]
            for line in path.read_text("utf-8").splitlines() if line.strip().startswith("|")]
    return rows[0], [r for r in rows[2:] if not set("".join(r)) <= set("-:")]


def test_the_sample_size_tables_read_row_by_row() -> None:
    pages = [p for p in sorted((SAMPLE_KNOWLEDGE / "products").glob("*.md"))
             if "| 尺码 |" in p.read_text("utf-8")]
    assert len(pages) >= 3
    report = load_knowledge(SAMPLE_KNOWLEDGE)
    for page in pages:
        header, rows = _table_rows(page)
        section = next(s for s in report.snippets
                       if s.source.endswith(page.name) and "| 尺码 |" in s.reply)
        lines = to_chat_text(section.reply).splitlines()
        for row in rows:
            line = next(x for x in lines if x.startswith(f"{row[0]}码：")
                        or x.startswith(f"{row[0]}："))
            for head, value in zip(header[1:], row[1:], strict=True):
                label = re.sub(r"\s*[(（].*?[)）]\s*$", "", head)
                assert f"{label} {value}" in line, (page.name, line)


def test_no_sample_suggestion_shows_markdown() -> None:
    """Every snippet of the sample folder, as the card compose() makes of it."""
    report = load_knowledge(SAMPLE_KNOWLEDGE)
    raw = [s for s in report.snippets if MARKDOWN.search(s.reply)]
    assert len(raw) >= 50  # the property is tested on real Markdown, not on plain replies
    for position, snippet in enumerate(report.snippets):
        [card] = compose([Candidate(position, 1.0, 0.9)], report.snippets, ["在吗"],
                         report.shop or ShopInfo(), report.vocabulary, None, 0.0, 1)
        assert not MARKDOWN.search(card.text), (snippet.id, card.text)
        assert card.text.strip() and "\n\n" not in card.text
