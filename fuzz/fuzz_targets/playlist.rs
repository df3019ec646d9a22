//! Feeds text to the kiosk's playlist reader (`citydash::kiosk::playlist::Playlist::parse`),
//! a playlist that reads to its check against a catalog's offer and to the rotation (a
//! simulated week, a tick every hour, a critical alert on Monday morning), and every
//! problem found to its message in English and Vietnamese.
//!
//! Asserts that nothing panics, that every problem names a line of the file, and that the
//! rotation always shows one of the playlist's pages or the alert.

#![no_main]

use citydash::i18n::{I18n, Lang};
use citydash::kiosk::playlist::{Offered, Playlist, PlaylistProblem};
use citydash::kiosk::rotation::{Rotation, Screen, WeekTime};
use libfuzzer_sys::fuzz_target;

const MINUTE_MS: i64 = 60_000;
/// A Monday, midnight, in the city.
const MONDAY_MS: i64 = 1_795_996_800_000;

fn said(problems: &[PlaylistProblem], text: &str) {
    let lines = text.lines().count().max(1);
    for problem in problems {
        assert!(
            (1..=lines + 1).contains(&problem.line),
            "{problem:?} names line {} of {lines}",
            problem.line
        );
        let _ = problem.kind.key_and_args();
        for lang in [Lang::En, Lang::Vi] {
            let _ = problem.text(&I18n::new(lang));
        }
    }
}

fn week_time(minutes_since_monday: i64) -> WeekTime {
    WeekTime {
        weekday: (minutes_since_monday / (24 * 60)) as usize % 7,
        minute: (minutes_since_monday % (24 * 60)) as u16,
    }
}

fn rotate(playlist: Playlist) {
    let pages = playlist.pages.len();
    let mut rotation = Rotation::new(playlist, MONDAY_MS, week_time(0));
    for minutes in (0..7 * 24 * 60).step_by(60) {
        let now_ms = MONDAY_MS + minutes * MINUTE_MS;
        if minutes == 9 * 60 {
            rotation.interrupt(["flood-1".to_owned()], now_ms);
        }
        rotation.tick(now_ms, week_time(minutes));
        match rotation.screen(now_ms, week_time(minutes)) {
            Screen::Page { index, .. } => assert!(index < pages, "page {index} of {pages}"),
            Screen::Alert { alert_id, .. } => assert_eq!(alert_id, "flood-1"),
        }
        assert!(rotation.next_change_in_ms(now_ms) >= 0);
    }
}

fuzz_target!(|bytes: &[u8]| {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return;
    };
    let playlist = match Playlist::parse(text) {
        Ok(playlist) => playlist,
        Err(problems) => {
            assert!(!problems.is_empty());
            return said(&problems, text);
        }
    };
    let offered = Offered {
        kpi_ids: &["EN03", "MO01", "DE01"],
        layer_ids: &["wards", "flood-sensors", "metro"],
        ward_metrics: &["aqi", "population"],
    };
    said(&playlist.check_against(&offered), text);
    rotate(playlist);
});
