"""E-mail: each user's choice to receive notifications by e-mail, and the mail outbox.

Revision ID: 0002_email_outbox
Revises: 0001
"""
from alembic import op
import sqlalchemy as sa


revision = '0002_email_outbox'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ALTER TABLE … ADD COLUMN (SQLite takes it with a constant default): a batch copy of
    # user_account could not drop the old table while documents and tasks refer to its rows.
    op.add_column('user_account', sa.Column('email_notifications', sa.Boolean(), nullable=False,
                                            server_default=sa.true()))
    op.create_table('mail_delivery',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('notification_id', sa.Integer(), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('next_attempt_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('claim', sa.String(length=32), nullable=True),
    sa.Column('lease_until', sa.DateTime(timezone=True), nullable=True),
    sa.Column('data_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('recipient', sa.String(length=255), nullable=True),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['notification_id'], ['notification.id'], name=op.f('fk_mail_delivery_notification_id_notification'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mail_delivery')),
    sa.UniqueConstraint('notification_id', name=op.f('uq_mail_delivery_notification_id'))
    )
    op.create_index('ix_mail_delivery_due', 'mail_delivery', ['state', 'next_attempt_at'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_mail_delivery_due', table_name='mail_delivery')
    op.drop_table('mail_delivery')
    with op.batch_alter_table('user_account', schema=None) as batch_op:
        batch_op.drop_column('email_notifications')
