//! Finding the line and column of JSON pointers in JSON text, without building a tree.
//!
//! Used for unknown fields and, by report writers, to give the position of each finding's
//! path (SARIF regions). Works on any JSON text; a pointer that does not resolve, or text
//! that is not JSON, gives `None`.
//!
//! Every function here reads the text **once**, however many pointers are asked for:
//! [`locate_all`] walks only the parts of the document that lead to a wanted pointer and
//! skips everything else in a single forward pass, so locating 50,000 unknown fields costs
//! about as much as reading the text once. [`locate_all_with_work`] also returns the number
//! of steps taken, a deterministic measure the tests use to prove the growth is linear.
//!
//! Lines and columns are 1-based; **columns count characters** (Unicode scalar values), not
//! bytes, so a line of Chinese text gives the column an editor shows.

use std::collections::HashMap;

use crate::pointer::Pointer;

/// A place in JSON text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Location {
    /// 1-based line (lines end at `\n`).
    pub line: usize,
    /// 1-based column, in characters (Unicode scalar values) from the start of the line.
    pub column: usize,
    /// 0-based byte offset into the text.
    pub offset: usize,
}

/// 1-based (line, column) of the value a pointer designates — for an object member, of
/// its key. Columns count characters (Unicode scalar values).
///
/// For many pointers into the same text use [`locate_all`], which reads the text once.
pub fn locate(text: &str, pointer: &str) -> Option<(usize, usize)> {
    locate_all(text, &[pointer])
        .into_iter()
        .next()
        .flatten()
        .map(|l| (l.line, l.column))
}

/// The [`Location`] of each pointer, in the order given: for an object member the
/// location of its key, for an array element the location of the element, for `""` the
/// first character of the document. `None` for a pointer that is not valid RFC 6901 or
/// does not resolve in the text.
///
/// One forward pass over the text serves all the pointers: the cost is linear in the size
/// of the text plus the total length of the pointers, not in their product.
///
/// ```
/// use ecms::locate::{Location, locate_all};
/// let text = "{\n  \"名\": \"陈\", \"a\": [1, {\"b\": 2}]\n}";
/// let found = locate_all(text, &["/a/1/b", "/名", "/zz"]);
/// assert_eq!(found[0].map(|l| (l.line, l.column)), Some((2, 23)));
/// assert_eq!(found[1].map(|l| (l.line, l.column)), Some((2, 3)));
/// assert_eq!(found[2], None);
/// ```
pub fn locate_all(text: &str, pointers: &[&str]) -> Vec<Option<Location>> {
    locate_all_with_work(text, pointers).0
}

/// [`locate_all`], also returning the number of steps taken: each byte the scanner moves
/// over, each pointer token and each position converted to a line and column counts one.
/// The count depends only on the input, never on the machine, so tests can assert that
/// the work grows linearly.
pub fn locate_all_with_work(text: &str, pointers: &[&str]) -> (Vec<Option<Location>>, u64) {
    let mut work: u64 = 0;
    let mut trie = Trie::default();
    let mut wanted = 0usize;
    for (n, p) in pointers.iter().enumerate() {
        if let Some(ptr) = Pointer::parse(p) {
            work = work.saturating_add(ptr.tokens().len() as u64 + 1);
            trie.insert(ptr.tokens(), n);
            wanted += 1;
        }
    }
    let mut offsets: Vec<Option<usize>> = vec![None; pointers.len()];
    let mut s = Scanner::new(text.as_bytes());
    trie.walk(&mut s, &mut offsets, wanted);
    work = work.saturating_add(s.steps);
    let (locations, conv) = offsets_to_locations(text, &offsets);
    (locations, work.saturating_add(conv))
}

/// The location of a byte offset (clamped to the text). A column counts the characters
/// before the offset on its line, plus one.
pub fn location_at(text: &str, offset: usize) -> Location {
    let (mut v, _) = offsets_to_locations(text, &[Some(offset)]);
    v.pop().flatten().unwrap_or(Location {
        line: 1,
        column: 1,
        offset: 0,
    })
}

/// Converts byte offsets to locations in one pass over the text (after sorting them).
fn offsets_to_locations(text: &str, offsets: &[Option<usize>]) -> (Vec<Option<Location>>, u64) {
    let bytes = text.as_bytes();
    let mut order: Vec<(usize, usize)> = offsets
        .iter()
        .enumerate()
        .filter_map(|(n, o)| o.map(|o| (o.min(bytes.len()), n)))
        .collect();
    order.sort_unstable();
    let mut out: Vec<Option<Location>> = vec![None; offsets.len()];
    let (mut line, mut column, mut at) = (1usize, 1usize, 0usize);
    let mut work = order.len() as u64;
    for (offset, n) in order {
        while at < offset {
            let b = bytes.get(at).copied().unwrap_or(0);
            if b == b'\n' {
                line += 1;
                column = 1;
            } else if b & 0xC0 != 0x80 {
                column += 1;
            }
            at += 1;
        }
        work += 1;
        if let Some(slot) = out.get_mut(n) {
            *slot = Some(Location {
                line,
                column: if bytes.get(offset).is_some_and(|b| b & 0xC0 == 0x80) {
                    // Inside a character (only for offsets that are not char boundaries).
                    column.saturating_sub(1).max(1)
                } else {
                    column
                },
                offset,
            });
        }
    }
    (out, work.saturating_add(at as u64))
}

