"""Stores each BPMN process once per version, so saved instances need not carry their spec."""
from __future__ import annotations

from sqlalchemy import select

from ..persistence.models import ProcessSpec
from ..persistence.uow import UnitOfWork


def current_spec_id(uow: UnitOfWork, process_id: str) -> int:
    """The id of the stored spec for the library's current version of ``process_id``."""
    runtime = uow.runtime
    cached = runtime.current_spec_ids.get(process_id)
    if cached is not None:
        return cached
    definition = runtime.library.get(process_id)
    row = uow.session.scalar(select(ProcessSpec).where(
        ProcessSpec.process_id == process_id, ProcessSpec.checksum == definition.checksum))
    if row is None:
        row = ProcessSpec(process_id=process_id, checksum=definition.checksum,
                          serialized=runtime.serializer.dump_spec(definition.spec),
                          serializer_version=runtime.serializer.version, created_at=uow.clock.now())
        uow.session.add(row)
        uow.session.flush()
    runtime.register_spec_id(row.id, definition.spec)
    runtime.current_spec_ids[process_id] = row.id
    return row.id


def spec_of(uow: UnitOfWork, spec_id: int):
    """The spec object an instance was started with (older versions are read from the table)."""
    return uow.runtime.spec_for(
        spec_id, lambda: uow.session.scalar(select(ProcessSpec.serialized).where(ProcessSpec.id == spec_id)))
