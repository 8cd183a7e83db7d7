//! Changes to a board, as values: the UI produces them, the app applies them in one place
//! and keeps the undo history.

use super::board::{ArrowId, Board, CircleId, CircleKind, Item, ItemId, ItemKind, PosMm, Spiral};
use super::placing::clamp_center;

/// One change to a board.
#[derive(Clone, Debug, PartialEq)]
pub enum BoardEdit {
    AddItem {
        circle: CircleId,
        kind: ItemKind,
        text: String,
    },
    SetItemText {
        item: ItemId,
        text: String,
    },
    /// Whether an item is in the child's own words.
    SetChildsWords {
        item: ItemId,
        childs_words: bool,
    },
    /// An item's recent example; an empty text takes it away.
    SetItemExample {
        item: ItemId,
        example: String,
    },
    SetItemKind {
        item: ItemId,
        kind: ItemKind,
    },
    /// Star an item into its circle's top three, or take it out.
    SetTopThree {
        item: ItemId,
        top_three: bool,
    },
    /// Keep an item that came over from the last meeting.
    ConfirmCarried {
        item: ItemId,
    },
    /// Keep everything that came over from the last meeting.
    ConfirmAllCarried,
    /// The chair takes items brought in on a preparation sheet into the board.
    TakeIn {
        items: Vec<ItemId>,
    },
    /// The chair finds a prepared item says what `into` says already: it goes, and `into`
    /// notes who said it too.
    MergePrepared {
        item: ItemId,
        into: ItemId,
    },
    DeleteItem {
        item: ItemId,
    },
    /// Move an item to `index` in the list of `circle` (its own or another).
    MoveItem {
        item: ItemId,
        circle: CircleId,
        index: usize,
    },
    /// Moves an item into `circle` just before `before` (an item there), or to its end.
    MoveItemBefore {
        item: ItemId,
        circle: CircleId,
        before: Option<ItemId>,
    },
    /// Moves an item one place up or down in the order the board shows its circle.
    StepItem {
        item: ItemId,
        up: bool,
    },
    AddCircle {
        title: String,
    },
    RenameCircle {
        circle: CircleId,
        title: String,
    },
    /// Removes a circle with its items and its arrows.
    RemoveCircle {
        circle: CircleId,
    },
    MoveCircle {
        circle: CircleId,
        center: PosMm,
    },
    ResizeCircle {
        circle: CircleId,
        radius_mm: f32,
    },
    AddArrow {
        from: CircleId,
        to: CircleId,
        spiral: Spiral,
        note: String,
    },
    SetArrow {
        arrow: ArrowId,
        spiral: Spiral,
        note: String,
    },
    RemoveArrow {
        arrow: ArrowId,
    },
}

/// What an applied edit created, for the UI to select it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Created {
    Nothing,
    Item(ItemId),
    Circle(CircleId),
    Arrow(ArrowId),
}

impl BoardEdit {
    /// The edit with its text cleaned of what no document can hold (pasted control
    /// characters), so that it never reaches the case.
    fn cleaned(mut self) -> Self {
        match &mut self {
            Self::AddItem { text, .. }
            | Self::SetItemText { text, .. }
            | Self::SetItemExample { example: text, .. }
            | Self::AddCircle { title: text }
            | Self::RenameCircle { title: text, .. }
            | Self::AddArrow { note: text, .. }
            | Self::SetArrow { note: text, .. } => {
                if let std::borrow::Cow::Owned(clean) = super::clean_text(text) {
                    *text = clean;
                }
            }
            _ => {}
        }
        self
    }
}

impl Board {
    /// The list an adding `edit` finds full (it then adds nothing), with its limit, for
    /// saying so.
    pub fn full_for(&self, edit: &BoardEdit) -> Option<(super::Limited, usize)> {
        use super::Limited;
        use super::limits::{MAX_ARROWS, MAX_CIRCLES, MAX_ITEMS};
        match edit {
            BoardEdit::AddItem { circle, .. } if self.circle_full(*circle) => {
                let kind = self.circle(*circle)?.kind.clone();
                Some((Limited::Items(kind), MAX_ITEMS))
            }
            BoardEdit::AddCircle { .. } if self.circles_full() => {
                Some((Limited::Circles, MAX_CIRCLES))
            }
            BoardEdit::AddArrow { .. } if self.arrows_full() => Some((Limited::Arrows, MAX_ARROWS)),
            _ => None,
        }
    }

