//! Value types shared by every chapter: exact decimals, money, intervals, schedules,
//! approvals, bilingual text and the vendor `extensions` map.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, Months, NaiveDate, TimeDelta};
use rust_decimal::Decimal;
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Serialize};

use crate::ids::{PersonId, RoleId};

pub use crate::extensions::{ExtNumber, ExtValue, ExtensionError, Extensions};

/// A text in English and Chinese.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct LocalizedText {
    /// English.
    pub en: String,
    /// Chinese (简体中文).
    pub zh: String,
}

// ---------------------------------------------------------------------------------------------
// Exact decimals

/// Regular expression (ECMA-262) that the JSON string form of an [`ExactDecimal`] must match.
pub const DECIMAL_PATTERN: &str = r"^-?(0|[1-9][0-9]{0,15})(\.[0-9]{1,12})?$";

/// A decimal number carried exactly.
///
/// In JSON it is a **string** such as `"1234.50"`: an optional minus sign, 1–16 integer digits
/// without leading zeros, and optionally a point followed by 1–12 decimals. JSON numbers are
/// refused with a located error, because a JSON number goes through `f64` and can lose digits
/// silently. The scale is kept: `"12.50"` serializes back as `"12.50"`.
///
/// Only values the parser would accept can be built: [`ExactDecimal::new`] refuses a value
/// with more than 16 integer digits or more than 12 decimals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct ExactDecimal(Decimal);

/// Why a string is not an [`ExactDecimal`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "invalid decimal {0:?}: expected a string like \"1234.50\" (optional '-', 1-16 integer digits without leading zeros, optional '.' and 1-12 decimals)"
)]
pub struct DecimalError(pub String);

impl ExactDecimal {
    /// A decimal the document format can hold (at most 16 integer digits and 12 decimals).
    pub fn new(d: Decimal) -> Result<Self, DecimalError> {
        let text = d.to_string();
        if decimal_syntax_ok(&text) {
            Ok(Self(d))
        } else {
            Err(DecimalError(text))
        }
    }

    /// The value.
    pub const fn value(&self) -> Decimal {
        self.0
    }
}

impl TryFrom<Decimal> for ExactDecimal {
    type Error = DecimalError;
    fn try_from(d: Decimal) -> Result<Self, DecimalError> {
        Self::new(d)
    }
}

fn decimal_syntax_ok(s: &str) -> bool {
    let body = s.strip_prefix('-').unwrap_or(s);
    let (int, frac) = match body.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (body, None),
    };
    let int_ok = !int.is_empty()
        && int.len() <= 16
        && int.bytes().all(|b| b.is_ascii_digit())
        && (int == "0" || !int.starts_with('0'));
    let frac_ok = match frac {
        None => true,
        Some(f) => !f.is_empty() && f.len() <= 12 && f.bytes().all(|b| b.is_ascii_digit()),
    };
    int_ok && frac_ok
}

impl FromStr for ExactDecimal {
    type Err = DecimalError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if !decimal_syntax_ok(s) {
            return Err(DecimalError(s.to_owned()));
        }
        Decimal::from_str_exact(s)
            .map(Self)
            .map_err(|_| DecimalError(s.to_owned()))
    }
}

impl fmt::Display for ExactDecimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl Serialize for ExactDecimal {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for ExactDecimal {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = ExactDecimal;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a decimal as a JSON string, e.g. \"1234.50\" (JSON numbers are refused: they lose precision)")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
                v.parse().map_err(E::custom)
            }
        }
        d.deserialize_str(V)
    }
}

impl JsonSchema for ExactDecimal {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> Cow<'static, str> {
        "ExactDecimal".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "pattern": DECIMAL_PATTERN,
            "description": "Exact decimal as a string, e.g. \"1234.50\". JSON numbers are not accepted."
        })
    }
}

// ---------------------------------------------------------------------------------------------
// Dates

/// Regular expression that the JSON form of a [`Date`] matches (day-of-month validity is
/// checked beyond it, as `format: date` does).
pub const DATE_PATTERN: &str = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

/// A calendar date, written exactly `YYYY-MM-DD` (RFC 3339 full-date, years 0001–9999).
///
/// chrono's own parser also reads `2026-6-30`, `+2026-06-30` or surrounding spaces; this
/// type refuses them, so the JSON Schema (`format: date`) and the parser agree. It derefs
/// to [`chrono::NaiveDate`] and compares with it directly.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(pub NaiveDate);

