//! The alerts panel and the toasts of new alerts.
//!
//! [`AlertsPanel`] draws the filter (minimum severity, unresolved only, search, all labelled) and
//! the filtered list, newest first. Each alert shows its severity by colour (a strip), shape and
//! word, its status, its time in city time and age, its title as a button (which opens the KPI it
//! concerns, or else shows its map feature), its text, and links to the KPI and the feature.
//!
//! [`Toasts`] stacks new alerts at the bottom-right corner, newest on top, at most
//! [`alert_style::TOAST_MAX_SHOWN`] with "+N more" under them. Critical ones stay until
//! dismissed; the others fade after [`alert_style::TOAST_SECS`], with a repaint asked for at
//! that moment rather than every frame.

use std::time::Duration;

use egui::{
    Align, Align2, Area, Button, Checkbox, ComboBox, Frame, Id, Layout, Order, RichText,
    ScrollArea, Stroke, TextEdit, Ui, WidgetInfo, vec2,
};
use offline_cache::model::{Alert, AlertSeverity, AlertStatus, FeatureRef};

use super::widgets::{empty_message_ui, status_shape_ui, wrapped_label};
use crate::i18n::{I18n, Lang};
use crate::theme::{Theme, alert_style, spacing, type_size};
use crate::view_models::alerts::severity_text;
use crate::view_models::{AlertFilter, AlertItem, AlertsModel};

/// Alerts older than this when they arrive are listed but not toasted (say, after a long time
/// offline): a toast is for what just happened.
pub const TOAST_MAX_AGE_MS: i64 = 60 * 60 * 1_000;
/// Width of the alerts search field, in points.
const SEARCH_WIDTH: f32 = 200.0;

/// What the user asked for from the alerts panel or a toast.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AlertAction {
    /// Open the detail view of this KPI.
    OpenKpi(String),
    /// Show this feature on the map.
    FocusFeature(FeatureRef),
    /// The filter changed: build the model again.
    FilterChanged,
}

/// What clicking an alert's title does: its KPI if it has one, else its map feature.
fn primary_action(kpi_id: Option<&String>, feature: Option<&FeatureRef>) -> Option<AlertAction> {
    kpi_id
        .map(|kpi_id| AlertAction::OpenKpi(kpi_id.clone()))
        .or_else(|| feature.map(|feature| AlertAction::FocusFeature(feature.clone())))
}

/// The alerts panel. Holds no state; scrolling and the search field's cursor are egui's.
#[derive(Debug, Default)]
pub struct AlertsPanel;

impl AlertsPanel {
    /// Draws the filter and the list; returns what the user asked for, if anything. The filter is
    /// changed in place, and [`AlertAction::FilterChanged`] says the model must be rebuilt.
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        model: &AlertsModel,
        filter: &mut AlertFilter,
        theme: &Theme,
    ) -> Option<AlertAction> {
        let palette = &theme.palette;
        let texts = &model.texts;
        ui.horizontal(|ui| {
            ui.label(
                RichText::new(&texts.title)
                    .font(Theme::bold(type_size::HEADING))
                    .color(palette.text_strong),
            );
            ui.label(RichText::new(&texts.counts).small().color(palette.text));
        });
        ui.add_space(spacing::XS);

        let before = filter.clone();
        filter_ui(ui, model, filter);
        let mut action = (*filter != before).then_some(AlertAction::FilterChanged);

        if let Some(showing) = &texts.showing {
            ui.label(RichText::new(showing).small().color(palette.text_weak));
        }
        ui.separator();

        if let Some(empty_text) = &model.empty_text {
            empty_message_ui(ui, empty_text, palette.text);
            if model.filtered_out {
                ui.add_space(spacing::S);
                ui.vertical_centered(|ui| {
                    if ui.button(&texts.clear_filter).clicked() {
                        filter.clear();
                        action = Some(AlertAction::FilterChanged);
                    }
                });
            }
            return action;
        }

        ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                for item in &model.items {
                    let clicked = ui
                        .push_id(&item.alert_id, |ui| item_ui(ui, item, theme))
                        .inner;
                    if clicked.is_some() {
                        action = clicked;
                    }
                }
            });
        action
    }
}

