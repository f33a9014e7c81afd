"""Top-level windows: the sidebar itself and the settings dialog."""
