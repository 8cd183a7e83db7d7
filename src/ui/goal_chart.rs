//! A small line chart of the goals' scores over the meetings of a case.

use egui::{Align2, FontId, Pos2, Rect, Sense, Stroke, vec2};

use crate::i18n::Texts;
use crate::model::{Date, GoalTrack};
use crate::theme;

/// The chart's text for a screen reader and for tests: each goal with its scores.
pub fn chart_summary(t: &Texts, tracks: &[GoalTrack]) -> String {
    let goals: Vec<String> = tracks
        .iter()
        .enumerate()
        .map(|(n, track)| {
            let scores: Vec<String> = track
                .scores
                .iter()
                .map(|s| s.map_or_else(|| "–".to_owned(), |s| s.to_string()))
                .collect();
            format!("{}. {}: {}", n + 1, track.text, scores.join(", "))
        })
        .collect();
    format!("{}. {}", t.chart_heading, goals.join("; "))
}

/// Scores 0–10 upwards, meetings left to right, one numbered line per goal.
pub fn goal_chart_ui(ui: &mut egui::Ui, t: &Texts, tracks: &[GoalTrack], dates: &[Date]) {
    ui.strong(t.chart_heading);
    let scored = tracks
        .iter()
        .any(|tr| tr.scores.iter().any(Option::is_some));
    if !scored || dates.is_empty() {
        ui.weak(t.chart_empty);
        return;
    }
    let width = ui
        .available_width()
        .clamp(*theme::CHART_WIDTH.start(), *theme::CHART_WIDTH.end());
    let (rect, response) = ui.allocate_exact_size(vec2(width, theme::CHART_HEIGHT), Sense::hover());
    let summary = chart_summary(t, tracks);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &summary));
    let painter = ui.painter_at(rect.expand(2.0));
    let text_colour = ui.visuals().text_color();
    let grid = ui.visuals().weak_text_color();
    let small = FontId::proportional(theme::CHART_TEXT);
    let plot = Rect::from_min_max(rect.min + vec2(26.0, 8.0), rect.max - vec2(30.0, 22.0));
    let y_at = |score: u8| plot.bottom() - plot.height() * f32::from(score) / 10.0;
    let x_at = |meeting: usize| {
        if dates.len() == 1 {
            plot.center().x
        } else {
            plot.left() + plot.width() * meeting as f32 / (dates.len() - 1) as f32
        }
    };
    for score in [0, 5, 10] {
        let y = y_at(score);
        painter.hline(
            plot.x_range(),
            y,
            Stroke::new(1.0, grid.gamma_multiply(0.5)),
        );
        painter.text(
            Pos2::new(plot.left() - 6.0, y),
            Align2::RIGHT_CENTER,
            score.to_string(),
            small.clone(),
            grid,
        );
    }
    for (meeting, date) in dates.iter().enumerate() {
        painter.text(
            Pos2::new(x_at(meeting), plot.bottom() + 4.0),
            Align2::CENTER_TOP,
            date.strftime("%d-%m").to_string(),
            small.clone(),
            grid,
        );
    }
    let mut labels = Vec::new();
    for (n, track) in tracks.iter().enumerate() {
        let colour = theme::SERIES[n % theme::SERIES.len()].to_egui();
        // Goals with the same scores would hide each other: each line is nudged sideways a
        // little, never up or down, so the scores still read true.
        let dodge = (n as f32 - (tracks.len() - 1) as f32 / 2.0) * 5.0;
        let points: Vec<Option<Pos2>> = track
            .scores
            .iter()
            .enumerate()
            .map(|(m, s)| s.map(|s| Pos2::new(x_at(m) + dodge, y_at(s.min(10)))))
            .collect();
        for pair in points.windows(2) {
            if let [Some(a), Some(b)] = pair {
                painter.line_segment([*a, *b], Stroke::new(2.5, colour));
            }
        }
        for point in points.iter().flatten() {
            painter.circle(*point, 4.5, colour, Stroke::new(1.0, text_colour));
        }
        if let Some(&last) = points.iter().flatten().last() {
            // Numbers of goals ending at the same score are stacked, not printed over
            // each other.
            let same_end = tracks[..n]
                .iter()
                .filter(|other| {
                    other.scores.iter().flatten().last() == track.scores.iter().flatten().last()
                })
                .count();
            // Right of the last line's nudge, so a number never sits on a point.
            let widest_dodge = (tracks.len() - 1) as f32 / 2.0 * 5.0;
            let x = last.x - dodge + widest_dodge + 9.0 + 12.0 * same_end as f32;
            labels.push((Pos2::new(x, last.y), n + 1, colour));
        }
    }
    // The numbers last, so no line or point covers them.
    for (at, number, colour) in labels {
        painter.text(
            at,
            Align2::LEFT_CENTER,
            number.to_string(),
            FontId::proportional(theme::CHART_NUMBER_TEXT),
            colour,
        );
    }
    for (n, track) in tracks.iter().enumerate() {
        let colour = theme::SERIES[n % theme::SERIES.len()].to_egui();
        ui.horizontal_wrapped(|ui| {
            ui.colored_label(colour, format!("━ {}.", n + 1));
            let last = track.scores.iter().rev().flatten().next();
            let text = match last {
                Some(score) => format!("{} ({score})", track.text),
                None => track.text.clone(),
            };
            ui.label(text);
        });
    }
}
