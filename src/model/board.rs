use serde::{Deserialize, Serialize};

/// The drawing area of the board in millimetres: the A3 sheet less its margins and header.
/// Positions are measured from the top-left corner, y downwards, as on a flip-over.
pub const BOARD_WIDTH_MM: f32 = 400.0;
/// See [`BOARD_WIDTH_MM`].
pub const BOARD_HEIGHT_MM: f32 = 240.0;

/// A point on the board, in millimetres from its top-left corner.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PosMm {
    pub x: f32,
    pub y: f32,
}

impl PosMm {
    pub const fn new(x: f32, y: f32) -> Self {
        Self { x, y }
    }

    pub fn distance(self, other: Self) -> f32 {
        (self.x - other.x).hypot(self.y - other.y)
    }
}

/// Stable identity of a circle within its board; arrows refer to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct CircleId(pub u32);

/// Stable identity of an item within its board.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ItemId(pub u32);

/// Stable identity of an arrow within its board.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ArrowId(pub u32);

/// The visual analysis of one meeting: circles with their items, and arrows between them.
/// Box 1 (questions) and box 5 (agreements) are drawn from the meeting, not stored here.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Board {
    #[serde(deserialize_with = "super::limits::at_most::<_, _, { super::limits::MAX_CIRCLES }>")]
    pub circles: Vec<Circle>,
    #[serde(deserialize_with = "super::limits::at_most::<_, _, { super::limits::MAX_ARROWS }>")]
    pub arrows: Vec<Arrow>,
}

impl Default for Board {
    /// The three circles of the method in their places: the child above, school and home below.
    fn default() -> Self {
        let radius_mm = 52.0;
        let circle = |id, kind, x, y| Circle {
            id: CircleId(id),
            kind,
            center: PosMm::new(x, y),
            radius_mm,
            items: Vec::new(),
        };
        Self {
            circles: vec![
                circle(1, CircleKind::Child, 200.0, 60.0),
                circle(2, CircleKind::School, 126.0, 178.0),
                circle(3, CircleKind::Home, 274.0, 178.0),
            ],
            arrows: Vec::new(),
        }
    }
}

impl Board {
    /// Spots for extra circles (centre and radius), in the gaps the method circles leave;
    /// used in turn, and again a little lower once all are taken.
    const EXTRA_SPOTS: [(PosMm, f32); 3] = [
        (PosMm::new(110.0, 40.0), 34.0),
        (PosMm::new(290.0, 40.0), 34.0),
        (PosMm::new(200.0, 216.0), 24.0),
    ];

    pub fn item_count(&self) -> usize {
        self.circles.iter().map(|c| c.items.len()).sum()
    }

    pub fn circle(&self, id: CircleId) -> Option<&Circle> {
        self.circles.iter().find(|c| c.id == id)
    }

    pub fn circle_mut(&mut self, id: CircleId) -> Option<&mut Circle> {
        self.circles.iter_mut().find(|c| c.id == id)
    }

    /// The circle holding `item` and the item's place in its list.
    pub fn find_item(&self, item: ItemId) -> Option<(CircleId, usize)> {
        self.circles.iter().find_map(|circle| {
            let index = circle.items.iter().position(|i| i.id == item)?;
            Some((circle.id, index))
        })
    }

    /// Every item on the board, circle by circle.
    pub fn items(&self) -> impl Iterator<Item = &Item> {
        self.circles.iter().flat_map(|c| c.items.iter())
    }

    pub fn items_mut(&mut self) -> impl Iterator<Item = &mut Item> {
        self.circles.iter_mut().flat_map(|c| c.items.iter_mut())
    }

    pub fn item(&self, item: ItemId) -> Option<&Item> {
        self.items().find(|i| i.id == item)
    }

    pub fn item_mut(&mut self, item: ItemId) -> Option<&mut Item> {
        self.items_mut().find(|i| i.id == item)
    }

    #[cfg(test)]
    pub(crate) fn item_mut_for_test(&mut self, id: ItemId) -> &mut Item {
        self.item_mut(id).expect("the item is on the board")
    }

    pub fn next_circle_id(&self) -> CircleId {
        CircleId(next_id(self.circles.iter().map(|c| c.id.0)))
    }

