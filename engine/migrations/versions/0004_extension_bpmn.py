"""Extensions in the BPMN: each request points at its decision task ("Quyết định gia hạn").

Revision ID: 0004_extension_bpmn
Revises: 0003_timers_extension
"""
from alembic import op
import sqlalchemy as sa


revision = '0004_extension_bpmn'
down_revision = '0003_timers_extension'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ALTER TABLE … ADD COLUMN, so a database in use upgrades on SQLite too (a batch copy
    # could not drop the old table while other rows refer to it); the foreign key where the
    # database can add one to an existing table.
    op.add_column('extension_request', sa.Column('decision_task_id', sa.Integer(), nullable=True))
    if op.get_bind().dialect.name != 'sqlite':
        op.create_foreign_key(op.f('fk_extension_request_decision_task_id_task'), 'extension_request', 'task',
                              ['decision_task_id'], ['id'])
    op.create_index('ix_extension_request_decision_task', 'extension_request', ['decision_task_id'])


def downgrade() -> None:
    op.drop_index('ix_extension_request_decision_task', table_name='extension_request')
    with op.batch_alter_table('extension_request', schema=None) as batch_op:
        if op.get_bind().dialect.name != 'sqlite':
            batch_op.drop_constraint(op.f('fk_extension_request_decision_task_id_task'), type_='foreignkey')
        batch_op.drop_column('decision_task_id')
