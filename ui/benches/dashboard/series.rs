//! The time to prepare a chart series for a 1,600-pixel chart: a year and ten years of
//! five-minute observations written into a real cache through the store's writer, then read back
//! with `Reader::series_for_chart` and with the detail view's whole `load_series` (both
//! windows, the projection, the labels).

use std::path::Path;
use std::time::Instant;

use citydash::Lang;
use citydash::loader::load_series;
use citydash::view_models::series::CHART_COLUMNS;
use citydash::view_models::{CityZone, RangePreset};
use offline_cache::model::units::DAY_MS;
use offline_cache::model::{
    Catalog, Direction, Domain, Frequency, KpiDef, LocalizedText, Observation, Target, Thresholds,
};
use offline_cache::store::{
    FetchMeta, MAX_SERIES_POINTS, Reader, Resource, Store, downsample_min_max, now_ms,
};

use crate::{Figure, percentile};

const SERVER: &str = "http://127.0.0.1:9";
const STEP_MS: i64 = 5 * 60_000;
const CHART_PIXELS: usize = 1_600;
const RUNS: usize = 20;
const TARGET_MS: f64 = 30.0;
/// Observations written per store transaction, as a sync page would.
const PAGE: usize = 50_000;

/// A five-minute KPI with a target and thresholds, so the load takes every path: both windows,
/// the threshold lines and the projection.
fn kpi_def(kpi_id: &str, years: i64) -> KpiDef {
    let name = LocalizedText::new(
        format!("Tide level, {years} year(s) of five-minute readings"),
        format!("Mực nước triều, {years} năm dữ liệu năm phút"),
    );
    KpiDef {
        description: LocalizedText::new("Benchmark series", "Chuỗi dữ liệu đo hiệu năng"),
        target: Some(Target {
            value: 1.2,
            due: Some("2030-12-31".into()),
        }),
        thresholds: Thresholds {
            warning: Some(1.5),
            alert: Some(1.6),
            ..Thresholds::default()
        },
        source: LocalizedText::new("Benchmark", "Thử tải"),
        ..KpiDef::new(
            kpi_id,
            name,
            Domain::Environment,
            "m",
            Frequency::FiveMinutes,
            Direction::Down,
        )
    }
}

/// A tide-like level: two tides a day, a fortnightly swing and a little deterministic noise.
fn level_at(t_ms: i64) -> f64 {
    let hours = t_ms as f64 / 3_600_000.0;
    let tide = (hours * std::f64::consts::TAU / 12.42).sin() * 0.9;
    let spring = (hours * std::f64::consts::TAU / (14.77 * 24.0)).cos() * 0.25;
    let noise = ((t_ms / STEP_MS).wrapping_mul(2_654_435_761) % 1_000) as f64 / 20_000.0;
    0.6 + tide + spring + noise
}

fn meta(resource: Resource, at_ms: i64) -> FetchMeta {
    FetchMeta {
        url: format!("{SERVER}/api/v1/{resource}"),
        resource,
        etag: None,
        fetched_at_ms: at_ms,
    }
}

/// Writes the catalog and every series into a new cache at `path`.
fn write_cache(path: &std::path::Path, series: &[(KpiDef, i64)], end_ms: i64) {
    let mut store = Store::open(path).expect("the bench cache opens for writing");
    let catalog = Catalog {
        api_version: "1".into(),
        city: opscenter_sim::kpis::city_info(),
        server_time_ms: end_ms,
        simulated: true,
        data_notice: LocalizedText::new("Simulated benchmark data", "Dữ liệu mô phỏng"),
        kpis: series.iter().map(|(def, _)| def.clone()).collect(),
        layers: Vec::new(),
        basemap: None,
        data_epoch: None,
    };
    store
        .write_catalog(&catalog, SERVER, &meta(Resource::Catalog, end_ms))
        .expect("the catalog is written");
    for (def, points) in series {
        let first_ms = end_ms - (points - 1) * STEP_MS;
        let resource = Resource::series(&def.id);
        let mut page = Vec::with_capacity(PAGE);
        for index in 0..*points {
            let t_ms = first_ms + index * STEP_MS;
            page.push(Observation {
                t_ms,
                value: level_at(t_ms),
            });
            if page.len() == PAGE || index == points - 1 {
                store
                    .write_series_page(&def.id, &page, &meta(resource.clone(), end_ms))
                    .expect("a series page is written");
                page.clear();
            }
        }
    }
}

/// Median milliseconds of `RUNS` calls of `work`, which returns how many points it produced.
fn median_ms(mut work: impl FnMut() -> usize) -> (f64, f64, usize) {
    let mut samples = Vec::with_capacity(RUNS);
    let mut produced = 0;
    for _ in 0..RUNS {
        let started = Instant::now();
        produced = std::hint::black_box(work());
        samples.push(started.elapsed().as_secs_f64() * 1_000.0);
    }
    (
        percentile(&samples, 0.5),
        percentile(&samples, 1.0),
        produced,
    )
}

/// One chart to prepare: a KPI of a cache over a range ending at `end_ms`.
struct Case<'a> {
    label: String,
    reader: &'a Reader,
    def: KpiDef,
    zone: CityZone,
    range: RangePreset,
    end_ms: i64,
}

