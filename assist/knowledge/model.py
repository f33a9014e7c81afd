"""The typed records a knowledge folder turns into."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from enum import StrEnum


class SnippetKind(StrEnum):
    RESOLUTION = "resolution"  # a past buyer question with the reply that resolved it
    KNOWLEDGE = "knowledge"  # a section of a product page or shop policy
    TEMPLATE = "template"  # a reusable reply, usually with placeholders


@dataclass(frozen=True)
class KindName:
    english: str  # the UI's source string (its .ts files translate it)
    chinese: str  # the sidebar's Chinese translation; the CLI prints the same word


# One name per snippet kind, for the sidebar's cards and the CLI alike.
KIND_NAMES: dict[SnippetKind, KindName] = {
    SnippetKind.RESOLUTION: KindName("Past reply", "历史回复"),
    SnippetKind.KNOWLEDGE: KindName("Product facts", "商品资料"),
    SnippetKind.TEMPLATE: KindName("Template", "话术模板"),
}


@dataclass(frozen=True)
class Snippet:
    """One retrievable unit, remembering where a trainer wrote it."""

    id: str
    kind: SnippetKind
    reply: str  # what the agent would send (for knowledge: the section text)
    source: str  # path relative to the knowledge folder, with forward slashes
    line: int  # 1-based line of the row or heading
    question: str = ""  # resolutions: the buyer question; others: empty
    title: str = ""  # e.g. "加厚白鸭绒羽绒服 · 尺码表"
    product: str = ""  # product name the snippet belongs to, if any
    sku: str = ""
    tags: tuple[str, ...] = ()

    @property
    def search_text(self) -> str:
        """Text that keyword and dense search see: question/title first, then the reply."""
        head = self.question or self.title
        return f"{head}\n{self.reply}" if head else self.reply

    @property
    def keyword_text(self) -> str:
        """For BM25 the question or title counts twice: it says what the snippet answers,
        while a long reply also mentions much it does not answer."""
        head = self.question or self.title
        return f"{head}\n{self.search_text}" if head else self.reply

    @property
    def content_hash(self) -> str:
        """Identifies the embedded text, so unchanged snippets are never embedded twice."""
        return hashlib.sha1(self.search_text.encode("utf-8")).hexdigest()

    @property
    def location(self) -> str:
        return f"{self.source}:{self.line}"


@dataclass(frozen=True)
class Problem:
    """Something wrong in a knowledge file, said so a trainer can fix it."""

    source: str
    line: int  # 0 when the problem concerns the whole file
    message: str  # an assist.messages.Message: English, with the template the UI translates
    severity: str = "error"  # "error" (content skipped) or "warning" (loaded anyway)

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where}: {self.severity}: {self.message}"


DEFAULT_PLATFORMS = ("淘宝", "天猫")


@dataclass(frozen=True)
class ShopInfo:
    """Facts about the shop used to fill placeholders such as {店铺}, and where it sells."""

    name: str = ""
    extra: dict[str, str] = field(default_factory=dict)
    # shop.yaml's `platforms`: a buyer's order on any other marketplace is not the shop's
    # to answer (suggest/platforms.py). Qianniu shops sell on these two.
    platforms: tuple[str, ...] = DEFAULT_PLATFORMS


@dataclass
class LoadReport:
    """Everything one pass over a knowledge folder found."""

    root: str
    snippets: list[Snippet] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    files: list[str] = field(default_factory=list)  # files that contributed snippets
    shop: ShopInfo = field(default_factory=ShopInfo)
    # every product name, SKU and alias -> the product name, for tokenizing and {商品}
    vocabulary: dict[str, str] = field(default_factory=dict)
    synonyms: list[tuple[str, ...]] = field(default_factory=list)  # trainers' synonyms.txt

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    def by_id(self) -> dict[str, Snippet]:
        return {s.id: s for s in self.snippets}
