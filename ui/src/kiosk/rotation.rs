//! The kiosk's rotation on a clock it is given (so tests drive it): which page is on screen,
//! how far through it is, when to move on; pages limited to hours or days are skipped outside
//! them. A new critical alert takes the screen for the playlist's `alert_seconds`, several in
//! turn (at most [`MAX_QUEUED_ALERTS`] waiting; more are counted, not queued), and then the page
//! they interrupted comes back with the time it had left. A new playlist takes over at the next
//! page.

use std::collections::VecDeque;

use super::playlist::{Page, Playlist};

/// The most critical alerts waiting for the screen; a burst beyond it is counted and told on
/// the last one ("and 12 more on the alerts board") instead of holding the wall for an hour.
pub const MAX_QUEUED_ALERTS: usize = 5;

/// The city's time of week, for pages limited to hours and days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WeekTime {
    /// 0 = Monday.
    pub weekday: usize,
    /// Minutes since midnight.
    pub minute: u16,
}

/// What the wall shows now.
#[derive(Debug, Clone, PartialEq)]
pub enum Screen<'a> {
    Page {
        index: usize,
        page: &'a Page,
        /// Share of its time already shown, 0 to 1.
        progress: f32,
        /// Its place among the pages on now, 1-based, and how many are on.
        position: usize,
        of: usize,
    },
    Alert {
        alert_id: &'a str,
        progress: f32,
        /// Alerts waiting after this one, and those beyond the queue.
        waiting: usize,
        not_queued: usize,
    },
}

#[derive(Debug, Clone)]
struct ShownAlert {
    alert_id: String,
    started_ms: i64,
}

/// The rotation's state.
#[derive(Debug, Clone)]
pub struct Rotation {
    playlist: Playlist,
    /// A playlist waiting for the current page to end.
    next_playlist: Option<Playlist>,
    current: usize,
    page_started_ms: i64,
    /// Time the interrupted page had left, while alerts hold the screen.
    interrupted_remaining_ms: Option<i64>,
    alert: Option<ShownAlert>,
    queued: VecDeque<String>,
    not_queued: usize,
    pages_shown: u64,
}

impl Rotation {
    /// Starts on the first page that is on at `week_time`.
    pub fn new(playlist: Playlist, now_ms: i64, week_time: WeekTime) -> Rotation {
        let mut rotation = Rotation {
            playlist,
            next_playlist: None,
            current: 0,
            page_started_ms: now_ms,
            interrupted_remaining_ms: None,
            alert: None,
            queued: VecDeque::new(),
            not_queued: 0,
            pages_shown: 1,
        };
        rotation.current = rotation.next_on(None, week_time);
        rotation
    }

    pub fn playlist(&self) -> &Playlist {
        &self.playlist
    }

    /// How many pages and alerts have been put on screen since the start.
    pub fn pages_shown(&self) -> u64 {
        self.pages_shown
    }

    /// Plays `playlist` from the next page on (the page on screen finishes first).
    pub fn replace_playlist(&mut self, playlist: Playlist) {
        self.next_playlist = Some(playlist);
    }

    /// Puts new critical alerts in line for the screen; ids already shown or waiting are
    /// ignored by the caller (it passes each new alert once).
    pub fn interrupt(&mut self, alert_ids: impl IntoIterator<Item = String>, now_ms: i64) {
        for alert_id in alert_ids {
            if self.queued.len() >= MAX_QUEUED_ALERTS {
                self.not_queued += 1;
            } else {
                self.queued.push_back(alert_id);
            }
        }
        if self.alert.is_none() && !self.queued.is_empty() {
            let page_ms = self.page_ms();
            self.interrupted_remaining_ms =
                Some((page_ms - (now_ms - self.page_started_ms)).clamp(0, page_ms));
            self.show_next_alert(now_ms);
        }
    }

