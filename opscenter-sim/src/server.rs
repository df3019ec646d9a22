//! Starting and stopping a simulator: [`serve`] on an already-bound listener inside a running
//! tokio runtime, or [`spawn`] with its own runtime on a named thread for synchronous callers.
//! Both return a [`SimHandle`] to reach the simulator's clock, faults and request log.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context as _;
use offline_cache::model::{AlertsPage, Catalog, Feature, LatestValues, Observation};
use tokio::net::TcpListener;
use tokio::sync::watch;

use crate::alerts::AlertCursor;
use crate::api;
use crate::config::SimConfig;
use crate::faults::{Fault, FaultRule, Route};
use crate::layers::{self, LayerId};
use crate::state::{RequestRecord, SimState};
use crate::tiles::{TileId, render};

/// How long a shutdown waits for open requests before closing them.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(3);

/// A running simulator. Dropping it shuts the server down.
#[derive(Debug)]
pub struct SimHandle {
    url: String,
    state: Arc<SimState>,
    shutdown: watch::Sender<bool>,
    /// The server's own thread and runtime, when started with [`spawn`].
    thread: Option<std::thread::JoinHandle<()>>,
}

impl SimHandle {
    /// The base URL, e.g. `http://127.0.0.1:8787`.
    pub fn url(&self) -> String {
        self.url.clone()
    }

    /// The bearer token clients must send, if any.
    pub fn token(&self) -> Option<&str> {
        self.state.config.token.as_deref()
    }

    /// The simulated clock, UTC milliseconds.
    pub fn now_ms(&self) -> i64 {
        self.state.now_ms()
    }

    pub fn config(&self) -> &SimConfig {
        &self.state.config
    }

    /// Makes every answer on `route` fail with `fault` until [`SimHandle::clear_faults`].
    pub fn set_fault(&self, route: Route, fault: Fault) {
        self.set_fault_rule(FaultRule::new(route, fault));
    }

    /// Makes the next `times` answers on `route` fail with `fault`.
    pub fn set_fault_times(&self, route: Route, fault: Fault, times: u32) {
        self.set_fault_rule(FaultRule {
            times: Some(times),
            ..FaultRule::new(route, fault)
        });
    }

    /// Adds a fault rule (for example one limited to one KPI's series, or one failing only the
    /// third page of one layer).
    pub fn set_fault_rule(&self, rule: FaultRule) {
        self.state.set_fault(rule);
    }

    pub fn clear_faults(&self) {
        self.state.clear_faults();
    }

    /// The requests served so far (the newest 10,000), oldest first.
    pub fn requests(&self) -> Vec<RequestRecord> {
        self.state.requests()
    }

    pub fn clear_requests(&self) {
        self.state.clear_requests();
    }

    /// Takes the requests logged since the last take, oldest first (a load run that takes them
    /// every second counts every request, however many it makes in all).
    pub fn take_requests(&self) -> Vec<RequestRecord> {
        self.state.take_requests()
    }

    /// The catalog as `GET /api/v1/catalog` serves it now.
    pub fn catalog(&self) -> Catalog {
        self.state.catalog(self.now_ms())
    }

    /// The latest values as `GET /api/v1/kpis/latest` serves them now.
    pub fn latest_values(&self) -> LatestValues {
        self.state.data.latest_values(self.now_ms())
    }

    /// Every observation the series route serves for `[from_ms, to_ms]` now (clamped to the
    /// history and to now, all pages together); empty for an unknown KPI.
    pub fn series(&self, kpi_id: &str, from_ms: i64, to_ms: i64) -> Vec<Observation> {
        self.state
            .series(kpi_id, from_ms, to_ms, self.now_ms())
            .unwrap_or_default()
    }

    /// Every alert in the history as `GET /api/v1/alerts` serves them now (all pages together).
    pub fn alerts(&self) -> AlertsPage {
        let start = AlertCursor::start();
        self.state.alerts_page(self.now_ms(), &start, usize::MAX)
    }

    /// Every feature of a catalog layer as `/collections/{layer_id}/items` serves it now (all
    /// pages together), or `None` for an unknown layer and for `bench-points` (ask that one page
    /// by page).
    pub fn layer_features(&self, layer_id: &str) -> Option<Vec<Feature>> {
        let layer = self
            .state
            .layer(layer_id)
            .filter(|layer| *layer != LayerId::BenchPoints)?;
        Some(layers::all_features(
            self.state.config.seed,
            self.state.data.weather(),
            layer,
            self.now_ms(),
        ))
    }

    /// The PNG `GET /tiles/{z}/{x}/{y}.png` serves, or `None` outside the pyramid (zoom 8-16).
    pub fn tile_png(&self, z: u8, x: u32, y: u32) -> Option<Vec<u8>> {
        render::render_png(TileId::new(z, x, y)?).ok()
    }

    /// Stops the server: no new connections, open requests get a few seconds, streams end.
    /// Returns once the server's thread has finished (for [`spawn`]ed simulators).
    pub fn shutdown(self) {
        drop(self);
    }
}

