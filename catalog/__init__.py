"""The relational store: canonical records, taxonomy, import/export and demo data."""
