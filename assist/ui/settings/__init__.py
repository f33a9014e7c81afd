"""Settings: the typed schema, its file and IT's defaults and locks; secrets in the keyring."""