    pub fn next_item_id(&self) -> ItemId {
        ItemId(next_id(self.items().map(|i| i.id.0)))
    }

    pub fn next_arrow_id(&self) -> ArrowId {
        ArrowId(next_id(self.arrows.iter().map(|a| a.id.0)))
    }

    /// Adds a circle with its own title at the next free spot, and returns its id.
    pub fn add_custom_circle(&mut self, title: impl Into<String>) -> CircleId {
        let id = self.next_circle_id();
        let extra = self
            .circles
            .iter()
            .filter(|c| matches!(c.kind, CircleKind::Custom(_)))
            .count();
        let (spot, radius_mm) = Self::EXTRA_SPOTS[extra % Self::EXTRA_SPOTS.len()];
        let round = (extra / Self::EXTRA_SPOTS.len()) as f32;
        let center = PosMm::new(spot.x + 8.0 * round, spot.y + 8.0 * round);
        self.circles.push(Circle {
            id,
            kind: CircleKind::Custom(title.into()),
            center,
            radius_mm,
            items: Vec::new(),
        });
        id
    }

    /// The circle holds as many items as a case file may ([`super::limits::MAX_ITEMS`]).
    pub fn circle_full(&self, circle: CircleId) -> bool {
        self.circle(circle)
            .is_some_and(|c| c.items.len() >= super::limits::MAX_ITEMS)
    }

    /// The board holds as many arrows as a case file may.
    pub fn arrows_full(&self) -> bool {
        self.arrows.len() >= super::limits::MAX_ARROWS
    }

    /// The board holds as many circles as a case file may.
    pub fn circles_full(&self) -> bool {
        self.circles.len() >= super::limits::MAX_CIRCLES
    }

    /// Adds an item at the end of a circle's list; `None` if the circle does not exist or
    /// holds as many items as a case file may ([`super::limits::MAX_ITEMS`]).
    pub fn add_item(&mut self, circle: CircleId, kind: ItemKind, text: &str) -> Option<ItemId> {
        let id = self.next_item_id();
        self.add_item_as(id, circle, kind, text)
    }

    /// [`Self::add_item`] with an id the caller knows to be free (adding many at once need
    /// not look through the board for each); `None` when the circle is gone or full.
    pub fn add_item_as(
        &mut self,
        id: ItemId,
        circle: CircleId,
        kind: ItemKind,
        text: &str,
    ) -> Option<ItemId> {
        if self.circle_full(circle) {
            return None;
        }
        let circle = self.circle_mut(circle)?;
        circle.items.push(Item {
            id,
            kind,
            text: text.to_owned(),
            top_three: false,
            carried: false,
            said_by: None,
            prepared: false,
            also_said_by: Vec::new(),
            said_words: None,
            example: None,
            childs_words: false,
        });
        Some(id)
    }

    /// Adds an arrow between two existing circles; `None` if either is missing.
    pub fn add_arrow(
        &mut self,
        from: CircleId,
        to: CircleId,
        spiral: Spiral,
        note: &str,
    ) -> Option<ArrowId> {
        self.circle(from)?;
        self.circle(to)?;
        if self.arrows_full() {
            return None;
        }
        let id = self.next_arrow_id();
        self.arrows.push(Arrow {
            id,
            from,
            to,
            spiral,
            note: note.to_owned(),
        });
        Some(id)
    }
}

/// One circle of the board.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Circle {
    pub id: CircleId,
    pub kind: CircleKind,
    /// Centre on the board.
    pub center: PosMm,
    pub radius_mm: f32,
    /// The items in the order they are listed in the circle.
    #[serde(default)]
    #[serde(deserialize_with = "super::limits::at_most::<_, _, { super::limits::MAX_ITEMS }>")]
    pub items: Vec<Item>,
}

impl Circle {
    /// How many items of `kind` the circle holds; the method asks for the three most important.
    pub fn count_of(&self, kind: ItemKind) -> usize {
        self.items.iter().filter(|i| i.kind == kind).count()
    }

