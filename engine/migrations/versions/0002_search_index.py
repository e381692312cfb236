"""Search index: one ``document_search`` row per document, indexed by FTS5 or a tsvector.

SQLite: the FTS5 table ``document_search_fts`` with ``document_search`` as its external content,
kept in step by triggers. PostgreSQL: a stored generated ``tsv`` column (``simple`` configuration)
with a GIN index. Why this design: ``engine/services/search.py``. Existing documents are indexed
from their number, issuer and subject, folded as the service folds them.

Revision ID: 0002_search_index
Revises: 0001
"""
import re
import unicodedata

import sqlalchemy as sa
from alembic import op

revision = "0002_search_index"
down_revision = "0001"
branch_labels = None
depends_on = None

SQLITE_INDEX = [
    """CREATE VIRTUAL TABLE document_search_fts USING fts5(
           body, content='document_search', content_rowid='document_id',
           tokenize='unicode61 remove_diacritics 2', prefix='2 3')""",
    """CREATE TRIGGER document_search_ai AFTER INSERT ON document_search BEGIN
           INSERT INTO document_search_fts(rowid, body) VALUES (new.document_id, new.body);
       END""",
    """CREATE TRIGGER document_search_ad AFTER DELETE ON document_search BEGIN
           INSERT INTO document_search_fts(document_search_fts, rowid, body)
           VALUES ('delete', old.document_id, old.body);
       END""",
    """CREATE TRIGGER document_search_au AFTER UPDATE ON document_search BEGIN
           INSERT INTO document_search_fts(document_search_fts, rowid, body)
           VALUES ('delete', old.document_id, old.body);
           INSERT INTO document_search_fts(rowid, body) VALUES (new.document_id, new.body);
       END""",
]
POSTGRES_INDEX = [
    """ALTER TABLE document_search ADD COLUMN tsv tsvector
           GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, body)) STORED""",
    "CREATE INDEX ix_document_search_tsv ON document_search USING gin (tsv)",
]
TOKEN = re.compile(r"[^\W_]+")
BATCH = 2000


def _body(*parts) -> str:
    """As engine.services.search.search_body was when this revision was written (frozen here)."""
    fields = []
    for part in parts:
        value = (part or "").replace("đ", "d").replace("Đ", "D")
        value = "".join(c for c in unicodedata.normalize("NFD", value) if unicodedata.category(c) != "Mn")
        words = TOKEN.findall(value.lower())
        if words:
            fields.append(" ".join(words))
    body = " qqzqq ".join(fields)
    return body[:150_000].rsplit(" ", 1)[0] if len(body) > 150_000 else body


def upgrade() -> None:
    op.create_table(
        "document_search",
        sa.Column("document_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["incoming_document.id"], ondelete="CASCADE",
                                name=op.f("fk_document_search_document_id_incoming_document")),
        sa.PrimaryKeyConstraint("document_id", name=op.f("pk_document_search")),
    )
    bind = op.get_bind()
    for statement in POSTGRES_INDEX if bind.dialect.name == "postgresql" else SQLITE_INDEX:
        op.execute(statement)
    documents = sa.table("incoming_document", sa.column("id"), sa.column("number"), sa.column("issuer"),
                         sa.column("subject"))
    search = sa.table("document_search", sa.column("document_id"), sa.column("body"))
    last = 0
    while True:
        rows = bind.execute(sa.select(documents.c.id, documents.c.number, documents.c.issuer, documents.c.subject)
                            .where(documents.c.id > last).order_by(documents.c.id).limit(BATCH)).all()
        if not rows:
            break
        bind.execute(search.insert(), [{"document_id": r.id, "body": _body(r.number, r.issuer, r.subject)}
                                       for r in rows])
        last = rows[-1].id


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("document_search_ai", "document_search_ad", "document_search_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS document_search_fts")
    op.drop_table("document_search")
