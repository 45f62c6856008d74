"""Turns catalog rows into search documents and keeps the search index in step."""
