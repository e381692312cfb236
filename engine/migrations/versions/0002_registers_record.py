"""The full electronic record of an incoming document (NĐ 30, Phụ lục VI), and the register index.

Adds the issuer's parent body, the signer's position and signing authority, recipients, page count,
language and notes; an index for listing a register by arrival date.

Revision ID: 0002_registers_record
Revises: 0001
"""
from alembic import op
import sqlalchemy as sa


revision = "0002_registers_record"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("incoming_document", schema=None) as batch_op:
        batch_op.add_column(sa.Column("issuer_parent", sa.String(length=255), nullable=True))
        batch_op.add_column(sa.Column("signer_title", sa.String(length=255), nullable=True))
        batch_op.add_column(sa.Column("signing_authority", sa.String(length=255), nullable=True))
        batch_op.add_column(sa.Column("recipients", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("page_count", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("language", sa.String(length=32), nullable=False, server_default="vi"))
        batch_op.add_column(sa.Column("notes", sa.Text(), nullable=True))
        batch_op.create_index("ix_incoming_document_received", ["register", "received_date", "incoming_number"],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table("incoming_document", schema=None) as batch_op:
        batch_op.drop_index("ix_incoming_document_received")
        for column in ("notes", "language", "page_count", "recipients", "signing_authority", "signer_title",
                       "issuer_parent"):
            batch_op.drop_column(column)
