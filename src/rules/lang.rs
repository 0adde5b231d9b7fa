//! Finding parameters with a form per language, and how dates, intervals and clause ids
//! are written in each language's messages.

use std::collections::BTreeMap;

#[cfg(doc)]
use super::Finding;
use super::render;
use crate::common::Date;

/// Shorthand for a finding parameter: data (a name, a date, a count), shown as it is in
/// both languages, except that a whole date or interval is written in each language's own
/// way (see [`localize`]).
pub(crate) fn p(name: &'static str, value: impl ToString) -> (&'static str, String) {
    let mut v = value.to_string();
    v.retain(|c| c != LANG_MARK);
    (name, v)
}

/// A finding parameter with a form per language: `value` is what [`Finding::params`]
/// records (e.g. an enum's serialized name), `en` and `zh` are what the messages show.
pub(crate) fn pl(
    name: &'static str,
    value: impl ToString,
    en: impl ToString,
    zh: impl ToString,
) -> (&'static str, String) {
    let clean = |s: String| s.replace(LANG_MARK, "");
    let (value, en, zh) = (
        clean(value.to_string()),
        clean(en.to_string()),
        clean(zh.to_string()),
    );
    (
        name,
        format!("{LANG_MARK}{value}{LANG_MARK}{en}{LANG_MARK}{zh}"),
    )
}

/// Marks a parameter value made by [`pl`]; [`p`] removes it from data.
const LANG_MARK: char = '\u{1F}';

/// A language of the messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Lang {
    /// English.
    En,
    /// Chinese (简体中文).
    Zh,
}

/// Splits a parameter value into (recorded value, English form, Chinese form).
pub(crate) fn split_param(v: &str) -> (String, String, String) {
    if let Some(rest) = v.strip_prefix(LANG_MARK) {
        let mut parts = rest.splitn(3, LANG_MARK);
        let value = parts.next().unwrap_or("").to_owned();
        let en = parts.next().unwrap_or("").to_owned();
        let zh = parts.next().unwrap_or("").to_owned();
        return (value, en, zh);
    }
    (v.to_owned(), localize(v, Lang::En), localize(v, Lang::Zh))
}

/// How a data parameter is shown in a language: a whole date (`2026-11-30`) as
/// `2026年11月30日` in Chinese, a date range (`2026-01-01/2026-03-31`) as
/// `2026年1月1日至2026年3月31日`, an interval (`P1Y`) as `1 year` / `1年`; anything else as
/// it is.
///
/// ```
/// use ecms::rules::{Lang, localize};
/// assert_eq!(localize("2026-11-30", Lang::Zh), "2026年11月30日");
/// assert_eq!(localize("2026-11-30", Lang::En), "2026-11-30");
/// assert_eq!(localize("P6M", Lang::Zh), "6个月");
/// assert_eq!(localize("P1Y", Lang::En), "1 year");
/// assert_eq!(localize("丝路", Lang::Zh), "丝路");
/// ```
pub fn localize(value: &str, lang: Lang) -> String {
    if let Ok(d) = value.parse::<Date>() {
        return date_in(d, lang);
    }
    if let Some((a, b)) = value.split_once('/')
        && let (Ok(a), Ok(b)) = (a.parse::<Date>(), b.parse::<Date>())
    {
        return match lang {
            Lang::En => format!("{a} to {b}"),
            Lang::Zh => format!("{}至{}", date_in(a, lang), date_in(b, lang)),
        };
    }
    if value.starts_with('P')
        && let Ok(i) = value.parse::<crate::common::Interval>()
    {
        return interval_in(i, lang);
    }
    if let Some((n, unit)) = value.split_once(' ')
        && !n.is_empty()
        && n.bytes().all(|b| b.is_ascii_digit())
        && (unit == "h" || unit == "d")
    {
        return match (lang, unit, n) {
            (Lang::En, "h", "1") => "1 hour".to_owned(),
            (Lang::En, "h", _) => format!("{n} hours"),
            (Lang::En, _, "1") => "1 day".to_owned(),
            (Lang::En, _, _) => format!("{n} days"),
            (Lang::Zh, "h", _) => format!("{n}小时"),
            (Lang::Zh, _, _) => format!("{n}天"),
        };
    }
    if lang == Lang::Zh && crate::catalog::clause(value).is_some() {
        return clause_notation(value);
    }
    value.to_owned()
}

/// A catalog id in the standard's own notation: `8.3.2.c.1` → `8.3.2 c) 1)`.
///
/// ```
/// assert_eq!(ecms::rules::clause_notation("8.3.2.c.1"), "8.3.2 c) 1)");
/// assert_eq!(ecms::rules::clause_notation("7.2.4.f"), "7.2.4 f)");
/// assert_eq!(ecms::rules::clause_notation("7.2.4"), "7.2.4");
/// ```
pub fn clause_notation(id: &str) -> String {
    let mut out = String::with_capacity(id.len() + 4);
    let mut in_items = false;
    for (i, part) in id.split('.').enumerate() {
        let letter = part.bytes().all(|b| b.is_ascii_lowercase()) && !part.is_empty();
        if letter {
            in_items = true;
        }
        if in_items {
            out.push(' ');
            out.push_str(part);
            out.push(')');
        } else {
            if i > 0 {
                out.push('.');
            }
            out.push_str(part);
        }
    }
    out
}

/// A date in a language: ISO 8601 in English, `2026年6月30日` in Chinese.
pub fn date_in(d: Date, lang: Lang) -> String {
    match lang {
        Lang::En => d.to_string(),
        Lang::Zh => {
            let s = d.to_string();
            let mut it = s.splitn(3, '-');
            let y = it.next().unwrap_or("");
            let m = it.next().unwrap_or("").trim_start_matches('0');
            let dd = it.next().unwrap_or("").trim_start_matches('0');
            format!("{y}年{m}月{dd}日")
        }
    }
}

/// An interval in a language: `1 year`, `6 months`, `2 weeks`, `30 days`; `1年`, `6个月`,
/// `2周`, `30天`.
pub fn interval_in(i: crate::common::Interval, lang: Lang) -> String {
    use crate::common::IntervalUnit as U;
    let n = i.count();
    match lang {
        Lang::En => {
            let unit = match i.unit() {
                U::Days => "day",
                U::Weeks => "week",
                U::Months => "month",
                U::Years => "year",
            };
            if n == 1 {
                format!("1 {unit}")
            } else {
                format!("{n} {unit}s")
            }
        }
        Lang::Zh => {
            let unit = match i.unit() {
                U::Days => "天",
                U::Weeks => "周",
                U::Months => "个月",
                U::Years => "年",
            };
            format!("{n}{unit}")
        }
    }
}

/// Renders a message template in a language: like [`render`], each parameter shown in that
/// language's form (see [`localize`]; a parameter with a form per language shows that form).
pub fn render_in(lang: Lang, template: &str, params: &BTreeMap<String, String>) -> String {
    let shown: BTreeMap<String, String> = params
        .iter()
        .map(|(k, v)| {
            let (_, en, zh) = split_param(v);
            (k.clone(), if lang == Lang::En { en } else { zh })
        })
        .collect();
    render(template, &shown)
}
