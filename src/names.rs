//! The words for the model's kinds of things (marker kinds, spirals, areas, statuses, the
//! guide's steps and points), in the user's language: one place for screen and print.

use crate::i18n::{Texts, fill};
use crate::model::{
    AgreementStatus, Area, CircleKind, GuideStep, ItemKind, ReviewDecision, ReviewOutcome, Spiral,
    SupportFor,
};

/// "3. School/onderwijs → 2. Kind/jongere: versterkt": an arrow as words, in the report, on the
/// continuation sheet and on the projector's page after the board.
pub fn arrow_line(arrow: &crate::model::Arrow, board: &crate::model::Board, t: &Texts) -> String {
    let title = |id| {
        board
            .circle(id)
            .map(|c| circle_title(&c.kind, t))
            .unwrap_or_default()
    };
    fill(
        t.arrow_line,
        &[
            ("from", &title(arrow.from)),
            ("to", &title(arrow.to)),
            ("spiral", &spiral_name(arrow.spiral, t)),
        ],
    )
}

/// The title of a circle as the sheet shows it: the method's number and name, or the
/// participants' own title.
pub fn circle_title(kind: &CircleKind, t: &Texts) -> String {
    match kind {
        CircleKind::Child => format!("2. {}", t.circle_child),
        CircleKind::School => format!("3. {}", t.circle_school),
        CircleKind::Home => format!("4. {}", t.circle_home),
        CircleKind::Custom(title) => title.clone(),
    }
}

pub fn kind_name(kind: ItemKind, t: &Texts) -> &'static str {
    match kind {
        ItemKind::GoingWell => t.kind_going_well,
        ItemKind::MustImprove => t.kind_must_improve,
        ItemKind::Goal => t.kind_goal,
        ItemKind::Question => t.kind_question,
    }
}

pub fn spiral_name(spiral: Spiral, t: &Texts) -> &'static str {
    match spiral {
        Spiral::Upward => t.spiral_upward,
        Spiral::Downward => t.spiral_downward,
        Spiral::Unknown => t.spiral_unknown,
    }
}
pub fn area_name(area: Area, t: &Texts) -> &'static str {
    match area {
        Area::Child => t.area_child,
        Area::School => t.area_school,
        Area::Home => t.area_home,
        Area::Other => t.area_other,
    }
}

pub fn support_name(of: SupportFor, t: &Texts) -> &'static str {
    match of {
        SupportFor::Teacher => t.support_teacher,
        SupportFor::IbZoco => t.support_ib,
        SupportFor::Parents => t.support_parents,
        SupportFor::Other => t.area_other,
    }
}

pub fn status_name(status: AgreementStatus, t: &Texts) -> &'static str {
    match status {
        AgreementStatus::Open => t.status_open,
        AgreementStatus::InProgress => t.status_in_progress,
        AgreementStatus::Done => t.status_done,
        AgreementStatus::Cancelled => t.status_cancelled,
    }
}

pub fn outcome_name(outcome: ReviewOutcome, t: &Texts) -> &'static str {
    match outcome {
        ReviewOutcome::Done => t.status_done,
        ReviewOutcome::Partly => t.review_partly,
        ReviewOutcome::NotDone => t.review_not_done,
        ReviewOutcome::NotReviewed => t.not_decided,
    }
}

pub fn step_title(step: GuideStep, t: &Texts) -> &'static str {
    match step {
        GuideStep::Preparation => t.step_preparation,
        GuideStep::Start => t.step_start,
        GuideStep::Analysis => t.step_analysis,
        GuideStep::Goals => t.step_goals,
        GuideStep::Needs => t.step_needs,
        GuideStep::SupportNeeds => t.step_support,
        GuideStep::Close => t.step_close,
    }
}

pub fn step_questions(step: GuideStep, t: &Texts) -> &'static str {
    match step {
        GuideStep::Preparation => t.ask_preparation,
        GuideStep::Start => t.ask_start,
        GuideStep::Analysis => t.ask_analysis,
        GuideStep::Goals => t.ask_goals,
        GuideStep::Needs => t.ask_needs,
        GuideStep::SupportNeeds => t.ask_support,
        GuideStep::Close => t.ask_close,
    }
}

/// The text of a checklist point; the key is what the case file stores.
pub fn point_text(key: &str, t: &Texts) -> &'static str {
    match key {
        "prep.participants" => t.point_prep_participants,
        "prep.goals" => t.point_prep_goals,
        "prep.inform" => t.point_prep_inform,
        "prep.timebox" => t.point_prep_timebox,
        "start.welcome" => t.point_start_welcome,
        "start.introductions" => t.point_start_introductions,
        "start.shared-interest" => t.point_start_shared_interest,
        "start.meeting-goals" => t.point_start_meeting_goals,
        "start.extra-questions" => t.point_start_extra_questions,
        "start.timebox" => t.point_start_timebox,
        "analysis.summarise-known" => t.point_analysis_summarise_known,
        "analysis.positives-first" => t.point_analysis_positives_first,
        "analysis.additions-examples" => t.point_analysis_additions_examples,
        "analysis.links" => t.point_analysis_links,
        "analysis.fit" => t.point_analysis_fit,
        "goals.build-on" => t.point_goals_build_on,
        "goals.change" => t.point_goals_change,
        "goals.can-we" => t.point_goals_can_we,
        "needs.child" => t.point_needs_child,
        "needs.school" => t.point_needs_school,
        "needs.home" => t.point_needs_home,
        "needs.other" => t.point_needs_other,
        "needs.everyone" => t.point_needs_everyone,
        "support.teacher" => t.point_support_teacher,
        "support.parents" => t.point_support_parents,
        "support.concrete" => t.point_support_concrete,
        "support.realistic" => t.point_support_realistic,
        "close.summary" => t.point_close_summary,
        "close.agreements" => t.point_close_agreements,
        "close.evaluate" => t.point_close_evaluate,
        "close.tops-tips" => t.point_close_tops_tips,
        _ => "",
    }
}

