"""The one exception the store raises for problems a user can act on."""
from __future__ import annotations


class StoreError(Exception):
    """A store cannot be used: locked, not a claimline store, missing or too new.

    The message is one line and names the file.
    """
