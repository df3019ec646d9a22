//! Opening a briefing pack in the dashboard: from the command line (`citydash open FILE`,
//! `--pack FILE`) or dropped on the window. A dropped file is checked on its own thread (the
//! whole file is read); a refused one leaves what was shown and says why; one signed by a key
//! the user has not trusted waits for the user's yes. A pack shown replaces the cache whole:
//! its own loader, no sync, no tile fetching, ages counted from its as-of time, and a banner
//! on every view; closing it goes back to the cache and its sync.

use std::path::{Path, PathBuf};
use std::sync::{Arc, mpsc};

use offline_cache::pack::{OpenedPack, PackRefused, TrustedKeys};
use offline_cache::store::now_ms;
use offline_cache::sync::SyncConfig;

use super::CityDashApp;
use super::map_state::{MapState, ServerAccess};
use super::state::AppState;
use crate::i18n::{I18n, Lang};
use crate::loader::DataSource;
use crate::panels::alerts::Toasts;
use crate::panels::pack::{self as pack_panel, PackAction};
use crate::theme::Theme;
use crate::view_models::pack::{ConsentModel, PackBanner, refusal_text};

/// The cache the dashboard shows when no pack is open, and the sync that keeps it fresh.
#[derive(Debug, Clone)]
pub(super) struct Home {
    pub(super) cache_path: PathBuf,
    pub(super) sync: Option<SyncConfig>,
}

/// What is under way or to be said about packs.
#[derive(Default)]
pub(super) struct PackGate {
    trusted: TrustedKeys,
    checking: Option<Checking>,
    /// Signed by a key the user has not trusted: shown only after a yes.
    awaiting_consent: Option<(Arc<OpenedPack>, ConsentModel)>,
    /// The last pack refused, and why, in the current language.
    refused: Option<(PathBuf, PackRefused, String)>,
    /// The banner of the pack shown, in the current language.
    banner: Option<PackBanner>,
}

struct Checking {
    path: PathBuf,
    text: String,
    result: mpsc::Receiver<Result<OpenedPack, PackRefused>>,
}

impl PackGate {
    pub(super) fn new(trusted: TrustedKeys) -> Self {
        Self {
            trusted,
            ..Self::default()
        }
    }

    /// Checks `path` on its own thread; the window is woken when the answer is there.
    fn check(&mut self, path: PathBuf, ctx: &egui::Context, lang: Lang) {
        let (sender, result) = mpsc::channel();
        let trusted = self.trusted.clone();
        let ctx = ctx.clone();
        let checked = path.clone();
        let spawned = std::thread::Builder::new()
            .name("citydash-pack-check".into())
            .spawn(move || {
                let _ = sender.send(OpenedPack::check(&checked, &trusted));
                ctx.request_repaint();
            });
        match spawned {
            Ok(_) => {
                self.refused = None;
                self.checking = Some(Checking {
                    text: checking_text(&path, lang),
                    path,
                    result,
                });
            }
            Err(error) => self.refuse(path, PackRefused::Unreadable(error.to_string()), lang),
        }
    }

    fn refuse(&mut self, path: PathBuf, refused: PackRefused, lang: Lang) {
        let text = refused_text(&path, &refused, lang);
        self.refused = Some((path, refused, text));
    }

    /// A checked pack: shown now (returned), or after the user's yes.
    pub(super) fn offer(&mut self, pack: OpenedPack, lang: Lang) -> Option<Arc<OpenedPack>> {
        let pack = Arc::new(pack);
        if pack.signature.needs_consent() {
            let model = ConsentModel::new(&pack.verified, &pack.signature, &I18n::new(lang));
            self.awaiting_consent = Some((pack, model));
            None
        } else {
            Some(pack)
        }
    }

    /// The pack whose check just finished, when it can be shown now.
    fn poll(&mut self, lang: Lang) -> Option<Arc<OpenedPack>> {
        let checking = self.checking.as_ref()?;
        let outcome = match checking.result.try_recv() {
            Ok(outcome) => outcome,
            Err(mpsc::TryRecvError::Empty) => return None,
            Err(mpsc::TryRecvError::Disconnected) => Err(PackRefused::Unreadable(
                "the check stopped before it finished".into(),
            )),
        };
        let path = checking.path.clone();
        self.checking = None;
        match outcome {
            Ok(pack) => self.offer(pack, lang),
            Err(refused) => {
                self.refuse(path, refused, lang);
                None
            }
        }
    }

    /// Every text again in `lang`.
    fn relabel(&mut self, lang: Lang, shown: Option<&OpenedPack>) {
        if let Some(checking) = &mut self.checking {
            checking.text = checking_text(&checking.path, lang);
        }
        if let Some((pack, model)) = &mut self.awaiting_consent {
            *model = ConsentModel::new(&pack.verified, &pack.signature, &I18n::new(lang));
        }
        if let Some((path, refused, text)) = &mut self.refused {
            *text = refused_text(path, refused, lang);
        }
        self.banner = shown.map(|pack| {
            PackBanner::new(&pack.verified, &pack.signature, now_ms(), &I18n::new(lang))
        });
    }
}

