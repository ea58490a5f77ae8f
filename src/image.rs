//! Container image references (`registry:5000/team/app:1.2@sha256:…`), split
//! into image, tag and digest: read by the Dockerfile loader for `FROM` and by
//! the `parse_image` built-in for any image a document names.

/// An image reference split into its parts; each part has its offset in the
/// reference text.
#[derive(Debug, Default, PartialEq)]
pub struct ImageRef<'t> {
    pub image: (&'t str, usize),
    pub tag: Option<(&'t str, usize)>,
    pub digest: Option<(&'t str, usize)>,
}

/// `registry:5000/team/app:1.2@sha256:…`: the tag is after the last `:` that
/// follows the last `/`; `${…}` groups are skipped so that `${V:-x}` is one piece.
pub fn image_ref(s: &str) -> ImageRef<'_> {
    let (name, digest) = match find_outside_vars(s, '@', Occurrence::First) {
        Some(at) => (&s[..at], Some((&s[at + 1..], at + 1))),
        None => (s, None),
    };
    let last_slash = find_outside_vars(name, '/', Occurrence::Last).map_or(0, |i| i + 1);
    let tag_at = find_outside_vars(&name[last_slash..], ':', Occurrence::Last).map(|i| i + last_slash);
    match tag_at {
        Some(at) => ImageRef { image: (&name[..at], 0), tag: Some((&name[at + 1..], at + 1)), digest },
        None => ImageRef { image: (name, 0), tag: None, digest },
    }
}

/// Which occurrence of a character `find_outside_vars` looks for.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Occurrence {
    First,
    Last,
}

/// The first (or last) index of `c` in `s` that is not inside `${…}`.
fn find_outside_vars(s: &str, c: char, which: Occurrence) -> Option<usize> {
    let mut depth = 0usize;
    let mut found = None;
    let bytes = s.as_bytes();
    for (i, ch) in s.char_indices() {
        match ch {
            '{' if i > 0 && bytes[i - 1] == b'$' => depth += 1,
            '}' if depth > 0 => depth -= 1,
            _ if ch == c && depth == 0 => {
                found = Some(i);
                if which == Occurrence::First {
                    break;
                }
            }
            _ => {}
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn image_references() {
        let r = image_ref("registry:5000/team/app:1.2@sha256:abc");
        assert_eq!(r.image.0, "registry:5000/team/app");
        assert_eq!(r.tag, Some(("1.2", 23)));
        assert_eq!(r.digest.map(|d| d.0), Some("sha256:abc"));
        assert_eq!(image_ref("python:${V:-3.12}-slim").tag.map(|t| t.0), Some("${V:-3.12}-slim"));
        assert_eq!(image_ref("ubuntu").tag, None);
    }
}
