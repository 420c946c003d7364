"""The languages Matte speaks, in a module of its own so settings can check them without loading storage."""

LANGUAGES = ("ja", "en")
