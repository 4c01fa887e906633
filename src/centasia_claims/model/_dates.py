"""Partial dates and periods, as news text gives them: "2015", "May 2015", "January 25, 2016", "2014 to 2019".

A `PartialDate` keeps the precision that was written; a `Period` is a span between two partial dates, either
end of which may be open. Both serialize to compact ISO 8601 strings: ``2015-05``, ``2014/2019``, ``2015/..``.

>>> from centasia_claims import PartialDate, Period
>>> PartialDate.parse("2015-05").precision
<Precision.MONTH: 'month'>
>>> str(Period.parse("2015-12/2016-11"))
'2015-12/2016-11'
>>> Period.parse("2015").covers(PartialDate.parse("2015-07-04"))
True
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import re

import attrs

from centasia_claims.errors import InvalidValueError, ParseError

__all__ = ["PartialDate", "Period", "Precision"]


class Precision(enum.StrEnum):
    """How much of a date the text gives.

    >>> [PartialDate.parse(text).precision for text in ("2015", "2015-05", "2016-01-25")]
    [<Precision.YEAR: 'year'>, <Precision.MONTH: 'month'>, <Precision.DAY: 'day'>]
    """

    YEAR = "year"
    MONTH = "month"
    DAY = "day"


_PARTIAL = re.compile(r"(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?")


def _check_month(instance: PartialDate, _attribute: object, month: int | None) -> None:
    if month is not None and not 1 <= month <= 12:
        raise InvalidValueError("month", f"must be between 1 and 12 (got {month})")


def _check_day(instance: PartialDate, _attribute: object, day: int | None) -> None:
    if day is None:
        return
    if instance.month is None:
        raise InvalidValueError("day", f"needs a month (got day={day} without one)")
    last = calendar.monthrange(instance.year, instance.month)[1]
    if not 1 <= day <= last:
        raise InvalidValueError(
            "day",
            f"must be between 1 and {last} for {instance.year}-{instance.month:02d} (got {day})",
        )


def _check_year(_instance: PartialDate, _attribute: object, year: int) -> None:
    if not 1 <= year <= 9999:
        raise InvalidValueError("year", f"must be between 1 and 9999 (got {year})")


@attrs.frozen(order=False)
class PartialDate:
    """A calendar date known to the year, the month or the day.

    Attributes:
        year: The year.
        month: The month (1-12), or ``None`` when only the year is known.
        day: The day of the month, or ``None``; needs a month.

    >>> d = PartialDate(2016, 1, 25)
    >>> str(d), d.first_day(), d.last_day()
    ('2016-01-25', datetime.date(2016, 1, 25), datetime.date(2016, 1, 25))
    >>> PartialDate(2015).last_day()
    datetime.date(2015, 12, 31)
    """

    year: int = attrs.field(validator=_check_year)
    month: int | None = attrs.field(default=None, validator=_check_month)
    day: int | None = attrs.field(default=None, validator=_check_day)

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Read ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.

        Raises:
            ParseError: The text is not one of those forms or not a real date.

        >>> PartialDate.parse("2017-04-15")
        PartialDate(year=2017, month=4, day=15)
        """
        match = _PARTIAL.fullmatch(text)
        if match is None:
            raise ParseError("expected a date as YYYY, YYYY-MM or YYYY-MM-DD", text=text)
        month, day = match["month"], match["day"]
        try:
            return cls(
                int(match["year"]),
                None if month is None else int(month),
                None if day is None else int(day),
            )
        except InvalidValueError as error:
            raise ParseError(f"not a real date: {error}", text=text) from None

    @property
    def precision(self) -> Precision:
        """The precision the date was given with."""
        if self.day is not None:
            return Precision.DAY
        return Precision.YEAR if self.month is None else Precision.MONTH

    def first_day(self) -> dt.date:
        """The earliest calendar day this partial date may mean."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> dt.date:
        """The latest calendar day this partial date may mean."""
        if self.month is None:
            return dt.date(self.year, 12, 31)
        if self.day is None:
            return dt.date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])
        return dt.date(self.year, self.month, self.day)

    @classmethod
    def from_date(cls, date: dt.date, precision: Precision = Precision.DAY) -> PartialDate:
        """Truncate a calendar date to a precision.

        >>> str(PartialDate.from_date(dt.date(2017, 3, 12), Precision.MONTH))
        '2017-03'
        """
        if precision is Precision.YEAR:
            return cls(date.year)
        if precision is Precision.MONTH:
            return cls(date.year, date.month)
        return cls(date.year, date.month, date.day)

    def __str__(self) -> str:
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text


def _check_period(instance: Period, _attribute: object, end: PartialDate | None) -> None:
    start = instance.start
    if start is not None and end is not None and end.last_day() < start.first_day():
        raise InvalidValueError("end", f"must not be before start (got start={start}, end={end})")


@attrs.frozen
class Period:
    """A span of time between two partial dates; ``None`` at either end means open.

    A single partial date such as "2015" is the period from its first to its last day.

    Attributes:
        start: Where the period starts, or ``None`` when open ("until 2007").
        end: Where it ends (inclusive), or ``None`` when open ("since 2015").

    >>> Period.parse("../2007").start is None
    True
    >>> Period(PartialDate(2014), PartialDate(2019)).days()
    (datetime.date(2014, 1, 1), datetime.date(2019, 12, 31))
    """

    start: PartialDate | None = None
    end: PartialDate | None = attrs.field(default=None, validator=_check_period)

    @classmethod
    def parse(cls, text: str) -> Period:
        """Read ``START/END`` (ISO 8601 interval, ``..`` for an open end) or a single partial date.

        Raises:
            ParseError: Either end is not a partial date, or the period ends before it starts.

        >>> Period.parse("2015") == Period(PartialDate(2015), PartialDate(2015))
        True
        """
        if "/" not in text:
            single = PartialDate.parse(text)
            return cls(single, single)
        head, _, tail = text.partition("/")
        try:
            start = None if head == ".." else PartialDate.parse(head)
            end = None if tail == ".." else PartialDate.parse(tail)
        except ParseError as error:
            offset = 0 if error.text == head else len(head) + 1
            raise ParseError(
                f"expected START/END with dates as YYYY[-MM[-DD]] or '..': {error.message}",
                text=text,
                start=offset,
                end=offset + len(error.text),
            ) from None
        try:
            return cls(start, end)
        except InvalidValueError:
            raise ParseError("the period ends before it starts", text=text) from None

    @classmethod
    def of(cls, date: PartialDate) -> Period:
        """The period a single partial date covers.

        >>> str(Period.of(PartialDate(2015, 5)))
        '2015-05'
        """
        return cls(date, date)

    def days(self) -> tuple[dt.date | None, dt.date | None]:
        """The first and last calendar day covered; ``None`` for an open end."""
        return (
            None if self.start is None else self.start.first_day(),
            None if self.end is None else self.end.last_day(),
        )

    def covers(self, date: PartialDate) -> bool:
        """Whether every day the partial date may mean lies within this period."""
        first, last = self.days()
        return (first is None or first <= date.first_day()) and (last is None or date.last_day() <= last)

    def overlaps(self, other: Period) -> bool:
        """Whether the two periods share at least one day.

        >>> Period.parse("2014/2016").overlaps(Period.parse("2016-05"))
        True
        """
        a_first, a_last = self.days()
        b_first, b_last = other.days()
        return (a_last is None or b_first is None or b_first <= a_last) and (
            b_last is None or a_first is None or a_first <= b_last
        )

    def __str__(self) -> str:
        if self.start is not None and self.start == self.end:
            return str(self.start)
        head = ".." if self.start is None else str(self.start)
        tail = ".." if self.end is None else str(self.end)
        return f"{head}/{tail}"
