"""The storage error, apart from the database code: commands that never open the database (`matte check`)
can name it without importing sqlite-utils, a tenth of a second of their start-up."""


class StorageError(Exception):
    """The database cannot be used; the message is one line, fit to show a person."""
