"""The DuckDB store of documents, claims, aliases and ingest errors (see ``Store``)."""
from claimline.store.errors import StoreError
from claimline.store.store import Store, as_of_bound, text_hash

__all__ = ["Store", "StoreError", "as_of_bound", "text_hash"]
