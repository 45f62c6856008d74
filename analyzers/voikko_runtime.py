"""Shared access to libvoikko: a pool of handles, and one warning if Voikko cannot load.

A Voikko handle must not be used by two threads at once, so each call borrows an idle
handle from a pool (creating one when all are busy) and returns it afterwards.
ctypes releases the GIL inside Voikko, so threads analyse in parallel.
If the C library or the Finnish dictionary is missing, we log one warning and return
no readings: the Finnish analyser then falls back to Snowball stemming.
"""

from __future__ import annotations

import logging
import threading

log = logging.getLogger("analyzers")

MIN_VERSION = (4, 3)
# Voikko refuses longer words (LIBVOIKKO_MAX_WORD_CHARS is 255); such tokens are not words.
MAX_WORD_LENGTH = 100

_idle: list = []                 # handles not in use; list.append/pop are atomic
_lock = threading.Lock()         # guards the one-time checks below
_unavailable: str | None = None  # why Voikko cannot be used, once we know
_version_checked = False


def _create():
    """Open a new Voikko handle, or return None (after one warning) if Voikko cannot load."""
    global _version_checked
    try:
        import libvoikko
    except ImportError as exc:
        return _give_up(f"the Python module libvoikko is not installed ({exc})")
    try:
        handle = libvoikko.Voikko("fi")
    except (OSError, libvoikko.VoikkoException) as exc:
        return _give_up(f"{type(exc).__name__}: {exc}")
    with _lock:
        if not _version_checked:
            _version_checked = True
            _check_version(libvoikko.Voikko.getVersion())
    return handle


def _give_up(reason: str):
    global _unavailable
    with _lock:
        if _unavailable is None:
            _unavailable = reason
            log.warning(
                "Voikko is not available (%s). Finnish text falls back to Snowball stemming: "
                "no base forms, no compound splitting, no spelling suggestions. "
                "Install the Debian packages libvoikko1 and voikko-fi (make system-packages).",
                reason,
            )
    return None


def _check_version(version: str) -> None:
    try:
        numbers = tuple(int(part) for part in version.split(".")[:2])
    except ValueError:
        return
    if numbers < MIN_VERSION:
        log.warning(
            "libvoikko %s is older than %s; some Finnish base forms will be wrong. "
            "Upgrade the libvoikko1 package.", version, ".".join(map(str, MIN_VERSION)),
        )


def available() -> bool:
    """True if Voikko loads; the first call may take a few tens of milliseconds."""
    if _unavailable is None and not _idle:
        handle = _create()
        if handle is not None:
            _idle.append(handle)
    return _unavailable is None


def unavailable_reason() -> str | None:
    return _unavailable


def analyze(word: str) -> list[dict[str, str]]:
    """All of Voikko's readings of one word; [] if unknown, too long or Voikko is missing."""
    return _with_handle(word, lambda handle: handle.analyze(word))


def suggest(word: str) -> list[str]:
    """Voikko's spelling suggestions for one word, best first; [] if none or Voikko is missing."""
    return _with_handle(word, lambda handle: handle.suggest(word))


def _with_handle(word: str, call):
    """Run `call` on a pooled Voikko handle, returning it to the pool afterwards."""
    if len(word) > MAX_WORD_LENGTH or _unavailable is not None:
        return []
    handle = _borrow()
    if handle is None:
        return []
    try:
        return call(handle)
    finally:
        _idle.append(handle)


def _borrow():
    try:
        return _idle.pop()
    except IndexError:
        return _create()
