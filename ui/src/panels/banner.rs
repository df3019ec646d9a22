//! The banner under the top bar: the offline notice with the time of the last successful sync,
//! and the resources whose last sync failed (their previous data is still shown).

use egui::{CollapsingHeader, RichText, Stroke, Ui};

use crate::theme::{Theme, spacing};
use crate::view_models::OverviewModel;

/// The banner panel.
#[derive(Debug, Default)]
pub struct BannerPanel;

impl BannerPanel {
    /// Whether the banner has anything to show for `model`.
    pub fn is_needed(model: &OverviewModel) -> bool {
        model.offline_banner.is_some()
            || model.cache_banner.is_some()
            || model.errors_heading.is_some()
    }

    pub fn ui(&mut self, ui: &mut Ui, model: &OverviewModel, theme: &Theme) {
        let palette = &theme.palette;
        for banner in [&model.cache_banner, &model.offline_banner]
            .into_iter()
            .flatten()
        {
            egui::Frame::new()
                .fill(palette.banner_fill)
                .stroke(Stroke::new(1.0, palette.banner_stroke))
                .corner_radius(spacing::BANNER_ROUNDING)
                .inner_margin(spacing::S)
                .show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui.add(
                        egui::Label::new(RichText::new(banner).strong().color(palette.banner_text))
                            .wrap(),
                    );
                });
        }
        if let Some(heading) = &model.errors_heading {
            CollapsingHeader::new(RichText::new(heading).color(palette.error_text))
                .id_salt("sync-errors")
                .default_open(false)
                .show(ui, |ui| {
                    for line in &model.errors {
                        ui.add(
                            egui::Label::new(RichText::new(line).small().color(palette.text))
                                .wrap(),
                        );
                    }
                });
        }
    }
}
