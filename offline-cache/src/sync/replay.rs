//! The history replay, a service beside the sync engine: time-varying layers as they were at a
//! past instant, fetched from the operations center on a thread of its own (`?datetime=`, with
//! the core's client and [`fetch_layer_at`]), kept in a small cache so a second pass over the
//! last 24 hours needs no network, with the next hour fetched ahead.
//!
//! A face's UI thread only queues work ([`HistoryReplay::show_at`]) and drains finished
//! snapshots ([`HistoryReplay::poll`]); the thread calls the face's `notify` when one is in.

#[cfg(test)]
mod tests;

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, VecDeque};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError, mpsc};
use std::time::Duration;

use super::history::{HistoryError, LayerSnapshot, fetch_layer_at, layer_keeps_history};
use crate::http::{Client, ClientConfig, RetryPolicy};
use crate::model::units::HOUR_MS;
use crate::model::{Feature, LayerDef};

/// Instants the time slider steps through.
const REPLAY_HOURS: i64 = 24;
/// Features asked for per page.
const PAGE_LIMIT: usize = 10_000;
/// A layer larger than this at one instant is shown cut short.
const MAX_FEATURES_PER_SNAPSHOT: usize = 100_000;
/// The snapshot cache holds at most this many snapshots and features in all (enough for every
/// time-varying layer of the city over a whole replay).
const CACHE_SNAPSHOTS: usize = 200;
const CACHE_FEATURES: usize = 400_000;

/// What the map shows of the time-varying layers.
#[derive(Debug, Clone, PartialEq)]
pub enum HistoryState {
    /// The cached live layers.
    Live,
    /// No server to ask (offline use).
    NoServer,
    /// None of the layers is time-varying, or the server keeps no history.
    NoHistory,
    Loading {
        t_ms: i64,
    },
    Showing {
        t_ms: i64,
    },
    Failed {
        t_ms: i64,
        message: String,
    },
}

type SnapshotKey = (String, i64);

/// Replays time-varying layers at past instants.
pub struct HistoryReplay {
    state: HistoryState,
    backend: Backend,
    /// Time-varying layers asked for by the last `show_at`, sorted; those the server refused
    /// are taken out.
    wanted: Vec<String>,
    wanted_t_ms: Option<i64>,
    failure: Option<String>,
    refused_layers: BTreeSet<String>,
    in_flight: HashSet<SnapshotKey>,
    /// Fetched ahead and refused (an hour the server has not reached yet): not asked ahead
    /// again, only when shown.
    refused_ahead: HashSet<SnapshotKey>,
    cache: SnapshotCache,
    /// What `features` answers: the last instant whose layers were all in.
    shown: BTreeMap<String, Arc<LayerSnapshot>>,
    /// `show_at` changed the features shown (going live, or to an instant already fetched) and
    /// the next `poll` has not said so yet.
    unreported_change: bool,
}

/// Who answers history requests.
enum Backend {
    /// Offline use.
    NoServer,
    /// The server address is unusable, or the thread would not start.
    Broken(String),
    Worker(Worker),
}

struct Worker {
    jobs: Arc<JobQueue>,
    finished: mpsc::Receiver<Finished>,
}

#[derive(Debug, Clone, PartialEq)]
struct Job {
    layer_id: String,
    t_ms: i64,
}

impl Job {
    fn key(&self) -> SnapshotKey {
        (self.layer_id.clone(), self.t_ms)
    }
}

struct Finished {
    job: Job,
    outcome: Result<LayerSnapshot, JobError>,
}

enum JobError {
    NoHistory,
    Failed(String),
}

impl HistoryReplay {
    /// A replay from `server` (with its token), or with no server (offline use: every instant
    /// says so). `notify` is called on the fetching thread each time a snapshot is in.
    pub fn new(
        server: Option<(String, Option<String>)>,
        notify: Box<dyn Fn() + Send>,
    ) -> HistoryReplay {
        let backend = match server {
            None => Backend::NoServer,
            Some((server, token)) => {
                start_worker(server, token, notify).map_or_else(Backend::Broken, Backend::Worker)
            }
        };
        HistoryReplay {
            state: HistoryState::Live,
            backend,
            wanted: Vec::new(),
            wanted_t_ms: None,
            failure: None,
            refused_layers: BTreeSet::new(),
            in_flight: HashSet::new(),
            refused_ahead: HashSet::new(),
            cache: SnapshotCache::default(),
            shown: BTreeMap::new(),
            unreported_change: false,
        }
    }

