"""The documents a user may see (search, status filter) and one document's page."""
from __future__ import annotations

from flask import render_template, request
from flask_login import current_user, login_required

from engine.services import documents as documents_service
from forms.documents import SearchForm

from ..context import uow
from . import bp
from .record import load_page

PAGE_SIZE = 50


@bp.get("/documents")
@login_required
def documents():
    form = SearchForm(request.args)
    page = max(request.args.get("page", 1, type=int) or 1, 1)
    found = documents_service.list_documents(
        uow(), current_user, q=form.q.data or None, status=form.status.data or None,
        limit=PAGE_SIZE + 1, offset=(page - 1) * PAGE_SIZE)
    return render_template("documents.html", form=form, documents=found[:PAGE_SIZE], page=page,
                           has_next=len(found) > PAGE_SIZE)


@bp.get("/documents/<int:document_id>")
@login_required
def document(document_id: int):
    return render_template("document.html", page=load_page(uow(), document_id), today=uow().clock.today(),
                           view_id=request.args.get("view", type=int))


@bp.get("/documents/<int:document_id>/slip")
@login_required
def slip(document_id: int):
    """The handling slip (Phiếu giải quyết văn bản đến, NĐ 30/2020) filled from the record, to print."""
    return render_template("slip.html", page=load_page(uow(), document_id))
