//! What the wall draws: its header (the city, the page, the date and the clock), the page's
//! progress, and each kind of page (the city now, a domain's cards, a KPI's chart, the map, the
//! alerts board) or the alert that interrupted them. Drawn from the view models only; a click
//! here leads nowhere.

use egui::{Align, Layout, RichText, Ui, vec2};

use super::super::View;
use super::super::state::AppState;
use crate::i18n::I18n;
use crate::kiosk::playlist::PageContent;
use crate::kiosk::rotation::Screen;
use crate::panels::kpi_detail::chart_ui;
use crate::panels::overview::card_ui;
use crate::panels::widgets::{sparkline_ui, wrapped_label};
use crate::theme::{Theme, spacing, type_size};
use crate::view_models::alerts::AlertItem;
use crate::view_models::overview::KpiCard;
use citydash_views::status::severity;

/// How many KPIs the "city now" page shows, large.
const CITY_NOW_TILES: usize = 8;
/// How many alerts the board shows; the rest are counted.
const BOARD_ALERTS: usize = 8;
/// The clock's size, in points (before the wall's scale).
const CLOCK_SIZE: f32 = 30.0;
/// A "city now" tile's value, in points.
const TILE_VALUE_SIZE: f32 = 44.0;

/// The page's (or the alert's) title for the header.
pub(super) fn screen_title(screen: &Screen<'_>, state: &AppState, i18n: &I18n) -> String {
    match screen {
        Screen::Alert { .. } => i18n.t("kiosk.alert.title").to_owned(),
        Screen::Page { page, .. } => match &page.content {
            PageContent::CityNow => i18n.t("kiosk.page.city_now").to_owned(),
            PageContent::Overview {
                domain: Some(domain),
            } => state
                .overview_model
                .groups
                .iter()
                .find(|group| group.domain == *domain)
                .map_or_else(
                    || i18n.t("kiosk.page.overview").to_owned(),
                    |g| g.title.clone(),
                ),
            PageContent::Overview { domain: None } => i18n.t("kiosk.page.overview").to_owned(),
            PageContent::Map { .. } => i18n.t("kiosk.page.map").to_owned(),
            PageContent::Kpi { kpi_id, .. } => state
                .overview_model
                .card(kpi_id)
                .map_or_else(|| kpi_id.clone(), |card| card.name.clone()),
            PageContent::Alerts => i18n.t("kiosk.page.alerts").to_owned(),
        },
    }
}

/// The city's name, the page's title, and the date and time in the city.
pub(super) fn header_ui(
    ui: &mut Ui,
    state: &AppState,
    title: &str,
    now_ms: i64,
    theme: &Theme,
    i18n: &I18n,
) {
    let palette = theme.palette;
    let zone = state.zone();
    ui.horizontal(|ui| {
        ui.label(
            RichText::new(&state.overview_model.title)
                .font(Theme::bold(type_size::HEADING))
                .color(palette.text_weak),
        );
        ui.separator();
        ui.label(
            RichText::new(title)
                .font(Theme::bold(type_size::HEADING))
                .color(palette.text_strong),
        );
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
            ui.label(
                RichText::new(zone.format_plain(now_ms, "%H:%M"))
                    .font(Theme::bold(CLOCK_SIZE))
                    .color(palette.text_strong),
            );
            let weekday = zone.format_plain(now_ms, "%u");
            let date = zone.format_plain(now_ms, i18n.t("format.date"));
            ui.label(
                RichText::new(i18n.tf(
                    "kiosk.date",
                    &[
                        ("weekday", i18n.t(&format!("kiosk.weekday.{weekday}"))),
                        ("date", &date),
                    ],
                ))
                .font(Theme::regular(type_size::HEADING))
                .color(palette.text),
            );
            if let Some(notice) = &state.overview_model.notice {
                ui.label(
                    RichText::new(&notice.short_text)
                        .small()
                        .color(palette.notice_text),
                );
            }
        });
    });
}