    /// Show `layers` (only the time-varying ones are fetched) as they were at `t_ms`; `None`
    /// goes back to live data.
    pub fn show_at(&mut self, layers: &[LayerDef], t_ms: Option<i64>) {
        self.failure = None;
        self.wanted_t_ms = t_ms;
        self.wanted = layers
            .iter()
            .filter(|layer| layer.time_varying && !self.refused_layers.contains(&layer.id))
            .map(|layer| layer.id.clone())
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        if let Backend::Worker(worker) = &self.backend {
            // Jobs not started yet are taken back: those still wanted are queued again (in the
            // new order), the rest forgotten. A job in flight but not queued is running.
            let queued_before = worker.jobs.take_all();
            let was_queued: HashSet<SnapshotKey> = queued_before.iter().map(Job::key).collect();
            let mut jobs: Vec<Job> = Vec::new();
            if let Some(t_ms) = t_ms {
                let next_t_ms = t_ms.saturating_add(HOUR_MS);
                let ahead = next_t_ms <= crate::store::now_ms();
                for instant in std::iter::once(t_ms).chain(ahead.then_some(next_t_ms)) {
                    for layer_id in &self.wanted {
                        let key = (layer_id.clone(), instant);
                        let running = self.in_flight.contains(&key) && !was_queued.contains(&key);
                        let refused_ahead = instant != t_ms && self.refused_ahead.contains(&key);
                        if !self.cache.contains(&key) && !running && !refused_ahead {
                            jobs.push(Job {
                                layer_id: layer_id.clone(),
                                t_ms: instant,
                            });
                        }
                    }
                }
            }
            for dropped in queued_before {
                self.in_flight.remove(&dropped.key());
            }
            self.in_flight.extend(jobs.iter().map(Job::key));
            worker.jobs.push_all(jobs);
        }
        let shown_before = self.shown_instant();
        self.update_state();
        self.unreported_change |= self.shown_instant() != shown_before;
    }

    /// Drains finished fetches (call once per frame in the app's logic step); true when what
    /// is shown changed since the last poll, by a fetch or by [`HistoryReplay::show_at`].
    pub fn poll(&mut self) -> bool {
        let changed_by_show_at = std::mem::take(&mut self.unreported_change);
        let Backend::Worker(worker) = &self.backend else {
            return changed_by_show_at;
        };
        let finished: Vec<Finished> = worker.finished.try_iter().collect();
        if finished.is_empty() {
            return changed_by_show_at;
        }
        for Finished { job, outcome } in finished {
            let key = (job.layer_id.clone(), job.t_ms);
            self.in_flight.remove(&key);
            let current = self.wanted_t_ms == Some(job.t_ms) && self.wanted.contains(&job.layer_id);
            match outcome {
                Ok(snapshot) => self.cache.insert(key, Arc::new(snapshot)),
                Err(JobError::NoHistory) => {
                    self.wanted.retain(|layer_id| *layer_id != job.layer_id);
                    self.refused_layers.insert(job.layer_id);
                }
                Err(JobError::Failed(message)) if current => self.failure = Some(message),
                Err(JobError::Failed(message)) => {
                    tracing::debug!("fetching ahead failed: {message}");
                    if self.refused_ahead.len() >= CACHE_SNAPSHOTS {
                        self.refused_ahead.clear();
                    }
                    self.refused_ahead.insert(key);
                }
            }
        }
        self.update_state() || changed_by_show_at
    }

    pub fn state(&self) -> &HistoryState {
        &self.state
    }

    /// Whether there is a server to ask for history (not offline use, not a pack).
    pub fn can_fetch(&self) -> bool {
        !matches!(self.backend, Backend::NoServer)
    }

    /// Whether the snapshot of `layer_id` at `t_ms` is in the replay's cache (shown without
    /// asking the server).
    pub fn has_snapshot(&self, layer_id: &str, t_ms: i64) -> bool {
        self.cache.contains(&(layer_id.to_owned(), t_ms))
    }

