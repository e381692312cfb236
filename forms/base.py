"""The base form: messages through Flask-Babel, and a date field that reads dd/mm/yyyy."""
from __future__ import annotations

import datetime as dt

from flask_babel import gettext, ngettext
from flask_wtf import FlaskForm
from wtforms import SelectMultipleField, StringField, widgets

try:  # WTForms 3.3 declares options as SelectChoice (tuples are deprecated there)
    from wtforms import SelectChoice
except ImportError:  # pragma: no cover - WTForms < 3.3
    SelectChoice = None


def options(pairs) -> list:
    """Select options from ``(value, label)`` pairs, in the form the installed WTForms expects."""
    pairs = list(pairs)
    return [SelectChoice(value, label) for value, label in pairs] if SelectChoice else pairs


class _BabelTranslations:
    """WTForms' own messages ("Not a valid choice.") through our catalogue (wtforms has no vi)."""

    def gettext(self, string: str) -> str:
        return gettext(string)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return ngettext(singular, plural, n)


class BaseForm(FlaskForm):
    class Meta:
        def get_translations(self, form):
            return _BabelTranslations()


class DateField(StringField):
    """A date typed as dd/mm/yyyy (as Vietnamese agencies write it); yyyy-mm-dd is accepted too."""

    widget = widgets.TextInput()

    def __init__(self, *args, **kwargs):
        render_kw = {"placeholder": "dd/mm/yyyy", "inputmode": "numeric", "autocomplete": "off",
                     "data-date": "1", **kwargs.pop("render_kw", {})}
        super().__init__(*args, render_kw=render_kw, **kwargs)

    def _value(self) -> str:
        if self.raw_data:
            return self.raw_data[0]
        return self.data.strftime("%d/%m/%Y") if isinstance(self.data, dt.date) else ""

    def process_formdata(self, valuelist):
        self.data = None
        text = (valuelist[0] if valuelist else "").strip()
        if not text:
            return
        for fmt in ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y"):
            try:
                self.data = dt.datetime.strptime(text, fmt).date()
                return
            except ValueError:
                continue
        raise ValueError(gettext("Enter a valid date as dd/mm/yyyy."))

    @property
    def iso(self) -> str | None:
        return self.data.isoformat() if isinstance(self.data, dt.date) else None


class CheckboxListField(SelectMultipleField):
    """A multiple choice shown as a list of check boxes (easier than a multi-select box)."""

    widget = widgets.ListWidget(prefix_label=False)
    option_widget = widgets.CheckboxInput()

