//! What the agreements report says, section by section, before it is set on paper: the
//! PDF, the Word copy for the dossier and the plain text all render this one content.

use crate::chain_text;
use crate::i18n::{Texts, fill};
use crate::model::{Area, Case, Meeting, ReviewDecision, SupportFor};
use crate::names::{
    area_name, date_short, decision_name, gap_name, outcome_name, status_name, support_name,
};

/// The report of one meeting.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    pub title: String,
    /// The meeting, its time box and school, and what it is to have produced.
    pub intro: Vec<String>,
    pub sections: Vec<Section>,
}

/// A section with its heading.
#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    pub heading: String,
    pub blocks: Vec<Block>,
}

/// One piece of a section.
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    Text(String),
    Bullet(String),
    /// A line that belongs to the bullet above it, set in under it.
    Detail(String),
    Table(Table),
}

/// A table: its header, its rows, the share of the width each column takes, and the
/// columns set in bold (the one that names the row).
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
    pub widths: Vec<f32>,
    pub bold: Vec<usize>,
}

impl Report {
    /// Every text of the report in reading order, for plain text and for checks.
    pub fn texts(&self) -> Vec<&str> {
        let mut texts = vec![self.title.as_str()];
        texts.extend(self.intro.iter().map(String::as_str));
        for section in &self.sections {
            texts.push(&section.heading);
            for block in &section.blocks {
                match block {
                    Block::Text(s) | Block::Bullet(s) | Block::Detail(s) => texts.push(s),
                    Block::Table(table) => {
                        texts.extend(table.header.iter().map(String::as_str));
                        texts.extend(table.rows.iter().flatten().map(String::as_str));
                    }
                }
            }
        }
        texts
    }
}

/// The report of meeting `index` of `case`.
pub fn report(case: &Case, index: usize, meeting: &Meeting, t: &Texts) -> Report {
    let mut intro = vec![super::meeting_line(case, index, meeting, t)];
    if !meeting.intended_outcome.trim().is_empty() {
        intro.push(meeting.intended_outcome.clone());
    }
    let mut sections = vec![people(meeting, t)];
    sections.extend(text_section(
        t.section_shared_interest,
        &meeting.shared_interest,
    ));
    sections.extend(questions(meeting, t));
    sections.extend(beforehand(case, meeting, t));
    sections.extend(examples(meeting, t));
    sections.extend(review(meeting, t));
    sections.extend(interaction(meeting, t));
    sections.extend(text_section(t.section_insight, &meeting.insight));
    sections.extend(goals(case, index, meeting, t));
    sections.extend(needs(meeting, t));
    sections.extend(support(meeting, t));
    sections.extend(chains(meeting, t));
    sections.extend(text_section(t.section_summary, &meeting.summary));
    sections.push(agreements(meeting, t));
    sections.extend(decisions(meeting, t));
    sections.extend(next_meeting(meeting, t));
    sections.push(evaluation(meeting, t));
    Report {
        title: t.report_title.to_owned(),
        intro,
        sections,
    }
}

fn section(heading: &str, blocks: Vec<Block>) -> Section {
    Section {
        heading: heading.to_owned(),
        blocks,
    }
}

fn text_section(heading: &str, text: &str) -> Option<Section> {
    (!text.trim().is_empty()).then(|| section(heading, vec![Block::Text(text.to_owned())]))
}

fn people(meeting: &Meeting, t: &Texts) -> Section {
    let blocks = meeting
        .participants
        .iter()
        .map(|p| Block::Bullet(super::participant_text(p, t)))
        .collect();
    section(t.participants, blocks)
}

