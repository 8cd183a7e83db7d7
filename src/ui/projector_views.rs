//! What each step's projector view says, as lines grouped into blocks that stay together on
//! a page when they can: the start (time box, shared interest, people, questions), the goals
//! with what they build on and change (3), the needs per area (4), the support needs per adult
//! (5), and the arrangement, the decisions, the agreements then the tops and tips (6). A
//! follow-up's start adds the review of last time's agreements.

use crate::export::content::{asks_a_decision, decision_text, review_row};
use crate::i18n::{Texts, fill};
use crate::model::{Area, ItemKind, Meeting, SupportFor};
use crate::names::{area_name, kind_name, status_name, support_name};

/// How a line is set.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    /// A section's title.
    Heading,
    /// The first line of a goal or an agreement.
    Strong,
    Body,
    /// Set in from the line above it: what belongs to it.
    Indented,
    /// Said about the content rather than being it (nothing yet, a status).
    Note,
}

/// One line of a view.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    pub text: String,
    pub style: Style,
}

/// Lines that belong together: a heading with what follows it, a goal with its links.
pub type Block = Vec<Line>;

fn line(style: Style, text: impl Into<String>) -> Line {
    Line {
        text: text.into(),
        style,
    }
}

/// A section: its heading goes with its first block, so it never ends a page alone; with
/// nothing in it, it says so.
fn section(blocks: &mut Vec<Block>, heading: &str, content: Vec<Block>, t: &Texts) {
    let mut content = content.into_iter();
    let mut first = vec![line(Style::Heading, heading)];
    match content.next() {
        Some(block) => first.extend(block),
        None => first.push(line(Style::Note, t.projector_nothing_yet)),
    }
    blocks.push(first);
    blocks.extend(content);
}

/// The start: when, why we are all here, who is at the table and what we ask.
pub fn start(t: &Texts, meeting: &Meeting) -> Vec<Block> {
    let time = |time: crate::model::Time| time.strftime("%H:%M").to_string();
    let date = crate::names::date_long(meeting.date, t);
    // Without a planned time the date stands alone: no "--:--" for the room to puzzle over.
    let when = match (meeting.start, meeting.planned_end) {
        (Some(start), Some(end)) => fill(
            t.projector_time_box,
            &[
                ("date", &date),
                ("start", &time(start)),
                ("end", &time(end)),
            ],
        ),
        (Some(start), None) => format!("{date}, {}", time(start)),
        (None, _) => date.clone(),
    };
    let mut opening = vec![line(Style::Heading, when)];
    if !meeting.intended_outcome.trim().is_empty() {
        opening.push(line(Style::Note, meeting.intended_outcome.trim()));
    }
    let mut blocks = vec![opening];
    if !meeting.shared_interest.trim().is_empty() {
        blocks.push(vec![
            line(Style::Heading, t.section_shared_interest),
            line(
                Style::Body,
                format!(
                    "{} {}",
                    t.field_shared_interest.trim_end_matches(['…', '.', ' ']),
                    meeting.shared_interest.trim()
                ),
            ),
        ]);
    }
    let people = meeting
        .participants
        .iter()
        .filter(|p| p.present)
        .map(|p| {
            let text = if p.role.trim().is_empty() {
                p.name.clone()
            } else {
                format!("{} — {}", p.name, p.role)
            };
            vec![line(Style::Body, text)]
        })
        .collect();
    section(&mut blocks, t.participants, people, t);
    // A follow-up starts with how the agreements of last time went: the room discusses that
    // first.
    let reviewed: Vec<Block> = meeting
        .agreements
        .iter()
        .filter(|a| a.carried)
        .map(|agreement| {
            let [agreed, who, done, approach, next] = review_row(agreement, t);
            let mut block = vec![line(Style::Strong, agreed)];
            if !who.trim().is_empty() {
                block.push(line(Style::Indented, format!("{}: {who}", t.col_who)));
            }
            block.push(line(Style::Indented, format!("{} {done}", t.col_done)));
            block.push(line(
                Style::Indented,
                format!("{} {approach}", t.col_approach),
            ));
            block.push(line(Style::Note, format!("{} {next}", t.col_next)));
            block
        })
        .collect();
    if !reviewed.is_empty() {
        section(&mut blocks, t.section_review, reviewed, t);
    }
    let questions = meeting
        .questions
        .iter()
        .map(|q| {
            vec![line(
                Style::Body,
                format!("• {}", crate::layout::question_text(q, t)),
            )]
        })
        .collect();
    section(
        &mut blocks,
        &format!("1. {}", t.box_questions),
        questions,
        t,
    );
    keep_headings_with_what_follows(blocks)
}

