"""Plain domain vocabulary shared by every layer: roles, marks, statuses, steps."""
from __future__ import annotations

import enum


class Role(str, enum.Enum):
    CLERK = "clerk"
    LEADER = "leader"
    HEAD = "head"
    STAFF = "staff"
    AUDITOR = "auditor"
    ADMIN = "admin"


class Urgency(str, enum.Enum):
    NORMAL = "normal"
    KHAN = "khan"
    THUONG_KHAN = "thuong_khan"
    HOA_TOC = "hoa_toc"

    @property
    def rank(self) -> int:
        """Higher is more urgent; inboxes sort on it."""
        return list(Urgency).index(self)


class Confidentiality(str, enum.Enum):
    NORMAL = "normal"
    MAT = "mat"
    TOI_MAT = "toi_mat"
    TUYET_MAT = "tuyet_mat"


class Register(str, enum.Enum):
    """The incoming registers an agency keeps, each numbered from 1 every year (NĐ 30, art. 22)."""

    GENERAL = "general"  # Sổ đăng ký văn bản đến (thường)
    CONFIDENTIAL = "confidential"  # Sổ đăng ký văn bản đến mật

    @classmethod
    def for_confidentiality(cls, confidentiality: str) -> "Register":
        """Mật, tối mật and tuyệt mật documents go to the confidential register by default."""
        return cls.GENERAL if confidentiality == Confidentiality.NORMAL.value else cls.CONFIDENTIAL


class DocumentStatus(str, enum.Enum):
    ASSIGNING = "assigning"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    FILED = "filed"
    REVOKED = "revoked"  # the sender took it back (edXML revoke)
    REPLACED = "replaced"  # the sender sent another document in its place (edXML replace)


class TaskState(str, enum.Enum):
    OPEN = "open"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class DepartmentRole(str, enum.Enum):
    """How a department takes part in a document's handling (the leader's direction)."""

    LEAD = "lead"
    CO = "co"
    INFO = "info"


class NotificationKind(str, enum.Enum):
    TASK = "task"
    INFO = "info"
    REMINDER = "reminder"
    OVERDUE = "overdue"
    RETURNED = "returned"
    COMPLETED = "completed"
    EXTENSION = "extension"  # an extension (gia hạn) to decide, or the decision on one's request
    RECALLED = "recalled"  # a leader recalled the document: the holder's task was cancelled


# Roles that see every document (NĐ 30: the registry, the leadership, the inspectors).
OVERSEEING_ROLES = frozenset({Role.CLERK.value, Role.LEADER.value, Role.AUDITOR.value})

# The steps of workflows/bpmn/; the engine reads the rest (role, assignee, due date) off the diagram.
STEPS = ("assign", "delegate", "propose", "review", "approve", "report")
