"""Reading a shop's knowledge folder into snippets, reporting every problem by file and line."""

from assist.knowledge.loader import load_knowledge
from assist.knowledge.model import LoadReport, Problem, ShopInfo, Snippet, SnippetKind

__all__ = ["LoadReport", "Problem", "ShopInfo", "Snippet", "SnippetKind", "load_knowledge"]
