//! Every piece of free text in a case, in one place: what a privacy-limited copy must go
//! through, so that no field is forgotten when the model grows.

use super::{Case, CircleKind};

impl Case {
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
            for q in &mut meeting.questions {
                texts.extend([&mut q.asked_by, &mut q.question, &mut q.why]);
            }
            for circle in &mut meeting.board.circles {
                if let CircleKind::Custom(title) = &mut circle.kind {
                    texts.push(title);
                }
                texts.extend(circle.items.iter_mut().map(|i| &mut i.text));
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
                }
            }
            texts.push(&mut meeting.evaluation.notes);
            for f in &mut meeting.evaluation.feedback {
                texts.extend([&mut f.participant, &mut f.top, &mut f.tip]);
            }
        }
        texts
    }
}

#[cfg(test)]
mod tests {
    /// Every string in the saved example, after all texts were overwritten, is either the
    /// marker or a checklist key: no free-text field escapes `texts_mut`.
    #[test]
    fn every_text_of_the_example_is_reached() {
        let path =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/voorbeeld.mdo.ron");
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
