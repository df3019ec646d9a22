//! The overview's filter and sparklines on a real cache: the simulated operations center on
//! 127.0.0.1:0, `sync_once` into a temporary cache, the overview read with `Reader::overview`,
//! then the overview panel in a kittest harness. Typing in the search field leaves only the
//! matching cards; a search with no match says so and offers to clear it.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::disallowed_types)]

mod common;

use citydash::Lang;
use citydash::panels::OverviewPanel;
use citydash::theme::{Theme, ThemeChoice};
use citydash::view_models::alerts::AlertNames;
use citydash::view_models::attention::{AttentionAction, AttentionModel};
use citydash::view_models::{CityZone, OverviewFilter, OverviewModel};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use offline_cache::store::{Overview, Reader, SPARKLINE_MAX_POINTS};

use common::TALL_WINDOW;

struct State {
    model: OverviewModel,
    attention: AttentionModel,
    filter: OverviewFilter,
    opened: Vec<String>,
}

fn simulated_overview_read() -> (Overview, i64) {
    let sim = common::start_sim("overview-cards-test-token");
    let (_dir, cache) = common::synced_temp_cache(&sim);
    let overview = Reader::open(&cache)
        .unwrap()
        .overview(sim.now_ms())
        .unwrap();
    (overview, sim.now_ms())
}

fn simulated_overview(lang: Lang) -> OverviewModel {
    let (overview, now_ms) = simulated_overview_read();
    OverviewModel::build(&overview, lang, now_ms)
}

fn harness(model: OverviewModel) -> Harness<'static, State> {
    let theme = Theme::new(ThemeChoice::Dark);
    Harness::builder()
        .with_context_setup(move |ctx| {
            citydash::fonts::install(ctx);
            theme.apply(ctx);
        })
        .with_size(egui::vec2(TALL_WINDOW[0], TALL_WINDOW[1] + 1_000.0))
        .build_ui_state(
            move |ui, state: &mut State| {
                let mut panel = OverviewPanel;
                let clicked = panel.ui(
                    ui,
                    &state.model,
                    &state.attention,
                    &mut state.filter,
                    &theme,
                );
                if let Some(AttentionAction::OpenKpi(kpi_id)) = clicked {
                    state.opened.push(kpi_id);
                }
            },
            State {
                attention: AttentionModel::build(
                    &model,
                    &[],
                    &AlertNames::default(),
                    model.lang,
                    CityZone::fallback(),
                    model.built_at_ms,
                ),
                model,
                filter: OverviewFilter::default(),
                opened: Vec::new(),
            },
        )
}

#[test]
fn cards_carry_sparklines_from_the_cache() {
    let (overview, now_ms) = simulated_overview_read();
    let model = OverviewModel::build(&overview, Lang::En, now_ms);
    for kpi in &overview.kpis {
        let sparkline = &kpi.sparkline;
        assert!(
            sparkline.points.len() <= SPARKLINE_MAX_POINTS,
            "{}",
            kpi.def.id
        );
        assert!(
            sparkline
                .points
                .iter()
                .all(|point| (sparkline.from_ms..=sparkline.to_ms).contains(&point.t_ms)),
            "{}",
            kpi.def.id
        );
        let card = model.card(&kpi.def.id).unwrap();
        assert_eq!(
            card.sparkline.is_some(),
            !sparkline.points.is_empty(),
            "a card draws a sparkline exactly when the cache has history: {}",
            kpi.def.id
        );
    }
    // Two days of simulated history: the five-minute tide gauge has a full day.
    let tide = model.card("EN03").expect("the tide card");
    let sparkline = tide
        .sparkline
        .as_ref()
        .expect("the tide has a recent history");
    let points: usize = sparkline.runs.iter().map(Vec::len).sum();
    assert!(
        (32..=SPARKLINE_MAX_POINTS).contains(&points),
        "{points} points"
    );
    assert!(sparkline.summary.starts_with("Last 24 h: low "));
}

#[test]
fn typing_in_the_search_field_leaves_only_matching_cards() {
    let model = simulated_overview(Lang::Vi);
    let tide = model.card("EN03").unwrap().name.clone();
    let metro = model.card("MO01").unwrap().name.clone();
    let mut harness = harness(model);
    harness.run();
    harness.get_by_label(&tide);
    harness.get_by_label(&metro);
    harness.get_by_label("Lĩnh vực");

    // English words find the Vietnamese card; no diacritics needed either.
    harness.get_by_label("Tìm chỉ số").click();
    harness.run();
    harness.get_by_label("Tìm chỉ số").type_text("tide");
    harness.run();
    assert_eq!(harness.state().filter.search, "tide");
    harness.get_by_label(&tide);
    assert!(harness.query_by_label(&metro).is_none());
    let visible: Vec<String> = harness
        .state()
        .model
        .filtered(&harness.state().filter)
        .iter()
        .flat_map(|group| group.cards.iter().map(|card| card.kpi_id.clone()))
        .collect();
    assert_eq!(visible, ["EN03"]);

    harness.get_by_label(&tide).click();
    harness.run();
    assert_eq!(harness.state().opened, ["EN03"]);

    // The click on the card took the focus from the search field.
    harness.get_by_label("Tìm chỉ số").click();
    harness.run();
    harness.get_by_label("Tìm chỉ số").type_text(" bão");
    harness.run();
    harness.get_by_label("Không có chỉ số nào khớp với bộ lọc.");
    assert!(harness.query_by_label(&tide).is_none());
    harness.get_by_label("Xóa bộ lọc").click();
    harness.run();
    assert_eq!(harness.state().filter, OverviewFilter::default());
    harness.get_by_label(&tide);
    harness.get_by_label(&metro);
}

#[test]
fn vietnamese_without_diacritics_finds_the_card() {
    let model = simulated_overview(Lang::En);
    let mut harness = harness(model);
    harness.run();
    harness.get_by_label("Search KPIs").click();
    harness.run();
    harness.get_by_label("Search KPIs").type_text("dinh trieu");
    harness.run();
    harness.get_by_label("Tide peak at Phu An");
    assert_eq!(
        harness
            .state()
            .model
            .filtered(&harness.state().filter)
            .iter()
            .map(|group| group.cards.len())
            .sum::<usize>(),
        1
    );
}
