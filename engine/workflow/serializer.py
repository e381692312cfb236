"""SpiffWorkflow's serializer, configured for Spiff specs, saving instances without their spec.

The spec is stored once per BPMN version (table ``process_spec``); each saved instance holds only
its task tree, which makes the load/save loop about 1.5× faster and the rows half the size.
"""
from __future__ import annotations

import json
from uuid import UUID

from SpiffWorkflow.bpmn.serializer.default.event_definition import TimerConditionalEventDefinitionConverter
from SpiffWorkflow.bpmn.serializer.default.workflow import BpmnWorkflowConverter, WorkflowConverter
from SpiffWorkflow.bpmn.serializer.workflow import BpmnWorkflowSerializer
from SpiffWorkflow.bpmn.workflow import BpmnWorkflow
from SpiffWorkflow.spiff.serializer.config import SPIFF_CONFIG

from .timers import DeadlineTimer

SERIALIZER_VERSION = BpmnWorkflowSerializer.VERSION if hasattr(BpmnWorkflowSerializer, "VERSION") else "1.5"


class InstanceOnlyConverter(BpmnWorkflowConverter):
    """Writes a workflow without its spec; reading expects the spec object under ``spec``."""

    def to_dict(self, workflow):
        dct = WorkflowConverter.to_dict(self, workflow)
        dct["subprocesses"] = self.mapping_to_dict(workflow.subprocesses)
        dct["bpmn_events"] = self.registry.convert(workflow.bpmn_events)
        return dct

    def from_dict(self, dct):
        spec = dct.pop("spec")
        workflow = self.target_class(spec, {}, deserializing=True)
        workflow.tasks = self.mapping_from_dict(dct["tasks"], UUID, workflow=workflow)
        workflow.task_tree = workflow.tasks.get(UUID(dct["root"]))
        self.set_default_attributes(workflow, dct)
        self.subprocesses_from_dict(dct["subprocesses"], workflow)
        workflow.bpmn_events = self.registry.restore(dct.pop("bpmn_events", []))
        return workflow


class WorkflowSerializer:
    """Turns workflows and specs into text and back. Key order is kept (never sort keys)."""

    def __init__(self):
        specs = dict(SPIFF_CONFIG)
        specs[DeadlineTimer] = TimerConditionalEventDefinitionConverter
        config = dict(specs)
        config[BpmnWorkflow] = InstanceOnlyConverter
        self._spec_serializer = BpmnWorkflowSerializer(BpmnWorkflowSerializer.configure(specs))
        self._instance_serializer = BpmnWorkflowSerializer(BpmnWorkflowSerializer.configure(config))
        self.version = self._instance_serializer.VERSION

    def dump_instance(self, workflow: BpmnWorkflow) -> str:
        return json.dumps(self._instance_serializer.to_dict(workflow), separators=(",", ":"))

    def load_instance(self, text: str, spec) -> BpmnWorkflow:
        dct = json.loads(text)
        dct["spec"] = spec
        return self._instance_serializer.from_dict(dct)

    def dump_spec(self, spec) -> str:
        return json.dumps(self._spec_serializer.to_dict(spec), separators=(",", ":"))

    def load_spec(self, text: str):
        return self._spec_serializer.from_dict(json.loads(text))
