//! Line and column of many JSON pointers in one pass over the text.
//!
//! The pointers are put in a trie; the scanner walks the document once, descending only
//! into members and elements some pointer goes through and skipping every other value.
//! The found byte offsets are then sorted and turned into lines and columns in one more
//! pass. Work is linear in the size of the text plus the total length of the pointers,
//! however many findings there are (see the counting test below).

use std::collections::HashMap;

use ecms::pointer::Pointer;

/// 1-based line and column (columns count characters) of each pointer's value — for an
/// object member, of its key. A pointer that does not resolve gets the position of its
/// nearest ancestor that does; `None` only when not even the root can be found.
pub(crate) fn locate_all(text: &str, pointers: &[&str]) -> Vec<Option<(usize, usize)>> {
    let mut work = 0u64;
    locate_all_counted(text, pointers, &mut work)
}

#[derive(Default)]
struct Node {
    children: HashMap<String, usize>,
    offset: Option<usize>,
}

/// [`locate_all`], adding the number of elementary steps taken to `work`.
pub(crate) fn locate_all_counted(
    text: &str,
    pointers: &[&str],
    work: &mut u64,
) -> Vec<Option<(usize, usize)>> {
    let mut nodes: Vec<Node> = vec![Node::default()];
    // The chain of trie nodes of each pointer, root first.
    let mut chains: Vec<Vec<usize>> = Vec::with_capacity(pointers.len());
    for p in pointers {
        let mut chain = vec![0usize];
        if let Some(ptr) = Pointer::parse(p) {
            let mut cur = 0usize;
            for t in ptr.tokens() {
                *work += 1;
                let next = nodes.len();
                let child = match nodes.get_mut(cur) {
                    Some(n) => *n.children.entry(t.clone()).or_insert(next),
                    None => break,
                };
                if child == next {
                    nodes.push(Node::default());
                }
                chain.push(child);
                cur = child;
            }
        }
        chains.push(chain);
    }
    let mut s = Scanner {
        b: text.as_bytes(),
        i: 0,
        work: 0,
    };
    s.ws();
    let start = s.i;
    if let Some(root) = nodes.get_mut(0) {
        root.offset = Some(start);
    }
    let _ = s.value(0, &mut nodes);
    *work += s.work;

    // Offsets to lines and columns in one pass.
    let mut found: Vec<(usize, usize)> = nodes
        .iter()
        .enumerate()
        .filter_map(|(i, n)| n.offset.map(|o| (o, i)))
        .collect();
    found.sort_unstable();
    let mut pos_of: Vec<Option<(usize, usize)>> = vec![None; nodes.len()];
    let (mut line, mut col) = (1usize, 1usize);
    let mut chars = text.char_indices().peekable();
    for (offset, node) in found {
        while let Some(&(i, c)) = chars.peek() {
            if i >= offset {
                break;
            }
            *work += 1;
            if c == '\n' {
                line += 1;
                col = 1;
            } else {
                col += 1;
            }
            chars.next();
        }
        if let Some(slot) = pos_of.get_mut(node) {
            *slot = Some((line, col));
        }
    }
    chains
        .iter()
        .map(|chain| {
            chain
                .iter()
                .rev()
                .find_map(|n| pos_of.get(*n).copied().flatten())
        })
        .collect()
}

struct Scanner<'a> {
    b: &'a [u8],
    i: usize,
    work: u64,
}

