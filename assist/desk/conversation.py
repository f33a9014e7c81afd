"""One conversation per buyer: which captured messages belong together, and what they say.

An agent serves several buyers at once, capturing from one chat after another. Earlier
messages help a suggestion only when they come from the same buyer, so a capture from another
chat window, another buyer's nickname in a pasted header, a long pause or a new order number
starts a new conversation; placeholder values ({买家}, {订单号}, {商品}) come from the
current conversation alone, never from the buyer before.

Plain Python, no Qt: the sidebar calls Desk.add() with each capture and passes
turn.conversation.messages and turn.conversation.values() to Assistant.suggest().
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from assist.platform.base import WindowRef
from assist.suggest import placeholders
from assist.transcript import HEADER_LINE

# Why a capture started a new conversation (Turn.reason), or why it did not.
FIRST = "first"  # nothing captured before
CLEARED = "cleared"  # the agent cleared the desk
WINDOW = "window"  # another chat window (handle or title)
BUYER = "buyer"  # a pasted header names another buyer
PAUSE = "pause"  # longer than Desk.pause since the last capture
ORDER = "order"  # an order number other than the one(s) this conversation has
SAME = "same"  # added to the current conversation
REPEAT = "repeat"  # nothing new: the same text captured again

PAUSE_SECONDS = 15 * 60
# How alike a text and the last capture must be to count as the agent's edit of it.
SAME_MESSAGE = 0.6
# Titles that clearly hold the buyer's nickname: "tb_jiajia8866 - 千牛", "与 tb_x 的对话".
# Anything else yields no name; a wrong name in a greeting is worse than "亲".
TITLE_PATTERNS: tuple[str, ...] = (
    r"^与\s*(?P<name>\S{2,30}?)\s*的?(?:对话|聊天|会话)",
    r"^(?P<name>[^\s\-–—|]{2,30})\s*[-–—|]\s*(?:千牛|旺旺|阿里旺旺|接待中心|咚咚|京麦|飞鸽|抖店)",
)
_NOT_NAMES = frozenset({"千牛", "千牛工作台", "工作台", "接待中心", "消息", "消息中心", "聊天",
                        "客服", "旺旺", "阿里旺旺", "咚咚", "京麦", "飞鸽", "抖店"})
_UNREAD = re.compile(r"^\s*[(\[（【]\d+[)\]）】]\s*")  # "(3) 千牛": an unread count, not a chat


@dataclass
class Conversation:
    """The messages of one buyer, oldest first, and what they tell about the buyer."""

    number: int  # 1, 2, ... in the order conversations started
    window: WindowRef | None
    started_at: float
    last_at: float
    buyer: str = ""  # nickname from a pasted header, else from the window title
    order_numbers: list[str] = field(default_factory=list)  # first seen first
    product: str = ""  # the product the latest messages name (LoadReport.vocabulary)
    lines: list[str] = field(default_factory=list)  # the buyer's messages, capped
    latest_count: int = 0  # how many of lines the latest capture added
    context_limit: int = 4

    @property
    def latest(self) -> list[str]:
        """The lines the latest capture added."""
        return self.lines[len(self.lines) - self.latest_count:] if self.latest_count else []

    @property
    def context(self) -> list[str]:
        """Earlier messages of this conversation, oldest first, at most context_limit."""
        earlier = self.lines[: len(self.lines) - self.latest_count]
        return earlier[-self.context_limit:] if self.context_limit else []

    @property
    def messages(self) -> list[str]:
        """What to pass to Assistant.suggest(): the context, then the latest capture."""
        return [*self.context, *self.latest]

    @property
    def order_number(self) -> str:
        return self.order_numbers[-1] if self.order_numbers else ""

    def values(self) -> dict[str, str]:
        """Placeholder values from this conversation only; unknown ones are left out, so the
        fallbacks (assist.suggest.placeholders.Fallbacks) apply."""
        known = {placeholders.BUYER: self.buyer, placeholders.ORDER: self.order_number,
                 placeholders.PRODUCT: self.product}
        return {k: v for k, v in known.items() if v}


@dataclass(frozen=True)
class Turn:
    """What one capture did."""

    conversation: Conversation
    started: bool  # a new conversation began with this capture
    reason: str  # FIRST, CLEARED, WINDOW, BUYER, PAUSE, ORDER; SAME or REPEAT when not started

    @property
    def added(self) -> bool:
        return self.reason != REPEAT


@dataclass(frozen=True)
class Capture:
    """One captured text, read: the buyer's lines, the names its headers show, its numbers."""

    lines: list[str]
    buyers: list[str]
    order_numbers: list[str]

    @classmethod
    def read(cls, text: str, is_agent: Callable[[str], bool]) -> Capture:
        lines: list[str] = []
        buyers: list[str] = []
        speaker_is_agent = False
        for raw in text.splitlines():
            header = HEADER_LINE.match(raw)
            if header:
                nick = header.group("nick") or ""
                speaker_is_agent = bool(nick) and is_agent(nick)
                if nick and not speaker_is_agent and nick not in buyers:
                    buyers.append(nick)
            elif raw.strip() and not speaker_is_agent:
                lines.append(raw.strip())
        return cls(lines, buyers, placeholders.order_numbers(text))


