//! What the people at the table see on the projector: the view that follows the chair's
//! step (who is here and what we ask, the board, the goals with their needs, the
//! agreements with tops and tips), in type read from the back of the room.

use crate::i18n::{Texts, fill};
use crate::model::{Area, GuideStep, Meeting, SupportFor};
use crate::names::{area_name, kind_name, status_name, support_name};
use crate::theme;

/// The view the projector shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProjectorView {
    /// Who is at the table, the questions of box 1, the time box.
    People,
    /// The board.
    Board,
    /// The goals, what they build on, their needs and support needs.
    Goals,
    /// The agreements with their five W's, then the tops and tips.
    Agreements,
}

impl ProjectorView {
    /// The view that follows `step`; the board whenever the chair pinned it.
    pub fn for_step(step: GuideStep, board_pinned: bool) -> Self {
        if board_pinned {
            return Self::Board;
        }
        match step {
            GuideStep::Preparation | GuideStep::Start => Self::People,
            GuideStep::Analysis => Self::Board,
            GuideStep::Goals | GuideStep::Needs | GuideStep::SupportNeeds => Self::Goals,
            GuideStep::Close => Self::Agreements,
        }
    }
}

/// The smallest text on a screen `height_points` high: a capital at least 1/60 of the
/// screen height, the size of a capital being about 0.7 of the type size.
pub fn floor_points(height_points: f32) -> f32 {
    height_points / theme::PROJECTOR_CAPITALS_PER_SCREEN / theme::CAP_HEIGHT_PER_SIZE
}

/// Board millimetres for `floor_points` on a screen of `size`, with the board fitted.
pub fn floor_mm(size: egui::Vec2, floor_points: f32) -> f32 {
    let points_per_mm = (size.x / crate::layout::BOARD_WIDTH_MM)
        .min(size.y / crate::layout::BOARD_HEIGHT_MM)
        .max(f32::EPSILON);
    floor_points / points_per_mm
}

/// Type sizes of a view, all at or above the floor.
#[derive(Clone, Copy)]
struct Sizes {
    body: f32,
    heading: f32,
    ink: egui::Color32,
    muted: egui::Color32,
}

impl Sizes {
    fn new(floor: f32, high_contrast: bool) -> Self {
        // A view of text alone has the room for more than the floor.
        let body = floor * theme::PROJECTOR_VIEW_SCALE;
        Self {
            body,
            heading: body * theme::PROJECTOR_HEADING_SCALE,
            ink: theme::INK.to_egui(),
            muted: if high_contrast {
                theme::INK.to_egui()
            } else {
                theme::MUTED.to_egui()
            },
        }
    }

    fn heading(&self, ui: &mut egui::Ui, text: &str) {
        ui.add_space(self.body * 0.5);
        ui.label(
            egui::RichText::new(text)
                .size(self.heading)
                .strong()
                .color(self.ink),
        );
    }

    fn line(&self, ui: &mut egui::Ui, text: &str) {
        ui.add(egui::Label::new(egui::RichText::new(text).size(self.body).color(self.ink)).wrap());
    }

    fn note(&self, ui: &mut egui::Ui, text: &str) {
        ui.add(
            egui::Label::new(
                egui::RichText::new(text)
                    .size(self.body)
                    .italics()
                    .color(self.muted),
            )
            .wrap(),
        );
    }
}

/// Draws a view other than the board: big type, one column, scrolling when long (a
/// finger drags it on a digibord).
pub fn step_view_ui(
    ui: &mut egui::Ui,
    t: &Texts,
    meeting: &Meeting,
    view: ProjectorView,
    floor: f32,
    high_contrast: bool,
) {
    let sizes = Sizes::new(floor, high_contrast);
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let width = ui
                .available_width()
                .min(floor * theme::PROJECTOR_VIEW_SCALE * theme::PROJECTOR_LINE_EMS);
            // Centred, with air around it, as a slide is.
            let margin = ((ui.available_width() - width) / 2.0).max(0.0);
            ui.horizontal(|ui| {
                ui.add_space(margin);
                ui.vertical(|ui| {
                    ui.set_max_width(width);
                    ui.add_space(floor);
                    match view {
                        ProjectorView::People | ProjectorView::Board => {
                            people_ui(ui, t, meeting, sizes);
                        }
                        ProjectorView::Goals => goals_ui(ui, t, meeting, sizes),
                        ProjectorView::Agreements => agreements_ui(ui, t, meeting, sizes),
                    }
                    // Room to scroll the last lines clear of the buttons in the corner.
                    ui.add_space(floor * 4.0);
                });
            });
        });
}

fn people_ui(ui: &mut egui::Ui, t: &Texts, meeting: &Meeting, sizes: Sizes) {
    let time = |time: Option<crate::model::Time>| {
        time.map_or("--:--".to_owned(), |t| t.strftime("%H:%M").to_string())
    };
    sizes.heading(
        ui,
        &fill(
            t.projector_time_box,
            &[
                ("date", &meeting.date),
                ("start", &time(meeting.start)),
                ("end", &time(meeting.planned_end)),
            ],
        ),
    );
    if !meeting.intended_outcome.trim().is_empty() {
        sizes.note(ui, &meeting.intended_outcome);
    }
    sizes.heading(ui, t.participants);
    for participant in meeting.participants.iter().filter(|p| p.present) {
        let line = if participant.role.trim().is_empty() {
            participant.name.clone()
        } else {
            format!("{} — {}", participant.name, participant.role)
        };
        sizes.line(ui, &line);
    }
    sizes.heading(ui, &format!("1. {}", t.box_questions));
    if meeting.questions.is_empty() {
        sizes.note(ui, t.projector_nothing_yet);
    }
    for question in &meeting.questions {
        sizes.line(
            ui,
            &format!("• {}", crate::layout::question_text(question, t)),
        );
    }
}

