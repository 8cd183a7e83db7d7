#![allow(clippy::unwrap_used)] // Built from the shipped example, which loads.
//! A case at the documented limits, for tests and benchmarks alike.

/// A case at the documented limits: 500 meetings (the example's last one over and over),
/// the last with 100 circles of 1,000 items each and 500 arrows.
pub fn limits_case() -> uitzicht::model::Case {
    use uitzicht::model::limits::{MAX_ARROWS, MAX_CIRCLES, MAX_ITEMS, MAX_MEETINGS};
    use uitzicht::model::{Arrow, ArrowId, Item, ItemId, ItemKind, Spiral};
    let example =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/voorbeeld.uitzicht");
    let mut case = uitzicht::storage::load(&example).unwrap().case;
    let last = case.meetings.last().unwrap().clone();
    while case.meetings.len() < MAX_MEETINGS {
        case.meetings.push(last.clone());
    }
    let board = &mut case.meetings.last_mut().unwrap().board;
    while board.circles.len() < MAX_CIRCLES {
        board.add_custom_circle(format!("Kring {}", board.circles.len() + 1));
    }
    // Built directly: adding one by one looks for a free id among all items each time.
    let mut next_id = board.next_item_id().0;
    for (n, circle) in board.circles.iter_mut().enumerate() {
        if n >= 3 {
            // Laid out in a grid, all on the board: this case needs no mending when read.
            let (col, row) = ((n - 3) % 10, (n - 3) / 10);
            circle.center =
                uitzicht::model::PosMm::new(30.0 + 38.0 * col as f32, 20.0 + 22.0 * row as f32);
            circle.radius_mm = uitzicht::model::MIN_RADIUS_MM;
        }
        for i in circle.items.len()..MAX_ITEMS {
            circle.items.push(Item {
                id: ItemId(next_id),
                kind: ItemKind::ALL[i % ItemKind::ALL.len()],
                text: format!("Punt {i} van kring {n}: gaat over lezen"),
                top_three: false,
                carried: false,
                said_by: None,
                prepared: false,
                also_said_by: Vec::new(),
                said_words: None,
                example: None,
                childs_words: false,
            });
            next_id += 1;
        }
    }
    let ids: Vec<_> = board.circles.iter().map(|c| c.id).collect();
    let first_arrow = board.next_arrow_id().0;
    for (id, i) in (first_arrow..).zip(board.arrows.len()..MAX_ARROWS) {
        board.arrows.push(Arrow {
            id: ArrowId(id),
            from: ids[i % ids.len()],
            to: ids[(i + 1) % ids.len()],
            spiral: Spiral::Upward,
            note: format!("Pijl {i}: samen sterker"),
        });
    }
    case
}
