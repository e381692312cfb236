"""Re-routing: stand-in periods (ủy quyền), and who a history event was done on behalf of.

The new history column is added with a plain ADD COLUMN on both databases (SQLite supports it for
a nullable column): a batch copy of the table would drop the append-only triggers of 0001.

Revision ID: 0002_rerouting_standins
Revises: 0001
"""
from alembic import op
import sqlalchemy as sa


revision = "0002_rerouting_standins"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "stand_in",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("stand_in_id", sa.Integer(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("note", sa.String(length=500), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("cancelled_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["user_id"], ["user_account.id"], name=op.f("fk_stand_in_user_id_user_account")),
        sa.ForeignKeyConstraint(["stand_in_id"], ["user_account.id"],
                                name=op.f("fk_stand_in_stand_in_id_user_account")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stand_in")),
    )
    op.create_index("ix_stand_in_stand_in_dates", "stand_in", ["stand_in_id", "starts_on", "ends_on"])
    op.create_index("ix_stand_in_user_dates", "stand_in", ["user_id", "starts_on", "ends_on"])
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE history_event ADD COLUMN on_behalf_of_id INTEGER "
                   "CONSTRAINT fk_history_event_on_behalf_of_id_user_account REFERENCES user_account (id)")
    else:
        op.add_column("history_event", sa.Column(
            "on_behalf_of_id", sa.Integer(),
            sa.ForeignKey("user_account.id", name="fk_history_event_on_behalf_of_id_user_account"), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("history_event") as batch_op:
        batch_op.drop_column("on_behalf_of_id")
    op.drop_index("ix_stand_in_user_dates", table_name="stand_in")
    op.drop_index("ix_stand_in_stand_in_dates", table_name="stand_in")
    op.drop_table("stand_in")
