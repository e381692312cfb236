"""Saved workflow instances, process specs stored once, and the indexed open-task rows."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, UTCDateTime
from .organisation import Department, User


class ProcessSpec(Base):
    """A parsed BPMN process, serialized once and shared by every instance made from it."""

    __tablename__ = "process_spec"
    __table_args__ = (UniqueConstraint("process_id", "checksum"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    process_id: Mapped[str] = mapped_column(String(64))
    checksum: Mapped[str] = mapped_column(String(64))
    serialized: Mapped[str] = mapped_column(Text)
    serializer_version: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class WorkflowInstance(Base):
    """One running BPMN instance: the document's routing, or one department's handling.

    ``state`` is SpiffWorkflow's serializer output without the spec, kept as text: key order
    matters to the serializer, so never jsonb.
    """

    __tablename__ = "workflow_instance"
    __table_args__ = (Index("ix_workflow_instance_doc", "document_id", "process_id", "status"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("incoming_document.id", ondelete="CASCADE"))
    process_id: Mapped[str] = mapped_column(String(64))
    spec_id: Mapped[int] = mapped_column(ForeignKey("process_spec.id"))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("workflow_instance.id"))
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"))
    status: Mapped[str] = mapped_column(String(16), default="open")
    outcome: Mapped[str | None] = mapped_column(String(32))
    ready: Mapped[bool] = mapped_column(default=False)
    state: Mapped[str] = mapped_column(Text)
    serializer_version: Mapped[str] = mapped_column(String(16))
    version: Mapped[int] = mapped_column(default=1)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())

    department: Mapped[Department | None] = relationship(lazy="joined")
    __mapper_args__ = {"version_id_col": version}


class Task(Base):
    """A user task of a workflow instance; open rows are what every inbox and count reads."""

    __tablename__ = "task"
    __table_args__ = (
        Index("ix_task_assignee_open", "assignee_id", "state", "due_date"),
        Index("ix_task_candidates_open", "candidate_role", "department_id", "state", "due_date"),
        Index("ix_task_instance_state", "instance_id", "state"),
        Index("ix_task_document_state", "document_id", "state"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("incoming_document.id", ondelete="CASCADE"))
    instance_id: Mapped[int] = mapped_column(ForeignKey("workflow_instance.id", ondelete="CASCADE"))
    spiff_task_id: Mapped[str] = mapped_column(String(36))
    step: Mapped[str] = mapped_column(String(32))
    candidate_role: Mapped[str] = mapped_column(String(16))
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"))
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    state: Mapped[str] = mapped_column(String(16), default="open")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    completed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    completed_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    version: Mapped[int] = mapped_column(default=1)

    department: Mapped[Department | None] = relationship(lazy="joined")
    assignee: Mapped[User | None] = relationship(lazy="joined", foreign_keys=[assignee_id])
    __mapper_args__ = {"version_id_col": version}


class WorkflowTimer(Base):
    """A deadline timer waiting in a workflow instance, kept as a row so a worker finds due ones by index.

    Written in the same transaction as the instance's state: a row is ``waiting`` exactly while the
    timer waits in the saved workflow, then ``fired`` or ``cancelled`` (its task finished first).
    """

    __tablename__ = "workflow_timer"
    __table_args__ = (
        Index("ix_workflow_timer_due", "state", "fire_at"),
        Index("ix_workflow_timer_instance", "instance_id", "state"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("incoming_document.id", ondelete="CASCADE"))
    instance_id: Mapped[int] = mapped_column(ForeignKey("workflow_instance.id", ondelete="CASCADE"))
    spiff_task_id: Mapped[str] = mapped_column(String(36))
    watched_spiff_id: Mapped[str | None] = mapped_column(String(36))
    event: Mapped[str] = mapped_column(String(64))
    fire_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    state: Mapped[str] = mapped_column(String(16), default="waiting")
    fired_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