    /// Whether a snapshot asked for (shown or ahead) is still being fetched.
    pub fn fetching(&self) -> bool {
        !self.in_flight.is_empty()
    }

    /// The features of `layer_id` at the shown instant, when showing history. While the next
    /// instant loads, the previous one stays shown.
    pub fn features(&self, layer_id: &str) -> Option<&[Feature]> {
        match self.state {
            HistoryState::Showing { .. } | HistoryState::Loading { .. } => self
                .shown
                .get(layer_id)
                .map(|snapshot| snapshot.features.as_slice()),
            _ => None,
        }
    }

    /// The snapshot of `layer_id` at the shown instant, when showing history, shared.
    pub fn snapshot(&self, layer_id: &str) -> Option<Arc<LayerSnapshot>> {
        match self.state {
            HistoryState::Showing { .. } | HistoryState::Loading { .. } => {
                self.shown.get(layer_id).cloned()
            }
            _ => None,
        }
    }

    /// Whether `layer_id` at the shown instant held more features than are kept.
    pub fn truncated(&self, layer_id: &str) -> bool {
        self.features(layer_id).is_some()
            && self
                .shown
                .get(layer_id)
                .is_some_and(|snapshot| snapshot.truncated)
    }

    /// Every hour of the last 24 h before `now_ms`, the instants the time slider steps through:
    /// whole hours, oldest first, so the same hours come back while the clock runs.
    pub fn replay_instants(now_ms: i64) -> Vec<i64> {
        let newest = (now_ms - 1).div_euclid(HOUR_MS) * HOUR_MS;
        (0..REPLAY_HOURS)
            .rev()
            .map(|hours_back| newest - hours_back * HOUR_MS)
            .collect()
    }

    /// Recomputes the state from what is wanted and what has arrived; true when it changed.
    fn update_state(&mut self) -> bool {
        let before = (self.state.clone(), self.shown_instant());
        self.state = match (self.wanted_t_ms, &self.backend) {
            (None, _) => HistoryState::Live,
            (Some(_), Backend::NoServer) => HistoryState::NoServer,
            (Some(t_ms), Backend::Broken(message)) => HistoryState::Failed {
                t_ms,
                message: message.clone(),
            },
            (Some(_), Backend::Worker(_)) if self.wanted.is_empty() => HistoryState::NoHistory,
            (Some(t_ms), Backend::Worker(_)) => {
                if let Some(message) = &self.failure {
                    HistoryState::Failed {
                        t_ms,
                        message: message.clone(),
                    }
                } else {
                    let ready: Option<BTreeMap<_, _>> = self
                        .wanted
                        .iter()
                        .map(|layer_id| {
                            let key = (layer_id.clone(), t_ms);
                            self.cache
                                .get(&key)
                                .map(|snapshot| (layer_id.clone(), snapshot))
                        })
                        .collect();
                    match ready {
                        Some(ready) => {
                            self.shown = ready;
                            HistoryState::Showing { t_ms }
                        }
                        None => HistoryState::Loading { t_ms },
                    }
                }
            }
        };
        if !matches!(
            self.state,
            HistoryState::Showing { .. } | HistoryState::Loading { .. }
        ) {
            self.shown.clear();
        }
        before != (self.state.clone(), self.shown_instant())
    }

    fn shown_instant(&self) -> Option<i64> {
        self.shown.values().next().map(|snapshot| snapshot.t_ms)
    }
}

impl Drop for HistoryReplay {
    fn drop(&mut self) {
        if let Backend::Worker(worker) = &self.backend {
            worker.jobs.close();
        }
    }
}

