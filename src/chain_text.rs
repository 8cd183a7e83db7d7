//! The chain of one goal in words, in the order of the method: one wording for the form,
//! the projector and the report, so the table reads the same thing on each.

use crate::i18n::Texts;
use crate::model::{Agreement, Chain};
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

/// An agreement that serves the goal: who, what and its status, and how last time's review
/// went, which is what a follow-up asks per goal.
pub fn agreement_line(t: &Texts, agreement: &Agreement) -> String {
    let mut line = format!(
        "{}: {} ({})",
        agreement.who,
        agreement.what,
        status_name(agreement.status, t)
    );
    if let Some(review) = &agreement.review {
        line.push_str(&format!(" · {}", outcome_name(review.outcome, t)));
        if let Some(decision) = review.decision {
            line.push_str(&format!(" · {}", decision_name(decision, t)));
        }
    }
    line
}
