//! The status bar as plain data: what the sync is doing, which server the cache comes from, and
//! when the last successful sync ended. Rebuilt on every sync event (cheap, no query) and with
//! the overview.

use offline_cache::pack::OpenedPack;
use offline_cache::store::{Overview, SyncHealth};

use crate::format::{CityZone, format_age};
use crate::i18n::{I18n, Lang};

/// What the dashboard's sync is doing, as its events tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SyncActivity {
    /// The dashboard does not sync; it reads what the cache holds.
    #[default]
    Off,
    /// A sync is configured but has not started yet.
    Waiting,
    /// A run waits for another sync of the same cache (a `citydash sync` by hand, another
    /// window) to finish.
    WaitingForAnother { holder_pid: Option<u32> },
    /// A run is under way; `done` of `total` resources are finished (`total` is 0 until known).
    Running { done: usize, total: usize },
    /// The last run ended.
    Finished { reachable: bool, error_count: usize },
}

/// How the sync line should look.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyncTone {
    Normal,
    Busy,
    Problem,
}

/// The three texts of the status bar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusBarModel {
    pub sync_text: String,
    pub sync_tone: SyncTone,
    pub server_text: String,
    pub last_success_text: String,
    /// `Offline since 19:24` while the last run could not reach the server, for the other
    /// places that would otherwise say "live" (the map's time bar).
    pub offline_text: Option<String>,
    /// What the map's time bar says instead of "live": offline, that it shows the cache as
    /// last synced; over a pack, that it shows the pack as of its time.
    pub not_live_text: Option<String>,
    /// That this computer's clock is far from the server's, and ages are counted from the
    /// server's; `None` when they agree within [`CLOCK_SKEW_WARNING_MS`].
    pub clock_text: Option<String>,
}

/// How far this computer's clock may be from the server's before the status bar says so.
pub const CLOCK_SKEW_WARNING_MS: i64 = 2 * 60 * 1_000;

/// `This computer's clock is 3 h behind the operations center's…`, when it is that far off.
pub fn clock_skew_text(health: &SyncHealth, i18n: &I18n) -> Option<String> {
    let offset_ms = health
        .server_clock_offset_ms
        .filter(|offset| offset.abs() >= CLOCK_SKEW_WARNING_MS)?;
    // To the nearest minute: the offset is good to a second or so, and 2 h 59 min 59.6 s off
    // is "3 h", not "2 h".
    let minutes = (offset_ms.abs() + 30_000) / 60_000;
    let amount = format_age(minutes * 60, i18n);
    // The offset is the server's clock minus ours: positive, ours is behind.
    let key = if offset_ms > 0 {
        "sync.clock_behind"
    } else {
        "sync.clock_ahead"
    };
    Some(i18n.tf(key, &[("amount", &amount)]))
}

