//! A date chosen as day, month and year in the app's own language: egui_extras' calendar
//! names months, weekdays and its buttons in English only, whatever the app speaks.

use crate::i18n::Texts;
use crate::model::Date;

/// Drop-downs for the day, month and year of `date`, each named "`name` dag" (and so on)
/// for screen readers and tests; `true` when the date changed.
pub fn date_field(ui: &mut egui::Ui, t: &Texts, name: &str, date: &mut Date) -> bool {
    let months: Vec<&str> = t.month_names.split(' ').collect();
    let (mut year, mut month, mut day) = (date.year(), date.month(), date.day());
    // Wrapping: in a narrow form the year goes to the next line rather than past the edge.
    ui.horizontal_wrapped(|ui| {
        pick_day(ui, t, name, *date, &mut day);
        let choices = (1..=12)
            .zip(&months)
            .map(|(m, word)| (m, (*word).to_owned()))
            .collect();
        pick(ui, (name, t.date_month), &mut month, choices);
        // Around the date itself: a meeting is planned near today or looked up near its own.
        let years = date.year().saturating_sub(2)..=date.year().saturating_add(2);
        let choices = years.map(|y| (y, y.to_string())).collect();
        pick(ui, (name, t.date_year), &mut year, choices);
    });
    // A day past the end of the month picked (31 in June) becomes its last day.
    let last = Date::new(year, month, 1).map_or(28, |first| first.days_in_month());
    match Date::new(year, month, day.min(last)) {
        Ok(new) if new != *date => {
            *date = new;
            true
        }
        _ => false,
    }
}

/// The day of `date`'s month as a month sheet under weekday names: every day in reach
/// at once, and the weekday seen while choosing.
fn pick_day(ui: &mut egui::Ui, t: &Texts, field: &str, date: Date, day: &mut i8) {
    let name = format!("{field} {}", t.date_day);
    let first = date.first_of_month();
    egui::ComboBox::from_id_salt(("date", field, t.date_day))
        .selected_text(day.to_string())
        .width(0.0)
        .height(f32::INFINITY)
        .show_ui(ui, |ui| {
            egui::Grid::new(("date-sheet", field)).show(ui, |ui| {
                for weekday in t.weekday_names.split(' ') {
                    ui.weak(weekday);
                }
                ui.end_row();
                let blanks = first.weekday().to_monday_zero_offset();
                for _ in 0..blanks {
                    ui.label("");
                }
                for d in 1..=date.days_in_month() {
                    ui.selectable_value(day, d, d.to_string());
                    if (i16::from(blanks) + i16::from(d)) % 7 == 0 {
                        ui.end_row();
                    }
                }
            });
        })
        .response
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, &name));
}

/// One drop-down of `choices` (a value and its words), named "`field` `part`".
fn pick<T: Copy + PartialEq>(
    ui: &mut egui::Ui,
    (field, part): (&str, &str),
    current: &mut T,
    choices: Vec<(T, String)>,
) {
    let name = format!("{field} {part}");
    let shown = (choices.iter())
        .find(|(value, _)| value == current)
        .map(|(_, words)| words.clone())
        .unwrap_or_default();
    egui::ComboBox::from_id_salt(("date", field, part))
        .selected_text(shown)
        .width(0.0)
        // The whole list at once where the screen allows: no scrolling to reach December.
        .height(f32::INFINITY)
        .show_ui(ui, |ui| {
            for (value, words) in choices {
                ui.selectable_value(current, value, words);
            }
        })
        .response
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, &name));
}

#[cfg(test)]
mod tests {
    use crate::i18n::{EN, NL};

    #[test]
    fn every_language_names_twelve_months_and_seven_days() {
        for t in [&NL, &EN] {
            assert_eq!(t.month_names.split(' ').count(), 12, "{}", t.month_names);
            assert_eq!(t.weekday_names.split(' ').count(), 7, "{}", t.weekday_names);
        }
    }
}
