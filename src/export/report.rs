//! The agreements report: A4 portrait, flowing over as many pages as it needs, with the
//! case and date on every page and page numbers.

use super::flow::{BULLET_INDENT_MM, Cell, Flow, Frame};
use crate::fonts::Weight;
use crate::i18n::{Texts, fill};
use crate::layout::TextLine;
use crate::model::{Area, Case, Meeting, PosMm, ReviewDecision, SupportFor};
use crate::names::{area_name, decision_name, outcome_name, status_name, support_name};
use crate::scene::{Dash, Primitive};
use crate::theme;

/// A4 portrait.
pub const WIDTH_MM: f32 = 210.0;
pub const HEIGHT_MM: f32 = 297.0;
const MARGIN_MM: f32 = 18.0;
const COLUMNS: &[(f32, f32)] = &[(MARGIN_MM, WIDTH_MM - 2.0 * MARGIN_MM)];
const TEXT_MM: f32 = 3.7;
const HEADING_MM: f32 = 5.0;
const TABLE_MM: f32 = 3.3;

/// The pages of the report as scenes in page millimetres.
pub fn pages(case: &Case, index: usize, meeting: &Meeting, t: &Texts) -> Vec<Vec<Primitive>> {
    let mut flow = Flow::new(Frame {
        top: 32.0,
        bottom: HEIGHT_MM - 20.0,
        columns: COLUMNS,
    });
    opening(&mut flow, case, index, meeting, t);
    review(&mut flow, meeting, t);
    insight_and_goals(&mut flow, case, index, meeting, t);
    needs(&mut flow, meeting, t);
    agreements(&mut flow, meeting, t);
    evaluation(&mut flow, meeting, t);

    let mut pages = flow.pages;
    let count = pages.len();
    let running_head = format!("{} · {}", case.child, meeting.date);
    for (number, page) in pages.iter_mut().enumerate() {
        page_frame(page, &running_head, number + 1, count, t);
    }
    pages
}

fn text(flow: &mut Flow, s: &str) {
    flow.paragraph(s, TEXT_MM, Weight::Regular, 0.0);
}

fn bullet(flow: &mut Flow, s: &str) {
    flow.bullet(s, TEXT_MM);
}

/// Title, meeting, intended outcome, participants and their questions.
fn opening(flow: &mut Flow, case: &Case, index: usize, meeting: &Meeting, t: &Texts) {
    flow.paragraph(t.report_title, 7.0, Weight::Bold, 0.0);
    text(flow, &super::meeting_line(case, index, meeting, t));
    if !meeting.intended_outcome.trim().is_empty() {
        text(flow, &meeting.intended_outcome);
    }

    flow.heading(t.participants, HEADING_MM);
    for participant in &meeting.participants {
        bullet(flow, &super::participant_text(participant, t));
    }

    if !meeting.questions.is_empty() {
        flow.heading(t.section_questions, HEADING_MM);
        for question in &meeting.questions {
            bullet(flow, &crate::layout::question_text(question, t));
            if !question.why.trim().is_empty() {
                let why = fill(t.why_line, &[("why", &question.why)]);
                flow.paragraph(&why, TEXT_MM, Weight::Regular, BULLET_INDENT_MM);
            }
        }
    }
}

