"""edXML interchange: the files a received package carried (the package itself and its decoded attachments).

Revision ID: 0003_edxml_package_files
Revises: 0002_edxml_interchange
Create Date: 2026-12-03 15:55:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0003_edxml_package_files'
down_revision = '0002_edxml_interchange'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('interchange_package', schema=None) as batch_op:
        batch_op.add_column(sa.Column('files', sa.Text(), nullable=False, server_default='[]'))


def downgrade() -> None:
    with op.batch_alter_table('interchange_package', schema=None) as batch_op:
        batch_op.drop_column('files')