/// A bar filling as the page runs, with the page's place in the rotation.
pub(super) fn progress_ui(ui: &mut Ui, screen: &Screen<'_>, theme: &Theme, i18n: &I18n) {
    let palette = theme.palette;
    let (progress, words) = match screen {
        Screen::Page {
            progress,
            position,
            of,
            ..
        } => (
            *progress,
            i18n.tf(
                "kiosk.progress",
                &[("position", &position.to_string()), ("of", &of.to_string())],
            ),
        ),
        Screen::Alert {
            progress,
            waiting,
            not_queued,
            ..
        } => (
            *progress,
            i18n.tn("kiosk.alert.waiting", (*waiting + *not_queued) as u64, &[]),
        ),
    };
    ui.horizontal(|ui| {
        ui.label(RichText::new(words).small().color(palette.text_weak));
        let (rect, _) =
            ui.allocate_exact_size(vec2(ui.available_width(), 4.0), egui::Sense::hover());
        ui.painter().rect_filled(rect, 2.0, palette.card_stroke);
        let mut done = rect;
        done.set_width(rect.width() * progress);
        ui.painter().rect_filled(done, 2.0, palette.text_weak);
    });
}

/// The page or alert itself.
pub(super) fn screen_ui(
    ui: &mut Ui,
    screen: &Screen<'_>,
    state: &mut AppState,
    theme: &Theme,
    i18n: &I18n,
) {
    // No cache, or one that cannot be read (vanished, replaced, damaged): say so, large, until
    // a sync brings it back; the map and its tiles may still show.
    if let (Some(problem), Screen::Page { page, .. }) = (&state.overview_model.empty_text, screen)
        && !matches!(page.content, PageContent::Map { .. })
    {
        ui.centered_and_justified(|ui| {
            ui.label(
                RichText::new(problem)
                    .font(Theme::regular(CLOCK_SIZE))
                    .color(theme.palette.notice_text),
            );
        });
        return;
    }
    match screen {
        Screen::Alert { alert_id, .. } => alert_ui(ui, alert_id, state, theme, i18n),
        Screen::Page { page, .. } => match &page.content {
            PageContent::CityNow => city_now_ui(ui, state, theme, i18n),
            PageContent::Overview { domain } => {
                let cards: Vec<&KpiCard> = state
                    .overview_model
                    .cards()
                    .filter(|card| domain.is_none_or(|domain| card.domain == domain))
                    .collect();
                cards_ui(ui, &cards, theme, i18n);
            }
            PageContent::Kpi { .. } => match &state.series_model {
                Some(series) if matches!(state.view, View::KpiDetail { .. }) => {
                    if let Some(projection) = &series.projection {
                        ui.label(RichText::new(projection).color(theme.palette.text));
                    }
                    chart_ui(ui, series, theme);
                }
                _ => waiting_ui(ui, theme, i18n),
            },
            PageContent::Map { .. } => map_ui(ui, state, theme),
            PageContent::Alerts => alerts_board_ui(ui, state, theme, i18n),
        },
    }
}

fn waiting_ui(ui: &mut Ui, theme: &Theme, i18n: &I18n) {
    ui.centered_and_justified(|ui| {
        ui.label(RichText::new(i18n.t("kiosk.reading")).color(theme.palette.text_weak));
    });
}

fn map_ui(ui: &mut Ui, state: &mut AppState, theme: &Theme) {
    let offline = state.status_model.not_live_text.clone();
    // A wall's map answers nothing: what it would ask is dropped.
    let _ = state.map.ui(ui, theme, &state.settings, offline.as_deref());
}

/// The KPIs that need attention first, then one of each domain, large.
fn city_now_ui(ui: &mut Ui, state: &AppState, theme: &Theme, i18n: &I18n) {
    let mut cards: Vec<&KpiCard> = state.overview_model.cards().collect();
    // Worst first; within a status, the domains' order.
    cards.sort_by_key(|card| std::cmp::Reverse(severity(card.status)));
    let mut shown: Vec<&KpiCard> = Vec::new();
    for card in &cards {
        let first_of_domain = !shown.iter().any(|other| other.domain == card.domain);
        if severity(card.status) >= severity(offline_cache::model::KpiStatus::Warning)
            || first_of_domain
        {
            shown.push(card);
        }
        if shown.len() == CITY_NOW_TILES {
            break;
        }
    }
    if shown.is_empty() {
        return waiting_ui(ui, theme, i18n);
    }
    let columns = 4;
    let gap = spacing::CARD_GAP;
    let width = (ui.available_width() - gap * (columns as f32 - 1.0)) / columns as f32;
    let rows = shown.len().div_ceil(columns);
    let height = ((ui.available_height() - gap * (rows as f32 - 1.0)) / rows as f32).max(80.0);
    for row in shown.chunks(columns) {
        ui.horizontal(|ui| {
            ui.spacing_mut().item_spacing.x = gap;
            for card in row {
                tile_ui(ui, card, vec2(width, height), theme);
            }
        });
        ui.add_space(gap - ui.spacing().item_spacing.y);
    }
}

