"""The registers through the API: JSON pages, or the whole filtered register as CSV or PDF."""
from __future__ import annotations

from flask import g, jsonify, request

from engine.errors import ValidationFailed
from engine.services import registers

from .. import register_books as books
from ..context import uow
from . import bp

KINDS = {"incoming": "incoming", "follow-up": "follow_up"}
FORMATS = ("json", "csv", "pdf")


@bp.get("/registers/<any(incoming, 'follow-up'):kind>")
def register_book(kind: str):
    kind = KINDS[kind]
    work = uow()
    registers.check_readable(g.api_user)  # 403 before 422
    fmt = request.args.get("format") or "json"
    if fmt not in FORMATS:
        raise ValidationFailed({"format": ["Giá trị không hợp lệ; chọn một trong: json, csv, pdf."]})
    flt = registers.check_filter(work, request.args.to_dict())
    if fmt == "csv":
        return books.csv_response(kind, flt, registers.iter_register(work, g.api_user, flt))
    if fmt == "pdf":
        return books.pdf_response(work, g.api_user, kind, flt)
    limit = request.args.get("limit", 100, type=int) or 100
    limit = min(limit, 500) if limit > 0 else 100
    offset = max(0, min(request.args.get("offset", 0, type=int) or 0, 2**31 - 1))
    rows = registers.register_page(work, g.api_user, flt, limit=limit + 1, offset=offset)
    return jsonify({
        "kind": kind, "register": flt.register, "year": flt.year,
        "from": flt.date_from.isoformat() if flt.date_from else None,
        "to": flt.date_to.isoformat() if flt.date_to else None,
        "limit": limit, "offset": offset, "has_more": len(rows) > limit,
        "rows": [books.row_json(kind, r) for r in rows[:limit]],
    })
