"""Agent Assist: reply suggestions for e-commerce customer-service agents, offline."""

__version__ = "0.1.0"
