//! The central overview: one heading per domain and a responsive grid of KPI cards under it, in
//! a vertical scroll area. Each card shows the name, the value large with its unit, the change
//! since the previous value (arrow and text), the target, the status (colour strip, shape and
//! word), how fresh the value is (with a "stale" mark when it is), and a sparkline of the recent
//! history with the target as a faint dashed line. A whole card is one button, named by the
//! KPI's name, that opens the KPI's detail view.
//!
//! Above the cards, [`OverviewPanel::ui`] draws the attention strip (what needs attention now)
//! and the filter: a domain choice and a search field, both labelled, and says so plainly (with
//! a button to clear it) when no KPI matches. Inside each domain the cards that need attention
//! come first.

use egui::{
    Align, ComboBox, CursorIcon, Id, Layout, RichText, ScrollArea, Sense, Stroke, StrokeKind,
    TextEdit, Ui, UiBuilder, WidgetInfo, vec2,
};

use super::widgets::{change_arrow_ui, sparkline_ui, status_shape_ui, wrapped_label};
use crate::theme::{Theme, spacing, status_shape, type_size};
use crate::view_models::attention::{AttentionAction, AttentionModel};
use crate::view_models::{FilteredGroup, KpiCard, OverviewFilter, OverviewModel};

/// Width of the search field, in points.
const SEARCH_WIDTH: f32 = 260.0;
/// A change line wraps once on a narrow card ("+0.3 percentage points since 04/12 (better)").
const CHANGE_MAX_ROWS: usize = 2;

/// The overview panel. Holds no state; scrolling and the search field's cursor are egui's.
#[derive(Debug, Default)]
pub struct OverviewPanel;

impl OverviewPanel {
    /// The search field's id, so a shortcut can give it the keyboard focus.
    pub fn search_field_id() -> egui::Id {
        egui::Id::unique("overview_search")
    }

    /// Draws the attention strip, the filter controls and the cards that pass `filter` (which
    /// the controls change); returns where a clicked item or card leads, if anywhere.
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        model: &OverviewModel,
        attention: &AttentionModel,
        filter: &mut OverviewFilter,
        theme: &Theme,
    ) -> Option<AttentionAction> {
        let mut clicked = None;
        ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                ui.add_space(spacing::S);
                clicked = super::attention::attention_ui(ui, attention, theme);
                if let Some(empty_text) = &model.empty_text {
                    super::widgets::empty_message_ui(ui, empty_text, theme.palette.text);
                }
                // With no cards at all there is nothing to filter.
                let groups = if model.groups.is_empty() {
                    Vec::new()
                } else {
                    // With nothing to show, the clear button sits in the empty state instead.
                    let any_match = !model.filtered(filter).is_empty();
                    filter_bar_ui(ui, model, filter, any_match);
                    let groups = model.filtered(filter);
                    if groups.is_empty() {
                        no_match_ui(ui, model, filter, theme);
                    }
                    groups
                };
                for group in &groups {
                    if let Some(kpi_id) = group_ui(ui, group, theme) {
                        clicked = Some(AttentionAction::OpenKpi(kpi_id));
                    }
                }
                ui.add_space(spacing::L);
            });
        clicked
    }
}

/// The domain choice, the search field and, while the filter hides anything, a clear button.
fn filter_bar_ui(
    ui: &mut Ui,
    model: &OverviewModel,
    filter: &mut OverviewFilter,
    show_clear: bool,
) {
    let texts = &model.filter_texts;
    ui.horizontal(|ui| {
        ui.spacing_mut().item_spacing.x = spacing::S;
        let selected = filter
            .domain
            .and_then(|domain| model.groups.iter().find(|group| group.domain == domain))
            .map_or(texts.all_domains.as_str(), |group| group.title.as_str());
        // The label before its choice, as a form reads.
        let label = ui.label(texts.domain_label.as_str());
        ComboBox::from_id_salt("overview_domain")
            .selected_text(selected)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut filter.domain, None, texts.all_domains.as_str());
                for group in &model.groups {
                    ui.selectable_value(&mut filter.domain, Some(group.domain), &group.title);
                }
            })
            .response
            .labelled_by(label.id);
        ui.add_space(spacing::M);
        let label = ui.label(texts.search_label.as_str());
        ui.add(
            TextEdit::singleline(&mut filter.search)
                .id(OverviewPanel::search_field_id())
                .hint_text(texts.search_hint.as_str())
                .desired_width(SEARCH_WIDTH),
        )
        .labelled_by(label.id);
        if show_clear && filter.is_active() && ui.button(texts.clear.as_str()).clicked() {
            filter.clear();
        }
    });
    ui.add_space(spacing::XS);
}

