//! The map's history replay: the core's service (`offline_cache::sync::HistoryReplay`), which
//! fetches time-varying layers at past instants on its own thread and wakes the window when a
//! snapshot is in.

pub use offline_cache::sync::{HistoryReplay, HistoryState};
