"""Recurring report duties (báo cáo định kỳ): one row per duty a leader's direction sets.

Revision ID: 0002_recurring_reports
Revises: 0001
"""
from alembic import op
import sqlalchemy as sa


revision = "0002_recurring_reports"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "report_duty",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("instance_id", sa.Integer(), nullable=True),
        sa.Column("department_id", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(length=16), nullable=False),
        sa.Column("day", sa.Integer(), nullable=False),
        sa.Column("month", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("set_by_id", sa.Integer(), nullable=True),
        sa.Column("set_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("period_number", sa.Integer(), nullable=False),
        sa.Column("opens_on", sa.Date(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("reports_submitted", sa.Integer(), nullable=False),
        sa.Column("last_report_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("ended_by_id", sa.Integer(), nullable=True),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("end_reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["document_id"], ["incoming_document.id"],
                                name=op.f("fk_report_duty_document_id_incoming_document"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["instance_id"], ["workflow_instance.id"],
                                name=op.f("fk_report_duty_instance_id_workflow_instance"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["department_id"], ["department.id"],
                                name=op.f("fk_report_duty_department_id_department")),
        sa.ForeignKeyConstraint(["set_by_id"], ["user_account.id"], name=op.f("fk_report_duty_set_by_id_user_account")),
        sa.ForeignKeyConstraint(["ended_by_id"], ["user_account.id"],
                                name=op.f("fk_report_duty_ended_by_id_user_account")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_duty")),
    )
    op.create_index("ix_report_duty_document", "report_duty", ["document_id", "status"])
    op.create_index("ix_report_duty_instance", "report_duty", ["instance_id"])


def downgrade() -> None:
    op.drop_index("ix_report_duty_instance", table_name="report_duty")
    op.drop_index("ix_report_duty_document", table_name="report_duty")
    op.drop_table("report_duty")
