//! Every piece of free text in a case, in one place: what a privacy-limited copy must go
//! through, so that no field is forgotten when the model grows.

use std::borrow::Cow;

use super::{Case, CircleKind};

/// Whether a character can stand in a document: XML 1.0 (the Word copy) holds no control
/// character but tab and line breaks, and neither U+FFFE nor U+FFFF; the other control
/// characters (DEL, C1) it could hold are invisible junk from pasting, never meant.
fn fits_a_document(c: char) -> bool {
    match c {
        '\t' | '\n' | '\r' => true,
        '\u{FFFE}' | '\u{FFFF}' => false,
        c => !c.is_control(),
    }
}

/// `text` without what a document cannot hold: the line breaks other programs paste
/// (vertical tab, form feed, the Unicode line and paragraph separators) become line
/// breaks, and the other control characters go. Borrowed when nothing changed.
pub fn clean_text(text: &str) -> Cow<'_, str> {
    let breaks = |c: char| matches!(c, '\u{0B}' | '\u{0C}' | '\u{2028}' | '\u{2029}');
    if text.chars().all(|c| fits_a_document(c) && !breaks(c)) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .filter_map(|c| match c {
                c if breaks(c) => Some('\n'),
                c if fits_a_document(c) => Some(c),
                _ => None,
            })
            .collect(),
    )
}

impl Case {
    /// Cleans every text of what a document cannot hold ([`clean_text`]); returns how
    /// many texts changed.
    pub fn clean_texts(&mut self) -> usize {
        let mut changed = 0;
        for text in self.texts_mut() {
            if let Cow::Owned(clean) = clean_text(text) {
                *text = clean;
                changed += 1;
            }
        }
        changed
    }

    /// Mutable access to every text a person typed: names, items, notes, agreements.
    pub fn texts_mut(&mut self) -> Vec<&mut String> {
        let mut texts = vec![&mut self.child, &mut self.school, &mut self.group];
        for meeting in &mut self.meetings {
            texts.push(&mut meeting.intended_outcome);
            texts.push(&mut meeting.shared_interest);
            texts.push(&mut meeting.chair);
            for p in &mut meeting.participants {
                texts.extend([&mut p.name, &mut p.role, &mut p.organisation]);
            }
            let referral = &mut meeting.referral;
            texts.extend([&mut referral.by, &mut referral.when, &mut referral.reason]);
            for q in &mut meeting.questions {
                texts.extend([
                    &mut q.asked_by,
                    &mut q.question,
                    &mut q.why,
                    &mut q.decided,
                    &mut q.decided_by,
                ]);
            }
            for circle in &mut meeting.board.circles {
                if let CircleKind::Custom(title) = &mut circle.kind {
                    texts.push(title);
                }
                for item in &mut circle.items {
                    texts.push(&mut item.text);
                    texts.extend(item.said_by.as_mut());
                    texts.extend(item.also_said_by.iter_mut());
                }
            }
            texts.extend(meeting.board.arrows.iter_mut().map(|a| &mut a.note));
            texts.push(&mut meeting.insight);
            texts.extend(meeting.goals.iter_mut().map(|g| &mut g.text));
            for i in &mut meeting.inquiries {
                texts.extend([&mut i.what, &mut i.why, &mut i.who]);
            }
            texts.extend(meeting.needs.iter_mut().map(|n| &mut n.text));
            for s in &mut meeting.support_needs {
                texts.extend([&mut s.what, &mut s.how_often, &mut s.when, &mut s.how]);
            }
            texts.push(&mut meeting.summary);
            for a in &mut meeting.agreements {
                texts.extend([&mut a.who, &mut a.what, &mut a.why, &mut a.when, &mut a.how]);
                if let Some(review) = &mut a.review {
                    texts.push(&mut review.better);
                    if let Some(w) = &mut review.agreed {
                        texts.extend([&mut w.what, &mut w.when, &mut w.how]);
                    }
                }
                if let Some(w) = &mut a.earlier {
                    texts.extend([&mut w.what, &mut w.when, &mut w.how]);
                }
            }
            texts.extend(meeting.next.as_mut().map(|next| &mut next.place));
            texts.push(&mut meeting.evaluation.notes);
            for f in &mut meeting.evaluation.feedback {
                texts.extend([&mut f.participant, &mut f.top, &mut f.tip]);
            }
            for a in &mut meeting.evaluation.appreciations {
                texts.extend([&mut a.from, &mut a.to, &mut a.what]);
            }
        }
        texts
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn what_a_document_cannot_hold_is_cleaned_and_pasted_breaks_stay_breaks() {
        use super::clean_text;
        assert!(matches!(
            clean_text("Daan leest graag"),
            std::borrow::Cow::Borrowed(_)
        ));
        assert_eq!(clean_text("een\u{0B}twee\u{0C}drie"), "een\ntwee\ndrie");
        assert_eq!(clean_text("a\u{0}b\u{1B}[2Jc\u{7F}d\u{FFFF}"), "ab[2Jcd");
        assert_eq!(
            clean_text("tab\tregel\r\nZoë ☺ 王"),
            "tab\tregel\r\nZoë ☺ 王"
        );
    }

    /// Every string in the saved example, after all texts were overwritten, is either the
    /// marker, a checklist key or the case's identity (no one types it): no free-text field
    /// escapes `texts_mut`.
    #[test]
    fn every_text_of_the_example_is_reached() {
        let path =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/voorbeeld.uitzicht");
        let mut case = crate::storage::load(&path).unwrap().case;
        for text in case.texts_mut() {
            *text = "X".to_owned();
        }
        let ron = crate::storage::to_ron(&case, &path).unwrap();
        let keys: Vec<&str> = crate::model::GuideStep::ALL
            .iter()
            .flat_map(|step| step.points())
            .map(|point| point.0)
            .collect();
        let mut rest = ron.as_str();
        let mut strings = 0;
        while let Some(start) = rest.find('"') {
            let after = &rest[start + 1..];
            let end = after.find('"').unwrap();
            let literal = &after[..end];
            assert!(
                literal == "X"
                    || literal == case.id
                    || keys.contains(&literal)
                    || literal.parse::<jiff::civil::Date>().is_ok()
                    || literal.parse::<jiff::civil::Time>().is_ok(),
                "missed: {literal:?}"
            );
            strings += 1;
            rest = &after[end + 1..];
        }
        assert!(strings > 100, "the example has many texts ({strings})");
    }
}
