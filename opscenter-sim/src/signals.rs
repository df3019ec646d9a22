//! The value generator: each KPI's value at an observation time is a pure function of (seed,
//! KPI id, time). Fast KPIs read the shared drivers in [`crate::weather`]; slow ones (monthly,
//! quarterly, annual, some daily) follow a trend toward their targets with a little noise.

use crate::calendar::{CityTime, DAY_MS, HOUR_MS};
use crate::noise::Noise;
use crate::weather::{Weather, bump, rush};

// Noise channels of a KPI's own noise.
const CH_JITTER: u64 = 100;
const CH_SMOOTH: u64 = 101;
const CH_SLOW: u64 = 102;
const CH_INCIDENT: u64 = 103;

/// A slow trend: `anchor` at `anchor_year`, moving `per_year`, held within `[min, max]`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Trend {
    pub anchor_year: f64,
    pub anchor: f64,
    pub per_year: f64,
    pub min: f64,
    pub max: f64,
    /// Half-width of the uniform noise added to each observation.
    pub noise: f64,
}

const fn trend(
    anchor_year: f64,
    anchor: f64,
    per_year: f64,
    min: f64,
    max: f64,
    noise: f64,
) -> Signal {
    Signal::Trend(Trend {
        anchor_year,
        anchor,
        per_year,
        min,
        max,
        noise,
    })
}

/// How one KPI's values are made.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Signal {
    Trend(Trend),
    MetroRidership,
    MetroPunctuality,
    Congestion,
    AiViolations,
    ElectricBuses,
    AirQualityIndex,
    Pm25,
    TidePeak,
    FloodPoints,
    Rainfall,
    EmergencyCalls,
    AmbulanceResponse,
    CamerasOnline,
    Reports1022,
    ReportsResolved,
    CasesOnTime,
    Digitisation,
    AppUsers,
    SecurityEvents,
}

impl Signal {
    /// The generator of a KPI id from the catalog.
    pub fn for_kpi(kpi_id: &str) -> Option<Signal> {
        Some(match kpi_id {
            "DE01" => trend(2024.0, 21.7, 1.6, 15.0, 45.0, 0.1),
            "DE02" => trend(2025.0, 16.4, 1.2, 10.0, 25.0, 0.03),
            "DE03" => Signal::CasesOnTime,
            "DE04" => Signal::Digitisation,
            "DE05" => trend(2025.0, 89.5, 0.3, 80.0, 99.0, 0.4),
            "DE07" => trend(2024.5, 930.0, 40.0, 880.0, 982.0, 3.0),
            "DE08" => trend(2025.0, 3_000.0, 250.0, 2_000.0, 6_000.0, 30.0),
            "DE09" => trend(2025.0, 0.3, 0.08, 0.2, 1.5, 0.02),
            "DE11" => Signal::AppUsers,
            "DE12" => trend(2025.0, 10_200.0, 700.0, 8_000.0, 14_000.0, 60.0),
            "FP01" => trend(2025.0, 87.0, 1.2, 80.0, 99.0, 0.2),
            "FP02" => trend(2025.0, 68.1, 3.0, 55.0, 95.0, 0.3),
            "FP03" => trend(2025.0, 52.0, 7.0, 40.0, 85.0, 0.8),
            "MO01" => Signal::MetroRidership,
            "MO02" => Signal::MetroPunctuality,
            "MO04" => trend(2026.2, 48.4, 9.0, 20.0, 100.0, 0.3),
            "MO05" => Signal::ElectricBuses,
            "MO06" => Signal::Congestion,
            "MO07" => Signal::AiViolations,
            "EN01" => Signal::AirQualityIndex,
            "EN02" => Signal::Pm25,
            "EN03" => Signal::TidePeak,
            "EN04" => Signal::FloodPoints,
            "EN05" => Signal::Rainfall,
            "PS01" => Signal::EmergencyCalls,
            "PS02" => Signal::AmbulanceResponse,
            "PS03" => Signal::CamerasOnline,
            "UT01" => trend(2025.5, 12.5, -0.25, 9.0, 16.0, 0.15),
            "UT03" => trend(2025.0, 190.0, -18.0, 100.0, 250.0, 6.0),
            "CS01" => Signal::Reports1022,
            "CS02" => Signal::ReportsResolved,
            "CY01" => Signal::SecurityEvents,
            "ID01" => trend(2025.0, 8.2, 0.9, 5.0, 14.0, 0.03),
            "TI01" => trend(2025.5, 75.0, 6.0, 55.0, 98.0, 0.4),
            "TI02" => trend(2025.0, 86.0, 2.5, 75.0, 99.5, 0.3),
            "TI03" => trend(2025.0, 89.0, 2.0, 80.0, 99.0, 0.3),
            _ => return None,
        })
    }
}