impl Scanner<'_> {
    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    fn bump(&mut self) {
        self.i += 1;
        self.work += 1;
    }

    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.bump();
        }
    }

    /// Skips a string (at its opening quote); returns the raw text between the quotes and
    /// whether it contains escapes.
    fn string(&mut self) -> Option<(usize, usize, bool)> {
        if self.peek()? != b'"' {
            return None;
        }
        self.bump();
        let start = self.i;
        let mut escaped = false;
        loop {
            match self.peek()? {
                b'"' => {
                    let end = self.i;
                    self.bump();
                    return Some((start, end, escaped));
                }
                b'\\' => {
                    escaped = true;
                    self.bump();
                    self.bump();
                }
                _ => self.bump(),
            }
        }
    }

    fn key(&mut self) -> Option<String> {
        let (start, end, escaped) = self.string()?;
        let raw = self.b.get(start..end)?;
        if escaped {
            let quoted = self.b.get(start.checked_sub(1)?..end + 1)?;
            serde_json::from_slice::<String>(quoted).ok()
        } else {
            std::str::from_utf8(raw).ok().map(str::to_owned)
        }
    }

    /// Skips any value without looking inside.
    fn skip(&mut self) -> Option<()> {
        let mut depth = 0usize;
        loop {
            self.ws();
            match self.peek()? {
                b'"' => {
                    self.string()?;
                }
                b'{' | b'[' => {
                    depth += 1;
                    self.bump();
                    continue;
                }
                b'}' | b']' => {
                    depth = depth.checked_sub(1)?;
                    self.bump();
                }
                b',' | b':' if depth > 0 => {
                    self.bump();
                    continue;
                }
                _ => {
                    // A number, true, false or null.
                    while matches!(self.peek(), Some(c) if !matches!(c, b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r'))
                    {
                        self.bump();
                    }
                }
            }
            if depth == 0 {
                return Some(());
            }
        }
    }

    /// Scans the value at the cursor, which trie node `node` designates.
    fn value(&mut self, node: usize, nodes: &mut Vec<Node>) -> Option<()> {
        if nodes.get(node).is_none_or(|n| n.children.is_empty()) {
            return self.skip();
        }
        self.ws();
        match self.peek()? {
            b'{' => {
                self.bump();
                loop {
                    self.ws();
                    if self.peek()? == b'}' {
                        self.bump();
                        return Some(());
                    }
                    let kstart = self.i;
                    let key = self.key()?;
                    self.ws();
                    if self.peek()? != b':' {
                        return None;
                    }
                    self.bump();
                    self.ws();
                    let child = nodes.get(node).and_then(|n| n.children.get(&key).copied());
                    match child {
                        Some(c) => {
                            if let Some(n) = nodes.get_mut(c) {
                                n.offset = Some(kstart);
                            }
                            self.value(c, nodes)?;
                        }
                        None => self.skip()?,
                    }
                    self.ws();
                    match self.peek()? {
                        b',' => self.bump(),
                        b'}' => {}
                        _ => return None,
                    }
                }
            }
            b'[' => {
                self.bump();
                let mut n = 0usize;
                loop {
                    self.ws();
                    if self.peek()? == b']' {
                        self.bump();
                        return Some(());
                    }
                    let child = nodes
                        .get(node)
                        .and_then(|x| x.children.get(&n.to_string()).copied());
                    match child {
                        Some(c) => {
                            if let Some(x) = nodes.get_mut(c) {
                                x.offset = Some(self.i);
                            }
                            self.value(c, nodes)?;
                        }
                        None => self.skip()?,
                    }
                    self.ws();
                    match self.peek()? {
                        b',' => self.bump(),
                        b']' => {}
                        _ => return None,
                    }
                    n += 1;
                }
            }
            _ => self.skip(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "{\n  \"a\": {\"b\": [10, {\"c\": \"丝绸\", \"d\": null}]},\n  \"e~f\": 1, \"g/h\": [true]\n}";

    #[test]
    fn agrees_with_the_library() {
        let ptrs = [
            "", "/a", "/a/b", "/a/b/0", "/a/b/1", "/a/b/1/c", "/a/b/1/d", "/e~0f", "/g~1h/0",
        ];
        let got = locate_all(DOC, &ptrs);
        for (p, g) in ptrs.iter().zip(&got) {
            assert_eq!(*g, ecms::locate::locate(DOC, p), "{p}");
        }
        // Unresolved pointers fall back to their nearest ancestor.
        assert_eq!(
            locate_all(DOC, &["/a/b/7/x"]),
            vec![ecms::locate::locate(DOC, "/a/b")]
        );
        assert_eq!(
            locate_all(DOC, &["/a/zz"]),
            vec![ecms::locate::locate(DOC, "/a")]
        );
    }

    #[test]
    fn doubling_findings_does_not_double_work() {
        // A document with n sections of records; findings at many of them.
        let n = 400;
        let mut doc = String::from("{\"records\": [\n");
        for i in 0..n {
            if i > 0 {
                doc.push_str(",\n");
            }
            doc.push_str(&format!(
                "  {{\"id\": {i}, \"name\": \"record {i}\", \"notes\": [1, 2, 3]}}"
            ));
        }
        doc.push_str("\n]}");
        let ptrs: Vec<String> = (0..n).map(|i| format!("/records/{i}/name")).collect();
        let refs: Vec<&str> = ptrs.iter().map(String::as_str).collect();
        let work_for = |k: usize| {
            let mut w = 0u64;
            let got = locate_all_counted(&doc, refs.get(..k).unwrap_or(&[]), &mut w);
            assert!(got.iter().all(Option::is_some));
            w
        };
        let (w50, w100, w200, w400) = (work_for(50), work_for(100), work_for(200), work_for(400));
        assert!(w100 <= 2 * w50 && w200 <= 2 * w100 && w400 <= 2 * w200);
        // And the work is bounded by the text and the pointers, not their product.
        let bound = 3 * doc.len() as u64 + refs.iter().map(|p| p.len() as u64).sum::<u64>();
        assert!(w400 <= bound, "{w400} > {bound}");
        // Many findings at one pointer cost no more than one.
        let same = vec!["/records/399/name"; 1000];
        let mut w = 0u64;
        locate_all_counted(&doc, &same, &mut w);
        assert!(w <= bound, "{w} > {bound}");
    }
}
