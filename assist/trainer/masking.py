"""Personal data out of text before it is stored: phones, order numbers, addresses, names.

Each kind becomes a placeholder in the app's own syntax ({手机号}, {订单号}...), so a masked
agent reply proposed as an answer reads as a template a trainer can approve as it is.
Masking errs on the side of hiding too much: a lost word costs less than a leaked phone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from assist.transcript import header_names

_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
# Taobao order ids are 15-19 digits; a buyer may paste them with spaces from a phone screen.
_ORDER = re.compile(r"(?<!\d)\d{15,19}(?!\d)")
_MOBILE = re.compile(r"(?<!\d)(?:\+?86[- ]?)?1[3-9]\d(?:[- ]?\d{4}){2}(?!\d)")
_LANDLINE = re.compile(r"(?<!\d)(?:0\d{2,3}|400|800)[- ]?\d{3,4}[- ]?\d{4}(?!\d)")
_LONG_DIGITS = re.compile(r"(?<!\d)\d{7,}(?!\d)")  # tracking, ID card and account numbers
_CJK = r"\u4e00-\u9fff"
_ADDRESS_PART = (
    rf"(?:[{_CJK}]{{1,8}}(?:省|自治区|特别行政区)"
    rf"|[{_CJK}]{{1,8}}市"
    rf"|[{_CJK}]{{1,8}}(?:区|县|旗)"
    rf"|[{_CJK}]{{1,10}}(?:镇|乡|街道)"
    rf"|[{_CJK}A-Za-z0-9]{{1,12}}(?:大道|路|街|巷|弄|胡同|村|小区|花园|公寓|大厦|广场)"
    r"|[\dA-Za-z一二三四五六七八九十零-]{1,6}(?:号楼|号院|号|栋|幢|座|单元|层|室|户))"
)
# Two parts in a row make an address ("杭州市余杭区", "良睦路88号"); one alone is a word
# ("区别", "型号").
_ADDRESS = re.compile(rf"(?:{_ADDRESS_PART}\s*){{2,}}")
_NAME = re.compile(
    rf"(我叫|收件人|收货人|联系人|姓名|名字叫|名字是)(\s*[:：是叫]?\s*)([{_CJK}·]{{2,3}}|[A-Za-z]{{2,20}})"
)

def mask(text: str, nicknames: Iterable[str] = (), keep: Iterable[str] = ()) -> str:
    """text with personal data replaced by placeholders. nicknames: names to hide wherever
    they occur (the buyer's and agent's, from the chat window); keep: the shop's own details
    (its return address and hotline) that may stay."""
    kept = [k for k in keep if k]
    if not kept:
        return _mask(text, list(nicknames))
    pattern = re.compile("|".join(re.escape(k) for k in sorted(kept, key=len, reverse=True)))
    out, last = [], 0
    for m in pattern.finditer(text):
        out.append(_mask(text[last : m.start()], list(nicknames)))
        out.append(m.group(0))
        last = m.end()
    out.append(_mask(text[last:], list(nicknames)))
    return "".join(out)


def _mask(text: str, nicknames: list[str]) -> str:
    for nick in sorted((n for n in nicknames if len(n.strip()) >= 2), key=len, reverse=True):
        text = text.replace(nick.strip(), "{昵称}")
    text = _EMAIL.sub("{邮箱}", text)
    text = _ORDER.sub("{订单号}", text)
    text = _MOBILE.sub("{手机号}", text)
    text = _LANDLINE.sub("{电话}", text)
    text = _LONG_DIGITS.sub("{号码}", text)
    text = _ADDRESS.sub("{地址}", text)
    return _NAME.sub(lambda m: f"{m.group(1)}{m.group(2)}{{姓名}}", text)


def header_nicknames(text: str) -> list[str]:
    """Nicknames from chat-window header lines ("tb_小王 2024-11-11 10:23:45")."""
    return header_names(text)


def mask_transcript(text: str, keep: Iterable[str] = ()) -> str:
    """mask() with the nicknames the text's own header lines show hidden too."""
    return mask(text, header_nicknames(text), keep)
