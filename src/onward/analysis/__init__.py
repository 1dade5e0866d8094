"""Onward's analysis engine: pure Python, no Django, no settings, no network.

Inputs are strings, bytes and dataclasses; outputs are frozen dataclasses that carry
their own explanation (reasons, evidence, spans, scores).
"""
