//! Here-documents of `RUN` instructions, read before parse-dockerfile sees the file.
//!
//! parse-dockerfile 0.1.9 reads a `RUN` here-document only when `<<EOF` is the
//! first word of the command and the only one; `RUN cat <<EOF > /etc/x` and
//! `RUN python3 <<'EOF'` are common and would otherwise be parse errors on
//! valid files. So this pass finds every `RUN` here-document itself, as BuildKit
//! does (bodies follow the instruction's last line, in marker order), and hands
//! the parser a copy of the text where the markers and body lines are masked to
//! the same number of bytes: every span stays valid in the real text. `COPY` and
//! `ADD` here-documents are left to the parser, which reads them well; this pass
//! only steps over their bodies so it does not take a body line for an instruction.

use super::super::LoadError;
use crate::source::Span;
use std::collections::HashMap;

/// One here-document of a `RUN` instruction.
#[derive(Debug, Clone)]
pub(super) struct Heredoc {
    /// `<<EOF`, `<<-EOF`, `<<'EOF'` as written.
    pub marker: Span,
    /// The body lines, without the closing delimiter line.
    pub body: Span,
    /// `<<-`: leading tabs are removed from body lines.
    pub strip_tabs: bool,
}

impl Heredoc {
    pub fn value(&self, text: &str) -> String {
        let body = text.get(self.body.range()).unwrap_or("");
        if self.strip_tabs { body.split_inclusive('\n').map(|l| l.trim_start_matches('\t')).collect() } else { body.to_string() }
    }
}

pub(super) struct Prescan {
    /// The text to give the parser, when it differs from the file.
    pub masked: Option<String>,
    /// Here-documents by the offset of their `RUN` keyword.
    pub runs: HashMap<usize, Vec<Heredoc>>,
}

struct Marker {
    span: Span,
    delimiter: String,
    strip_tabs: bool,
}

/// The line at `at`: its start, its end (before `\n`), and the start of the next.
fn line_at(text: &str, at: usize) -> (usize, usize, usize) {
    match text[at..].find('\n') {
        Some(n) => (at, at + n, at + n + 1),
        None => (at, text.len(), text.len()),
    }
}

fn ends_with_escape(line: &str, escape: char) -> bool {
    line.trim_end_matches([' ', '\t', '\r']).ends_with(escape)
}

pub(super) fn prescan(text: &str, escape: char) -> Result<Prescan, LoadError> {
    let mut runs = HashMap::new();
    let mut markers_at: Vec<usize> = Vec::new();
    let mut bodies: Vec<Span> = Vec::new();
    let mut pos = 0;
    while pos < text.len() {
        let (start, end, next) = line_at(text, pos);
        let line = &text[start..end];
        let trimmed = line.trim_start();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            pos = next;
            continue;
        }
        let inst = end - trimmed.len();
        // The instruction's last physical line: follow continuations, stepping over
        // the comment and blank lines Docker drops inside them.
        let (mut last_end, mut after) = (end, next);
        let mut cont = ends_with_escape(line, escape);
        while cont && after < text.len() {
            let (s, e, n) = line_at(text, after);
            after = n;
            let l = text[s..e].trim_start();
            if l.is_empty() || l.starts_with('#') {
                continue;
            }
            last_end = e;
            cont = ends_with_escape(&text[s..e], escape);
        }
        let keyword: String = trimmed.chars().take_while(|c| c.is_ascii_alphabetic()).collect::<String>().to_ascii_uppercase();
        if matches!(keyword.as_str(), "RUN" | "COPY" | "ADD") {
            let args = inst + keyword.len();
            let markers = markers(text, args, last_end, escape);
            let mut at = after;
            let mut docs = Vec::new();
            for m in &markers {
                let body_start = at;
                let mut closed = false;
                while at < text.len() {
                    let (s, e, n) = line_at(text, at);
                    let l = text[s..e].trim_end_matches('\r');
                    let l = if m.strip_tabs { l.trim_start_matches('\t') } else { l };
                    at = n;
                    if l == m.delimiter {
                        docs.push(Heredoc { marker: m.span, body: Span::new(body_start, s), strip_tabs: m.strip_tabs });
                        closed = true;
                        break;
                    }
                }
                if !closed {
                    if keyword == "RUN" {
                        return Err(LoadError::at(
                            m.span,
                            format!(
                                "invalid Dockerfile: here-document `{}` is never closed (no line `{}` follows)",
                                m.delimiter, m.delimiter
                            ),
                        ));
                    }
                    // The parser reports an unclosed `COPY` here-document itself.
                    break;
                }
            }
            if keyword == "RUN" && !docs.is_empty() {
                markers_at.extend(docs.iter().map(|d| d.marker.start as usize));
                bodies.push(Span::new(after, at));
                runs.insert(inst, docs);
            }
            after = after.max(at);
        }
        pos = after;
    }
    let masked = if bodies.is_empty() { None } else { Some(mask(text, &markers_at, &bodies)) };
    Ok(Prescan { masked, runs })
}

