//! What the people at the table see on the projector: the view that follows the chair's
//! step (why and who is here and what we ask, the board, the goals, the needs, the support,
//! the agreements with tops and tips), in type read from the back of the room, in pages
//! that fit the screen rather than a scrollbar nobody at the back can use.

use super::projector_views::{self as views, Style};
use crate::i18n::{Texts, fill};
use crate::model::{GuideStep, Meeting};
use crate::theme;

/// The view the projector shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProjectorView {
    /// Why we are here, who is at the table, the questions of box 1, the time box.
    People,
    /// The board.
    Board,
    /// The goals with what they build on and what they change (step 3).
    Goals,
    /// The needs per area (step 4).
    Needs,
    /// The support needs per adult, with how often, when and how (step 5).
    Support,
    /// The agreements with their five W's, then the tops and tips (step 6).
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
            GuideStep::Goals => Self::Goals,
            GuideStep::Needs => Self::Needs,
            GuideStep::SupportNeeds => Self::Support,
            GuideStep::Close => Self::Agreements,
        }
    }

    /// What the view says, in blocks that stay together on a page when they can.
    fn blocks(self, t: &Texts, meeting: &Meeting) -> Vec<views::Block> {
        match self {
            Self::People | Self::Board => views::start(t, meeting),
            Self::Goals => views::goals(t, meeting),
            Self::Needs => views::needs(t, meeting),
            Self::Support => views::support(t, meeting),
            Self::Agreements => views::agreements(t, meeting),
        }
    }
}

/// The smallest text on a screen `height_points` high: a capital at least 1/60 of the
/// screen height, the size of a capital being about 0.7 of the type size.
pub fn floor_points(height_points: f32) -> f32 {
    // A window with no height (minimised, on Windows) still gets a type size fonts can have.
    (height_points / theme::PROJECTOR_CAPITALS_PER_SCREEN / theme::CAP_HEIGHT_PER_SIZE).max(1.0)
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

    /// A line's type, colour, indent and the room above it.
    fn of(&self, style: Style) -> (egui::FontId, egui::Color32, f32, f32) {
        let font = |size| egui::FontId::proportional(size);
        match style {
            Style::Heading => (font(self.heading), self.ink, 0.0, self.body * 0.7),
            Style::Strong => (font(self.body), self.ink, 0.0, self.body * 0.4),
            Style::Body => (font(self.body), self.ink, 0.0, 0.0),
            Style::Indented => (font(self.body), self.ink, self.body, 0.0),
            Style::Note => (font(self.body), self.muted, self.body, 0.0),
        }
    }
}

/// A line set for the screen, where it goes.
struct Placed {
    at: egui::Pos2,
    galley: std::sync::Arc<egui::Galley>,
}

/// Sets `blocks` in pages of `area`: a block goes whole to the next page when it does not fit
/// what is left of this one, and is cut between lines only when it is longer than a page.
fn paginate(
    painter: &egui::Painter,
    blocks: &[views::Block],
    (sizes, hyphens): (Sizes, crate::layout::Hyphenation),
    area: egui::Rect,
) -> Vec<Vec<Placed>> {
    let mut pages: Vec<Vec<Placed>> = vec![Vec::new()];
    let mut y = area.top();
    for block in blocks {
        let set: Vec<(f32, f32, std::sync::Arc<egui::Galley>)> = block
            .iter()
            .map(|line| {
                let (font, colour, indent, above) = sizes.of(line.style);
                let width = (area.width() - indent).max(sizes.body);
                // Broken into lines as print breaks them, hyphenated; egui's own wrapping
                // is left a little room so that it does not break a line again.
                let lines = crate::layout::wrap(
                    &line.text,
                    width * 0.97,
                    font.size,
                    (crate::fonts::Weight::Regular, hyphens),
                    crate::fonts::FontMetrics::shipped(),
                );
                let galley = painter.layout(lines.join("\n"), font, colour, width);
                (indent, above, galley)
            })
            .collect();
        let height: f32 = set.iter().map(|(_, above, g)| above + g.size().y).sum();
        if y + height > area.bottom() && y > area.top() {
            pages.push(Vec::new());
            y = area.top();
        }
        for (indent, above, galley) in set {
            let mut above = if y > area.top() { above } else { 0.0 };
            if y + above + galley.size().y > area.bottom() && y > area.top() {
                pages.push(Vec::new());
                y = area.top();
                above = 0.0;
            }
            let at = egui::pos2(area.left() + indent, y + above);
            y = at.y + galley.size().y;
            if let Some(page) = pages.last_mut() {
                page.push(Placed { at, galley });
            }
        }
    }
    pages
}

