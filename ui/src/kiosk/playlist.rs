//! The kiosk's playlist: a TOML file of pages, each with how long it shows and, optionally, the
//! hours of the day and days of the week it belongs to. Read in two steps: [`Playlist::parse`]
//! checks what the file alone can say (its syntax, kinds, durations, hours, days, ranges,
//! places), [`Playlist::check_against`] what the synced catalog says (KPI and layer ids). Every
//! problem is named with its line, so a wall never goes black on a typo: the kiosk keeps what it
//! was playing, or starts on the default playlist.
//!
//! ```toml
//! alert_seconds = 30            # how long a new critical alert holds the screen
//!
//! [[page]]
//! kind = "city-now"             # city-now | overview | map | kpi | alerts
//! seconds = 30
//! hours = "07:00-12:00"         # optional; may wrap midnight ("22:00-06:00")
//! days = ["mon", "tue", "wed", "thu", "fri"]   # optional
//!
//! [[page]]
//! kind = "map"
//! seconds = 40
//! layers = ["wards", "flood-sensors"]
//! ward_metric = "aqi"
//! center = [10.776, 106.700]    # optional, latitude and longitude
//! zoom = 13.0                   # optional
//! ```

use std::ops::Range;

use offline_cache::model::Domain;
use serde::Deserialize;
use toml::Spanned;

use crate::i18n::I18n;
use crate::view_models::RangePreset;

/// The playlist that ships with CityDash, used when none is given or the given one is unusable.
pub const DEFAULT_PLAYLIST: &str = include_str!("../../../assets/kiosk/playlist.toml");

/// The shortest and longest a page may show, in seconds: shorter cannot be read from across a
/// room, longer is a typo (a day in seconds) rather than a wish.
pub const PAGE_SECONDS: Range<u32> = 5..3_601;
/// How long a critical alert holds the screen unless the playlist says otherwise.
pub const DEFAULT_ALERT_SECONDS: u32 = 30;

/// A playlist that parsed and passed its checks.
#[derive(Debug, Clone, PartialEq)]
pub struct Playlist {
    pub pages: Vec<Page>,
    /// How long a new critical alert holds the screen.
    pub alert_seconds: u32,
}

/// One page of the rotation.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    /// The line of its `[[page]]` header, for messages.
    pub line: usize,
    pub content: PageContent,
    pub seconds: u32,
    /// Minutes of the day (city time) the page belongs to; `None`: all day.
    pub hours: Option<Hours>,
    /// Days of the week the page belongs to, Monday first; `None`: every day.
    pub days: Option<[bool; 7]>,
}

/// What a page shows.
#[derive(Debug, Clone, PartialEq)]
pub enum PageContent {
    /// The headline KPIs, large.
    CityNow,
    /// The KPI cards of one domain, or of all.
    Overview { domain: Option<Domain> },
    /// The map with these layers, wards coloured by a KPI, optionally around a place.
    Map {
        layers: Vec<String>,
        ward_metric: Option<String>,
        center: Option<[f64; 2]>,
        zoom: Option<f64>,
    },
    /// One KPI's chart with its target.
    Kpi {
        kpi_id: String,
        range: Option<RangePreset>,
    },
    /// The alerts board.
    Alerts,
}

impl PageContent {
    /// The kind as the playlist spells it: `city-now`, `map`...
    pub fn kind(&self) -> &'static str {
        match self {
            PageContent::CityNow => "city-now",
            PageContent::Overview { .. } => "overview",
            PageContent::Map { .. } => "map",
            PageContent::Kpi { .. } => "kpi",
            PageContent::Alerts => "alerts",
        }
    }
}

/// A span of the day, in minutes since midnight; `end` before `start` wraps midnight.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hours {
    pub start_minute: u16,
    pub end_minute: u16,
}

impl Hours {
    /// Whether `minute` of the day falls inside (the start included, the end not).
    pub fn contains(self, minute: u16) -> bool {
        if self.start_minute <= self.end_minute {
            (self.start_minute..self.end_minute).contains(&minute)
        } else {
            minute >= self.start_minute || minute < self.end_minute
        }
    }
}