    /// The items as the board shows them, on screen and on paper: grouped by marker (+, −,
    /// ↑, ?), the starred top three first in each group, otherwise in the order typed.
    pub fn in_board_order(&self) -> Vec<&Item> {
        let mut items: Vec<&Item> = self.items.iter().collect();
        // A stable sort keeps the typed order within a group.
        items.sort_by_key(|item| {
            let group = ItemKind::ALL.iter().position(|k| *k == item.kind);
            (group, !item.top_three)
        });
        items
    }
}

/// What a circle stands for. The method's three have a fixed meaning (and a number on the
/// sheet); users add circles of their own such as network, neighbourhood or peers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum CircleKind {
    /// 2. Kind/jongere.
    Child,
    /// 3. School/onderwijs.
    School,
    /// 4. Thuis/opvoeding.
    Home,
    /// A circle the participants added, with its title.
    Custom(String),
}

impl CircleKind {
    /// The number the method gives the circle on the sheet (box 1 and 5 are the other two).
    pub fn method_number(&self) -> Option<u8> {
        match self {
            Self::Child => Some(2),
            Self::School => Some(3),
            Self::Home => Some(4),
            Self::Custom(_) => None,
        }
    }
}

/// One thing written in a circle.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Item {
    pub id: ItemId,
    pub kind: ItemKind,
    pub text: String,
    /// Chosen as one of the three most important of its kind in this circle.
    #[serde(default)]
    pub top_three: bool,
    /// Brought over from the previous meeting and not yet confirmed in this one.
    #[serde(default)]
    pub carried: bool,
    /// Who said it, when it came in with their preparation sheet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub said_by: Option<String>,
    /// Read from a preparation sheet and not yet taken into the board by the chair.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub prepared: bool,
    /// Others who brought in the same point on their sheet, merged into this item by the
    /// chair.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also_said_by: Vec<String>,
    /// The words as `said_by` wrote them on the sheet, kept when the chair rewords the
    /// item: the report quotes them beside the chair's wording.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub said_words: Option<String>,
    /// A recent, concrete example of it, as the method asks (one or two lines): on the
    /// laptop and in the report, not on the A3 board.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub example: Option<String>,
    /// The child's own words (its sheet, or what it said itself): marked on the board and
    /// the projector, so the room sees what the child said.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub childs_words: bool,
}

impl Item {
    /// The words of whoever brought it in, where the chair's wording differs from them.
    pub fn own_words(&self) -> Option<&str> {
        let said = self.said_words.as_deref()?.trim();
        (said != self.text.trim() && !said.is_empty()).then_some(said)
    }
}

/// The four markers of the method.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ItemKind {
    /// + : goes well already.
    GoingWell,
    /// − : must get better.
    MustImprove,
    /// ↑ : a goal.
    Goal,
    /// ? : still unclear.
    Question,
}

impl ItemKind {
    pub const ALL: [Self; 4] = [
        Self::GoingWell,
        Self::MustImprove,
        Self::Goal,
        Self::Question,
    ];

    /// The symbol printed beside the item; meaning never rests on colour alone.
    pub fn symbol(self) -> &'static str {
        match self {
            Self::GoingWell => "+",
            Self::MustImprove => "−",
            Self::Goal => "↑",
            Self::Question => "?",
        }
    }
}

/// An influence of one circle on another.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Arrow {
    pub id: ArrowId,
    pub from: CircleId,
    pub to: CircleId,
    pub spiral: Spiral,
    /// A few words on how the one affects the other.
    #[serde(default)]
    pub note: String,
}

/// Whether an interaction makes things better or worse.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Spiral {
    Upward,
    Downward,
    #[default]
    Unknown,
}

impl Spiral {
    pub const ALL: [Self; 3] = [Self::Upward, Self::Downward, Self::Unknown];

