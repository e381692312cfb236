"""edXML package files become the document's attachments, in the one file store.

Until now a received package and the files decoded from it were written under
``<data dir>/interchange/packages/<id>/`` and listed in ``interchange_package.files``. From here on
they are ``attachment`` rows (``attachment.package_id`` names the package they came in) with their
bytes in the content-addressed store, so they show and download like other files and their text is
searched. This revision moves what the old folder holds: each file of a registered or acted-on
package is checked by content (a file whose kind is not kept stays inside the package file, which
is), put into the store, given a row with its text, and its document is re-indexed; refused
packages' files are dropped (the sender has them; the row keeps the header, hash and reason).
The old files go once every row is written.

Revision ID: 0004_intake_package_attachments
Revises: 0003_edxml_package_files
"""
from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path
from types import SimpleNamespace

from alembic import op
import sqlalchemy as sa


revision = "0004_intake_package_attachments"
down_revision = "0003_edxml_package_files"
branch_labels = None
depends_on = ("0002_attachments", "0002_search_index")

log = logging.getLogger("alembic.runtime.migration")
ATTACHMENT = sa.table(
    "attachment", sa.column("document_id"), sa.column("task_id"), sa.column("step"), sa.column("original_name"),
    sa.column("safe_name"), sa.column("media_type"), sa.column("size"), sa.column("sha256"),
    sa.column("uploaded_by_id"), sa.column("uploaded_at"), sa.column("text"), sa.column("package_id"))


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":  # a plain ADD COLUMN: no copy of a table other rows refer to
        op.execute("ALTER TABLE attachment ADD COLUMN package_id INTEGER REFERENCES interchange_package (id)")
    else:
        op.add_column("attachment", sa.Column("package_id", sa.Integer(), nullable=True))
        op.create_foreign_key("fk_attachment_package_id_interchange_package", "attachment",
                              "interchange_package", ["package_id"], ["id"])
    op.create_index("ix_attachment_package", "attachment", ["package_id"], unique=False)
    packages = bind.execute(sa.text(
        "SELECT id, document_id, target_document_id, outcome, files, received_by_id, received_at "
        "FROM interchange_package WHERE files <> '[]' ORDER BY id")).all()
    old_files = _move(bind, packages, _data_dir()) if packages else []
    op.drop_column("interchange_package", "files")
    for path in old_files:
        path.unlink(missing_ok=True)
        for folder in (path.parent, path.parent.parent):
            try:
                folder.rmdir()
            except OSError:  # not empty
                pass


def _data_dir() -> Path:
    given = op.get_context().config.attributes.get("data_dir") if op.get_context().config else None
    if given is not None:
        return Path(given)
    from engine.config import Settings

    return Settings.from_env().data_dir


def _move(bind, packages, data_dir: Path) -> list[Path]:
    """Rows and stored files for the packages' files; the old paths, to remove after."""
    from engine.files import FileStore, kinds
    from engine.files.names import safe_name, with_suffix
    from engine.files.reading import attachment_text
    from engine.files.store import StagedFile

    store = FileStore(data_dir)
    old, documents = [], set()
    for package in packages:
        document_id = package.document_id or package.target_document_id
        for index, entry in enumerate(json.loads(package.files or "[]")):
            path = data_dir / entry["path"]
            old.append(path)
            if document_id is None or not path.is_file():
                continue
            name = safe_name(entry.get("name"))
            kind = kinds.EDXML if index == 0 else kinds.detect(path, office=True, name=name)
            if kind is None:
                log.info("package %s: %s is not a kind kept as an attachment", package.id, name)
                continue
            staged = StagedFile(path, entry.get("name") or name, with_suffix(name, kind.suffix), kind,
                                path.stat().st_size, _sha256(path), keep_source=True)
            staged.text = attachment_text(staged)
            store.put(staged)
            bind.execute(ATTACHMENT.insert().values(
                document_id=document_id, task_id=None, step="register" if package.outcome == "registered" else
                "interchange", original_name=staged.original_name[:255], safe_name=staged.safe_name,
                media_type=kind.media_type, size=staged.size, sha256=staged.sha256,
                uploaded_by_id=package.received_by_id, uploaded_at=package.received_at, text=staged.text,
                package_id=package.id))
            documents.add(document_id)
    for document_id in sorted(documents):
        _reindex(bind, document_id)
    return old


def _reindex(bind, document_id: int) -> None:
    from engine.services.search import search_body

    doc = bind.execute(sa.text("SELECT number, issuer, subject FROM incoming_document WHERE id = :id"),
                       {"id": document_id}).one()
    texts = bind.execute(sa.text("SELECT text FROM attachment WHERE document_id = :id ORDER BY id"),
                         {"id": document_id}).scalars().all()
    body = search_body(SimpleNamespace(number=doc.number, issuer=doc.issuer, subject=doc.subject), texts)
    if bind.execute(sa.text("UPDATE document_search SET body = :body WHERE document_id = :id"),
                    {"body": body, "id": document_id}).rowcount == 0:
        bind.execute(sa.text("INSERT INTO document_search (document_id, body) VALUES (:id, :body)"),
                     {"id": document_id, "body": body})


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


def downgrade() -> None:
    op.add_column("interchange_package", sa.Column("files", sa.Text(), nullable=False, server_default="[]"))
    op.drop_index("ix_attachment_package", table_name="attachment")
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.drop_column("package_id")