fn start_worker(
    server: String,
    token: Option<String>,
    notify: Box<dyn Fn() + Send>,
) -> Result<Worker, String> {
    let mut config = ClientConfig::new(server, token);
    config.connect_timeout = Duration::from_secs(3);
    config.read_timeout = Duration::from_secs(30);
    config.retry = RetryPolicy {
        max_attempts: 2,
        ..RetryPolicy::default()
    };
    let client = Client::new(&config).map_err(|error| error.to_string())?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|error| format!("could not start the history fetcher: {error}"))?;
    let jobs = Arc::new(JobQueue::default());
    let (sender, finished) = mpsc::channel();
    let queue = Arc::clone(&jobs);
    std::thread::Builder::new()
        .name("citydash-history".into())
        .spawn(move || {
            // Whether each layer keeps history, asked once: a server may answer `datetime` on a
            // layer without history with the layer as it is now.
            let mut keeps_history: HashMap<String, bool> = HashMap::new();
            while let Some(job) = queue.next() {
                let outcome = runtime.block_on(async {
                    let keeps = match keeps_history.get(&job.layer_id) {
                        Some(keeps) => *keeps,
                        None => {
                            let keeps = layer_keeps_history(&client, &job.layer_id)
                                .await
                                .map_err(|error| JobError::Failed(error.to_string()))?;
                            keeps_history.insert(job.layer_id.clone(), keeps);
                            keeps
                        }
                    };
                    if !keeps {
                        return Err(JobError::NoHistory);
                    }
                    fetch_layer_at(
                        &client,
                        &job.layer_id,
                        job.t_ms,
                        PAGE_LIMIT,
                        MAX_FEATURES_PER_SNAPSHOT,
                    )
                    .await
                    .map_err(|error| match error {
                        HistoryError::NoHistory { .. } => JobError::NoHistory,
                        other => JobError::Failed(other.to_string()),
                    })
                });
                if sender.send(Finished { job, outcome }).is_err() {
                    break;
                }
                notify();
            }
        })
        .map_err(|error| format!("could not start the history fetcher: {error}"))?;
    Ok(Worker { jobs, finished })
}

/// Jobs for the history thread, in order; a new request replaces whatever has not started.
#[derive(Default)]
struct JobQueue {
    state: Mutex<(VecDeque<Job>, bool)>,
    wake: Condvar,
}

impl JobQueue {
    fn lock(&self) -> MutexGuard<'_, (VecDeque<Job>, bool)> {
        // Every critical section leaves the queue consistent, so a panic elsewhere is harmless.
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Takes back every job not started yet.
    fn take_all(&self) -> Vec<Job> {
        self.lock().0.drain(..).collect()
    }

    fn push_all(&self, jobs: Vec<Job>) {
        self.lock().0.extend(jobs);
        self.wake.notify_one();
    }

    fn close(&self) {
        self.lock().1 = true;
        self.wake.notify_all();
    }

    /// Waits for the next job; `None` once closed.
    fn next(&self) -> Option<Job> {
        let mut state = self.lock();
        loop {
            if state.1 {
                return None;
            }
            if let Some(job) = state.0.pop_front() {
                return Some(job);
            }
            state = self
                .wake
                .wait(state)
                .unwrap_or_else(PoisonError::into_inner);
        }
    }
}

/// Snapshots by (layer, instant), least recently used evicted beyond a count and a feature
/// budget.
#[derive(Default)]
struct SnapshotCache {
    tick: u64,
    features: usize,
    entries: HashMap<SnapshotKey, (Arc<LayerSnapshot>, u64)>,
}

impl SnapshotCache {
    fn contains(&self, key: &SnapshotKey) -> bool {
        self.entries.contains_key(key)
    }

    fn get(&mut self, key: &SnapshotKey) -> Option<Arc<LayerSnapshot>> {
        self.tick += 1;
        let tick = self.tick;
        self.entries.get_mut(key).map(|(snapshot, used)| {
            *used = tick;
            Arc::clone(snapshot)
        })
    }

    fn insert(&mut self, key: SnapshotKey, snapshot: Arc<LayerSnapshot>) {
        if let Some((old, _)) = self.entries.remove(&key) {
            self.features -= old.features.len();
        }
        self.features += snapshot.features.len();
        self.tick += 1;
        self.entries.insert(key.clone(), (snapshot, self.tick));
        while self.entries.len() > CACHE_SNAPSHOTS
            || (self.features > CACHE_FEATURES && self.entries.len() > 1)
        {
            let oldest = self
                .entries
                .iter()
                .filter(|(candidate, _)| **candidate != key)
                .min_by_key(|(_, (_, used))| *used)
                .map(|(candidate, _)| candidate.clone());
            let Some(oldest) = oldest else { break };
            if let Some((evicted, _)) = self.entries.remove(&oldest) {
                self.features -= evicted.features.len();
            }
        }
    }
}
