//! The commands the page may call (each allowed by name in `capabilities/main.json`). They
//! take the session's lock on a worker thread, never on the window's, and answer with data or
//! an [`AppError`] in the user's language. Files are reached only here: the page never names a
//! path; the commands ask the user through the [`Picker`].

use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

use serde::Serialize;
use tauri::{AppHandle, Emitter as _, Manager as _, Runtime, WebviewWindow};

use citydash_views::i18n::{I18n, Lang};

use crate::error::AppError;
use crate::picker::Picker;
use crate::session::{Choices, Preview, Saved, Session, SourceInfo};
use crate::text::PageText;

/// The event the page hears when a file dropped on the window was opened (or refused).
pub const SOURCE_OPENED_EVENT: &str = "source-opened";

/// The app's state: the session, and the newest preview asked for.
pub struct AppState {
    session: Mutex<Session>,
    newest_render: AtomicU64,
}

impl AppState {
    pub fn new(session: Session) -> Self {
        Self {
            session: Mutex::new(session),
            newest_render: AtomicU64::new(0),
        }
    }

    /// The session, even after a command panicked while holding it (its state is whole: every
    /// change is swapped in at the end of a method).
    fn session(&self) -> std::sync::MutexGuard<'_, Session> {
        self.session
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// What the page needs when it starts.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Startup {
    pub page: PageText,
    /// Present full-screen once the pages are laid out (`--present`).
    pub present: bool,
    pub source: Option<SourceInfo>,
    pub error: Option<AppError>,
}

/// A file opened by a drop, as the event carries it.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Opened {
    pub source: Option<SourceInfo>,
    pub error: Option<AppError>,
}

/// Runs `work` with the session on a worker thread.
async fn with_session<R: Runtime, T: Send + 'static>(
    app: AppHandle<R>,
    work: impl FnOnce(&mut Session, &AppHandle<R>) -> Result<T, AppError> + Send + 'static,
) -> Result<T, AppError> {
    tauri::async_runtime::spawn_blocking(move || {
        let state = app.state::<AppState>();
        let mut session = state.session();
        work(&mut session, &app)
    })
    .await
    .map_err(|error| AppError::Layout {
        message: error.to_string(),
    })?
}

/// The page's texts, and the source given at launch (or the cache) opened.
#[tauri::command]
pub async fn startup<R: Runtime>(app: AppHandle<R>) -> Result<Startup, AppError> {
    with_session(app, |session, _| {
        let page = PageText::new(session.ui_lang());
        let present = session.present_at_start();
        Ok(match session.open_at_launch() {
            Ok(source) => Startup {
                page,
                present,
                source,
                error: None,
            },
            Err(error) => Startup {
                page,
                present: false,
                source: session.current_info().ok().flatten(),
                error: Some(error),
            },
        })
    })
    .await
}

/// The page's texts in `lang`, and the open source described in it.
#[tauri::command]
pub async fn set_language<R: Runtime>(app: AppHandle<R>, lang: Lang) -> Result<Startup, AppError> {
    with_session(app, move |session, _| {
        session.set_ui_lang(lang);
        Ok(Startup {
            page: PageText::new(lang),
            present: false,
            source: session.current_info()?,
            error: None,
        })
    })
    .await
}

/// Asks the user for a pack or a cache and opens it; `None` when the user cancels.
#[tauri::command]
pub async fn choose_source<R: Runtime>(app: AppHandle<R>) -> Result<Option<SourceInfo>, AppError> {
    let i18n = I18n::new(app.state::<AppState>().session().ui_lang());
    let picked = {
        let app = app.clone();
        tauri::async_runtime::spawn_blocking(move || {
            app.state::<Picker>()
                .0
                .pick_source(i18n.t("briefing.open_pack"), i18n.t("briefing.pack_files"))
        })
        .await
        .ok()
        .flatten()
    };
    let Some(path) = picked else {
        return Ok(None);
    };
    with_session(app, move |session, _| session.open(&path).map(Some)).await
}