/// Which page of a step view the projector shows, and how many there were when last drawn.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Pages {
    pub shown: usize,
    pub count: usize,
}

impl Pages {
    pub fn next(&mut self) {
        self.shown = (self.shown + 1).min(self.count.saturating_sub(1));
    }

    pub fn previous(&mut self) {
        self.shown = self.shown.saturating_sub(1);
    }
}

/// Draws a view other than the board: big type in one column, in pages that fit the
/// screen; PageDown/PageUp or a tap turns them, and "2/3" says where the room is.
pub fn step_view_ui(
    ui: &mut egui::Ui,
    t: &Texts,
    meeting: &Meeting,
    view: ProjectorView,
    style: (f32, bool),
    pages: &mut Pages,
) {
    let set = TextPages::set(ui, t, &view.blocks(t, meeting), style, (pages, 0));
    set.ui(ui, t, pages);
}

/// Pages of text, after `before` pages of something else (the board, which draws itself).
pub struct TextPages {
    set: Vec<Vec<Placed>>,
    before: usize,
    floor: f32,
    muted: egui::Color32,
}

impl TextPages {
    /// Sets `blocks` in pages of the screen `ui` has, and counts them into `pages`, whose
    /// page shown stays one that is there.
    pub fn set(
        ui: &egui::Ui,
        t: &Texts,
        blocks: &[views::Block],
        (floor, high_contrast): (f32, bool),
        (pages, before): (&mut Pages, usize),
    ) -> Self {
        let sizes = Sizes::new(floor, high_contrast);
        let screen = ui.max_rect();
        let width = (screen.width() - 2.0 * floor)
            .min(sizes.body * theme::PROJECTOR_LINE_EMS)
            .max(sizes.body);
        // Centred, with air around it, as a slide is.
        let area = egui::Rect::from_x_y_ranges(
            screen.center().x - width / 2.0..=screen.center().x + width / 2.0,
            screen.top() + floor..=screen.bottom() - floor * crate::layout::PROJECTOR_FOOT_FLOORS,
        );
        let hyphens = crate::layout::Hyphenation::of(t);
        // Pages of their own only for what there is: nothing more after the board is no page.
        let set = if blocks.is_empty() && before > 0 {
            Vec::new()
        } else {
            paginate(ui.painter(), blocks, (sizes, hyphens), area)
        };
        pages.count = before + set.len();
        pages.shown = pages.shown.min(pages.count.saturating_sub(1));
        Self {
            set,
            before,
            floor,
            muted: sizes.muted,
        }
    }

    /// True when the page shown is one of those before the text (the board's).
    pub fn shows_before(&self, pages: &Pages) -> bool {
        pages.shown < self.before
    }

    /// Draws the page shown when it is text, and the page number when there is more than
    /// one; a tap on a text page turns to the next, and after the last back to the first.
    pub fn ui(self, ui: &mut egui::Ui, t: &Texts, pages: &mut Pages) {
        let screen = ui.max_rect();
        if !self.shows_before(pages) {
            let tap = ui.interact(
                screen,
                ui.scope_id().with("turn_page"),
                egui::Sense::click(),
            );
            if tap.clicked() && pages.count > 1 {
                pages.shown = (pages.shown + 1) % pages.count;
            }
        }
        ui.style_mut().interaction.selectable_labels = false;
        if let Some(page) = pages
            .shown
            .checked_sub(self.before)
            .and_then(|n| self.set.into_iter().nth(n))
        {
            for placed in page {
                let rect = egui::Rect::from_min_size(placed.at, placed.galley.size());
                ui.put(rect, egui::Label::new(placed.galley));
            }
        }
        if pages.count > 1 {
            let number = fill(
                t.projector_page,
                &[("page", &(pages.shown + 1)), ("pages", &pages.count)],
            );
            let galley = ui.painter().layout_no_wrap(
                number,
                egui::FontId::proportional(self.floor),
                self.muted,
            );
            let at = egui::pos2(
                screen.left() + theme::GAP,
                screen.bottom() - theme::GAP - galley.size().y,
            );
            ui.put(
                egui::Rect::from_min_size(at, galley.size()),
                egui::Label::new(galley),
            );
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
            ProjectorView::for_step(GuideStep::Goals, false),
            ProjectorView::Goals
        );
        assert_eq!(
            ProjectorView::for_step(GuideStep::Needs, false),
            ProjectorView::Needs
        );
        assert_eq!(
            ProjectorView::for_step(GuideStep::SupportNeeds, false),
            ProjectorView::Support
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
