"""Tables, database engines, the unit of work and migrations."""
