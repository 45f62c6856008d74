import pytest

from catalog.db import normalise_database_url


@pytest.mark.parametrize(
    "given, expected",
    [
        ("postgresql://kp:secret@db/kp", "postgresql+psycopg://kp:secret@db/kp"),
        ("postgres://kp@db/kp", "postgresql+psycopg://kp@db/kp"),
        ("postgresql+psycopg://kp@db/kp", "postgresql+psycopg://kp@db/kp"),
        ("sqlite:////data/kp.sqlite3", "sqlite:////data/kp.sqlite3"),
    ],
)
def test_postgres_urls_use_the_shipped_driver(given, expected):
    assert normalise_database_url(given) == expected


def test_setup_twice_changes_nothing(catalog):
    """Starting the app again must neither fail nor duplicate the taxonomy."""
    from sqlalchemy import func, select

    from catalog.models import Municipality, Term

    with catalog.sessionmaker() as session:
        before = (session.scalar(select(func.count()).select_from(Term)), session.scalar(select(func.count()).select_from(Municipality)))
    catalog.setup()
    with catalog.sessionmaker() as session:
        after = (session.scalar(select(func.count()).select_from(Term)), session.scalar(select(func.count()).select_from(Municipality)))
    assert after == before and before[1] == 308