/// The severity choice, the unresolved-only box, the search field and, while the filter hides
/// something, a clear button.
fn filter_ui(ui: &mut Ui, model: &AlertsModel, filter: &mut AlertFilter) {
    let texts = &model.texts;
    ui.horizontal_wrapped(|ui| {
        let selected = texts
            .severity_choices
            .iter()
            .find(|(severity, _)| *severity == filter.min_severity)
            .map_or("", |(_, word)| word.as_str());
        // The label before its choice, as a form reads.
        let label = ui.label(texts.min_severity_label.as_str());
        ComboBox::from_id_salt("alerts_min_severity")
            .selected_text(selected)
            .show_ui(ui, |ui| {
                for (severity, word) in &texts.severity_choices {
                    ui.selectable_value(&mut filter.min_severity, *severity, word);
                }
            })
            .response
            .labelled_by(label.id);
        ui.add(Checkbox::new(
            &mut filter.unresolved_only,
            texts.unresolved_only_label.as_str(),
        ));
    });
    ui.horizontal(|ui| {
        let label = ui.label(texts.search_label.as_str());
        ui.add(
            TextEdit::singleline(&mut filter.search)
                .hint_text(texts.search_hint.as_str())
                .desired_width(SEARCH_WIDTH),
        )
        .labelled_by(label.id);
        // With nothing listed, the clear button sits in the empty state instead.
        if filter.is_active() && !model.filtered_out && ui.button(&texts.clear_filter).clicked() {
            filter.clear();
        }
    });
}

/// One alert; returns the action of a click on it.
fn item_ui(ui: &mut Ui, item: &AlertItem, theme: &Theme) -> Option<AlertAction> {
    let palette = &theme.palette;
    let color = alert_style::severity_color(palette, item.severity);
    let mut action = None;
    let frame = Frame::new()
        .fill(palette.card_fill)
        .stroke(Stroke::new(1.0, palette.card_stroke))
        .corner_radius(alert_style::ITEM_ROUNDING)
        .inner_margin(egui::Margin {
            left: (spacing::S + alert_style::SEVERITY_STRIP_WIDTH) as i8,
            right: spacing::S as i8,
            top: spacing::S as i8,
            bottom: spacing::S as i8,
        });
    let response = frame.show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.spacing_mut().item_spacing.y = spacing::XS;
        severity_row_ui(ui, item.severity, &item.severity_text, Some(item), theme);
        if title_button_ui(ui, &item.title, theme).clicked() {
            action = primary_action(item.kpi_id.as_ref(), item.feature.as_ref());
        }
        if !item.body.is_empty() {
            wrapped_label(
                ui,
                &item.body,
                Theme::regular(type_size::SMALL),
                palette.text,
                4,
            );
        }
        ui.label(
            RichText::new(&item.when_text)
                .small()
                .color(palette.text_weak),
        );
        // One link a line: a link broken across two lines would take clicks meant for the
        // other.
        if let (Some(kpi_id), Some(text)) = (&item.kpi_id, &item.open_kpi_text)
            && ui.link(RichText::new(text).small()).clicked()
        {
            action = Some(AlertAction::OpenKpi(kpi_id.clone()));
        }
        if let (Some(feature), Some(text)) = (&item.feature, &item.show_on_map_text) {
            let link = ui.link(RichText::new(text).small());
            let link = match &item.feature_text {
                Some(detail) => link.on_hover_text(detail),
                None => link,
            };
            if link.clicked() {
                action = Some(AlertAction::FocusFeature(feature.clone()));
            }
        }
    });
    super::widgets::status_strip(
        ui.painter(),
        response.response.rect,
        alert_style::SEVERITY_STRIP_WIDTH,
        alert_style::ITEM_ROUNDING,
        color,
    );
    ui.add_space(spacing::XS);
    action
}

/// The severity's shape and word, then the status when given.
fn severity_row_ui(
    ui: &mut Ui,
    severity: AlertSeverity,
    severity_word: &str,
    item: Option<&AlertItem>,
    theme: &Theme,
) {
    let palette = &theme.palette;
    ui.horizontal(|ui| {
        ui.spacing_mut().item_spacing.x = spacing::XS + 2.0;
        status_shape_ui(
            ui,
            alert_style::severity_shape(severity),
            alert_style::severity_color(palette, severity),
        );
        ui.label(
            RichText::new(severity_word)
                .font(Theme::bold(type_size::SMALL))
                .color(palette.text_strong),
        );
        if let Some(item) = item {
            let color = if item.status == AlertStatus::Active {
                palette.text
            } else {
                palette.text_weak
            };
            ui.label(
                RichText::new(format!("· {}", item.status_text))
                    .small()
                    .color(color),
            );
        }
    });
}

