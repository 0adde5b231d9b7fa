//! Line and column of many JSON pointers in one pass over the text: the library's
//! [`ecms::locate::locate_all`] (linear in the text plus the pointers, however many
//! findings there are — its counting test is in `tests/hostile.rs`).

/// 1-based line and column (columns count characters) of each pointer's value — for an
/// object member, of its key; `None` for a pointer that does not resolve.
pub(crate) fn locate_all(text: &str, pointers: &[&str]) -> Vec<Option<(usize, usize)>> {
    ecms::locate::locate_all(text, pointers)
        .into_iter()
        .map(|l| l.map(|l| (l.line, l.column)))
        .collect()
}
