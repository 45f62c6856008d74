"""Runs the shared contract (contract.py) against every backend in conftest.BACKENDS."""

from contract import BackendContract


class TestBackendContract(BackendContract):
    pass
