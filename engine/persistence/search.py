"""The search row of a document: its searchable words, folded, one row per document.

The row is written by ``engine.services.search`` (registration, attachments); each database
indexes it in its own way, set up by the migration ``0002_search_index``:

- SQLite: the FTS5 table ``document_search_fts`` (external content: this table), kept in step
  by triggers on INSERT, UPDATE and DELETE of this table.
- PostgreSQL: the generated column ``tsv`` (``to_tsvector('simple', body)``, stored) with a GIN
  index. It is not mapped here: nothing in Python reads or writes it.
"""
from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class DocumentSearch(Base):
    """``body``: the document's words (number, issuer, subject, then attachment text), lower case,
    without diacritics (đ → d), split into letters-and-digits tokens joined by single spaces."""

    __tablename__ = "document_search"
    # INTEGER PRIMARY KEY: on SQLite the column is the rowid, which the FTS5 index refers to.
    document_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("incoming_document.id", ondelete="CASCADE"), primary_key=True, autoincrement=False)
    body: Mapped[str] = mapped_column(Text)
