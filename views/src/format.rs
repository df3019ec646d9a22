//! Numbers, units and times as the dashboard writes them, per language: thousands separators
//! and decimal marks from the catalog (`12,345.6` in English, `12.345,6` in Vietnamese), a
//! sensible number of decimals, units translated where the catalog has them, and times in the
//! city's time zone.

use std::fmt::Write as _;
use std::str::FromStr;

use chrono::{DateTime, FixedOffset, Offset, TimeZone, Utc};
use chrono_tz::Tz;

use offline_cache::model::age_parts;

use crate::i18n::I18n;

/// Ho Chi Minh City's offset from UTC (no daylight saving), for a catalog whose time zone is
/// missing or unknown.
pub const FALLBACK_UTC_OFFSET_SECS: i32 = 7 * 3_600;

/// Units that need no word after the number.
const UNITLESS: &[&str] = &["count", ""];

/// How many decimals suit a value: none for whole numbers and values of 100 or more, one from
/// 10, two below.
pub fn decimals_for(value: f64) -> usize {
    let magnitude = value.abs();
    if value.fract() == 0.0 || magnitude >= 100.0 {
        0
    } else if magnitude >= 10.0 {
        1
    } else {
        2
    }
}

/// `value` with `decimals` decimals and the language's separators.
pub fn format_number(value: f64, decimals: usize, i18n: &I18n) -> String {
    if !value.is_finite() {
        return "-".to_owned();
    }
    if value.abs() >= SCIENTIFIC_FROM {
        return format_scientific(value, i18n);
    }
    let decimal_mark = i18n.t("format.decimal_separator");
    let group_mark = i18n.t("format.thousands_separator");
    let plain = format!("{:.*}", decimals, value.abs());
    let (whole, fraction) = plain.split_once('.').unwrap_or((&plain, ""));

    let mut out = String::with_capacity(plain.len() + 8);
    // `-0.00` after rounding is shown as `0.00`.
    if value < 0.0 && plain.bytes().any(|digit| matches!(digit, b'1'..=b'9')) {
        out.push('-');
    }
    let digits = whole.len();
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (digits - i) % 3 == 0 {
            out.push_str(group_mark);
        }
        out.push(digit);
    }
    if !fraction.is_empty() {
        out.push_str(decimal_mark);
        out.push_str(fraction);
    }
    out
}

/// From this magnitude a number is written as a power of ten: a wall of 300 digits says nothing.
const SCIENTIFIC_FROM: f64 = 1e15;

/// `-1.80 × 10³⁰⁸`, with the language's decimal mark.
fn format_scientific(value: f64, i18n: &I18n) -> String {
    const SUPERSCRIPT: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
    let written = format!("{value:.2e}");
    let (mantissa, exponent) = written.split_once('e').unwrap_or((&written, "0"));
    let mantissa = mantissa.replace('.', i18n.t("format.decimal_separator"));
    let exponent: String = exponent
        .chars()
        .map(|c| match c.to_digit(10) {
            Some(digit) => SUPERSCRIPT[digit as usize],
            None => '⁻',
        })
        .collect();
    format!("{mantissa} × 10{exponent}")
}

/// `text` cut to at most `max_chars` characters (at a character, never inside one), with `…`
/// when it was cut: a server's description of 40,000 characters would fill the screen.
pub fn clip_text(text: &str, max_chars: usize) -> std::borrow::Cow<'_, str> {
    match text.char_indices().nth(max_chars) {
        None => std::borrow::Cow::Borrowed(text),
        Some((end, _)) => {
            let kept = text[..end].trim_end();
            std::borrow::Cow::Owned(format!("{kept}…"))
        }
    }
}

/// Longest description, alert body or feature text a face shows.
pub const LONG_TEXT_MAX_CHARS: usize = 600;

/// A value with the decimals [`decimals_for`] picks.
pub fn format_value(value: f64, i18n: &I18n) -> String {
    format_number(value, decimals_for(value), i18n)
}

/// A change with its sign (`+1,250`, `-0.05`), with `decimals` decimals.
pub fn format_delta(delta: f64, decimals: usize, i18n: &I18n) -> String {
    let number = format_number(delta, decimals, i18n);
    if number.starts_with('-') || number.bytes().all(|b| !b.is_ascii_digit() || b == b'0') {
        number
    } else {
        format!("+{number}")
    }
}

/// The unit as shown: translated when the catalog has `unit.<unit>`, as it is otherwise, and
/// `None` for counts.
pub fn unit_text(unit: &str, i18n: &I18n) -> Option<String> {
    let unit = unit.trim();
    if UNITLESS.contains(&unit) {
        return None;
    }
    let key = format!("unit.{unit}");
    Some(i18n.get(&key).unwrap_or(unit).to_owned())
}