    pub fn symbol(self) -> &'static str {
        match self {
            Self::Upward => "↗",
            Self::Downward => "↘",
            Self::Unknown => "?",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn method_and_extra_circles_fit_between_the_boxes_without_overlap() {
        let mut board = Board::default();
        for title in ["netwerk", "wijk", "vrije tijd"] {
            board.add_custom_circle(title);
        }
        for circle in &board.circles {
            let r = circle.radius_mm;
            // Clear of box 1 and the legend on the left, box 5 on the right.
            assert!(circle.center.x - r >= 66.0 && circle.center.x + r <= 334.0);
            assert!(circle.center.y - r >= 0.0 && circle.center.y + r <= BOARD_HEIGHT_MM);
        }
        for (i, a) in board.circles.iter().enumerate() {
            for b in &board.circles[i + 1..] {
                assert!(a.center.distance(b.center) > a.radius_mm + b.radius_mm);
            }
        }
    }

    #[test]
    fn ids_stay_unique_after_adding_and_items_are_found_again() {
        let mut board = Board::default();
        let school = CircleId(2);
        let a = board
            .add_item(school, ItemKind::GoingWell, "leest graag")
            .unwrap();
        let b = board
            .add_item(school, ItemKind::Question, "wat helpt?")
            .unwrap();
        assert_ne!(a, b);
        assert_eq!(board.find_item(b), Some((school, 1)));
        let extra = board.add_custom_circle("netwerk");
        assert_eq!(extra, CircleId(4));
        for title in ["a", "b", "c", "d"] {
            board.add_custom_circle(title);
        }
        let last = board.circles.last().unwrap();
        assert!(last.center.x.is_finite() && last.radius_mm > 0.0);
        assert!(board.add_item(CircleId(99), ItemKind::Goal, "x").is_none());
        assert!(
            board
                .add_arrow(school, CircleId(99), Spiral::Upward, "")
                .is_none()
        );
        assert_eq!(
            board.add_arrow(school, extra, Spiral::Downward, "n"),
            Some(ArrowId(1))
        );
        assert_eq!(
            board.circle(school).unwrap().count_of(ItemKind::GoingWell),
            1
        );
    }
}

/// The id after the highest in use; when a file already uses the highest possible id, the
/// lowest free one instead, so that adding (and so saving) never fails for a counter.
pub fn next_id(used: impl Iterator<Item = u32>) -> u32 {
    let used: std::collections::BTreeSet<u32> = used.collect();
    match used.last() {
        None => 1,
        Some(&max) => max
            .checked_add(1)
            .unwrap_or_else(|| (1..).find(|id| !used.contains(id)).unwrap_or(0)),
    }
}

#[cfg(test)]
mod id_tests {
    use super::next_id;

    #[test]
    fn ids_follow_the_highest_and_never_overflow() {
        assert_eq!(next_id([].into_iter()), 1);
        assert_eq!(next_id([3, 1].into_iter()), 4);
        assert_eq!(next_id([u32::MAX, 1, 2].into_iter()), 3);
    }
}

#[cfg(test)]
mod order_tests {
    use super::*;
    use crate::model::BoardEdit;

    #[test]
    fn a_circle_shows_its_items_by_marker_with_the_starred_first() {
        let mut board = Board::default();
        let child = board.circles[0].id;
        let mut add = |kind, text: &str| board.add_item(child, kind, text).unwrap();
        let question = add(ItemKind::Question, "vraag");
        let worse = add(ItemKind::MustImprove, "moet beter");
        let plain = add(ItemKind::GoingWell, "gaat goed");
        let starred = add(ItemKind::GoingWell, "gaat goed, top 3");
        board.item_mut_for_test(starred).top_three = true;
        let order: Vec<ItemId> = board.circles[0]
            .in_board_order()
            .iter()
            .map(|i| i.id)
            .collect();
        assert_eq!(order, [starred, plain, worse, question]);

        // Moving up passes the neighbour in that order, not in the typed list.
        assert!(
            board
                .apply(BoardEdit::StepItem {
                    item: plain,
                    up: true
                })
                .is_none(),
            "not past a starred item: nothing would show"
        );
        let another = board
            .add_item(child, ItemKind::GoingWell, "nog een")
            .unwrap();
        board
            .apply(BoardEdit::StepItem {
                item: another,
                up: true,
            })
            .unwrap();
        let order: Vec<ItemId> = board.circles[0]
            .in_board_order()
            .iter()
            .map(|i| i.id)
            .collect();
        assert_eq!(order, [starred, another, plain, worse, question]);
    }
}
