"""docroute benchmarks: python -m bench.run [--quick] [--postgres URL] (see docs/benchmarks.md)."""