/// Opens the cache the dashboard syncs into.
#[tauri::command]
pub async fn open_cache<R: Runtime>(app: AppHandle<R>) -> Result<SourceInfo, AppError> {
    with_session(app, |session, _| session.open_cache()).await
}

/// The user said yes to a pack signed by a key not trusted.
#[tauri::command]
pub async fn accept_source<R: Runtime>(app: AppHandle<R>) -> Result<SourceInfo, AppError> {
    with_session(app, |session, _| session.accept()).await
}

/// The user said no: what was open before stays.
#[tauri::command]
pub async fn decline_source<R: Runtime>(app: AppHandle<R>) -> Result<Option<SourceInfo>, AppError> {
    with_session(app, |session, _| session.decline()).await
}

/// Lays out the briefing for `choices`. Requests are numbered by the page; one that waited
/// while a newer came is answered `stale` without being rendered.
#[tauri::command]
pub async fn render<R: Runtime>(
    app: AppHandle<R>,
    seq: u64,
    choices: Choices,
) -> Result<Preview, AppError> {
    app.state::<AppState>()
        .newest_render
        .fetch_max(seq, Ordering::SeqCst);
    with_session(app, move |session, app| {
        if app.state::<AppState>().newest_render.load(Ordering::SeqCst) > seq {
            return Ok(Preview {
                seq,
                stale: true,
                pages: Vec::new(),
                summary: String::new(),
            });
        }
        session.render(seq, &choices)
    })
    .await
}

/// Asks where to save the briefing last rendered and writes it there as PDF; `None` when the
/// user cancels.
#[tauri::command]
pub async fn save_pdf<R: Runtime>(app: AppHandle<R>) -> Result<Option<Saved>, AppError> {
    let (name, title) = {
        let state = app.state::<AppState>();
        let session = state.session();
        (
            session.pdf_name()?,
            I18n::new(session.ui_lang())
                .t("briefing.save_pdf")
                .to_owned(),
        )
    };
    let picked = {
        let app = app.clone();
        tauri::async_runtime::spawn_blocking(move || {
            app.state::<Picker>().0.pick_pdf_destination(&title, &name)
        })
        .await
        .ok()
        .flatten()
    };
    let Some(mut path) = picked else {
        return Ok(None);
    };
    if path.extension().is_none() {
        path.set_extension("pdf");
    }
    with_session(app, move |session, _| session.save_pdf(&path).map(Some)).await
}

/// Full screen on or off, for presenting.
#[tauri::command]
pub async fn set_presenting<R: Runtime>(
    window: WebviewWindow<R>,
    on: bool,
) -> Result<(), AppError> {
    window.set_fullscreen(on).map_err(|error| {
        let lang = window.state::<AppState>().session().ui_lang();
        AppError::Window {
            message: I18n::new(lang).tf("briefing.error.window", &[("detail", &error.to_string())]),
        }
    })
}

/// How old the data is now: "Data as of … · 3 h old".
#[tauri::command]
pub async fn data_age<R: Runtime>(app: AppHandle<R>) -> Result<String, AppError> {
    with_session(app, |session, _| {
        session.data_age(chrono::Utc::now().timestamp_millis())
    })
    .await
}

/// Opens a file dropped on the window, off the window's thread, and tells the page.
pub fn open_dropped<R: Runtime>(app: &AppHandle<R>, path: std::path::PathBuf) {
    let app = app.clone();
    tauri::async_runtime::spawn_blocking(move || {
        let outcome = {
            let state = app.state::<AppState>();
            let mut session = state.session();
            match session.open(&path) {
                Ok(source) => Opened {
                    source: Some(source),
                    error: None,
                },
                Err(error) => Opened {
                    source: None,
                    error: Some(error),
                },
            }
        };
        let _ = app.emit_to("main", SOURCE_OPENED_EVENT, outcome);
    });
}
