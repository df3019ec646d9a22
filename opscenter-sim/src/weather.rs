//! The simulated city's shared drivers: afternoon storms in the rainy season, the Saigon River
//! tide at Phu An, air pollution, rush hours and camera outages. Several KPIs read the same
//! driver (rain drives rainfall, flood points, congestion and 1022 reports), so they agree.
//! Everything is a pure function of the seed and the time.

use std::f64::consts::TAU;

use crate::calendar::{CityTime, DAY_MS, HOUR_MS, MINUTE_MS, city_midnight_ms};
use crate::noise::Noise;

/// Semi-diurnal tide period (the principal lunar M2 constituent), 12.42 hours.
pub const TIDE_PERIOD_MS: i64 = 44_712_000;
/// Spring-neap cycle, 14.77 days.
const SPRING_NEAP_MS: f64 = 14.77 * DAY_MS as f64;
/// Tide peaks at Phu An stay within these heights (metres).
pub const TIDE_PEAK_MIN_M: f64 = 1.36;
pub const TIDE_PEAK_MAX_M: f64 = 1.72;
/// Rain gauges saturate at this intensity (mm/h), the heaviest rain on record in the table.
pub const RAIN_MAX_MM_H: f64 = 116.0;

// Noise channels of the shared drivers.
const CH_STORM: u64 = 1;
const CH_STORM_START: u64 = 2;
const CH_STORM_DURATION: u64 = 3;
const CH_STORM_PEAK: u64 = 4;
const CH_RAIN_FLICKER: u64 = 5;
const CH_TIDE_PHASE: u64 = 10;
const CH_TIDE_NEAP_PHASE: u64 = 11;
const CH_TIDE_PEAK: u64 = 12;
const CH_EPISODE: u64 = 20;
const CH_EPISODE_SHORT: u64 = 21;
const CH_OUTAGE: u64 = 30;
const CH_OUTAGE_START: u64 = 31;
const CH_OUTAGE_LENGTH: u64 = 32;
const CH_OUTAGE_DEPTH: u64 = 33;

/// Chance of an afternoon storm on a day, by month (January first): May-November is the
/// rainy season.
const STORM_CHANCE_BY_MONTH: [f64; 12] = [
    0.03, 0.02, 0.05, 0.12, 0.35, 0.55, 0.6, 0.6, 0.65, 0.55, 0.3, 0.08,
];

/// One afternoon storm.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Storm {
    pub start_ms: i64,
    pub end_ms: i64,
    pub peak_mm_h: f64,
}

/// One high tide at Phu An.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TidePeak {
    pub t_ms: i64,
    pub height_m: f64,
}

/// A stretch of hours when part of the camera network is offline.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CameraOutage {
    pub start_ms: i64,
    pub end_ms: i64,
    /// Percentage points of cameras lost.
    pub depth_pct: f64,
}

/// The shared drivers for one seed.
#[derive(Debug, Clone, Copy)]
pub struct Weather {
    rain: Noise,
    tide: Noise,
    air: Noise,
    cameras: Noise,
    tide_origin_ms: i64,
    neap_origin_ms: f64,
}

impl Weather {
    pub fn new(seed: u64) -> Self {
        let tide = Noise::new(seed, "tide");
        // Anchor the tide near 2024-01-01 with a seed-dependent phase.
        let base_ms = city_midnight_ms(2024, 1, 1);
        let tide_origin_ms = base_ms + (tide.unit(CH_TIDE_PHASE, 0) * TIDE_PERIOD_MS as f64) as i64;
        let neap_origin_ms = base_ms as f64 + tide.unit(CH_TIDE_NEAP_PHASE, 0) * SPRING_NEAP_MS;
        Self {
            rain: Noise::new(seed, "rain"),
            tide,
            air: Noise::new(seed, "air"),
            cameras: Noise::new(seed, "cameras"),
            tide_origin_ms,
            neap_origin_ms,
        }
    }

