"""WTForms classes of the web UI. They check the shape of what people type; the engine checks the
rules that need the database. Choices (departments, people) are passed into ``__init__``."""
