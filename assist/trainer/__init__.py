"""What the desk teaches the folder: the feedback log, answers waiting for a trainer's review,
reports, chat imports and the compliance lint. No Qt here: the sidebar calls these functions.
"""
