"""Errors the toolkit raises, each with the exit code the CLI turns it into.

The library raises these and never imports click; ``quotes.cli`` maps them to
``Error: …`` on stderr and ``exit_code`` in one place.
"""
from __future__ import annotations


class QuotesError(Exception):
    """Base of every error the toolkit reports to a user."""

    exit_code = 1


class InputError(QuotesError):
    """An input file is missing, unreadable, binary or undecodable."""

    exit_code = 1


class UnknownLanguage(QuotesError, ValueError):
    """A language code the toolkit does not support."""

    exit_code = 2


class ArchiveRejected(QuotesError):
    """A model archive failed validation; nothing was installed."""

    exit_code = 1


class ModelUnsupported(QuotesError):
    """An installed model needs something this engine does not run (e.g. BPE)."""

    exit_code = 1


class ModelMissing(QuotesError):
    """No installed model translates the requested direction."""

    exit_code = 3


class NetworkUnavailable(QuotesError):
    """The package index or a download could not be reached."""

    exit_code = 4


class Interrupted(QuotesError):
    """The user stopped a run (Ctrl-C); what was written so far is complete."""

    exit_code = 130
