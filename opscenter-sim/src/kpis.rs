//! The catalog the simulator serves: the 36 KPIs of the table in `kpi_table.rs` as
//! `KpiDef`s, the twelve map layers and the basemap, and the city facts around them. Every
//! definition's `source` says the data is simulated.

use offline_cache::model::{
    API_VERSION, BoundingBox, Catalog, CityInfo, KpiDef, LocalizedText, Target, Thresholds,
};

use crate::calendar::CityTime;
use crate::kpi_table::{KPI_TABLE, KpiSpec};

/// The city's time zone, as IANA names it.
pub const CITY_TIME_ZONE: &str = "Asia/Ho_Chi_Minh";

/// The merged city's mainland (since 1 July 2025); Con Dao lies outside it to the south.
pub const CITY_BBOX: BoundingBox = BoundingBox {
    min_lon: 106.33,
    min_lat: 10.33,
    max_lon: 107.60,
    max_lat: 11.50,
};

/// The notice shown wherever the simulator's data is shown.
pub fn data_notice() -> LocalizedText {
    LocalizedText::new(
        "Simulated demo data: not the city's real figures",
        "Dữ liệu mô phỏng: không phải số liệu thật của thành phố",
    )
}

pub fn city_info() -> CityInfo {
    CityInfo {
        name: LocalizedText::new("Ho Chi Minh City", "Thành phố Hồ Chí Minh"),
        time_zone: CITY_TIME_ZONE.to_owned(),
        bbox: CITY_BBOX,
    }
}

/// The catalog at simulated time `now_ms` (which target is current depends on the date) of the
/// city simulated from `seed`; the seed names the data epoch, since another seed is other data.
pub fn catalog(now_ms: i64, seed: u64) -> Catalog {
    Catalog {
        api_version: API_VERSION.to_owned(),
        city: city_info(),
        server_time_ms: now_ms,
        simulated: true,
        data_notice: data_notice(),
        kpis: KPI_TABLE.iter().map(|spec| kpi_def(spec, now_ms)).collect(),
        layers: crate::layers::catalog_layers(),
        basemap: Some(crate::layers::basemap()),
        data_epoch: Some(format!("simulated-seed-{seed}")),
    }
}

/// The definition of one KPI at simulated time `now_ms`.
pub fn kpi_def(spec: &KpiSpec, now_ms: i64) -> KpiDef {
    let [warning, alert, warning_low, alert_low] = spec.levels;
    KpiDef {
        id: spec.id.to_owned(),
        name: LocalizedText::new(spec.name[0], spec.name[1]),
        description: LocalizedText::new(spec.description[0], spec.description[1]),
        domain: spec.domain,
        unit: spec.unit.to_owned(),
        frequency: spec.frequency,
        interval_secs: spec.frequency.interval_secs(),
        direction: spec.direction,
        target: current_target(spec, now_ms),
        thresholds: Thresholds {
            warning,
            alert,
            warning_low,
            alert_low,
        },
        source: LocalizedText::new(
            format!(
                "Simulated demo data (opscenter-sim), modelled on {}; not an official figure",
                spec.modelled_on[0]
            ),
            format!(
                "Dữ liệu minh họa mô phỏng (opscenter-sim), theo mẫu {}; không phải số liệu \
                 chính thức",
                spec.modelled_on[1]
            ),
        ),
    }
}

/// The first target not yet due on the city's date at `now_ms`, or the last one when all are past.
fn current_target(spec: &KpiSpec, now_ms: i64) -> Option<Target> {
    let city = CityTime::at(now_ms);
    let today = format!("{:04}-{:02}-{:02}", city.year, city.month, city.day);
    let (value, due) = spec
        .targets
        .iter()
        .find(|(_, due)| due.is_none_or(|due| due >= today.as_str()))
        .or(spec.targets.last())?;
    Some(Target {
        value: *value,
        due: due.map(str::to_owned),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::city_midnight_ms;
    use offline_cache::model::Domain;

    #[test]
    fn catalog_has_36_kpis_grouped_by_domain() {
        let catalog = catalog(city_midnight_ms(2026, 3, 1), 42);
        assert_eq!(catalog.kpis.len(), 36);
        let mut ids: Vec<&str> = catalog.kpis.iter().map(|kpi| kpi.id.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), 36, "duplicate ids");
        let order: Vec<usize> = catalog
            .kpis
            .iter()
            .map(|kpi| Domain::ALL.iter().position(|d| *d == kpi.domain).unwrap())
            .collect();
        assert!(
            order.windows(2).all(|w| w[0] <= w[1]),
            "not grouped by domain"
        );
        assert!(catalog.simulated);
        assert!(
            catalog.kpis.iter().all(
                |kpi| kpi.source.en.contains("Simulated") && kpi.source.vi.contains("mô phỏng")
            )
        );
        let tide = catalog.kpi("EN03").unwrap();
        assert_eq!(tide.name.vi, "Đỉnh triều tại Phú An");
        assert_eq!(tide.interval_secs, 300);
        assert_eq!(tide.thresholds.alert, Some(1.6));
    }

    #[test]
    fn the_current_target_is_the_next_one_due() {
        let before = catalog(city_midnight_ms(2025, 6, 1), 42);
        let after = catalog(city_midnight_ms(2026, 6, 1), 42);
        let target = |catalog: &Catalog| catalog.kpi("DE01").unwrap().target.clone().unwrap();
        assert_eq!(target(&before).value, 25.0);
        assert_eq!(target(&after).value, 40.0);
        assert_eq!(target(&after).due.as_deref(), Some("2030-12-31"));
        assert!(after.kpi("DE02").unwrap().target.is_none());
    }
}
