//! Feeds JSON to the decoding of API v1 answers into the model types the sync engine reads
//! them as: the first byte picks the type (catalog, latest values, a series page, an alerts
//! page, a feature collection, a page of incoming features, the collections, an error body, a
//! layer change), the rest is the body. What decodes goes through the model's public helpers
//! the sync and the faces call on it (KPI look-up, localized texts, freshness and ages, paging
//! links).
//!
//! The sync's own checks on an answer (`sync::validate`) are private to the engine and not
//! reached here; they run on what these types hold.
//!
//! Asserts that nothing panics, and that whatever decodes serializes again (the cache keeps the
//! catalog as JSON) into JSON that decodes to the same type.

#![no_main]

use libfuzzer_sys::fuzz_target;
use offline_cache::model::{
    AlertSeverity, AlertStatus, AlertsPage, ApiError, Catalog, Collections, FeatureCollection,
    Freshness, IncomingPage, LatestValues, LayerChanged, SeriesPage, age_parts,
};
use serde::Serialize;
use serde::de::DeserializeOwned;

/// Decodes `json` as `T`; what decodes must serialize and decode again.
fn decode<T: DeserializeOwned + Serialize>(json: &[u8]) -> Option<T> {
    let value: T = serde_json::from_slice(json).ok()?;
    let again = serde_json::to_vec(&value).expect("a decoded answer serializes");
    if let Err(error) = serde_json::from_slice::<T>(&again) {
        panic!(
            "a decoded answer serialized to JSON it cannot read again ({error}): {}",
            String::from_utf8_lossy(&again)
        );
    }
    Some(value)
}

fn catalog(json: &[u8]) {
    let Some(catalog) = decode::<Catalog>(json) else {
        return;
    };
    for lang in ["en", "vi"] {
        let _ = catalog.city.name.get(lang);
        let _ = catalog.data_notice.get(lang);
    }
    for kpi in &catalog.kpis {
        assert!(catalog.kpi(&kpi.id).is_some());
        let _ = kpi.stale_after_secs();
        let _ = kpi.frequency.interval_secs();
        let _ = kpi.frequency.min_history_ms();
        let freshness = Freshness::at(catalog.server_time_ms, i64::MAX, kpi.interval_secs);
        let _ = age_parts(freshness.age_secs);
    }
    for layer in &catalog.layers {
        let _ = layer.geometry.gpkg_type_name();
    }
}

fn latest(json: &[u8]) {
    let Some(latest) = decode::<LatestValues>(json) else {
        return;
    };
    for value in &latest.values {
        for interval_secs in [0, 60, i64::MAX] {
            let freshness = Freshness::at(value.t_ms, latest.server_time_ms, interval_secs);
            assert!(freshness.age_secs >= 0);
            let _ = age_parts(freshness.age_secs);
        }
        let _ = value.quality.key();
    }
}

fn alerts(json: &[u8]) {
    let Some(page) = decode::<AlertsPage>(json) else {
        return;
    };
    for alert in &page.alerts {
        assert_eq!(
            AlertSeverity::from_key(alert.severity.key()),
            Some(alert.severity)
        );
        assert_eq!(
            AlertStatus::from_key(alert.status.key()),
            Some(alert.status)
        );
        let _ = alert.title.get("vi");
    }
}

fn features(json: &[u8]) {
    if let Some(page) = decode::<FeatureCollection>(json) {
        let _ = page.next_link();
        for feature in &page.features {
            let _ = feature.id.as_ref().map(ToString::to_string);
        }
    }
}

fn incoming(json: &[u8]) {
    // Read as the sync engine reads a page: only deserialized, never written back as a page.
    if let Ok(page) = serde_json::from_slice::<IncomingPage>(json) {
        let _ = page.next_link();
        for feature in &page.features {
            let _ = feature.id.as_ref().map(ToString::to_string);
            let _ = feature.properties.as_deref().map(|raw| raw.get().len());
        }
    }
}

fuzz_target!(|bytes: &[u8]| {
    let Some((&kind, json)) = bytes.split_first() else {
        return;
    };
    match kind % 9 {
        0 => catalog(json),
        1 => latest(json),
        2 => {
            decode::<SeriesPage>(json);
        }
        3 => alerts(json),
        4 => features(json),
        5 => incoming(json),
        6 => {
            decode::<Collections>(json);
        }
        7 => {
            decode::<ApiError>(json);
        }
        _ => {
            decode::<LayerChanged>(json);
        }
    }
});