/// What the projector's board shows only in part, whole, for the pages after the board: a
/// crowded circle's items per kind, the questions and agreements its boxes could not hold,
/// and the arrow notes cut short.
pub fn board_rest(t: &Texts, meeting: &Meeting, board: &crate::layout::BoardLayout) -> Vec<Block> {
    let mut blocks = Vec::new();
    for laid in board.circles.iter().filter(|c| c.overflows || c.title_cut) {
        let Some(circle) = meeting.board.circle(laid.id) else {
            continue;
        };
        let ordered = circle.in_board_order();
        let kinds: Vec<Block> = ItemKind::ALL
            .iter()
            .filter_map(|&kind| {
                let items: Vec<Line> = ordered
                    .iter()
                    .filter(|item| item.kind == kind)
                    .map(|item| {
                        let text = crate::layout::item_board_text(item, t);
                        line(Style::Indented, format!("{} {text}", kind.symbol()))
                    })
                    .collect();
                (!items.is_empty()).then(|| {
                    let mut block = vec![line(Style::Strong, capitalised(kind_name(kind, t)))];
                    block.extend(items);
                    block
                })
            })
            .collect();
        section(&mut blocks, &laid.title, kinds, t);
    }
    let boxes = [
        (
            &board.questions,
            crate::layout::question_entries(meeting, t),
        ),
        (
            &board.agreements,
            crate::layout::agreement_entries(meeting, t),
        ),
    ];
    for (text_box, entries) in boxes {
        if text_box.overflows {
            let entries = entries
                .into_iter()
                .map(|entry| vec![line(Style::Body, format!("• {entry}"))])
                .collect();
            section(&mut blocks, &text_box.title.text, entries, t);
        }
    }
    let notes: Vec<Block> = board
        .arrows
        .iter()
        .filter(|a| a.continued)
        .filter_map(|a| meeting.board.arrows.iter().find(|arrow| arrow.id == a.id))
        .map(|arrow| {
            let heading = crate::names::arrow_line(arrow, &meeting.board, t);
            vec![
                line(Style::Strong, heading),
                line(Style::Indented, arrow.note.trim()),
            ]
        })
        .collect();
    if !notes.is_empty() {
        section(&mut blocks, t.section_interaction, notes, t);
    }
    blocks
}

/// "Gaat goed" for a heading, from the legend's "gaat goed".
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// Joins a block that ends in a heading (the time box with nothing under it) to the next.
fn keep_headings_with_what_follows(blocks: Vec<Block>) -> Vec<Block> {
    let mut joined: Vec<Block> = Vec::with_capacity(blocks.len());
    for block in blocks {
        match joined.last_mut() {
            Some(last) if last.last().is_some_and(|l| l.style == Style::Heading) => {
                last.extend(block);
            }
            _ => joined.push(block),
        }
    }
    joined
}

