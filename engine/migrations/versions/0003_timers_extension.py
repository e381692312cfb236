"""Extension requests (gia hạn): a holder asks for more time, the head or the leader decides.

Revision ID: 0003_timers_extension
Revises: 0002_timers_deadline
"""
from alembic import op
import sqlalchemy as sa


revision = '0003_timers_extension'
down_revision = '0002_timers_deadline'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'extension_request',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('document_id', sa.Integer(), nullable=False),
        sa.Column('task_id', sa.Integer(), nullable=False),
        sa.Column('department_id', sa.Integer(), nullable=True),
        sa.Column('scope', sa.String(length=16), nullable=False),
        sa.Column('decider_id', sa.Integer(), nullable=True),
        sa.Column('requested_by_id', sa.Integer(), nullable=False),
        sa.Column('requested_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('current_due', sa.Date(), nullable=True),
        sa.Column('requested_due', sa.Date(), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('state', sa.String(length=16), nullable=False),
        sa.Column('decided_by_id', sa.Integer(), nullable=True),
        sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('granted_due', sa.Date(), nullable=True),
        sa.Column('comment', sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(['document_id'], ['incoming_document.id'],
                                name=op.f('fk_extension_request_document_id_incoming_document'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['task_id'], ['task.id'], name=op.f('fk_extension_request_task_id_task'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['department_id'], ['department.id'],
                                name=op.f('fk_extension_request_department_id_department')),
        sa.ForeignKeyConstraint(['decider_id'], ['user_account.id'],
                                name=op.f('fk_extension_request_decider_id_user_account')),
        sa.ForeignKeyConstraint(['requested_by_id'], ['user_account.id'],
                                name=op.f('fk_extension_request_requested_by_id_user_account')),
        sa.ForeignKeyConstraint(['decided_by_id'], ['user_account.id'],
                                name=op.f('fk_extension_request_decided_by_id_user_account')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_extension_request')),
    )
    op.create_index('ix_extension_request_task', 'extension_request', ['task_id', 'state'])
    op.create_index('ix_extension_request_pending', 'extension_request', ['state', 'department_id'])


def downgrade() -> None:
    op.drop_index('ix_extension_request_pending', table_name='extension_request')
    op.drop_index('ix_extension_request_task', table_name='extension_request')
    op.drop_table('extension_request')
