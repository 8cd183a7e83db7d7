use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

/// The chair's guide: preparation and the six steps of an MDO, in order.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum GuideStep {
    #[default]
    Preparation,
    /// 1. Start: positive opening, who is here, goals and time box.
    Start,
    /// 2. Analysis: overview (+ and −) and insight (how circles affect each other).
    Analysis,
    /// 3. Goals (uitzicht).
    Goals,
    /// 4. Educational and parenting needs.
    Needs,
    /// 5. Support needs of teacher, IB/zoco and parents.
    SupportNeeds,
    /// 6. Summary, agreements and evaluation.
    Close,
}

/// One point a chair ticks off; its key is what the case file stores.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ChecklistPoint(pub &'static str);

impl GuideStep {
    pub const ALL: [Self; 7] = [
        Self::Preparation,
        Self::Start,
        Self::Analysis,
        Self::Goals,
        Self::Needs,
        Self::SupportNeeds,
        Self::Close,
    ];

    /// The step's number in the method; preparation comes before step 1.
    /// The share of the meeting's time a step may take, in percent; the steps of the
    /// meeting itself add up to 100 (preparation happens before the clock runs).
    pub fn time_share_percent(self) -> u32 {
        match self {
            Self::Preparation => 0,
            Self::Start => 10,
            Self::Analysis => 35,
            Self::Goals => 15,
            Self::Needs => 15,
            Self::SupportNeeds => 10,
            Self::Close => 15,
        }
    }

    pub fn number(self) -> Option<u8> {
        match self {
            Self::Preparation => None,
            Self::Start => Some(1),
            Self::Analysis => Some(2),
            Self::Goals => Some(3),
            Self::Needs => Some(4),
            Self::SupportNeeds => Some(5),
            Self::Close => Some(6),
        }
    }

    pub fn next(self) -> Option<Self> {
        let index = Self::ALL.iter().position(|s| *s == self)?;
        Self::ALL.get(index + 1).copied()
    }

    pub fn previous(self) -> Option<Self> {
        let index = Self::ALL.iter().position(|s| *s == self)?;
        index.checked_sub(1).and_then(|i| Self::ALL.get(i).copied())
    }

    /// The points of this step, in the order the chair meets them. Keys never change:
    /// the case file stores them.
    pub fn points(self) -> &'static [ChecklistPoint] {
        const PREPARATION: &[ChecklistPoint] = &[
            ChecklistPoint("prep.participants"),
            ChecklistPoint("prep.goals"),
            ChecklistPoint("prep.inform"),
            ChecklistPoint("prep.timebox"),
        ];
        const START: &[ChecklistPoint] = &[
            ChecklistPoint("start.welcome"),
            ChecklistPoint("start.introductions"),
            ChecklistPoint("start.shared-interest"),
            ChecklistPoint("start.meeting-goals"),
            ChecklistPoint("start.extra-questions"),
            ChecklistPoint("start.timebox"),
        ];
        const ANALYSIS: &[ChecklistPoint] = &[
            ChecklistPoint("analysis.summarise-known"),
            ChecklistPoint("analysis.positives-first"),
            ChecklistPoint("analysis.additions-examples"),
            ChecklistPoint("analysis.links"),
            ChecklistPoint("analysis.fit"),
        ];
        const GOALS: &[ChecklistPoint] = &[
            ChecklistPoint("goals.build-on"),
            ChecklistPoint("goals.change"),
            ChecklistPoint("goals.can-we"),
        ];
        const NEEDS: &[ChecklistPoint] = &[
            ChecklistPoint("needs.child"),
            ChecklistPoint("needs.school"),
            ChecklistPoint("needs.home"),
            ChecklistPoint("needs.other"),
            ChecklistPoint("needs.everyone"),
        ];
        const SUPPORT: &[ChecklistPoint] = &[
            ChecklistPoint("support.teacher"),
            ChecklistPoint("support.parents"),
            ChecklistPoint("support.concrete"),
            ChecklistPoint("support.realistic"),
        ];
        const CLOSE: &[ChecklistPoint] = &[
            ChecklistPoint("close.summary"),
            ChecklistPoint("close.agreements"),
            ChecklistPoint("close.evaluate"),
            ChecklistPoint("close.tops-tips"),
        ];
        match self {
            Self::Preparation => PREPARATION,
            Self::Start => START,
            Self::Analysis => ANALYSIS,
            Self::Goals => GOALS,
            Self::Needs => NEEDS,
            Self::SupportNeeds => SUPPORT,
            Self::Close => CLOSE,
        }
    }
}

/// Where the chair is in the guide, and what has been ticked off.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct GuideProgress {
    pub current: GuideStep,
    /// Keys of ticked [`ChecklistPoint`]s. Kept as text so that a file with points this
    /// version does not know still loads.
    pub ticked: BTreeSet<String>,
    /// When the current step began, for the meeting clock.
    pub step_started: Option<super::Time>,
}

impl GuideProgress {
    pub fn is_ticked(&self, point: ChecklistPoint) -> bool {
        self.ticked.contains(point.0)
    }

    pub fn set_ticked(&mut self, point: ChecklistPoint, ticked: bool) {
        if ticked {
            self.ticked.insert(point.0.to_owned());
        } else {
            self.ticked.remove(point.0);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_walk_in_order_and_point_keys_are_unique() {
        assert_eq!(GuideStep::Preparation.previous(), None);
        assert_eq!(GuideStep::Close.next(), None);
        let mut step = GuideStep::Preparation;
        let mut walked = vec![step];
        while let Some(next) = step.next() {
            assert_eq!(next.previous(), Some(step));
            walked.push(next);
            step = next;
        }
        assert_eq!(walked, GuideStep::ALL);
        assert_eq!(
            GuideStep::ALL
                .iter()
                .map(|s| s.time_share_percent())
                .sum::<u32>(),
            100
        );
        let mut keys = BTreeSet::new();
        for step in GuideStep::ALL {
            assert!(!step.points().is_empty());
            for point in step.points() {
                assert!(keys.insert(point.0), "duplicate key {}", point.0);
            }
        }
    }
}
