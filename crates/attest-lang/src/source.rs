//! Source files and spans: every loaded value and every policy node points back here.

use std::path::Path;
use std::sync::Arc;

/// A path as shown in output: relative to `base` (the folder the user ran attest
/// from) when below it, with `/` separators and no leading `./`.
///
/// `.` components are dropped (`/repo/./main.tf` is `/repo/main.tf`), and the
/// base itself is shown as `.`.
pub fn display_path(path: &Path, base: &Path) -> String {
    use std::path::{Component, PathBuf};
    let clean: PathBuf = path.components().filter(|c| *c != Component::CurDir).collect();
    let base: PathBuf = base.components().filter(|c| *c != Component::CurDir).collect();
    let base = base.as_path();
    let rel = match clean.strip_prefix(base) {
        Ok(rel) => rel.to_path_buf(),
        // A file of a folder above the base (an `attest.toml` in a parent
        // folder names `.`): `../` up to the folder they share, when they
        // share more than the file system's root.
        Err(_) if shared_components(&clean, base) > 1 => {
            let shared = shared_components(&clean, base);
            let up = base.components().count() - shared;
            std::iter::repeat_n(Component::ParentDir, up).chain(clean.components().skip(shared)).collect()
        }
        Err(_) => clean,
    };
    let s = rel.to_string_lossy().replace('\\', "/");
    if s.is_empty() { ".".to_string() } else { s }
}

/// How many leading components two absolute paths share (the root counts).
fn shared_components(a: &Path, b: &Path) -> usize {
    if !a.is_absolute() || !b.is_absolute() {
        return 0;
    }
    a.components().zip(b.components()).take_while(|(x, y)| x == y).count()
}

/// The most lines an output shows above and below a place (the evidence
/// report's excerpts; miette's snippets show one): what an excerpt keeps.
pub const LINES_AROUND: usize = 2;

/// A file that was read, with its text and a table of line starts.
#[derive(Debug)]
pub struct SourceFile {
    /// Path as shown to the user: relative to the working directory, `/`-separated.
    pub path: String,
    /// Path from the folder attest was asked to check, when it differs from
    /// `path` (see `relative`).
    relative: Option<Box<str>>,
    /// The text; of an excerpt (see `excerpt`), the lines it kept, one run
    /// after the other.
    pub text: Text,
    /// Of an excerpt, where its runs of kept lines were in the whole file.
    kept: Option<Box<Excerpt>>,
    /// Where each line starts, computed when a position is first asked for
    /// (most files, and most of the built-in pack, are never shown).
    line_starts: std::sync::OnceLock<Vec<u32>>,
    /// The text as a terminal may show it (see `shown`), made once when it
    /// differs from `text`.
    shown: std::sync::OnceLock<Option<Box<str>>>,
}

/// The text of a file: read at run time, or embedded in the binary (the
/// built-in pack's files, which a run restores without copying them).
#[derive(Debug, Clone)]
pub enum Text {
    Read(Arc<str>),
    Embedded(&'static str),
}

impl std::fmt::Display for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self)
    }
}

impl PartialEq for Text {
    fn eq(&self, other: &Text) -> bool {
        **self == **other
    }
}

impl std::ops::Deref for Text {
    type Target = str;

    fn deref(&self) -> &str {
        match self {
            Text::Read(text) => text,
            Text::Embedded(text) => text,
        }
    }
}

/// A byte range in one source file. Equality of values never looks at spans.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, serde::Serialize, serde::Deserialize)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

/// A run of lines an excerpt kept: where it starts in the whole file and in
/// the excerpt's text, its length in bytes, and the number (from 0) of its
/// first line in the whole file.
#[derive(Debug, Clone, Copy)]
struct Kept {
    whole: usize,
    here: usize,
    len: usize,
    line: usize,
}

/// What an excerpt knows of the whole file: its runs of kept lines, in
/// order, and how many lines it had.
#[derive(Debug, Clone)]
struct Excerpt {
    runs: Box<[Kept]>,
    line_count: usize,
}