/// Why a string is not a [`Date`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid date {0:?}: expected a calendar date written YYYY-MM-DD, e.g. \"2026-06-30\"")]
pub struct DateError(pub String);

impl Date {
    /// Builds a date; `None` for an impossible one.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Self> {
        NaiveDate::from_ymd_opt(year, month, day).map(Self)
    }

    /// The date as chrono's type.
    pub const fn naive(&self) -> NaiveDate {
        self.0
    }
}

impl std::ops::Deref for Date {
    type Target = NaiveDate;
    fn deref(&self) -> &NaiveDate {
        &self.0
    }
}

impl From<NaiveDate> for Date {
    fn from(d: NaiveDate) -> Self {
        Self(d)
    }
}

impl From<Date> for NaiveDate {
    fn from(d: Date) -> Self {
        d.0
    }
}

impl PartialEq<NaiveDate> for Date {
    fn eq(&self, other: &NaiveDate) -> bool {
        self.0 == *other
    }
}

impl PartialEq<Date> for NaiveDate {
    fn eq(&self, other: &Date) -> bool {
        *self == other.0
    }
}

impl PartialOrd<NaiveDate> for Date {
    fn partial_cmp(&self, other: &NaiveDate) -> Option<std::cmp::Ordering> {
        self.0.partial_cmp(other)
    }
}

impl PartialOrd<Date> for NaiveDate {
    fn partial_cmp(&self, other: &Date) -> Option<std::cmp::Ordering> {
        self.partial_cmp(&other.0)
    }
}

impl std::ops::Sub for Date {
    type Output = TimeDelta;
    fn sub(self, rhs: Date) -> TimeDelta {
        self.0 - rhs.0
    }
}

impl std::ops::Sub<NaiveDate> for Date {
    type Output = TimeDelta;
    fn sub(self, rhs: NaiveDate) -> TimeDelta {
        self.0 - rhs
    }
}

impl std::ops::Sub<Date> for NaiveDate {
    type Output = TimeDelta;
    fn sub(self, rhs: Date) -> TimeDelta {
        self - rhs.0
    }
}

impl FromStr for Date {
    type Err = DateError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || DateError(s.to_owned());
        let b = s.as_bytes();
        let digits_at =
            |r: std::ops::Range<usize>| b.get(r).is_some_and(|x| x.iter().all(u8::is_ascii_digit));
        if b.len() != 10
            || b.get(4) != Some(&b'-')
            || b.get(7) != Some(&b'-')
            || !digits_at(0..4)
            || !digits_at(5..7)
            || !digits_at(8..10)
        {
            return Err(err());
        }
        let num = |r: std::ops::Range<usize>| s.get(r).and_then(|x| x.parse::<u32>().ok());
        let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else {
            return Err(err());
        };
        if y == 0 {
            return Err(err());
        }
        let year = i32::try_from(y).map_err(|_| err())?;
        NaiveDate::from_ymd_opt(year, m, d)
            .map(Self)
            .ok_or_else(err)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:04}-{:02}-{:02}",
            self.0.year(),
            self.0.month(),
            self.0.day()
        )
    }
}

impl Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = Date;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a date written YYYY-MM-DD")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Date, E> {
                v.parse().map_err(E::custom)
            }
        }
        d.deserialize_str(V)
    }
}

impl JsonSchema for Date {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> Cow<'static, str> {
        "Date".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "format": "date",
            "description": "Calendar date written YYYY-MM-DD (RFC 3339 full-date, years 0001-9999)."
        })
    }
}

// ---------------------------------------------------------------------------------------------
// Money

/// Regular expression that an ISO 4217 currency code must match.
pub const CURRENCY_PATTERN: &str = "^[A-Z]{3}$";

/// An ISO 4217 alphabetic currency code such as `CNY` (three upper-case letters).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Currency([u8; 3]);

impl Currency {
    /// The code as text.
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).unwrap_or("???")
    }
}

/// Why a string is not a currency code.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid currency code {0:?}: expected three upper-case letters (ISO 4217), e.g. \"CNY\"")]
pub struct CurrencyError(pub String);

impl FromStr for Currency {
    type Err = CurrencyError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.as_bytes() {
            [a, b, c] if [a, b, c].iter().all(|x| x.is_ascii_uppercase()) => Ok(Self([*a, *b, *c])),
            _ => Err(CurrencyError(s.to_owned())),
        }
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Currency {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Currency {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = Cow::<str>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

impl JsonSchema for Currency {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> Cow<'static, str> {
        "Currency".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "pattern": CURRENCY_PATTERN,
            "description": "ISO 4217 alphabetic currency code, e.g. \"CNY\"."
        })
    }
}