    /// The storm of a city day, if that day has one.
    pub fn storm(&self, day_index: i64) -> Option<Storm> {
        let midnight_ms = day_index * DAY_MS - crate::calendar::CITY_UTC_OFFSET_MS;
        let month = CityTime::at(midnight_ms).month;
        let chance = STORM_CHANCE_BY_MONTH[(month as usize).saturating_sub(1).min(11)];
        if self.rain.unit(CH_STORM, day_index) >= chance {
            return None;
        }
        let start_hour = 13.0 + 5.0 * self.rain.unit(CH_STORM_START, day_index);
        let duration_min = 45.0 + 135.0 * self.rain.unit(CH_STORM_DURATION, day_index);
        let start_ms = midnight_ms + (start_hour * HOUR_MS as f64) as i64;
        Some(Storm {
            start_ms,
            end_ms: start_ms + (duration_min * MINUTE_MS as f64) as i64,
            peak_mm_h: 8.0
                + (RAIN_MAX_MM_H - 8.0) * self.rain.unit(CH_STORM_PEAK, day_index).powf(2.2),
        })
    }

    /// Rain intensity at `t_ms` in mm/h: a fast rise to the storm's peak, then a slower decay.
    pub fn rain_mm_h(&self, t_ms: i64) -> f64 {
        let Some(storm) = self.storm(CityTime::at(t_ms).day_index) else {
            return 0.0;
        };
        if t_ms < storm.start_ms || t_ms >= storm.end_ms {
            return 0.0;
        }
        let f = (t_ms - storm.start_ms) as f64 / (storm.end_ms - storm.start_ms) as f64;
        let shape = if f < 0.2 {
            f / 0.2
        } else {
            ((1.0 - f) / 0.8).powf(1.5)
        };
        let flicker = 1.0
            + 0.15
                * self
                    .rain
                    .signed(CH_RAIN_FLICKER, t_ms.div_euclid(5 * MINUTE_MS));
        (storm.peak_mm_h * shape * flicker).clamp(0.0, RAIN_MAX_MM_H)
    }

    /// Recent rain still on the streets, in mm: the last two hours, older rain weighing less.
    pub fn wetness_mm(&self, t_ms: i64) -> f64 {
        let step_ms = 10 * MINUTE_MS;
        // Storms end by 21:00, so a dry day after a dry morning needs no sampling.
        (0..12)
            .map(|j| {
                let rain = self.rain_mm_h(t_ms - j * step_ms);
                rain * (step_ms as f64 / HOUR_MS as f64) * 0.85f64.powi(j as i32)
            })
            .sum()
    }

    /// The index of the tide cycle in force at `t_ms` (its peak is at or before `t_ms`).
    pub fn tide_cycle(&self, t_ms: i64) -> i64 {
        (t_ms - self.tide_origin_ms).div_euclid(TIDE_PERIOD_MS)
    }

    /// High tide number `cycle`: its time and height. Spring tides (every ~14.77 days) and the
    /// high-water season at the end of the year lift the peaks over the 1.60 m alert level.
    pub fn tide_peak(&self, cycle: i64) -> TidePeak {
        let t_ms = self.tide_origin_ms + cycle * TIDE_PERIOD_MS;
        let spring = (TAU * (t_ms as f64 - self.neap_origin_ms) / SPRING_NEAP_MS).cos();
        let day_of_year = f64::from(CityTime::at(t_ms).day_of_year);
        let season = (TAU * (day_of_year - 305.0) / 365.25).cos();
        let inequality = if cycle.rem_euclid(2) == 0 { 1.0 } else { -1.0 };
        let height_m = 1.535
            + 0.125 * spring
            + 0.03 * season
            + 0.02 * inequality
            + 0.012 * self.tide.signed(CH_TIDE_PEAK, cycle);
        TidePeak {
            t_ms,
            height_m: height_m.clamp(TIDE_PEAK_MIN_M, TIDE_PEAK_MAX_M),
        }
    }

    /// The most recent high tide at or before `t_ms`.
    pub fn latest_tide_peak(&self, t_ms: i64) -> TidePeak {
        self.tide_peak(self.tide_cycle(t_ms))
    }

