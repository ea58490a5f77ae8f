//! Annotations written as comments in checked files and fixtures: `expect:` in
//! fixtures, `attest-waive` waivers. One scanner for both, working on lines so
//! that it serves every format with `#` or `//` comments.

/// Each line with its byte offset, without its line break.
pub fn lines(text: &str) -> Vec<(usize, &str)> {
    let mut offset = 0;
    text.split_inclusive('\n')
        .map(|l| {
            let start = offset;
            offset += l.len();
            (start, l.trim_end_matches(['\n', '\r']))
        })
        .collect()
}

const MARKERS: &[&str] = &["#", "//"];

/// A line with something on it other than a comment.
pub fn has_content(line: &str) -> bool {
    let t = line.trim();
    !t.is_empty() && !MARKERS.iter().any(|m| t.starts_with(m))
}

/// A comment whose text starts with `keyword` (after optional spaces): the offset
/// of the comment marker and of the text after the keyword.
pub fn find(line: &str, keyword: &str) -> Option<(usize, usize)> {
    for m in MARKERS {
        let mut from = 0;
        while let Some(i) = line[from..].find(m) {
            let at = from + i;
            let rest = line[at + m.len()..].trim_start();
            if let Some(after) = rest.strip_prefix(keyword) {
                return Some((at, line.len() - after.len()));
            }
            from = at + m.len();
        }
    }
    None
}

/// The line an annotation on line `i` applies to: its own when it follows
/// content, else the next line with content.
pub fn target(lines: &[(usize, &str)], i: usize, marker_at: usize) -> Option<usize> {
    let (_, line) = lines[i];
    if !line[..marker_at].trim().is_empty() {
        return Some(i);
    }
    (i + 1..lines.len()).find(|&j| has_content(lines[j].1))
}

fn indent(line: &str) -> usize {
    line.len() - line.trim_start().len()
}

/// The last line of the block that starts at line `start`: the lines after it
/// that are indented deeper, or are blank or comments.
pub fn block_end(lines: &[(usize, &str)], start: usize) -> usize {
    let base = indent(lines[start].1);
    let mut end = start;
    for (j, (_, l)) in lines.iter().enumerate().skip(start + 1) {
        if !has_content(l) {
            continue;
        }
        if indent(l) <= base {
            // A closing bracket at the header's indentation still belongs to it.
            if l.trim_start().starts_with(['}', ']', ')']) {
                end = j;
            }
            break;
        }
        end = j;
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_follow_indentation() {
        let text = "a:\n  b: 1\n\n  # c\n  d: 2\ne: 3\nresource \"x\" \"y\" {\n  k = 1\n}\n";
        let l = lines(text);
        assert_eq!(block_end(&l, 0), 4);
        assert_eq!(block_end(&l, 5), 5);
        assert_eq!(block_end(&l, 6), 8);
    }

    #[test]
    fn finds_keywords_in_either_comment_style() {
        assert_eq!(find("a: 1 # expect: x", "expect:"), Some((5, 14)));
        assert_eq!(find("  // attest-waive x: y", "attest-waive"), Some((2, 17)));
        assert_eq!(find("url: http://example.com", "expect:"), None);
    }
}
