"""Deterministic, realistic demo data: creators, services and buyers in the import format.

    data = generate(creators=6000, services=4000, buyers=1000, seed=2026)
    for record in data.creators: ...   # plain dicts, made lazily

Texts are Finnish for most, Swedish where Swedish is spoken (Ostrobothnia,
the Uusimaa and Turku coasts, Åland), English for some international artists.
"""

from catalog.demo.generator import DemoData, DemoParameterError, Records, generate

__all__ = ["DemoData", "DemoParameterError", "Records", "generate"]
