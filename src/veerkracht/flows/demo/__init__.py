"""The sample journal that demo and the benchmarks build."""
