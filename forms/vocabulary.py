"""The words people read for the engine's codes (urgency, status, steps…), translatable.

English message ids; the Vietnamese catalogue in webapp/translations gives what users see by default.
"""
from __future__ import annotations

from flask_babel import lazy_gettext as _l

URGENCY = {
    "normal": _l("Normal"),
    "khan": _l("Urgent"),
    "thuong_khan": _l("Very urgent"),
    "hoa_toc": _l("Immediate"),
}
CONFIDENTIALITY = {
    "normal": _l("Not confidential"),
    "mat": _l("Confidential"),
    "toi_mat": _l("Secret"),
    "tuyet_mat": _l("Top secret"),
}
STATUS = {
    "assigning": _l("Awaiting direction"),
    "in_progress": _l("In progress"),
    "completed": _l("Completed"),
    "filed": _l("Filed"),
    "revoked": _l("Revoked by the sender"),
    "replaced": _l("Replaced by the sender"),
}
STEP = {
    "register": _l("Registration"),
    "assign": _l("Direction and assignment"),
    "delegate": _l("Assignment to an officer"),
    "propose": _l("Drafting the proposal"),
    "review": _l("Reviewing the proposal"),
    "approve": _l("Approving the result"),
    "interchange": _l("National interchange"),
    "deadline": _l("Deadline follow-up"),
    "extension": _l("Extension"),


    "attach": _l("Files added"),
    "recall": _l("Recall"),
    "redelegate": _l("Re-assignment"),
    "report": _l("Recurring report"),
    "report_duty": _l("Recurring report duty"),
}
# A task's name where it differs from its step's name in the history (the decision on more time).
TASK_STEP = {**STEP, "extension": _l("Extension decision")}
ACTION = {
    "register": _l("registered the document"),
    "assign": _l("directed and assigned"),
    "file": _l("filed without handling"),
    "delegate": _l("assigned an officer"),
    "return": _l("returned"),
    "propose": _l("submitted a proposal"),
    "approve": _l("approved"),
    "receive": _l("received the package from the interchange"),
    "revoke": _l("recorded the sender's revocation"),
    "update": _l("recorded the sender's update"),
    "replaced": _l("recorded that another document replaces this one"),
    "replaces": _l("recorded that this document replaces an earlier one"),
    "reminder": _l("reminded the holders that the deadline is near"),
    "overdue": _l("told the holders that the task is overdue"),
    "escalation": _l("told the head and the leader that the department is late"),
    "request": _l("asked for more time"),
    "granted": _l("granted more time"),
    "refused": _l("refused more time"),
    "lapsed": _l("the request for more time lapsed: the task was closed first"),


    "attach": _l("attached files"),
    "recall": _l("recalled the document"),
    "redelegate": _l("re-assigned the proposal"),
    "submit": _l("submitted the recurring report"),
    "set": _l("set a recurring report duty"),
    "end": _l("ended the recurring report duty"),
}
ROLE = {
    "clerk": _l("Clerk"),
    "leader": _l("Leader"),
    "head": _l("Head of department"),
    "staff": _l("Officer"),
    "auditor": _l("Auditor"),
    "admin": _l("Administrator"),
}
DEPARTMENT_ROLE = {
    "lead": _l("Lead"),
    "co": _l("Co-handling"),
    "info": _l("For information"),
}
NOTIFICATION_KIND = {
    "task": _l("New task"),
    "info": _l("For information"),
    "reminder": _l("Deadline near"),
    "overdue": _l("Overdue"),
    "returned": _l("Returned to you"),
    "completed": _l("Completed"),
    "extension": _l("Extension"),
    "recalled": _l("Recalled"),
}
# Common document types (NĐ 30/2020, Phụ lục III). The stored value is the Vietnamese type name.
DOC_TYPES = {
    "Công văn": _l("Official letter"),
    "Kế hoạch": _l("Plan"),
    "Báo cáo": _l("Report"),
    "Quyết định": _l("Decision"),
    "Thông báo": _l("Notice"),
    "Giấy mời": _l("Invitation"),
    "Tờ trình": _l("Submission"),
    "Chỉ thị": _l("Directive"),
    "Nghị quyết": _l("Resolution"),
    "Khác": _l("Other"),
}
# What became of a package received from the national interchange.
PACKAGE_OUTCOME = {
    "registered": _l("Registered"),
    "revoked": _l("Revoked the earlier document"),
    "updated": _l("Updated the earlier document"),
    "refused": _l("Refused"),
}
# Status packages sent back to the sender (QCVN 102:2016).
INTERCHANGE_STATUS = {
    "01": _l("Arrived"),
    "02": _l("Refused"),
    "03": _l("Accepted and registered"),
    "04": _l("Assigned"),
    "05": _l("In progress"),
    "06": _l("Finished"),
    "13": _l("Take-back requested"),
    "15": _l("Update or take-back agreed"),
    "16": _l("Update or take-back refused"),
}
LANGUAGES = {
    "vi": _l("Vietnamese"),
    "en": _l("English"),
    "fr": _l("French"),
    "zh": _l("Chinese"),
    "lo": _l("Lao"),
    "km": _l("Khmer"),
    "other": _l("Other"),
}
# The register a document goes to; empty: chosen from its confidentiality.
REGISTERS = {
    "general": _l("Ordinary documents"),
    "confidential": _l("Confidential documents"),
}
# Recurring report duties (báo cáo định kỳ): how often a report falls due (engine/report_periods.py).
REPORT_PERIOD = {
    "monthly": _l("Monthly"),
    "quarterly": _l("Quarterly"),
    "half_yearly": _l("Every six months"),
    "yearly": _l("Yearly"),
}