fn questions(meeting: &Meeting, t: &Texts) -> Option<Section> {
    let mut blocks = Vec::new();
    let referral = &meeting.referral;
    if !referral.is_empty() {
        let when = match referral.when.trim() {
            "" => String::new(),
            when => format!(" ({when})"),
        };
        let by = match referral.by.trim() {
            "" => "…",
            by => by,
        };
        blocks.push(Block::Text(fill(
            t.referral_line,
            &[
                ("by", &by),
                ("when", &when),
                ("reason", &referral.reason.trim()),
            ],
        )));
    }
    for question in &meeting.questions {
        blocks.push(Block::Bullet(crate::layout::question_text(question, t)));
        if !question.why.trim().is_empty() {
            blocks.push(Block::Detail(fill(t.why_line, &[("why", &question.why)])));
        }
    }
    (!blocks.is_empty()).then(|| section(t.section_questions, blocks))
}

/// What each person brought in on their preparation sheet, the child's own words first:
/// who said what, in which circle, and what the meeting has not yet taken in.
fn beforehand(case: &Case, meeting: &Meeting, t: &Texts) -> Option<Section> {
    let mut people: Vec<&str> = Vec::new();
    for item in meeting.board.items() {
        for by in item.said_by.iter().chain(&item.also_said_by) {
            if !people.contains(&by.as_str()) {
                people.push(by);
            }
        }
    }
    let child = crate::names::compared(&case.child);
    people.sort_by_key(|by| crate::names::compared(by) != child);
    let mut blocks = Vec::new();
    for by in people {
        blocks.push(Block::Bullet(if crate::names::compared(by) == child {
            fill(t.prep_child_voice, &[("child", &by)])
        } else {
            by.to_owned()
        }));
        for circle in &meeting.board.circles {
            for item in circle.items.iter().filter(|i| {
                i.said_by.as_deref() == Some(by) || i.also_said_by.iter().any(|a| a == by)
            }) {
                let mut line = format!(
                    "{} {} — {}",
                    item.kind.symbol(),
                    item.text,
                    crate::names::circle_title(&circle.kind, t)
                );
                // Their own words beside the chair's, where the chair reworded them.
                if let Some(words) = item
                    .own_words()
                    .filter(|_| item.said_by.as_deref() == Some(by))
                {
                    line = format!("{line} {}", fill(t.prep_own_words, &[("words", &words)]));
                }
                if item.prepared {
                    line = format!("{line} ({})", t.prep_not_discussed);
                }
                blocks.push(Block::Detail(line));
            }
        }
    }
    (!blocks.is_empty()).then(|| section(t.section_beforehand, blocks))
}

/// The items that carry a recent example, with it: what the board shows in a word, the
/// report tells with a case in point.
fn examples(meeting: &Meeting, t: &Texts) -> Option<Section> {
    let blocks: Vec<Block> = (meeting.board.circles.iter())
        .flat_map(|circle| {
            circle.items.iter().filter_map(move |item| {
                let example = item.example.as_deref()?;
                Some(Block::Bullet(format!(
                    "{} {} — {}: {}",
                    item.kind.symbol(),
                    item.text,
                    crate::names::circle_title(&circle.kind, t),
                    fill(t.item_example_line, &[("example", &example)])
                )))
            })
        })
        .collect();
    (!blocks.is_empty()).then(|| section(t.section_examples, blocks))
}