/// A 1-based line and column; the column counts Unicode code points.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
pub struct LineCol {
    pub line: usize,
    pub column: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        let clamp = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        Span { start: clamp(start), end: clamp(end.max(start)) }
    }

    /// This span within `text`, widened to whole characters: a span computed
    /// from text that was rewritten (an unescaped quote) may fall inside one.
    pub fn within(self, text: &str) -> std::ops::Range<usize> {
        let mut start = (self.start as usize).min(text.len());
        while !text.is_char_boundary(start) {
            start -= 1;
        }
        let mut end = (self.end as usize).clamp(start, text.len());
        while !text.is_char_boundary(end) {
            end += 1;
        }
        start..end
    }

    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }

    pub fn len(self) -> usize {
        (self.end - self.start) as usize
    }

    pub fn is_empty(self) -> bool {
        self.end == self.start
    }

    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Span {
        Span { start: self.start.min(other.start), end: self.end.max(other.end) }
    }

    pub fn offset(self, by: usize) -> Span {
        Span::new(self.start as usize + by, self.end as usize + by)
    }
}

impl From<Span> for miette::SourceSpan {
    fn from(span: Span) -> Self {
        (span.start as usize, span.len()).into()
    }
}

impl SourceFile {
    pub fn new(path: impl Into<String>, text: impl Into<Arc<str>>) -> Arc<SourceFile> {
        SourceFile::scanned(path, None, text)
    }

    /// A file found under a folder attest was asked to check, with its path
    /// from that folder (`k8s/app.yaml` for `infra/k8s/app.yaml` when
    /// `infra` was checked).
    pub fn scanned(path: impl Into<String>, relative: Option<String>, text: impl Into<Arc<str>>) -> Arc<SourceFile> {
        let path = path.into();
        let relative = relative.filter(|r| *r != path).map(String::into_boxed_str);
        Arc::new(SourceFile {
            path,
            relative,
            text: Text::Read(text.into()),
            kept: None,
            line_starts: std::sync::OnceLock::new(),
            shown: std::sync::OnceLock::new(),
        })
    }

    /// A file whose text is embedded in the binary: not copied.
    pub fn embedded(path: impl Into<String>, text: &'static str) -> Arc<SourceFile> {
        Arc::new(SourceFile {
            path: path.into(),
            relative: None,
            text: Text::Embedded(text),
            kept: None,
            line_starts: std::sync::OnceLock::new(),
            shown: std::sync::OnceLock::new(),
        })
    }

    /// The path from the folder attest was asked to check (the file's name
    /// for a file named on the command line), `/`-separated: the same from
    /// whatever folder attest runs.
    pub fn relative(&self) -> &str {
        self.relative.as_deref().unwrap_or(&self.path)
    }

