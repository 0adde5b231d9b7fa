//! Terminal concerns: colour, and escaping control characters from documents so that a
//! document cannot move the cursor, clear the screen or hide text.

use std::borrow::Cow;
use std::io::IsTerminal;

use super::ColorChoice;

/// Whether to colour standard output: `auto` colours only a terminal, and never when
/// `NO_COLOR` is set to a non-empty value (<https://no-color.org>).
pub(crate) fn use_color(choice: ColorChoice) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::io::stdout().is_terminal()
        }
    }
}

/// Characters escaped in terminal output: C0 and C1 controls, DEL, and the bidirectional
/// overrides and isolates that reorder what a reader sees.
fn is_dangerous(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

fn escape(s: &str, keep_newlines: bool) -> Cow<'_, str> {
    let bad = |c: char| is_dangerous(c) && !(keep_newlines && c == '\n');
    if !s.chars().any(bad) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if bad(c) {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Escapes control characters in a one-line value (a name, a key, a message): newlines
/// and tabs included, written as `\u{a}`.
pub(crate) fn escape_inline(s: &str) -> Cow<'_, str> {
    escape(s, false)
}

/// Escapes control characters in multi-line text, keeping its line breaks.
pub(crate) fn escape_controls(s: &str) -> Cow<'_, str> {
    escape(s, true)
}

/// ANSI styles.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Style {
    /// Bold.
    Bold,
    /// Red.
    Red,
    /// Yellow.
    Yellow,
    /// Cyan.
    Cyan,
    /// Dim.
    Dim,
}

/// `s` in `style` when `on`.
pub(crate) fn paint(s: &str, style: Style, on: bool) -> Cow<'_, str> {
    if !on {
        return Cow::Borrowed(s);
    }
    let code = match style {
        Style::Bold => "1",
        Style::Red => "1;31",
        Style::Yellow => "33",
        Style::Cyan => "36",
        Style::Dim => "2",
    };
    Cow::Owned(format!("\x1b[{code}m{s}\x1b[0m"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_are_escaped() {
        assert_eq!(
            escape_inline("a\x1b[2Jb\u{0}c\nd"),
            "a\\u{1b}[2Jb\\u{0}c\\u{a}d"
        );
        assert_eq!(escape_controls("a\nb\u{202e}"), "a\nb\\u{202e}");
        assert!(matches!(escape_inline("Silk 丝绸"), Cow::Borrowed(_)));
    }
}
