//! CityDash Briefing: a thin Tauri 2 shell over `citydash-brief`. Open a pack (checked as the
//! dashboard checks one) or the cache, choose what the briefing holds, watch the preview
//! re-render, save the PDF, and present the pages full-screen. The page (`dist/`) is our own,
//! loads nothing remote and reaches files only through the commands in [`commands`]; the
//! window's content security policy and capabilities say so (`tauri.conf.json`,
//! `capabilities/main.json`).

pub mod commands;
pub mod error;
pub mod picker;
pub mod session;
pub mod text;

use tauri::{Builder, Context, DragDropEvent, Manager as _, Runtime, WindowEvent};

pub use commands::AppState;
pub use error::AppError;
pub use picker::{FilePicker, NativePicker, Picker};
pub use session::{Choices, Session};

/// The app's config, capabilities and page, built into the binary.
pub fn context<R: Runtime>() -> Context<R> {
    tauri::generate_context!()
}

/// The app on `builder`: its commands, its state and a dropped file opened.
pub fn app<R: Runtime>(builder: Builder<R>, session: Session) -> Builder<R> {
    builder
        .manage(AppState::new(session))
        .invoke_handler(tauri::generate_handler![
            commands::startup,
            commands::set_language,
            commands::choose_source,
            commands::open_cache,
            commands::accept_source,
            commands::decline_source,
            commands::render,
            commands::save_pdf,
            commands::set_presenting,
            commands::data_age,
        ])
        .on_window_event(|window, event| {
            if let WindowEvent::DragDrop(DragDropEvent::Drop { paths, .. }) = event
                && let Some(path) = paths.first()
            {
                commands::open_dropped(window.app_handle(), path.clone());
            }
        })
}
