//! The kiosk's playlist file: where it is, when it last changed, and reading and checking it
//! against what the cache offers (KPIs once there is a catalog, layers once the map has read its
//! list).

use std::path::PathBuf;
use std::time::SystemTime;

use super::super::state::AppState;
use crate::kiosk::playlist::{Offered, Playlist, PlaylistProblem, ProblemKind};

/// The playlist file and what was last seen of it.
pub(super) struct PlaylistFile {
    pub(super) path: Option<PathBuf>,
    pub(super) modified: Option<SystemTime>,
    pub(super) checked_at_ms: i64,
}

impl PlaylistFile {
    pub(super) fn modified(&self) -> Option<SystemTime> {
        let path = self.path.as_ref()?;
        std::fs::metadata(path)
            .and_then(|meta| meta.modified())
            .ok()
    }
}

/// A notice about the playlist, said in the wall's language when drawn.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum PlaylistNotice {
    /// The edited file cannot be played; the previous playlist plays on.
    Kept(PlaylistProblem),
    /// The file cannot be played; the shipped playlist plays instead.
    Default(PlaylistProblem),
}

/// Reads and checks the playlist file (or the shipped playlist when there is none); the first
/// problem, if any.
pub(super) fn read_playlist(
    file: &PlaylistFile,
    state: &AppState,
) -> Result<Playlist, PlaylistProblem> {
    let Some(path) = &file.path else {
        return Ok(Playlist::default_playlist());
    };
    let text = std::fs::read_to_string(path).map_err(|error| PlaylistProblem {
        line: 1,
        kind: ProblemKind::Syntax(error.to_string()),
    })?;
    let playlist = Playlist::parse(&text).map_err(|mut problems| problems.remove(0))?;
    // KPI ids are checked once the cache has a catalog; layers once the map has read its list.
    if let Some(overview) = &state.overview {
        let kpi_ids: Vec<&str> = overview
            .kpis
            .iter()
            .map(|kpi| kpi.def.id.as_str())
            .collect();
        let layer_ids: Vec<&str> = state
            .map
            .model()
            .map(|model| {
                model
                    .layers
                    .iter()
                    .map(|layer| layer.entry.layer_id.as_str())
                    .collect()
            })
            .unwrap_or_default();
        let mut problems = playlist.check_against(&Offered {
            kpi_ids: &kpi_ids,
            layer_ids: &layer_ids,
            ward_metrics: &[],
        });
        if layer_ids.is_empty() {
            problems.retain(|problem| !matches!(problem.kind, ProblemKind::UnknownLayer(_)));
        }
        if !problems.is_empty() {
            return Err(problems.remove(0));
        }
    }
    Ok(playlist)
}