impl Page {
    /// Whether the page belongs to `weekday` (0 = Monday) at `minute` of the day.
    pub fn is_on(&self, weekday: usize, minute: u16) -> bool {
        self.days
            .is_none_or(|days| days.get(weekday).copied().unwrap_or(false))
            && self.hours.is_none_or(|hours| hours.contains(minute))
    }
}

/// What is wrong with a playlist, and where.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaylistProblem {
    /// 1-based line in the file.
    pub line: usize,
    pub kind: ProblemKind,
}

/// The reasons a playlist is refused; [`ProblemKind::key`] names each one's text.
#[derive(Debug, Clone, PartialEq)]
pub enum ProblemKind {
    /// Not TOML, or not the playlist's shape; the parser's words.
    Syntax(String),
    NoPages,
    UnknownKind(String),
    Duration(i64),
    AlertDuration(i64),
    Hours(String),
    Day(String),
    Domain(String),
    Range(String),
    Center,
    Zoom(f64),
    /// A field this kind of page does not use (a `kpi` on a map page).
    FieldNotFor {
        field: &'static str,
        kind: String,
    },
    MissingKpi,
    UnknownKpi(String),
    UnknownLayer(String),
    UnknownMetric(String),
}

impl ProblemKind {
    /// The i18n key of its text and the text's variables.
    pub fn key_and_args(&self) -> (&'static str, Vec<(&'static str, String)>) {
        match self {
            ProblemKind::Syntax(detail) => {
                ("kiosk.problem.syntax", vec![("detail", detail.clone())])
            }
            ProblemKind::NoPages => ("kiosk.problem.no_pages", vec![]),
            ProblemKind::UnknownKind(kind) => {
                ("kiosk.problem.unknown_kind", vec![("kind", kind.clone())])
            }
            ProblemKind::Duration(seconds) => duration_problem("kiosk.problem.duration", *seconds),
            ProblemKind::AlertDuration(seconds) => {
                duration_problem("kiosk.problem.alert_duration", *seconds)
            }
            ProblemKind::Hours(text) => ("kiosk.problem.hours", vec![("text", text.clone())]),
            ProblemKind::Day(text) => ("kiosk.problem.day", vec![("text", text.clone())]),
            ProblemKind::Domain(text) => ("kiosk.problem.domain", vec![("text", text.clone())]),
            ProblemKind::Range(text) => ("kiosk.problem.range", vec![("text", text.clone())]),
            ProblemKind::Center => ("kiosk.problem.center", vec![]),
            ProblemKind::Zoom(zoom) => ("kiosk.problem.zoom", vec![("zoom", zoom.to_string())]),
            ProblemKind::FieldNotFor { field, kind } => (
                "kiosk.problem.field_not_for",
                vec![("field", (*field).to_owned()), ("kind", kind.clone())],
            ),
            ProblemKind::MissingKpi => ("kiosk.problem.missing_kpi", vec![]),
            ProblemKind::UnknownKpi(id) => ("kiosk.problem.unknown_kpi", vec![("id", id.clone())]),
            ProblemKind::UnknownLayer(id) => {
                ("kiosk.problem.unknown_layer", vec![("id", id.clone())])
            }
            ProblemKind::UnknownMetric(id) => {
                ("kiosk.problem.unknown_metric", vec![("id", id.clone())])
            }
        }
    }
}

impl PlaylistProblem {
    /// "line 12: the catalog has no KPI ZZ99", in `i18n`'s language.
    pub fn text(&self, i18n: &I18n) -> String {
        let (key, args) = self.kind.key_and_args();
        let args: Vec<(&str, &str)> = args
            .iter()
            .map(|(name, value)| (*name, value.as_str()))
            .collect();
        let problem = i18n.tf(key, &args);
        i18n.tf(
            "kiosk.problem.line",
            &[("line", &self.line.to_string()), ("problem", &problem)],
        )
    }
}