/// A number followed by its unit: `25 %`, `1.52 m`, `89.5/100`, or the number alone.
pub fn with_unit(number: &str, unit: Option<&str>) -> String {
    match unit {
        None => number.to_owned(),
        Some(unit) if unit.starts_with('/') => format!("{number}{unit}"),
        Some(unit) => format!("{number} {unit}"),
    }
}

/// An ISO date (`2030-12-31`) in the language's date format (`31/12/2030` in Vietnamese); a
/// text that is not an ISO date is shown as it is.
pub fn format_date(iso_date: &str, i18n: &I18n) -> String {
    match chrono::NaiveDate::parse_from_str(iso_date.trim(), "%Y-%m-%d") {
        Ok(date) => {
            let pattern = i18n.t("format.date");
            let mut text = String::new();
            match write!(text, "{}", date.format(pattern)) {
                Ok(()) => text,
                Err(_) => iso_date.to_owned(),
            }
        }
        Err(_) => iso_date.to_owned(),
    }
}

/// An age in the language's words: `5 min`, `3 ngày`.
pub fn format_age(age_secs: i64, i18n: &I18n) -> String {
    let (count, unit) = age_parts(age_secs);
    i18n.tf(&format!("age.{}", unit.key()), &[("n", &count.to_string())])
}

/// A span as written on a command line or in a spec, `7d` or `36h`, in milliseconds; `None`
/// for anything else (no unit, another unit, zero or less).
pub fn span_ms(text: &str) -> Option<i64> {
    let text = text.trim();
    // The unit is the last character, which may be more than one byte (`7é`).
    let unit = text.chars().next_back()?;
    let number = &text[..text.len() - unit.len_utf8()];
    let number: i64 = number.parse().ok().filter(|number| *number > 0)?;
    let unit_ms = match unit {
        'd' => offline_cache::model::units::DAY_MS,
        'h' => offline_cache::model::units::HOUR_MS,
        _ => return None,
    };
    Some(number.saturating_mul(unit_ms))
}

/// The time zone times are shown in.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum CityZone {
    Named(Tz),
    Fixed(FixedOffset),
}

impl CityZone {
    /// The city's zone as an overview read names it (UTC+7 before the first catalog).
    pub fn of(overview: Option<&offline_cache::store::Overview>) -> CityZone {
        CityZone::from_name(
            overview
                .and_then(|overview| overview.city.as_ref())
                .map(|city| city.time_zone.as_str()),
        )
    }

    /// The zone the catalog names, or UTC+7 when it names none or one chrono-tz does not know.
    pub fn from_name(name: Option<&str>) -> CityZone {
        if let Some(tz) = name.and_then(|name| Tz::from_str(name.trim()).ok()) {
            return CityZone::Named(tz);
        }
        CityZone::fallback()
    }

    /// UTC+7.
    pub fn fallback() -> CityZone {
        // UTC+7 is within the ±24 h that `FixedOffset::east_opt` accepts; UTC is the defensive
        // alternative should that ever change.
        CityZone::Fixed(
            FixedOffset::east_opt(FALLBACK_UTC_OFFSET_SECS).unwrap_or_else(|| Utc.fix()),
        )
    }

    /// `t_ms` in this zone, in the language's date-time format, with the offset:
    /// `2026-11-23 18:56 (UTC+7)`.
    pub fn format(&self, t_ms: i64, i18n: &I18n) -> String {
        let Some(utc) = DateTime::<Utc>::from_timestamp_millis(t_ms) else {
            return "-".to_owned();
        };
        let pattern = i18n.t("format.datetime");
        match self {
            CityZone::Named(tz) => write_time(&utc.with_timezone(tz), pattern),
            CityZone::Fixed(offset) => write_time(&utc.with_timezone(offset), pattern),
        }
    }
}

impl CityZone {
    /// A wall-clock time in this zone as UTC milliseconds; `None` for a time the zone skips
    /// or repeats (a change of clocks).
    pub fn local_to_ms(&self, local: chrono::NaiveDateTime) -> Option<i64> {
        match self {
            CityZone::Named(tz) => tz
                .from_local_datetime(&local)
                .single()
                .map(|time| time.timestamp_millis()),
            CityZone::Fixed(offset) => offset
                .from_local_datetime(&local)
                .single()
                .map(|time| time.timestamp_millis()),
        }
    }

    /// `t_ms` in this zone with a chrono `pattern` and no offset, e.g. for a chart's ticks. A
    /// pattern chrono refuses gives ISO.
    pub fn format_plain(&self, t_ms: i64, pattern: &str) -> String {
        let Some(utc) = DateTime::<Utc>::from_timestamp_millis(t_ms) else {
            return "-".to_owned();
        };
        match self {
            CityZone::Named(tz) => write_plain(&utc.with_timezone(tz), pattern),
            CityZone::Fixed(offset) => write_plain(&utc.with_timezone(offset), pattern),
        }
    }
}

