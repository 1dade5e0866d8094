"""Skill extraction: vocabulary, matching and gaps, all framework-free."""
