//! XML from outside (the parts of a Word document someone sends back), parsed only once it
//! is known to be shallow and small enough. roxmltree's parser descends one call per nested
//! element, so a few kilobytes of elements nested thousands deep would overflow the stack
//! (Windows gives a main thread 1 MB) and end the app with the chair's work in it.

/// Deeper than any Word document nests: a table in a table in a table is about 20 deep.
pub const MAX_DEPTH: usize = 256;
/// Elements, attributes and texts in one part: a filled-in sheet has a few thousand.
pub const MAX_NODES: u32 = 1_000_000;

/// Why a part was not parsed. (Said to the user in her words by whoever reads the part;
/// these are for a developer's message.)
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum XmlError {
    /// Elements nested deeper than [`MAX_DEPTH`].
    #[error("elements nested deeper than {MAX_DEPTH}")]
    TooDeep,
    /// More than [`MAX_NODES`] nodes.
    #[error("more than {MAX_NODES} nodes")]
    TooMany,
    /// Not well-formed XML (or a DTD, which no Word document has); the line it broke on.
    #[error("not well-formed XML at line {line}")]
    Broken { line: u32 },
}

/// Parses `xml` once a linear look has found it no deeper than [`MAX_DEPTH`].
pub fn parse(xml: &str) -> Result<roxmltree::Document<'_>, XmlError> {
    if deepest(xml, MAX_DEPTH) > MAX_DEPTH {
        return Err(XmlError::TooDeep);
    }
    let options = roxmltree::ParsingOptions {
        allow_dtd: false,
        nodes_limit: MAX_NODES,
    };
    roxmltree::Document::parse_with_options(xml, options).map_err(|error| match error {
        roxmltree::Error::NodesLimitReached => XmlError::TooMany,
        other => XmlError::Broken {
            line: other.pos().row,
        },
    })
}

/// How deep elements nest in `xml`, counted up to just past `limit`, in one pass. Comments,
/// CDATA, declarations and processing instructions are passed over, and quoted attribute
/// values too (they may hold a `>`), so an element is counted where a parser would open it.
fn deepest(xml: &str, limit: usize) -> usize {
    let bytes = xml.as_bytes();
    let (mut depth, mut deepest, mut at) = (0usize, 0usize, 0usize);
    let skip_past = |from: usize, end: &[u8]| {
        bytes[from..]
            .windows(end.len())
            .position(|w| w == end)
            .map_or(bytes.len(), |p| from + p + end.len())
    };
    while let Some(offset) = bytes[at..].iter().position(|&b| b == b'<') {
        let open = at + offset;
        let rest = &bytes[open + 1..];
        at = if rest.starts_with(b"!--") {
            skip_past(open, b"-->")
        } else if rest.starts_with(b"![CDATA[") {
            skip_past(open, b"]]>")
        } else if rest.starts_with(b"?") {
            skip_past(open, b"?>")
        } else if rest.starts_with(b"!") {
            skip_past(open, b">")
        } else if rest.starts_with(b"/") {
            depth = depth.saturating_sub(1);
            skip_past(open, b">")
        } else {
            // A start tag: find its end outside quotes; `/>` closes it at once.
            let mut quote = None;
            let mut end = bytes.len();
            for (i, &b) in rest.iter().enumerate() {
                match (quote, b) {
                    (None, b'"' | b'\'') => quote = Some(b),
                    (Some(q), _) if b == q => quote = None,
                    (None, b'>') => {
                        end = open + 1 + i;
                        break;
                    }
                    _ => {}
                }
            }
            if end > open + 1 && bytes[end - 1] != b'/' && end < bytes.len() {
                depth += 1;
                deepest = deepest.max(depth);
                if deepest > limit {
                    return deepest;
                }
            }
            end + 1
        };
        if at >= bytes.len() {
            break;
        }
    }
    deepest
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nested(depth: usize) -> String {
        format!(
            "<a>{}x{}</a>",
            "<b c='>'>".repeat(depth),
            "</b>".repeat(depth)
        )
    }

    #[test]
    fn depth_is_counted_as_a_parser_opens_elements() {
        assert_eq!(deepest("<a><b/><c>t</c><!-- <d><d><d> --></a>", 99), 2);
        assert_eq!(deepest("<a><![CDATA[<b><b>]]><?pi <b>?></a>", 99), 1);
        assert_eq!(deepest(&nested(10), 99), 11);
        // Counting stops just past the limit, whatever follows.
        assert_eq!(deepest(&nested(100_000), 5), 6);
    }

    #[test]
    fn elements_nested_past_the_limit_are_refused_before_parsing() {
        assert!(parse(&nested(MAX_DEPTH - 2)).is_ok());
        assert_eq!(parse(&nested(MAX_DEPTH)).unwrap_err(), XmlError::TooDeep);
        // Deep enough to overflow any main thread's stack if it were parsed.
        assert_eq!(parse(&nested(200_000)).unwrap_err(), XmlError::TooDeep);
    }

    #[test]
    fn broken_xml_and_a_dtd_say_on_which_line() {
        assert_eq!(
            parse("<a>\n<b></a>").unwrap_err(),
            XmlError::Broken { line: 2 }
        );
        let dtd = "<?xml version='1.0'?>\n<!DOCTYPE a [<!ENTITY e 'x'>]><a>&e;</a>";
        assert!(matches!(parse(dtd), Err(XmlError::Broken { .. })));
    }
}
