#![allow(clippy::unwrap_used)]

use super::*;
use crate::kiosk::playlist::PageContent;

const MONDAY_NOON: WeekTime = WeekTime {
    weekday: 0,
    minute: 12 * 60,
};

fn playlist(text: &str) -> Playlist {
    Playlist::parse(text).unwrap()
}

fn three_pages() -> Playlist {
    playlist(
        "alert_seconds = 10\n\
         [[page]]\nkind = \"city-now\"\nseconds = 20\n\
         [[page]]\nkind = \"alerts\"\nseconds = 30\n\
         [[page]]\nkind = \"overview\"\nseconds = 10\n",
    )
}

fn index(rotation: &Rotation, now_ms: i64) -> usize {
    match rotation.screen(now_ms, MONDAY_NOON) {
        Screen::Page { index, .. } => index,
        Screen::Alert { alert_id, .. } => panic!("alert {alert_id} on screen"),
    }
}

#[test]
fn pages_follow_each_other_for_their_seconds_and_wrap() {
    let mut rotation = Rotation::new(three_pages(), 0, MONDAY_NOON);
    let mut seen = Vec::new();
    for second in 0..=120 {
        rotation.tick(second * 1_000, MONDAY_NOON);
        seen.push(index(&rotation, second * 1_000));
    }
    assert_eq!(seen[0], 0);
    assert_eq!(seen[19], 0);
    assert_eq!(seen[20], 1);
    assert_eq!(seen[49], 1);
    assert_eq!(seen[50], 2);
    assert_eq!(seen[60], 0, "wraps after 60 s");
    assert_eq!(seen[120], 0);
    match rotation.screen(125_000, MONDAY_NOON) {
        Screen::Page {
            progress,
            position,
            of,
            ..
        } => {
            assert!((progress - 0.25).abs() < 1e-3, "{progress}");
            assert_eq!((position, of), (1, 3));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_critical_alert_interrupts_and_the_page_resumes_with_its_time_left() {
    let mut rotation = Rotation::new(three_pages(), 0, MONDAY_NOON);
    rotation.tick(25_000, MONDAY_NOON);
    assert_eq!(index(&rotation, 25_000), 1, "5 s into the 30 s page");
    rotation.interrupt(["a1".to_owned(), "a2".to_owned()], 25_000);
    match rotation.screen(25_000, MONDAY_NOON) {
        Screen::Alert {
            alert_id, waiting, ..
        } => assert_eq!((alert_id, waiting), ("a1", 1)),
        other => panic!("{other:?}"),
    }
    assert!(!rotation.tick(34_000, MONDAY_NOON));
    assert!(rotation.tick(35_000, MONDAY_NOON));
    assert!(matches!(
        rotation.screen(35_000, MONDAY_NOON),
        Screen::Alert { alert_id: "a2", .. }
    ));
    assert!(rotation.tick(45_000, MONDAY_NOON));
    // Back on the page it left, 5 of its 30 seconds already shown.
    assert_eq!(index(&rotation, 45_000), 1);
    match rotation.screen(45_000, MONDAY_NOON) {
        Screen::Page { progress, .. } => assert!((progress - 5.0 / 30.0).abs() < 1e-3),
        other => panic!("{other:?}"),
    }
    assert!(!rotation.tick(69_000, MONDAY_NOON));
    assert!(rotation.tick(70_000, MONDAY_NOON));
    assert_eq!(index(&rotation, 70_000), 2);
}

#[test]
fn a_burst_of_alerts_is_shown_in_turn_never_stacked_forever() {
    let mut rotation = Rotation::new(three_pages(), 0, MONDAY_NOON);
    rotation.interrupt((0..40).map(|i| format!("a{i}")), 1_000);
    match rotation.screen(1_000, MONDAY_NOON) {
        Screen::Alert {
            waiting,
            not_queued,
            ..
        } => assert_eq!((waiting, not_queued), (MAX_QUEUED_ALERTS - 1, 35)),
        other => panic!("{other:?}"),
    }
    // Five alerts of ten seconds, then the rotation again.
    let mut now = 1_000;
    while matches!(rotation.screen(now, MONDAY_NOON), Screen::Alert { .. }) {
        now += 1_000;
        rotation.tick(now, MONDAY_NOON);
        assert!(now < 60_000, "the alerts never end");
    }
    assert_eq!(now, 51_000);
    assert_eq!(index(&rotation, now), 0);
}

#[test]
fn pages_out_of_their_hours_are_skipped_and_a_wall_is_never_blank() {
    let playlist = playlist(
        "[[page]]\nkind = \"city-now\"\nseconds = 10\nhours = \"07:00-12:00\"\n\
         [[page]]\nkind = \"alerts\"\nseconds = 10\ndays = [\"sat\", \"sun\"]\n\
         [[page]]\nkind = \"overview\"\nseconds = 10\n",
    );
    let morning = WeekTime {
        weekday: 0,
        minute: 8 * 60,
    };
    let mut rotation = Rotation::new(playlist.clone(), 0, morning);
    let mut seen = Vec::new();
    for step in 0..4 {
        rotation.tick(step * 10_000, morning);
        seen.push(match rotation.screen(step * 10_000, morning) {
            Screen::Page { page, .. } => page.content.clone(),
            other => panic!("{other:?}"),
        });
    }
    assert_eq!(
        seen,
        [
            PageContent::CityNow,
            PageContent::Overview { domain: None },
            PageContent::CityNow,
            PageContent::Overview { domain: None },
        ]
    );
    // Only limited pages, none on: all of them play rather than nothing.
    let limited =
        self::playlist("[[page]]\nkind = \"city-now\"\nseconds = 10\nhours = \"07:00-08:00\"\n");
    let evening = WeekTime {
        weekday: 2,
        minute: 20 * 60,
    };
    let rotation = Rotation::new(limited, 0, evening);
    assert!(matches!(
        rotation.screen(0, evening),
        Screen::Page { index: 0, .. }
    ));
}

#[test]
fn a_new_playlist_takes_over_at_the_next_page() {
    let mut rotation = Rotation::new(three_pages(), 0, MONDAY_NOON);
    rotation.replace_playlist(playlist(
        "[[page]]\nkind = \"kpi\"\nkpi = \"EN03\"\nseconds = 15\n",
    ));
    rotation.tick(5_000, MONDAY_NOON);
    assert_eq!(index(&rotation, 5_000), 0);
    assert_eq!(
        rotation.playlist().pages.len(),
        3,
        "the page on screen finishes"
    );
    rotation.tick(20_000, MONDAY_NOON);
    assert_eq!(rotation.playlist().pages.len(), 1);
    assert!(matches!(
        rotation.screen(20_000, MONDAY_NOON),
        Screen::Page { page, .. } if matches!(page.content, PageContent::Kpi { .. })
    ));
}

#[test]
fn after_a_long_sleep_the_next_page_starts_now() {
    let mut rotation = Rotation::new(three_pages(), 0, MONDAY_NOON);
    rotation.tick(3_600_000, MONDAY_NOON);
    assert_eq!(index(&rotation, 3_600_000), 1);
    assert_eq!(rotation.next_change_in_ms(3_600_000), 30_000);
}
