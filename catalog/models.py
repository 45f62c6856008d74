"""Canonical records: creators, their services, buyers, the taxonomy they are tagged with."""

from __future__ import annotations

from datetime import datetime, timezone
from decimal import Decimal

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    DateTime,
    ForeignKey,
    Integer,
    Numeric,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# JSONB on PostgreSQL so translations can be indexed and compared there later.
TranslatedJSON = JSON().with_variant(JSONB(), "postgresql")

CREATOR_STATUSES = ("draft", "pending", "approved", "rejected", "hidden")
CONTENT_LANGUAGES = ("fi", "sv", "en")


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Base(DeclarativeBase):
    pass


class Term(Base):
    """One code of a controlled vocabulary (region, art form, ...), labelled in fi/sv/en."""

    __tablename__ = "terms"
    __table_args__ = (UniqueConstraint("vocabulary", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    vocabulary: Mapped[str] = mapped_column(String(32), index=True)
    code: Mapped[str] = mapped_column(String(64))
    parent_code: Mapped[str | None] = mapped_column(String(64))
    labels: Mapped[dict] = mapped_column(TranslatedJSON, default=dict)
    synonyms: Mapped[dict] = mapped_column(TranslatedJSON, default=dict)
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    def __repr__(self) -> str:
        return f"<Term {self.vocabulary}:{self.code}>"


class Municipality(Base):
    __tablename__ = "municipalities"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(3), unique=True)
    name_fi: Mapped[str] = mapped_column(String(80))
    name_sv: Mapped[str | None] = mapped_column(String(80))
    region_id: Mapped[int] = mapped_column(ForeignKey("terms.id"))

    region: Mapped[Term] = relationship()


def _link_table(name: str, owner: str) -> Table:
    return Table(
        name,
        Base.metadata,
        Column(f"{owner}_id", ForeignKey(f"{owner}s.id", ondelete="CASCADE"), primary_key=True),
        Column("term_id", ForeignKey("terms.id", ondelete="RESTRICT"), primary_key=True, index=True),
    )


creator_regions = _link_table("creator_regions", "creator")
creator_art_forms = _link_table("creator_art_forms", "creator")
creator_languages = _link_table("creator_languages", "creator")
service_regions = _link_table("service_regions", "service")
service_art_forms = _link_table("service_art_forms", "service")
service_target_groups = _link_table("service_target_groups", "service")
service_languages = _link_table("service_languages", "service")


def _terms(table: Table) -> Mapped[list[Term]]:
    return relationship(secondary=table, order_by=Term.position, lazy="selectin")


class Creator(Base):
    """An artist, group or organisation; public only once a moderator approves it."""

    __tablename__ = "creators"
    __table_args__ = (
        CheckConstraint(
            "status IN ('draft', 'pending', 'approved', 'rejected', 'hidden')", name="creator_status"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    external_id: Mapped[str | None] = mapped_column(String(100), unique=True)
    slug: Mapped[str] = mapped_column(String(120), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    creator_type_id: Mapped[int] = mapped_column(ForeignKey("terms.id"))
    home_region_id: Mapped[int] = mapped_column(ForeignKey("terms.id"))
    municipality_id: Mapped[int | None] = mapped_column(ForeignKey("municipalities.id"))
    description: Mapped[dict] = mapped_column(TranslatedJSON, default=dict)
    keywords: Mapped[dict] = mapped_column(TranslatedJSON, default=dict)
    background: Mapped[dict] = mapped_column(TranslatedJSON, default=dict)
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(40))
    website: Mapped[str | None] = mapped_column(String(500))
    social_links: Mapped[list] = mapped_column(TranslatedJSON, default=list)
    status: Mapped[str] = mapped_column(String(16), default="pending", index=True)
    approved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    creator_type: Mapped[Term] = relationship(foreign_keys=[creator_type_id], lazy="joined")
    home_region: Mapped[Term] = relationship(foreign_keys=[home_region_id], lazy="joined")
    municipality: Mapped[Municipality | None] = relationship(lazy="joined")
    regions: Mapped[list[Term]] = _terms(creator_regions)
    art_forms: Mapped[list[Term]] = _terms(creator_art_forms)
    languages: Mapped[list[Term]] = _terms(creator_languages)
    services: Mapped[list["Service"]] = relationship(
        back_populates="creator", cascade="all, delete-orphan", order_by="Service.id"
    )

    __mapper_args__ = {"version_id_col": version}

    @property
    def is_public(self) -> bool:
        return self.status == "approved"


class Service(Base):
    """Something a buyer can order from a creator: a performance, a workshop, a course..."""

    __tablename__ = "services"
    __table_args__ = (
        CheckConstraint("audience_min IS NULL OR audience_min >= 0", name="service_audience_min"),
        CheckConstraint(
            "audience_max IS NULL OR audience_min IS NULL OR audience_max >= audience_min",
            name="service_audience_range",
        ),
        CheckConstraint("duration_minutes IS NULL OR duration_minutes > 0", name="service_duration"),
        CheckConstraint("price_eur IS NULL OR price_eur >= 0", name="service_price"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    external_id: Mapped[str | None] = mapped_column(String(100), unique=True)
    slug: Mapped[str] = mapped_column(String(160), unique=True)
    creator_id: Mapped[int] = mapped_column(ForeignKey("creators.id", ondelete="CASCADE"), index=True)
    title: Mapped[dict] = mapped_column(TranslatedJSON, default=dict)
    description: Mapped[dict] = mapped_column(TranslatedJSON, default=dict)
    keywords: Mapped[dict] = mapped_column(TranslatedJSON, default=dict)
    accessibility: Mapped[dict] = mapped_column(TranslatedJSON, default=dict)
    service_type_id: Mapped[int] = mapped_column(ForeignKey("terms.id"))
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    audience_min: Mapped[int | None] = mapped_column(Integer)
    audience_max: Mapped[int | None] = mapped_column(Integer)
    price_eur: Mapped[Decimal | None] = mapped_column(Numeric(10, 2))
    price_basis_id: Mapped[int | None] = mapped_column(ForeignKey("terms.id"))
    online: Mapped[bool] = mapped_column(Boolean, default=False)
    published: Mapped[bool] = mapped_column(Boolean, default=True, index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    creator: Mapped[Creator] = relationship(back_populates="services")
    service_type: Mapped[Term] = relationship(foreign_keys=[service_type_id], lazy="joined")
    price_basis: Mapped[Term | None] = relationship(foreign_keys=[price_basis_id], lazy="joined")
    regions: Mapped[list[Term]] = _terms(service_regions)
    art_forms: Mapped[list[Term]] = _terms(service_art_forms)
    target_groups: Mapped[list[Term]] = _terms(service_target_groups)
    languages: Mapped[list[Term]] = _terms(service_languages)

    __mapper_args__ = {"version_id_col": version}

    @property
    def is_public(self) -> bool:
        return self.published and self.creator.is_public


class Buyer(Base):
    """A registered buyer (tilaaja); accounts and logins attach to it in a later step."""

    __tablename__ = "buyers"

    id: Mapped[int] = mapped_column(primary_key=True)
    external_id: Mapped[str | None] = mapped_column(String(100), unique=True)
    buyer_type_id: Mapped[int] = mapped_column(ForeignKey("terms.id"))
    organisation: Mapped[str | None] = mapped_column(String(200))
    contact_person: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(254))
    region_id: Mapped[int] = mapped_column(ForeignKey("terms.id"))
    municipality_id: Mapped[int | None] = mapped_column(ForeignKey("municipalities.id"))
    preferred_language: Mapped[str] = mapped_column(String(2), default="fi")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    buyer_type: Mapped[Term] = relationship(foreign_keys=[buyer_type_id], lazy="joined")
    region: Mapped[Term] = relationship(foreign_keys=[region_id], lazy="joined")
    municipality: Mapped[Municipality | None] = relationship(lazy="joined")


class OutboxEntry(Base):
    """A change that search must see, written in the same transaction as the change itself.

    `version` is set only when the record was deleted: the search document
    version its deletion carries (see catalog/outbox.py), since no row is left
    to read it from.
    """

    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    record_id: Mapped[int] = mapped_column(Integer)
    version: Mapped[int | None] = mapped_column(BigInteger)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    dead: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
