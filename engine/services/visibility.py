"""Who may read a document (api.md): overseers always; departments named in it; delegated users.

A confidential document (mật and above) is read only by overseers, the heads of its
departments and the users it was delegated to.
"""
from __future__ import annotations

from sqlalchemy import and_, exists, or_, select, true

from ..domain import OVERSEEING_ROLES, Confidentiality, Role
from ..persistence.models import DocumentAccess, DocumentDepartment, IncomingDocument, User


def _visible_to_one(user: User):
    if user.roles & OVERSEEING_ROLES:
        return true()
    delegated = exists().where(DocumentAccess.document_id == IncomingDocument.id,
                               DocumentAccess.user_id == user.id)
    in_department = exists().where(DocumentDepartment.document_id == IncomingDocument.id,
                                   DocumentDepartment.department_id == user.department_id)
    normal = IncomingDocument.confidentiality == Confidentiality.NORMAL.value
    if Role.HEAD.value in user.roles:
        return or_(delegated, in_department)
    return or_(delegated, and_(normal, in_department))


def visible_to(user: User, principals: list[User] | tuple = ()):
    """SQL condition on IncomingDocument for the documents ``user`` may see; a stand-in also sees,
    while the period runs, what the people they stand in for (``principals``) see."""
    if user.roles & OVERSEEING_ROLES or not principals:
        return _visible_to_one(user)
    return or_(*[_visible_to_one(person) for person in (user, *principals)])


def can_see(session, user: User, document: IncomingDocument, principals: list[User] | tuple = ()) -> bool:
    if user.roles & OVERSEEING_ROLES:
        return True
    query = select(IncomingDocument.id).where(IncomingDocument.id == document.id, visible_to(user, principals))
    return session.scalar(query) is not None