/// The text with `<<` of markers made `__` and body lines made comments, byte for
/// byte the same length.
fn mask(text: &str, markers: &[usize], bodies: &[Span]) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for &m in markers {
        if let Some(two) = bytes.get_mut(m..m + 2) {
            two.fill(b'_');
        }
    }
    for body in bodies {
        let mut line_start = true;
        for b in bytes.get_mut(body.range()).unwrap_or_default() {
            if *b == b'\n' {
                line_start = true;
                continue;
            }
            *b = if line_start { b'#' } else { b' ' };
            line_start = false;
        }
    }
    // Only whole lines and ASCII `<<` were replaced, each by ASCII bytes.
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// Here-document markers in `text[from..to]`: a word starting with `<<` (after
/// optional digits), not `<<<`, outside quotes. Exec form (`[...]`) has none.
fn markers(text: &str, from: usize, to: usize, escape: char) -> Vec<Marker> {
    let s = &text[from..to];
    let b = s.as_bytes();
    // The escape directive allows only `\` and `` ` ``, both ASCII; bytes are
    // compared so that no slice ever starts inside a multi-byte character.
    let esc = u8::try_from(escape).unwrap_or(b'\\');
    let mut i = 0;
    // Flags (`--mount=...`) come first; then a `[` means exec form.
    loop {
        while i < b.len() && (b[i] == b' ' || b[i] == b'\t') {
            i += 1;
        }
        if b[i..].starts_with(b"--") {
            while i < b.len() && !b[i].is_ascii_whitespace() {
                i += 1;
            }
            continue;
        }
        break;
    }
    if b[i..].starts_with(b"[") {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut quote: Option<u8> = None;
    while i < b.len() {
        let c = b[i];
        match quote {
            Some(q) if c == q => quote = None,
            Some(b'"') if c == esc => i += 1,
            Some(_) => {}
            None if c == esc => i += 1,
            None if c == b'"' || c == b'\'' => quote = Some(c),
            None if b[i..].starts_with(b"<<") && !b[i..].starts_with(b"<<<") && word_start(b, i) => {
                if let Some((m, end)) = marker(s, i, from) {
                    out.push(m);
                    i = end;
                    continue;
                }
            }
            None => {}
        }
        i += 1;
    }
    out
}

/// `<<` starts a word: it follows a blank, or digits that follow a blank.
fn word_start(b: &[u8], i: usize) -> bool {
    let mut j = i;
    while j > 0 && b[j - 1].is_ascii_digit() {
        j -= 1;
    }
    j == 0 || b[j - 1].is_ascii_whitespace()
}

fn marker(s: &str, at: usize, base: usize) -> Option<(Marker, usize)> {
    let mut j = at + 2;
    let strip_tabs = s[j..].starts_with('-');
    if strip_tabs {
        j += 1;
    }
    let (delimiter, end) = match s[j..].chars().next() {
        Some(q @ ('\'' | '"')) => {
            let close = s[j + 1..].find(q)?;
            (s[j + 1..j + 1 + close].to_string(), j + close + 2)
        }
        _ => {
            let len = s[j..].find(|c: char| c.is_whitespace() || "<>;|&()".contains(c)).unwrap_or(s.len() - j);
            (s[j..j + len].to_string(), j + len)
        }
    };
    if delimiter.is_empty() {
        return None;
    }
    Some((Marker { span: Span::new(base + at, base + end), delimiter, strip_tabs }, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bodies(text: &str) -> Vec<(String, String)> {
        let p = prescan(text, '\\').expect("prescan");
        let mut out: Vec<(usize, Heredoc)> = p.runs.into_iter().flat_map(|(k, v)| v.into_iter().map(move |h| (k, h))).collect();
        out.sort_by_key(|(k, h)| (*k, h.marker.start));
        out.into_iter().map(|(_, h)| (text[h.marker.range()].to_string(), h.value(text))).collect()
    }

    #[test]
    fn markers_anywhere_in_the_command() {
        let text = "FROM a\nRUN cat <<EOF > /x && python3 <<-'PY'\nhello\nEOF\n\tprint(1)\n\tPY\nRUN echo \"<<no\" $((1<<2))\n";
        assert_eq!(bodies(text), [("<<EOF".to_string(), "hello\n".to_string()), ("<<-'PY'".to_string(), "print(1)\n".to_string())]);
        let masked = prescan(text, '\\').expect("prescan").masked.expect("masked");
        assert_eq!(masked.len(), text.len());
        assert!(masked.contains("RUN cat __EOF > /x && python3 __-'PY'\n#    \n#  \n#        \n#  \n"));
    }

    #[test]
    fn here_strings_exec_form_and_copy_are_left_alone() {
        let text = "FROM a\nRUN cat <<< x\nRUN [\"sh\", \"-c\", \"cat <<EOF\"]\nCOPY <<EOF /x\nRUN inside\nEOF\n";
        let p = prescan(text, '\\').expect("prescan");
        assert!(p.masked.is_none());
        assert!(p.runs.is_empty());
    }

    #[test]
    fn an_unclosed_here_document_is_an_error_at_its_marker() {
        let e = prescan("FROM a\nRUN <<EOF\nx\n", '\\').err().expect("error");
        assert_eq!(e.span, Some(Span::new(11, 16)));
    }
}