/// An amount of money: exact decimal plus currency.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Money {
    /// The amount, exact (a JSON string such as `"1234.50"`).
    pub amount: ExactDecimal,
    /// ISO 4217 currency code.
    pub currency: Currency,
}

// ---------------------------------------------------------------------------------------------
// Intervals

/// Unit of an [`Interval`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IntervalUnit {
    /// Calendar days.
    Days,
    /// Weeks of seven days.
    Weeks,
    /// Calendar months (the day is clamped to the month's end: 31 Jan + 1 month = 28/29 Feb).
    Months,
    /// Calendar years (29 Feb + 1 year = 28 Feb).
    Years,
}

/// Regular expression that the JSON form of an [`Interval`] must match.
pub const INTERVAL_PATTERN: &str = "^P[1-9][0-9]{0,3}[DWMY]$";

/// A recurrence interval, written as a one-unit ISO 8601 duration: `P30D`, `P2W`, `P6M`, `P1Y`
/// (1–9999 units). Used for every periodic obligation ("at least once a year", "at planned
/// intervals", a KPI's measurement frequency, calibration, document review).
///
/// Only intervals the parser would accept can be built: [`Interval::new`] refuses 0 and more
/// than 9999 units; the `const` shorthands ([`Interval::days`] …) clamp to 1–9999.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Interval {
    count: u16,
    unit: IntervalUnit,
}

/// Most units an [`Interval`] may have.
pub const MAX_INTERVAL_UNITS: u16 = 9999;

const fn clamp_units(n: u16) -> u16 {
    if n == 0 {
        1
    } else if n > MAX_INTERVAL_UNITS {
        MAX_INTERVAL_UNITS
    } else {
        n
    }
}

/// Why a string is not an [`Interval`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "invalid interval {0:?}: expected a one-unit ISO 8601 duration such as \"P30D\", \"P2W\", \"P6M\" or \"P1Y\" (1-9999 units)"
)]
pub struct IntervalError(pub String);

impl Interval {
    /// An interval of 1–9999 units.
    pub fn new(count: u16, unit: IntervalUnit) -> Result<Self, IntervalError> {
        if count == 0 || count > MAX_INTERVAL_UNITS {
            return Err(IntervalError(format!("{count} units")));
        }
        Ok(Self { count, unit })
    }

    /// How many units (1–9999).
    pub const fn count(&self) -> u16 {
        self.count
    }

    /// Which unit.
    pub const fn unit(&self) -> IntervalUnit {
        self.unit
    }

    /// `n` days.
    pub const fn days(n: u16) -> Self {
        Self {
            count: clamp_units(n),
            unit: IntervalUnit::Days,
        }
    }
    /// `n` weeks.
    pub const fn weeks(n: u16) -> Self {
        Self {
            count: clamp_units(n),
            unit: IntervalUnit::Weeks,
        }
    }
    /// `n` months.
    pub const fn months(n: u16) -> Self {
        Self {
            count: clamp_units(n),
            unit: IntervalUnit::Months,
        }
    }
    /// `n` years.
    pub const fn years(n: u16) -> Self {
        Self {
            count: clamp_units(n),
            unit: IntervalUnit::Years,
        }
    }

    /// The date one interval after `from`; `None` when it would fall after 9999-12-31,
    /// the last date a [`Date`] can be written as (`YYYY-MM-DD`).
    pub fn after(&self, from: impl Into<NaiveDate>) -> Option<Date> {
        let from: NaiveDate = from.into();
        let n = u32::from(self.count);
        let d = match self.unit {
            IntervalUnit::Days => from.checked_add_days(chrono::Days::new(u64::from(n))),
            IntervalUnit::Weeks => from.checked_add_days(chrono::Days::new(u64::from(n) * 7)),
            IntervalUnit::Months => from.checked_add_months(Months::new(n)),
            IntervalUnit::Years => from.checked_add_months(Months::new(n.saturating_mul(12))),
        };
        d.filter(|d| d.year() <= 9999).map(Date)
    }

    /// An approximate length in days, for comparing intervals (a month counts 31 days, a
    /// year 366), so that "no longer than a year" is never judged too strictly.
    pub fn max_days(&self) -> u32 {
        let n = u32::from(self.count);
        match self.unit {
            IntervalUnit::Days => n,
            IntervalUnit::Weeks => n * 7,
            IntervalUnit::Months => n * 31,
            IntervalUnit::Years => n * 366,
        }
    }

