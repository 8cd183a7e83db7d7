//! Undo and redo as snapshots of the whole case: it is small, and a snapshot cannot get out
//! of step with the edits the way inverse operations can. Never saved in the file.

use crate::model::Case;

/// How many steps back a chair can go.
const LIMIT: usize = 200;

/// The states before each step, and the ones undone.
#[derive(Clone, Debug, Default)]
pub struct History {
    undo: Vec<Case>,
    redo: Vec<Case>,
    /// The state when a gesture (a drag) began; the gesture becomes one step when it ends.
    gesture: Option<Case>,
    /// The field typed in by the last step, so that typing on in it adds no new step.
    typing: Option<u64>,
}

impl History {
    /// Records `before` as the state to return to; a new step clears what was undone.
    pub fn record(&mut self, before: Case) {
        self.typing = None;
        if self.gesture.is_some() {
            return;
        }
        self.undo.push(before);
        if self.undo.len() > LIMIT {
            self.undo.remove(0);
        }
        self.redo.clear();
    }

    /// Records a change typed in the field `key`: the first change in a field is a step,
    /// the following ones in the same field join it.
    pub fn record_typing(&mut self, before: Case, key: Option<u64>) {
        if key.is_some() && key == self.typing && !self.undo.is_empty() {
            return;
        }
        self.record(before);
        self.typing = key;
    }

    /// Starts a gesture: the edits until [`Self::end_gesture`] undo as one.
    pub fn begin_gesture(&mut self, before: &Case) {
        if self.gesture.is_none() {
            self.gesture = Some(before.clone());
        }
    }

    /// Ends a gesture; it becomes one step if it changed anything.
    pub fn end_gesture(&mut self, now: &Case) {
        if let Some(before) = self.gesture.take()
            && before != *now
        {
            self.record(before);
        }
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Steps back; false when there is nothing to undo.
    pub fn undo(&mut self, case: &mut Case) -> bool {
        self.gesture = None;
        self.typing = None;
        match self.undo.pop() {
            Some(before) => {
                self.redo.push(std::mem::replace(case, before));
                true
            }
            None => false,
        }
    }

    /// Steps forward again; false when there is nothing to redo.
    pub fn redo(&mut self, case: &mut Case) -> bool {
        self.gesture = None;
        self.typing = None;
        match self.redo.pop() {
            Some(after) => {
                self.undo.push(std::mem::replace(case, after));
                true
            }
            None => false,
        }
    }

    /// Forgets everything, as when another case is opened.
    pub fn clear(&mut self) {
        *self = Self::default();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn case(child: &str) -> Case {
        Case {
            child: child.to_owned(),
            ..Case::default()
        }
    }

    #[test]
    fn undo_and_redo_walk_the_steps_and_a_new_step_clears_redo() {
        let mut history = History::default();
        let mut now = case("a");
        history.record(now.clone());
        now = case("b");
        history.record(now.clone());
        now = case("c");
        assert!(history.undo(&mut now));
        assert_eq!(now.child, "b");
        assert!(history.undo(&mut now));
        assert_eq!(now.child, "a");
        assert!(!history.undo(&mut now));
        assert!(history.redo(&mut now));
        assert_eq!(now.child, "b");
        history.record(now.clone());
        now = case("d");
        assert!(!history.can_redo());
        assert!(history.undo(&mut now));
        assert_eq!(now.child, "b");
    }

    #[test]
    fn typing_in_one_field_is_one_step() {
        let mut history = History::default();
        let mut now = case("");
        for (text, field) in [("a", 1), ("ab", 1), ("abc", 1), ("x", 2)] {
            history.record_typing(now.clone(), Some(field));
            now = case(text);
        }
        assert!(history.undo(&mut now));
        assert_eq!(now.child, "abc");
        assert!(history.undo(&mut now));
        assert_eq!(now.child, "");
        assert!(!history.can_undo());
    }

    #[test]
    fn a_gesture_is_one_step() {
        let mut history = History::default();
        let mut now = case("start");
        history.begin_gesture(&now);
        for step in ["1", "2", "3"] {
            history.record(now.clone());
            now = case(step);
        }
        history.end_gesture(&now);
        assert!(history.undo(&mut now));
        assert_eq!(now.child, "start");
        assert!(!history.can_undo());

        history.begin_gesture(&now);
        history.end_gesture(&now);
        assert!(
            !history.can_undo(),
            "a gesture that changed nothing is no step"
        );
    }
}
