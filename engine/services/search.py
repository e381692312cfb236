"""Searching documents by number, issuer, subject and the text of their attachments.

How it works, on both databases alike:

- Text is folded in Python (``validation.fold``: lower case, no diacritics, đ → d) and cut into
  tokens of letters and digits; a document's tokens are kept, joined by spaces, in its
  ``document_search`` row (``index_document``). The query is folded and cut the same way, so the
  indexed words and the searched words always come from the same function.
  Fields are kept apart by a word that is never searched (``SEPARATOR``).
- Each word of the query (text between spaces) is a phrase of its tokens: ``123/UBND-VX`` is
  ``123`` then ``ubnd`` then ``vx``, adjacent, so a number matches whole or by its parts. The
  last token of a phrase matches as a prefix (``chuy`` finds ``chuyển``) unless it is all digits
  (``12`` does not find ``120/UBND``). All phrases must match (AND).
- The query is built from tokens only and each token is quoted, so nothing the user types is
  ever read as search syntax (``"``, ``*``, ``-``, ``NEAR``, ``OR``, ``%``, ``_`` are separators
  or plain words). A query with no letter or digit matches nothing.
- SQLite: an FTS5 index (``document_search_fts``) over the row, kept in step by triggers.
- PostgreSQL: a full-text index (``tsvector``, configuration ``simple``: no stemming, no stop
  words) in a stored generated column ``tsv`` with a GIN index. Chosen over ``unaccent`` +
  ``pg_trgm`` because (1) it has the same semantics as FTS5 — whole tokens, prefix and phrase
  match — so both databases return the same documents; trigrams match substrings, and cannot
  use their index for the two-letter tokens that are common here (``so``, ``vx``, ``12``);
  (2) folding in SQL with ``unaccent`` would be a second folding function that has to agree
  with the Python one used for the query and for SQLite, and ``unaccent``'s rules differ by
  installation (PostgreSQL 15's folds đ; the rules file is configurable); (3) it needs no
  extension, so no superuser to install it.
- The match is part of the same SQL statement as who may see the document and the list's other
  filters, before ordering and paging. Results come newest registration (highest id) first.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from sqlalchemy import Select, column, false, func, literal_column, select, table, text
from sqlalchemy.orm import Session

from ..persistence.models import DocumentSearch, IncomingDocument
from .validation import fold

TOKEN = re.compile(r"[^\W_]+")
# PostgreSQL refuses a tsvector over 1 MB; 150,000 characters of tokens stay below it even when
# every word is distinct and non-Latin (the text is cut, the document and its first pages kept).
MAX_BODY = 150_000
DENSE = 2000  # more matches than this and the list is walked newest first (``matching``, ``_tsv_newest``)
MAX_PHRASES = 16  # a bounded cost per query, whatever is pasted into the box
MAX_TOKEN = 100  # PostgreSQL indexes no word over 2,047 bytes; nobody searches for one
# Between the fields in the indexed text, so that a phrase never spans two of them (the end of the
# number and the start of the issuer); never searched for (``phrases`` drops it).
SEPARATOR = "qqzqq"


def tokens(value: str | None) -> list[str]:
    """The folded letters-and-digits tokens of ``value``."""
    return TOKEN.findall(fold(value)) if value else []


def search_body(document: IncomingDocument, attachment_texts: Iterable[str | None] = ()) -> str:
    """The words of a document as indexed: number, issuer, subject, then attachments' text."""
    parts = [document.number, document.issuer, document.subject, *attachment_texts]
    body = f" {SEPARATOR} ".join(" ".join(words) for words in map(tokens, parts) if words)
    if len(body) > MAX_BODY:
        body = body[:MAX_BODY].rsplit(" ", 1)[0]
    return body


def index_document(session: Session, document: IncomingDocument,
                   attachment_texts: Iterable[str | None] = ()) -> None:
    """Write the document's search row (insert or update); call after any change to its words."""
    body = search_body(document, attachment_texts)
    row = session.get(DocumentSearch, document.id)
    if row is None:
        session.add(DocumentSearch(document_id=document.id, body=body))
    elif row.body != body:
        row.body = body


def phrases(q: str) -> list[list[str]]:
    """The query's words, each as the list of its tokens; words with no token are dropped."""
    found = [t for t in ([w[:MAX_TOKEN] for w in tokens(word) if w != SEPARATOR] for word in q.split()) if t]
    return found[:MAX_PHRASES]


def _prefix(phrase: list[str], i: int) -> bool:
    return i == len(phrase) - 1 and not phrase[i].isdigit()


def fts5_query(found: list[list[str]]) -> str:
    """``"123" + "ubnd" + "vx"* "chuyen"*``: FTS5 phrases of quoted tokens, implicitly ANDed."""
    return " ".join(" + ".join(f'"{t}"' + ("*" if _prefix(p, i) else "") for i, t in enumerate(p))
                    for p in found)


