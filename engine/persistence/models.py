"""All mapped classes, for Alembic and for callers that want one import."""
from .attachments import Attachment
from .base import Base
from .extensions import ExtensionRequest
from .documents import DocumentAccess, DocumentDepartment, IncomingCounter, IncomingDocument
from .history import HistoryEvent, Notification
from .interchange import InterchangePackage, InterchangeStatus
from .mail import DeliveryState, MailDelivery
from .organisation import Department, Organization, User, UserRole
from .report_duties import ReportDuty
from .search import DocumentSearch
from .standins import StandIn
from .workflow import ProcessSpec, Task, WorkflowInstance, WorkflowTimer

__all__ = [
    "Attachment", "Base", "DeliveryState", "Department", "ExtensionRequest", "DocumentAccess",
    "DocumentDepartment", "DocumentSearch", "HistoryEvent", "IncomingCounter", "IncomingDocument", "MailDelivery",
    "Notification", "Organization", "ProcessSpec", "ReportDuty", "StandIn", "Task", "User", "UserRole", "WorkflowInstance",
    "WorkflowTimer",
    "InterchangePackage", "InterchangeStatus",
]