    /// Items brought in beforehand become the board's own; `None` when none was waiting.
    fn take_in(&mut self, items: &[ItemId]) -> Option<Created> {
        let mut changed = false;
        for item in items {
            if let Some(item) = self.item_mut(*item) {
                changed |= std::mem::replace(&mut item.prepared, false);
            }
        }
        changed.then_some(Created::Nothing)
    }

    /// Folds the prepared `item` into `into`, which keeps its words and place and notes
    /// who said it too; nothing happens unless `item` still waits and `into` is another.
    fn merge_prepared(&mut self, item: ItemId, into: ItemId) -> Option<Created> {
        let waiting = self.item(item).filter(|i| i.prepared && item != into)?;
        let by = waiting.said_by.clone().unwrap_or_default();
        let target = self.item_mut(into)?;
        let by = by.trim();
        let known = target.said_by.as_deref().is_some_and(|s| s.trim() == by)
            || target.also_said_by.iter().any(|s| s.trim() == by);
        if !by.is_empty() && !known {
            target.also_said_by.push(by.to_owned());
        }
        let (circle, index) = self.find_item(item)?;
        self.circle_mut(circle)?.items.remove(index);
        Some(Created::Nothing)
    }

    /// Applies `edit`. Returns `None` when it changes nothing (an unknown id, the same
    /// value again), so that no empty step lands in the undo history.
    /// Changes what `item` carries besides its words: `Created::Nothing` when `change` says
    /// it changed anything, `None` when it did not (or there is no such item).
    fn change_item(
        &mut self,
        item: ItemId,
        change: impl FnOnce(&mut Item) -> bool,
    ) -> Option<Created> {
        change(self.item_mut(item)?).then_some(Created::Nothing)
    }

    pub fn apply(&mut self, edit: BoardEdit) -> Option<Created> {
        match edit.cleaned() {
            BoardEdit::AddItem { circle, kind, text } => {
                let text = text.trim();
                if text.is_empty() {
                    return None;
                }
                self.add_item(circle, kind, text).map(Created::Item)
            }
            BoardEdit::SetItemText { item, text } => {
                let item = self.item_mut(item)?;
                let text = text.trim();
                (item.text != text && !text.is_empty()).then(|| {
                    item.text = text.to_owned();
                    Created::Nothing
                })
            }
            BoardEdit::SetChildsWords { item, childs_words } => self.change_item(item, |i| {
                std::mem::replace(&mut i.childs_words, childs_words) != childs_words
            }),
            BoardEdit::SetItemExample { item, example } => {
                let example = Some(example.trim().to_owned()).filter(|e| !e.is_empty());
                self.change_item(item, |i| {
                    std::mem::replace(&mut i.example, example.clone()) != example
                })
            }
            BoardEdit::SetItemKind { item, kind } => {
                let item = self.item_mut(item)?;
                (item.kind != kind).then(|| {
                    item.kind = kind;
                    Created::Nothing
                })
            }
            BoardEdit::SetTopThree { item, top_three } => {
                let item = self.item_mut(item)?;
                (item.top_three != top_three).then(|| {
                    item.top_three = top_three;
                    Created::Nothing
                })
            }
            BoardEdit::ConfirmCarried { item } => {
                let item = self.item_mut(item)?;
                item.carried.then(|| {
                    item.carried = false;
                    Created::Nothing
                })
            }
            BoardEdit::ConfirmAllCarried => {
                let mut changed = false;
                for item in self.items_mut() {
                    changed |= std::mem::replace(&mut item.carried, false);
                }
                changed.then_some(Created::Nothing)
            }
            BoardEdit::TakeIn { items } => self.take_in(&items),
            BoardEdit::MergePrepared { item, into } => self.merge_prepared(item, into),
            BoardEdit::DeleteItem { item } => {
                let (circle, index) = self.find_item(item)?;
                self.circle_mut(circle)?.items.remove(index);
                Some(Created::Nothing)
            }
            edit @ (BoardEdit::MoveItem { .. }
            | BoardEdit::MoveItemBefore { .. }
            | BoardEdit::StepItem { .. }
            | BoardEdit::ResizeCircle { .. }) => self.place(&edit).map(|()| Created::Nothing),
            BoardEdit::AddCircle { title } => {
                let title = title.trim();
                (!self.circles_full() && !title.is_empty())
                    .then(|| Created::Circle(self.add_custom_circle(title)))
            }
            BoardEdit::RenameCircle { circle, title } => self.rename_circle(circle, &title),
            BoardEdit::RemoveCircle { circle } => {
                let index = self.circles.iter().position(|c| c.id == circle)?;
                self.circles.remove(index);
                self.arrows.retain(|a| a.from != circle && a.to != circle);
                Some(Created::Nothing)
            }
            BoardEdit::MoveCircle { circle, center } => {
                let circle = self.circle_mut(circle)?;
                let r = circle.radius_mm;
                let center = clamp_center(center, r);
                (circle.center != center).then(|| {
                    circle.center = center;
                    Created::Nothing
                })
            }
            BoardEdit::AddArrow {
                from,
                to,
                spiral,
                note,
            } => {
                if from == to {
                    return None;
                }
                self.add_arrow(from, to, spiral, note.trim())
                    .map(Created::Arrow)
            }
            BoardEdit::SetArrow {
                arrow,
                spiral,
                note,
            } => {
                let arrow = self.arrows.iter_mut().find(|a| a.id == arrow)?;
                let note = note.trim();
                (arrow.spiral != spiral || arrow.note != note).then(|| {
                    arrow.spiral = spiral;
                    arrow.note = note.to_owned();
                    Created::Nothing
                })
            }
            BoardEdit::RemoveArrow { arrow } => {
                let index = self.arrows.iter().position(|a| a.id == arrow)?;
                self.arrows.remove(index);
                Some(Created::Nothing)
            }
        }
    }