/// Step 3: each goal with what it builds on and what it changes; before anything is linked,
/// the + items starred on the board are what the goals build on.
pub fn goals(t: &Texts, meeting: &Meeting) -> Vec<Block> {
    let goals = meeting
        .goals
        .iter()
        .enumerate()
        .map(|(number, goal)| {
            let score = goal
                .score
                .map(|s| format!(" ({})", fill(t.score, &[("score", &s)])))
                .unwrap_or_default();
            let mut block = vec![line(
                Style::Strong,
                format!(
                    "{}. {}: {}{score}",
                    number + 1,
                    area_name(goal.area, t),
                    goal.text
                ),
            )];
            if let Some(chain) = meeting.chain(goal.id) {
                block.extend(chain.builds_on.iter().map(|i| {
                    line(
                        Style::Indented,
                        format!("{}: + {}", t.chain_builds_on, i.text),
                    )
                }));
                block.extend(chain.changes.iter().map(|i| {
                    line(
                        Style::Indented,
                        format!("{}: − {}", t.chain_changes, i.text),
                    )
                }));
            }
            block
        })
        .collect();
    let mut blocks = Vec::new();
    section(&mut blocks, t.section_goals, goals, t);
    let linked = meeting.goals.iter().any(|g| !g.builds_on.is_empty());
    let building_on: Vec<Block> = meeting
        .board
        .items()
        .filter(|i| !linked && i.top_three && i.kind == ItemKind::GoingWell)
        .map(|i| vec![line(Style::Body, format!("{} {}", i.kind.symbol(), i.text))])
        .collect();
    if !building_on.is_empty() {
        let heading = fill(
            t.projector_building_on,
            &[("kind", &kind_name(ItemKind::GoingWell, t))],
        );
        section(&mut blocks, &heading, building_on, t);
    }
    blocks
}

/// The number of the goal `id` serves, as the goals are numbered on the projector.
fn goal_number(meeting: &Meeting, id: Option<crate::model::GoalId>) -> Option<usize> {
    let id = id?;
    meeting.goals.iter().position(|g| g.id == id).map(|i| i + 1)
}

/// Step 4: the needs per area, each with the goal it serves.
pub fn needs(t: &Texts, meeting: &Meeting) -> Vec<Block> {
    let per_area = Area::ALL
        .into_iter()
        .filter_map(|area| {
            let lines: Vec<Line> = meeting
                .needs
                .iter()
                .filter(|n| n.area == area)
                .map(|n| {
                    let goal = goal_number(meeting, n.goal)
                        .map(|g| format!(" ({})", fill(t.projector_for_goal, &[("goal", &g)])))
                        .unwrap_or_default();
                    let need = crate::chain_text::need_line(n, t);
                    line(Style::Indented, format!("{need}{goal}"))
                })
                .collect();
            (!lines.is_empty()).then(|| {
                let mut block = vec![line(Style::Strong, area_name(area, t))];
                block.extend(lines);
                block
            })
        })
        .collect();
    let mut blocks = Vec::new();
    section(&mut blocks, t.section_needs, per_area, t);
    blocks
}

/// Step 5: the support needs per adult, each with how often, when and how.
pub fn support(t: &Texts, meeting: &Meeting) -> Vec<Block> {
    let per_adult = SupportFor::ALL
        .into_iter()
        .filter_map(|of| {
            let mut lines = Vec::new();
            for need in meeting.support_needs.iter().filter(|n| n.of == of) {
                let goal = goal_number(meeting, need.goal)
                    .map(|g| format!(" ({})", fill(t.projector_for_goal, &[("goal", &g)])))
                    .unwrap_or_default();
                lines.push(line(Style::Indented, format!("{}{goal}", need.what)));
                let details = [&need.how_often, &need.when, &need.how];
                if details.iter().any(|d| !d.trim().is_empty()) {
                    let dash = |s: &String| {
                        if s.trim().is_empty() {
                            "—".to_owned()
                        } else {
                            s.trim().to_owned()
                        }
                    };
                    lines.push(line(
                        Style::Note,
                        fill(
                            t.support_details,
                            &[
                                ("how_often", &dash(&need.how_often)),
                                ("when", &dash(&need.when)),
                                ("how", &dash(&need.how)),
                            ],
                        ),
                    ));
                }
            }
            (!lines.is_empty()).then(|| {
                let mut block = vec![line(Style::Strong, support_name(of, t))];
                block.extend(lines);
                block
            })
        })
        .collect();
    let mut blocks = Vec::new();
    section(&mut blocks, t.section_support, per_adult, t);
    blocks
}

