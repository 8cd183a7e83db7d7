//! Uitzicht: a desktop app for case meetings (MDO) about a child in the *handelingsgericht
//! werken* method — the board of three circles, the chair's guide, the agreements.
//!
//! `model` is the domain and knows nothing of screens or paper; `storage` reads and writes
//! case files; `layout` places the board in millimetres for both `canvas` (egui) and print.

pub mod app;
pub mod canvas;
pub mod caseload;
pub mod chain_text;
pub mod cli;
pub mod document;
pub mod export;
pub mod fonts;
pub mod history;
pub mod i18n;
pub mod icon;
pub mod layout;
pub mod model;
pub mod names;
pub mod platform;
pub mod pseudonymise;
pub mod retention;
pub mod scene;
pub mod storage;
pub mod theme;
pub mod ui;
