//! The top bar: the app and city names, the data notice (simulated data), the language switch
//! ("English" / "Tiếng Việt") and the theme switch. It reports what the user picked; the app
//! applies it.

use egui::{Align, Layout, RichText, Ui};

use crate::i18n::{I18n, Lang};
use crate::theme::{Theme, ThemeChoice, spacing, type_size};
use crate::view_models::OverviewModel;

/// What the user asked for in the top bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TopBarAction {
    SetLang(Lang),
    SetTheme(ThemeChoice),
}

/// The top bar panel.
#[derive(Debug, Default)]
pub struct TopBar;

impl TopBar {
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        model: &OverviewModel,
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
                ui.label(
                    RichText::new(i18n.t("theme.label"))
                        .small()
                        .color(palette.text_weak),
                );
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
                ui.label(
                    RichText::new(i18n.t("lang.label"))
                        .small()
                        .color(palette.text_weak),
                );
                if let Some(notice) = &model.notice {
                    ui.separator();
                    let response = egui::Frame::new()
                        .fill(palette.notice_fill)
                        .corner_radius(spacing::BANNER_ROUNDING)
                        .inner_margin(egui::Margin::symmetric(6, 2))
                        .show(ui, |ui| {
                            ui.add(
                                egui::Label::new(
                                    RichText::new(&notice.text)
                                        .small()
                                        .color(palette.notice_text),
                                )
                                .truncate(),
                            );
                        })
                        .response;
                    if let Some(detail) = &notice.detail {
                        response.on_hover_text(detail);
                    }
                }
            });
        });
        action
    }
}