/// One reviewed agreement as the room reads it: what was agreed, who, done or not, whether
/// the approach works, and what follows (the report's table, the projector's start view).
pub fn review_row(agreement: &crate::model::Agreement, t: &Texts) -> [String; 5] {
    let review = agreement.review.clone().unwrap_or_default();
    let approach = match review.approach_works {
        Some(false) => fill(t.approach_better, &[("better", &review.better)]),
        // What was typed as a better way stays in the report, whatever was chosen.
        works if !review.better.trim().is_empty() => format!(
            "{}; {}",
            if works == Some(true) {
                t.approach_continue
            } else {
                t.not_decided
            },
            review.better
        ),
        Some(true) => t.approach_continue.to_owned(),
        None => t.not_decided.to_owned(),
    };
    // The review and what follows it side by side: "gedaan · loopt door tot …".
    let next = match review.decision {
        Some(decision @ ReviewDecision::Continues) if !agreement.when.trim().is_empty() => fill(
            t.decision_until,
            &[
                ("decision", &decision_name(decision, t)),
                ("when", &agreement.when),
            ],
        ),
        Some(ReviewDecision::Adjusted) if agreement.reworded_from().is_some() => {
            fill(t.decision_adjusted_to, &[("what", &agreement.what)])
        }
        Some(decision) => decision_name(decision, t).to_owned(),
        None => t.not_decided.to_owned(),
    };
    // What was agreed, as it stood before this review; what it became is in `next`.
    let mut agreed = (review.agreed.as_ref())
        .map_or_else(|| agreement.what.clone(), crate::chain_text::wording_line);
    if let Some(earlier) = &agreement.earlier {
        let earlier = crate::chain_text::wording_line(earlier);
        agreed = format!(
            "{agreed} ({})",
            fill(t.agreed_before, &[("what", &earlier)])
        );
    }
    [
        agreed,
        agreement.who.clone(),
        outcome_name(review.outcome, t).to_owned(),
        approach,
        next,
    ]
}

fn review(meeting: &Meeting, t: &Texts) -> Option<Section> {
    let rows: Vec<Vec<String>> = meeting
        .agreements
        .iter()
        .filter(|a| a.carried)
        .map(|agreement| review_row(agreement, t).to_vec())
        .collect();
    (!rows.is_empty()).then(|| {
        let table = Table {
            header: [
                t.col_what,
                t.col_who,
                t.col_done,
                t.col_approach,
                t.col_next,
            ]
            .map(str::to_owned)
            .to_vec(),
            rows,
            widths: vec![2.6, 1.7, 1.1, 2.6, 2.0],
            bold: vec![2, 4],
        };
        section(t.section_review, vec![Block::Table(table)])
    })
}

/// The arrows of the board: how one circle affects another, which way the spiral goes,
/// and what was said about it.
fn interaction(meeting: &Meeting, t: &Texts) -> Option<Section> {
    let blocks: Vec<Block> = meeting
        .board
        .arrows
        .iter()
        .flat_map(|arrow| {
            let line = crate::names::arrow_line(arrow, &meeting.board, t);
            let mut blocks = vec![Block::Bullet(line)];
            if !arrow.note.trim().is_empty() {
                blocks.push(Block::Detail(arrow.note.clone()));
            }
            blocks
        })
        .collect();
    (!blocks.is_empty()).then(|| section(t.section_interaction, blocks))
}

fn goals(case: &Case, index: usize, meeting: &Meeting, t: &Texts) -> Option<Section> {
    let tracks = case.goal_tracks(index);
    let mut blocks = Vec::new();
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
        blocks.push(Block::Bullet(line));
    }
    for inquiry in &meeting.inquiries {
        blocks.push(Block::Bullet(fill(
            t.inquiry_line,
            &[
                ("what", &inquiry.what),
                ("why", &inquiry.why),
                ("who", &inquiry.who),
            ],
        )));
    }
    (!blocks.is_empty()).then(|| section(t.section_goals, blocks))
}

fn needs(meeting: &Meeting, t: &Texts) -> Option<Section> {
    let blocks: Vec<Block> = Area::ALL
        .iter()
        .flat_map(|&area| {
            meeting
                .needs
                .iter()
                .filter(move |n| n.area == area)
                .map(move |need| {
                    Block::Bullet(format!(
                        "{}: {}",
                        area_name(area, t),
                        chain_text::need_line(need, t)
                    ))
                })
        })
        .collect();
    (!blocks.is_empty()).then(|| section(t.section_needs, blocks))
}

