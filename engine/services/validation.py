"""Field checks shared by the use cases; messages are in Vietnamese because users read them."""
from __future__ import annotations

import datetime as dt
import unicodedata

from ..errors import ValidationFailed

REQUIRED = "Trường này là bắt buộc."


class Errors:
    """Collects field errors; ``raise_if_any`` ends the use case before anything is written."""

    def __init__(self) -> None:
        self.errors: dict[str, list[str]] = {}

    def add(self, field: str, message: str) -> None:
        self.errors.setdefault(field, []).append(message)

    def __contains__(self, field: str) -> bool:
        return field in self.errors

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationFailed(self.errors)


def text(errors: Errors, data: dict, field: str, *, required: bool = False, max_len: int = 255) -> str | None:
    value = data.get(field)
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            errors.add(field, REQUIRED)
        return None
    if not isinstance(value, str):
        errors.add(field, "Phải là chuỗi ký tự.")
        return None
    value = " ".join(value.split()) if max_len <= 500 else value.strip()
    if len(value) > max_len:
        errors.add(field, f"Không được dài quá {max_len} ký tự.")
        return None
    return value


def date(errors: Errors, data: dict, field: str, *, required: bool = False) -> dt.date | None:
    value = data.get(field)
    if value is None or value == "":
        if required:
            errors.add(field, REQUIRED)
        return None
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        errors.add(field, "Ngày phải có dạng YYYY-MM-DD.")
        return None
    try:
        return dt.date.fromisoformat(value.strip()) if len(value.strip()) == 10 else _bad()
    except ValueError:
        errors.add(field, "Ngày không hợp lệ, cần dạng YYYY-MM-DD.")
        return None


def _bad():
    raise ValueError


def choice(errors: Errors, data: dict, field: str, allowed, *, default: str | None = None) -> str | None:
    value = data.get(field)
    if value is None or value == "":
        if default is None:
            errors.add(field, REQUIRED)
        return default
    if value not in allowed:
        errors.add(field, "Giá trị không hợp lệ; chọn một trong: " + ", ".join(allowed) + ".")
        return None
    return value


def integer(errors: Errors, data: dict, field: str, *, minimum: int = 0, maximum: int = 2**31 - 1) -> int | None:
    """A whole number (JSON number or digits in a string), within [minimum, maximum]; None when absent."""
    value = data.get(field)
    if value is None or value == "":
        return None
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, bool) or not isinstance(value, int):
        errors.add(field, "Phải là một số nguyên.")
        return None
    if not minimum <= value <= maximum:
        errors.add(field, f"Phải từ {minimum} đến {maximum}.")
        return None
    return value


def text_list(errors: Errors, data: dict, field: str, *, max_items: int = 100, max_len: int = 255) -> list[str]:
    """A list of short texts; a single string is split on new lines and semicolons."""
    value = data.get(field)
    if value is None or value == "":
        return []
    if isinstance(value, str):
        value = [part for line in value.splitlines() for part in line.split(";")]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        errors.add(field, "Phải là danh sách chuỗi ký tự.")
        return []
    items = [" ".join(v.split()) for v in value if v.strip()]
    if len(items) > max_items:
        errors.add(field, f"Không được quá {max_items} mục.")
        return []
    if any(len(v) > max_len for v in items):
        errors.add(field, f"Mỗi mục không được dài quá {max_len} ký tự.")
        return []
    return items


def string_list(errors: Errors, data: dict, field: str) -> list[str]:
    value = data.get(field)
    if value is None or value == "":
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        errors.add(field, "Phải là danh sách mã.")
        return []
    return [v.strip() for v in value]


def fold(value: str) -> str:
    """Lower case without Vietnamese diacritics (đ → d): how people type when they search."""
    value = value.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", value)
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn").lower()


def require_object(data) -> dict:
    """The request body as a dict, or a ``body`` error (after the 404/403/409 checks of the caller)."""
    if not isinstance(data, dict):
        raise ValidationFailed({"body": ["Nội dung yêu cầu phải là một đối tượng JSON."]})
    return data
