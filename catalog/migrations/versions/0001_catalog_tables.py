"""catalog tables

Revision ID: 0001
Revises: 
Create Date: 2026-12-04
"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('outbox',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('record_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.Column('dead', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outbox_dead'), ['dead'], unique=False)

    op.create_table('terms',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('vocabulary', sa.String(length=32), nullable=False),
    sa.Column('code', sa.String(length=64), nullable=False),
    sa.Column('parent_code', sa.String(length=64), nullable=True),
    sa.Column('labels', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('synonyms', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('vocabulary', 'code')
    )
    with op.batch_alter_table('terms', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_terms_vocabulary'), ['vocabulary'], unique=False)

    op.create_table('municipalities',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=3), nullable=False),
    sa.Column('name_fi', sa.String(length=80), nullable=False),
    sa.Column('name_sv', sa.String(length=80), nullable=True),
    sa.Column('region_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['region_id'], ['terms.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('code')
    )
    op.create_table('buyers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('external_id', sa.String(length=100), nullable=True),
    sa.Column('buyer_type_id', sa.Integer(), nullable=False),
    sa.Column('organisation', sa.String(length=200), nullable=True),
    sa.Column('contact_person', sa.String(length=200), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('region_id', sa.Integer(), nullable=False),
    sa.Column('municipality_id', sa.Integer(), nullable=True),
    sa.Column('preferred_language', sa.String(length=2), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['buyer_type_id'], ['terms.id'], ),
    sa.ForeignKeyConstraint(['municipality_id'], ['municipalities.id'], ),
    sa.ForeignKeyConstraint(['region_id'], ['terms.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('external_id')
    )
    op.create_table('creators',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('external_id', sa.String(length=100), nullable=True),
    sa.Column('slug', sa.String(length=120), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('creator_type_id', sa.Integer(), nullable=False),
    sa.Column('home_region_id', sa.Integer(), nullable=False),
    sa.Column('municipality_id', sa.Integer(), nullable=True),
    sa.Column('description', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('keywords', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('background', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('website', sa.String(length=500), nullable=True),
    sa.Column('social_links', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('approved_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint("status IN ('draft', 'pending', 'approved', 'rejected', 'hidden')", name='creator_status'),
    sa.ForeignKeyConstraint(['creator_type_id'], ['terms.id'], ),
    sa.ForeignKeyConstraint(['home_region_id'], ['terms.id'], ),
    sa.ForeignKeyConstraint(['municipality_id'], ['municipalities.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('external_id'),
    sa.UniqueConstraint('slug')
    )
    with op.batch_alter_table('creators', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_creators_status'), ['status'], unique=False)

    op.create_table('creator_art_forms',
    sa.Column('creator_id', sa.Integer(), nullable=False),
    sa.Column('term_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['creator_id'], ['creators.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['term_id'], ['terms.id'], ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('creator_id', 'term_id')
    )
    with op.batch_alter_table('creator_art_forms', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_creator_art_forms_term_id'), ['term_id'], unique=False)

    op.create_table('creator_languages',
    sa.Column('creator_id', sa.Integer(), nullable=False),
    sa.Column('term_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['creator_id'], ['creators.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['term_id'], ['terms.id'], ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('creator_id', 'term_id')
    )
    with op.batch_alter_table('creator_languages', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_creator_languages_term_id'), ['term_id'], unique=False)

    op.create_table('creator_regions',
    sa.Column('creator_id', sa.Integer(), nullable=False),
    sa.Column('term_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['creator_id'], ['creators.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['term_id'], ['terms.id'], ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('creator_id', 'term_id')
    )
    with op.batch_alter_table('creator_regions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_creator_regions_term_id'), ['term_id'], unique=False)

    op.create_table('services',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('external_id', sa.String(length=100), nullable=True),
    sa.Column('slug', sa.String(length=160), nullable=False),
    sa.Column('creator_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('description', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('keywords', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('accessibility', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('service_type_id', sa.Integer(), nullable=False),
    sa.Column('duration_minutes', sa.Integer(), nullable=True),
    sa.Column('audience_min', sa.Integer(), nullable=True),
    sa.Column('audience_max', sa.Integer(), nullable=True),
    sa.Column('price_eur', sa.Numeric(precision=10, scale=2), nullable=True),
    sa.Column('price_basis_id', sa.Integer(), nullable=True),
    sa.Column('online', sa.Boolean(), nullable=False),
    sa.Column('published', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('audience_max IS NULL OR audience_min IS NULL OR audience_max >= audience_min', name='service_audience_range'),
    sa.CheckConstraint('audience_min IS NULL OR audience_min >= 0', name='service_audience_min'),
    sa.CheckConstraint('duration_minutes IS NULL OR duration_minutes > 0', name='service_duration'),
    sa.CheckConstraint('price_eur IS NULL OR price_eur >= 0', name='service_price'),
    sa.ForeignKeyConstraint(['creator_id'], ['creators.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['price_basis_id'], ['terms.id'], ),
    sa.ForeignKeyConstraint(['service_type_id'], ['terms.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('external_id'),
    sa.UniqueConstraint('slug')
    )
    with op.batch_alter_table('services', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_services_creator_id'), ['creator_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_services_published'), ['published'], unique=False)

    op.create_table('service_art_forms',
    sa.Column('service_id', sa.Integer(), nullable=False),
    sa.Column('term_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['service_id'], ['services.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['term_id'], ['terms.id'], ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('service_id', 'term_id')
    )
    with op.batch_alter_table('service_art_forms', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_service_art_forms_term_id'), ['term_id'], unique=False)

    op.create_table('service_languages',
    sa.Column('service_id', sa.Integer(), nullable=False),
    sa.Column('term_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['service_id'], ['services.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['term_id'], ['terms.id'], ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('service_id', 'term_id')
    )
    with op.batch_alter_table('service_languages', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_service_languages_term_id'), ['term_id'], unique=False)

    op.create_table('service_regions',
    sa.Column('service_id', sa.Integer(), nullable=False),
    sa.Column('term_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['service_id'], ['services.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['term_id'], ['terms.id'], ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('service_id', 'term_id')
    )
    with op.batch_alter_table('service_regions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_service_regions_term_id'), ['term_id'], unique=False)

    op.create_table('service_target_groups',
    sa.Column('service_id', sa.Integer(), nullable=False),
    sa.Column('term_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['service_id'], ['services.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['term_id'], ['terms.id'], ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('service_id', 'term_id')
    )
    with op.batch_alter_table('service_target_groups', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_service_target_groups_term_id'), ['term_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('service_target_groups', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_service_target_groups_term_id'))

    op.drop_table('service_target_groups')
    with op.batch_alter_table('service_regions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_service_regions_term_id'))

    op.drop_table('service_regions')
    with op.batch_alter_table('service_languages', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_service_languages_term_id'))

    op.drop_table('service_languages')
    with op.batch_alter_table('service_art_forms', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_service_art_forms_term_id'))

    op.drop_table('service_art_forms')
    with op.batch_alter_table('services', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_services_published'))
        batch_op.drop_index(batch_op.f('ix_services_creator_id'))

    op.drop_table('services')
    with op.batch_alter_table('creator_regions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_creator_regions_term_id'))

    op.drop_table('creator_regions')
    with op.batch_alter_table('creator_languages', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_creator_languages_term_id'))

    op.drop_table('creator_languages')
    with op.batch_alter_table('creator_art_forms', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_creator_art_forms_term_id'))

    op.drop_table('creator_art_forms')
    with op.batch_alter_table('creators', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_creators_status'))

    op.drop_table('creators')
    op.drop_table('buyers')
    op.drop_table('municipalities')
    with op.batch_alter_table('terms', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_terms_vocabulary'))

    op.drop_table('terms')
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outbox_dead'))

    op.drop_table('outbox')