    /// The edits that only move or resize what is there (see `placing.rs`); `None` when
    /// nothing moved.
    fn place(&mut self, edit: &BoardEdit) -> Option<()> {
        match *edit {
            BoardEdit::MoveItem {
                item,
                circle,
                index,
            } => self.move_item(item, circle, index),
            BoardEdit::MoveItemBefore {
                item,
                circle,
                before,
            } => self.move_item_before(item, circle, before),
            BoardEdit::StepItem { item, up } => {
                let (circle, index) = self.step_target(item, up)?;
                self.move_item(item, circle, index)
            }
            BoardEdit::ResizeCircle { circle, radius_mm } => self.resize_circle(circle, radius_mm),
            _ => None,
        }
    }

    /// Renames a circle the participants added; the method's circles keep their names.
    fn rename_circle(&mut self, circle: CircleId, title: &str) -> Option<Created> {
        let circle = self.circle_mut(circle)?;
        let title = title.trim();
        match &mut circle.kind {
            CircleKind::Custom(old) if old != title && !title.is_empty() => {
                *old = title.to_owned();
                Some(Created::Nothing)
            }
            _ => None,
        }
    }
}

/// Reads a typed prefix as the marker kind: `+`, `-` (or `−`), `!` or `^` (or `↑`), `?`.
/// Returns the kind and the rest of the text, or `None` when the text has no prefix.
pub fn kind_from_prefix(typed: &str) -> Option<(ItemKind, &str)> {
    let typed = typed.trim_start();
    let mut chars = typed.chars();
    let kind = match chars.next()? {
        '+' => ItemKind::GoingWell,
        '-' | '−' => ItemKind::MustImprove,
        '!' | '^' | '↑' => ItemKind::Goal,
        '?' => ItemKind::Question,
        _ => return None,
    };
    Some((kind, chars.as_str().trim_start()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::MAX_RADIUS_MM;

    fn board() -> (Board, CircleId, CircleId) {
        let board = Board::default();
        let school = board.circles[1].id;
        let home = board.circles[2].id;
        (board, school, home)
    }

    #[test]
    fn items_are_added_edited_starred_moved_and_deleted() {
        let (mut board, school, home) = board();
        let Some(Created::Item(item)) = board.apply(BoardEdit::AddItem {
            circle: school,
            kind: ItemKind::GoingWell,
            text: "  leest voor  ".into(),
        }) else {
            panic!("no item")
        };
        assert_eq!(board.item(item).unwrap().text, "leest voor");
        assert_eq!(
            board.apply(BoardEdit::AddItem {
                circle: school,
                kind: ItemKind::Goal,
                text: "   ".into()
            }),
            None
        );
        assert!(
            board
                .apply(BoardEdit::SetItemText {
                    item,
                    text: "leest graag voor".into()
                })
                .is_some()
        );
        assert!(
            board
                .apply(BoardEdit::SetItemText {
                    item,
                    text: "leest graag voor".into()
                })
                .is_none()
        );
        assert!(
            board
                .apply(BoardEdit::SetTopThree {
                    item,
                    top_three: true
                })
                .is_some()
        );
        assert!(board.item(item).unwrap().top_three);
        assert!(
            board
                .apply(BoardEdit::MoveItem {
                    item,
                    circle: home,
                    index: 0
                })
                .is_some()
        );
        assert_eq!(board.find_item(item), Some((home, 0)));
        assert!(board.apply(BoardEdit::DeleteItem { item }).is_some());
        assert_eq!(board.find_item(item), None);
        assert!(board.apply(BoardEdit::DeleteItem { item }).is_none());
    }

    #[test]
    fn circles_stay_on_the_board_and_take_their_arrows_when_removed() {
        let (mut board, school, home) = board();
        let Some(Created::Circle(extra)) = board.apply(BoardEdit::AddCircle {
            title: "Netwerk".into(),
        }) else {
            panic!()
        };
        board.apply(BoardEdit::AddArrow {
            from: extra,
            to: school,
            spiral: Spiral::Upward,
            note: "".into(),
        });
        board.apply(BoardEdit::AddArrow {
            from: school,
            to: home,
            spiral: Spiral::Downward,
            note: "x".into(),
        });
        assert!(
            board
                .apply(BoardEdit::AddArrow {
                    from: home,
                    to: home,
                    spiral: Spiral::Upward,
                    note: "".into()
                })
                .is_none()
        );
        assert!(
            board
                .apply(BoardEdit::RenameCircle {
                    circle: extra,
                    title: "Wijk".into()
                })
                .is_some()
        );
        assert!(
            board
                .apply(BoardEdit::RenameCircle {
                    circle: school,
                    title: "Wijk".into()
                })
                .is_none()
        );
        board.apply(BoardEdit::MoveCircle {
            circle: extra,
            center: PosMm::new(-50.0, f32::NAN),
        });
        let moved = board.circle(extra).unwrap();
        assert!(moved.center.x >= moved.radius_mm && moved.center.y.is_finite());
        board.apply(BoardEdit::ResizeCircle {
            circle: extra,
            radius_mm: 1000.0,
        });
        assert_eq!(board.circle(extra).unwrap().radius_mm, MAX_RADIUS_MM);
        board.apply(BoardEdit::RemoveCircle { circle: extra });
        assert_eq!(board.arrows.len(), 1);
        assert!(board.circle(extra).is_none());
    }

    #[test]
    fn a_typed_prefix_chooses_the_marker() {
        assert_eq!(
            kind_from_prefix("+ leest graag"),
            Some((ItemKind::GoingWell, "leest graag"))
        );
        assert_eq!(
            kind_from_prefix("-rekenen"),
            Some((ItemKind::MustImprove, "rekenen"))
        );
        assert_eq!(
            kind_from_prefix("! AVI M5"),
            Some((ItemKind::Goal, "AVI M5"))
        );
        assert_eq!(
            kind_from_prefix("^ AVI M5"),
            Some((ItemKind::Goal, "AVI M5"))
        );
        assert_eq!(
            kind_from_prefix("?waarom"),
            Some((ItemKind::Question, "waarom"))
        );
        assert_eq!(kind_from_prefix("gewoon"), None);
        assert_eq!(kind_from_prefix(""), None);
    }
}