class Desk:
    """The agent's conversations: the current one, and when a capture starts another.

    Not thread-safe; call it from one thread (the sidebar's GUI thread).
    """

    def __init__(
        self,
        vocabulary: Mapping[str, str] | None = None,
        *,
        pause: float = PAUSE_SECONDS,
        context_limit: int = 4,
        keep: int = 20,
        title_patterns: Iterable[str | re.Pattern[str]] = TITLE_PATTERNS,
        shop_name: str = "",
        agent_names: Sequence[str] = (),
        clock: Callable[[], float] = time.time,
    ) -> None:
        """vocabulary: LoadReport.vocabulary (names and aliases -> product). pause: seconds
        of silence after which a capture starts a new conversation. keep: lines remembered
        per conversation. title_patterns: regexes with a "name" group that find the buyer in
        a window title (empty: never from the title). shop_name, agent_names: header names
        that are the shop's own agents ("暖居小铺:小暖"), whose lines are not the buyer's."""
        self.vocabulary = dict(vocabulary or {})
        self.pause = pause
        self.context_limit = context_limit
        self.keep = keep
        self.title_patterns = [re.compile(p) if isinstance(p, str) else p for p in title_patterns]
        self.shop_name = shop_name
        self.agent_names = frozenset(agent_names)
        self.clock = clock
        self.current: Conversation | None = None
        self._count = 0
        self._cleared = False

    def set_vocabulary(self, vocabulary: Mapping[str, str]) -> None:
        """After the knowledge folder is reloaded."""
        self.vocabulary = dict(vocabulary)

    def clear(self) -> None:
        """Forget the current conversation; the next capture starts a fresh one."""
        self.current = None
        self._cleared = True

    def add(self, text: str, window: WindowRef | None = None, now: float | None = None) -> Turn:
        """A captured text (one message or a pasted transcript) from the given chat window."""
        now = self.clock() if now is None else now
        capture = Capture.read(text, self.is_agent)
        reason = self._new_because(capture, window, now)
        if reason:
            self._count += 1
            self.current = Conversation(self._count, window, now, now,
                                        context_limit=self.context_limit)
            self._cleared = False
        conversation = self.current
        assert conversation is not None
        fresh = self._fresh_lines(conversation, capture.lines)
        if not reason and not fresh and not _new_numbers(conversation, capture):
            return Turn(conversation, False, REPEAT)
        self._take(conversation, capture, fresh, window, now)
        return Turn(conversation, bool(reason), reason or SAME)

    def conversation_of(self, text: str) -> Conversation | None:
        """The current conversation while text is its latest capture or the agent's edit of
        it. Other text (put in the sidebar by hand) is another message, maybe another
        buyer's: the conversation ends, so none of its details fill that message's replies."""
        conversation = self.current
        if conversation is None:
            return None
        captured = "\n".join(conversation.latest)
        if captured and SequenceMatcher(None, captured, text).ratio() >= SAME_MESSAGE:
            return conversation
        self.clear()
        return None

    def is_agent(self, nick: str) -> bool:
        """A header name of the shop's side: a sub-account ("店铺:客服"), the shop's name, or
        one of agent_names."""
        return (nick in self.agent_names or ":" in nick or "：" in nick
                or bool(self.shop_name and self.shop_name in nick))

    def buyer_in_title(self, title: str) -> str:
        for pattern in self.title_patterns:
            found = pattern.search(_UNREAD.sub("", title))
            if found and found.group("name") and found.group("name") not in _NOT_NAMES:
                return found.group("name")
        return ""

    def _new_because(self, capture: Capture, window: WindowRef | None, now: float) -> str:
        current = self.current
        if current is None:
            return CLEARED if self._cleared else FIRST
        if window is not None and current.window is not None and (
                window.handle != current.window.handle
                or _title(window) != _title(current.window)):
            return WINDOW
        if current.buyer and capture.buyers and current.buyer not in capture.buyers:
            return BUYER
        if current.order_numbers and capture.order_numbers and not (
                set(capture.order_numbers) & set(current.order_numbers)):
            return ORDER
        if now - current.last_at > self.pause:
            return PAUSE
        return ""

    def _fresh_lines(self, conversation: Conversation, lines: list[str]) -> list[str]:
        """The capture's lines this conversation does not hold yet: a transcript captured
        again, or grown by one message, adds only what is new."""
        seen = set(conversation.lines)
        return [line for line in dict.fromkeys(lines) if line not in seen]

    def _take(self, conversation: Conversation, capture: Capture, fresh: list[str],
              window: WindowRef | None, now: float) -> None:
        conversation.lines = [*conversation.lines, *fresh][-self.keep:]
        conversation.latest_count = min(len(fresh), len(conversation.lines))
        conversation.last_at = now
        if window is not None:
            conversation.window = window
        for number in capture.order_numbers:
            if number in conversation.order_numbers:
                conversation.order_numbers.remove(number)  # the latest named goes last
            conversation.order_numbers.append(number)
        if not conversation.buyer:
            conversation.buyer = (capture.buyers[0] if capture.buyers
                                  else self.buyer_in_title(window.title) if window else "")
        product = placeholders.find_product(fresh, self.vocabulary)
        if product:
            conversation.product = product


def _title(window: WindowRef) -> str:
    return _UNREAD.sub("", window.title).strip()


def _new_numbers(conversation: Conversation, capture: Capture) -> bool:
    return any(n not in conversation.order_numbers for n in capture.order_numbers)
