//! The time zone the user lives in, for today's date, the meeting clock and when a file was
//! saved: the system's on the desktop (its zone files; on Windows the copy jiff carries). A
//! page carries no time-zone database (a megabyte of download for what the browser knows):
//! there it is the browser's offset from UTC now, which is right for today and the clock.

use jiff::tz::TimeZone;

/// The user's time zone.
#[cfg(not(target_arch = "wasm32"))]
pub fn local() -> TimeZone {
    TimeZone::system()
}

/// The user's time zone, as far as the browser says it.
#[cfg(target_arch = "wasm32")]
pub fn local() -> TimeZone {
    // Minutes *behind* UTC: -60 in Amsterdam in winter.
    let behind = js_sys::Date::new_0().get_timezone_offset();
    let seconds = (-behind * 60.0).round() as i32;
    jiff::tz::Offset::from_seconds(seconds).map_or(TimeZone::UTC, TimeZone::fixed)
}

/// Now, in the user's time zone.
pub fn now() -> jiff::ZonedDateTime {
    jiff::Timestamp::now().to_zoned_datetime(local())
}
