//! What a briefing says, read from a pack or a cache and built with the shared view models:
//! the cover, each KPI's headline (value, change over the period, status against target,
//! measured at), its chart, the alerts of the period and the notes. The result is data for the
//! template (JSON) and the charts (SVG files): text from the source stays text, never markup.

use serde::Serialize;

use citydash_views::alerts::{ALERTS_READ_LIMIT, AlertFilter, AlertsModel};
use citydash_views::change::change;
use citydash_views::format::CityZone;
use citydash_views::i18n::I18n;
use citydash_views::map::{MapChoices, MapModel};
use citydash_views::overview::OverviewModel;
use citydash_views::reads::{load_series, read_alert_names};
use citydash_views::series::RangePreset;
use offline_cache::store::Reader;

use crate::chart::chart_svg;
use crate::map::map_svg;
use crate::spec::{BriefSpec, MapPageSpec, Section};
use crate::{BriefError, Provenance};

/// The data the template reads (`/data.json`) and the chart files it shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Content {
    pub data: BriefData,
    /// `(path, SVG)`: `/charts/1.svg`...
    pub charts: Vec<(String, String)>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BriefData {
    pub lang: String,
    pub title: String,
    pub labels: Labels,
    pub cover: Cover,
    /// One line at the foot of every page: the pack's digest, or that the data is a cache's.
    pub footer: String,
    pub sections: Vec<&'static str>,
    pub headlines: Vec<Headline>,
    pub charts: Vec<Chart>,
    pub maps: Vec<MapPage>,
    pub alerts: Vec<AlertLine>,
    pub notes: String,
}

