"""App-wide plumbing: language, theme, resource files, logs and crash reports."""