/// The look back at the agreements carried from the meeting before.
fn review(flow: &mut Flow, meeting: &Meeting, t: &Texts) {
    let reviewed: Vec<_> = meeting.agreements.iter().filter(|a| a.carried).collect();
    if !reviewed.is_empty() {
        flow.heading(t.section_review, HEADING_MM);
        let widths = [2.6, 1.7, 1.1, 2.6, 2.0];
        let header = [
            t.col_what,
            t.col_who,
            t.col_done,
            t.col_approach,
            t.col_next,
        ];
        table_header(flow, &header, &widths);
        for (i, agreement) in reviewed.iter().enumerate() {
            let review = agreement.review.clone().unwrap_or_default();
            let approach = match review.approach_works {
                Some(true) => t.approach_continue.to_owned(),
                Some(false) => fill(t.approach_better, &[("better", &review.better)]),
                None => t.not_decided.to_owned(),
            };
            // The review and what follows it side by side: "gedaan · loopt door tot …".
            let next = match review.decision {
                Some(decision @ ReviewDecision::Continues) if !agreement.when.trim().is_empty() => {
                    fill(
                        t.decision_until,
                        &[
                            ("decision", &decision_name(decision, t)),
                            ("when", &agreement.when),
                        ],
                    )
                }
                Some(decision) => decision_name(decision, t).to_owned(),
                None => t.not_decided.to_owned(),
            };
            let cells = [
                Cell {
                    text: &agreement.what,
                    weight: Weight::Regular,
                },
                Cell {
                    text: &agreement.who,
                    weight: Weight::Regular,
                },
                Cell {
                    text: outcome_name(review.outcome, t),
                    weight: Weight::Bold,
                },
                Cell {
                    text: &approach,
                    weight: Weight::Regular,
                },
                Cell {
                    text: &next,
                    weight: Weight::Bold,
                },
            ];
            flow.row(&cells, &widths, TABLE_MM, i % 2 == 1);
        }
    }
}

/// Insight, and the goals with their scores so far.
fn insight_and_goals(flow: &mut Flow, case: &Case, index: usize, meeting: &Meeting, t: &Texts) {
    if !meeting.insight.trim().is_empty() {
        flow.heading(t.section_insight, HEADING_MM);
        text(flow, &meeting.insight);
    }

    if !meeting.goals.is_empty() || !meeting.inquiries.is_empty() {
        flow.heading(t.section_goals, HEADING_MM);
        let tracks = case.goal_tracks(index);
        for (goal, track) in meeting.goals.iter().zip(&tracks) {
            let mut notes = Vec::new();
            if let Some(score) = goal.score {
                notes.push(fill(t.score, &[("score", &score)]));
            }
            // The scores of the meetings before, so the family sees the way travelled.
            let earlier: Vec<String> = track.scores[..track.scores.len().saturating_sub(1)]
                .iter()
                .flatten()
                .map(u8::to_string)
                .collect();
            if !earlier.is_empty() {
                notes.push(fill(t.score_history, &[("scores", &earlier.join(" → "))]));
            }
            let mut line = format!("{}: {}", area_name(goal.area, t), goal.text);
            if !notes.is_empty() {
                line.push_str(&format!(" ({})", notes.join("; ")));
            }
            bullet(flow, &line);
        }
        for inquiry in &meeting.inquiries {
            bullet(
                flow,
                &fill(
                    t.inquiry_line,
                    &[
                        ("what", &inquiry.what),
                        ("why", &inquiry.why),
                        ("who", &inquiry.who),
                    ],
                ),
            );
        }
    }
}

/// Educational and parenting needs per area, support needs per role.
fn needs(flow: &mut Flow, meeting: &Meeting, t: &Texts) {
    if !meeting.needs.is_empty() {
        flow.heading(t.section_needs, HEADING_MM);
        for area in Area::ALL {
            for need in meeting.needs.iter().filter(|n| n.area == area) {
                bullet(flow, &format!("{}: {}", area_name(area, t), need.text));
            }
        }
    }

    if !meeting.support_needs.is_empty() {
        flow.heading(t.section_support, HEADING_MM);
        for of in SupportFor::ALL {
            for need in meeting.support_needs.iter().filter(|n| n.of == of) {
                bullet(flow, &format!("{}: {}", support_name(of, t), need.what));
                let details = fill(
                    t.support_details,
                    &[
                        ("how_often", &need.how_often),
                        ("when", &need.when),
                        ("how", &need.how),
                    ],
                );
                flow.paragraph(&details, TEXT_MM, Weight::Regular, BULLET_INDENT_MM);
            }
        }
    }

    if !meeting.summary.trim().is_empty() {
        flow.heading(t.section_summary, HEADING_MM);
        text(flow, &meeting.summary);
    }
}