impl StatusBarModel {
    /// The status bar for `health` (from the last read of the cache) and `activity` (from the
    /// sync's events), in `lang`, with ages at `now_ms`.
    pub fn build(
        health: &SyncHealth,
        activity: SyncActivity,
        zone: &CityZone,
        lang: Lang,
        now_ms: i64,
    ) -> StatusBarModel {
        let i18n = I18n::new(lang);
        let (sync_text, sync_tone) = match activity {
            SyncActivity::Off => (i18n.t("sync.off").to_owned(), SyncTone::Normal),
            // Between runs (and before this window's first), the cache says how the last went.
            SyncActivity::Waiting if health.reachable == Some(false) => {
                (offline_text(health, zone, &i18n), SyncTone::Problem)
            }
            SyncActivity::Waiting => (i18n.t("sync.waiting").to_owned(), SyncTone::Busy),
            SyncActivity::WaitingForAnother { holder_pid } => (
                match holder_pid {
                    Some(pid) => i18n.tf("sync.waiting_for_pid", &[("pid", &pid.to_string())]),
                    None => i18n.t("sync.waiting_for_another").to_owned(),
                },
                SyncTone::Busy,
            ),
            SyncActivity::Running { total: 0, .. } => {
                (i18n.t("sync.running").to_owned(), SyncTone::Busy)
            }
            SyncActivity::Running { done, total } => (
                i18n.tf(
                    "sync.progress",
                    &[("done", &done.to_string()), ("total", &total.to_string())],
                ),
                SyncTone::Busy,
            ),
            SyncActivity::Finished {
                reachable: false, ..
            } => (offline_text(health, zone, &i18n), SyncTone::Problem),
            SyncActivity::Finished { error_count: 0, .. } => {
                (i18n.t("sync.done").to_owned(), SyncTone::Normal)
            }
            SyncActivity::Finished { error_count, .. } => (
                i18n.tn("sync.done_with_errors", error_count as u64, &[]),
                SyncTone::Problem,
            ),
        };

        let server_text = match health.server.as_deref().filter(|s| !s.is_empty()) {
            Some(server) => i18n.tf("sync.server", &[("server", server)]),
            None => i18n.t("sync.server_none").to_owned(),
        };

        // Sync times are this computer's; `now_ms` is the server's.
        let local_now_ms = now_ms.saturating_sub(health.server_clock_offset_ms.unwrap_or(0));
        let when = match health.last_success_ms {
            Some(t_ms) => {
                let age_secs = (local_now_ms.saturating_sub(t_ms) / 1_000).max(0);
                i18n.tf(
                    "sync.when",
                    &[
                        ("time", &zone.format(t_ms, &i18n)),
                        ("age", &format_age(age_secs, &i18n)),
                    ],
                )
            }
            None => i18n.t("sync.never").to_owned(),
        };
        let last_success_text = i18n.tf("sync.last_success", &[("when", &when)]);

        let offline = health.reachable == Some(false)
            || matches!(
                activity,
                SyncActivity::Finished {
                    reachable: false,
                    ..
                }
            );
        StatusBarModel {
            sync_text,
            sync_tone,
            server_text,
            last_success_text,
            offline_text: offline.then(|| offline_text(health, zone, &i18n)),
            not_live_text: offline.then(|| {
                i18n.tf(
                    "map.history.offline",
                    &[("offline", &offline_text(health, zone, &i18n))],
                )
            }),
            clock_text: clock_skew_text(health, &i18n),
        }
    }

    /// The status bar of an overview read from the cache.
    pub fn for_overview(
        overview: &Overview,
        activity: SyncActivity,
        lang: Lang,
        now_ms: i64,
    ) -> StatusBarModel {
        Self::build(
            &overview.sync,
            activity,
            &CityZone::of(Some(overview)),
            lang,
            now_ms,
        )
    }
}

impl StatusBarModel {
    /// The status bar over a briefing pack: nothing syncs; it says where the pack's data came
    /// from and as of when, and the map's time bar says "as of" instead of "live".
    pub fn for_pack(pack: &OpenedPack, lang: Lang) -> StatusBarModel {
        let i18n = I18n::new(lang);
        let zone = CityZone::fallback();
        let manifest = &pack.verified.manifest;
        let as_of = zone.format(manifest.as_of_ms, &i18n);
        StatusBarModel {
            sync_text: i18n.t("sync.pack").to_owned(),
            sync_tone: SyncTone::Normal,
            server_text: match manifest.source_server.as_deref() {
                Some(server) => i18n.tf("sync.server", &[("server", server)]),
                None => i18n.t("sync.server_none").to_owned(),
            },
            last_success_text: i18n.tf("sync.pack_as_of", &[("time", &as_of)]),
            offline_text: None,
            not_live_text: Some(i18n.tf("map.history.pack", &[("time", &as_of)])),
            clock_text: None,
        }
    }
}