fn duration_problem(
    key: &'static str,
    seconds: i64,
) -> (&'static str, Vec<(&'static str, String)>) {
    (
        key,
        vec![
            ("seconds", seconds.to_string()),
            ("min", PAGE_SECONDS.start.to_string()),
            ("max", (PAGE_SECONDS.end - 1).to_string()),
        ],
    )
}

/// What the synced catalog offers, for [`Playlist::check_against`].
pub struct Offered<'a> {
    pub kpi_ids: &'a [&'a str],
    pub layer_ids: &'a [&'a str],
    /// Ward properties the choropleth can colour by; empty when the wards are not synced, and
    /// then no metric is refused.
    pub ward_metrics: &'a [&'a str],
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPlaylist {
    alert_seconds: Option<Spanned<i64>>,
    #[serde(default, rename = "page")]
    pages: Vec<Spanned<RawPage>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPage {
    kind: Spanned<String>,
    seconds: Spanned<i64>,
    hours: Option<Spanned<String>>,
    days: Option<Spanned<Vec<String>>>,
    domain: Option<Spanned<String>>,
    kpi: Option<Spanned<String>>,
    range: Option<Spanned<String>>,
    layers: Option<Spanned<Vec<String>>>,
    ward_metric: Option<Spanned<String>>,
    center: Option<Spanned<Vec<f64>>>,
    zoom: Option<Spanned<f64>>,
}

/// 1-based line of byte `offset` in `text`.
fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()
        .iter()
        .take(offset)
        .filter(|byte| **byte == b'\n')
        .count()
        + 1
}

impl Playlist {
    /// Reads a playlist; every problem the file alone shows is returned, each with its line.
    pub fn parse(text: &str) -> Result<Playlist, Vec<PlaylistProblem>> {
        let raw: RawPlaylist = toml::from_str(text).map_err(|error| {
            let line = error.span().map_or(1, |span| line_of(text, span.start));
            vec![PlaylistProblem {
                line,
                kind: ProblemKind::Syntax(error.message().trim().to_owned()),
            }]
        })?;
        let mut problems = Vec::new();
        let at = |span: Range<usize>| line_of(text, span.start);
        let alert_seconds = match raw.alert_seconds {
            None => DEFAULT_ALERT_SECONDS,
            Some(seconds) => match seconds_in_range(*seconds.get_ref()) {
                Some(valid) => valid,
                None => {
                    problems.push(PlaylistProblem {
                        line: at(seconds.span()),
                        kind: ProblemKind::AlertDuration(*seconds.get_ref()),
                    });
                    DEFAULT_ALERT_SECONDS
                }
            },
        };
        if raw.pages.is_empty() {
            problems.push(PlaylistProblem {
                line: 1,
                kind: ProblemKind::NoPages,
            });
        }
        let mut pages = Vec::new();
        for page in raw.pages {
            let line = at(page.span());
            if let Some(page) = read_page(page.into_inner(), line, text, &mut problems) {
                pages.push(page);
            }
        }
        if problems.is_empty() {
            Ok(Playlist {
                pages,
                alert_seconds,
            })
        } else {
            Err(problems)
        }
    }

    /// The shipped playlist; it parses (a test keeps it so).
    pub fn default_playlist() -> Playlist {
        Playlist::parse(DEFAULT_PLAYLIST).unwrap_or_else(|_| Playlist {
            pages: vec![Page {
                line: 1,
                content: PageContent::CityNow,
                seconds: 30,
                hours: None,
                days: None,
            }],
            alert_seconds: DEFAULT_ALERT_SECONDS,
        })
    }

