//! Tests that the simulated city behaves as DOMAIN.md describes: tides, rush hours, rainy
//! season, dry-season air, slow KPIs trending toward their targets, history sizes, and alerts
//! that point at the served features behind them.

use offline_cache::model::Observation;

use crate::calendar::{CityTime, DAY_MS, HOUR_MS, city_midnight_ms};
use crate::data::SimData;

fn series(data: &SimData, kpi_id: &str, from_ms: i64, to_ms: i64) -> Vec<Observation> {
    let kpi = data.kpi(kpi_id).unwrap();
    data.window(kpi, from_ms, to_ms, usize::MAX).0
}

fn mean(values: impl Iterator<Item = f64>) -> f64 {
    let (sum, count) = values.fold((0.0, 0usize), |(sum, count), v| (sum + v, count + 1));
    sum / count.max(1) as f64
}

#[test]
fn tide_crosses_alert_level_at_spring_tides_within_its_range() {
    let data = SimData::new(42, 400);
    let from = city_midnight_ms(2025, 10, 1);
    let tide = series(&data, "EN03", from, from + 60 * DAY_MS);
    assert!(tide.iter().all(|o| (1.36..=1.72).contains(&o.value)));
    let max = tide.iter().map(|o| o.value).fold(f64::MIN, f64::max);
    let min = tide.iter().map(|o| o.value).fold(f64::MAX, f64::min);
    assert!(max > 1.60 && min < 1.45, "tide {min}..{max}");
    // Spring tides come about every 14.77 days: the days with a peak over 1.60 cluster.
    let mut over_days: Vec<i64> = tide
        .iter()
        .filter(|o| o.value > 1.60)
        .map(|o| CityTime::at(o.t_ms).day_index)
        .collect();
    over_days.dedup();
    assert!(
        (8..40).contains(&over_days.len()),
        "{} days over 1.60 in 60",
        over_days.len()
    );
    // Two peaks a day: the value changes about every 12.42 hours.
    let changes = tide.windows(2).filter(|w| w[0].value != w[1].value).count();
    assert!(
        (100..=125).contains(&changes),
        "{changes} tide changes in 60 days"
    );
}

#[test]
fn congestion_peaks_in_rush_hours() {
    let data = SimData::new(42, 400);
    let at = |hour: i64| {
        mean((0..60).filter_map(|day| {
            let t = city_midnight_ms(2026, 3, 2) + day * DAY_MS + hour * HOUR_MS;
            (!CityTime::at(t).is_weekend()).then(|| data.value(data.kpi("MO06").unwrap(), t))
        }))
    };
    let (night, morning, noon, evening) = (at(3), at(8), at(12), at(18));
    assert!(morning > night + 25.0, "08:00 {morning} vs 03:00 {night}");
    assert!(
        evening > noon && morning > noon,
        "{morning} {noon} {evening}"
    );
    let ridership = data.kpi("MO01").unwrap();
    let t = city_midnight_ms(2026, 3, 3);
    assert!(data.value(ridership, t + 8 * HOUR_MS) > data.value(ridership, t + 3 * HOUR_MS));
}