pub fn decision_name(decision: ReviewDecision, t: &Texts) -> &'static str {
    match decision {
        ReviewDecision::Closed => t.decision_closed,
        ReviewDecision::Continues => t.decision_continues,
        ReviewDecision::Adjusted => t.decision_adjusted,
    }
}

/// What a gap in a goal's chain says is missing.
pub fn gap_name(gap: crate::model::Gap, t: &Texts) -> String {
    use crate::model::Gap;
    match gap {
        Gap::NothingToBuildOn => t.gap_build_on.to_owned(),
        Gap::NoNeed => t.gap_need.to_owned(),
        Gap::NoSupport(adults) => match adults {
            crate::model::Adults::School => t.gap_support_school,
            crate::model::Adults::Parents => t.gap_support_parents,
            crate::model::Adults::Any => t.gap_support_any,
        }
        .to_owned(),
        Gap::NoAgreement => t.gap_agreement.to_owned(),
    }
}

/// A person's name as two spellings of it compare equal: one Unicode form, lower case,
/// single spaces ("Zoë" typed either way, "fatima  el amrani").
pub fn compared(name: &str) -> String {
    use unicode_normalization::UnicodeNormalization as _;
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .nfc()
        .flat_map(char::to_lowercase)
        .collect()
}

/// An item with who brought it in beforehand: "Leest graag (Fatima El Amrani)".
pub fn item_with_author(item: &crate::model::Item, t: &Texts) -> String {
    match item.said_by.as_deref().map(str::trim) {
        Some(by) if !by.is_empty() => fill(t.prep_said_by, &[("text", &item.text), ("who", &by)]),
        _ => item.text.clone(),
    }
}

/// A date as people write it: "maandag 7 december 2026", "Monday 7 December 2026". Files
/// and the command line keep ISO dates; whatever a parent reads has these.
pub fn date_long(date: crate::model::Date, t: &Texts) -> String {
    let weekday = usize::from(date.weekday().to_monday_zero_offset().unsigned_abs());
    let month = usize::from(date.month().unsigned_abs()).saturating_sub(1);
    fill(
        t.date_long,
        &[
            ("weekday", &word(t.weekday_names_long, weekday)),
            ("day", &date.day()),
            ("month", &word(t.month_names, month)),
            ("year", &date.year()),
        ],
    )
}

/// A date where room is short: "7 dec. 2026", "7 Dec 2026".
pub fn date_short(date: crate::model::Date, t: &Texts) -> String {
    let month = usize::from(date.month().unsigned_abs()).saturating_sub(1);
    fill(
        t.date_short,
        &[
            ("day", &date.day()),
            ("month", &word(t.month_names_short, month)),
            ("year", &date.year()),
        ],
    )
}

/// Word `index` of a list of words separated by spaces.
fn word(words: &str, index: usize) -> &str {
    words.split(' ').nth(index).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{EN, NL};

    #[test]
    fn every_point_and_step_of_the_guide_has_a_text_in_both_languages() {
        for t in [&NL, &EN] {
            for step in GuideStep::ALL {
                assert!(!step_title(step, t).trim().is_empty(), "{step:?}");
                assert!(!step_questions(step, t).trim().is_empty(), "{step:?}");
                for point in step.points() {
                    assert!(!point_text(point.0, t).trim().is_empty(), "{}", point.0);
                }
            }
        }
        assert_ne!(
            point_text("close.tops-tips", &NL),
            point_text("close.tops-tips", &EN)
        );
    }

    #[test]
    fn dates_are_written_out_in_the_language() {
        use crate::i18n::{EN, NL};
        let day = jiff::civil::date(2026, 12, 7);
        assert_eq!(super::date_long(day, &NL), "maandag 7 december 2026");
        assert_eq!(super::date_long(day, &EN), "Monday 7 December 2026");
        assert_eq!(super::date_short(day, &NL), "7 dec. 2026");
        assert_eq!(super::date_short(day, &EN), "7 Dec 2026");
        let leap = jiff::civil::date(2028, 2, 29);
        assert_eq!(super::date_long(leap, &NL), "dinsdag 29 februari 2028");
        assert_eq!(super::date_short(leap, &EN), "29 Feb 2028");
    }
}