def tsquery(found: list[list[str]]) -> str:
    """``('123' <-> 'ubnd' <-> 'vx':*) & ('chuyen':*)`` for PostgreSQL's to_tsquery."""
    return " & ".join("(" + " <-> ".join(f"'{t}'" + (":*" if _prefix(p, i) else "") for i, t in enumerate(p))
                      + ")" for p in found)


def newest_matching(session: Session, query: Select, q: str | None) -> Select | None:
    """``query`` (of IncomingDocument) narrowed to the documents matching ``q``, newest registration
    (highest id) first; None for a blank ``q``.

    On SQLite the FTS5 index hands out its matches by descending id and the documents are joined
    to them, so a page stops after its last row whether 10 or 100,000 documents match; on
    PostgreSQL see ``_tsv_newest``.
    """
    if q is None or not q.strip():
        return None
    found = phrases(q)
    if not found:
        return query.where(false())
    if session.get_bind().dialect.name == "postgresql":
        return query.where(_tsv_newest(session, found)).order_by(IncomingDocument.id.desc())
    fts = table("document_search_fts", column("rowid"))
    return (query.join(fts, fts.c.rowid == IncomingDocument.id)
            .where(literal_column("document_search_fts").op("MATCH")(fts5_query(found)))
            .order_by(fts.c.rowid.desc()))


def _tsv_newest(session: Session, found: list[list[str]]):
    """PostgreSQL cannot estimate how many documents a prefix query matches (it guessed 1 for
    20,000 and 2,000 for none), and then picks plans that read every row. So we look: up to
    DENSE matches, read through the GIN index, become a list of ids (read by primary key and
    sorted); above it, the documents are walked newest first and each one's own search row is
    tested (a scalar subquery, which the planner cannot turn into a join), so the walk stops at
    the end of the page."""
    query = func.to_tsquery(literal_column("'simple'::regconfig"), tsquery(found))
    first = session.scalars(select(DocumentSearch.document_id).where(
        literal_column("document_search.tsv").op("@@")(query)).limit(DENSE + 1)).all()
    if len(first) <= DENSE:
        return IncomingDocument.id.in_(first)
    # The planner prices the walk at the whole table (it cannot know the page ends early) and
    # would spend ~0.3 s compiling it with JIT; for this transaction only, it does not.
    session.execute(text("SET LOCAL jit = off"))
    own_words = (select(literal_column("document_search.tsv")).select_from(DocumentSearch.__table__)
                 .where(DocumentSearch.document_id == IncomingDocument.id).scalar_subquery())
    return own_words.op("@@")(query)


def _tsv_match(found: list[list[str]]):
    return IncomingDocument.id.in_(select(DocumentSearch.document_id).where(
        literal_column("document_search.tsv").op("@@")(
            func.to_tsquery(literal_column("'simple'::regconfig"), tsquery(found)))))


def matching(session: Session, q: str | None):
    """SQL condition on IncomingDocument for the documents matching ``q``; None for a blank ``q``.
    For lists in another order than ``newest_matching``'s (the audit register)."""
    if q is None or not q.strip():
        return None
    found = phrases(q)
    if not found:
        return false()
    if session.get_bind().dialect.name == "postgresql":
        # PostgreSQL keeps statistics of the tsvector's words, so its planner chooses by itself
        # between the GIN index (rare words) and walking the documents newest first (common ones).
        return _tsv_match(found)
    ids = (select(literal_column("rowid")).select_from(table("document_search_fts"))
           .where(literal_column("document_search_fts").op("MATCH")(fts5_query(found))))
    # SQLite knows nothing of how many documents match, so we look: up to DENSE, the matching
    # documents are read by id and sorted (bounded work); above it, the documents are walked newest
    # first and each is looked up in the matches (``id + 0`` keeps SQLite from driving the query
    # by id), which stops at the first page.
    first = session.scalars(ids.limit(DENSE + 1)).all()
    if len(first) <= DENSE:
        return IncomingDocument.id.in_(first)
    return (IncomingDocument.id + 0).in_(ids)


def highlight(value: str, q: str | None) -> list[tuple[str, bool]]:
    """``value`` cut into pieces, each with whether it is a word that ``q`` searched for (to mark
    them in a list of results); phrases are not checked, only words."""
    wanted = [(t, _prefix(p, i)) for p in phrases(q or "") for i, t in enumerate(p)]
    if not value or not wanted:
        return [(value or "", False)]
    value = unicodedata.normalize("NFC", value)
    pieces: list[tuple[str, bool]] = []
    at = 0
    for match in TOKEN.finditer(value):
        word = fold(match.group())
        if any(word == t or (prefix and word.startswith(t)) for t, prefix in wanted):
            if match.start() > at:
                pieces.append((value[at:match.start()], False))
            pieces.append((match.group(), True))
            at = match.end()
    if at < len(value):
        pieces.append((value[at:], False))
    return pieces
