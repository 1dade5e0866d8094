"""Benchmarks: skills ranking quality and extraction speed (python -m onward.bench)."""
