//! The board drawn with egui: the shared [`layout`](crate::layout) mapped from board
//! millimetres to the screen each frame.

mod paint;

use egui::emath::RectTransform;
use egui::{Pos2, Rect, Sense, Vec2, WidgetInfo};

use crate::i18n::{Texts, fill};
use crate::layout::{BOARD_HEIGHT_MM, BOARD_WIDTH_MM, BoardLayout, RectMm, kind_name, spiral_name};
use crate::model::{Meeting, PosMm};

pub use paint::FontFamilies;

/// Maps board millimetres to screen points and back.
#[derive(Clone, Copy, Debug)]
pub struct BoardView {
    pub screen_from_board: RectTransform,
}

impl BoardView {
    /// The whole board, as large as fits in `screen`, centred, keeping its proportions.
    pub fn fit(screen: Rect) -> Self {
        let board = Rect::from_min_size(Pos2::ZERO, Vec2::new(BOARD_WIDTH_MM, BOARD_HEIGHT_MM));
        let scale = (screen.width() / BOARD_WIDTH_MM).min(screen.height() / BOARD_HEIGHT_MM);
        let fitted = Rect::from_center_size(screen.center(), board.size() * scale);
        Self {
            screen_from_board: RectTransform::from_to(board, fitted),
        }
    }

    /// Screen points per board millimetre.
    pub fn points_per_mm(&self) -> f32 {
        self.screen_from_board.scale().x
    }

    pub fn pos(&self, pos_in_board: PosMm) -> Pos2 {
        self.screen_from_board
            .transform_pos(Pos2::new(pos_in_board.x, pos_in_board.y))
    }

    pub fn rect(&self, rect_in_board: RectMm) -> Rect {
        Rect::from_min_max(self.pos(rect_in_board.min), self.pos(rect_in_board.max))
    }
}

/// Draws the board of `meeting` into the available space, with an accessible node for each
/// circle, item, arrow and box so that screen readers and tests can find them.
pub fn board_ui(
    ui: &mut egui::Ui,
    layout: &BoardLayout,
    meeting: &Meeting,
    t: &Texts,
) -> egui::Response {
    let (response, painter) = ui.allocate_painter(ui.available_size(), Sense::hover());
    let view = BoardView::fit(response.rect);
    paint::scene(&painter, &view, &crate::scene::board_scene(layout));
    response.widget_info(|| WidgetInfo::labeled(egui::Role::Canvas, true, t.board));

    for (index, question_box) in [&layout.questions, &layout.agreements]
        .into_iter()
        .enumerate()
    {
        let id = response.id.with(("box", index));
        let rect = view.rect(question_box.rect);
        let node = ui.interact(rect, id, Sense::hover());
        node.widget_info(|| WidgetInfo::labeled(egui::Role::Group, true, &question_box.title.text));
    }

    for circle in &layout.circles {
        let center = view.pos(circle.center);
        let radius = circle.radius_mm * view.points_per_mm();
        let rect = Rect::from_center_size(center, Vec2::splat(2.0 * radius));
        let node = ui.interact(
            rect,
            response.id.with(("circle", circle.id)),
            Sense::hover(),
        );
        node.widget_info(|| WidgetInfo::labeled(egui::Role::Group, true, &circle.title));
        for item in &circle.items {
            let rect = view.rect(item.bounds);
            let id = response.id.with(("item", item.id));
            let node = ui.interact(rect, id, Sense::hover());
            let text = meeting
                .board
                .item(item.id)
                .map_or_else(String::new, |i| i.text.clone());
            let name = fill(
                t.item_name,
                &[("kind", &kind_name(item.kind, t)), ("text", &text)],
            );
            node.widget_info(|| WidgetInfo::labeled(egui::Role::ListItem, true, &name));
        }
    }

    for arrow in &layout.arrows {
        let Some(model) = meeting.board.arrows.iter().find(|a| a.id == arrow.id) else {
            continue;
        };
        let title_of = |id| {
            layout
                .circles
                .iter()
                .find(|c| c.id == id)
                .map_or_else(String::new, |c| c.title.clone())
        };
        let name = fill(
            t.arrow_name,
            &[
                ("from", &title_of(model.from)),
                ("to", &title_of(model.to)),
                ("spiral", &spiral_name(arrow.spiral, t)),
                ("note", &model.note),
            ],
        );
        let center = view.pos(arrow.icon_center);
        let size = Vec2::splat(2.0 * arrow.icon_radius_mm * view.points_per_mm());
        let rect = Rect::from_center_size(center, size);
        let node = ui.interact(rect, response.id.with(("arrow", arrow.id)), Sense::hover());
        node.widget_info(|| WidgetInfo::labeled(egui::Role::Image, true, &name));
    }
    response
}