    /// Where each line of `text` starts: 32 bits, as in a `Span`. Of an
    /// excerpt, only its kept lines: 4 bytes a line of every file with a
    /// finding was a tenth of a run's memory at 30k files.
    fn line_starts(&self) -> &[u32] {
        self.line_starts.get_or_init(|| {
            // A line ends at `\n`, or at a `\r` alone (classic Mac files).
            let bytes = self.text.as_bytes();
            let ends = bytes.iter().enumerate().filter(|&(i, &b)| b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')));
            std::iter::once(0).chain(ends.map(|(i, _)| Span::new(i + 1, i + 1).start)).collect()
        })
    }

    /// The byte offset in `text` where line `n` (0-based) of the file starts,
    /// if there is one (and, in an excerpt, if the line was kept).
    fn start_of(&self, n: usize) -> Option<usize> {
        let starts = self.line_starts();
        let Some(e) = &self.kept else { return starts.get(n).map(|&s| s as usize) };
        let run = &e.runs[e.runs.partition_point(|k| k.line <= n).checked_sub(1)?];
        let first = self.local_line(run.here);
        let count = starts.partition_point(|&s| (s as usize) < run.here + run.len) - first;
        (n - run.line < count).then(|| starts[first + n - run.line] as usize)
    }

    /// The index in `line_starts` of the line of `text` an offset is on.
    fn local_line(&self, offset: usize) -> usize {
        self.line_starts().partition_point(|&s| s as usize <= offset).saturating_sub(1)
    }

    /// The run of kept lines an offset in an excerpt's `text` is in, and the
    /// index in `line_starts` of its first line.
    fn run_at(&self, offset: usize) -> Option<(&Kept, usize)> {
        let e = self.kept.as_ref()?;
        let run = &e.runs[e.runs.partition_point(|k| k.here <= offset).checked_sub(1)?];
        Some((run, self.local_line(run.here)))
    }

    /// For a snippet: the first of the `before` lines above the line of the
    /// offset `offset` in `text` that are there (kept, in an excerpt), as its
    /// number (from 0) in the file and its offset in `text`.
    pub(crate) fn lines_above(&self, offset: usize, before: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let here = self.local_line(offset);
        let first = match self.run_at(offset) {
            Some((_, run_first)) => here.saturating_sub(before).max(run_first),
            None => here.saturating_sub(before),
        };
        let start = self.line_starts().get(first).map_or(self.text.len(), |&s| s as usize);
        (self.line_at(start), start)
    }

    /// The line (from 0) of the file an offset in `text` is on.
    fn line_at(&self, offset: usize) -> usize {
        let here = self.local_line(offset);
        match self.run_at(offset) {
            Some((run, run_first)) => run.line + here - run_first,
            None => here,
        }
    }

    /// The byte offset in `text` where line `n` (0-based) starts; the end of
    /// the text past the last line.
    pub fn line_start(&self, n: usize) -> usize {
        self.start_of(n).unwrap_or(self.text.len())
    }

    /// The text with the control characters a terminal would act on (escape
    /// sequences, backspaces) replaced, byte for byte, by a character of the
    /// same length, so that spans stay true and a file cannot write to the
    /// user's terminal through a snippet.
    pub fn shown(&self) -> &str {
        let shown = self.shown.get_or_init(|| {
            if !self.text.chars().any(is_control) {
                return None;
            }
            let shown: String = self
                .text
                .chars()
                .map(|c| {
                    if !is_control(c) {
                        c
                    } else if c.len_utf8() == 1 {
                        '?'
                    } else {
                        '\u{bf}'
                    }
                })
                .collect();
            Some(shown.into_boxed_str())
        });
        shown.as_deref().unwrap_or(&self.text)
    }

    /// Line and column of a byte offset (clamped to the text).
    pub fn line_col(&self, offset: usize) -> LineCol {
        self.line_col_in_text(self.local(offset))
    }

    /// Line and column of a byte offset in `text`.
    pub(crate) fn line_col_in_text(&self, offset: usize) -> LineCol {
        let offset = offset.min(self.text.len());
        let start = self.line_starts()[self.local_line(offset)] as usize;
        let column = self.text.get(start..offset).map_or(offset - start, |s| s.chars().count()) + 1;
        LineCol { line: self.line_at(offset) + 1, column }
    }

    /// The part of `span` that lies on its first line, trimmed; used to point at the
    /// header of a block instead of underlining the whole block.
    pub fn first_line(&self, span: Span) -> Span {
        let first = self.slice(span).split('\n').next().unwrap_or("").trim_end();
        Span::new(span.start as usize, span.start as usize + first.len())
    }

    pub fn slice(&self, span: Span) -> &str {
        self.text.get(self.local_span(span).range()).unwrap_or("")
    }

    /// Where a span of the whole file is in `text`: the same span, but in an
    /// excerpt. A place in a line the excerpt left out moves to the end of
    /// the kept lines before it.
    pub fn local_span(&self, span: Span) -> Span {
        Span::new(self.local(span.start as usize), self.local(span.end as usize))
    }

    fn local(&self, offset: usize) -> usize {
        let Some(e) = &self.kept else { return offset };
        match e.runs.partition_point(|k| k.whole <= offset).checked_sub(1) {
            Some(i) => e.runs[i].here + (offset - e.runs[i].whole).min(e.runs[i].len),
            None => 0,
        }
    }

    /// A copy of this file that keeps only the lines `spans` touch, with
    /// `around` lines above and below each: line numbers, columns and the
    /// text of each span stay true, and the copy is read with the offsets
    /// of the whole file. Findings hold
    /// excerpts, so that a run does not keep every file with a finding whole
    /// until it reports. A copy of the whole file when the excerpt would keep
    /// most of it; the file itself when it is an excerpt already. Either way
    /// what is new is allocated by the calling thread (see `engine::check_all`).
    pub fn excerpt(self: &Arc<Self>, spans: impl IntoIterator<Item = Span>, around: usize) -> Arc<SourceFile> {
        if self.kept.is_some() {
            return Arc::clone(self);
        }
        let starts = self.line_starts();
        if starts.len() < 2 * around + 2 {
            return Arc::new(self.copy());
        }
        let line_of = |offset: u32| starts.partition_point(|&s| s <= offset).saturating_sub(1);
        let mut lines: Vec<(usize, usize)> =
            spans.into_iter().map(|s| (line_of(s.start).saturating_sub(around), line_of(s.end) + around)).collect();
        lines.sort_unstable();
        let mut text = String::new();
        let mut kept: Vec<Kept> = Vec::new();
        let mut keep = lines.iter().peekable();
        for n in 0..starts.len() {
            while keep.next_if(|(_, last)| *last < n).is_some() {}
            if keep.peek().is_some_and(|(first, _)| *first <= n) {
                let (start, end) = (self.line_start(n), self.line_start(n + 1));
                match kept.last_mut() {
                    Some(k) if k.whole + k.len == start => k.len += end - start,
                    _ => kept.push(Kept { whole: start, here: text.len(), len: end - start, line: n }),
                }
                text.push_str(&self.text[start..end]);
            }
        }
        if text.len() * 5 >= self.text.len() * 4 {
            return Arc::new(self.copy());
        }
        Arc::new(self.with_text(text.into(), Some(Box::new(Excerpt { runs: kept.into_boxed_slice(), line_count: self.line_count() }))))
    }

    /// A copy that shares nothing with this file.
    fn copy(&self) -> SourceFile {
        self.with_text(Arc::from(&*self.text), self.kept.clone())
    }

    /// This file's path with another text (and its runs of kept lines).
    fn with_text(&self, text: Arc<str>, kept: Option<Box<Excerpt>>) -> SourceFile {
        SourceFile {
            path: self.path.clone(),
            relative: self.relative.clone(),
            text: Text::Read(text),
            kept,
            line_starts: std::sync::OnceLock::new(),
            shown: std::sync::OnceLock::new(),
        }
    }

    /// The number of lines (a final newline does not start another).
    pub fn line_count(&self) -> usize {
        match &self.kept {
            Some(e) => e.line_count,
            None => self.line_starts().len() - usize::from(self.text.ends_with(['\n', '\r'])),
        }
    }

    /// Line `n` (1-based) without its line ending; empty past the end.
    pub fn line(&self, n: usize) -> &str {
        let Some(start) = n.checked_sub(1).and_then(|i| self.start_of(i)) else { return "" };
        let rest = self.text.get(start..).unwrap_or("");
        &rest[..rest.find(['\n', '\r']).unwrap_or(rest.len())]
    }
}

/// A control character a terminal would act on (not a line end or a tab).
pub fn is_control(c: char) -> bool {
    c.is_control() && !matches!(c, '\n' | '\t' | '\r')
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_carriage_return_alone_ends_a_line() {
        let f = super::SourceFile::new("a.yaml", "a: 1\rb: 2\r\nc: 3\n");
        assert_eq!((f.line_col(5).line, f.line_col(5).column), (2, 1));
        assert_eq!(f.line_col(11).line, 3);
    }

    #[test]
    fn paths_are_shown_from_the_base_without_dot_components() {
        use super::display_path;
        use std::path::Path;
        let base = Path::new("/work/repo");
        assert_eq!(display_path(Path::new("/work/repo/infra/main.tf"), base), "infra/main.tf");
        assert_eq!(display_path(Path::new("/work/repo/./infra/main.tf"), base), "infra/main.tf");
        assert_eq!(display_path(Path::new("/work/repo/."), base), ".");
        assert_eq!(display_path(Path::new("./pod.yaml"), base), "pod.yaml");
        assert_eq!(display_path(Path::new("/work/./x.yaml"), base), "../x.yaml");
        assert_eq!(display_path(Path::new("/elsewhere/x.yaml"), base), "/elsewhere/x.yaml");
        assert_eq!(display_path(Path::new("k8s/pod.yaml"), Path::new("")), "k8s/pod.yaml");
        assert_eq!(display_path(Path::new("./infra/k8s/pod.yaml"), Path::new("./infra")), "k8s/pod.yaml");
    }

    use super::*;

    #[test]
    fn line_col_counts_code_points_from_one() {
        let f = SourceFile::new("a.yaml", "ab\nçd: 1\n");
        assert_eq!(f.line_col(0), LineCol { line: 1, column: 1 });
        assert_eq!(f.line_col(3), LineCol { line: 2, column: 1 });
        // `d` follows the two-byte `ç`.
        assert_eq!(f.line_col(5), LineCol { line: 2, column: 2 });
        assert_eq!(f.line_col(999), LineCol { line: 3, column: 1 });
    }

    #[test]
    fn lines_by_number() {
        let f = SourceFile::new("a.yaml", "a\r\nbc\n\nd");
        assert_eq!((f.line(1), f.line(2), f.line(3), f.line(4), f.line(5), f.line(0)), ("a", "bc", "", "d", "", ""));
        assert_eq!(f.line_count(), 4);
        assert_eq!(SourceFile::new("b", "x\n").line_count(), 1);
    }

    #[test]
    fn an_excerpt_keeps_lines_columns_and_spans() {
        let lines: Vec<String> = (1..=40).map(|n| format!("line{n}: é{}", "x".repeat(n))).collect();
        for end in ["\n", "\r\n", "\r"] {
            let whole = SourceFile::new("a.yaml", lines.join(end) + end);
            let at = |n: usize, col: usize| whole.line_start(n - 1) + col - 1;
            // A span on line 10 and one over lines 30 to 31, with one line around each.
            let spans = [Span::new(at(10, 7), at(10, 12)), Span::new(at(30, 1), at(31, 5))];
            let excerpt = whole.excerpt(spans, 1);
            assert!(excerpt.text.len() * 4 < whole.text.len(), "{end:?}: {} of {} bytes", excerpt.text.len(), whole.text.len());
            for span in spans {
                assert_eq!(excerpt.slice(span), whole.slice(span));
                assert_eq!(excerpt.line_col(span.start as usize), whole.line_col(span.start as usize));
                assert_eq!(excerpt.line_col(span.end as usize), whole.line_col(span.end as usize));
            }
            for n in [9, 10, 11, 29, 30, 31, 32] {
                assert_eq!(excerpt.line(n), whole.line(n), "{end:?}: line {n}");
            }
            assert_eq!((excerpt.line(8), excerpt.line(12), excerpt.line(33)), ("", "", ""));
            assert_eq!(excerpt.line_count(), whole.line_count());
            // An excerpt of an excerpt is the excerpt; one that would keep most
            // of the file is a copy of the file.
            assert!(Arc::ptr_eq(&excerpt.excerpt(spans, 1), &excerpt));
            let most = whole.excerpt([Span::new(0, whole.text.len())], 1);
            assert!(!Arc::ptr_eq(&most, &whole) && most.text == whole.text && most.kept.is_none());
        }
    }

    #[test]
    fn first_line_of_a_block() {
        let f = SourceFile::new("a.yaml", "key:\n  a: 1\n");
        assert_eq!(f.slice(f.first_line(Span::new(0, 12))), "key:");
    }
}
