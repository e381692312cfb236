"""The number and code of the reply that answered a document (the follow-up register's column),
recorded when the leader approves the result.

A plain ``ALTER TABLE … ADD COLUMN`` (nullable): no copy of incoming_document, which other rows refer to.

Revision ID: 0002_intake_reply_number
Revises: 0001
"""
from alembic import op
import sqlalchemy as sa


revision = "0002_intake_reply_number"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("incoming_document", sa.Column("reply_number", sa.String(length=64), nullable=True))


def downgrade() -> None:
    op.drop_column("incoming_document", "reply_number")
