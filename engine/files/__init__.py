"""Uploaded files: kinds read off the bytes, safe names, the content-addressed store, pending uploads."""
from .kinds import ATTACHABLE, Kind, detect
from .names import safe_name
from .store import FileStore, StagedFile

__all__ = ["ATTACHABLE", "FileStore", "Kind", "StagedFile", "detect", "safe_name"]
