use serde::{Deserialize, Serialize};

/// Stable identity of an agreement within its meeting.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct AgreementId(pub u32);

impl AgreementId {
    /// The id for an agreement added to `agreements`: one no agreement there has.
    pub fn next(agreements: &[Agreement]) -> Self {
        Self(super::next_id(agreements.iter().map(|a| a.id.0)))
    }
}

/// A concrete agreement: the method's five W's (who, what, why, when, how).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Agreement {
    pub id: AgreementId,
    pub who: String,
    pub what: String,
    pub why: String,
    pub when: String,
    /// The day it is due, where the chair gave one: the caseload and the calendar count
    /// from it; `when` keeps the words people use ("voor de kerstvakantie").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub due: Option<super::Date>,
    pub how: String,
    pub status: AgreementStatus,
    /// Brought over from the previous meeting to be reviewed in this one.
    pub carried: bool,
    /// How the agreement worked out, written at the next meeting.
    pub review: Option<Review>,
    /// The goal the agreement carries out.
    pub goal: Option<super::GoalId>,
    /// What it said before the last review adjusted it, so that the next meeting sees what
    /// was agreed and what it became.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub earlier: Option<Wording>,
}

/// An agreement's wording: what, when and how.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Wording {
    pub what: String,
    pub when: String,
    pub how: String,
}

impl Wording {
    fn of(agreement: &Agreement) -> Self {
        Self {
            what: agreement.what.clone(),
            when: agreement.when.clone(),
            how: agreement.how.clone(),
        }
    }
}

impl Agreement {
    /// Done: marked done in its meeting, or found done when it was reviewed at the next.
    pub fn is_done(&self) -> bool {
        self.status == AgreementStatus::Done
            || self
                .review
                .as_ref()
                .is_some_and(|r| r.outcome == ReviewOutcome::Done)
    }

    /// Still running by its status (open or in progress): these go on to the next meeting.
    pub fn is_running(&self) -> bool {
        matches!(
            self.status,
            AgreementStatus::Open | AgreementStatus::InProgress
        )
    }
}

impl Default for Agreement {
    fn default() -> Self {
        Self {
            id: AgreementId(0),
            who: String::new(),
            what: String::new(),
            why: String::new(),
            when: String::new(),
            due: None,
            how: String::new(),
            status: AgreementStatus::Open,
            carried: false,
            review: None,
            goal: None,
            earlier: None,
        }
    }
}

/// Where an agreement stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum AgreementStatus {
    #[default]
    Open,
    InProgress,
    Done,
    Cancelled,
}

impl AgreementStatus {
    pub const ALL: [Self; 4] = [Self::Open, Self::InProgress, Self::Done, Self::Cancelled];
}

/// The look back at an agreement: did we do it, and does the approach work?
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Review {
    pub outcome: ReviewOutcome,
    /// Yes: continue. No: say what and how better. Unknown: not yet judged.
    pub approach_works: Option<bool>,
    /// What to do differently, and how, when the approach does not work.
    pub better: String,
    /// What happens to the agreement from now on; `None` until the chair decides.
    pub decision: Option<ReviewDecision>,
    /// The wording under review, kept when the decision rewrites it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agreed: Option<Wording>,
}

/// After the look back, the one decision about a carried agreement; it sets its status, so
/// that the review and the agreements tell one story.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ReviewDecision {
    /// Finished: it is closed (done, or let go).
    Closed,
    /// It goes on as it is, possibly until a new "when".
    Continues,
    /// It goes on in a better way: its what and how are rewritten.
    Adjusted,
}

impl ReviewDecision {
    pub const ALL: [Self; 3] = [Self::Closed, Self::Continues, Self::Adjusted];
}

impl Agreement {
    /// Records the decision after the review and sets the status it implies: a closed
    /// agreement is done (or cancelled when it was not carried out), one that goes on runs.
    pub fn decide(&mut self, decision: ReviewDecision) {
        let agreed = Wording::of(self);
        let review = self.review.get_or_insert_with(Review::default);
        // The wording as it was when first decided on, whatever is chosen after.
        let agreed = review.agreed.get_or_insert(agreed).clone();
        let before = review.decision.replace(decision);
        // What to do differently is asked once: adjusted, it becomes the new "how"; chosen
        // otherwise after all, the wording is as agreed again and what was typed stays
        // as what to do differently.
        if decision == ReviewDecision::Adjusted {
            if !review.better.trim().is_empty() && self.how == agreed.how {
                self.how = std::mem::take(&mut review.better);
            }
        } else if before == Some(ReviewDecision::Adjusted) && self.how != agreed.how {
            if review.better.trim().is_empty() {
                review.better = std::mem::replace(&mut self.how, agreed.how);
            } else {
                self.how = agreed.how;
            }
        }
        self.status = match decision {
            ReviewDecision::Closed if review.outcome == ReviewOutcome::NotDone => {
                AgreementStatus::Cancelled
            }
            ReviewDecision::Closed => AgreementStatus::Done,
            ReviewDecision::Continues => AgreementStatus::InProgress,
            ReviewDecision::Adjusted => AgreementStatus::Open,
        };
    }
}

