//! A briefing pack's parts of the window: the banner over an opened pack (title, as of, source,
//! signer, expiry), the question asked before a pack signed by a key the user has not trusted
//! is shown, and the notice while a dropped pack is checked or after one was refused. Every text
//! comes built from `citydash_views::pack`; nothing here reads a file.

use egui::{RichText, Stroke, Ui};

use crate::theme::{Theme, spacing};
use crate::view_models::pack::{ConsentModel, PackBanner};

/// What the user asked of a pack.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PackAction {
    /// Back to the cache.
    Close,
    /// The answer to the question about an unknown key.
    Consent(bool),
    /// The notice was read.
    Dismiss,
}

/// The banner over an opened pack; `close_label` when there is a cache to go back to.
pub fn banner_ui(
    ui: &mut Ui,
    banner: &PackBanner,
    close_label: Option<&str>,
    theme: &Theme,
) -> Option<PackAction> {
    let palette = &theme.palette;
    let (fill, stroke, accent) = if banner.warning {
        (
            palette.banner_fill,
            palette.banner_stroke,
            palette.banner_text,
        )
    } else {
        (
            palette.notice_fill,
            palette.card_stroke,
            palette.notice_text,
        )
    };
    let mut action = None;
    egui::Frame::new()
        .fill(fill)
        .stroke(Stroke::new(1.0, stroke))
        .corner_radius(spacing::BANNER_ROUNDING)
        .inner_margin(spacing::S)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_wrapped(|ui| {
                ui.add(egui::Label::new(
                    RichText::new(&banner.title).strong().color(accent),
                ));
                if let Some(label) = close_label
                    && ui.button(label).clicked()
                {
                    action = Some(PackAction::Close);
                }
            });
            ui.horizontal_wrapped(|ui| {
                for (index, part) in [&banner.as_of, &banner.source, &banner.expiry]
                    .into_iter()
                    .enumerate()
                {
                    if index > 0 {
                        ui.label(RichText::new("·").color(palette.text_weak));
                    }
                    ui.label(RichText::new(part).color(palette.text));
                }
            });
            let signature = RichText::new(&banner.signature);
            ui.add(
                egui::Label::new(if banner.warning {
                    signature.strong().color(accent)
                } else {
                    signature.color(palette.text)
                })
                .wrap(),
            );
        });
    action
}

/// A one-line notice (a pack being checked, or one refused) with an optional dismiss button.
pub fn notice_ui(
    ui: &mut Ui,
    text: &str,
    problem: bool,
    dismiss_label: Option<&str>,
    theme: &Theme,
) -> Option<PackAction> {
    let palette = &theme.palette;
    let mut action = None;
    egui::Frame::new()
        .fill(if problem {
            palette.banner_fill
        } else {
            palette.notice_fill
        })
        .corner_radius(spacing::BANNER_ROUNDING)
        .inner_margin(spacing::S)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_wrapped(|ui| {
                let color = if problem {
                    palette.banner_text
                } else {
                    palette.notice_text
                };
                ui.add(egui::Label::new(RichText::new(text).color(color)).wrap());
                if let Some(label) = dismiss_label
                    && ui.button(label).clicked()
                {
                    action = Some(PackAction::Dismiss);
                }
            });
        });
    action
}

/// The question about a pack signed by a key the user has not trusted, over the whole window.
/// Escape or a click outside answers no.
pub fn consent_ui(ctx: &egui::Context, model: &ConsentModel, theme: &Theme) -> Option<PackAction> {
    let palette = &theme.palette;
    let mut answer = None;
    let response = egui::Modal::new(egui::Id::unique("pack-consent")).show(ctx, |ui| {
        ui.set_max_width(560.0);
        ui.add(
            egui::Label::new(
                RichText::new(&model.heading)
                    .heading()
                    .color(palette.banner_text),
            )
            .wrap(),
        );
        ui.add_space(spacing::S);
        for line in &model.lines {
            ui.add(egui::Label::new(RichText::new(line).color(palette.text_strong)).wrap());
        }
        ui.add_space(spacing::S);
        ui.add(egui::Label::new(RichText::new(&model.advice).color(palette.text)).wrap());
        ui.add_space(spacing::M);
        ui.horizontal(|ui| {
            if ui.button(&model.cancel_label).clicked() {
                answer = Some(PackAction::Consent(false));
            }
            if ui.button(&model.open_label).clicked() {
                answer = Some(PackAction::Consent(true));
            }
        });
    });
    if answer.is_none() && response.should_close() {
        answer = Some(PackAction::Consent(false));
    }
    answer
}
