"""outbox deletion version

The search document version a deletion carries, so that an older update
delivered late cannot bring a deleted record back (see catalog/outbox.py).
Nullable: only deletions set it, and rows written before this revision have none.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-04
"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # batch mode: SQLite copies the table; PostgreSQL runs a plain ALTER TABLE.
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.add_column(sa.Column('version', sa.BigInteger(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_column('version')