/// An alert's title as a frameless button that wraps; its accessible name is the title.
fn title_button_ui(ui: &mut Ui, title: &str, theme: &Theme) -> egui::Response {
    ui.add(
        Button::new(
            RichText::new(title)
                .font(Theme::bold(type_size::BODY))
                .color(theme.palette.text_strong),
        )
        .frame(false)
        .wrap(),
    )
    .on_hover_cursor(egui::CursorIcon::PointingHand)
}

/// One toast: the alert and when it first showed (egui's clock, in seconds).
#[derive(Debug, Clone)]
struct Toast {
    alert: Alert,
    shown_at_secs: Option<f64>,
}

impl Toast {
    /// When it goes away by itself; `None` for critical alerts and before it first shows.
    fn expires_at_secs(&self) -> Option<f64> {
        (self.alert.severity != AlertSeverity::Critical)
            .then_some(self.shown_at_secs)
            .flatten()
            .map(|shown| shown + alert_style::TOAST_SECS)
    }
}

/// The toasts of new alerts, newest first.
#[derive(Debug, Default)]
pub struct Toasts {
    toasts: Vec<Toast>,
}

impl Toasts {
    /// Adds toasts for `new` alerts (as [`crate::view_models::AlertsTracker::update`] returns
    /// them), newest on top. Resolved alerts, and alerts older than [`TOAST_MAX_AGE_MS`] at
    /// `now_ms`, are not toasted; an alert already toasted is updated in place.
    pub fn push(&mut self, new: &[Alert], now_ms: i64) {
        let mut fresh: Vec<&Alert> = new
            .iter()
            .filter(|alert| alert.status != AlertStatus::Resolved)
            .filter(|alert| now_ms.saturating_sub(alert.t_ms) <= TOAST_MAX_AGE_MS)
            .collect();
        fresh.sort_by(|a, b| a.t_ms.cmp(&b.t_ms).then_with(|| b.id.cmp(&a.id)));
        // Oldest first, each inserted on top, so the newest ends up first.
        for alert in fresh {
            if let Some(existing) = self.toasts.iter_mut().find(|t| t.alert.id == alert.id) {
                existing.alert = alert.clone();
                continue;
            }
            self.toasts.insert(
                0,
                Toast {
                    alert: alert.clone(),
                    shown_at_secs: None,
                },
            );
        }
    }

    /// How many toasts wait or show.
    pub fn len(&self) -> usize {
        self.toasts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.toasts.is_empty()
    }

    /// The ids of the toasts, newest first.
    pub fn alert_ids(&self) -> Vec<&str> {
        self.toasts
            .iter()
            .map(|toast| toast.alert.id.as_str())
            .collect()
    }

    pub fn dismiss_all(&mut self) {
        self.toasts.clear();
    }