    /// Problems with what the catalog offers: KPIs, layers and ward metrics it does not have.
    pub fn check_against(&self, offered: &Offered<'_>) -> Vec<PlaylistProblem> {
        let mut problems = Vec::new();
        let mut problem = |line, kind| problems.push(PlaylistProblem { line, kind });
        for page in &self.pages {
            match &page.content {
                PageContent::Kpi { kpi_id, .. } if !offered.kpi_ids.contains(&kpi_id.as_str()) => {
                    problem(page.line, ProblemKind::UnknownKpi(kpi_id.clone()));
                }
                PageContent::Map {
                    layers,
                    ward_metric,
                    ..
                } => {
                    for layer in layers {
                        if !offered.layer_ids.contains(&layer.as_str()) {
                            problem(page.line, ProblemKind::UnknownLayer(layer.clone()));
                        }
                    }
                    // Without the wards' values (not synced yet) a metric cannot be judged.
                    if let Some(metric) = ward_metric
                        && !offered.ward_metrics.is_empty()
                        && !offered.ward_metrics.contains(&metric.as_str())
                    {
                        problem(page.line, ProblemKind::UnknownMetric(metric.clone()));
                    }
                }
                _ => {}
            }
        }
        problems
    }
}

fn seconds_in_range(seconds: i64) -> Option<u32> {
    u32::try_from(seconds)
        .ok()
        .filter(|seconds| PAGE_SECONDS.contains(seconds))
}

const KINDS: [&str; 5] = ["city-now", "overview", "map", "kpi", "alerts"];

/// A page from its table, or `None` with its problems added.
fn read_page(
    raw: RawPage,
    line: usize,
    text: &str,
    problems: &mut Vec<PlaylistProblem>,
) -> Option<Page> {
    let before = problems.len();
    let at = |span: Range<usize>| line_of(text, span.start);
    let kind = raw.kind.get_ref().trim().to_owned();
    if !KINDS.contains(&kind.as_str()) {
        problems.push(PlaylistProblem {
            line: at(raw.kind.span()),
            kind: ProblemKind::UnknownKind(kind.clone()),
        });
    }
    let seconds = seconds_in_range(*raw.seconds.get_ref()).unwrap_or_else(|| {
        problems.push(PlaylistProblem {
            line: at(raw.seconds.span()),
            kind: ProblemKind::Duration(*raw.seconds.get_ref()),
        });
        0
    });
    let hours = raw.hours.as_ref().and_then(|hours| {
        let parsed = parse_hours(hours.get_ref());
        if parsed.is_none() {
            problems.push(PlaylistProblem {
                line: at(hours.span()),
                kind: ProblemKind::Hours(hours.get_ref().clone()),
            });
        }
        parsed
    });
    let days = raw.days.as_ref().map(|days| {
        let mut set = [false; 7];
        for day in days.get_ref() {
            match weekday_index(day) {
                Some(index) => set[index] = true,
                None => problems.push(PlaylistProblem {
                    line: at(days.span()),
                    kind: ProblemKind::Day(day.clone()),
                }),
            }
        }
        set
    });
    // Fields that belong to other kinds of page are mistakes, not options.
    let used: &[&str] = match kind.as_str() {
        "overview" => &["domain"],
        "map" => &["layers", "ward_metric", "center", "zoom"],
        "kpi" => &["kpi", "range"],
        _ => &[],
    };
    let present = [
        ("domain", raw.domain.as_ref().map(Spanned::span)),
        ("kpi", raw.kpi.as_ref().map(Spanned::span)),
        ("range", raw.range.as_ref().map(Spanned::span)),
        ("layers", raw.layers.as_ref().map(Spanned::span)),
        ("ward_metric", raw.ward_metric.as_ref().map(Spanned::span)),
        ("center", raw.center.as_ref().map(Spanned::span)),
        ("zoom", raw.zoom.as_ref().map(Spanned::span)),
    ];
    if KINDS.contains(&kind.as_str()) {
        for (field, span) in present {
            if let Some(span) = span
                && !used.contains(&field)
            {
                problems.push(PlaylistProblem {
                    line: at(span),
                    kind: ProblemKind::FieldNotFor {
                        field,
                        kind: kind.clone(),
                    },
                });
            }
        }
    }
    let content = match kind.as_str() {
        "city-now" => PageContent::CityNow,
        "alerts" => PageContent::Alerts,
        "overview" => PageContent::Overview {
            domain: raw.domain.as_ref().and_then(|domain| {
                let parsed = parse_domain(domain.get_ref());
                if parsed.is_none() {
                    problems.push(PlaylistProblem {
                        line: at(domain.span()),
                        kind: ProblemKind::Domain(domain.get_ref().clone()),
                    });
                }
                parsed
            }),
        },
        "kpi" => {
            let range = raw.range.as_ref().and_then(|range| {
                let parsed = parse_range(range.get_ref());
                if parsed.is_none() {
                    problems.push(PlaylistProblem {
                        line: at(range.span()),
                        kind: ProblemKind::Range(range.get_ref().clone()),
                    });
                }
                parsed
            });
            match raw.kpi {
                Some(kpi) => PageContent::Kpi {
                    kpi_id: kpi.get_ref().trim().to_owned(),
                    range,
                },
                None => {
                    problems.push(PlaylistProblem {
                        line,
                        kind: ProblemKind::MissingKpi,
                    });
                    PageContent::CityNow
                }
            }
        }
        "map" => {
            let center = raw.center.as_ref().and_then(|center| {
                let valid = match center.get_ref().as_slice() {
                    [lat, lon]
                        if (-90.0..=90.0).contains(lat) && (-180.0..=180.0).contains(lon) =>
                    {
                        Some([*lat, *lon])
                    }
                    _ => None,
                };
                if valid.is_none() {
                    problems.push(PlaylistProblem {
                        line: at(center.span()),
                        kind: ProblemKind::Center,
                    });
                }
                valid
            });
            let zoom = raw.zoom.as_ref().and_then(|zoom| {
                let value = *zoom.get_ref();
                let valid = (1.0..=19.0).contains(&value).then_some(value);
                if valid.is_none() {
                    problems.push(PlaylistProblem {
                        line: at(zoom.span()),
                        kind: ProblemKind::Zoom(value),
                    });
                }
                valid
            });
            PageContent::Map {
                layers: raw.layers.map(Spanned::into_inner).unwrap_or_default(),
                ward_metric: raw.ward_metric.map(|metric| metric.into_inner()),
                center,
                zoom,
            }
        }
        _ => PageContent::CityNow,
    };
    (problems.len() == before).then_some(Page {
        line,
        content,
        seconds,
        hours,
        days,
    })
}