    /// Whether this interval is at most `other` long, comparing calendar units exactly
    /// where they match (`P12M` ≤ `P1Y`), and by [`Interval::max_days`] otherwise.
    pub fn at_most(&self, other: &Interval) -> bool {
        use IntervalUnit::*;
        let months = |i: &Interval| match i.unit {
            Months => Some(u32::from(i.count)),
            Years => Some(u32::from(i.count) * 12),
            _ => None,
        };
        let days = |i: &Interval| match i.unit {
            Days => Some(u32::from(i.count)),
            Weeks => Some(u32::from(i.count) * 7),
            _ => None,
        };
        match (months(self), months(other), days(self), days(other)) {
            (Some(a), Some(b), _, _) => a <= b,
            (_, _, Some(a), Some(b)) => a <= b,
            // days vs months: a day count is within N months when it fits the shortest such span
            (_, Some(b), Some(a), _) => a <= b * 28 + (b / 12) * 29,
            _ => self.max_days() <= other.max_days(),
        }
    }
}

impl FromStr for Interval {
    type Err = IntervalError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || IntervalError(s.to_owned());
        let body = s.strip_prefix('P').ok_or_else(err)?;
        let unit = match body.as_bytes().last() {
            Some(b'D') => IntervalUnit::Days,
            Some(b'W') => IntervalUnit::Weeks,
            Some(b'M') => IntervalUnit::Months,
            Some(b'Y') => IntervalUnit::Years,
            _ => return Err(err()),
        };
        let digits = body.get(..body.len() - 1).ok_or_else(err)?;
        if digits.is_empty()
            || digits.len() > 4
            || digits.starts_with('0')
            || !digits.bytes().all(|b| b.is_ascii_digit())
        {
            return Err(err());
        }
        let count: u16 = digits.parse().map_err(|_| err())?;
        Ok(Self { count, unit })
    }
}

impl fmt::Display for Interval {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let u = match self.unit {
            IntervalUnit::Days => 'D',
            IntervalUnit::Weeks => 'W',
            IntervalUnit::Months => 'M',
            IntervalUnit::Years => 'Y',
        };
        write!(f, "P{}{}", self.count, u)
    }
}

impl Serialize for Interval {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Interval {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = Cow::<str>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

impl JsonSchema for Interval {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> Cow<'static, str> {
        "Interval".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "pattern": INTERVAL_PATTERN,
            "description": "One-unit ISO 8601 duration: P<n>D, P<n>W, P<n>M or P<n>Y with n from 1 to 9999."
        })
    }
}

// ---------------------------------------------------------------------------------------------
// Schedules, approvals, assessments

/// A periodic activity: how often it is due and when it was last done.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Schedule {
    /// How often the activity must happen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interval: Option<Interval>,
    /// When it last happened, as declared. A bare date is a declaration; with [`record`]
    /// the record's own date counts instead (see `crate::rules::obligations`).
    ///
    /// [`record`]: Schedule::record
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_done: Option<Date>,
    /// The retained record of the last occurrence (minutes, report, checklist, certificate):
    /// its approval date (else the date it took effect) is when the activity last happened.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record: Option<crate::ids::DocumentId>,
}

/// The decision an approver took.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum ApprovalOutcome {
    /// Approved as submitted.
    Approved,
    /// Approved on condition of the changes the approver asked for.
    ApprovedWithChanges,
    /// Refused: the thing is not approved.
    Rejected,
}

/// Who approved something and when.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Approval {
    /// The approver.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<PersonId>,
    /// The date of approval.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// The decision; approved when absent. A rejected approval approves nothing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<ApprovalOutcome>,
    /// The role in which the approver approved, as held on the date of approval.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<RoleId>,
}

impl Approval {
    /// Approver and date are recorded and the approver did not reject it.
    pub fn is_complete(&self) -> bool {
        self.by.is_some() && self.date.is_some() && !self.is_rejected()
    }

    /// The approver refused approval.
    pub fn is_rejected(&self) -> bool {
        self.outcome == Some(ApprovalOutcome::Rejected)
    }
}

/// `skip_serializing_if` helper for `Option<Approval>`-like defaults.
pub(crate) fn is_default<T: Default + PartialEq>(v: &T) -> bool {
    *v == T::default()
}

