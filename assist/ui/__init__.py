"""The sidebar: every Qt import in the project lives under this package."""