fn checking_text(path: &Path, lang: Lang) -> String {
    I18n::new(lang).tf("pack.checking", &[("path", &file_name(path))])
}

fn refused_text(path: &Path, refused: &PackRefused, lang: Lang) -> String {
    let i18n = I18n::new(lang);
    i18n.tf(
        "pack.refused_notice",
        &[
            ("path", &file_name(path)),
            ("reason", &refusal_text(refused, &i18n)),
        ],
    )
}

fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |name| name.to_string_lossy().into_owned(),
    )
}

impl CityDashApp {
    /// Checks a file dropped on the window, off the frame.
    pub fn open_pack_file(&mut self, path: PathBuf, ctx: &egui::Context) {
        let lang = self.lang();
        self.packs.check(path, ctx, lang);
    }

    /// The pack shown, if any.
    pub fn shown_pack(&self) -> Option<&OpenedPack> {
        self.state.source.pack()
    }

    /// The banner over the pack shown.
    pub fn pack_banner(&self) -> Option<&PackBanner> {
        self.packs.banner.as_ref()
    }

    /// Whether a pack waits for the user's answer about its key.
    pub fn pack_awaits_consent(&self) -> bool {
        self.packs.awaiting_consent.is_some()
    }

    /// Whether a dropped pack is being checked.
    pub fn pack_checking(&self) -> bool {
        self.packs.checking.is_some()
    }

    /// The notice about the last pack refused, if it is still shown.
    pub fn pack_refusal(&self) -> Option<&str> {
        self.packs
            .refused
            .as_ref()
            .map(|(_, _, text)| text.as_str())
    }

    /// Does what the pack's banner, notice or question asked.
    pub fn apply_pack_action(&mut self, action: PackAction, ctx: &egui::Context) {
        match action {
            PackAction::Close => {
                let home = self.home.clone();
                self.show_source(ctx, DataSource::Cache(home.cache_path), home.sync);
            }
            PackAction::Consent(yes) => {
                if let Some((pack, _)) = self.packs.awaiting_consent.take()
                    && yes
                {
                    self.show_source(ctx, DataSource::Pack(pack), None);
                }
            }
            PackAction::Dismiss => self.packs.refused = None,
        }
    }

    /// Files dropped on the window, and the end of a pack's check.
    pub(super) fn pack_logic(&mut self, ctx: &egui::Context) {
        let dropped: Vec<PathBuf> = ctx.input(|input| {
            input
                .raw
                .dropped_files
                .iter()
                .map(|file| file.path().to_owned())
                .collect()
        });
        // One pack at a time: the last dropped wins.
        if let Some(path) = dropped.into_iter().last() {
            self.open_pack_file(path, ctx);
        }
        if let Some(pack) = self.packs.poll(self.lang()) {
            self.show_source(ctx, DataSource::Pack(pack), None);
        }
    }

    /// The pack texts again in the current language.
    pub(super) fn relabel_packs(&mut self) {
        let lang = self.lang();
        let shown = self.state.source.pack().cloned();
        self.packs.relabel(lang, shown.as_ref());
    }

    /// Shows `source` instead of what is shown: a new loader, map and sync, the same settings
    /// and view.
    fn show_source(&mut self, ctx: &egui::Context, source: DataSource, sync: Option<SyncConfig>) {
        let settings = self.state.settings.clone();
        let view = self.state.view.clone();
        let server = sync.as_ref().map(ServerAccess::of);
        let map = MapState::new(ctx, &settings, server);
        self.state = AppState::new(source, settings, map, ctx.clone());
        if let Some(config) = sync {
            self.state.start_sync(config, ctx);
        }
        self.state.reload();
        self.state.set_view(view);
        self.toasts = Toasts::default();
        self.relabel_packs();
        ctx.request_repaint();
    }

    /// The pack's banner, notices and question; returns what the user asked.
    pub(super) fn pack_ui(&mut self, ui: &mut egui::Ui, theme: &Theme) -> Option<PackAction> {
        let i18n = I18n::new(self.lang());
        let mut action = None;
        let needed = self.packs.banner.is_some()
            || self.packs.checking.is_some()
            || self.packs.refused.is_some();
        if needed {
            egui::Panel::top("pack")
                .frame(
                    egui::Frame::new()
                        .fill(theme.palette.panel_fill)
                        .inner_margin(egui::Margin::symmetric(
                            crate::theme::spacing::M as i8,
                            crate::theme::spacing::S as i8,
                        )),
                )
                .show(ui, |ui| {
                    if let Some(banner) = &self.packs.banner {
                        let close = Some(i18n.t("pack.close"));
                        action = action.or(pack_panel::banner_ui(ui, banner, close, theme));
                    }
                    if let Some(checking) = &self.packs.checking {
                        pack_panel::notice_ui(ui, &checking.text, false, None, theme);
                    }
                    if let Some((_, _, text)) = &self.packs.refused {
                        let dismiss = Some(i18n.t("pack.dismiss"));
                        action = action.or(pack_panel::notice_ui(ui, text, true, dismiss, theme));
                    }
                });
        }
        if let Some((_, model)) = &self.packs.awaiting_consent {
            action = action.or(pack_panel::consent_ui(ui.ctx(), model, theme));
        }
        action
    }
}
