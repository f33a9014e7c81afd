"""Turning ranked snippets into replies an agent can send: fusion, clean-up, placeholders."""
