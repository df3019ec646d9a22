//! City time and observation grids: when each KPI is observed. Times are UTC milliseconds; the
//! city is Asia/Ho_Chi_Minh, UTC+7 all year (no daylight saving), so local calendar fields are
//! plain integer arithmetic.

use offline_cache::model::Frequency;

pub use offline_cache::model::units::{DAY_MS, HOUR_MS, MINUTE_MS, SECOND_MS};
/// The city's offset from UTC (Asia/Ho_Chi_Minh).
pub const CITY_UTC_OFFSET_MS: i64 = 7 * HOUR_MS;

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
pub fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month = i64::from(month);
    let day_of_year =
        (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5 + i64::from(day) - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The date of a day count since 1970-01-01: (year, month 1-12, day 1-31).
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1_460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let mp = (5 * day_of_year + 2) / 153;
    // Both results are small by construction (1..=31 and 1..=12).
    let day = (day_of_year - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// UTC milliseconds of city midnight starting the given local date.
pub fn city_midnight_ms(year: i64, month: u32, day: u32) -> i64 {
    days_from_civil(year, month, day) * DAY_MS - CITY_UTC_OFFSET_MS
}

/// Calendar fields of an instant in city time.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CityTime {
    pub year: i64,
    /// 1-12.
    pub month: u32,
    /// 1-31.
    pub day: u32,
    /// Local days since 1970-01-01 (a stable key for per-day randomness).
    pub day_index: i64,
    /// Local hour of day with fraction, `[0, 24)`.
    pub hour: f64,
    /// 0 = Monday ... 6 = Sunday.
    pub weekday: u32,
    /// 0-based day of the year.
    pub day_of_year: u32,
}

impl CityTime {
    pub fn at(t_ms: i64) -> Self {
        let local_ms = t_ms + CITY_UTC_OFFSET_MS;
        let day_index = local_ms.div_euclid(DAY_MS);
        let (year, month, day) = civil_from_days(day_index);
        let ms_of_day = local_ms.rem_euclid(DAY_MS);
        // 1970-01-01 was a Thursday (weekday 3 when Monday is 0).
        let weekday = (day_index + 3).rem_euclid(7) as u32;
        let day_of_year = (day_index - days_from_civil(year, 1, 1)) as u32;
        Self {
            year,
            month,
            day,
            day_index,
            hour: ms_of_day as f64 / HOUR_MS as f64,
            weekday,
            day_of_year,
        }
    }

    pub fn is_weekend(&self) -> bool {
        self.weekday >= 5
    }

    /// The year with a fraction, for slow trends (e.g. 2025.5 in early July 2025).
    pub fn fractional_year(&self) -> f64 {
        self.year as f64 + (f64::from(self.day_of_year) + self.hour / 24.0) / 365.25
    }

    /// Months since year 0 (a single number for month arithmetic).
    pub fn month_index(&self) -> i64 {
        self.year * 12 + i64::from(self.month) - 1
    }
}

/// UTC milliseconds of city midnight on the first of a month given by its month index.
fn month_start_ms(month_index: i64) -> i64 {
    // rem_euclid(12) + 1 is in 1..=12.
    city_midnight_ms(
        month_index.div_euclid(12),
        (month_index.rem_euclid(12) + 1) as u32,
        1,
    )
}

/// The times at which a KPI of some frequency is observed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grid {
    /// Multiples of an interval in UTC (live, five-minute, hourly).
    Every { interval_ms: i64 },
    /// City midnight every day.
    CityMidnight,
    /// City midnight on the first of every `step`-th month (1 monthly, 3 quarterly, 12 annual),
    /// counted from January.
    CityMonths { step: i64 },
}

impl Grid {
    pub fn for_frequency(frequency: Frequency) -> Grid {
        match frequency {
            Frequency::Live => Grid::Every {
                interval_ms: MINUTE_MS,
            },
            Frequency::FiveMinutes => Grid::Every {
                interval_ms: 5 * MINUTE_MS,
            },
            Frequency::Hourly => Grid::Every {
                interval_ms: HOUR_MS,
            },
            Frequency::Daily => Grid::CityMidnight,
            Frequency::Monthly => Grid::CityMonths { step: 1 },
            Frequency::Quarterly => Grid::CityMonths { step: 3 },
            Frequency::Annual => Grid::CityMonths { step: 12 },
        }
    }

