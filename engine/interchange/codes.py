"""Code lists of QCVN 102:2016/BTTTT and the date formats it writes, mapped to docroute's words."""
from __future__ import annotations

import datetime as dt
import enum
import re

from ..clock import AGENCY_TZ as VN_TZ  # the axis writes Vietnamese local time, without an offset

NS = "http://www.mic.gov.vn/TBT/QCVN_102_2016"


class StatusCode(str, enum.Enum):
    """What a receiver reports back about a document it got (gói tin trạng thái)."""

    ARRIVED = "01"
    REFUSED = "02"
    ACCEPTED = "03"
    ASSIGNED = "04"
    IN_PROGRESS = "05"
    FINISHED = "06"
    TAKE_BACK_REQUESTED = "13"
    CHANGE_AGREED = "15"
    CHANGE_REFUSED = "16"

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]


STATUS_LABELS = {
    StatusCode.ARRIVED: "Đã đến",
    StatusCode.REFUSED: "Từ chối tiếp nhận",
    StatusCode.ACCEPTED: "Đã tiếp nhận, vào sổ văn bản đến",
    StatusCode.ASSIGNED: "Đã phân công xử lý",
    StatusCode.IN_PROGRESS: "Đang xử lý",
    StatusCode.FINISHED: "Hoàn thành xử lý",
    StatusCode.TAKE_BACK_REQUESTED: "Yêu cầu lấy lại văn bản",
    StatusCode.CHANGE_AGREED: "Đồng ý cập nhật, lấy lại",
    StatusCode.CHANGE_REFUSED: "Từ chối cập nhật, lấy lại",
}

# A status that says no, or asks for something back, must say why.
REASON_REQUIRED = frozenset({StatusCode.REFUSED, StatusCode.TAKE_BACK_REQUESTED, StatusCode.CHANGE_REFUSED})


class BusinessDocType(int, enum.Enum):
    """TraceHeaderList/Bussiness/BussinessDocType: what the package does to the document."""

    NEW = 0
    REVOKE = 1
    UPDATE = 2
    REPLACE = 3

    @property
    def label(self) -> str:
        return {0: "Văn bản mới", 1: "Thu hồi", 2: "Cập nhật", 3: "Thay thế"}[self.value]


# OtherInfo/Priority → docroute urgency (domain.Urgency values).
PRIORITY_URGENCY = {0: "normal", 1: "khan", 2: "thuong_khan", 3: "hoa_toc"}


def normalize_status_code(raw: str | None) -> str | None:
    """``"1"`` and ``"01"`` are the same code; keep unknown codes as written."""
    if raw is None or not raw.strip():
        return None
    raw = raw.strip()
    return raw.zfill(2) if raw.isdigit() and len(raw) < 2 else raw


_DATE = re.compile(r"^(\d{4})[/-](\d{1,2})[/-](\d{1,2})$")
_DATE_DMY = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
_TIME = re.compile(r"^(?P<d>\S+)(?:[ T](?P<h>\d{1,2}):(?P<m>\d{2})(?::(?P<s>\d{2}))?)?$")


def parse_date(raw: str | None) -> dt.date | None:
    """``yyyy/MM/dd`` as the standard writes it (also ``yyyy-MM-dd``, ``dd/MM/yyyy``); None if not a date."""
    if not raw or not raw.strip():
        return None
    raw = raw.strip()
    m = _DATE.match(raw)
    if m:
        y, mo, d = (int(x) for x in m.groups())
    else:
        m = _DATE_DMY.match(raw)
        if not m:
            return None
        d, mo, y = (int(x) for x in m.groups())
    try:
        return dt.date(y, mo, d)
    except ValueError:
        return None


def parse_timestamp(raw: str | None) -> dt.datetime | None:
    """``yyyy/MM/dd HH:mm:ss`` (Vietnamese time) → aware datetime at +07:00; None if unreadable."""
    if not raw or not raw.strip():
        return None
    m = _TIME.match(raw.strip())
    if not m:
        return None
    day = parse_date(m["d"])
    if day is None:
        return None
    try:
        clock = dt.time(int(m["h"] or 0), int(m["m"] or 0), int(m["s"] or 0))
    except ValueError:
        return None
    return dt.datetime.combine(day, clock, tzinfo=VN_TZ)


def format_date(value: dt.date) -> str:
    return f"{value.year:04d}/{value.month:02d}/{value.day:02d}"


def format_timestamp(value: dt.datetime) -> str:
    """Aware datetimes are converted to Vietnamese time; naive ones are taken as already local."""
    if value.tzinfo is not None:
        value = value.astimezone(VN_TZ)
    return value.strftime("%Y/%m/%d %H:%M:%S")


def split_document_id(raw: str | None) -> tuple[str, dt.date | None, str] | None:
    """``000.00.00.G22,2015/09/30,7816/VPCP-TTĐT`` → (organ id, date, number); None for other shapes (UUIDs)."""
    parts = [p.strip() for p in (raw or "").split(",")]
    if len(parts) != 3 or not parts[0] or not parts[2]:
        return None
    return parts[0], parse_date(parts[1]), parts[2]
