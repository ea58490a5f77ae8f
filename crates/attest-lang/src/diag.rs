//! One diagnostic type for everything attest shows with a source snippet: policy
//! errors, config errors and findings all render through miette the same way.

use crate::source::{SourceFile, Span, is_control};
use miette::{Diagnostic, LabeledSpan, MietteError, MietteSpanContents, NamedSource, Severity, SourceCode, SourceSpan, SpanContents};
use std::fmt;
use std::sync::Arc;

#[derive(Debug, Clone)]
pub struct Label {
    pub span: Span,
    pub text: Arc<str>,
    pub primary: bool,
}

/// A message about a place in a file.
#[derive(Debug, Clone)]
pub struct Diag {
    pub file: Arc<SourceFile>,
    pub message: String,
    pub code: Option<String>,
    pub labels: Vec<Label>,
    pub help: Option<String>,
    pub severity: Severity,
    source: NamedSource<Snippet>,
}

impl Diag {
    pub fn error(file: &Arc<SourceFile>, span: Span, message: impl Into<String>, label: impl Into<String>) -> Diag {
        let mut d = Diag::new(file, message);
        d.labels.push(Label { span, text: label.into().into(), primary: true });
        d
    }

    pub fn new(file: &Arc<SourceFile>, message: impl Into<String>) -> Diag {
        Diag {
            file: Arc::clone(file),
            message: message.into(),
            code: None,
            labels: Vec::new(),
            help: None,
            severity: Severity::Error,
            source: NamedSource::new(visible(&file.path), Snippet(Arc::clone(file))).with_language(language(&file.path)),
        }
    }

    /// This diagnostic over an excerpt of its file (`SourceFile::excerpt`):
    /// the lines from its first label to its last and `LINES_AROUND` either
    /// side, all a rendering shows, so that a run keeps no whole file for a
    /// notice.
    pub fn excerpted(&self) -> Diag {
        let all = self.labels.iter().map(|l| l.span).reduce(Span::to);
        let file = self.file.excerpt(all, crate::source::LINES_AROUND);
        Diag {
            labels: self.labels.clone(),
            help: self.help.clone(),
            code: self.code.clone(),
            severity: self.severity,
            ..Diag::new(&file, self.message.clone())
        }
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Diag {
        self.help = Some(help.into());
        self
    }

    /// The span of the primary label, or the start of the file.
    pub fn span(&self) -> Span {
        self.labels.iter().find(|l| l.primary).or(self.labels.first()).map_or(Span::default(), |l| l.span)
    }
}

/// A message or path with control characters written as escapes (`\u{1b}`).
pub fn visible(s: &str) -> String {
    if !s.chars().any(is_control) {
        return s.to_string();
    }
    s.chars().map(|c| if is_control(c) { c.escape_unicode().to_string() } else { c.to_string() }).collect()
}

fn language(path: &str) -> &'static str {
    match path.rsplit('.').next() {
        Some("yaml" | "yml") => "YAML",
        Some("json") => "JSON",
        Some("toml") => "TOML",
        _ => "text",
    }
}

/// A file's text as miette reads it for a snippet (`SourceFile::shown`),
/// starting from the line table: a snippet costs the lines it shows, not the
/// whole file before them, so a large file with many findings renders in
/// linear time.
#[derive(Debug, Clone)]
struct Snippet(Arc<SourceFile>);

impl SourceCode for Snippet {
    fn read_span<'a>(&'a self, span: &SourceSpan, before: usize, after: usize) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        // miette's own reading, of the text from `before` lines above the span's line.
        let (first, start) = self.0.lines_above(span.offset(), before);
        let window = self.0.shown().as_bytes().get(start..).ok_or(MietteError::OutOfBounds)?;
        let local = SourceSpan::new(span.offset().saturating_sub(start).into(), span.len());
        let c = window.read_span(&local, before, after)?;
        let whole = SourceSpan::new((c.span().offset() + start).into(), c.span().len());
        Ok(Box::new(MietteSpanContents::new(c.data(), whole, c.line() + first, c.column(), c.line_count() + first)))
    }
}

impl fmt::Display for Diag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&visible(&self.message))
    }
}

impl std::error::Error for Diag {}

impl Diagnostic for Diag {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.code.as_ref().map(|c| Box::new(c) as Box<dyn fmt::Display>)
    }

    fn severity(&self) -> Option<Severity> {
        Some(self.severity)
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help.as_ref().map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        Some(&self.source)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        Some(Box::new(self.labels.iter().map(move |l| {
            let range = self.file.local_span(l.span).within(&self.file.text);
            let (start, len) = (range.start, range.len());
            let text = (!l.text.is_empty()).then(|| visible(&l.text));
            if l.primary { LabeledSpan::new_primary_with_span(text, (start, len)) } else { LabeledSpan::new_with_span(text, (start, len)) }
        })))
    }
}