fn support(meeting: &Meeting, t: &Texts) -> Option<Section> {
    let mut blocks = Vec::new();
    for of in SupportFor::ALL {
        for need in meeting.support_needs.iter().filter(|n| n.of == of) {
            blocks.push(Block::Bullet(format!(
                "{}: {}",
                support_name(of, t),
                need.what
            )));
            blocks.push(Block::Detail(fill(
                t.support_details,
                &[
                    ("how_often", &need.how_often),
                    ("when", &need.when),
                    ("how", &need.how),
                ],
            )));
        }
    }
    (!blocks.is_empty()).then(|| section(t.section_support, blocks))
}

/// Each goal with its chain: what it builds on and changes, the needs, support and
/// agreements that serve it, and what is still missing.
fn chains(meeting: &Meeting, t: &Texts) -> Option<Section> {
    let mut blocks = Vec::new();
    for goal in &meeting.goals {
        let Some(chain) = meeting.chain(goal.id) else {
            continue;
        };
        blocks.push(Block::Bullet(format!(
            "{}: {}",
            area_name(goal.area, t),
            goal.text
        )));
        let links = chain_text::link_lines(t, &chain).into_iter();
        let agreements = (chain.agreements.iter()).map(|a| chain_text::agreement_line(t, a));
        blocks.extend(links.chain(agreements).map(Block::Detail));
        if !chain.gaps.is_empty() {
            let gaps: Vec<String> = (chain.gaps.iter()).map(|g| gap_name(*g, t)).collect();
            blocks.push(Block::Detail(format!(
                "{}: {}",
                t.chain_gaps,
                gaps.join("; ")
            )));
        }
    }
    (!blocks.is_empty()).then(|| section(t.section_chains, blocks))
}

fn agreements(meeting: &Meeting, t: &Texts) -> Section {
    let rows = meeting
        .agreements
        .iter()
        .map(|a| {
            vec![
                a.who.clone(),
                a.what.clone(),
                a.why.clone(),
                when_text(a, t),
                a.how.clone(),
                status_name(a.status, t).to_owned(),
            ]
        })
        .collect();
    let table = Table {
        header: agreement_columns(t).map(str::to_owned).to_vec(),
        rows,
        widths: vec![1.5, 2.6, 2.0, 1.7, 2.0, 1.1],
        bold: vec![0],
    };
    section(t.box_agreements, vec![Block::Table(table)])
}

/// An agreement's "when" in its own words, and its due date where it has one.
pub fn when_text(agreement: &crate::model::Agreement, t: &Texts) -> String {
    let when = agreement.when.trim();
    match agreement.due {
        Some(due) if when.is_empty() => fill(t.due_on, &[("date", &date_short(due, t))]),
        Some(due) => fill(
            t.when_and_due,
            &[("when", &when), ("date", &date_short(due, t))],
        ),
        None => when.to_owned(),
    }
}

/// When and where the next meeting is, as agreed at the close.
pub fn next_meeting_text(next: &crate::model::NextMeeting, t: &Texts) -> String {
    let mut parts = vec![crate::names::date_long(next.date, t)];
    match (next.start, next.end()) {
        (Some(start), Some(end)) => parts.push(format!(
            "{}–{}",
            start.strftime("%H:%M"),
            end.strftime("%H:%M")
        )),
        (Some(start), None) => parts.push(start.strftime("%H:%M").to_string()),
        _ => {}
    }
    if !next.place.trim().is_empty() {
        parts.push(next.place.trim().to_owned());
    }
    parts.join(t.list_separator)
}

fn next_meeting(meeting: &Meeting, t: &Texts) -> Option<Section> {
    let next = meeting.next.as_ref()?;
    Some(section(
        t.section_next_meeting,
        vec![Block::Text(next_meeting_text(next, t))],
    ))
}

/// A question that asked for a decision, or got one.
pub fn asks_a_decision(q: &crate::model::Question) -> bool {
    q.decision_needed || !q.decided.trim().is_empty() || !q.decided_by.trim().is_empty()
}