impl Drop for SimHandle {
    fn drop(&mut self) {
        self.shutdown.send_replace(true);
        if let Some(thread) = self.thread.take()
            && thread.join().is_err()
        {
            tracing::warn!("the simulator's server thread panicked while shutting down");
        }
    }
}

/// The base URL for a bound address (an unspecified address is reached on loopback).
fn url_for(addr: SocketAddr) -> String {
    let mut addr = addr;
    if addr.ip().is_unspecified() {
        addr.set_ip(if addr.is_ipv4() {
            std::net::Ipv4Addr::LOCALHOST.into()
        } else {
            std::net::Ipv6Addr::LOCALHOST.into()
        });
    }
    format!("http://{addr}")
}

/// Everything a server needs to run, before it runs.
struct Prepared {
    url: String,
    state: Arc<SimState>,
    shutdown: watch::Sender<bool>,
    server: std::pin::Pin<Box<dyn std::future::Future<Output = ()> + Send>>,
}

fn prepare(listener: TcpListener, config: SimConfig) -> anyhow::Result<Prepared> {
    let addr = listener
        .local_addr()
        .context("the simulator's listener has no local address")?;
    let (shutdown, stopped) = watch::channel(false);
    let state = Arc::new(SimState::new(config, stopped.clone()));
    let app = api::router(state.clone());
    // Scan the alert history in the background so the first alerts request is quick.
    let warm = state.clone();
    tokio::task::spawn_blocking(move || warm.advance_alerts(warm.now_ms()));
    // Likewise build the seed's city (wards, sensor sites, routes) before the first layer asks.
    let seed = state.config.seed;
    tokio::task::spawn_blocking(move || layers::city::city(seed));
    let server = async move {
        let mut graceful = stopped.clone();
        let mut deadline = stopped;
        let serving = axum::serve(listener, app).with_graceful_shutdown(async move {
            let _ = graceful.wait_for(|stop| *stop).await;
        });
        tokio::select! {
            result = serving => {
                if let Err(error) = result {
                    tracing::warn!("the simulated operations center stopped: {error}");
                }
            }
            () = async move {
                let _ = deadline.wait_for(|stop| *stop).await;
                tokio::time::sleep(SHUTDOWN_GRACE).await;
            } => {}
        }
    };
    Ok(Prepared {
        url: url_for(addr),
        state,
        shutdown,
        server: Box::pin(server),
    })
}

/// Serves the simulator on an already-bound listener, on the current tokio runtime. Returns
/// as soon as it accepts connections.
pub async fn serve(listener: TcpListener, config: SimConfig) -> anyhow::Result<SimHandle> {
    let prepared = prepare(listener, config)?;
    tokio::spawn(prepared.server);
    Ok(SimHandle {
        url: prepared.url,
        state: prepared.state,
        shutdown: prepared.shutdown,
        thread: None,
    })
}

/// [`spawn`] on 127.0.0.1 with a port the system chooses: what tests, benchmarks and the demo
/// use (the handle says the URL).
pub fn spawn_on_loopback(config: SimConfig) -> anyhow::Result<SimHandle> {
    spawn(SocketAddr::from((std::net::Ipv4Addr::LOCALHOST, 0)), config)
}

/// Binds `addr` and serves the simulator from its own multi-thread runtime on a named thread.
/// Returns once it is listening; usable from code that runs no runtime.
pub fn spawn(addr: SocketAddr, config: SimConfig) -> anyhow::Result<SimHandle> {
    type Ready = anyhow::Result<(String, Arc<SimState>, watch::Sender<bool>)>;
    let (ready_tx, ready_rx) = std::sync::mpsc::channel::<Ready>();
    let thread = std::thread::Builder::new()
        .name("opscenter-sim".to_owned())
        .spawn(move || {
            let runtime = match tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .thread_name("opscenter-sim-worker")
                .enable_all()
                .build()
            {
                Ok(runtime) => runtime,
                Err(error) => {
                    let _ = ready_tx.send(Err(anyhow::Error::new(error)
                        .context("could not start the simulator's runtime")));
                    return;
                }
            };
            runtime.block_on(async move {
                let prepared =
                    match TcpListener::bind(addr).await {
                        Ok(listener) => prepare(listener, config),
                        Err(error) => Err(anyhow::Error::new(error)
                            .context(format!("could not listen on {addr}"))),
                    };
                match prepared {
                    Ok(prepared) => {
                        if ready_tx
                            .send(Ok((prepared.url, prepared.state, prepared.shutdown)))
                            .is_ok()
                        {
                            prepared.server.await;
                        }
                    }
                    Err(error) => {
                        let _ = ready_tx.send(Err(error));
                    }
                }
            });
            runtime.shutdown_timeout(SHUTDOWN_GRACE);
        })
        .context("could not start the simulator's thread")?;
    match ready_rx.recv() {
        Ok(Ok((url, state, shutdown))) => Ok(SimHandle {
            url,
            state,
            shutdown,
            thread: Some(thread),
        }),
        Ok(Err(error)) => {
            let _ = thread.join();
            Err(error)
        }
        Err(_) => {
            let _ = thread.join();
            anyhow::bail!("the simulator's thread ended before it was listening on {addr}")
        }
    }
}