    /// Moves on when the page's or the alert's time is up; true when the screen changed.
    pub fn tick(&mut self, now_ms: i64, week_time: WeekTime) -> bool {
        if let Some(alert) = &self.alert {
            if now_ms - alert.started_ms < self.alert_ms() {
                return false;
            }
            if !self.queued.is_empty() {
                self.show_next_alert(now_ms);
                return true;
            }
            // Back to the interrupted page, with the time it had left.
            self.alert = None;
            self.not_queued = 0;
            let remaining = self.interrupted_remaining_ms.take().unwrap_or(0);
            self.page_started_ms = now_ms - (self.page_ms() - remaining);
            self.pages_shown += 1;
            return true;
        }
        let page_ms = self.page_ms();
        let current_is_on = self
            .current_page()
            .is_some_and(|page| page.is_on(week_time.weekday, week_time.minute));
        if now_ms - self.page_started_ms < page_ms && current_is_on {
            return false;
        }
        let after = match self.next_playlist.take() {
            Some(playlist) => {
                self.playlist = playlist;
                None
            }
            None => Some(self.current),
        };
        self.current = self.next_on(after, week_time);
        // A page late by more than its own length (a suspended machine) starts now.
        self.page_started_ms = if now_ms - self.page_started_ms < 2 * page_ms {
            self.page_started_ms + page_ms
        } else {
            now_ms
        }
        .min(now_ms);
        self.pages_shown += 1;
        true
    }

    /// What is on screen at `now_ms`.
    pub fn screen(&self, now_ms: i64, week_time: WeekTime) -> Screen<'_> {
        if let Some(alert) = &self.alert {
            return Screen::Alert {
                alert_id: &alert.alert_id,
                progress: share(now_ms - alert.started_ms, self.alert_ms()),
                waiting: self.queued.len(),
                not_queued: self.not_queued,
            };
        }
        let on: Vec<usize> = self.on_pages(week_time);
        let position = on
            .iter()
            .position(|index| *index == self.current)
            .unwrap_or(0)
            + 1;
        Screen::Page {
            index: self.current,
            page: &self.playlist.pages[self.current.min(self.playlist.pages.len() - 1)],
            progress: share(now_ms - self.page_started_ms, self.page_ms()),
            position,
            of: on.len(),
        }
    }

    /// When the screen changes next, at the latest, in milliseconds from `now_ms`.
    pub fn next_change_in_ms(&self, now_ms: i64) -> i64 {
        let (started, length) = match &self.alert {
            Some(alert) => (alert.started_ms, self.alert_ms()),
            None => (self.page_started_ms, self.page_ms()),
        };
        (started + length - now_ms).max(0)
    }

    fn show_next_alert(&mut self, now_ms: i64) {
        if let Some(alert_id) = self.queued.pop_front() {
            self.alert = Some(ShownAlert {
                alert_id,
                started_ms: now_ms,
            });
            self.pages_shown += 1;
        }
    }

    fn current_page(&self) -> Option<&Page> {
        self.playlist.pages.get(self.current)
    }

    fn page_ms(&self) -> i64 {
        self.current_page()
            .map_or(30_000, |page| i64::from(page.seconds) * 1_000)
    }

    fn alert_ms(&self) -> i64 {
        i64::from(self.playlist.alert_seconds) * 1_000
    }

    /// The pages on at `week_time`; all of them when none is (a wall is never blank).
    fn on_pages(&self, week_time: WeekTime) -> Vec<usize> {
        let on: Vec<usize> = (0..self.playlist.pages.len())
            .filter(|index| self.playlist.pages[*index].is_on(week_time.weekday, week_time.minute))
            .collect();
        if on.is_empty() {
            (0..self.playlist.pages.len()).collect()
        } else {
            on
        }
    }

    /// The first page on after `after` (or from the start), wrapping around.
    fn next_on(&self, after: Option<usize>, week_time: WeekTime) -> usize {
        let on = self.on_pages(week_time);
        match after {
            None => on.first().copied().unwrap_or(0),
            Some(after) => on
                .iter()
                .copied()
                .find(|index| *index > after)
                .or_else(|| on.first().copied())
                .unwrap_or(0),
        }
    }
}

fn share(elapsed_ms: i64, length_ms: i64) -> f32 {
    if length_ms <= 0 {
        return 1.0;
    }
    (elapsed_ms as f32 / length_ms as f32).clamp(0.0, 1.0)
}

#[cfg(test)]
#[path = "rotation_tests.rs"]
mod tests;
