"""docroute's test suite; a package so that tests import helpers as ``tests.factories`` and ``tests.support``."""
