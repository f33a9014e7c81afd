"""Replies that break marketplace and advertising-law rules: a warning, never a block.

Three rules: absolute claims (广告法 Art. 9: 最好, 第一, 国家级...), moving the trade or the
payment off the platform (加微信, 线下转账...: every marketplace bans it), and the words a
shop lists itself in compliance.txt in its knowledge folder (one word or phrase a line, #
starts a comment). Patterns are narrow on purpose: "第一时间", "最低亮度", "最好拍一张" and
"100% 棉" are ordinary shop talk and must not drown the real warnings.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from assist.knowledge.model import Problem, Snippet
from assist.knowledge.textfile import UnreadableFile, read_text
from assist.messages import Core

COMPLIANCE_FILE = "compliance.txt"
ABSOLUTE, OFF_PLATFORM, SHOP = "absolute", "off-platform", "shop"
MESSAGES = {
    ABSOLUTE: "绝对化用语（广告法禁止）absolute claim",
    OFF_PLATFORM: "引导站外交易/付款（平台禁止）trade or payment outside the platform",
    SHOP: "店铺禁用词（compliance.txt）word the shop listed",
}
# What follows "100%" when it states a composition, not a promise.
_MATERIAL = ("纯", "棉", "精梳", "长绒", "新疆", "羊", "澳毛", "蚕丝", "桑蚕", "真丝", "聚酯",
             "涤纶", "锦纶", "尼龙", "亚麻", "麻", "羽绒", "鸭绒", "鹅绒", "纤维", "氨纶",
             "莫代尔", "天丝", "竹", "牛皮", "头层", "不锈钢", "铜", "纯铜", "硅胶")
_ABSOLUTE = re.compile(
    "|".join((
        r"(?:全网|全国|全球|世界|行业|史上|质量|效果|品质)最好|最好(?:的|用|看|喝|吃)",
        r"(?:全网|全国|全球|世界|行业|销量|排名|品类|同类)第一|第一品牌|(?<![A-Za-z])NO\.?1(?!\d)",
        r"(?:全网|史上|全国|行业)最低|最低价|最便宜",
        r"顶级|国家级|世界级|最佳|最强|最先进|最高级|独一无二|万能|绝对|永久|永不|无敌|极致",
        r"(?:100|百)\s*[%％](?!\s*(?:" + "|".join(_MATERIAL) + "))|百分百|百分之百",
    )),
    re.I,
)
_OFF_PLATFORM = re.compile(
    r"加(?:个|我|下)?(?:微信|微|v|vx|wx|威信|q|qq|扣扣)(?![a-z])|微信号|vx号|qq号|(?:微信|qq)联系"
    r"|(?:线下|私下|站外)(?:交易|转账|付款|支付|联系)|(?:支付宝|微信|银行卡?)转账|转账(?:给我|到)",
    re.I,
)


@dataclass(frozen=True)
class Flag:
    word: str  # as it appears in the text
    start: int
    end: int
    rule: str  # ABSOLUTE, OFF_PLATFORM or SHOP
    message: str


def flags(text: str, shop_words: Iterable[str] = ()) -> list[Flag]:
    """What a card says that it should not, in text order (the sidebar warns before insert)."""
    found = [Flag(m.group(0), m.start(), m.end(), rule, MESSAGES[rule])
             for rule, pattern in ((ABSOLUTE, _ABSOLUTE), (OFF_PLATFORM, _OFF_PLATFORM))
             for m in pattern.finditer(text)]
    for word in dict.fromkeys(w for w in shop_words if w):
        start = text.find(word)
        while start >= 0:
            found.append(Flag(word, start, start + len(word), SHOP, MESSAGES[SHOP]))
            start = text.find(word, start + len(word))
    found.sort(key=lambda f: (f.start, -f.end))
    out: list[Flag] = []
    for flag in found:  # one flag per stretch of text
        if not out or flag.start >= out[-1].end:
            out.append(flag)
    return out


def shop_words(knowledge_root: Path) -> tuple[list[str], list[Problem]]:
    """The words of the folder's compliance.txt (none when it has none)."""
    path = Path(knowledge_root) / COMPLIANCE_FILE
    if not path.is_file():
        return [], []
    try:
        text, _ = read_text(path)
    except UnreadableFile as exc:
        return [], [Problem(COMPLIANCE_FILE, 0, exc.message, "warning")]
    words = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return [w for w in words if w], []


def lint(snippets: Sequence[Snippet], knowledge_root: Path) -> list[Problem]:
    """One warning per flagged word of every reply, at the file and line that holds it."""
    words, problems = shop_words(knowledge_root)
    files: dict[str, list[str] | None] = {}
    for snippet in snippets:
        for flag in flags(snippet.reply, words):
            line = _line_of(Path(knowledge_root), snippet, flag.word, files)
            problems.append(Problem(snippet.source, line,
                                    Core.tr("'%1': %2 (%3)", flag.word, flag.message, snippet.id),
                                    "warning"))
    return problems


def _line_of(root: Path, snippet: Snippet, word: str,
             files: dict[str, list[str] | None]) -> int:
    """The first line at or after the snippet's own that holds the word (a section's body
    lies below its heading); the snippet's line when the file cannot be read as text."""
    if snippet.source not in files:
        try:
            files[snippet.source] = read_text(root / snippet.source)[0].splitlines()
        except (UnreadableFile, OSError):
            files[snippet.source] = None
    lines = files[snippet.source]
    if lines is None or snippet.source.endswith((".xlsx", ".xlsm")):
        return snippet.line
    for number in range(max(snippet.line, 1), len(lines) + 1):
        if word in lines[number - 1]:
            return number
    return snippet.line
