//! Finding the line and column of a JSON pointer in JSON text, without building a tree.
//!
//! Used for unknown fields and, by report writers, to give the position of each finding's
//! path (SARIF regions). Works on any JSON text; returns `None` when the pointer does not
//! resolve or the text is not JSON.

use crate::pointer::Pointer;

/// 1-based (line, column) of the value a pointer designates — for an object member, of
/// its key. Columns count characters (Unicode scalar values).
pub fn locate(text: &str, pointer: &str) -> Option<(usize, usize)> {
    let ptr = Pointer::parse(pointer)?;
    let bytes = text.as_bytes();
    let mut s = Scanner { b: bytes, i: 0 };
    s.ws();
    let mut key_pos: Option<usize> = None;
    for token in ptr.tokens() {
        s.ws();
        match s.peek()? {
            b'{' => {
                s.i += 1;
                let found;
                loop {
                    s.ws();
                    if s.peek()? == b'}' {
                        found = false;
                        break;
                    }
                    let kstart = s.i;
                    let key = s.string()?;
                    s.ws();
                    if s.peek()? != b':' {
                        return None;
                    }
                    s.i += 1;
                    s.ws();
                    if key == *token {
                        key_pos = Some(kstart);
                        found = true;
                        break;
                    }
                    s.skip_value()?;
                    s.ws();
                    match s.peek()? {
                        b',' => s.i += 1,
                        _ => return None,
                    }
                }
                if !found {
                    return None;
                }
            }
            b'[' => {
                let want: usize = token.parse().ok()?;
                s.i += 1;
                let mut n = 0usize;
                loop {
                    s.ws();
                    if s.peek()? == b']' {
                        return None;
                    }
                    if n == want {
                        key_pos = Some(s.i);
                        break;
                    }
                    s.skip_value()?;
                    s.ws();
                    match s.peek()? {
                        b',' => s.i += 1,
                        _ => return None,
                    }
                    n += 1;
                }
            }
            _ => return None,
        }
    }
    let at = key_pos.unwrap_or(s.i);
    Some(line_col(text, at))
}

fn line_col(text: &str, at: usize) -> (usize, usize) {
    let before = text.get(..at).unwrap_or(text);
    let line = before.bytes().filter(|b| *b == b'\n').count() + 1;
    let line_start = before.rfind('\n').map(|i| i + 1).unwrap_or(0);
    let col = before
        .get(line_start..)
        .map(|s| s.chars().count())
        .unwrap_or(0)
        + 1;
    (line, col)
}

struct Scanner<'a> {
    b: &'a [u8],
    i: usize,
}

impl Scanner<'_> {
    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }
    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }
    /// Reads a string at the cursor, unescaping it.
    fn string(&mut self) -> Option<String> {
        if self.peek()? != b'"' {
            return None;
        }
        self.i += 1;
        let start = self.i;
        let mut simple = true;
        loop {
            match self.peek()? {
                b'"' => break,
                b'\\' => {
                    simple = false;
                    self.i += 2;
                }
                _ => self.i += 1,
            }
        }
        let raw = self.b.get(start..self.i)?;
        self.i += 1;
        if simple {
            return std::str::from_utf8(raw).ok().map(str::to_owned);
        }
        let quoted = self.b.get(start - 1..self.i)?;
        serde_json::from_slice::<String>(quoted).ok()
    }
    fn skip_value(&mut self) -> Option<()> {
        self.ws();
        match self.peek()? {
            b'"' => {
                self.i += 1;
                loop {
                    match self.peek()? {
                        b'"' => {
                            self.i += 1;
                            return Some(());
                        }
                        b'\\' => self.i += 2,
                        _ => self.i += 1,
                    }
                }
            }
            b'{' | b'[' => {
                let mut depth = 0usize;
                loop {
                    match self.peek()? {
                        b'{' | b'[' => depth += 1,
                        b'}' | b']' => {
                            depth = depth.checked_sub(1)?;
                            if depth == 0 {
                                self.i += 1;
                                return Some(());
                            }
                        }
                        b'"' => {
                            self.skip_value()?;
                            continue;
                        }
                        _ => {}
                    }
                    self.i += 1;
                }
            }
            _ => {
                while !matches!(
                    self.peek(),
                    None | Some(b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r')
                ) {
                    self.i += 1;
                }
                Some(())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::locate;

    #[test]
    fn finds_keys_and_elements() {
        let t = "{\n  \"a\": [1, {\"b\": \"x\\\"y\"}],\n  \"c\": {\"d\": true}\n}";
        assert_eq!(locate(t, "/a"), Some((2, 3)));
        assert_eq!(locate(t, "/a/1"), Some((2, 12)));
        assert_eq!(locate(t, "/a/1/b"), Some((2, 13)));
        assert_eq!(locate(t, "/c/d"), Some((3, 9)));
        assert_eq!(locate(t, ""), Some((1, 1)));
        assert_eq!(locate(t, "/zz"), None);
        assert_eq!(locate(t, "/a/7"), None);
        assert_eq!(locate("{\"k\":", "/k/x"), None);
        assert_eq!(locate("not json", "/k"), None);
    }
}
