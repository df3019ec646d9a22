//! The errors the commands return to the page: a kind the page can act on, and the message in
//! the user's language, in plain words. Details from a tool (a TOML line, a typst message, an OS
//! error) follow the plain words; they name what to look at.

use serde::Serialize;

use citydash_brief::BriefError;
use citydash_views::i18n::I18n;

/// What went wrong, as the page receives it: `{"kind": "refused", "message": "…"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum AppError {
    /// The pack failed its check (damaged, changed, signature wrong, not a pack…); `reason` is
    /// the refusal's stable code.
    #[error("{message}")]
    Refused { reason: String, message: String },
    /// The source could not be read (no cache there, no catalog, a database error).
    #[error("{message}")]
    Source { message: String },
    /// No source is open yet.
    #[error("{message}")]
    NoSource { message: String },
    /// The choices cannot make a briefing (unknown KPIs or layers, a bad period).
    #[error("{message}")]
    Choices { message: String },
    /// The document could not be laid out or written.
    #[error("{message}")]
    Layout { message: String },
    /// Nothing has been rendered yet to save.
    #[error("{message}")]
    NothingToSave { message: String },
    /// The PDF could not be written where the user chose.
    #[error("{message}")]
    Save { message: String },
    /// The window would not change (full screen).
    #[error("{message}")]
    Window { message: String },
}

impl AppError {
    /// A briefing error in `i18n`'s language, sorted into the kinds the page tells apart.
    pub fn from_brief(error: &BriefError, i18n: &I18n) -> Self {
        let message = citydash_brief::error_text(error, i18n);
        match error {
            BriefError::Pack(refused) => Self::Refused {
                reason: citydash_views::pack::refusal_code(refused).to_owned(),
                message,
            },
            BriefError::Source(_) | BriefError::NoCatalog => Self::Source { message },
            BriefError::Spec(_) | BriefError::UnknownKpis(_) | BriefError::UnknownLayers(_) => {
                Self::Choices { message }
            }
            BriefError::Template(_) | BriefError::Typst(_) => Self::Layout { message },
        }
    }

    pub fn no_source(i18n: &I18n) -> Self {
        Self::NoSource {
            message: i18n.t("briefing.error.no_source").to_owned(),
        }
    }

    pub fn message(&self) -> &str {
        match self {
            Self::Refused { message, .. }
            | Self::Source { message }
            | Self::NoSource { message }
            | Self::Choices { message }
            | Self::Layout { message }
            | Self::NothingToSave { message }
            | Self::Save { message }
            | Self::Window { message } => message,
        }
    }
}