/// Everything a value needs besides the KPI: its own noise and the shared drivers.
#[derive(Debug, Clone, Copy)]
pub struct SignalContext<'a> {
    pub noise: Noise,
    pub weather: &'a Weather,
}

/// The unrounded value of `signal` at `t_ms`.
pub fn raw_value(signal: Signal, ctx: SignalContext<'_>, t_ms: i64) -> f64 {
    let SignalContext { noise, weather } = ctx;
    let city = CityTime::at(t_ms);
    let jitter = noise.signed(CH_JITTER, t_ms);
    let smooth = |scale_ms: i64| noise.smooth(CH_SMOOTH, t_ms, scale_ms);
    // Daily KPIs are stamped at midnight and describe the day before.
    let day_before = CityTime::at(t_ms - HOUR_MS);
    let weekend_before = if day_before.is_weekend() { 1.0 } else { 0.0 };
    let working_day = if city.is_weekend() { 0.55 } else { 1.0 };
    match signal {
        Signal::Trend(trend) => {
            let years = city.fractional_year() - trend.anchor_year;
            let value = (trend.anchor + trend.per_year * years).clamp(trend.min, trend.max);
            (value + trend.noise * jitter).clamp(trend.min, trend.max)
        }
        Signal::MetroRidership => {
            let years = (city.fractional_year() - 2025.5).max(-1.0);
            let base = match city.weekday {
                5 => 50_000.0,
                6 => 47_000.0,
                _ => 55_000.0,
            } + 4_000.0 * years;
            let holiday_share = holiday_share_of_last_day(t_ms);
            base * (1.0 + holiday_share) * (0.97 + 0.06 * rush(city.hour))
                + 1_500.0 * smooth(6 * HOUR_MS)
        }
        Signal::MetroPunctuality => {
            let block = t_ms.div_euclid(2 * HOUR_MS);
            let incident = if noise.unit(CH_INCIDENT, block) < 0.04 {
                let f = (t_ms - block * 2 * HOUR_MS) as f64 / (2 * HOUR_MS) as f64;
                (1.5 + noise.unit(CH_INCIDENT + 1, block)) * (std::f64::consts::PI * f).sin()
            } else {
                0.0
            };
            (99.5 + 0.3 * smooth(3 * HOUR_MS) + 0.05 * jitter - incident).clamp(97.0, 100.0)
        }
        Signal::Congestion => {
            let h = city.hour;
            let daytime = logistic((h - 6.5) * 2.0) * logistic((22.0 - h) * 1.5);
            let rain = (weather.rain_mm_h(t_ms) * 0.2).min(15.0);
            (8.0 + 14.0 * daytime
                + 36.0 * rush(h) * working_day
                + rain
                + 4.0 * smooth(HOUR_MS)
                + 2.0 * jitter)
                .clamp(0.0, 80.0)
        }
        Signal::AiViolations => {
            (90.0 + 18.0 * jitter + 8.0 * smooth(7 * DAY_MS)) * (1.0 + 0.1 * weekend_before)
        }
        Signal::ElectricBuses => {
            let years = day_before.fractional_year() - 2025.0;
            let fleet = (640.0 + 70.0 * years).clamp(560.0, 800.0);
            fleet * (1.0 - 0.07 * weekend_before) + 8.0 * jitter
        }
        Signal::AirQualityIndex => {
            (25.0 + 75.0 * weather.pollution(t_ms) + 4.0 * jitter).clamp(10.0, 300.0)
        }
        Signal::Pm25 => (5.0 + 30.0 * weather.pollution(t_ms) + 2.0 * jitter).clamp(2.0, 150.0),
        Signal::TidePeak => weather.latest_tide_peak(t_ms).height_m,
        Signal::FloodPoints => {
            let from_rain = weather.wetness_mm(t_ms) / 3.0;
            let peak = weather.latest_tide_peak(t_ms);
            let from_tide = if peak.height_m > 1.58 && t_ms - peak.t_ms < 3 * HOUR_MS {
                ((peak.height_m - 1.58) * 20.0).min(3.0)
            } else {
                0.0
            };
            (from_rain + from_tide).clamp(0.0, 15.0)
        }
        Signal::Rainfall => weather.rain_mm_h(t_ms),
        Signal::EmergencyCalls => {
            let h = city.hour;
            let profile = 0.45 + 0.55 * bump(h, 20.0, 4.0) + 0.25 * bump(h, 10.0, 3.0);
            (520.0 * profile
                + 3.0 * weather.rain_mm_h(t_ms)
                + 40.0 * smooth(HOUR_MS)
                + 25.0 * jitter)
                .max(0.0)
        }
        Signal::AmbulanceResponse => {
            let rain = 0.05 * weather.rain_mm_h(t_ms);
            (12.5
                + 5.0 * rush(city.hour) * working_day
                + rain
                + 1.5 * smooth(2 * HOUR_MS)
                + 0.6 * jitter)
                .clamp(8.0, 35.0)
        }
        Signal::CamerasOnline => {
            let storm = 3.0 * weather.rain_mm_h(t_ms) / crate::weather::RAIN_MAX_MM_H;
            (97.2 + 0.8 * smooth(6 * HOUR_MS) + 0.2 * jitter
                - storm
                - weather.camera_loss_pct(t_ms))
            .clamp(80.0, 99.5)
        }
        Signal::Reports1022 => {
            let base = if city.is_weekend() { 2_100.0 } else { 2_450.0 };
            base + 8.0 * weather.wetness_mm(t_ms) + 150.0 * smooth(12 * HOUR_MS) + 60.0 * jitter
        }
        Signal::ReportsResolved => {
            let years = day_before.fractional_year() - 2025.0;
            (80.0 + 3.0 * years + 3.0 * jitter).clamp(70.0, 95.0)
        }
        Signal::CasesOnTime => {
            (96.5 + 0.35 * jitter + 0.2 * smooth(10 * DAY_MS)).clamp(90.0, 100.0)
        }
        Signal::Digitisation => {
            let years = day_before.fractional_year() - 2025.0;
            (58.0 + 4.0 * years + 0.4 * jitter).clamp(40.0, 95.0)
        }
        Signal::AppUsers => {
            let years = day_before.fractional_year() - 2025.6;
            let users = 40.0 + 460.0 * logistic(years * 2.4);
            users * (1.0 - 0.1 * weekend_before) * (1.0 + 0.04 * jitter)
        }
        Signal::SecurityEvents => {
            let slow = noise.smooth(CH_SLOW, t_ms, 10 * DAY_MS);
            (6.4 + 0.6 * slow + 0.25 * jitter).max(0.0)
        }
    }
}