impl Agreement {
    /// The wording this meeting's review looks back at: as it was before the review's
    /// decision rewrote it, or as it stands.
    pub fn under_review(&self) -> Wording {
        (self.review.as_ref())
            .and_then(|r| r.agreed.clone())
            .unwrap_or_else(|| Wording::of(self))
    }

    /// The wording this meeting's review started from, when the review changed it.
    pub fn reworded_from(&self) -> Option<&Wording> {
        let agreed = self.review.as_ref()?.agreed.as_ref()?;
        (*agreed != Wording::of(self)).then_some(agreed)
    }
}

/// Whether an agreement was carried out.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ReviewOutcome {
    Done,
    Partly,
    NotDone,
    #[default]
    NotReviewed,
}

#[cfg(test)]
mod tests {
    #[test]
    fn what_to_do_differently_is_asked_once_and_becomes_the_new_how() {
        let mut agreement = Agreement {
            what: "Twee huisbezoeken".to_owned(),
            how: "Thuis, met beide ouders".to_owned(),
            review: Some(Review {
                approach_works: Some(false),
                better: "Elke week een kort telefoontje".to_owned(),
                ..Review::default()
            }),
            ..Agreement::default()
        };
        agreement.decide(ReviewDecision::Adjusted);
        assert_eq!(agreement.how, "Elke week een kort telefoontje");
        let review = agreement.review.clone().unwrap();
        assert_eq!(review.better, "", "not kept twice");
        assert_eq!(review.agreed.unwrap().how, "Thuis, met beide ouders");
        // Changed the mind: the wording is as agreed again, and nothing typed is lost.
        agreement.decide(ReviewDecision::Continues);
        assert_eq!(agreement.how, "Thuis, met beide ouders");
        assert_eq!(
            agreement.review.as_ref().unwrap().better,
            "Elke week een kort telefoontje"
        );
        // A "how" typed anew after adjusting is not overwritten by the better text.
        agreement.decide(ReviewDecision::Adjusted);
        agreement.how = "Op donderdag bellen".to_owned();
        agreement.decide(ReviewDecision::Adjusted);
        assert_eq!(agreement.how, "Op donderdag bellen");
    }

    use super::*;

    #[test]
    fn the_decision_after_the_review_sets_the_status() {
        let mut agreement = Agreement {
            review: Some(Review {
                outcome: ReviewOutcome::Done,
                ..Review::default()
            }),
            ..Agreement::default()
        };
        agreement.decide(ReviewDecision::Continues);
        assert_eq!(agreement.status, AgreementStatus::InProgress);
        assert!(agreement.is_running() && agreement.is_done());
        agreement.decide(ReviewDecision::Closed);
        assert_eq!(agreement.status, AgreementStatus::Done);
        assert!(!agreement.is_running());
        agreement.review.as_mut().unwrap().outcome = ReviewOutcome::NotDone;
        agreement.decide(ReviewDecision::Closed);
        assert_eq!(agreement.status, AgreementStatus::Cancelled);
        agreement.decide(ReviewDecision::Adjusted);
        assert_eq!(agreement.status, AgreementStatus::Open);
        assert_eq!(
            agreement.review.as_ref().and_then(|r| r.decision),
            Some(ReviewDecision::Adjusted)
        );
    }

    #[test]
    fn an_adjusted_agreement_keeps_what_was_agreed() {
        let mut agreement = Agreement {
            what: "Elke dag duolezen".to_owned(),
            when: "tot de herfstvakantie".to_owned(),
            ..Agreement::default()
        };
        agreement.decide(ReviewDecision::Continues);
        assert_eq!(agreement.reworded_from(), None, "nothing changed yet");
        agreement.decide(ReviewDecision::Adjusted);
        agreement.what = "Drie keer per week duolezen".to_owned();
        // Typing the new wording after a second choice still keeps the first.
        agreement.decide(ReviewDecision::Adjusted);
        let before = agreement.reworded_from().unwrap();
        assert_eq!(before.what, "Elke dag duolezen");
        assert_eq!(before.when, "tot de herfstvakantie");
    }
}