/// The state when the filter hides every card: it says so and offers to clear the filter.
fn no_match_ui(ui: &mut Ui, model: &OverviewModel, filter: &mut OverviewFilter, theme: &Theme) {
    super::widgets::empty_message_ui(ui, &model.filter_texts.no_match, theme.palette.text);
    ui.add_space(spacing::S);
    ui.vertical_centered(|ui| {
        if ui
            .button(RichText::new(&model.filter_texts.clear).strong())
            .clicked()
        {
            filter.clear();
        }
    });
}

fn group_ui(ui: &mut Ui, group: &FilteredGroup<'_>, theme: &Theme) -> Option<String> {
    let mut clicked = None;
    ui.add_space(spacing::S);
    ui.label(
        RichText::new(&group.group.title)
            .font(Theme::bold(type_size::HEADING))
            .color(theme.palette.text_strong),
    );
    ui.add_space(spacing::XS);

    // Leave room for the scroll bar, which floats over the content's right edge.
    let scroll = &ui.spacing().scroll;
    let available_width =
        (ui.available_width() - scroll.bar_width - scroll.bar_outer_margin).max(0.0);
    let gap = spacing::CARD_GAP;
    // The same columns for every domain, so cards line up down the page.
    let columns = ((available_width + gap) / (spacing::CARD_MIN_WIDTH + gap))
        .floor()
        .max(1.0);
    let card_width = ((available_width - gap * (columns - 1.0)) / columns).clamp(
        spacing::CARD_MIN_WIDTH.min(available_width),
        spacing::CARD_MAX_WIDTH,
    );
    let columns = columns as usize;

    for row in group.cards.chunks(columns) {
        ui.horizontal(|ui| {
            ui.spacing_mut().item_spacing.x = gap;
            for &card in row {
                if card_ui(ui, card, card_width, theme) {
                    clicked = Some(card.kpi_id.clone());
                }
            }
        });
        ui.add_space(gap - ui.spacing().item_spacing.y);
    }
    clicked
}

/// Draws one card; returns whether it was clicked.
pub(crate) fn card_ui(ui: &mut Ui, card: &KpiCard, width: f32, theme: &Theme) -> bool {
    let palette = &theme.palette;
    let (rect, response) =
        ui.allocate_exact_size(vec2(width, spacing::CARD_HEIGHT), Sense::click());
    response.widget_info(|| WidgetInfo::labeled(egui::Role::Button, true, &card.name));
    let card_stroke = if response.hovered() || response.has_focus() {
        palette.text_weak
    } else {
        palette.card_stroke
    };
    let status_color = palette.status(card.status);
    let rounding = spacing::CARD_ROUNDING;
    ui.painter().rect(
        rect,
        rounding,
        palette.card_fill,
        Stroke::new(1.0, card_stroke),
        StrokeKind::Inside,
    );
    super::widgets::status_strip(
        ui.painter(),
        rect,
        spacing::STATUS_STRIP_WIDTH,
        rounding,
        status_color,
    );

    let mut inner = rect.shrink(spacing::CARD_PADDING);
    inner.min.x += spacing::STATUS_STRIP_WIDTH;
    let mut content = ui.new_child(
        UiBuilder::new()
            .max_rect(inner)
            .layout(Layout::top_down(Align::Min)),
    );
    content.set_clip_rect(rect.intersect(ui.clip_rect()));
    // The whole card is the button: its texts must not take clicks for text selection.
    content.style_mut().interaction.selectable_labels = false;
    let name_id = card_content_ui(&mut content, card, theme);

    // The name inside labels the card, so the card is found by it once, as a button.
    let response = response
        .labelled_by(name_id)
        .on_hover_cursor(CursorIcon::PointingHand);
    let clicked = response.clicked();
    if !card.details.is_empty() {
        response.on_hover_text(card.details.join("\n"));
    }
    clicked
}

