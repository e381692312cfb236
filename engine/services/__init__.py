"""Use cases, one small function each, grouped by area. Services flush; the caller commits."""
