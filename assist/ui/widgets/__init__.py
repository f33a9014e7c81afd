"""The pieces windows are built from: reply cards, the facts panel, the status line, inputs."""
