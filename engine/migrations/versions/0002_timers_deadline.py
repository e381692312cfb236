"""Deadline timers: one row per timer waiting in a workflow instance, indexed by due time.

Revision ID: 0002_timers_deadline
Revises: 0001
"""
from alembic import op
import sqlalchemy as sa


revision = '0002_timers_deadline'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'workflow_timer',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('document_id', sa.Integer(), nullable=False),
        sa.Column('instance_id', sa.Integer(), nullable=False),
        sa.Column('spiff_task_id', sa.String(length=36), nullable=False),
        sa.Column('watched_spiff_id', sa.String(length=36), nullable=True),
        sa.Column('event', sa.String(length=64), nullable=False),
        sa.Column('fire_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('state', sa.String(length=16), nullable=False),
        sa.Column('fired_at', sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(['document_id'], ['incoming_document.id'],
                                name=op.f('fk_workflow_timer_document_id_incoming_document'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['instance_id'], ['workflow_instance.id'],
                                name=op.f('fk_workflow_timer_instance_id_workflow_instance'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_workflow_timer')),
    )
    op.create_index('ix_workflow_timer_due', 'workflow_timer', ['state', 'fire_at'])
    op.create_index('ix_workflow_timer_instance', 'workflow_timer', ['instance_id', 'state'])


def downgrade() -> None:
    op.drop_index('ix_workflow_timer_instance', table_name='workflow_timer')
    op.drop_index('ix_workflow_timer_due', table_name='workflow_timer')
    op.drop_table('workflow_timer')
