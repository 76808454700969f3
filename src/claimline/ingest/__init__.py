"""Ingest: files, folders, manifests and WARC archives in; Documents (or one-line
IngestErrors) out.

    from claimline.ingest import read, read_manifest
"""
from .manifest import read_manifest
from .reader import read

__all__ = ["read", "read_manifest"]