#[test]
fn rainy_season_afternoons_are_wetter() {
    let data = SimData::new(42, 400);
    let afternoons = |year, month| {
        let from = city_midnight_ms(year, month, 1);
        mean(
            series(&data, "EN05", from, from + 28 * DAY_MS)
                .into_iter()
                .filter(|o| (13.0..20.0).contains(&CityTime::at(o.t_ms).hour))
                .map(|o| o.value),
        )
    };
    let (rainy, dry) = (afternoons(2025, 8), afternoons(2026, 2));
    assert!(
        rainy > 5.0 * dry.max(0.1),
        "August {rainy} mm/h vs February {dry} mm/h"
    );
    let mornings_rain = series(
        &data,
        "EN05",
        city_midnight_ms(2025, 8, 1),
        city_midnight_ms(2025, 9, 1),
    )
    .into_iter()
    .filter(|o| CityTime::at(o.t_ms).hour < 12.0)
    .map(|o| o.value)
    .fold(0.0, f64::max);
    assert_eq!(mornings_rain, 0.0, "storms come in the afternoon");
    let rain = series(
        &data,
        "EN05",
        city_midnight_ms(2025, 6, 1),
        city_midnight_ms(2025, 11, 1),
    );
    let max = rain.iter().map(|o| o.value).fold(0.0, f64::max);
    assert!((60.0..=116.0).contains(&max), "wettest {max}");
    let floods = series(
        &data,
        "EN04",
        city_midnight_ms(2025, 6, 1),
        city_midnight_ms(2025, 11, 1),
    );
    assert!(
        floods.iter().any(|o| o.value >= 10.0),
        "no flooding in a rainy season"
    );
}

#[test]
fn air_is_worse_in_dry_season_mornings() {
    let data = SimData::new(42, 400);
    let mornings = |year, month| {
        let from = city_midnight_ms(year, month, 1);
        mean(
            series(&data, "EN01", from, from + 28 * DAY_MS)
                .into_iter()
                .filter(|o| (7.0..10.0).contains(&CityTime::at(o.t_ms).hour))
                .map(|o| o.value),
        )
    };
    let (dry, rainy) = (mornings(2026, 2), mornings(2025, 8));
    assert!(dry > rainy + 30.0, "February {dry} vs August {rainy}");
    let aqi = series(
        &data,
        "EN01",
        city_midnight_ms(2025, 12, 1),
        city_midnight_ms(2026, 4, 1),
    );
    assert!(
        aqi.iter().any(|o| o.value > 150.0),
        "no unhealthy morning in a dry season"
    );
}

#[test]
fn slow_kpis_change_rarely_and_trend_to_targets() {
    let data = SimData::new(42, 400);
    let de01 = series(
        &data,
        "DE01",
        city_midnight_ms(2024, 1, 1),
        city_midnight_ms(2027, 1, 1),
    );
    assert_eq!(de01.len(), 4, "annual");
    assert!(
        (21.5..=22.0).contains(&de01[0].value),
        "2024: {}",
        de01[0].value
    );
    assert!(de01.windows(2).all(|w| w[1].value > w[0].value), "{de01:?}");
    let mo04 = series(
        &data,
        "MO04",
        city_midnight_ms(2025, 3, 1),
        city_midnight_ms(2026, 3, 1),
    );
    assert_eq!(mo04.len(), 13, "monthly");
    assert!(
        (mo04[12].value - 48.4).abs() < 1.0,
        "March 2026: {}",
        mo04[12].value
    );
    assert!(mo04[12].value > mo04[0].value);
}

#[test]
fn history_holds_every_frequency() {
    let data = SimData::new(42, 400);
    let now = city_midnight_ms(2026, 11, 20) + 10 * HOUR_MS;
    let count = |id: &str| {
        let kpi = data.kpi(id).unwrap();
        let (from, to) = data.clamp_window(kpi, i64::MIN, i64::MAX, now);
        data.window(kpi, from, to, usize::MAX).0.len()
    };
    let five = count("EN03");
    assert!((115_000..=115_201).contains(&five), "{five}");
    let live = count("MO02");
    assert!((575_000..=576_001).contains(&live), "{live}");
    assert_eq!(count("MO01"), 400 * 24 + 1);
    assert!(count("DE03") == 401 || count("DE03") == 400);
    assert!(count("DE01") >= 2);
}