/// One KPI, large: name, value and unit, status, change and age.
fn tile_ui(ui: &mut Ui, card: &KpiCard, size: egui::Vec2, theme: &Theme) {
    let palette = theme.palette;
    let (rect, _) = ui.allocate_exact_size(size, egui::Sense::hover());
    ui.painter()
        .rect_filled(rect, spacing::CARD_ROUNDING, palette.card_fill);
    crate::panels::widgets::status_strip(
        ui.painter(),
        rect,
        spacing::STATUS_STRIP_WIDTH * 2.0,
        spacing::CARD_ROUNDING,
        palette.status(card.status),
    );
    let inner = rect.shrink(spacing::L);
    let mut content = ui.new_child(
        egui::UiBuilder::new()
            .max_rect(inner)
            .layout(Layout::top_down(Align::Min)),
    );
    let ui = &mut content;
    wrapped_label(
        ui,
        &card.name,
        Theme::bold(type_size::HEADING),
        palette.text_strong,
        2,
    );
    ui.horizontal(|ui| {
        ui.label(
            RichText::new(&card.value_text)
                .font(Theme::bold(TILE_VALUE_SIZE))
                .color(palette.text_strong),
        );
        if let Some(unit) = &card.unit_text {
            ui.label(
                RichText::new(unit)
                    .font(Theme::regular(type_size::HEADING))
                    .color(palette.text),
            );
        }
    });
    ui.label(
        RichText::new(&card.status_text)
            .font(Theme::bold(type_size::HEADING))
            .color(palette.status(card.status)),
    );
    if let Some(change) = &card.change {
        ui.label(RichText::new(&change.text).color(palette.text));
    }
    if let Some(age) = &card.freshness_text {
        let color = if card.stale {
            palette.stale
        } else {
            palette.text_weak
        };
        let age = match &card.stale_text {
            Some(mark) => format!("{age} · {mark}"),
            None => age.clone(),
        };
        ui.label(RichText::new(age).color(color));
    }
    if let Some(sparkline) = &card.sparkline {
        ui.add_space(spacing::S);
        sparkline_ui(
            ui,
            sparkline,
            palette.text,
            palette.status(card.status),
            palette.text_weak,
        );
    }
}

/// As many of `cards` as fit, in the dashboard's card style; the rest counted.
fn cards_ui(ui: &mut Ui, cards: &[&KpiCard], theme: &Theme, i18n: &I18n) {
    if cards.is_empty() {
        return waiting_ui(ui, theme, i18n);
    }
    let gap = spacing::CARD_GAP;
    let columns = ((ui.available_width() + gap) / (spacing::CARD_MIN_WIDTH + gap))
        .floor()
        .max(1.0) as usize;
    let width = (ui.available_width() - gap * (columns as f32 - 1.0)) / columns as f32;
    let rows = ((ui.available_height() + gap) / (spacing::CARD_HEIGHT + gap))
        .floor()
        .max(1.0) as usize;
    let fits = columns * rows;
    let shown = if cards.len() > fits {
        fits.saturating_sub(1).max(1)
    } else {
        cards.len()
    };
    for row in cards[..shown].chunks(columns) {
        ui.horizontal(|ui| {
            ui.spacing_mut().item_spacing.x = gap;
            for card in row {
                // A click on a wall leads nowhere.
                let _ = card_ui(ui, card, width, theme);
            }
        });
        ui.add_space(gap - ui.spacing().item_spacing.y);
    }
    if shown < cards.len() {
        ui.label(
            RichText::new(i18n.tn("kiosk.more_kpis", (cards.len() - shown) as u64, &[]))
                .color(theme.palette.text_weak),
        );
    }
}

