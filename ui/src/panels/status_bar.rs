//! The status bar at the bottom: what the sync is doing, the server, the last successful sync,
//! and a warning when this computer's clock is far from the server's.

use egui::{RichText, Ui};

use crate::theme::Theme;
use crate::view_models::{StatusBarModel, SyncTone};

/// The status bar panel.
#[derive(Debug, Default)]
pub struct StatusBarPanel;

impl StatusBarPanel {
    pub fn ui(&mut self, ui: &mut Ui, model: &StatusBarModel, theme: &Theme) {
        let palette = &theme.palette;
        ui.horizontal(|ui| {
            let sync_color = match model.sync_tone {
                SyncTone::Normal => palette.text,
                SyncTone::Busy => palette.status_good,
                SyncTone::Problem => palette.error_text,
            };
            ui.label(RichText::new(&model.sync_text).small().color(sync_color));
            ui.separator();
            ui.label(
                RichText::new(&model.server_text)
                    .small()
                    .color(palette.text_weak),
            );
            ui.separator();
            ui.label(
                RichText::new(&model.last_success_text)
                    .small()
                    .color(palette.text_weak),
            );
            if let Some(clock) = &model.clock_text {
                ui.separator();
                ui.label(RichText::new(clock).small().color(palette.error_text));
            }
        });
    }
}