/// The entry of a dated history that is in force on a date: the latest one that starts on or
/// before it (of several starting the same day, the one listed last). `None` when every entry
/// starts later.
pub fn in_force_on<T>(history: &[T], on: Date, from: impl Fn(&T) -> Date) -> Option<&T> {
    history
        .iter()
        .filter(|h| from(h) <= on)
        .max_by_key(|h| from(h))
}

/// A record's status on a date, from its current status and its dated status history:
/// without a history, the current status; before the first entry, none; from the latest
/// entry on, the current status (or that entry's when none is recorded); in between, the
/// entry in force.
pub fn status_on<T, S: Clone>(
    history: &[T],
    current: Option<&S>,
    on: Date,
    from: impl Fn(&T) -> Date,
    status: impl Fn(&T) -> S,
) -> Option<S> {
    if history.is_empty() {
        return current.cloned();
    }
    let entry = in_force_on(history, on, &from)?;
    let latest = history.iter().map(&from).max();
    if Some(from(entry)) == latest {
        current.cloned().or_else(|| Some(status(entry)))
    } else {
        Some(status(entry))
    }
}

// ---------------------------------------------------------------------------------------------
// Time zone

/// Regular expression (ECMA-262) of a [`UtcOffset`]: `+08:00`, `-05:00`, `+05:45`.
pub const UTC_OFFSET_PATTERN: &str = r"^[+-](0[0-9]|1[0-4]):[0-5][0-9]$";

/// The organization's local time as an offset from UTC, written `+08:00`.
///
/// Instants in a document (the steps of an order) are compared with an as-of date in this
/// zone: the as-of day ends at midnight local time, and an instant falls on the local date it
/// shows there. When a document gives none, China Standard Time (`+08:00`,
/// [`UtcOffset::china`]) applies — the standard is a Chinese national standard. A zone with
/// daylight-saving time is given by its standard offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct UtcOffset(chrono::FixedOffset);

impl UtcOffset {
    /// China Standard Time, `+08:00`: the default.
    pub fn china() -> Self {
        use chrono::Offset;
        Self(chrono::FixedOffset::east_opt(8 * 3600).unwrap_or_else(|| chrono::Utc.fix()))
    }

    /// The offset as chrono's type.
    pub fn fixed(self) -> chrono::FixedOffset {
        self.0
    }

    /// The offset of this many minutes east of UTC, if within ±14:00.
    pub fn from_minutes(minutes: i32) -> Option<Self> {
        if minutes.abs() > 14 * 60 {
            return None;
        }
        chrono::FixedOffset::east_opt(minutes * 60).map(Self)
    }

    /// The first instant of the day after `date` in this zone: the end of `date`.
    pub fn end_of(self, date: Date) -> chrono::DateTime<chrono::Utc> {
        let next = date.0.succ_opt().unwrap_or(date.0);
        let local = next.and_time(chrono::NaiveTime::MIN);
        (local - TimeDelta::seconds(i64::from(self.0.local_minus_utc()))).and_utc()
    }

    /// The local date of an instant in this zone.
    pub fn date_of<Tz: chrono::TimeZone>(self, instant: &chrono::DateTime<Tz>) -> Date {
        Date(instant.with_timezone(&self.0).date_naive())
    }
}

impl Default for UtcOffset {
    fn default() -> Self {
        Self::china()
    }
}

/// A `timeZone` that is not `±HH:MM` within ±14:00.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UtcOffsetError(pub String);

impl fmt::Display for UtcOffsetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "invalid time zone {:?}: expected an offset from UTC such as +08:00",
            self.0
        )
    }
}

impl std::error::Error for UtcOffsetError {}

impl FromStr for UtcOffset {
    type Err = UtcOffsetError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || UtcOffsetError(s.to_owned());
        let b = s.as_bytes();
        if b.len() != 6 || b.get(3) != Some(&b':') {
            return Err(err());
        }
        let sign = match b.first() {
            Some(b'+') => 1,
            Some(b'-') => -1,
            _ => return Err(err()),
        };
        let digits = |i: usize| -> Option<i32> {
            let (x, y) = (b.get(i)?, b.get(i + 1)?);
            (x.is_ascii_digit() && y.is_ascii_digit())
                .then(|| i32::from(x - b'0') * 10 + i32::from(y - b'0'))
        };
        let (h, m) = (digits(1).ok_or_else(err)?, digits(4).ok_or_else(err)?);
        if h > 14 || m > 59 {
            return Err(err());
        }
        Self::from_minutes(sign * (h * 60 + m)).ok_or_else(err)
    }
}

