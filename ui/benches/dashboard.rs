//! How the dashboard feels on a fully cached city, printed as figures from one run:
//!
//! 1. process start to the first frame with data, median of five launches of the release
//!    `citydash` binary, and its peak memory (VmHWM) after three more seconds on the map;
//! 2. frame CPU time (median and p99) of the real app in the kittest harness: panning and
//!    zooming the map with its default layers and with every layer, and hovering over a year of
//!    a five-minute KPI's chart;
//! 3. the time to prepare a chart series for a 1,600-pixel chart from a year and from ten years
//!    of five-minute observations, and from the city cache's densest KPI, split into the raw
//!    read and the downsampling.
//!
//! Run with `cargo bench -p citydash --bench dashboard` (release). Cargo builds the `citydash`
//! binary with the same profile for a benchmark and names it in `CARGO_BIN_EXE_citydash`; that
//! is the binary launched. The first run syncs the cached city from the simulator on loopback
//! (all layers, 400 days of series, the basemap tiles) into `target/tmp/dashboard-bench/`; later
//! runs reuse it while it is complete and under a week old (delete the folder to rebuild it).
//! The launches need an X display: `DISPLAY`, or else one `xvfb-run` server for the run; without
//! either that figure is skipped. No timing is asserted: a figure over its target says so.

// A benchmark that cannot set itself up has nothing to report: failing loudly is right.
#![allow(clippy::expect_used, clippy::disallowed_types)]

#[path = "dashboard/city.rs"]
mod city;
#[path = "dashboard/frames.rs"]
mod frames;
#[path = "dashboard/series.rs"]
mod series;
#[path = "dashboard/startup.rs"]
mod startup;

use std::time::Instant;

/// One line of the summary: a figure, its target, and whether it met it.
pub struct Figure {
    pub name: String,
    /// The figure as printed, with its unit.
    pub value: String,
    /// `< 8 ms`; empty for a figure without a target.
    pub target: String,
    /// `None` when the figure could not be measured.
    pub met: Option<bool>,
}

impl Figure {
    /// A measured figure whose target is an upper bound.
    pub fn at_most(name: &str, value: f64, unit: &str, target: f64) -> Figure {
        Figure {
            name: name.to_owned(),
            value: format!("{value:.1} {unit}"),
            target: format!("< {target} {unit}"),
            met: Some(value < target),
        }
    }

    /// A figure that could not be measured (the section above says why).
    pub fn skipped(name: &str, target: &str) -> Figure {
        Figure {
            name: name.to_owned(),
            value: "skipped".to_owned(),
            target: target.to_owned(),
            met: None,
        }
    }

    /// `ok`, `over target` or nothing, for the printed lines.
    pub fn verdict(&self) -> &'static str {
        match self.met {
            Some(true) => "ok",
            Some(false) => "OVER TARGET",
            None => "",
        }
    }
}

/// The value at `fraction` (0.5 is the median) of `samples`, by nearest rank; NaN when empty.
pub fn percentile(samples: &[f64], fraction: f64) -> f64 {
    if samples.is_empty() {
        return f64::NAN;
    }
    let mut sorted = samples.to_vec();
    sorted.sort_by(f64::total_cmp);
    let rank = ((fraction * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len());
    sorted[rank - 1]
}

fn main() {
    let started = Instant::now();
    println!("dashboard benchmark (release build, one run)");

    let city = city::full_city_cache();
    println!("  city cache: {}", city.summary);

    let mut figures = Vec::new();
    figures.extend(startup::measure(&city.path));
    figures.extend(frames::measure(&city.path));
    figures.extend(series::measure(&city.path));

    println!();
    println!("summary");
    let name_width = figures.iter().map(|f| f.name.len()).max().unwrap_or(0);
    for figure in &figures {
        println!(
            "  {:<name_width$}  {:>22}  target {:<9} {}",
            figure.name,
            figure.value,
            figure.target,
            figure.verdict()
        );
    }
    println!(
        "  ({} of {} figures over target; whole run {:.0} s)",
        figures.iter().filter(|f| f.met == Some(false)).count(),
        figures.len(),
        started.elapsed().as_secs_f64()
    );
}
