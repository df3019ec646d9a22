//! Feeds text to the briefing spec reader (`citydash_brief::BriefSpec::parse`: the TOML, its
//! period and its language) and a spec that reads to its check against a catalog (the KPIs
//! and map layers it names), as the briefing app and `citydash brief render` do before a
//! document is made.
//!
//! Asserts that nothing panics; that a spec that reads has a period and a language; and that
//! the check refuses a spec exactly when it names a KPI or a layer the catalog lacks.

#![no_main]

use citydash_brief::BriefSpec;
use libfuzzer_sys::fuzz_target;
use offline_cache::model::{
    BoundingBox, Catalog, CityInfo, Direction, Domain, Frequency, GeometryKind, KpiDef, LayerDef,
    LocalizedText,
};

fn catalog() -> Catalog {
    let kpi = |id: &str| {
        KpiDef::new(
            id,
            LocalizedText::new(id, id),
            Domain::Environment,
            "µg/m³",
            Frequency::Hourly,
            Direction::Down,
        )
    };
    let layer = |id: &str| LayerDef {
        id: id.into(),
        title: LocalizedText::new(id, id),
        description: LocalizedText::default(),
        geometry: GeometryKind::Point,
        interval_secs: 60,
        time_varying: false,
        source: LocalizedText::default(),
        simulated: true,
    };
    Catalog {
        api_version: "1".into(),
        city: CityInfo {
            name: LocalizedText::new("Ho Chi Minh City", "Thành phố Hồ Chí Minh"),
            time_zone: "Asia/Ho_Chi_Minh".into(),
            bbox: BoundingBox {
                min_lon: 106.33,
                min_lat: 10.33,
                max_lon: 107.6,
                max_lat: 11.5,
            },
        },
        server_time_ms: 1_796_000_000_000,
        simulated: true,
        data_notice: LocalizedText::new("Simulated", "Mô phỏng"),
        kpis: ["EN03", "EN01", "MO01", "DE01"].map(kpi).to_vec(),
        layers: ["wards", "flood-sensors", "incidents"].map(layer).to_vec(),
        basemap: None,
        data_epoch: None,
    }
}

fuzz_target!(|bytes: &[u8]| {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return;
    };
    let spec = match BriefSpec::parse(text) {
        Ok(spec) => spec,
        Err(error) => {
            let _ = error.to_string();
            return;
        }
    };
    assert!(spec.period_ms().is_ok_and(|period| period > 0));
    assert!(spec.language().is_ok());
    let catalog = catalog();
    let names_unknown = spec.kpis.iter().any(|id| catalog.kpi(id).is_none())
        || spec
            .maps
            .iter()
            .flat_map(|map| &map.layers)
            .any(|id| !catalog.layers.iter().any(|layer| &layer.id == id));
    let checked = spec.check_against(&catalog);
    assert_eq!(checked.is_err(), names_unknown, "{spec:?}: {checked:?}");
    if let Err(error) = checked {
        let _ = error.to_string();
    }
});