impl fmt::Display for UtcOffset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let secs = self.0.local_minus_utc();
        let sign = if secs < 0 { '-' } else { '+' };
        let mins = secs.unsigned_abs() / 60;
        write!(f, "{sign}{:02}:{:02}", mins / 60, mins % 60)
    }
}

impl Serialize for UtcOffset {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for UtcOffset {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = Cow::<str>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

impl JsonSchema for UtcOffset {
    fn schema_name() -> Cow<'static, str> {
        "UtcOffset".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "pattern": UTC_OFFSET_PATTERN,
            "description": "An offset from UTC, `+HH:MM` or `-HH:MM`, within ±14:00."
        })
    }
}

/// A moment in time as written in the document: RFC 3339 with a `T`, seconds, optional
/// fractions and an offset (`2026-06-16T10:14:00+08:00` or `…Z`).
///
/// The text is kept verbatim, so the offset the organization wrote (and the `Z`) round-trips;
/// comparisons use the instant it denotes.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Instant {
    text: String,
    at: chrono::DateTime<chrono::FixedOffset>,
}

impl Instant {
    /// The instant in UTC.
    pub fn utc(&self) -> chrono::DateTime<chrono::Utc> {
        self.at.with_timezone(&chrono::Utc)
    }

    /// The instant with the offset it was written with.
    pub fn with_offset(&self) -> chrono::DateTime<chrono::FixedOffset> {
        self.at
    }

    /// The text as written.
    pub fn as_str(&self) -> &str {
        &self.text
    }
}

impl From<chrono::DateTime<chrono::Utc>> for Instant {
    fn from(at: chrono::DateTime<chrono::Utc>) -> Self {
        Self {
            text: at.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true),
            at: at.fixed_offset(),
        }
    }
}

/// Text that is not an RFC 3339 date-time as [`Instant`] reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InstantError(pub String);

impl fmt::Display for InstantError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "invalid date-time {:?}: expected RFC 3339 such as 2026-06-16T10:14:00+08:00",
            self.0
        )
    }
}

impl std::error::Error for InstantError {}

/// The syntax of `DATE_TIME_PATTERN` in the schema: `YYYY-MM-DDTHH:MM:SS(.f+)?(Z|±HH:MM)`,
/// year not 0000.
fn instant_syntax_ok(s: &str) -> bool {
    let b = s.as_bytes();
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    let at = |i: usize, c: u8| b.get(i) == Some(&c);
    let fixed = (0..4).all(digit)
        && at(4, b'-')
        && digit(5)
        && digit(6)
        && at(7, b'-')
        && digit(8)
        && digit(9)
        && at(10, b'T')
        && digit(11)
        && digit(12)
        && at(13, b':')
        && digit(14)
        && digit(15)
        && at(16, b':')
        && digit(17)
        && digit(18)
        && !s.starts_with("0000");
    if !fixed {
        return false;
    }
    let mut i = 19;
    if at(i, b'.') {
        i += 1;
        let start = i;
        while digit(i) {
            i += 1;
        }
        if i == start {
            return false;
        }
    }
    match b.get(i) {
        Some(b'Z') => i + 1 == b.len(),
        Some(b'+' | b'-') => {
            i + 6 == b.len()
                && digit(i + 1)
                && digit(i + 2)
                && at(i + 3, b':')
                && digit(i + 4)
                && digit(i + 5)
        }
        _ => false,
    }
}

impl FromStr for Instant {
    type Err = InstantError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if !instant_syntax_ok(s) {
            return Err(InstantError(s.to_owned()));
        }
        let at = chrono::DateTime::parse_from_rfc3339(s).map_err(|_| InstantError(s.to_owned()))?;
        Ok(Self {
            text: s.to_owned(),
            at,
        })
    }
}

impl fmt::Display for Instant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl Serialize for Instant {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.text)
    }
}

impl<'de> Deserialize<'de> for Instant {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = Instant;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a date-time written like 2026-06-16T10:14:00+08:00")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Instant, E> {
                v.parse().map_err(E::custom)
            }
        }
        d.deserialize_str(V)
    }
}

impl JsonSchema for Instant {
    fn schema_name() -> Cow<'static, str> {
        "Instant".into()
    }
    fn inline_schema() -> bool {
        true
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "format": "date-time"
        })
    }
}
