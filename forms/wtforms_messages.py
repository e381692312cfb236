"""WTForms' own messages, marked here so our catalogue translates them (WTForms ships no Vietnamese).

BaseForm sends every WTForms message through Flask-Babel; this list only feeds ``pybabel extract``.
"""
from flask_babel import lazy_gettext as _l
from flask_babel import lazy_ngettext

MESSAGES = [
    _l("This field is required."),
    _l("Not a valid choice."),
    _l("Invalid Choice: could not coerce."),
    _l("Invalid choice(s): one or more data inputs could not be coerced."),
    _l("Field must be between %(min)d and %(max)d characters long."),
    _l("Not a valid integer value."),
    _l("Number must be between %(min)s and %(max)s."),
    lazy_ngettext("Field cannot be longer than %(max)d character.",
                  "Field cannot be longer than %(max)d characters.", 1),
    lazy_ngettext("Field must be at least %(min)d character long.",
                  "Field must be at least %(min)d characters long.", 1),
    lazy_ngettext("'%(value)s' is not a valid choice for this field.",
                  "'%(value)s' are not valid choices for this field.", 1),
]