/// Draws what a card shows; returns the id of its name label.
fn card_content_ui(ui: &mut Ui, card: &KpiCard, theme: &Theme) -> Id {
    let palette = &theme.palette;
    ui.spacing_mut().item_spacing.y = spacing::XS;

    // The label takes the next automatic id (egui's `allocate_exact_size`); the kittest tests
    // that find each card once by its name check that it still does.
    let name_id = ui.next_auto_id();
    wrapped_label(
        ui,
        &card.name,
        Theme::bold(type_size::CARD_NAME),
        palette.text_strong,
        2,
    );

    ui.horizontal(|ui| {
        // `89.5/100` reads as one number; other units stand apart.
        let unit_joins = card
            .unit_text
            .as_deref()
            .is_some_and(|unit| unit.starts_with('/'));
        ui.spacing_mut().item_spacing.x = if unit_joins { 0.0 } else { spacing::XS + 2.0 };
        if card.has_value {
            ui.label(
                RichText::new(&card.value_text)
                    .font(Theme::bold(type_size::VALUE))
                    .color(palette.text_strong),
            );
            if let Some(unit) = &card.unit_text {
                ui.label(RichText::new(unit).color(palette.text));
            }
        } else {
            ui.label(
                RichText::new(&card.value_text)
                    .font(Theme::regular(type_size::HEADING))
                    .color(palette.text_weak),
            );
        }
    });

    if let Some(sparkline) = &card.sparkline {
        sparkline_ui(
            ui,
            sparkline,
            palette.text,
            palette.status(card.status),
            palette.text_weak,
        );
    }

    if let Some(change) = &card.change {
        ui.horizontal(|ui| {
            ui.spacing_mut().item_spacing.x = spacing::XS;
            let color = palette.change(change.better);
            change_arrow_ui(ui, change.direction, color);
            let text = match &change.verdict {
                Some(verdict) => format!("{} ({verdict})", change.text),
                None => change.text.clone(),
            };
            let font = Theme::regular(type_size::SMALL);
            wrapped_label(ui, &text, font, palette.text, CHANGE_MAX_ROWS);
        });
    }

    if let Some(target) = &card.target_text {
        ui.add(egui::Label::new(RichText::new(target).small().color(palette.text)).truncate());
    }

    ui.horizontal(|ui| {
        ui.spacing_mut().item_spacing.x = spacing::XS + 2.0;
        status_shape_ui(ui, status_shape(card.status), palette.status(card.status));
        ui.label(
            RichText::new(&card.status_text)
                .font(Theme::bold(type_size::SMALL))
                .color(palette.text_strong),
        );
        if let Some(quality) = &card.quality_text {
            ui.label(
                RichText::new(format!("· {quality}"))
                    .small()
                    .color(palette.text_weak),
            );
        }
    });

    if let Some(freshness) = &card.freshness_text {
        ui.horizontal(|ui| {
            ui.spacing_mut().item_spacing.x = spacing::XS + 2.0;
            if let Some(stale_mark) = &card.stale_text {
                stale_mark_ui(ui, stale_mark, theme);
            }
            let color = if card.stale {
                palette.stale
            } else {
                palette.text_weak
            };
            ui.add(egui::Label::new(RichText::new(freshness).small().color(color)).truncate());
        });
    }
    name_id
}

/// The "Stale" mark: the word in a small outlined box.
fn stale_mark_ui(ui: &mut Ui, text: &str, theme: &Theme) {
    egui::Frame::new()
        .stroke(Stroke::new(1.0, theme.palette.stale))
        .corner_radius(3)
        .inner_margin(egui::Margin::symmetric(4, 0))
        .show(ui, |ui| {
            ui.label(
                RichText::new(text)
                    .font(Theme::bold(type_size::SMALL))
                    .color(theme.palette.stale),
            );
        });
}
