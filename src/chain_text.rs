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
    let needs = (chain.needs.iter()).map(|n| format!("{}: {}", area_name(n.area, t), n.text));
    let support = (chain.support.iter()).map(|s| format!("{}: {}", support_name(s.of, t), s.what));
    builds_on
        .chain(changes)
        .chain(needs)
        .chain(support)
        .collect()
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
}
