//! The reference operations center: an HTTP server speaking API v1 (catalog, latest values,
//! series, alerts, a Server-Sent Events stream, its OpenAPI document), the city's twelve map
//! layers as OGC API - Features collections (`/collections/...`, at the root as real OGC servers
//! are) and XYZ basemap tiles (`/tiles/{z}/{x}/{y}.png`), with deterministic simulated data for
//! Ho Chi Minh City. It is the dashboard's demo source and the peer the end-to-end tests sync
//! against, with fault injection per route.
//!
//! Every number it serves is simulated demo data, and says so: the catalog is marked
//! `simulated`, carries a data notice, and every KPI's and layer's `source` says what is
//! simulated or a demo shape. Real geometry (land, rivers: `assets/geodata/`) names its source
//! and licence.
//!
//! Each value is a pure function of (seed, KPI or feature, time), so any window of the 400 days
//! of history is computed on demand and the same seed always gives the same city. Static shapes
//! (the 168 demo wards, sensor positions, bus routes) are built once per seed.
//!
//! ```no_run
//! let sim = opscenter_sim::spawn("127.0.0.1:0".parse()?, opscenter_sim::SimConfig::default())?;
//! println!("serving on {}", sim.url());
//! sim.shutdown();
//! # anyhow::Ok(())
//! ```

mod alerts;
mod api;
#[cfg(test)]
mod behaviour_tests;
pub mod calendar;
mod config;
mod data;
mod faults;
mod geo;
mod kpi_table;
pub mod kpis;
mod layers;
mod mutex;
mod noise;
pub mod openapi;
mod server;
mod signals;
mod state;
mod tiles;
mod weather;

pub use api::{API_ROUTES, hostile};
pub use config::{SimConfig, wall_clock_ms};
pub use faults::{Fault, FaultJson, FaultRule, FaultRuleJson, Route, UNKNOWN_KPI_ID};
pub use server::{SimHandle, serve, spawn, spawn_on_loopback};
pub use state::RequestRecord;
