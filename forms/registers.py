"""The filter bar of the registers (year, arrival dates, which register)."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l
from wtforms import SelectField

from .base import BaseForm, DateField, options
from .vocabulary import REGISTERS


class RegisterFilterForm(BaseForm):
    """Read from the query string (GET): no CSRF token, it changes nothing."""

    class Meta(BaseForm.Meta):
        csrf = False

    register = SelectField(_l("Register book"), choices=options(REGISTERS.items()), default="general",
                           validate_choice=False)
    year = SelectField(_l("Year"), validate_choice=False)
    date_from = DateField(_l("Arrival from"))
    date_to = DateField(_l("Arrival until"))

    def __init__(self, years: list[int], current_year: int, *args, **kwargs):
        super().__init__(*args, **kwargs)
        years = sorted(set(years) | {current_year}, reverse=True)
        self.year.choices = options([("", _l("All years"))] + [(str(y), str(y)) for y in years])
        if not self.year.raw_data:
            self.year.data = "" if (self.date_from.raw_data or self.date_to.raw_data) else str(current_year)

    def data_for_engine(self) -> dict:
        return {"register": self.register.data or "general", "year": self.year.data or None,
                "from": self.date_from.iso, "to": self.date_to.iso}