/// Step 6: what runs from now on with its five W's, then each participant's top and tip.
pub fn agreements(t: &Texts, meeting: &Meeting) -> Vec<Block> {
    let running = meeting
        .agreements
        .iter()
        .filter(|a| a.is_running())
        .enumerate()
        .map(|(number, agreement)| {
            let mut block = vec![line(
                Style::Strong,
                format!("{}. {}", number + 1, agreement.what),
            )];
            let when = crate::export::when_text(agreement, t);
            for (label, text) in [
                (t.col_who, &agreement.who),
                (t.col_why, &agreement.why),
                (t.col_when, &when),
                (t.col_how, &agreement.how),
            ] {
                if !text.trim().is_empty() {
                    block.push(line(Style::Indented, format!("{label}: {}", text.trim())));
                }
            }
            block.push(line(Style::Note, status_name(agreement.status, t)));
            block
        })
        .collect();
    let mut blocks = Vec::new();
    // What was decided before what is agreed: the arrangement, and the decisions the
    // questions asked for.
    if !meeting.summary.trim().is_empty() {
        blocks.push(vec![
            line(Style::Heading, t.section_summary),
            line(Style::Body, meeting.summary.trim()),
        ]);
    }
    let decisions: Vec<Block> = meeting
        .questions
        .iter()
        .filter(|q| asks_a_decision(q))
        .map(|q| {
            vec![
                line(Style::Strong, q.question.trim()),
                line(Style::Indented, decision_text(q, t)),
            ]
        })
        .collect();
    if !decisions.is_empty() {
        section(&mut blocks, t.section_decisions, decisions, t);
    }
    section(&mut blocks, &format!("5. {}", t.box_agreements), running, t);
    // When we meet again, before everyone leaves.
    if let Some(next) = &meeting.next {
        blocks.push(vec![
            line(Style::Heading, t.section_next_meeting),
            line(Style::Body, crate::export::next_meeting_text(next, t)),
        ]);
    }
    let feedback: Vec<Block> = meeting
        .evaluation
        .feedback
        .iter()
        .map(|entry| {
            let mut block = vec![line(Style::Strong, entry.participant.clone())];
            if !entry.top.trim().is_empty() {
                block.push(line(
                    Style::Indented,
                    format!("{}: {}", t.col_top, entry.top.trim()),
                ));
            }
            if !entry.tip.trim().is_empty() {
                block.push(line(
                    Style::Indented,
                    format!("{}: {}", t.col_tip, entry.tip.trim()),
                ));
            }
            block
        })
        .collect();
    if !feedback.is_empty() {
        section(&mut blocks, t.projector_tops_tips, feedback, t);
    }
    blocks
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::NL;

    fn example() -> Meeting {
        let text = include_str!("../../examples/voorbeeld.uitzicht");
        let loaded =
            crate::storage::parse(text, std::path::Path::new("voorbeeld.uitzicht")).unwrap();
        loaded.case.meetings.last().cloned().unwrap()
    }

    fn texts(blocks: &[Block]) -> Vec<String> {
        blocks.iter().flatten().map(|l| l.text.clone()).collect()
    }

    /// Whether `text` holds a date as a file writes it (2026-11-10).
    fn has_iso_date(text: &str) -> bool {
        let bytes = text.as_bytes();
        bytes.windows(10).any(|w| {
            w.iter().enumerate().all(|(i, b)| match i {
                4 | 7 => *b == b'-',
                _ => b.is_ascii_digit(),
            })
        })
    }

    #[test]
    fn every_view_writes_its_dates_out_in_the_language() {
        let meeting = example();
        for t in [&NL, &crate::i18n::EN] {
            let views = [
                start(t, &meeting),
                goals(t, &meeting),
                needs(t, &meeting),
                support(t, &meeting),
                agreements(t, &meeting),
            ];
            let all: Vec<String> = views.iter().flat_map(|v| texts(v)).collect();
            for text in &all {
                assert!(!has_iso_date(text), "{text}");
            }
            let long = crate::names::date_long(meeting.date, t);
            assert!(all.iter().any(|l| l.contains(&long)), "{long}");
            let next = meeting.next.as_ref().unwrap();
            let next_long = crate::names::date_long(next.date, t);
            assert!(all.iter().any(|l| l.contains(&next_long)), "{next_long}");
            let due = crate::names::date_short(jiff::civil::date(2026, 11, 24), t);
            assert!(all.iter().any(|l| l.contains(&due)), "{due}");
        }
    }

    #[test]
    fn steps_three_four_and_five_each_say_their_own_thing() {
        let meeting = example();
        let (goals, needs, support) = (
            texts(&goals(&NL, &meeting)),
            texts(&needs(&NL, &meeting)),
            texts(&support(&NL, &meeting)),
        );
        assert_ne!(goals, needs);
        assert_ne!(needs, support);
        assert_eq!(goals[0], NL.section_goals);
        assert_eq!(needs[0], NL.section_needs);
        assert_eq!(support[0], NL.section_support);
        for need in &meeting.needs {
            assert!(
                needs
                    .iter()
                    .any(|l| l.starts_with(&crate::chain_text::need_line(need, &NL))),
                "{}",
                need.text
            );
        }
        for need in &meeting.support_needs {
            assert!(
                support.iter().any(|l| l.starts_with(&need.what)),
                "{}",
                need.what
            );
        }
    }

    #[test]
    fn a_heading_never_stands_without_what_follows_it() {
        let meeting = Meeting::default();
        for blocks in [
            start(&NL, &meeting),
            goals(&NL, &meeting),
            needs(&NL, &meeting),
            support(&NL, &meeting),
            agreements(&NL, &meeting),
        ] {
            for block in &blocks {
                assert!(
                    block.last().is_some_and(|l| l.style != Style::Heading),
                    "{block:?}"
                );
            }
        }
    }

    #[test]
    fn the_start_says_why_we_are_all_here() {
        let mut meeting = example();
        meeting.shared_interest = "Daan graag naar school gaat".to_owned();
        let lines = texts(&start(&NL, &meeting));
        assert!(
            lines
                .iter()
                .any(|l| l == "We zijn hier allemaal omdat Daan graag naar school gaat"),
            "{lines:?}"
        );
    }

    #[test]
    fn a_follow_ups_start_reviews_last_times_agreements_and_shows_no_empty_clock() {
        let mut meeting = example();
        let start_lines = texts(&start(&NL, &meeting));
        assert!(
            start_lines.iter().any(|l| l == NL.section_review),
            "{start_lines:?}"
        );
        for agreement in meeting.agreements.iter().filter(|a| a.carried) {
            let [agreed, ..] = review_row(agreement, &NL);
            assert!(start_lines.contains(&agreed), "{agreed}");
        }
        assert!(start_lines.iter().any(|l| l.contains(NL.col_approach)));
        meeting.start = None;
        meeting.planned_end = None;
        let start_lines = texts(&start(&NL, &meeting));
        assert_eq!(start_lines[0], crate::names::date_long(meeting.date, &NL));
        assert!(
            !start_lines.iter().any(|l| l.contains("--")),
            "{start_lines:?}"
        );
    }

    #[test]
    fn the_close_shows_the_arrangement_and_the_decisions_before_the_agreements() {
        let mut meeting = example();
        meeting.summary = "Duolezen gaat door, leeslijst voor thuis.".to_owned();
        let asked = meeting
            .questions
            .iter()
            .position(|q| q.decision_needed)
            .unwrap();
        meeting.questions[asked].decided = "We gaan door met duolezen".to_owned();
        meeting.questions[asked].decided_by = "Ilse de Boer".to_owned();
        let close = texts(&agreements(&NL, &meeting));
        let at = |text: &str| close.iter().position(|l| l.contains(text));
        let summary = at(&meeting.summary).unwrap();
        let decision = at("We gaan door met duolezen (door Ilse de Boer)").unwrap();
        let agreed = at(NL.box_agreements).unwrap();
        assert!(summary < decision && decision < agreed, "{close:?}");
    }
}
