//! Starting and stopping: `spawn` from plain synchronous code, shutdown that is quick and
//! really stops the server, and a bind error that says which address failed.

// Helpers in a test file are tests too: a failed expectation is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::net::{Ipv4Addr, SocketAddr, TcpListener};
use std::time::{Duration, Instant};

use opscenter_sim::SimConfig;

fn loopback() -> SocketAddr {
    SocketAddr::from((Ipv4Addr::LOCALHOST, 0))
}

fn frozen() -> SimConfig {
    SimConfig {
        speed: 0.0,
        history_days: 2,
        ..SimConfig::default()
    }
}

#[test]
fn spawn_serves_from_sync_code_and_shuts_down_quickly() {
    let sim = opscenter_sim::spawn(loopback(), frozen()).unwrap();
    assert!(sim.url().starts_with("http://127.0.0.1:"));
    assert_eq!(sim.token(), None);
    let url = sim.url();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let status = runtime.block_on(async {
        reqwest::get(format!("{url}/api/v1/kpis/latest"))
            .await
            .unwrap()
            .status()
    });
    assert_eq!(status, 200);
    let started = Instant::now();
    sim.shutdown();
    assert!(
        started.elapsed() < Duration::from_millis(1_500),
        "shutdown took {:?}",
        started.elapsed()
    );
    let after = runtime.block_on(async { reqwest::get(format!("{url}/healthz")).await });
    assert!(after.is_err(), "still serving after shutdown");
}

#[test]
fn shutdown_ends_open_streams() {
    let sim = opscenter_sim::spawn(loopback(), frozen()).unwrap();
    let url = sim.url();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let response =
        runtime.block_on(async { reqwest::get(format!("{url}/api/v1/stream")).await.unwrap() });
    assert_eq!(response.status(), 200);
    let started = Instant::now();
    drop(sim);
    assert!(
        started.elapsed() < Duration::from_millis(2_500),
        "shutdown took {:?}",
        started.elapsed()
    );
    let rest = runtime
        .block_on(async { tokio::time::timeout(Duration::from_secs(5), response.bytes()).await });
    assert!(rest.is_ok(), "the stream did not end");
}

#[test]
fn a_taken_port_is_a_clear_error() {
    let taken = TcpListener::bind(loopback()).unwrap();
    let error = opscenter_sim::spawn(taken.local_addr().unwrap(), frozen()).unwrap_err();
    let message = format!("{error:#}");
    assert!(
        message.contains(&taken.local_addr().unwrap().to_string()),
        "{message}"
    );
}
