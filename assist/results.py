"""What a query returns: typed results the CLI, the sidebar and the benchmarks share."""

from __future__ import annotations

from dataclasses import dataclass, field

from assist.knowledge.model import Snippet, SnippetKind


@dataclass(frozen=True)
class Source:
    snippet_id: str
    path: str
    line: int
    product: str = ""

    @classmethod
    def of(cls, snippet: Snippet) -> Source:
        return cls(snippet.id, snippet.source, snippet.line, snippet.product)


@dataclass(frozen=True)
class Suggestion:
    """One ranked reply an agent can edit and send."""

    text: str  # exactly what is sent: chat-ready (no Markdown), placeholders filled or fallen
    # back ("亲爱的{买家}" -> "亲"); only those with neither are left as {名}
    kind: SnippetKind
    score: float  # the ranking value (only comparable within one result; cards descend by it)
    confidence: float  # 0..1, comparable across queries; drives the "not sure" cut-off
    sources: tuple[Source, ...]  # the first is the main one; more when near-duplicates merged
    unfilled: tuple[str, ...] = ()  # placeholders still in text, e.g. ("订单号",): the agent
    # must fill these before the reply can be inserted

    @property
    def snippet_ids(self) -> tuple[str, ...]:
        return tuple(s.snippet_id for s in self.sources)


@dataclass(frozen=True)
class KnowledgeHit:
    """A product or policy snippet behind the suggestions, for the knowledge panel."""

    snippet: Snippet
    score: float
    matched_terms: tuple[str, ...]  # query words found in the snippet, for highlighting;
    # filler (您, 的, 吗, stop words) left out


@dataclass
class SuggestResult:
    query: str  # the text searched, after multi-turn weighting
    suggestions: list[Suggestion] = field(default_factory=list)
    knowledge: list[KnowledgeHit] = field(default_factory=list)
    dense_used: bool = False  # the general model answered (False: not loaded, cannot read)
    dense_coverage: float = 0.0  # share of the query the general model can read (0..1)
    channels_used: tuple[str, ...] = ()  # the channels that answered this message
    channel_coverage: dict[str, float] = field(default_factory=dict)  # what each one read
    notes: list[str] = field(default_factory=list)  # plain sentences for the status line
    # what the buyer asked the shop to have or sell that the folder never mentions: no card
    unknown_asked: tuple[str, ...] = ()
    # the other marketplace the message is about ("在pdd买的…"): no card
    other_platform: str | None = None
    # the app whose account the buyer has trouble with ("支付宝登录不上了"): no card
    account_of: str | None = None
    # the shop check (suggest/shop_check.py) read it as no question for a shop: no card
    not_for_shop: bool = False
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage, for benchmarks

    @property
    def declined(self) -> str:
        """Why no folder could answer the message, or "": "elsewhere" (another marketplace's
        order), "account" (the buyer's own account), "not_for_shop" (the shop check). A
        thing the folder never mentions is not among them: adding it is the fix."""
        if self.other_platform:
            return "elsewhere"
        if self.account_of:
            return "account"
        return "not_for_shop" if self.not_for_shop else ""
