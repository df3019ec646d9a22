//! The typst world a briefing is compiled in: our template as the main source, the briefing's
//! data (JSON) and charts (SVG) as files beside it, the fonts we ship and nothing else (no
//! system fonts, no packages, no files from disk), and "today" fixed to the data's as-of date,
//! so the same data gives the same document byte for byte.

use std::collections::HashMap;

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt as _, World};

use crate::BriefError;

/// The fonts the document is set in (Vietnamese included), shipped in `assets/fonts`.
const FONTS: [&[u8]; 2] = [
    include_bytes!("../../assets/fonts/NotoSans-Regular.ttf"),
    include_bytes!("../../assets/fonts/NotoSans-Bold.ttf"),
];

/// The main source's path.
const MAIN: &str = "/main.typ";

/// The id of the file at `path` (absolute, as `/data.json`); `None` for a path typst would
/// not accept, which no file of ours has.
fn file_id(path: &str) -> Option<FileId> {
    let vpath = VirtualPath::new(path).ok()?;
    Some(RootedPath::new(VirtualRoot::Project, vpath).intern())
}

/// The world of one briefing.
pub struct BriefWorld {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
    main: Source,
    /// Every other file, by its absolute path.
    files: HashMap<String, Bytes>,
    today: Option<Datetime>,
}

impl BriefWorld {
    /// `template` as the main source, `files` beside it (absolute paths), today fixed to
    /// `today` (year, month, day).
    pub fn new(
        template: &str,
        files: Vec<(String, Vec<u8>)>,
        today: (i32, u8, u8),
    ) -> Result<Self, BriefError> {
        let fonts: Vec<Font> = FONTS
            .iter()
            .flat_map(|data| Font::iter(Bytes::new(*data)))
            .collect();
        let book = FontBook::from_fonts(&fonts);
        let main_id = file_id(MAIN).ok_or_else(|| BriefError::Template(MAIN.into()))?;
        let main = Source::new(main_id, template.to_owned());
        Ok(Self {
            library: LazyHash::new(Library::builder().build()),
            book: LazyHash::new(book),
            fonts,
            main,
            files: files
                .into_iter()
                .map(|(path, bytes)| (path, Bytes::new(bytes)))
                .collect(),
            today: Datetime::from_ymd(today.0, today.1, today.2),
        })
    }

    /// The template's text.
    pub fn main_text(&self) -> &str {
        self.main.text()
    }

    /// Replaces one file (a chart redrawn, the data rebuilt) for an incremental compile.
    pub fn set_file(&mut self, path: &str, bytes: Vec<u8>) {
        self.files.insert(path.to_owned(), Bytes::new(bytes));
    }
}

impl World for BriefWorld {
    fn library(&self) -> &LazyHash<Library> {
        &self.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.book
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            return Ok(self.main.clone());
        }
        let bytes = self.file(id)?;
        let text = std::str::from_utf8(&bytes).map_err(|_| FileError::InvalidUtf8)?;
        Ok(Source::new(id, text.to_owned()))
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.main.id() {
            return Ok(Bytes::from_string(self.main.text().to_owned()));
        }
        let path = id.get().vpath().get_with_slash();
        self.files
            .get(path)
            .cloned()
            .ok_or_else(|| FileError::NotFound(path.into()))
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        self.today
    }
}
