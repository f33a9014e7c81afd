"""Text shapes shared by search, suggestions, evaluation and training: each defined once."""

from __future__ import annotations

import re
import unicodedata

# CJK unified ideographs: extension A, the main block, compatibility ideographs.
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
HAN_CHAR = re.compile(f"[{HAN}]")
CJK_RUN = re.compile(f"[{HAN}]+")
# Han, kana and hangul: text in a script an English-only model cannot read.
CJK_SCRIPT = re.compile(f"[\u3040-\u30ff{HAN}\uac00-\ud7af]")
# A letter, digit or Han character: what counts as content, not punctuation or space.
READABLE = re.compile(f"[\\w{HAN}]")
_NOISE = re.compile(r"[\s\W_]+")


def normalize(text: str) -> str:
    """Full-width to half-width and lower case, so 'ＸＬ' and 'xl' match."""
    return unicodedata.normalize("NFKC", text).lower()


def squash(text: str) -> str:
    """Lower case with spaces, punctuation and symbols gone: for comparing two texts' wording."""
    return _NOISE.sub("", text.lower())