/// Converts a line and a **byte** column (as `serde_json` reports them: the 1-based byte
/// position on the line, `0` for the start of the line) into a [`Location`] whose column
/// counts characters. Linear in the text before the line.
pub(crate) fn from_byte_column(text: &str, line: usize, byte_column: usize) -> Location {
    let bytes = text.as_bytes();
    let mut start = 0usize;
    if line > 1 {
        let mut seen = 1usize;
        for (i, b) in bytes.iter().enumerate() {
            if *b == b'\n' {
                seen += 1;
                if seen == line {
                    start = i + 1;
                    break;
                }
            }
        }
    }
    let offset = start
        .saturating_add(byte_column.saturating_sub(1))
        .min(bytes.len());
    location_at(text, offset)
}

// ---------------------------------------------------------------------------------------------
// Pointer trie: the walk descends only into members and elements that lead to a wanted pointer.

#[derive(Default)]
struct Trie {
    nodes: Vec<Node>,
}

#[derive(Default)]
struct Node {
    children: HashMap<String, usize>,
    wanted: Vec<usize>,
}

enum Kind {
    Object,
    Array,
}

enum State {
    Start,
    NeedItem,
    AfterItem,
}

struct Frame {
    node: usize,
    kind: Kind,
    index: usize,
    state: State,
}

impl Trie {
    fn insert(&mut self, tokens: &[String], n: usize) {
        if self.nodes.is_empty() {
            self.nodes.push(Node::default());
        }
        let mut at = 0usize;
        for t in tokens {
            let next = self.nodes.len();
            let child = match self.nodes.get_mut(at) {
                Some(node) => *node.children.entry(t.clone()).or_insert(next),
                None => return,
            };
            if child == next {
                self.nodes.push(Node::default());
            }
            at = child;
        }
        if let Some(node) = self.nodes.get_mut(at) {
            node.wanted.push(n);
        }
    }

    fn has_children(&self, node: usize) -> bool {
        self.nodes.get(node).is_some_and(|n| !n.children.is_empty())
    }

    fn child(&self, node: usize, token: &str) -> Option<usize> {
        self.nodes
            .get(node)
            .and_then(|n| n.children.get(token).copied())
    }

    /// Records `at` for every pointer ending at `node`; returns how many.
    fn record(&self, node: usize, at: usize, offsets: &mut [Option<usize>]) -> usize {
        let mut n = 0;
        if let Some(node) = self.nodes.get(node) {
            for w in &node.wanted {
                if let Some(slot) = offsets.get_mut(*w) {
                    *slot = Some(at);
                    n += 1;
                }
            }
        }
        n
    }