/// The decision taken on `question` and who took it, or that none was taken yet.
pub fn decision_text(question: &crate::model::Question, t: &Texts) -> String {
    let what = question.decided.trim();
    let by = question.decided_by.trim();
    match (what.is_empty(), by.is_empty()) {
        (true, true) => t.no_decision_yet.to_owned(),
        (_, true) => fill(t.decision_line, &[("what", &what)]),
        (true, false) => fill(
            t.decision_by_line,
            &[("what", &t.no_decision_yet), ("who", &by)],
        ),
        (false, false) => fill(t.decision_by_line, &[("what", &what), ("who", &by)]),
    }
}

/// The questions that asked for a decision, with the decision taken and who took it.
fn decisions(meeting: &Meeting, t: &Texts) -> Option<Section> {
    let mut blocks = Vec::new();
    for question in meeting.questions.iter().filter(|q| asks_a_decision(q)) {
        blocks.push(Block::Bullet(question.question.trim().to_owned()));
        blocks.push(Block::Detail(decision_text(question, t)));
    }
    (!blocks.is_empty()).then(|| section(t.section_decisions, blocks))
}

/// "Sanne Mulder to Fatima El Amrani: that she reads with Daan every evening".
pub fn appreciation_text(said: &crate::model::Appreciation, t: &Texts) -> String {
    fill(
        t.appreciation_line,
        &[
            ("from", &said.from.trim()),
            ("to", &said.to.trim()),
            ("what", &said.what.trim()),
        ],
    )
}

fn evaluation(meeting: &Meeting, t: &Texts) -> Section {
    let answer = |value: Option<bool>| match value {
        Some(true) => t.yes,
        Some(false) => t.no,
        None => t.not_decided,
    };
    let evaluation = &meeting.evaluation;
    let mut blocks = vec![
        Block::Bullet(fill(
            t.goals_met,
            &[("answer", &answer(evaluation.goals_met))],
        )),
        Block::Bullet(fill(
            t.questions_answered,
            &[("answer", &answer(evaluation.questions_answered))],
        )),
        Block::Bullet(fill(
            t.pleasant_useful,
            &[("answer", &answer(evaluation.pleasant_useful))],
        )),
    ];
    if !evaluation.notes.trim().is_empty() {
        blocks.push(Block::Text(evaluation.notes.clone()));
    }
    for said in &evaluation.appreciations {
        blocks.push(Block::Bullet(appreciation_text(said, t)));
    }
    if !evaluation.feedback.is_empty() {
        blocks.push(Block::Table(Table {
            header: [t.col_participant, t.col_top, t.col_tip]
                .map(str::to_owned)
                .to_vec(),
            rows: evaluation
                .feedback
                .iter()
                .map(|f| vec![f.participant.clone(), f.top.clone(), f.tip.clone()])
                .collect(),
            widths: vec![1.5, 2.5, 2.5],
            bold: vec![0],
        }));
    }
    section(t.section_evaluation, blocks)
}

/// The five W's and the status, as the columns of the agreements table.
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

/// The report as plain text, tidy for pasting into a web form or an e-mail.
pub fn plain_text(report: &Report) -> String {
    let mut out = format!("{}\n", report.title);
    for line in &report.intro {
        out.push_str(line);
        out.push('\n');
    }
    for section in &report.sections {
        out.push_str(&format!("\n{}\n", section.heading));
        for block in &section.blocks {
            match block {
                Block::Text(text) => out.push_str(&format!("{text}\n")),
                Block::Bullet(text) => out.push_str(&format!("- {text}\n")),
                Block::Detail(text) => out.push_str(&format!("  {text}\n")),
                Block::Table(table) => {
                    for row in &table.rows {
                        let cells: Vec<String> = table
                            .header
                            .iter()
                            .zip(row)
                            .filter(|(_, cell)| !cell.trim().is_empty())
                            .map(|(head, cell)| format!("{head}: {cell}"))
                            .collect();
                        out.push_str(&format!("- {}\n", cells.join("; ")));
                    }
                }
            }
        }
    }
    out
}