/// The agreements with their five W's and status.
fn agreements(flow: &mut Flow, meeting: &Meeting, t: &Texts) {
    flow.heading(t.box_agreements, HEADING_MM);
    let widths = [1.5, 2.6, 2.0, 1.7, 2.0, 1.1];
    table_header(flow, &agreement_columns(t), &widths);
    for (i, agreement) in meeting.agreements.iter().enumerate() {
        let cells = [
            Cell {
                text: &agreement.who,
                weight: Weight::Bold,
            },
            Cell {
                text: &agreement.what,
                weight: Weight::Regular,
            },
            Cell {
                text: &agreement.why,
                weight: Weight::Regular,
            },
            Cell {
                text: &agreement.when,
                weight: Weight::Regular,
            },
            Cell {
                text: &agreement.how,
                weight: Weight::Regular,
            },
            Cell {
                text: status_name(agreement.status, t),
                weight: Weight::Regular,
            },
        ];
        flow.row(&cells, &widths, TABLE_MM, i % 2 == 1);
    }
}

/// Goals met, questions answered, tops and tips.
fn evaluation(flow: &mut Flow, meeting: &Meeting, t: &Texts) {
    flow.heading(t.section_evaluation, HEADING_MM);
    let answer = |value: Option<bool>| match value {
        Some(true) => t.yes,
        Some(false) => t.no,
        None => t.not_decided,
    };
    bullet(
        flow,
        &fill(
            t.goals_met,
            &[("answer", &answer(meeting.evaluation.goals_met))],
        ),
    );
    bullet(
        flow,
        &fill(
            t.questions_answered,
            &[("answer", &answer(meeting.evaluation.questions_answered))],
        ),
    );
    if !meeting.evaluation.notes.trim().is_empty() {
        text(flow, &meeting.evaluation.notes);
    }
    if !meeting.evaluation.feedback.is_empty() {
        let widths = [1.5, 2.5, 2.5];
        table_header(flow, &[t.col_participant, t.col_top, t.col_tip], &widths);
        for (i, feedback) in meeting.evaluation.feedback.iter().enumerate() {
            let cells = [
                Cell {
                    text: &feedback.participant,
                    weight: Weight::Bold,
                },
                Cell {
                    text: &feedback.top,
                    weight: Weight::Regular,
                },
                Cell {
                    text: &feedback.tip,
                    weight: Weight::Regular,
                },
            ];
            flow.row(&cells, &widths, TABLE_MM, i % 2 == 1);
        }
    }
}

fn table_header(flow: &mut Flow, header: &[&str], widths: &[f32]) {
    let cells: Vec<Cell<'_>> = header
        .iter()
        .map(|text| Cell {
            text,
            weight: Weight::Bold,
        })
        .collect();
    flow.space(1.0);
    flow.row(&cells, widths, TABLE_MM, false);
}

/// The running head and the page number.
fn page_frame(page: &mut Vec<Primitive>, head: &str, number: usize, count: usize, t: &Texts) {
    let small = 3.0;
    let line = |x: f32, y: f32, text: String| Primitive::Text {
        line: TextLine {
            top_left: PosMm::new(x, y),
            text,
            size_mm: small,
            weight: Weight::Regular,
        },
        colour: theme::MUTED,
    };
    page.push(line(MARGIN_MM, 12.0, head.to_owned()));
    page.push(Primitive::Line {
        from: PosMm::new(MARGIN_MM, 17.0),
        to: PosMm::new(WIDTH_MM - MARGIN_MM, 17.0),
        width_mm: 0.2,
        dash: Dash::Solid,
        colour: theme::MUTED,
    });
    let number = fill(t.page_number, &[("page", &number), ("pages", &count)]);
    page.push(line(MARGIN_MM, HEIGHT_MM - 13.0, number));
}

/// The columns of the agreements table: the five W's and the status.
pub fn agreement_columns(t: &Texts) -> [&'static str; 6] {
    [
        t.col_who,
        t.col_what,
        t.col_why,
        t.col_when,
        t.col_how,
        t.col_status,
    ]
}