    /// The single forward pass. Stops early once every wanted pointer is found, or at the
    /// first malformed token.
    fn walk(&self, s: &mut Scanner<'_>, offsets: &mut [Option<usize>], wanted: usize) {
        if self.nodes.is_empty() {
            return;
        }
        s.ws();
        let mut found = self.record(0, s.i, offsets);
        if found >= wanted || !self.has_children(0) {
            return;
        }
        let mut stack: Vec<Frame> = Vec::new();
        match s.open(0) {
            Some(frame) => stack.push(frame),
            None => return,
        }
        while let Some(top) = stack.last_mut() {
            s.ws();
            match top.state {
                State::AfterItem => {
                    match (s.peek(), &top.kind) {
                        (Some(b','), _) => {
                            s.bump(1);
                            top.state = State::NeedItem;
                        }
                        (Some(b'}'), Kind::Object) | (Some(b']'), Kind::Array) => {
                            s.bump(1);
                            stack.pop();
                        }
                        _ => return,
                    }
                    continue;
                }
                State::Start => {
                    if matches!(
                        (s.peek(), &top.kind),
                        (Some(b'}'), Kind::Object) | (Some(b']'), Kind::Array)
                    ) {
                        s.bump(1);
                        stack.pop();
                        continue;
                    }
                    top.state = State::NeedItem;
                }
                State::NeedItem => {}
            }
            // An item: a member `"key": value` or an element.
            let (child, at) = match top.kind {
                Kind::Object => {
                    let kstart = s.i;
                    let Some(key) = s.string() else { return };
                    s.ws();
                    if s.peek() != Some(b':') {
                        return;
                    }
                    s.bump(1);
                    s.ws();
                    (self.child(top.node, &key), kstart)
                }
                Kind::Array => {
                    let idx = top.index;
                    top.index += 1;
                    (self.child(top.node, &idx.to_string()), s.i)
                }
            };
            top.state = State::AfterItem;
            match child {
                Some(c) => {
                    found += self.record(c, at, offsets);
                    if found >= wanted {
                        return;
                    }
                    if self.has_children(c) && matches!(s.peek(), Some(b'{' | b'[')) {
                        match s.open(c) {
                            Some(frame) => stack.push(frame),
                            None => return,
                        }
                    } else if s.skip_value().is_none() {
                        return;
                    }
                }
                None => {
                    if s.skip_value().is_none() {
                        return;
                    }
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The byte scanner shared by every walk. The cursor only moves forward.

pub(crate) struct Scanner<'a> {
    b: &'a [u8],
    pub(crate) i: usize,
    steps: u64,
}

impl<'a> Scanner<'a> {
    pub(crate) fn new(b: &'a [u8]) -> Self {
        Self { b, i: 0, steps: 0 }
    }
    fn bump(&mut self, n: usize) {
        self.i = self.i.saturating_add(n);
        self.steps = self.steps.saturating_add(n as u64);
    }
    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }
    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.bump(1);
        }
    }
    fn open(&mut self, node: usize) -> Option<Frame> {
        let kind = match self.peek()? {
            b'{' => Kind::Object,
            b'[' => Kind::Array,
            _ => return None,
        };
        self.bump(1);
        Some(Frame {
            node,
            kind,
            index: 0,
            state: State::Start,
        })
    }
    /// Reads a string at the cursor, unescaping it.
    fn string(&mut self) -> Option<String> {
        if self.peek()? != b'"' {
            return None;
        }
        let start = self.i;
        self.bump(1);
        let mut simple = true;
        loop {
            match self.peek()? {
                b'"' => break,
                b'\\' => {
                    simple = false;
                    self.bump(2);
                }
                _ => self.bump(1),
            }
        }
        self.bump(1);
        let quoted = self.b.get(start..self.i)?;
        if simple {
            let raw = quoted.get(1..quoted.len().saturating_sub(1))?;
            return Some(String::from_utf8_lossy(raw).into_owned());
        }
        serde_json::from_slice::<String>(quoted).ok()
    }
    /// Skips one value (any depth, iteratively).
    fn skip_value(&mut self) -> Option<()> {
        self.ws();
        match self.peek()? {
            b'"' => {
                self.skip_string()?;
                Some(())
            }
            b'{' | b'[' => {
                let mut depth = 0usize;
                loop {
                    match self.peek()? {
                        b'{' | b'[' => depth += 1,
                        b'}' | b']' => {
                            depth = depth.checked_sub(1)?;
                            if depth == 0 {
                                self.bump(1);
                                return Some(());
                            }
                        }
                        b'"' => {
                            self.skip_string()?;
                            continue;
                        }
                        _ => {}
                    }
                    self.bump(1);
                }
            }
            _ => {
                let start = self.i;
                while !matches!(
                    self.peek(),
                    None | Some(b',' | b'}' | b']' | b':' | b' ' | b'\t' | b'\n' | b'\r')
                ) {
                    self.bump(1);
                }
                (self.i > start).then_some(())
            }
        }
    }
    fn skip_string(&mut self) -> Option<()> {
        self.bump(1);
        loop {
            match self.peek()? {
                b'"' => {
                    self.bump(1);
                    return Some(());
                }
                b'\\' => self.bump(2),
                _ => self.bump(1),
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Full walks: the first duplicate key, and the JSON pointer of the value at a byte offset.

/// A key given twice in the same object.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Duplicate {
    /// Pointer of the member (its second occurrence).
    pub pointer: String,
    /// Byte offset of the second occurrence's key.
    pub offset: usize,
    /// Byte offset of the first occurrence's key.
    pub first: usize,
}

/// How a full walk ended.
pub(crate) enum WalkEnd {
    /// The text was walked to its end (or to a malformed token), nothing found.
    Done,
    /// A key appeared twice in one object.
    Duplicate(Duplicate),
    /// The text ended inside the value with this pointer.
    Eof(String),
}

struct FullFrame {
    kind: Kind,
    token: Option<String>,
    index: usize,
    state: State,
    keys: HashMap<String, usize>,
}

fn pointer_of(stack: &[FullFrame], pending: Option<&str>) -> String {
    let mut p = Pointer::root();
    for f in stack {
        if let Some(t) = &f.token {
            p.push(t);
        }
    }
    if let Some(t) = pending {
        p.push(t);
    }
    p.to_string()
}

/// Walks every value of the text once (iteratively: any depth), checking that no object
/// repeats a key. On text that ends early, reports the pointer of the innermost value the
/// end falls in (used to give a path to an invalid UTF-8 sequence: the walk then runs on
/// the valid text before it).
pub(crate) fn full_walk(bytes: &[u8]) -> WalkEnd {
    let mut s = Scanner::new(bytes);
    let mut stack: Vec<FullFrame> = Vec::new();
    s.ws();
    let eof = |stack: &[FullFrame], pending: Option<&str>| WalkEnd::Eof(pointer_of(stack, pending));
    // Starts the value at the cursor: a container becomes a frame, a scalar is skipped.
    macro_rules! value {
        ($token:expr) => {{
            let token: Option<String> = $token;
            match s.peek() {
                None => return eof(&stack, token.as_deref()),
                Some(b'{') | Some(b'[') => {
                    let kind = if s.peek() == Some(b'{') {
                        Kind::Object
                    } else {
                        Kind::Array
                    };
                    s.bump(1);
                    stack.push(FullFrame {
                        kind,
                        token,
                        index: 0,
                        state: State::Start,
                        keys: HashMap::new(),
                    });
                }
                Some(_) => {
                    if s.skip_value().is_none() {
                        if s.peek().is_none() {
                            return eof(&stack, token.as_deref());
                        }
                        return WalkEnd::Done;
                    }
                }
            }
        }};
    }
    value!(None);
    while let Some(top) = stack.last_mut() {
        s.ws();
        match top.state {
            State::AfterItem => {
                match (s.peek(), &top.kind) {
                    (None, _) => return eof(&stack, None),
                    (Some(b','), _) => {
                        s.bump(1);
                        top.state = State::NeedItem;
                    }
                    (Some(b'}'), Kind::Object) | (Some(b']'), Kind::Array) => {
                        s.bump(1);
                        stack.pop();
                    }
                    _ => return WalkEnd::Done,
                }
                continue;
            }
            State::Start => {
                match (s.peek(), &top.kind) {
                    (None, _) => return eof(&stack, None),
                    (Some(b'}'), Kind::Object) | (Some(b']'), Kind::Array) => {
                        s.bump(1);
                        stack.pop();
                        continue;
                    }
                    _ => {}
                }
                top.state = State::NeedItem;
            }
            State::NeedItem => {}
        }
        top.state = State::AfterItem;
        match top.kind {
            Kind::Object => {
                let kstart = s.i;
                let Some(key) = s.string() else {
                    if s.peek().is_none() {
                        return eof(&stack, None);
                    }
                    return WalkEnd::Done;
                };
                if let Some(first) = top.keys.get(&key).copied() {
                    return WalkEnd::Duplicate(Duplicate {
                        pointer: pointer_of(&stack, Some(&key)),
                        offset: kstart,
                        first,
                    });
                }
                top.keys.insert(key.clone(), kstart);
                s.ws();
                match s.peek() {
                    None => return eof(&stack, None),
                    Some(b':') => s.bump(1),
                    Some(_) => return WalkEnd::Done,
                }
                s.ws();
                value!(Some(key));
            }
            Kind::Array => {
                let idx = top.index;
                top.index += 1;
                value!(Some(idx.to_string()));
            }
        }
    }
    WalkEnd::Done
}

#[cfg(test)]
#[allow(clippy::panic)]
mod tests {
    use super::{WalkEnd, full_walk, locate, locate_all};

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
        let all = locate_all(t, &["/c/d", "/a/1/b", "bad", "/a", "/a"]);
        let lc: Vec<_> = all.iter().map(|l| l.map(|l| (l.line, l.column))).collect();
        assert_eq!(
            lc,
            [
                Some((3, 9)),
                Some((2, 13)),
                None,
                Some((2, 3)),
                Some((2, 3))
            ]
        );
    }

    #[test]
    fn columns_count_characters() {
        let t = "{\"名称\": \"电子商务\", \"x\": 1}";
        assert_eq!(locate(t, "/x"), Some((1, 16)));
    }

    #[test]
    fn duplicates_and_truncation() {
        match full_walk(br#"{"a": {"b": 1, "c": [{"d": 1, "d": 2}]}}"#) {
            WalkEnd::Duplicate(d) => {
                assert_eq!(d.pointer, "/a/c/0/d");
                assert_eq!((d.first, d.offset), (22, 30));
            }
            _ => panic!("no duplicate found"),
        }
        match full_walk(br#"{"a": [1, {"b": "xy"#) {
            WalkEnd::Eof(p) => assert_eq!(p, "/a/1/b"),
            _ => panic!("no end found"),
        }
        assert!(matches!(
            full_walk(br#"{"a": 1, "b": [1, 2]}"#),
            WalkEnd::Done
        ));
        assert!(matches!(full_walk(&[b'['; 100_000]), WalkEnd::Eof(_)));
    }
}