    /// The latest grid time at or before `t_ms`.
    pub fn floor(self, t_ms: i64) -> i64 {
        match self {
            Grid::Every { interval_ms } => t_ms.div_euclid(interval_ms) * interval_ms,
            Grid::CityMidnight => {
                (t_ms + CITY_UTC_OFFSET_MS).div_euclid(DAY_MS) * DAY_MS - CITY_UTC_OFFSET_MS
            }
            Grid::CityMonths { step } => {
                let month_index = CityTime::at(t_ms).month_index();
                month_start_ms(month_index - month_index.rem_euclid(step))
            }
        }
    }

    /// The earliest grid time at or after `t_ms`.
    pub fn ceil(self, t_ms: i64) -> i64 {
        let floor = self.floor(t_ms);
        if floor == t_ms {
            floor
        } else {
            self.next(floor)
        }
    }

    /// The grid time after the grid time `t_ms`.
    pub fn next(self, t_ms: i64) -> i64 {
        match self {
            Grid::Every { interval_ms } => t_ms + interval_ms,
            Grid::CityMidnight => t_ms + DAY_MS,
            Grid::CityMonths { step } => month_start_ms(CityTime::at(t_ms).month_index() + step),
        }
    }

    /// The grid time before the grid time `t_ms`.
    pub fn prev(self, t_ms: i64) -> i64 {
        match self {
            Grid::Every { interval_ms } => t_ms - interval_ms,
            Grid::CityMidnight => t_ms - DAY_MS,
            Grid::CityMonths { step } => month_start_ms(CityTime::at(t_ms).month_index() - step),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_dates_round_trip() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        for days in (-800_000..800_000).step_by(997) {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
    }

    #[test]
    fn city_time_is_utc_plus_seven() {
        // 2026-03-01T01:30:00Z is 08:30 in the city, a Sunday.
        let t = city_midnight_ms(2026, 3, 1) + 8 * HOUR_MS + 30 * MINUTE_MS;
        let city = CityTime::at(t);
        assert_eq!((city.year, city.month, city.day), (2026, 3, 1));
        assert!((city.hour - 8.5).abs() < 1e-9);
        assert_eq!(city.weekday, 6);
        assert_eq!(city.day_of_year, 59);
        assert_eq!(city_midnight_ms(2026, 3, 1), 1_772_298_000_000);
    }

    #[test]
    fn grids_floor_ceil_and_step() {
        let t = city_midnight_ms(2026, 5, 17) + 13 * HOUR_MS + 7 * MINUTE_MS + 5;
        let five = Grid::Every {
            interval_ms: 5 * MINUTE_MS,
        };
        assert_eq!(five.floor(t) % (5 * MINUTE_MS), 0);
        assert_eq!(five.ceil(t), five.floor(t) + 5 * MINUTE_MS);
        assert_eq!(Grid::CityMidnight.floor(t), city_midnight_ms(2026, 5, 17));
        let months = Grid::CityMonths { step: 1 };
        assert_eq!(months.floor(t), city_midnight_ms(2026, 5, 1));
        assert_eq!(months.next(months.floor(t)), city_midnight_ms(2026, 6, 1));
        let quarters = Grid::CityMonths { step: 3 };
        assert_eq!(quarters.floor(t), city_midnight_ms(2026, 4, 1));
        assert_eq!(
            quarters.prev(quarters.floor(t)),
            city_midnight_ms(2026, 1, 1)
        );
        let years = Grid::CityMonths { step: 12 };
        assert_eq!(years.floor(t), city_midnight_ms(2026, 1, 1));
        assert_eq!(years.ceil(t), city_midnight_ms(2027, 1, 1));
        assert_eq!(
            years.ceil(city_midnight_ms(2027, 1, 1)),
            city_midnight_ms(2027, 1, 1)
        );
    }
}