/// `Offline since 19:24`, or that the server is unreachable when the cache does not say since
/// when.
fn offline_text(health: &SyncHealth, zone: &CityZone, i18n: &I18n) -> String {
    match health.offline_since_ms {
        Some(since_ms) => i18n.tf(
            "sync.offline_since",
            &[(
                "since",
                &zone.format_plain(since_ms, i18n.t("format.axis_time")),
            )],
        ),
        None => i18n.t("sync.unreachable").to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn health() -> SyncHealth {
        SyncHealth {
            server: Some("http://127.0.0.1:8080".into()),
            last_success_server: Some("http://127.0.0.1:8080".into()),
            // 2026-11-23 18:56 in Ho Chi Minh City.
            last_success_ms: Some(1_795_434_960_000),
            last_attempt_ms: Some(1_795_434_960_000),
            reachable: Some(true),
            offline_since_ms: None,
            errors: Vec::new(),
            server_clock_offset_ms: None,
        }
    }

    #[test]
    fn offline_says_since_when_as_soon_as_a_run_fails() {
        let zone = CityZone::from_name(Some("Asia/Ho_Chi_Minh"));
        let offline = SyncHealth {
            reachable: Some(false),
            // 19:24 in Ho Chi Minh City, a minute after the last success.
            offline_since_ms: Some(1_795_434_960_000 + 28 * 60_000),
            ..health()
        };
        let finished = SyncActivity::Finished {
            reachable: false,
            error_count: 40,
        };
        let model = StatusBarModel::build(&offline, finished, &zone, Lang::En, 0);
        assert_eq!(model.sync_text, "Offline since 19:24");
        assert_eq!(model.sync_tone, SyncTone::Problem);
        let waiting = StatusBarModel::build(&offline, SyncActivity::Waiting, &zone, Lang::Vi, 0);
        assert_eq!(waiting.sync_text, "Ngoại tuyến từ 19:24");
        assert_eq!(
            waiting.offline_text.as_deref(),
            Some("Ngoại tuyến từ 19:24")
        );
        let online = StatusBarModel::build(&health(), SyncActivity::Waiting, &zone, Lang::En, 0);
        assert_eq!(online.offline_text, None);
    }

    #[test]
    fn shows_server_and_last_success_with_age() {
        let zone = CityZone::from_name(Some("Asia/Ho_Chi_Minh"));
        let now_ms = 1_795_434_960_000 + 300_000;
        let model = StatusBarModel::build(&health(), SyncActivity::Off, &zone, Lang::En, now_ms);
        assert_eq!(model.sync_text, "Sync off: reading the cache only");
        assert_eq!(model.server_text, "Server: http://127.0.0.1:8080");
        assert_eq!(
            model.last_success_text,
            "Last successful sync: 2026-11-23 18:56 (UTC+7) (5 min ago)"
        );
        let vi = StatusBarModel::build(&health(), SyncActivity::Off, &zone, Lang::Vi, now_ms);
        assert_eq!(
            vi.last_success_text,
            "Đồng bộ thành công gần nhất: 18:56 23/11/2026 (UTC+7) (5 phút trước)"
        );
    }

    #[test]
    fn follows_the_sync_activity() {
        let zone = CityZone::fallback();
        let build =
            |activity| StatusBarModel::build(&SyncHealth::default(), activity, &zone, Lang::En, 0);
        assert_eq!(
            build(SyncActivity::Running { done: 3, total: 40 }).sync_text,
            "Syncing 3/40"
        );
        assert_eq!(
            build(SyncActivity::Running { done: 0, total: 0 }).sync_tone,
            SyncTone::Busy
        );
        let offline = build(SyncActivity::Finished {
            reachable: false,
            error_count: 5,
        });
        assert_eq!(offline.sync_text, "Operations center unreachable");
        assert_eq!(offline.sync_tone, SyncTone::Problem);
        assert_eq!(
            build(SyncActivity::Finished {
                reachable: true,
                error_count: 2
            })
            .sync_text,
            "Synced with 2 errors"
        );
        assert_eq!(
            build(SyncActivity::Finished {
                reachable: true,
                error_count: 1
            })
            .sync_text,
            "Synced with 1 error"
        );
        let waiting = build(SyncActivity::WaitingForAnother {
            holder_pid: Some(4242),
        });
        assert_eq!(
            waiting.sync_text,
            "Waiting: another sync (process 4242) is writing the cache"
        );
        assert_eq!(waiting.sync_tone, SyncTone::Busy);
        let never = build(SyncActivity::Waiting);
        assert_eq!(never.server_text, "Server: none yet");
        assert_eq!(
            never.last_success_text,
            "Last successful sync: never synced"
        );
    }
}