fn write_plain<Z: TimeZone>(time: &DateTime<Z>, pattern: &str) -> String
where
    Z::Offset: std::fmt::Display,
{
    let mut out = String::new();
    // A bad pattern in a catalog makes `write!` fail instead of panicking; fall back to ISO.
    if write!(out, "{}", time.format(pattern)).is_err() {
        out.clear();
        let _ = write!(out, "{}", time.format("%Y-%m-%d %H:%M"));
    }
    out
}

fn write_time<Z: TimeZone>(time: &DateTime<Z>, pattern: &str) -> String
where
    Z::Offset: std::fmt::Display,
{
    let mut out = write_plain(time, pattern);
    let offset_secs = time.offset().fix().local_minus_utc();
    let sign = if offset_secs < 0 { '-' } else { '+' };
    let hours = offset_secs.abs() / 3_600;
    let minutes = offset_secs.abs() % 3_600 / 60;
    if minutes == 0 {
        let _ = write!(out, " (UTC{sign}{hours})");
    } else {
        let _ = write!(out, " (UTC{sign}{hours}:{minutes:02})");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn numbers_use_the_languages_separators() {
        let en = I18n::new(Lang::En);
        let vi = I18n::new(Lang::Vi);
        assert_eq!(format_number(1_234_567.891, 2, &en), "1,234,567.89");
        assert_eq!(format_number(1_234_567.891, 2, &vi), "1.234.567,89");
        assert_eq!(format_number(999.0, 0, &en), "999");
        assert_eq!(format_number(-52_345.0, 0, &en), "-52,345");
        assert_eq!(format_number(-0.001, 2, &en), "0.00");
        assert_eq!(format_number(f64::NAN, 2, &en), "-");
    }

    #[test]
    fn decimals_follow_the_magnitude() {
        let en = I18n::new(Lang::En);
        assert_eq!(format_value(1.523, &en), "1.52");
        assert_eq!(format_value(48.43, &en), "48.4");
        assert_eq!(format_value(153.2, &en), "153");
        assert_eq!(format_value(52_345.0, &en), "52,345");
        assert_eq!(format_value(12.0, &en), "12");
        assert_eq!(format_value(0.3, &en), "0.30");
    }

    #[test]
    fn deltas_carry_a_sign() {
        let en = I18n::new(Lang::En);
        assert_eq!(format_delta(1_250.0, 0, &en), "+1,250");
        assert_eq!(format_delta(-0.05, 2, &en), "-0.05");
        assert_eq!(format_delta(0.0, 1, &en), "0.0");
    }

    #[test]
    fn units_are_translated_where_known() {
        let vi = I18n::new(Lang::Vi);
        assert_eq!(unit_text("million", &vi).as_deref(), Some("triệu"));
        assert_eq!(unit_text("%", &vi).as_deref(), Some("%"));
        assert_eq!(unit_text("count", &vi), None);
        assert_eq!(with_unit("25", Some("%")), "25 %");
        assert_eq!(with_unit("89.5", Some("/100")), "89.5/100");
        assert_eq!(with_unit("12", None), "12");
    }

    #[test]
    fn dates_follow_the_language() {
        assert_eq!(
            format_date("2030-12-31", &I18n::new(Lang::En)),
            "2030-12-31"
        );
        assert_eq!(
            format_date("2030-12-31", &I18n::new(Lang::Vi)),
            "31/12/2030"
        );
        assert_eq!(
            format_date("end of 2030", &I18n::new(Lang::Vi)),
            "end of 2030"
        );
    }

    #[test]
    fn times_are_shown_in_the_city_zone() {
        // 2026-11-23 11:56:00 UTC = 18:56 in Ho Chi Minh City.
        let t_ms = 1_795_434_960_000;
        let named = CityZone::from_name(Some("Asia/Ho_Chi_Minh"));
        assert!(matches!(named, CityZone::Named(_)));
        assert_eq!(
            named.format(t_ms, &I18n::new(Lang::En)),
            "2026-11-23 18:56 (UTC+7)"
        );
        assert_eq!(
            named.format(t_ms, &I18n::new(Lang::Vi)),
            "18:56 23/11/2026 (UTC+7)"
        );
        let fallback = CityZone::from_name(Some("Mars/Olympus_Mons"));
        assert_eq!(fallback, CityZone::fallback());
        assert_eq!(
            fallback.format(t_ms, &I18n::new(Lang::En)),
            "2026-11-23 18:56 (UTC+7)"
        );
        assert_eq!(
            CityZone::from_name(Some("Asia/Kolkata")).format(t_ms, &I18n::new(Lang::En)),
            "2026-11-23 17:26 (UTC+5:30)"
        );
    }
}

/// Bidirectional embedding, override and isolate marks: in a laid-out document or page they
/// reorder the text around them, our words included.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `text` made safe to lay out in a document or a web page: control characters (but newline
/// and tab) and bidirectional embedding, override and isolate marks are dropped, so a name from
/// a server cannot turn "so với ngày 28/11" beside it into "11/82 yàgn iớv os".
pub fn layout_safe(text: &str) -> std::borrow::Cow<'_, str> {
    let unsafe_in_layout =
        |c: char| (c.is_control() && c != '\n' && c != '\t') || is_bidi_control(c);
    if text.chars().any(unsafe_in_layout) {
        std::borrow::Cow::Owned(text.chars().filter(|&c| !unsafe_in_layout(c)).collect())
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// `text` made safe to print on a terminal: control characters (but newline and tab) and the
/// bidirectional embedding, override and isolate marks are written as visible escapes
/// (`\u{1b}`), so a name from a server can neither drive the terminal (clear it, set its title,
/// write the clipboard) nor reorder what is printed around it.
pub fn terminal_safe(text: &str) -> std::borrow::Cow<'_, str> {
    fn unsafe_on_a_terminal(c: char) -> bool {
        (c.is_control() && c != '\n' && c != '\t') || is_bidi_control(c)
    }
    if !text.chars().any(unsafe_on_a_terminal) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut safe = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if unsafe_on_a_terminal(c) {
            safe.push_str(&c.escape_unicode().to_string());
        } else {
            safe.push(c);
        }
    }
    std::borrow::Cow::Owned(safe)
}

