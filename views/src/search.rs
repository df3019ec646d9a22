//! Matching what people type against names in either language: case, Vietnamese diacritics
//! (precomposed or combining) and runs of white space are folded away, so `tiep nhan` finds
//! `tiếp nhận` and `Ho Chi Minh` finds `Hồ Chí Minh`.

/// `text` lower-cased with Vietnamese diacritics (and any combining marks) dropped, `đ` as `d`,
/// and runs of white space as one space, for matching what people type against names.
pub fn fold_for_search(text: &str) -> String {
    const GROUPS: [(&str, char); 7] = [
        ("àáạảãâầấậẩẫăằắặẳẵ", 'a'),
        ("èéẹẻẽêềếệểễ", 'e'),
        ("ìíịỉĩ", 'i'),
        ("òóọỏõôồốộổỗơờớợởỡ", 'o'),
        ("ùúụủũưừứựửữ", 'u'),
        ("ỳýỵỷỹ", 'y'),
        ("đ", 'd'),
    ];
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        // Combining diacritical marks, for text typed in decomposed form.
        if ('\u{300}'..='\u{36f}').contains(&c) {
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        let base = GROUPS
            .iter()
            .find(|(group, _)| group.contains(c))
            .map_or(c, |(_, base)| *base);
        out.push(base);
    }
    out
}

/// Whether every word of the folded `query` appears in the folded `key`; an empty query matches.
pub fn search_matches(folded_query: &str, folded_key: &str) -> bool {
    folded_query
        .split(' ')
        .filter(|word| !word.is_empty())
        .all(|word| folded_key.contains(word))
}
