//! The top bar: the app and city names, the view tabs (overview, map) and the alerts toggle with
//! its count, the data notice (simulated data), the language switch ("English" / "Tiếng Việt")
//! and the theme switch. It reports what the user picked; the app applies it.

use egui::{Align, Layout, RichText, Ui};

use crate::i18n::{I18n, Lang};
use crate::shortcuts::{AppCommand, shortcut_text};
use crate::theme::{Theme, ThemeChoice, spacing, type_size};
use crate::view_models::OverviewModel;

/// What the user asked for in the top bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TopBarAction {
    SetLang(Lang),
    SetTheme(ThemeChoice),
    Command(AppCommand),
}

/// Which main view is showing, for the tabs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MainTab {
    /// The KPI cards, or one KPI's chart.
    Overview,
    Map,
}

/// Where the user is, for the top bar's tabs and alerts toggle.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Navigation {
    pub tab: MainTab,
    pub alerts_open: bool,
    /// Active alerts, and how many of them are critical.
    pub active_alerts: usize,
    pub critical_alerts: usize,
}

/// Below this width (points) left for the right-hand group, it drops its captions and the
/// data notice shortens to a word.
const NARROW_RIGHT_GROUP: f32 = 640.0;

/// The top bar panel.
#[derive(Debug, Default)]
pub struct TopBar;

impl TopBar {
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        model: &OverviewModel,
        navigation: Navigation,
        lang: Lang,
        theme: &Theme,
    ) -> Option<TopBarAction> {
        let i18n = I18n::new(lang);
        let palette = &theme.palette;
        let mut action = None;
        ui.horizontal(|ui| {
            ui.label(
                RichText::new(i18n.t("app.title"))
                    .font(Theme::bold(type_size::TITLE))
                    .color(palette.text_strong),
            );
            ui.separator();
            ui.label(
                RichText::new(&model.title)
                    .font(Theme::bold(type_size::HEADING))
                    .color(palette.text),
            );
            ui.separator();
            let tabs = [
                (MainTab::Overview, "nav.overview", AppCommand::ShowOverview),
                (MainTab::Map, "nav.map", AppCommand::ShowMap),
            ];
            for (tab, key, command) in tabs {
                let selected = navigation.tab == tab;
                let response = ui
                    .selectable_label(selected, RichText::new(i18n.t(key)).strong())
                    .on_hover_text(shortcut_text(ui.ctx(), command));
                if response.clicked() && !selected {
                    action = Some(TopBarAction::Command(command));
                }
            }
            let alerts_text = match navigation.active_alerts {
                0 => i18n.t("nav.alerts").to_owned(),
                count => i18n.tf("nav.alerts_count", &[("count", &count.to_string())]),
            };
            let alerts_color = if navigation.critical_alerts > 0 {
                palette.status_alert
            } else {
                palette.text
            };
            let alerts = ui
                .selectable_label(
                    navigation.alerts_open,
                    RichText::new(alerts_text).strong().color(alerts_color),
                )
                .on_hover_text(shortcut_text(ui.ctx(), AppCommand::ToggleAlerts));
            if alerts.clicked() {
                action = Some(TopBarAction::Command(AppCommand::ToggleAlerts));
            }

            // A narrow window drops the captions and says "simulated" in a word.
            let narrow = ui.available_width() < NARROW_RIGHT_GROUP;
            ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                for choice in ThemeChoice::ALL.into_iter().rev() {
                    let selected = theme.choice == choice;
                    if ui
                        .selectable_label(selected, i18n.t(choice.label_key()))
                        .clicked()
                        && !selected
                    {
                        action = Some(TopBarAction::SetTheme(choice));
                    }
                }
                if !narrow {
                    ui.label(
                        RichText::new(i18n.t("theme.label"))
                            .small()
                            .color(palette.text_weak),
                    );
                }
                ui.separator();
                for option in Lang::ALL.into_iter().rev() {
                    let key = match option {
                        Lang::En => "lang.en",
                        Lang::Vi => "lang.vi",
                    };
                    let selected = lang == option;
                    if ui.selectable_label(selected, i18n.t(key)).clicked() && !selected {
                        action = Some(TopBarAction::SetLang(option));
                    }
                }
                if !narrow {
                    ui.label(
                        RichText::new(i18n.t("lang.label"))
                            .small()
                            .color(palette.text_weak),
                    );
                }
                if let Some(notice) = &model.notice {
                    let text = if narrow {
                        notice.short_text.as_str()
                    } else {
                        notice.text.as_str()
                    };
                    ui.separator();
                    let response = egui::Frame::new()
                        .fill(palette.notice_fill)
                        .corner_radius(spacing::BANNER_ROUNDING)
                        .inner_margin(egui::Margin::symmetric(6, 2))
                        .show(ui, |ui| {
                            ui.add(
                                egui::Label::new(
                                    RichText::new(text).small().color(palette.notice_text),
                                )
                                .truncate(),
                            );
                        })
                        .response;
                    let hover = match &notice.detail {
                        Some(detail) => format!("{}\n{detail}", notice.text),
                        None => notice.text.clone(),
                    };
                    response.on_hover_text(hover);
                }
            });
        });
        action
    }
}