#[cfg(test)]
mod text_tests {
    use super::*;
    use crate::i18n::I18n;

    #[test]
    fn escapes_and_bidi_controls_are_printed_as_text() {
        assert_eq!(
            terminal_safe("Chất lượng\tkhông khí\n"),
            "Chất lượng\tkhông khí\n"
        );
        let hostile = "a\u{1b}]52;c;cHduZWQ=\u{7}\u{1b}[2J\u{9b}31m\u{202e}txt.exe\u{2066}b\r";
        let safe = terminal_safe(hostile);
        assert!(
            !safe.chars().any(|c| c.is_control() && c != '\n'),
            "{safe:?}"
        );
        assert!(!safe.contains('\u{202e}') && !safe.contains('\u{2066}'));
        assert_eq!(
            safe,
            "a\\u{1b}]52;c;cHduZWQ=\\u{7}\\u{1b}[2J\\u{9b}31m\\u{202e}txt.exe\\u{2066}b\\u{d}"
        );
    }

    #[test]
    fn huge_numbers_are_powers_of_ten_and_long_texts_are_clipped() {
        let vi = I18n::new(crate::i18n::Lang::Vi);
        let en = I18n::new(crate::i18n::Lang::En);
        assert_eq!(format_value(f64::MAX, &vi), "1,80 × 10³⁰⁸");
        assert_eq!(format_value(-2.5e15, &en), "-2.50 × 10¹⁵");
        assert_eq!(
            format_value(999_999_999_999_999.0, &en),
            "999,999,999,999,999"
        );
        assert_eq!(format_number(f64::from_bits(1), 2, &en), "0.00");
        assert_eq!(clip_text("Ngập lụt", 4), "Ngập…");
        assert_eq!(clip_text("Ngập lụt", 8), "Ngập lụt");
        let long: String = "ư".repeat(40_000);
        assert_eq!(
            clip_text(&long, LONG_TEXT_MAX_CHARS).chars().count(),
            LONG_TEXT_MAX_CHARS + 1
        );
    }

    #[test]
    fn a_span_is_a_positive_number_and_a_unit_and_anything_else_is_none() {
        assert_eq!(
            span_ms(" 7d "),
            Some(7 * offline_cache::model::units::DAY_MS)
        );
        assert_eq!(
            span_ms("36h"),
            Some(36 * offline_cache::model::units::HOUR_MS)
        );
        // A unit of more than one byte used to split the text inside its character (a panic).
        for bad in ["", "d", "0d", "-7d", "7w", "7é", "7 ngày", "é", "7日"] {
            assert_eq!(span_ms(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn layout_safe_text_drops_controls_and_bidi_overrides() {
        assert_eq!(layout_safe("m\u{b2} \u{202e}"), "m\u{b2} ");
        assert_eq!(
            layout_safe("a\u{1b}[2J\u{2066}b\u{2069}\tc\n"),
            "a[2Jb\tc\n"
        );
        assert!(matches!(
            layout_safe("Ngập lụt <b>"),
            std::borrow::Cow::Borrowed(_)
        ));
    }
}
