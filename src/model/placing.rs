//! Where things sit on a board: an item's place in its circle's list and in the board's
//! order, and a circle's size and position, kept on the board.

use super::board::{Board, CircleId, ItemId, PosMm};

/// The smallest and largest radius a circle may be given.
pub const MIN_RADIUS_MM: f32 = 15.0;
pub const MAX_RADIUS_MM: f32 = 110.0;

impl Board {
    /// Moves an item to `index` in `circle` (the index counted before it is taken out);
    /// `None` when it stays where it was.
    pub(super) fn move_item(&mut self, item: ItemId, circle: CircleId, index: usize) -> Option<()> {
        let (from, from_index) = self.find_item(item)?;
        self.circle(circle)?;
        if from == circle && (index == from_index || index == from_index + 1) {
            return None;
        }
        let moved = self.circle_mut(from)?.items.remove(from_index);
        // Removing first shifts the places after it in the same list.
        let index = if from == circle && index > from_index {
            index - 1
        } else {
            index
        };
        let target = self.circle_mut(circle)?;
        let index = index.min(target.items.len());
        target.items.insert(index, moved);
        Some(())
    }

    /// Resizes a circle within the allowed radii, keeping it on the board.
    pub(super) fn resize_circle(&mut self, circle: CircleId, radius_mm: f32) -> Option<()> {
        let circle = self.circle_mut(circle)?;
        if !radius_mm.is_finite() {
            return None;
        }
        let radius_mm = radius_mm.clamp(MIN_RADIUS_MM, MAX_RADIUS_MM);
        (circle.radius_mm != radius_mm).then(|| {
            circle.radius_mm = radius_mm;
            circle.center = clamp_center(circle.center, radius_mm);
        })
    }

    pub(super) fn move_item_before(
        &mut self,
        item: ItemId,
        circle: CircleId,
        before: Option<ItemId>,
    ) -> Option<()> {
        let target = self.circle(circle)?;
        let index = before
            .and_then(|b| target.items.iter().position(|i| i.id == b))
            .unwrap_or(target.items.len());
        self.move_item(item, circle, index)
    }

    /// Where an item goes to pass its neighbour in the board's order, as a place in its
    /// circle's list; `None` at either end.
    pub(super) fn step_target(&self, item: ItemId, up: bool) -> Option<(CircleId, usize)> {
        let (circle_id, _) = self.find_item(item)?;
        let circle = self.circle(circle_id)?;
        let order = circle.in_board_order();
        let at = order.iter().position(|i| i.id == item)?;
        let neighbour = if up {
            order.get(at.checked_sub(1)?)?
        } else {
            order.get(at + 1)?
        };
        // Past another group (another marker, or starred against not) nothing would show.
        let group = |i: &super::Item| (i.kind, i.top_three);
        if group(neighbour) != group(order[at]) {
            return None;
        }
        let (_, neighbour_index) = self.find_item(neighbour.id)?;
        Some((
            circle_id,
            if up {
                neighbour_index
            } else {
                neighbour_index + 1
            },
        ))
    }
}

/// Keeps a circle on the board.
pub(super) fn clamp_center(center: PosMm, radius_mm: f32) -> PosMm {
    use super::board::{BOARD_HEIGHT_MM, BOARD_WIDTH_MM};
    let clamp = |v: f32, max: f32| {
        if v.is_finite() {
            v.clamp(radius_mm.min(max / 2.0), (max - radius_mm).max(max / 2.0))
        } else {
            max / 2.0
        }
    };
    PosMm::new(
        clamp(center.x, BOARD_WIDTH_MM),
        clamp(center.y, BOARD_HEIGHT_MM),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{BoardEdit, ItemKind};

    #[test]
    fn moving_within_a_list_lands_where_it_was_dropped() {
        let mut board = Board::default();
        let school = board.circles[1].id;
        let ids: Vec<ItemId> = ["a", "b", "c"]
            .iter()
            .map(|t| board.add_item(school, ItemKind::GoingWell, t).unwrap())
            .collect();
        let order = |board: &Board| -> Vec<String> {
            board
                .circle(school)
                .unwrap()
                .items
                .iter()
                .map(|i| i.text.clone())
                .collect()
        };
        // Dropping "a" before "c" (index 2 in the list as it was).
        board.apply(BoardEdit::MoveItem {
            item: ids[0],
            circle: school,
            index: 2,
        });
        assert_eq!(order(&board), ["b", "a", "c"]);
        board.apply(BoardEdit::MoveItem {
            item: ids[2],
            circle: school,
            index: 0,
        });
        assert_eq!(order(&board), ["c", "b", "a"]);
        assert!(
            board
                .apply(BoardEdit::MoveItem {
                    item: ids[2],
                    circle: school,
                    index: 1
                })
                .is_none()
        );
        board.apply(BoardEdit::MoveItem {
            item: ids[2],
            circle: school,
            index: 99,
        });
        assert_eq!(order(&board), ["b", "a", "c"]);
    }
}
