"""At the desk: which captured messages belong to which buyer's conversation (no Qt)."""

from assist.desk.conversation import Conversation, Desk, Turn

__all__ = ["Conversation", "Desk", "Turn"]
