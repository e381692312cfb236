"""The national interchange (edXML) as use cases: receive packages, act on them, answer with statuses.

``receive`` registers, revokes, updates or replaces from a package, or refuses it; ``outbox``
writes the status packages sent back (01, 02, 03 on receipt; 04, 05, 06 when the routing reaches
them, through ``outbox.routing_reached``). Import the submodules: this package imports nothing,
so the routing can use the outbox without an import cycle.
"""
