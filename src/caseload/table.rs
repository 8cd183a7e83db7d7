//! The caseload as the command line prints it: a table to read, or JSON for a script.

use serde_json::{Value, json};

use super::{Due, FileState, Listed};
use crate::i18n::{Texts, fill};
use crate::model::Date;

/// One JSON object per file, in the order given; dates as YYYY-MM-DD or null.
pub fn json(listed: &[Listed]) -> String {
    let rows: Vec<Value> = listed.iter().map(row).collect();
    serde_json::to_string_pretty(&rows).unwrap_or_else(|_| "[]".to_owned())
}

fn row(one: &Listed) -> Value {
    let (state, reason, version) = match &one.state {
        FileState::Ok => ("ok", None, None),
        FileState::Newer { version } => ("newer", None, Some(*version)),
        FileState::Protected => ("protected", None, None),
        FileState::Unreadable { reason } => ("unreadable", Some(reason.as_str()), None),
    };
    let summary = one.summary.as_ref();
    let next = summary.and_then(|s| s.next_meeting.as_ref());
    let dues = |list: Option<&Vec<Due>>| -> Value {
        list.map_or_else(Vec::new, |list| {
            list.iter()
                .map(|d| json!({ "who": d.who, "what": d.what, "due": d.due }))
                .collect()
        })
        .into()
    };
    json!({
        "file": one.file.display().to_string(),
        "state": state,
        "reason": reason,
        "format_version": version,
        "child": summary.map(|s| &s.child),
        "group": summary.map(|s| &s.group),
        "last_meeting": summary.and_then(|s| s.last_meeting),
        "next_meeting": next.map(|p| p.date),
        "next_meeting_start": next.and_then(|p| p.start).map(|t| t.strftime("%H:%M").to_string()),
        "next_meeting_minutes": next.and_then(|p| p.minutes),
        "next_meeting_place": next.map(|p| &p.place).filter(|p| !p.is_empty()),
        "overdue": dues(summary.map(|s| &s.overdue)),
        "due_soon": dues(summary.map(|s| &s.due_soon)),
        "decisions_waiting": summary.map_or_else(Vec::new, |s| s.decisions_waiting.clone()),
        "goals": summary.map(|s| &s.goals),
        "retention_due": summary.and_then(|s| s.retention_due),
        "open_by": one.open_by.as_ref().map(|h| format!("{} ({})", h.user, h.machine)),
    })
}

/// The table: one block per file, the most urgent first, each agreement that runs late or
/// is due soon on a line of its own under its case.
pub fn table(listed: &[Listed], today: Date, t: &Texts) -> String {
    if listed.is_empty() {
        return t.overview_empty.to_owned();
    }
    let mut lines = vec![fill(
        t.overview_heading,
        &[("count", &listed.len()), ("today", &today)],
    )];
    for one in listed {
        let name = one
            .file
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        let Some(summary) = &one.summary else {
            lines.push(format!("{name}: {}", state_text(&one.state, t)));
            continue;
        };
        let mut head = summary.child.clone();
        if !summary.group.is_empty() {
            head.push_str(&format!(" · {}", summary.group));
        }
        let last = summary
            .last_meeting
            .map_or_else(|| "–".to_owned(), |d| d.to_string());
        let next = summary.next_meeting.as_ref().map_or_else(
            || "–".to_owned(),
            |p| match p.start {
                Some(start) => format!("{} {}", p.date, start.strftime("%H:%M")),
                None => p.date.to_string(),
            },
        );
        lines.push(fill(
            t.overview_line,
            &[
                ("case", &head),
                ("last", &last),
                ("next", &next),
                ("overdue", &summary.overdue.len()),
                ("soon", &summary.due_soon.len()),
                ("file", &name),
            ],
        ));
        if !matches!(one.state, FileState::Ok) {
            lines.push(format!("  {}", state_text(&one.state, t)));
        }
        if let Some(holder) = &one.open_by {
            lines.push(format!(
                "  {}",
                fill(
                    t.overview_open_by,
                    &[("who", &holder.user), ("machine", &holder.machine)]
                )
            ));
        }
        for (label, list) in [
            (t.overview_overdue, &summary.overdue),
            (t.overview_due_soon, &summary.due_soon),
        ] {
            for due in list {
                lines.push(format!("  {label} {}: {} — {}", due.due, due.who, due.what));
            }
        }
        for question in &summary.decisions_waiting {
            lines.push(format!("  {} {question}", t.overview_decision));
        }
        if let Some(due) = summary.retention_due.filter(|d| *d <= today) {
            lines.push(format!(
                "  {}",
                fill(t.overview_retention, &[("date", &due)])
            ));
        }
    }
    lines.join("\n")
}

/// What a file's state says to the chair.
pub fn state_text(state: &FileState, t: &Texts) -> String {
    match state {
        FileState::Ok => String::new(),
        FileState::Newer { version } => fill(t.overview_newer, &[("version", version)]),
        FileState::Protected => t.overview_protected.to_owned(),
        FileState::Unreadable { reason } => reason.clone(),
    }
}
