"""docroute's engine: routing incoming documents with SpiffWorkflow. Never imports Flask."""
from .app import Docroute
from .clock import Clock, FixedClock
from .config import Settings
from .errors import (Conflict, DocrouteError, DuplicateDocument, Forbidden, NotFound, PayloadTooLarge,
                     ValidationFailed)

__all__ = ["Clock", "Conflict", "DocrouteError", "Docroute", "DuplicateDocument", "FixedClock",
           "Forbidden", "NotFound", "PayloadTooLarge", "Settings", "ValidationFailed"]
