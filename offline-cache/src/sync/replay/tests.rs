//! The replay's own parts: the instants of the time slider and the bounded snapshot cache.

use std::sync::Arc;

use super::{CACHE_SNAPSHOTS, HOUR_MS, HistoryReplay, SnapshotCache};
use crate::sync::LayerSnapshot;

#[test]
fn replay_instants_are_the_whole_hours_of_the_last_day() {
    let now_ms = 1_780_000_000_000 + 1_234;
    let instants = HistoryReplay::replay_instants(now_ms);
    assert_eq!(instants.len(), 24);
    assert!(instants.iter().all(|t| t % HOUR_MS == 0));
    assert!(instants.windows(2).all(|w| w[1] - w[0] == HOUR_MS));
    assert!(instants[23] < now_ms && now_ms - instants[23] < HOUR_MS);
    assert!(instants[0] > now_ms - 24 * HOUR_MS);
    // On the hour, the hour itself is not yet history.
    let on_the_hour = HistoryReplay::replay_instants(instants[23]);
    assert_eq!(on_the_hour[23], instants[22]);
    assert_eq!(on_the_hour[0], instants[23] - 24 * HOUR_MS);
}

#[test]
fn the_snapshot_cache_stays_bounded() {
    let mut cache = SnapshotCache::default();
    for t in 0..=CACHE_SNAPSHOTS as i64 {
        let snapshot = LayerSnapshot {
            layer_id: "cameras".into(),
            t_ms: t,
            features: Vec::new(),
            truncated: false,
        };
        cache.insert(("cameras".into(), t), Arc::new(snapshot));
        if t == 1 {
            // Used again after the second one came in, so it outlives it.
            assert!(cache.get(&("cameras".into(), 0)).is_some());
        }
    }
    assert_eq!(cache.entries.len(), CACHE_SNAPSHOTS);
    assert!(cache.contains(&("cameras".into(), 0)));
    assert!(!cache.contains(&("cameras".into(), 1)));
    assert!(cache.contains(&("cameras".into(), CACHE_SNAPSHOTS as i64)));
}
