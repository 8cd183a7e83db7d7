//! The chain of one goal in words, in the order of the method: one wording for the form,
//! the projector and the report, so the table reads the same thing on each.

use crate::i18n::{Texts, fill};
use crate::model::{Agreement, Chain, Wording};
use crate::names::{area_name, decision_name, outcome_name, status_name, support_name};

/// What the goal builds on and changes, then the needs and the support that serve it.
pub fn link_lines(t: &Texts, chain: &Chain<'_>) -> Vec<String> {
    let builds_on =
        (chain.builds_on.iter()).map(|i| format!("{}: + {}", t.chain_builds_on, i.text));
    let changes = (chain.changes.iter()).map(|i| format!("{}: − {}", t.chain_changes, i.text));
    let needs =
        (chain.needs.iter()).map(|n| format!("{}: {}", area_name(n.area, t), need_line(n, t)));
    let support = (chain.support.iter()).map(|s| format!("{}: {}", support_name(s.of, t), s.what));
    builds_on
        .chain(changes)
        .chain(needs)
        .chain(support)
        .collect()
}

/// A need as every place shows it: "Dit kind heeft nodig: …", whether it was typed after
/// "+ Behoefte" or made from a − item (which a file of an earlier version began with
/// "Heeft nodig:" itself).
pub fn need_line(need: &crate::model::Need, t: &Texts) -> String {
    let text = need.text.trim();
    let lower = text.to_lowercase();
    let said = ["heeft nodig:", "heeft nodig", "needs:", "needs"]
        .iter()
        .find(|prefix| lower.starts_with(*prefix))
        .and_then(|prefix| text.get(prefix.len()..))
        .unwrap_or(text)
        .trim_start();
    // A need written whole as a sentence ("Daan heeft teksten nodig die…") says it already.
    let lower = said.to_lowercase();
    if lower.contains("nodig") || lower.contains("need") {
        return said.to_owned();
    }
    fill(t.need_line, &[("text", &said)])
}

/// An agreement's wording on one line: what, then when and how where they were said.
pub fn wording_line(wording: &Wording) -> String {
    let mut line = wording.what.clone();
    let details: Vec<&str> = [&wording.when, &wording.how]
        .into_iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect();
    if !details.is_empty() {
        line = format!("{line} — {}", details.join(" · "));
    }
    line
}

/// An agreement that serves the goal: who, what and its status, and how last time's review
/// went, which is what a follow-up asks per goal.
pub fn agreement_line(t: &Texts, agreement: &Agreement) -> String {
    let status = status_name(agreement.status, t);
    let said = match &agreement.review {
        // One sentence, last time then now, so "gedaan" and "open" do not read as a clash.
        Some(review) => {
            let outcome = match review.decision {
                Some(decision) => format!(
                    "{}, {}",
                    outcome_name(review.outcome, t),
                    decision_name(decision, t)
                ),
                None => outcome_name(review.outcome, t).to_owned(),
            };
            let values: [(&str, &dyn std::fmt::Display); 2] =
                [("outcome", &outcome), ("status", &status)];
            fill(t.chain_reviewed, &values)
        }
        None => status.to_owned(),
    };
    match agreement.reworded_from() {
        Some(before) => {
            let before = fill(t.agreed_before, &[("what", &before.what)]);
            format!("{}: {} ({before}; {said})", agreement.who, agreement.what)
        }
        None => format!("{}: {} ({said})", agreement.who, agreement.what),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::NL;
    use crate::model::{AgreementStatus, Review, ReviewDecision, ReviewOutcome};

    #[test]
    fn a_reviewed_agreement_reads_as_one_sentence_last_time_then_now() {
        let mut agreement = Agreement {
            who: "Sanne Mulder".to_owned(),
            what: "Elke dag duolezen".to_owned(),
            status: AgreementStatus::Open,
            ..Agreement::default()
        };
        assert_eq!(
            agreement_line(&NL, &agreement),
            "Sanne Mulder: Elke dag duolezen (open)"
        );
        agreement.review = Some(Review {
            outcome: ReviewOutcome::Done,
            approach_works: Some(true),
            better: String::new(),
            decision: Some(ReviewDecision::Adjusted),
            agreed: None,
        });
        assert_eq!(
            agreement_line(&NL, &agreement),
            "Sanne Mulder: Elke dag duolezen (vorige keer gedaan, aangepast; nu open)"
        );
        // Reworded at the review: what it said before stays in the line.
        agreement.decide(ReviewDecision::Adjusted);
        agreement.what = "Drie keer per week duolezen".to_owned();
        assert_eq!(
            agreement_line(&NL, &agreement),
            "Sanne Mulder: Drie keer per week duolezen (eerder afgesproken: Elke dag duolezen; \
             vorige keer gedaan, aangepast; nu open)"
        );
    }

    #[test]
    fn a_need_reads_the_same_however_it_was_made() {
        use crate::i18n::{EN, NL};
        use crate::model::Need;
        let typed = Need {
            text: "een leerkracht die de opdracht voorleest".to_owned(),
            ..Need::default()
        };
        let from_item_earlier = Need {
            text: "Heeft nodig: een leerkracht die de opdracht voorleest".to_owned(),
            ..Need::default()
        };
        let expected = "Dit kind heeft nodig: een leerkracht die de opdracht voorleest";
        assert_eq!(need_line(&typed, &NL), expected);
        assert_eq!(need_line(&from_item_earlier, &NL), expected);
        let english = Need {
            text: "Needs: a quiet place".to_owned(),
            ..Need::default()
        };
        assert_eq!(need_line(&english, &EN), "This child needs: a quiet place");
        // Written whole as a sentence in a file of before: said once, not twice.
        let whole = Need {
            text: "Daan heeft teksten nodig die vooraf zijn doorgelezen.".to_owned(),
            ..Need::default()
        };
        assert_eq!(need_line(&whole, &NL), whole.text);
    }
}
