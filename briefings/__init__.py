"""Briefing core: sources → articles → per-topic digests."""
