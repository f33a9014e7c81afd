"""Recognising generic chat filler ("在的", "请问还有其他可以帮到您的吗")."""

from __future__ import annotations

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


def is_courtesy(text: str) -> bool:
    """True when nothing but greetings, thanks and particles is there ("谢谢亲亲", "哈哈");
    "刚收到的" says when, and is not."""
    return not _specific(text)


def _specific(text: str) -> str:
    rest = text.lower()
    for phrase in GENERIC_PHRASES:
        rest = rest.replace(phrase, " ")
    return squash(rest)
