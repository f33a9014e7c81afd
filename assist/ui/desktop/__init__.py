"""The desktop around the sidebar: hotkeys, capture and insert, clipboard, IPC, tray, docking."""
