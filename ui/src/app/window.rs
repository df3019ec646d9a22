//! How the dashboard's window is opened: the options the command line gives it and its first
//! size.

use std::path::PathBuf;

use offline_cache::pack::{OpenedPack, TrustedKeys};
use offline_cache::sync::SyncConfig;

use super::{CityDashApp, View, WINDOW_SIZE, WINDOW_SIZE_ENV, WINDOW_TITLE};
use crate::i18n::Lang;

/// How the command line opens the dashboard.
#[derive(Debug, Clone)]
pub struct DashboardOptions {
    /// The cache to show. It may be missing (the window says so, and a sync creates it).
    pub cache_path: PathBuf,
    /// Sync in the background from this server; `None` shows the cache as it is.
    pub sync: Option<SyncConfig>,
    /// The language to start in; `None` uses the one saved from the last session (English the
    /// first time).
    pub lang: Option<Lang>,
    /// The view to open on; `None` reopens the one the last session ended on.
    pub start_view: Option<View>,
    /// A briefing pack, checked, to show instead of the cache (after the user's yes when an
    /// unknown key signed it).
    pub pack: Option<OpenedPack>,
    /// The keys whose packs open without a question (a pack dropped on the window is judged
    /// against them).
    pub trusted_keys: TrustedKeys,
}

impl DashboardOptions {
    /// The dashboard on `cache_path` as it is: no sync, no pack, the last session's language
    /// and view.
    pub fn on_cache(cache_path: PathBuf) -> Self {
        Self {
            cache_path,
            sync: None,
            lang: None,
            start_view: None,
            pack: None,
            trusted_keys: TrustedKeys::default(),
        }
    }
}

/// Opens the dashboard window and runs it until it is closed.
pub fn run_dashboard(options: DashboardOptions) -> anyhow::Result<()> {
    let native_options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(WINDOW_TITLE)
            .with_app_id("citydash")
            .with_inner_size(window_size())
            .with_min_inner_size([640.0, 400.0])
            .with_icon(window_icon()),
        // Our fonts cover everything we show; identical rendering on every machine.
        system_font_fallback: false,
        ..eframe::NativeOptions::default()
    };
    eframe::run_native(
        WINDOW_TITLE,
        native_options,
        Box::new(move |cc| Ok(Box::new(CityDashApp::new(cc, options)))),
    )
    .map_err(|error| anyhow::anyhow!("the dashboard window failed: {error}"))
}

/// The window's first size: [`WINDOW_SIZE_ENV`] if it is set and reads as `WIDTHxHEIGHT`, else
/// [`WINDOW_SIZE`].
fn window_size() -> [f32; 2] {
    std::env::var(WINDOW_SIZE_ENV)
        .ok()
        .and_then(|size| {
            let (width, height) = size.split_once('x')?;
            let size = [width.trim().parse().ok()?, height.trim().parse().ok()?];
            size.iter()
                .all(|side: &f32| (320.0..=8192.0).contains(side))
                .then_some(size)
        })
        .unwrap_or(WINDOW_SIZE)
}

/// The window's icon (`icons/128x128.png`, drawn by `scripts/make-icons`).
pub(crate) fn window_icon() -> egui::IconData {
    const PNG: &[u8] = include_bytes!("../../../icons/128x128.png");
    match image::load_from_memory_with_format(PNG, image::ImageFormat::Png) {
        Ok(decoded) => {
            let rgba = decoded.to_rgba8();
            egui::IconData {
                width: rgba.width(),
                height: rgba.height(),
                rgba: rgba.into_raw(),
            }
        }
        // The file is ours and checked by a test; the windowing system's default otherwise.
        Err(_) => egui::IconData::default(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_window_icon_is_a_square_picture() {
        let icon = super::window_icon();
        assert_eq!((icon.width, icon.height), (128, 128));
        assert_eq!(icon.rgba.len(), 128 * 128 * 4);
        assert!(
            icon.rgba.chunks(4).any(|pixel| pixel[3] == 0),
            "transparent corners"
        );
    }
}
