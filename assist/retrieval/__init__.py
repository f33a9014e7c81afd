"""Search channels (keyword, dense) and their fusion. No Qt here."""