    /// Draws the toasts over everything else (call it last in the frame); returns the action of
    /// a clicked toast, which is then dismissed.
    pub fn ui(&mut self, ctx: &egui::Context, theme: &Theme, lang: Lang) -> Option<AlertAction> {
        let now_secs = ctx.input(|input| input.time);
        self.toasts.retain(|toast| {
            toast
                .expires_at_secs()
                .is_none_or(|expires| now_secs < expires)
        });
        if self.toasts.is_empty() {
            return None;
        }
        let shown = self.toasts.len().min(alert_style::TOAST_MAX_SHOWN);
        for toast in &mut self.toasts[..shown] {
            toast.shown_at_secs.get_or_insert(now_secs);
        }
        schedule_repaint(ctx, &self.toasts[..shown], now_secs);

        let i18n = I18n::new(lang);
        let mut action = None;
        let mut dismissed: Option<usize> = None;
        let mut dismiss_all = false;
        Area::new(Id::unique("alert_toasts"))
            .order(Order::Foreground)
            .anchor(
                Align2::RIGHT_BOTTOM,
                vec2(
                    -alert_style::TOAST_MARGIN_RIGHT,
                    -alert_style::TOAST_MARGIN_BOTTOM,
                ),
            )
            .show(ctx, |ui| {
                ui.set_width(alert_style::TOAST_WIDTH);
                ui.spacing_mut().item_spacing.y = alert_style::TOAST_GAP;
                for (index, toast) in self.toasts[..shown].iter().enumerate() {
                    let outcome = ui
                        .push_id(&toast.alert.id, |ui| {
                            toast_ui(ui, toast, now_secs, theme, &i18n)
                        })
                        .inner;
                    match outcome {
                        ToastOutcome::None => {}
                        ToastOutcome::Dismissed => dismissed = Some(index),
                        ToastOutcome::Clicked(clicked) => {
                            action = clicked;
                            dismissed = Some(index);
                        }
                    }
                }
                let waiting = self.toasts.len() - shown;
                if waiting > 0 {
                    ui.horizontal(|ui| {
                        ui.label(
                            RichText::new(
                                i18n.tf("alerts.toast.more", &[("count", &waiting.to_string())]),
                            )
                            .small()
                            .color(theme.palette.text_strong),
                        );
                        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                            dismiss_all = ui
                                .small_button(i18n.t("alerts.toast.dismiss_all"))
                                .clicked();
                        });
                    });
                }
            });
        if dismiss_all {
            self.toasts.clear();
        } else if let Some(index) = dismissed {
            self.toasts.remove(index);
        }
        if dismiss_all || dismissed.is_some() {
            ctx.request_repaint();
        }
        action
    }
}

enum ToastOutcome {
    None,
    Dismissed,
    Clicked(Option<AlertAction>),
}

/// Asks for a repaint when the first toast starts fading, or every frame while one fades.
fn schedule_repaint(ctx: &egui::Context, shown: &[Toast], now_secs: f64) {
    let next_secs = shown
        .iter()
        .filter_map(Toast::expires_at_secs)
        .map(|expires| expires - alert_style::TOAST_FADE_SECS - now_secs)
        .reduce(f64::min);
    match next_secs {
        Some(secs) if secs > 0.0 => ctx.request_repaint_after(Duration::from_secs_f64(secs)),
        Some(_) => ctx.request_repaint(),
        None => {}
    }
}

fn toast_ui(ui: &mut Ui, toast: &Toast, now_secs: f64, theme: &Theme, i18n: &I18n) -> ToastOutcome {
    let palette = &theme.palette;
    let alert = &toast.alert;
    let lang = i18n.lang().code();
    if let Some(expires) = toast.expires_at_secs() {
        let opacity = ((expires - now_secs) / alert_style::TOAST_FADE_SECS).clamp(0.0, 1.0);
        ui.multiply_opacity(opacity as f32);
    }
    let color = alert_style::severity_color(palette, alert.severity);
    let mut outcome = ToastOutcome::None;
    Frame::popup(ui.style())
        .fill(palette.card_fill)
        .stroke(Stroke::new(1.5, color))
        .inner_margin(spacing::S)
        .show(ui, |ui| {
            ui.set_width(alert_style::TOAST_WIDTH - 2.0 * spacing::S);
            ui.spacing_mut().item_spacing.y = spacing::XS;
            ui.horizontal(|ui| {
                severity_row_ui(
                    ui,
                    alert.severity,
                    &severity_text(alert.severity, i18n),
                    None,
                    theme,
                );
                ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                    let dismiss_text = i18n.t("alerts.toast.dismiss");
                    let close = ui.add(Button::new("×").frame(false));
                    close.widget_info(|| {
                        WidgetInfo::labeled(egui::Role::Button, true, dismiss_text)
                    });
                    if close.on_hover_text(dismiss_text).clicked() {
                        outcome = ToastOutcome::Dismissed;
                    }
                });
            });
            if title_button_ui(ui, alert.title.get(lang), theme).clicked() {
                outcome = ToastOutcome::Clicked(primary_action(
                    alert.kpi_id.as_ref(),
                    alert.feature.as_ref(),
                ));
            }
            let body = alert.body.get(lang);
            if !body.is_empty() {
                wrapped_label(ui, body, Theme::regular(type_size::SMALL), palette.text, 2);
            }
        });
    outcome
}