fn goals_ui(ui: &mut egui::Ui, t: &Texts, meeting: &Meeting, sizes: Sizes) {
    sizes.heading(ui, t.section_goals);
    if meeting.goals.is_empty() {
        sizes.note(ui, t.projector_nothing_yet);
    }
    // Each goal with its chain: what it builds on and changes, its needs, the support.
    for (number, goal) in meeting.goals.iter().enumerate() {
        let score = goal
            .score
            .map(|s| format!(" ({})", fill(t.score, &[("score", &s)])))
            .unwrap_or_default();
        ui.add_space(sizes.body * 0.3);
        ui.label(
            egui::RichText::new(format!(
                "{}. {}: {}{score}",
                number + 1,
                area_name(goal.area, t),
                goal.text
            ))
            .size(sizes.body)
            .strong()
            .color(sizes.ink),
        );
        let Some(chain) = meeting.chain(goal.id) else {
            continue;
        };
        for line in crate::chain_text::link_lines(t, &chain) {
            sizes.line(ui, &format!("  {line}"));
        }
    }
    // What serves no goal (yet) is still shown, under its own heading.
    let loose_needs: Vec<_> = meeting.needs.iter().filter(|n| n.goal.is_none()).collect();
    if !loose_needs.is_empty() {
        sizes.heading(ui, t.section_needs);
        for area in Area::ALL {
            for need in loose_needs.iter().filter(|n| n.area == area) {
                sizes.line(ui, &format!("{}: {}", area_name(area, t), need.text));
            }
        }
    }
    let loose_support: Vec<_> = meeting
        .support_needs
        .iter()
        .filter(|n| n.goal.is_none())
        .collect();
    if !loose_support.is_empty() {
        sizes.heading(ui, t.section_support);
        for of in SupportFor::ALL {
            for need in loose_support.iter().filter(|n| n.of == of) {
                sizes.line(ui, &format!("{}: {}", support_name(of, t), need.what));
            }
        }
    }
    // Without links yet, the + items starred on the board are what the goals build on.
    let linked = meeting.goals.iter().any(|g| !g.builds_on.is_empty());
    let building_on: Vec<String> = meeting
        .board
        .items()
        .filter(|i| !linked && i.top_three && i.kind == crate::model::ItemKind::GoingWell)
        .map(|i| format!("{} {}", i.kind.symbol(), i.text))
        .collect();
    if !building_on.is_empty() {
        sizes.heading(
            ui,
            &fill(
                t.projector_building_on,
                &[("kind", &kind_name(crate::model::ItemKind::GoingWell, t))],
            ),
        );
        for line in &building_on {
            sizes.line(ui, line);
        }
    }
}

fn agreements_ui(ui: &mut egui::Ui, t: &Texts, meeting: &Meeting, sizes: Sizes) {
    sizes.heading(ui, &format!("5. {}", t.box_agreements));
    let running: Vec<_> = meeting
        .agreements
        .iter()
        .filter(|a| a.is_running())
        .collect();
    if running.is_empty() {
        sizes.note(ui, t.projector_nothing_yet);
    }
    for (number, agreement) in running.iter().enumerate() {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(
                egui::RichText::new(format!("{}. {}", number + 1, agreement.what))
                    .size(sizes.body)
                    .strong()
                    .color(sizes.ink),
            );
            for (label, text) in [
                (t.col_who, &agreement.who),
                (t.col_why, &agreement.why),
                (t.col_when, &agreement.when),
                (t.col_how, &agreement.how),
            ] {
                if !text.trim().is_empty() {
                    sizes.line(ui, &format!("{label}: {text}"));
                }
            }
            sizes.note(ui, status_name(agreement.status, t));
        });
    }
    let feedback = &meeting.evaluation.feedback;
    if !feedback.is_empty() {
        sizes.heading(ui, t.projector_tops_tips);
        for entry in feedback {
            sizes.line(ui, &entry.participant);
            if !entry.top.trim().is_empty() {
                sizes.line(ui, &format!("  {}: {}", t.col_top, entry.top));
            }
            if !entry.tip.trim().is_empty() {
                sizes.line(ui, &format!("  {}: {}", t.col_tip, entry.tip));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_view_follows_the_step_unless_the_board_is_pinned() {
        assert_eq!(
            ProjectorView::for_step(GuideStep::Start, false),
            ProjectorView::People
        );
        assert_eq!(
            ProjectorView::for_step(GuideStep::Analysis, false),
            ProjectorView::Board
        );
        assert_eq!(
            ProjectorView::for_step(GuideStep::Needs, false),
            ProjectorView::Goals
        );
        assert_eq!(
            ProjectorView::for_step(GuideStep::Close, false),
            ProjectorView::Agreements
        );
        assert_eq!(
            ProjectorView::for_step(GuideStep::Close, true),
            ProjectorView::Board
        );
    }

    #[test]
    fn the_floor_is_a_capital_of_a_sixtieth_of_the_screen() {
        let at_720 = floor_points(720.0);
        assert!((at_720 * theme::CAP_HEIGHT_PER_SIZE - 12.0).abs() < 0.01);
        assert!((floor_points(1080.0) * theme::CAP_HEIGHT_PER_SIZE - 18.0).abs() < 0.01);
        // 1280×720 fits the board by height: 720 / 248 points per millimetre.
        let mm = floor_mm(egui::vec2(1280.0, 720.0), at_720);
        assert!((mm - at_720 / (720.0 / crate::layout::BOARD_HEIGHT_MM)).abs() < 1e-3);
    }
}
