//! `jsondecode` and `yamldecode` of a known string, through attest's own
//! loaders. The values they make point at the expression that decodes them,
//! as every value evaluation makes does: a place in the string would be no
//! place in the file.

use super::Args;
use crate::doc::Value as V;
use crate::platform::terraform::resolve::Env;
use crate::source::Span;

/// The longest text `jsondecode` and `yamldecode` decode.
const MAX_DECODED_TEXT: usize = 1 << 20;

/// `jsondecode`: text that is not JSON is an error. `yamldecode`: a single
/// YAML document; one that YAML 1.1, which Terraform reads, could read
/// otherwise than attest's YAML 1.2 loader (see `load::yaml_value`), or
/// that it does not take, is not known.
pub(super) fn decode(name: &str, args: &Args<'_>, env: &mut Env) -> Option<V> {
    if args.len() != 1 {
        return None;
    }
    let text = args.text(0, env)?;
    // Decoded nodes are many more than the text's bytes charge: a text of
    // more than a mebibyte is not decoded (`yamldecode` also stops at
    // 100,000 nodes).
    if text.len() > MAX_DECODED_TEXT {
        return None;
    }
    let decoded = match name {
        "jsondecode" => crate::load::json_value(&text, Span::default()).or_else(|| env.fail())?,
        _ => crate::load::yaml_value(&text, Span::default())?,
    };
    Some(decoded.value)
}