impl Case<'_> {
    /// Times the detail view's load and its parts, prints them, and returns the load's figure
    /// and, when asked, the chart read's.
    fn measure(&self, with_chart_read_figure: bool) -> Vec<Figure> {
        let (reader, kpi_id, end_ms) = (self.reader, self.def.id.as_str(), self.end_ms);
        let from_ms = match self.range.length_ms() {
            Some(length_ms) => end_ms - length_ms,
            None => reader
                .series(kpi_id, i64::MIN, end_ms, 1)
                .expect("the first observation reads")
                .first()
                .map_or(end_ms, |first| first.t_ms),
        };
        let (load_ms, load_max_ms, chart_points) = median_ms(|| {
            load_series(reader, &self.def, self.zone, self.range, Lang::En, end_ms)
                .points
                .len()
        });
        let (read_ms, _, read_points) = median_ms(|| {
            reader
                .series_for_chart(kpi_id, from_ms, end_ms, CHART_PIXELS)
                .expect("the series reads")
                .len()
        });
        let raw = reader
            .series(kpi_id, from_ms, end_ms, MAX_SERIES_POINTS)
            .expect("the raw series reads");
        let (raw_ms, _, raw_rows) = median_ms(|| {
            reader
                .series(kpi_id, from_ms, end_ms, MAX_SERIES_POINTS)
                .expect("the raw series reads")
                .len()
        });
        let (downsample_ms, _, _) =
            median_ms(|| downsample_min_max(&raw, from_ms, end_ms, CHART_PIXELS).len());
        let range_name = format!("{:?}", self.range).to_lowercase();
        println!(
            "  {}, range {range_name}: load_series {load_ms:.1} ms (max {load_max_ms:.1}; {chart_points} points on the chart)",
            self.label
        );
        println!(
            "      series_for_chart {read_ms:.1} ms ({read_points} points) = Reader::series {raw_ms:.1} ms ({raw_rows} rows) + downsample_min_max {downsample_ms:.1} ms",
        );
        let mut figures = vec![Figure::at_most(
            &format!("load_series, {}, {range_name}", self.label),
            load_ms,
            "ms",
            TARGET_MS,
        )];
        if with_chart_read_figure {
            figures.push(Figure::at_most(
                &format!("series_for_chart, {}, {range_name}", self.label),
                read_ms,
                "ms",
                TARGET_MS,
            ));
        }
        figures
    }
}

/// The KPI of the city cache with the most observations.
fn densest_kpi(reader: &Reader) -> Option<(KpiDef, u64)> {
    let catalog = reader.catalog().ok()??;
    catalog
        .kpis
        .into_iter()
        .filter_map(|def| {
            let count = reader.observation_count(Some(&def.id)).ok()?;
            Some((def, count))
        })
        .max_by_key(|(_, count)| *count)
}

/// The series preparation figures: a year and ten years of five-minute readings written for
/// the purpose, then the densest KPI of the city cache.
pub fn measure(city_cache: &Path) -> Vec<Figure> {
    println!();
    println!(
        "3. chart series for a {CHART_PIXELS}-pixel chart (median of {RUNS} runs; the detail view \
         reduces to {CHART_COLUMNS} columns, series_for_chart here to {CHART_PIXELS})"
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("series.gpkg");
    // Whole five-minute steps, so every run reads the same windows.
    let end_ms = now_ms() / STEP_MS * STEP_MS;
    let year_points = 365 * DAY_MS / STEP_MS;
    let series = [
        (kpi_def("BENCH1Y", 1), year_points),
        (kpi_def("BENCH10Y", 10), 10 * year_points),
    ];
    let started = Instant::now();
    write_cache(&path, &series, end_ms);
    println!(
        "  wrote {} + {} five-minute observations through Store::write_series_page in {:.1} s \
         (KPIs with a target, so the load also fits the projection's 3-year trend)",
        series[0].1,
        series[1].1,
        started.elapsed().as_secs_f64()
    );
    let reader = Reader::open(&path).expect("the bench cache opens");
    let zone = CityZone::from_name(Some("Asia/Ho_Chi_Minh"));
    let case = |label: &str, def: &KpiDef, range| Case {
        label: label.to_owned(),
        reader: &reader,
        def: def.clone(),
        zone,
        range,
        end_ms,
    };
    let mut figures = Vec::new();
    figures.extend(case("1 year", &series[0].0, RangePreset::Year).measure(true));
    figures.extend(case("10 years", &series[1].0, RangePreset::All).measure(true));
    figures.extend(case("10 years", &series[1].0, RangePreset::Year).measure(false));

    let city = Reader::open(city_cache).expect("the city cache opens");
    match densest_kpi(&city) {
        Some((def, count)) => {
            let zone = CityZone::from_name(
                city.catalog()
                    .ok()
                    .flatten()
                    .map(|catalog| catalog.city.time_zone)
                    .as_deref(),
            );
            let label = format!("city {} ({count} obs)", def.id);
            for range in [RangePreset::Year, RangePreset::All] {
                let case = Case {
                    label: label.clone(),
                    reader: &city,
                    def: def.clone(),
                    zone,
                    range,
                    end_ms: now_ms(),
                };
                figures.extend(case.measure(false));
            }
        }
        None => println!("  the city cache has no KPI series to compare with"),
    }
    figures
}
