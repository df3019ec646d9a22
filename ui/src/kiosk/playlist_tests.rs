#![allow(clippy::unwrap_used)]

use super::*;

fn problems(text: &str) -> Vec<(usize, ProblemKind)> {
    Playlist::parse(text)
        .unwrap_err()
        .into_iter()
        .map(|problem| (problem.line, problem.kind))
        .collect()
}

#[test]
fn the_shipped_playlist_parses_and_matches_the_simulated_catalog() {
    let playlist = Playlist::parse(DEFAULT_PLAYLIST).unwrap();
    assert!(playlist.pages.len() >= 5);
    assert_eq!(playlist.alert_seconds, 30);
    let catalog = opscenter_sim::kpis::catalog(0, 42);
    let kpi_ids: Vec<&str> = catalog.kpis.iter().map(|kpi| kpi.id.as_str()).collect();
    let layer_ids: Vec<&str> = catalog
        .layers
        .iter()
        .map(|layer| layer.id.as_str())
        .collect();
    let offered = Offered {
        kpi_ids: &kpi_ids,
        layer_ids: &layer_ids,
        ward_metrics: &["aqi", "flood_points", "on_time_pct", "population"],
    };
    assert_eq!(playlist.check_against(&offered), vec![]);
}

#[test]
fn every_kind_of_page_reads_with_its_fields() {
    let playlist = Playlist::parse(
        r#"
[[page]]
kind = "kpi"
kpi = "EN03"
range = "7d"
seconds = 20
hours = "22:00-06:00"
days = ["sat", "Sunday"]

[[page]]
kind = "map"
seconds = 30
layers = ["wards"]
ward_metric = "aqi"
center = [10.77, 106.70]
zoom = 13.5
"#,
    )
    .unwrap();
    assert_eq!(
        playlist.pages[0].content,
        PageContent::Kpi {
            kpi_id: "EN03".into(),
            range: Some(RangePreset::Week)
        }
    );
    assert_eq!(playlist.pages[0].line, 2);
    let night = &playlist.pages[0];
    assert!(night.is_on(5, 23 * 60), "Saturday 23:00");
    assert!(night.is_on(6, 5 * 60 + 59), "Sunday 05:59");
    assert!(!night.is_on(6, 6 * 60), "06:00 ends the span");
    assert!(!night.is_on(0, 23 * 60), "not on Monday");
    assert_eq!(playlist.pages[1].line, 10);
    assert!(matches!(
        &playlist.pages[1].content,
        PageContent::Map { center: Some(_), zoom: Some(z), .. } if *z == 13.5
    ));
}

#[test]
fn each_problem_is_named_with_its_line() {
    let found = problems(
        r#"alert_seconds = 0

[[page]]
kind = "slideshow"
seconds = 20

[[page]]
kind = "overview"
seconds = 86400
domain = "weather"

[[page]]
kind = "kpi"
seconds = 20
hours = "25:00-26:00"
days = ["someday"]
layers = ["wards"]

[[page]]
kind = "map"
seconds = 20
center = [200.0, 106.0]
zoom = 40.0
"#,
    );
    assert_eq!(
        found,
        vec![
            (1, ProblemKind::AlertDuration(0)),
            (4, ProblemKind::UnknownKind("slideshow".into())),
            (9, ProblemKind::Duration(86_400)),
            (10, ProblemKind::Domain("weather".into())),
            (15, ProblemKind::Hours("25:00-26:00".into())),
            (16, ProblemKind::Day("someday".into())),
            (
                17,
                ProblemKind::FieldNotFor {
                    field: "layers",
                    kind: "kpi".into()
                }
            ),
            (12, ProblemKind::MissingKpi),
            (22, ProblemKind::Center),
            (23, ProblemKind::Zoom(40.0)),
        ]
    );
}

#[test]
fn hours_far_out_of_the_day_are_a_problem_on_their_line() {
    // An hour past 1092 overflowed a u16 when turned into minutes (a panic in a debug build).
    let found = problems(
        "[[page]]\nkind = \"alerts\"\nseconds = 20\nhours = \"9999:00-06:00\"\n\n\
         [[page]]\nkind = \"alerts\"\nseconds = 20\nhours = \"06:00-65535:59\"\n",
    );
    assert_eq!(
        found,
        vec![
            (4, ProblemKind::Hours("9999:00-06:00".into())),
            (9, ProblemKind::Hours("06:00-65535:59".into())),
        ]
    );
}

#[test]
fn hours_to_midnight_include_the_evening() {
    // "00:00-24:00" once became 0..0 and the page never played.
    let whole_day = parse_hours("00:00-24:00").unwrap();
    assert!(
        [0, 720, 1439]
            .into_iter()
            .all(|minute| whole_day.contains(minute))
    );
    let evening = parse_hours("18:00-24:00").unwrap();
    assert!(evening.contains(18 * 60) && evening.contains(1439) && !evening.contains(0));
    let night = parse_hours("22:00-06:00").unwrap();
    assert!(night.contains(23 * 60) && night.contains(0) && !night.contains(12 * 60));
}

#[test]
fn broken_toml_and_unknown_fields_are_syntax_problems_on_their_line() {
    let found = problems("[[page]]\nkind = \"alerts\"\nseconds = 20\n\n[[page]\nkind = 1\n");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].0, 5);
    assert!(matches!(&found[0].1, ProblemKind::Syntax(_)));

    let found = problems("[[page]]\nkind = \"alerts\"\nsecs = 20\n");
    assert!(matches!(&found[0].1, ProblemKind::Syntax(detail) if detail.contains("secs")));
    assert_eq!(problems(""), vec![(1, ProblemKind::NoPages)]);
}

#[test]
fn unknown_kpis_layers_and_metrics_are_named_against_the_catalog() {
    let playlist = Playlist::parse(
        "[[page]]\nkind = \"kpi\"\nkpi = \"ZZ99\"\nseconds = 20\n\n\
         [[page]]\nkind = \"map\"\nseconds = 20\nlayers = [\"wards\", \"ufo-sightings\"]\n\
         ward_metric = \"happiness\"\n",
    )
    .unwrap();
    let offered = Offered {
        kpi_ids: &["EN03"],
        layer_ids: &["wards"],
        ward_metrics: &["aqi"],
    };
    let found: Vec<_> = playlist
        .check_against(&offered)
        .into_iter()
        .map(|problem| (problem.line, problem.kind))
        .collect();
    assert_eq!(
        found,
        vec![
            (1, ProblemKind::UnknownKpi("ZZ99".into())),
            (6, ProblemKind::UnknownLayer("ufo-sightings".into())),
            (6, ProblemKind::UnknownMetric("happiness".into())),
        ]
    );
}