/// The alerts still open, newest first, large; the rest counted.
fn alerts_board_ui(ui: &mut Ui, state: &AppState, theme: &Theme, i18n: &I18n) {
    let model = &state.alerts_model;
    ui.label(
        RichText::new(&model.texts.counts)
            .font(Theme::regular(type_size::HEADING))
            .color(theme.palette.text),
    );
    ui.add_space(spacing::S);
    let open: Vec<&AlertItem> = model
        .items
        .iter()
        .filter(|item| item.status != offline_cache::model::AlertStatus::Resolved)
        .collect();
    if open.is_empty() {
        ui.label(
            RichText::new(i18n.t("kiosk.no_open_alerts"))
                .font(Theme::regular(type_size::HEADING))
                .color(theme.palette.text_weak),
        );
        return;
    }
    for item in open.iter().take(BOARD_ALERTS) {
        alert_row_ui(ui, item, theme);
        ui.add_space(spacing::S);
    }
    if open.len() > BOARD_ALERTS {
        ui.label(
            RichText::new(i18n.tn("kiosk.more_alerts", (open.len() - BOARD_ALERTS) as u64, &[]))
                .color(theme.palette.text_weak),
        );
    }
}

fn alert_row_ui(ui: &mut Ui, item: &AlertItem, theme: &Theme) {
    let palette = theme.palette;
    let color = crate::theme::alert_style::severity_color(&palette, item.severity);
    egui::Frame::new()
        .fill(palette.card_fill)
        .corner_radius(spacing::CARD_ROUNDING)
        .inner_margin(egui::Margin::same(spacing::M as i8))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal(|ui| {
                ui.label(
                    RichText::new(&item.severity_text)
                        .font(Theme::bold(type_size::HEADING))
                        .color(color),
                );
                ui.label(
                    RichText::new(&item.title)
                        .font(Theme::bold(type_size::HEADING))
                        .color(palette.text_strong),
                );
            });
            ui.label(RichText::new(&item.when_text).color(palette.text_weak));
        });
}

/// A new critical alert, across the screen: what, where, when; its place on the map beside it
/// when it has one.
fn alert_ui(ui: &mut Ui, alert_id: &str, state: &mut AppState, theme: &Theme, i18n: &I18n) {
    // The wall's alerts model shows every alert (its filter is the default), so the alert is
    // one of its items, built when the alerts were read.
    let item = state
        .alerts_model
        .items
        .iter()
        .find(|item| item.alert_id == alert_id)
        .cloned();
    let Some(item) = item else {
        return waiting_ui(ui, theme, i18n);
    };
    let with_map = item.feature.is_some() && state.view == View::Map;
    let whole = ui.available_rect_before_wrap();
    let (text_rect, map_rect) = if with_map {
        let split = whole.left() + whole.width() * 0.4;
        (
            egui::Rect::from_min_max(whole.min, egui::pos2(split - spacing::L, whole.max.y)),
            egui::Rect::from_min_max(egui::pos2(split, whole.min.y), whole.max),
        )
    } else {
        (whole, egui::Rect::NOTHING)
    };
    let mut text_ui = ui.new_child(
        egui::UiBuilder::new()
            .max_rect(text_rect)
            .layout(Layout::top_down(Align::Min)),
    );
    alert_text_ui(&mut text_ui, &item, theme);
    if with_map {
        // The map and its legend within their own part of the screen.
        let mut map_part = ui.new_child(egui::UiBuilder::new().max_rect(map_rect));
        map_ui(&mut map_part, state, theme);
    }
    ui.allocate_rect(whole, egui::Sense::hover());
}

/// What, how bad, when, which KPI and where: the alert's words, large.
fn alert_text_ui(ui: &mut Ui, item: &AlertItem, theme: &Theme) {
    let palette = theme.palette;
    let color = crate::theme::alert_style::severity_color(&palette, item.severity);
    ui.label(
        RichText::new(&item.severity_text)
            .font(Theme::bold(CLOCK_SIZE))
            .color(color),
    );
    ui.add(
        egui::Label::new(
            RichText::new(&item.title)
                .font(Theme::bold(TILE_VALUE_SIZE * 0.8))
                .color(palette.text_strong),
        )
        .wrap(),
    );
    ui.add_space(spacing::M);
    ui.add(
        egui::Label::new(
            RichText::new(&item.body)
                .font(Theme::regular(type_size::HEADING))
                .color(palette.text),
        )
        .wrap(),
    );
    ui.add_space(spacing::M);
    for line in [
        Some(&item.when_text),
        item.kpi_text.as_ref(),
        item.feature_text.as_ref(),
    ]
    .into_iter()
    .flatten()
    {
        ui.label(
            RichText::new(line)
                .font(Theme::regular(type_size::HEADING))
                .color(palette.text_weak),
        );
    }
}