/// Lines longer than this (minified JSON, say) are not shown as a snippet.
const MAX_SNIPPET_LINE: usize = 400;

/// Render a diagnostic as miette's graphical report. Colour only when asked (a
/// terminal). A label on a very long line is replaced by its position.
pub fn render(diag: &Diag, color: bool, width: usize) -> String {
    use miette::{GraphicalReportHandler, GraphicalTheme};
    let long_line = diag.labels.iter().any(|l| {
        let text = &diag.file.text;
        let at = diag.file.local_span(l.span).within(text).start;
        let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
        let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
        end - start > MAX_SNIPPET_LINE
    });
    if long_line {
        let mut short = diag.clone();
        let at = short.file.line_col(diag.span().start as usize);
        short.message = format!("{} (at {}:{}:{})", diag.message, diag.file.path, at.line, at.column);
        short.labels.clear();
        return render(&short, color, width);
    }
    let theme = if color { GraphicalTheme::unicode() } else { GraphicalTheme::unicode_nocolor() };
    let handler = GraphicalReportHandler::new_themed(theme).with_width(width).with_links(false);
    let mut out = String::new();
    if handler.render_report(&mut out, diag).is_err() {
        out = format!("{diag}\n");
    }
    out
}

/// Read a file the user named (a config, a baseline) as a source, or say why not:
/// `what` names it in the message ("the baseline").
pub fn read_source(path: &std::path::Path, root: &std::path::Path, what: &str) -> Result<Arc<SourceFile>, Box<Diag>> {
    let display = crate::source::display_path(path, root);
    match std::fs::read_to_string(path) {
        Ok(text) => Ok(SourceFile::new(display, text)),
        Err(e) => {
            let file = SourceFile::new(display.clone(), "");
            Err(Box::new(Diag::error(&file, Span::default(), format!("cannot read {what} `{display}`: {e}"), "")))
        }
    }
}

/// Closest candidate to a misspelt name, for "did you mean" help.
pub fn did_you_mean<'a>(name: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<String> {
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(name, c), c))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0).then_with(|| b.1.cmp(a.1)))
        .map(|(_, c)| format!("did you mean `{c}`?"))
}

/// `1 file`, `2 files`; `policy` becomes `policies`.
pub fn plural(n: usize, word: &str) -> String {
    match (n, word.strip_suffix('y')) {
        (1, _) => format!("{n} {word}"),
        (_, Some(stem)) if !stem.ends_with(['a', 'e', 'o', 'u']) => format!("{n} {stem}ies"),
        _ if word.ends_with("ch") || word.ends_with("sh") || word.ends_with(['s', 'x']) => format!("{n} {word}es"),
        _ => format!("{n} {word}s"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_excerpt_renders_as_its_whole_file() {
        let text: String = (1..=60).map(|n| format!("key{n}: \"valé {n}\u{1b}\"\r\n")).collect();
        let whole = SourceFile::new("big.yaml", text);
        let line = |n: usize| Span::new(whole.line_start(n - 1), whole.line_start(n) - 2);
        let at = |d: &mut Diag| {
            d.labels.push(Label { span: line(33).to(line(35)), text: "and these".into(), primary: false });
            d.labels.push(Label { span: line(57), text: "".into(), primary: false });
        };
        let mut full = Diag::error(&whole, line(30), "a finding", "this value");
        at(&mut full);
        // miette shows every line from the first label to the last.
        let excerpt = whole.excerpt([line(30).to(line(57))], crate::source::LINES_AROUND);
        assert!(excerpt.text.len() * 4 < whole.text.len() * 3);
        let mut cut = Diag::error(&excerpt, line(30), "a finding", "this value");
        at(&mut cut);
        let shown = render(&full, false, 100);
        assert!(shown.contains(" 30 │     key30") && shown.contains(" 57 │     key57"), "{shown}");
        assert_eq!(render(&cut, false, 100), shown);
        assert_eq!(render(&full.excerpted(), false, 100), shown);
        assert!(full.excerpted().file.text.len() * 4 < whole.text.len() * 3);
        // An excerpt of separate runs of lines: each snippet from its own.
        let runs = whole.excerpt([line(2), line(10), line(50)], crate::source::LINES_AROUND);
        for n in [2, 10, 50] {
            let shown = render(&Diag::error(&whole, line(n), "a finding", "this value"), false, 100);
            assert!(shown.contains(&format!(" {n} │ key{n}")), "{shown}");
            assert_eq!(render(&Diag::error(&runs, line(n), "a finding", "this value"), false, 100), shown);
        }
    }
}
