//! What makes the kiosk a wall rather than a window: the input it lets through (nothing but
//! the exit chord) and the city's time of week its pages are kept to.

use crate::kiosk::rotation::WeekTime;
use crate::view_models::CityZone;

/// What a wall lets through of its input: nothing but the exit chord. No click, drag, wheel,
/// key, text or screen-reader action reaches a page (a stray touch neither pans the map nor
/// shows a tooltip), and the pointer is never seen, so nothing is hovered.
pub fn wall_input(raw_input: &mut egui::RawInput) {
    raw_input.events.retain(|event| match event {
        egui::Event::Key {
            key: egui::Key::Q,
            modifiers,
            ..
        } => modifiers.ctrl && modifiers.alt && modifiers.shift,
        egui::Event::WindowFocused(_) => true,
        _ => false,
    });
    raw_input.dropped_files.clear();
    raw_input.hovered_files.clear();
}

/// The city's day of the week and minute of the day at `now_ms`.
pub(super) fn week_time(zone: &CityZone, now_ms: i64) -> WeekTime {
    let parts = zone.format_plain(now_ms, "%u %H %M");
    let numbers: Vec<u16> = parts
        .split(' ')
        .filter_map(|part| part.parse().ok())
        .collect();
    match numbers.as_slice() {
        [weekday, hours, minutes] => WeekTime {
            weekday: usize::from(weekday.saturating_sub(1)),
            minute: hours * 60 + minutes,
        },
        _ => WeekTime {
            weekday: 0,
            minute: 0,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view_models::CityZone;

    #[test]
    fn a_wall_lets_through_nothing_but_the_exit_chord() {
        let key = |key, modifiers| egui::Event::Key {
            key,
            physical_key: None,
            pressed: true,
            repeat: false,
            modifiers,
        };
        let chord = egui::Modifiers {
            ctrl: true,
            alt: true,
            shift: true,
            ..egui::Modifiers::NONE
        };
        let mut input = egui::RawInput {
            events: vec![
                key(egui::Key::Escape, egui::Modifiers::NONE),
                key(egui::Key::F4, egui::Modifiers::ALT),
                key(egui::Key::Q, egui::Modifiers::CTRL),
                egui::Event::Text("typing".into()),
                egui::Event::PointerMoved(egui::pos2(10.0, 10.0)),
                egui::Event::PointerButton {
                    pos: egui::pos2(10.0, 10.0),
                    button: egui::PointerButton::Primary,
                    pressed: true,
                    modifiers: egui::Modifiers::NONE,
                },
                key(egui::Key::Q, chord),
            ],
            ..egui::RawInput::default()
        };
        wall_input(&mut input);
        assert_eq!(input.events, vec![key(egui::Key::Q, chord)]);
    }

    #[test]
    fn the_city_week_starts_on_monday_in_the_citys_zone() {
        let zone = CityZone::fallback();
        // 2026-12-04 17:30 UTC is Saturday 00:30 in UTC+7.
        let at = week_time(&zone, 1_796_405_400_000);
        assert_eq!(at.weekday, 5, "Saturday");
        assert_eq!(at.minute, 30);
    }
}