/// Rounds to `decimals` places.
pub fn round_to(value: f64, decimals: u8) -> f64 {
    let scale = 10f64.powi(i32::from(decimals));
    (value * scale).round() / scale
}

fn logistic(x: f64) -> f64 {
    1.0 / (1.0 + (-x).exp())
}

/// Public holidays with heavy metro use: New Year, Reunification Day, Labour Day, National Day.
fn is_metro_holiday(city: &CityTime) -> bool {
    matches!((city.month, city.day), (1, 1) | (4, 30) | (5, 1) | (9, 2))
}

/// The share of the last 24 hours that fell on a holiday, 0-1.
fn holiday_share_of_last_day(t_ms: i64) -> f64 {
    let today = CityTime::at(t_ms);
    let yesterday = CityTime::at(t_ms - DAY_MS);
    let mut share = 0.0;
    if is_metro_holiday(&today) {
        share += today.hour / 24.0;
    }
    if is_metro_holiday(&yesterday) {
        share += (24.0 - today.hour) / 24.0;
    }
    share
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kpi_table::KPI_TABLE;

    #[test]
    fn every_kpi_has_a_signal() {
        for spec in &KPI_TABLE {
            assert!(
                Signal::for_kpi(spec.id).is_some(),
                "{} has no signal",
                spec.id
            );
        }
        assert!(Signal::for_kpi("ZZ99").is_none());
    }

    #[test]
    fn rounding() {
        assert_eq!(round_to(1.23456, 2), 1.23);
        assert_eq!(round_to(41.6, 0), 42.0);
    }
}
