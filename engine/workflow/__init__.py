"""SpiffWorkflow execution: the spec library, the serializer, the runtime."""
