"""Drop ``incoming_document.search_text``: the search index (``document_search``) replaced it.

A plain ``ALTER TABLE … DROP COLUMN`` (SQLite ≥ 3.35 takes it): a batch copy of incoming_document
could not drop the old table while tasks, history and attachments refer to its rows.

Revision ID: 0002_intake_drop_search_text
Revises: 0001
"""
from alembic import op
import sqlalchemy as sa


revision = "0002_intake_drop_search_text"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_column("incoming_document", "search_text")


def downgrade() -> None:
    op.add_column("incoming_document", sa.Column("search_text", sa.Text(), nullable=False, server_default=""))