/// `HH:MM-HH:MM` (24-hour clock); `24:00` may end a span.
fn parse_hours(text: &str) -> Option<Hours> {
    let minute = |part: &str| -> Option<u16> {
        let (hours, minutes) = part.trim().split_once(':')?;
        let (hours, minutes): (u16, u16) = (hours.parse().ok()?, minutes.parse().ok()?);
        // Computed only once in range: `9999:00` would overflow a u16.
        (minutes < 60 && (hours < 24 || (hours == 24 && minutes == 0)))
            .then(|| hours * 60 + minutes)
    };
    let (start, end) = text.split_once('-')?;
    let (start_minute, end_minute) = (minute(start)?, minute(end)?);
    // An end of 24:00 stays 1440: "00:00-24:00" is the whole day, not an empty span.
    (start_minute != end_minute && start_minute < 24 * 60).then_some(Hours {
        start_minute,
        end_minute,
    })
}

fn weekday_index(day: &str) -> Option<usize> {
    const DAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
    let day = day.trim().to_ascii_lowercase();
    DAYS.iter().position(|name| day.starts_with(name))
}

fn parse_domain(text: &str) -> Option<Domain> {
    let wanted = text.trim().replace('-', "_");
    Domain::ALL.into_iter().find(|domain| {
        serde_json::to_value(domain)
            .ok()
            .and_then(|value| value.as_str().map(|name| name == wanted))
            .unwrap_or(false)
    })
}

fn parse_range(text: &str) -> Option<RangePreset> {
    match text.trim() {
        "24h" => Some(RangePreset::Day),
        "7d" => Some(RangePreset::Week),
        "30d" => Some(RangePreset::Month),
        "1y" => Some(RangePreset::Year),
        "all" => Some(RangePreset::All),
        _ => None,
    }
}

#[cfg(test)]
#[path = "playlist_tests.rs"]
mod tests;
