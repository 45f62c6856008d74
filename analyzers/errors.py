"""Errors raised for bad input, each naming the argument and how to fix it."""

from __future__ import annotations


class AnalyzerInputError(ValueError):
    """An argument to an analyzers function has a value we cannot analyse."""


class UnsupportedLanguageError(AnalyzerInputError):
    """The language code is not one we analyse; the message lists the supported codes."""

    def __init__(self, lang: object, supported: tuple[str, ...]):
        choices = ", ".join(repr(code) for code in supported)
        super().__init__(f"lang: {lang!r} is not supported; use one of {choices}")
        self.lang = lang


def require_text(value: object, name: str = "text") -> str:
    """Return `value` if it is a str, else raise a TypeError naming the argument."""
    if not isinstance(value, str):
        raise TypeError(f"{name}: expected str, got {type(value).__name__}")
    return value