/// The words of the template itself.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Labels {
    pub headlines: String,
    pub charts: String,
    pub alerts: String,
    pub notes: String,
    pub kpi: String,
    pub value: String,
    pub change: String,
    pub status: String,
    pub measured_at: String,
    pub no_alerts: String,
    pub no_notes: String,
    pub page: String,
    pub legend: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Cover {
    pub city: String,
    pub as_of: String,
    pub period: String,
    pub source: String,
    pub signature: String,
    /// That the data is simulated, when it is.
    pub notice: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Headline {
    pub id: String,
    pub name: String,
    pub value: String,
    pub change: String,
    pub status: String,
    /// `good`, `warning`, `alert`, `missed` (a target overdue), `neutral`: the template's colour.
    pub tone: &'static str,
    pub target: String,
    pub measured_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Chart {
    pub name: String,
    /// The chart file, or `None` with `empty` saying why there is none.
    pub image: Option<String>,
    pub empty: Option<String>,
    /// What the lines are: the period, the previous period, the target, the thresholds.
    pub caption: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MapPage {
    pub title: String,
    /// The picture, or `None` with `empty` saying why there is none.
    pub image: Option<String>,
    pub empty: Option<String>,
    /// What the colours mean: "AQI: Vietnam's official categories (VN_AQI)".
    pub legend_title: String,
    pub legend: Vec<LegendEntry>,
    /// The point and line layers drawn, with their colours.
    pub layers: Vec<LegendEntry>,
    /// The basemap's credit and where the layers come from.
    pub credits: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LegendEntry {
    pub label: String,
    /// `#rrggbb`.
    pub colour: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AlertLine {
    pub severity: String,
    pub title: String,
    pub when: String,
    pub status: String,
}

/// Reads what `spec` asks for from `reader`, as of `provenance.as_of_ms`.
pub fn build(
    reader: &Reader,
    spec: &BriefSpec,
    provenance: &Provenance,
) -> Result<Content, BriefError> {
    let lang = spec.language()?;
    let i18n = I18n::new(lang);
    let catalog = reader.catalog()?.ok_or(BriefError::NoCatalog)?;
    spec.check_against(&catalog)?;
    let as_of = provenance.as_of_ms;
    let period_ms = spec.period_ms()?;
    let from = as_of - period_ms;
    let overview = reader.overview(as_of)?;
    let zone = CityZone::of(Some(&overview));
    let model = OverviewModel::build(&overview, lang, as_of);
    let range = range_for(period_ms);

    let mut headlines = Vec::new();
    let mut charts = Vec::new();
    let mut chart_files = Vec::new();
    for (index, kpi_id) in spec.kpis.iter().enumerate() {
        let (Some(kpi), Some(card)) = (overview.kpi(kpi_id), model.card(kpi_id)) else {
            continue;
        };
        let value = match &card.unit_text {
            Some(unit) if card.has_value => format!("{} {unit}", card.value_text),
            _ => card.value_text.clone(),
        };
        // The change since the period began, when the period holds an earlier reading; else
        // the change since the previous reading, as the dashboard's card says it.
        let since_start = kpi.latest.as_ref().and_then(|latest| {
            let first = reader
                .series(kpi_id, from, as_of, 1)
                .ok()?
                .into_iter()
                .next()?;
            (first.t_ms < latest.t_ms).then(|| change(latest, &first, &kpi.def, &i18n, &zone).text)
        });
        headlines.push(Headline {
            id: kpi_id.clone(),
            name: card.name.clone(),
            value,
            change: since_start
                .or_else(|| card.change.as_ref().map(|change| change.text.clone()))
                .unwrap_or_default(),
            status: card.status_text.clone(),
            tone: tone(card.status),
            target: card.target_text.clone().unwrap_or_default(),
            measured_at: kpi
                .latest
                .as_ref()
                .map_or_else(String::new, |latest| zone.format(latest.t_ms, &i18n)),
        });
        let series = load_series(reader, &kpi.def, zone, range, lang, as_of);
        let path = format!("/charts/{}.svg", index + 1);
        let svg = chart_svg(&series);
        charts.push(Chart {
            name: card.name.clone(),
            image: svg.as_ref().map(|_| path.clone()),
            empty: svg.is_none().then(|| {
                series
                    .empty_message
                    .clone()
                    .unwrap_or_else(|| i18n.t("brief.no_data").to_owned())
            }),
            caption: caption(&series, &i18n),
        });
        if let Some(svg) = svg {
            chart_files.push((path, svg));
        }
    }

    let maps = spec
        .maps
        .iter()
        .enumerate()
        .map(|(index, page)| {
            let path = format!("/maps/{}.svg", index + 1);
            let area = Some(catalog.city.bbox);
            let (map, svg) = map_page(reader, page, area, lang, as_of, &path, &i18n);
            if let Some(svg) = svg {
                chart_files.push((path, svg));
            }
            map
        })
        .collect();

    let alerts = if spec.sections.contains(&Section::Alerts) {
        reader.recent_alerts(ALERTS_READ_LIMIT)?
    } else {
        Vec::new()
    };
    let in_period: Vec<_> = alerts
        .into_iter()
        .filter(|alert| (from..=as_of).contains(&alert.t_ms))
        .collect();
    let names = read_alert_names(reader, &in_period);
    let board = AlertsModel::build(
        &in_period,
        &AlertFilter::default(),
        &names,
        lang,
        zone,
        as_of,
    );
    let alerts = board
        .items
        .iter()
        .map(|item| AlertLine {
            severity: item.severity_text.clone(),
            title: item.title.clone(),
            when: zone.format(item.t_ms, &i18n),
            status: item.status_text.clone(),
        })
        .collect();

    let city = overview
        .city
        .as_ref()
        .map(|city| city.name.get(lang.code()).to_owned())
        .unwrap_or_default();
    let data = BriefData {
        lang: lang.code().to_owned(),
        title: spec
            .title
            .clone()
            .unwrap_or_else(|| i18n.t("brief.default_title").to_owned()),
        labels: labels(&i18n),
        cover: Cover {
            city,
            as_of: i18n.tf("brief.as_of", &[("time", &zone.format(as_of, &i18n))]),
            period: i18n.tf(
                "brief.period",
                &[
                    ("from", &zone.format(from, &i18n)),
                    ("to", &zone.format(as_of, &i18n)),
                ],
            ),
            source: i18n.tf("brief.source", &[("source", &provenance.source)]),
            signature: provenance.signature.clone(),
            notice: overview
                .data_notice
                .as_ref()
                .filter(|_| overview.simulated)
                .map(|notice| notice.get(lang.code()).to_owned()),
        },
        footer: provenance.footer.clone(),
        sections: spec
            .sections
            .iter()
            .map(|section| section_name(*section))
            .collect(),
        headlines,
        charts,
        maps,
        alerts,
        notes: spec.notes.clone(),
    };
    Ok(Content {
        data,
        charts: chart_files,
    })
}

/// One map page: the shared map model of the wards and the chosen layers, drawn.
fn map_page(
    reader: &Reader,
    page: &MapPageSpec,
    area: Option<offline_cache::model::BoundingBox>,
    lang: citydash_views::Lang,
    as_of: i64,
    path: &str,
    i18n: &I18n,
) -> (MapPage, Option<String>) {
    let mut visible: std::collections::BTreeSet<String> = page.layers.iter().cloned().collect();
    visible.insert("wards".into());
    let choices = MapChoices {
        visible_layers: visible,
        ward_metric: page.metric.clone(),
    };
    let model = MapModel::load(reader, &choices, lang, as_of);
    let svg = map_svg(&model, reader, area);
    let choropleth = &model.choropleth;
    let hex = |[r, g, b]: [u8; 3]| format!("#{r:02x}{g:02x}{b:02x}");
    let mut credits: Vec<String> = model.attribution.iter().cloned().collect();
    credits.extend(model.visible_notes().into_iter().map(str::to_owned));
    let map = MapPage {
        title: page.title.clone().unwrap_or_else(|| {
            choropleth.metric.as_ref().map_or_else(
                || i18n.t("brief.maps").to_owned(),
                |metric| metric.label.clone(),
            )
        }),
        image: svg.as_ref().map(|_| path.to_owned()),
        empty: svg.is_none().then(|| {
            model
                .message
                .clone()
                .unwrap_or_else(|| i18n.t("brief.no_map").to_owned())
        }),
        legend_title: choropleth.legend_title.clone().unwrap_or_default(),
        legend: choropleth
            .legend
            .iter()
            .map(|row| LegendEntry {
                label: row.label.clone(),
                colour: hex(row.color),
            })
            .collect(),
        layers: model
            .drawn_layers()
            .filter(|layer| layer.entry.layer_id != "wards")
            .map(|layer| LegendEntry {
                label: layer.entry.title.clone(),
                colour: crate::map::layer_colour(&layer.entry.layer_id).to_owned(),
            })
            .collect(),
        credits,
    };
    (map, svg)
}

/// The chart range nearest the period (the chart then ends at the as-of time).
fn range_for(period_ms: i64) -> RangePreset {
    const DAY: i64 = 86_400_000;
    if period_ms <= DAY {
        RangePreset::Day
    } else if period_ms <= 7 * DAY {
        RangePreset::Week
    } else if period_ms <= 31 * DAY {
        RangePreset::Month
    } else if period_ms <= 366 * DAY {
        RangePreset::Year
    } else {
        RangePreset::All
    }
}

fn caption(series: &citydash_views::series::SeriesModel, i18n: &I18n) -> String {
    let mut parts = vec![i18n.tf("brief.chart.series", &[("label", &series.series_label)])];
    if !series.previous_period.is_empty() {
        parts.push(i18n.tf("brief.chart.previous", &[("label", &series.previous_label)]));
    }
    if let Some(target) = &series.target {
        parts.push(target.label.clone());
    }
    parts.extend(series.thresholds.iter().map(|line| line.label.clone()));
    if let Some(projection) = &series.projection {
        parts.push(projection.clone());
    }
    parts.join(" · ")
}

fn tone(status: offline_cache::model::KpiStatus) -> &'static str {
    use offline_cache::model::KpiStatus;
    match status {
        KpiStatus::Good => "good",
        KpiStatus::Warning => "warning",
        KpiStatus::Alert => "alert",
        KpiStatus::Overdue => "missed",
        KpiStatus::Neutral => "neutral",
    }
}

fn section_name(section: Section) -> &'static str {
    match section {
        Section::Cover => "cover",
        Section::Headlines => "headlines",
        Section::Charts => "charts",
        Section::Maps => "maps",
        Section::Alerts => "alerts",
        Section::Notes => "notes",
    }
}

fn labels(i18n: &I18n) -> Labels {
    let t = |key: &str| i18n.t(key).to_owned();
    Labels {
        headlines: t("brief.headlines"),
        charts: t("brief.charts"),
        alerts: t("brief.alerts"),
        notes: t("brief.notes"),
        kpi: t("brief.column.kpi"),
        value: t("brief.column.value"),
        change: t("brief.column.change"),
        status: t("brief.column.status"),
        measured_at: t("brief.column.measured_at"),
        no_alerts: t("brief.no_alerts"),
        no_notes: t("brief.no_notes"),
        page: t("brief.page"),
        legend: t("brief.legend"),
    }
}