    /// Air pollution, a dimensionless index around 0.2-2: worse in dry-season mornings, during
    /// multi-day episodes, and washed out by rain.
    pub fn pollution(&self, t_ms: i64) -> f64 {
        let city = CityTime::at(t_ms);
        let season = 0.65 + 0.35 * (TAU * (f64::from(city.day_of_year) - 40.0) / 365.25).cos();
        let h = city.hour;
        let diurnal =
            1.0 + 0.45 * bump(h, 8.0, 1.8) + 0.2 * bump(h, 20.0, 2.0) - 0.15 * bump(h, 14.0, 2.5);
        let episode = 1.0
            + 0.4 * self.air.smooth(CH_EPISODE, t_ms, 5 * DAY_MS / 2)
            + 0.12 * self.air.smooth(CH_EPISODE_SHORT, t_ms, 6 * HOUR_MS);
        let washout = 1.0 / (1.0 + self.rain_mm_h(t_ms) / 10.0);
        season * diurnal * episode * washout
    }

    /// The camera outage of a city day, if there is one.
    pub fn camera_outage(&self, day_index: i64) -> Option<CameraOutage> {
        if self.cameras.unit(CH_OUTAGE, day_index) >= 0.06 {
            return None;
        }
        let midnight_ms = day_index * DAY_MS - crate::calendar::CITY_UTC_OFFSET_MS;
        let start_ms = midnight_ms
            + (self.cameras.unit(CH_OUTAGE_START, day_index) * 22.0 * HOUR_MS as f64) as i64;
        let length_ms = ((20.0 + 100.0 * self.cameras.unit(CH_OUTAGE_LENGTH, day_index))
            * MINUTE_MS as f64) as i64;
        Some(CameraOutage {
            start_ms,
            end_ms: start_ms + length_ms,
            depth_pct: 6.0 + 5.0 * self.cameras.unit(CH_OUTAGE_DEPTH, day_index),
        })
    }

    /// Percentage points of cameras lost to an outage at `t_ms`.
    pub fn camera_loss_pct(&self, t_ms: i64) -> f64 {
        match self.camera_outage(CityTime::at(t_ms).day_index) {
            Some(outage) if (outage.start_ms..outage.end_ms).contains(&t_ms) => outage.depth_pct,
            _ => 0.0,
        }
    }
}

/// Rush-hour intensity at a local hour, 0-1: 07:00-09:00 and 16:30-19:00.
pub fn rush(hour: f64) -> f64 {
    (bump(hour, 8.0, 0.75) + bump(hour, 17.75, 0.9)).min(1.0)
}

/// A Gaussian bump of height 1 centred on `centre` with width `width` (hours).
pub fn bump(hour: f64, centre: f64, width: f64) -> f64 {
    let z = (hour - centre) / width;
    (-z * z).exp()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn storms_come_in_rainy_season_afternoons() {
        let weather = Weather::new(42);
        let day = |y, m, d| crate::calendar::days_from_civil(y, m, d);
        let rainy = (0..120)
            .filter(|i| weather.storm(day(2025, 6, 1) + i).is_some())
            .count();
        let dry = (0..90)
            .filter(|i| weather.storm(day(2025, 1, 1) + i).is_some())
            .count();
        assert!(rainy > 50, "{rainy} storms from June");
        assert!(dry < 10, "{dry} storms in the dry season");
        for i in 0..365 {
            if let Some(storm) = weather.storm(day(2025, 1, 1) + i) {
                let city = CityTime::at(storm.start_ms);
                assert!((13.0..18.0).contains(&city.hour));
                assert!(storm.peak_mm_h <= RAIN_MAX_MM_H);
            }
        }
    }

    #[test]
    fn tide_peaks_follow_the_period_and_bounds() {
        let weather = Weather::new(42);
        let t = city_midnight_ms(2026, 10, 1);
        let peak = weather.latest_tide_peak(t);
        assert!(peak.t_ms <= t && t - peak.t_ms < TIDE_PERIOD_MS);
        let heights: Vec<f64> = (0..60)
            .map(|k| weather.tide_peak(weather.tide_cycle(t) + k).height_m)
            .collect();
        assert!(
            heights
                .iter()
                .all(|h| (TIDE_PEAK_MIN_M..=TIDE_PEAK_MAX_M).contains(h))
        );
        assert!(
            heights.iter().any(|h| *h > 1.60),
            "no spring tide over 1.60 in a month"
        );
        assert!(heights.iter().any(|h| *h < 1.50), "no neap tide in a month");
    }

    #[test]
    fn rush_hours_peak_morning_and_evening() {
        assert!(rush(8.0) > 0.9 && rush(17.75) > 0.9);
        assert!(rush(3.0) < 0.01 && rush(12.5) < 0.1);
    }
}
