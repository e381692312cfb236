"""The BPMN processes of ``workflows/bpmn/``, parsed once, checked, and stored once per version."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from lxml import etree
from SpiffWorkflow.spiff.parser.process import SpiffBpmnParser

from ..domain import Role
from .timers import use_deadline_timers

MAX_BPMN_BYTES = 2 * 1024 * 1024
_SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


@dataclass(frozen=True)
class UserTaskRule:
    """What the diagram says about a user task: who holds it and where its due date comes from."""

    step: str
    role: str
    assignee_var: str | None
    due_var: str | None


@dataclass
class ProcessDefinition:
    process_id: str
    spec: object
    checksum: str
    user_tasks: dict[str, UserTaskRule]


class SpecLibrary:
    """Parses every ``*.bpmn`` file in a folder; the processes are looked up by id."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self.processes: dict[str, ProcessDefinition] = {}
        self._load()

    def _load(self) -> None:
        files = sorted(self.folder.glob("*.bpmn"))
        if not files:
            raise RuntimeError(f"no BPMN files in {self.folder}")
        for path in files:
            raw = path.read_bytes()
            if len(raw) > MAX_BPMN_BYTES:
                raise RuntimeError(f"{path.name} is larger than {MAX_BPMN_BYTES} bytes")
            tree = etree.fromstring(raw, parser=_SAFE_PARSER).getroottree()
            parser = SpiffBpmnParser()
            parser.add_bpmn_xml(tree, filename=path.name)
            checksum = hashlib.sha256(raw).hexdigest()
            for process_id in parser.get_process_ids():
                spec = parser.get_spec(process_id)
                use_deadline_timers(spec)
                self.processes[process_id] = ProcessDefinition(
                    process_id, spec, checksum, _user_task_rules(spec)
                )

    def get(self, process_id: str) -> ProcessDefinition:
        return self.processes[process_id]


def _user_task_rules(spec) -> dict[str, UserTaskRule]:
    rules = {}
    roles = {r.value for r in Role}
    for name, task_spec in spec.task_specs.items():
        if not getattr(task_spec, "manual", False):
            continue
        props = (getattr(task_spec, "extensions", None) or {}).get("properties", {})
        role = props.get("role")
        if role not in roles:
            raise RuntimeError(f"user task {name!r} needs a 'role' property, one of {sorted(roles)}")
        # ``step``: the task rows' step when it differs from the diagram id (two lanes, one step).
        rules[name] = UserTaskRule(props.get("step", name), role, props.get("assignee"), props.get("due_date"))
    return rules