/// The places a served feature can be named by: its name, its road, or its ward's name as the
/// wards layer serves it.
fn served_places(
    feature: &offline_cache::model::Feature,
    wards: &[offline_cache::model::Feature],
) -> Vec<(String, String)> {
    let properties = feature.properties.clone().unwrap_or_default();
    let text = |properties: &serde_json::Map<String, serde_json::Value>, key: &str| {
        properties
            .get(key)
            .and_then(|value| value.as_str())
            .map(str::to_owned)
    };
    let mut places = Vec::new();
    for (en, vi) in [("name_en", "name"), ("road_en", "road")] {
        if let (Some(en), Some(vi)) = (text(&properties, en), text(&properties, vi)) {
            places.push((en, vi));
        }
    }
    if let Some(code) = text(&properties, "ward_code") {
        let ward = wards
            .iter()
            .find(|ward| ward.id.as_ref().map(ToString::to_string) == Some(code.clone()))
            .and_then(|ward| ward.properties.clone())
            .unwrap();
        places.push((
            text(&ward, "name_en").unwrap(),
            text(&ward, "name").unwrap(),
        ));
    }
    places
}

#[test]
fn alerts_point_at_served_features_and_name_where_they_are() {
    use std::collections::BTreeSet;

    use crate::layers::{self, LayerId};
    use crate::weather::Weather;

    const SEED: u64 = 11;
    let config = crate::SimConfig {
        seed: SEED,
        start_ms: city_midnight_ms(2026, 2, 1),
        speed: 0.0,
        history_days: 150,
        ..crate::SimConfig::default()
    };
    let sim = crate::spawn("127.0.0.1:0".parse().unwrap(), config.clone()).unwrap();
    let alerts = sim.alerts().alerts;
    let wards = sim.layer_features("wards").unwrap();
    let mut layers_pointed_at = BTreeSet::new();
    for alert in &alerts {
        let Some(feature_ref) = &alert.feature else {
            assert_eq!(
                alert.kpi_id.as_deref(),
                Some("PS03"),
                "{} has no feature",
                alert.id
            );
            continue;
        };
        let served = sim.layer_features(&feature_ref.layer_id).unwrap();
        let feature = served
            .iter()
            .find(|f| {
                f.id.as_ref().map(ToString::to_string).as_ref() == Some(&feature_ref.feature_id)
            })
            .unwrap_or_else(|| panic!("{} points at {feature_ref:?}, not served", alert.id));
        let places = served_places(feature, &wards);
        assert!(
            places.iter().any(|(en, vi)| {
                (alert.title.en.contains(en.as_str()) || alert.body.en.contains(en.as_str()))
                    && (alert.title.vi.contains(vi.as_str()) || alert.body.vi.contains(vi.as_str()))
            }),
            "{}: {:?} / {:?} names none of {places:?}",
            alert.id,
            alert.title.en,
            alert.body.en
        );
        layers_pointed_at.insert(feature_ref.layer_id.clone());
    }
    assert_eq!(
        layers_pointed_at,
        ["air-quality", "congestion", "flood-sensors", "tide-gauges"]
            .map(str::to_owned)
            .into(),
        "{} alerts",
        alerts.len()
    );

    // A street flooding alert points at the sensor with the deepest water when it was raised.
    let weather = Weather::new(SEED);
    let flood = alerts
        .iter()
        .find(|alert| alert.kpi_id.as_deref() == Some("EN04"))
        .unwrap();
    let depth = |feature: &offline_cache::model::Feature| {
        feature.properties.as_ref().unwrap()["depth_cm"]
            .as_f64()
            .unwrap()
    };
    let sensors = layers::all_features(SEED, &weather, LayerId::FloodSensors, flood.t_ms);
    let deepest = sensors.iter().map(depth).fold(f64::MIN, f64::max);
    let chosen = sensors
        .iter()
        .find(|f| {
            f.id.as_ref().map(ToString::to_string)
                == flood.feature.as_ref().map(|r| r.feature_id.clone())
        })
        .unwrap();
    assert_eq!(depth(chosen), deepest, "{}", flood.id);

    // The same seed points at the same features.
    let again = crate::spawn("127.0.0.1:0".parse().unwrap(), config).unwrap();
    assert_eq!(again.alerts().alerts, alerts);
}
