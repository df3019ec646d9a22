//! The file dialogs, asked for by the commands and never by the page: the page cannot name a
//! path, so a script in it could neither read nor write a file the user did not choose.
//! [`NativePicker`] shows the system's dialogs (GTK on Linux, the native ones elsewhere); the
//! command tests put a picker that answers from a list in its place.

use std::path::PathBuf;
use std::pin::Pin;
use std::sync::mpsc;

use tauri::{AppHandle, Manager as _, Runtime};

/// Asks the user for a file. Called off the window's thread; blocks until the user answers.
pub trait FilePicker: Send + Sync + 'static {
    /// A pack or a cache to open; `None` when the user cancels.
    fn pick_source(&self, title: &str, filter_name: &str) -> Option<PathBuf>;
    /// Where to write the PDF, `suggested_name` offered; `None` when the user cancels.
    fn pick_pdf_destination(&self, title: &str, suggested_name: &str) -> Option<PathBuf>;
}

/// The picker the commands use, managed by the app.
pub struct Picker(pub Box<dyn FilePicker>);

/// The system's file dialogs, parented to the main window.
pub struct NativePicker<R: Runtime> {
    app: AppHandle<R>,
}

impl<R: Runtime> NativePicker<R> {
    pub fn new(app: AppHandle<R>) -> Self {
        Self { app }
    }

    /// Builds the dialog on the window's thread (GTK asks for it) and waits for the answer on
    /// this one.
    fn ask(
        &self,
        build: impl FnOnce(rfd::AsyncFileDialog) -> rfd::AsyncFileDialog + Send + 'static,
        save: bool,
    ) -> Option<PathBuf> {
        let (answer, answered) = mpsc::channel();
        let app = self.app.clone();
        let shown = self.app.run_on_main_thread(move || {
            let mut dialog = build(rfd::AsyncFileDialog::new());
            if let Some(window) = app.get_webview_window("main") {
                dialog = dialog.set_parent(&window);
            }
            let chosen: Pin<Box<dyn Future<Output = Option<rfd::FileHandle>> + Send>> = if save {
                Box::pin(dialog.save_file())
            } else {
                Box::pin(dialog.pick_file())
            };
            // Should the thread not start, the answer's sender is dropped: no file chosen.
            let _ = std::thread::Builder::new()
                .name("file-dialog".into())
                .spawn(move || {
                    let chosen = tauri::async_runtime::block_on(chosen);
                    let _ = answer.send(chosen.map(|handle| handle.path().to_owned()));
                });
        });
        shown.ok()?;
        answered.recv().ok().flatten()
    }
}

impl<R: Runtime> FilePicker for NativePicker<R> {
    fn pick_source(&self, title: &str, filter_name: &str) -> Option<PathBuf> {
        let (title, filter_name) = (title.to_owned(), filter_name.to_owned());
        self.ask(
            move |dialog| {
                dialog
                    .set_title(title)
                    .add_filter(filter_name, &["citybrief", "gpkg"])
            },
            false,
        )
    }

    fn pick_pdf_destination(&self, title: &str, suggested_name: &str) -> Option<PathBuf> {
        let (title, name) = (title.to_owned(), suggested_name.to_owned());
        self.ask(
            move |dialog| {
                dialog
                    .set_title(title)
                    .set_file_name(name)
                    .add_filter("PDF", &["pdf"])
            },
            true,
        )
    }
}
