"""Recognising generic chat filler ("在的", "请问还有其他可以帮到您的吗")."""

from __future__ import annotations

import re
from functools import lru_cache

from assist.text import squash

GENERIC_PHRASES = (
    "请问还有其他可以帮到您的吗",
    "请问还有什么可以帮您",
    "还有其他可以帮到您的吗",
    "还有什么可以帮您",
    "还有其他问题吗",
    "有什么可以帮您",
    "有什么可以帮到您",
    "有什么需要帮助",
    "请问有什么可以帮",
    "祝您生活愉快",
    "祝您购物愉快",
    "欢迎下次光临",
    "感谢您的支持",
    "感谢您的理解",
    "感谢支持",
    "不客气",
    "在的",
    "您好",
    "你好",
    "在吗",
    "在不在",
    "有人吗",
    "谢谢",
    "好的",
    "嗯嗯",
    "收到",
    "亲爱的",
    "亲亲",
    "亲",
    "哦",
    "嗯",
    "呢",
    "哈",
    "呀",
    "啊",
    "的",
    "hello",
    "hi",
    "thanks",
    "thank you",
    "ok",
)
_MIN_SPECIFIC_CHARS = 3


@lru_cache(maxsize=16384)  # asked for every candidate of every query; replies recur
def is_generic(text: str) -> bool:
    """True when, without greetings and politeness, hardly anything specific is left."""
    return len(_specific(text)) < _MIN_SPECIFIC_CHARS


# How buyers address the shop, and greetings for the time of day: alone they ask nothing
# ("你好客服", "老板在吗", "早上好").
_ADDRESS = re.compile(
    r"客服|掌柜|店家|老板|小姐姐|小哥哥|美女|帅哥|[早晚]上好|[上下中]午好|早安|晚安")
# An order, parcel or phone number and its label ("订单号是3301928374651122", "收货人电话1380…").
_NUMBER = re.compile(r"[a-z]*\d{6,}[a-z\d]*")
_NUMBER_LABEL = re.compile(
    r"(快递|物流|运)?单号|订单号?|电话(号码)?|手机号?|收[货件]人|号码|我的|是|为")


def is_courtesy(text: str) -> bool:
    """True when nothing but greetings, thanks, particles and ways of addressing the shop is
    there ("谢谢亲亲", "哈哈", "你好客服"); "刚收到的" says when, and is not."""
    return not _ADDRESS.sub("", _specific(text))


def is_number_given(text: str) -> bool:
    """True when the text only gives an order, parcel or phone number ("订单号是330192837465",
    "收货人电话13800001111"): the buyer's question is elsewhere, if anywhere."""
    rest = squash(text)
    if not _NUMBER.search(rest):
        return False
    return not _NUMBER_LABEL.sub("", _NUMBER.sub("", rest))


def _specific(text: str) -> str:
    rest = text.lower()
    for phrase in GENERIC_PHRASES:
        rest = rest.replace(phrase, " ")
    return squash(rest)


# Asking whether the shop has, sells or would recommend something: what follows the verb is
# the thing asked for ("蓝牙耳机的" in "你家有没有卖蓝牙耳机的", "瑜伽垫的不" in
# "有卖瑜伽垫的不"). Longest forms first, so "有没有卖" is the verb and not "有".
_HAVE = re.compile(r"有没有卖|有木有卖|有没有|有木有|有卖|在卖|卖|有|推荐")
_ASKS = re.compile(r"[吗嘛么咩]|有没有|有木有|卖不卖|有啥|有什么|推荐|[没不][呀啊哈]?$")


def asked_for(clause: str) -> str | None:
    """What a clause asks the shop to have, sell or recommend, or None when it asks no such
    thing (it must ask: "我有个朋友" has nothing after it that is asked for)."""
    if not _ASKS.search(clause):
        return None
    have = _HAVE.search(clause)
    return clause[have.end():] if have else None
