//! RFC 6901 JSON pointers into the serialized document.

use std::fmt;

/// A JSON pointer under construction: a stack of reference tokens.
///
/// ```
/// use ecms::pointer::Pointer;
/// let p = Pointer::root().field("support").field("people").index(3);
/// assert_eq!(p.to_string(), "/support/people/3");
/// assert_eq!(Pointer::root().field("a/b~c").to_string(), "/a~1b~0c");
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Pointer {
    tokens: Vec<String>,
}

impl Pointer {
    /// The whole document (`""`).
    pub fn root() -> Self {
        Self::default()
    }

    /// Parses a pointer string; `None` when it is not a valid RFC 6901 pointer.
    pub fn parse(s: &str) -> Option<Self> {
        if s.is_empty() {
            return Some(Self::root());
        }
        let rest = s.strip_prefix('/')?;
        let mut tokens = Vec::new();
        for raw in rest.split('/') {
            let mut t = String::with_capacity(raw.len());
            let mut chars = raw.chars();
            while let Some(c) = chars.next() {
                if c == '~' {
                    match chars.next() {
                        Some('0') => t.push('~'),
                        Some('1') => t.push('/'),
                        _ => return None,
                    }
                } else {
                    t.push(c);
                }
            }
            tokens.push(t);
        }
        Some(Self { tokens })
    }

    /// This pointer extended by an object key.
    pub fn field(mut self, key: &str) -> Self {
        self.push(key);
        self
    }

    /// This pointer extended by an array index.
    pub fn index(mut self, i: usize) -> Self {
        self.push_index(i);
        self
    }

    /// Appends an object key.
    pub fn push(&mut self, key: &str) {
        self.tokens.push(key.to_owned());
    }

    /// Appends an array index.
    pub fn push_index(&mut self, i: usize) {
        self.tokens.push(i.to_string());
    }

    /// Removes the last token.
    pub fn pop(&mut self) -> Option<String> {
        self.tokens.pop()
    }

    /// The last token.
    pub fn last(&self) -> Option<&str> {
        self.tokens.last().map(String::as_str)
    }

    /// The tokens, unescaped.
    pub fn tokens(&self) -> &[String] {
        &self.tokens
    }
}

/// Escapes one reference token (`~` → `~0`, `/` → `~1`).
pub fn escape(token: &str) -> std::borrow::Cow<'_, str> {
    if token.contains(['~', '/']) {
        token.replace('~', "~0").replace('/', "~1").into()
    } else {
        token.into()
    }
}

impl fmt::Display for Pointer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for t in &self.tokens {
            write!(f, "/{}", escape(t))?;
        }
        Ok(())
    }
}
