"""edXML interchange: received packages and the status outbox.

Revision ID: 0002_edxml_interchange
Revises: 0001
Create Date: 2026-12-03 14:40:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0002_edxml_interchange'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'interchange_package',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('business_type', sa.String(length=8), nullable=False),
        sa.Column('outcome', sa.String(length=16), nullable=False),
        sa.Column('edxml_document_id', sa.String(length=255), nullable=True),
        sa.Column('identity_key', sa.String(length=400), nullable=False),
        sa.Column('header_key', sa.String(length=400), nullable=False),
        sa.Column('registered_key', sa.String(length=400), nullable=True),
        sa.Column('sender_organ_id', sa.String(length=64), nullable=False),
        sa.Column('sender_name', sa.String(length=255), nullable=True),
        sa.Column('receiver_organ_id', sa.String(length=64), nullable=True),
        sa.Column('receiver_name', sa.String(length=255), nullable=True),
        sa.Column('code', sa.String(length=128), nullable=True),
        sa.Column('promulgation_date', sa.Date(), nullable=True),
        sa.Column('document_id', sa.Integer(), nullable=True),
        sa.Column('target_document_id', sa.Integer(), nullable=True),
        sa.Column('reason', sa.Text(), nullable=True),
        sa.Column('warnings', sa.Text(), nullable=False),
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('size', sa.Integer(), nullable=False),
        sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('received_by_id', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['document_id'], ['incoming_document.id'],
                                name=op.f('fk_interchange_package_document_id_incoming_document')),
        sa.ForeignKeyConstraint(['target_document_id'], ['incoming_document.id'],
                                name=op.f('fk_interchange_package_target_document_id_incoming_document')),
        sa.ForeignKeyConstraint(['received_by_id'], ['user_account.id'],
                                name=op.f('fk_interchange_package_received_by_id_user_account')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_interchange_package')),
        sa.UniqueConstraint('registered_key', name='uq_interchange_package_registered_key'),
    )
    with op.batch_alter_table('interchange_package', schema=None) as batch_op:
        batch_op.create_index('ix_interchange_package_doc', ['document_id', 'outcome'], unique=False)
        batch_op.create_index('ix_interchange_package_edxml_id', ['edxml_document_id'], unique=False)
        batch_op.create_index('ix_interchange_package_identity', ['identity_key'], unique=False)
        batch_op.create_index('ix_interchange_package_header', ['header_key'], unique=False)
        batch_op.create_index('ix_interchange_package_received', ['received_at', 'id'], unique=False)
        batch_op.create_index('ix_interchange_package_sha256', ['sha256'], unique=False)

    op.create_table(
        'interchange_status',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('package_id', sa.Integer(), nullable=False),
        sa.Column('document_id', sa.Integer(), nullable=True),
        sa.Column('status_code', sa.String(length=2), nullable=False),
        sa.Column('description', sa.Text(), nullable=False),
        sa.Column('to_organ_id', sa.String(length=64), nullable=False),
        sa.Column('path', sa.String(length=255), nullable=False),
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('size', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('actor_id', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['package_id'], ['interchange_package.id'],
                                name=op.f('fk_interchange_status_package_id_interchange_package')),
        sa.ForeignKeyConstraint(['document_id'], ['incoming_document.id'],
                                name=op.f('fk_interchange_status_document_id_incoming_document')),
        sa.ForeignKeyConstraint(['actor_id'], ['user_account.id'],
                                name=op.f('fk_interchange_status_actor_id_user_account')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_interchange_status')),
        sa.UniqueConstraint('package_id', 'status_code', name='uq_interchange_status_package'),
        sa.UniqueConstraint('document_id', 'status_code', name='uq_interchange_status_document'),
    )
    with op.batch_alter_table('interchange_status', schema=None) as batch_op:
        batch_op.create_index('ix_interchange_status_created', ['created_at', 'id'], unique=False)


def downgrade() -> None:
    op.drop_table('interchange_status')
    op.drop_table('interchange_package')
