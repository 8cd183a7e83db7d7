//! Every text the user reads, in Dutch (the default) and English, in one place.
//!
//! A text with `{name}` holes is filled with [`fill`]. Both languages are one struct, so a
//! missing text does not compile; the tests check that both fill the same holes.

use std::fmt::Display;

use serde::{Deserialize, Serialize};

/// The language of the user interface.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    Nl,
    En,
}

impl Lang {
    pub const ALL: [Self; 2] = [Self::Nl, Self::En];

    pub fn texts(self) -> &'static Texts {
        match self {
            Self::Nl => &NL,
            Self::En => &EN,
        }
    }

    /// The language's own name, as shown in the language menu.
    pub fn name(self) -> &'static str {
        match self {
            Self::Nl => "Nederlands",
            Self::En => "English",
        }
    }

    /// English when the environment asks for it, else Dutch: for the command line.
    pub fn from_env() -> Self {
        let wanted = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .find_map(|key| std::env::var(key).ok().filter(|v| !v.is_empty()));
        match wanted {
            Some(value) if value.starts_with("en") => Self::En,
            _ => Self::Nl,
        }
    }
}

/// Replaces each `{name}` in `template` by its value.
pub fn fill(template: &str, values: &[(&str, &dyn Display)]) -> String {
    let mut text = template.to_owned();
    for (name, value) in values {
        text = text.replace(&format!("{{{name}}}"), &value.to_string());
    }
    text
}

/// Declares the texts once, each with its Dutch and English wording side by side.
macro_rules! texts {
    ($($field:ident: $nl:expr, $en:expr;)*) => {
        /// The texts of one language.
        pub struct Texts {
            $(pub $field: &'static str,)*
        }

        pub static NL: Texts = Texts { $($field: $nl,)* };
        pub static EN: Texts = Texts { $($field: $en,)* };

        impl Texts {
            /// Every text with its name, for checks over the whole table.
            pub fn all(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($field), self.$field)),*]
            }
        }
    };
}

texts! {
    app_name:
        "Uitzicht",
        "Uitzicht";
    language_tag:
        "nl-NL",
        "en-GB";
    new_case:
        "Nieuwe casus",
        "New case";
    unsaved_mark:
        "niet opgeslagen",
        "unsaved";
    menu_file:
        "Bestand",
        "File";
    landmark_menu:
        "Menubalk",
        "Menu bar";
    landmark_board:
        "Het bord",
        "The board";
    landmark_side:
        "Formulieren",
        "Forms";
    menu_language:
        "Taal",
        "Language";
    cmd_new:
        "Nieuwe casus",
        "New case";
    cmd_open:
        "Openen…",
        "Open…";
    cmd_save:
        "Opslaan",
        "Save";
    cmd_save_as:
        "Opslaan als…",
        "Save as…";
    cmd_export_sheet:
        "Bord exporteren als A3-pdf…",
        "Export board as A3 PDF…";
    cmd_export_report:
        "Verslag exporteren als pdf…",
        "Export report as PDF…";
    cmd_export_png:
        "Bord exporteren als afbeelding (png)…",
        "Export board as image (PNG)…";
    export:
        "Exporteren",
        "Export";
    png_width:
        "Breedte",
        "Width";
    file_word_board:
        "bord",
        "board";
    file_word_report:
        "verslag",
        "report";
    file_word_case:
        "casus",
        "case";
    open_export:
        "Openen",
        "Open";
    cmd_quit:
        "Afsluiten",
        "Quit";
    cmd_protect:
        "Beveiligen met wachtwoordzin…",
        "Protect with passphrase…";
    cmd_unprotect:
        "Beveiliging verwijderen…",
        "Remove protection…";
    err_open_export:
        "{path} kon niet worden geopend: {reason}",
        "{path} could not be opened: {reason}";
    cmd_quick_entry:
        "Snel invoeren in cirkel {number}",
        "Quick entry in circle {number}";
    tip_new:
        "Een lege casus met één overleg van vandaag",
        "An empty case with one meeting today";
    tip_open:
        "Een casusbestand (.uitzicht) openen",
        "Open a case file (.uitzicht)";
    tip_save:
        "De casus bewaren in zijn bestand",
        "Keep the case in its file";
    tip_save_as:
        "De casus bewaren in een ander bestand",
        "Keep the case in another file";
    tip_export_sheet:
        "Het bord als vel van A3, om af te drukken",
        "The board as an A3 sheet, to print";
    tip_export_report:
        "Het verslag met de afspraken, voor iedereen aan tafel",
        "The report with the agreements, for everyone at the table";
    tip_export_png:
        "Het bord als afbeelding, bijvoorbeeld voor een presentatie",
        "The board as an image, for example for a presentation";
    tip_protect:
        "Het bestand versleutelen; openen kan dan alleen met de wachtwoordzin",
        "Encrypt the file; it then opens only with the passphrase";
    tip_unprotect:
        "Het bestand weer onversleuteld bewaren",
        "Keep the file unencrypted again";
    tip_quit:
        "Uitzicht sluiten; eerst wordt gevraagd naar niet-bewaard werk",
        "Close Uitzicht; unsaved work is asked about first";
    tip_undo:
        "De laatste wijziging terugdraaien",
        "Take back the last change";
    tip_redo:
        "Een teruggedraaide wijziging opnieuw doen",
        "Do a change taken back again";
    tip_present:
        "Het bord schermvullend, voor de projector",
        "The board full screen, for the projector";
    tip_projector:
        "Een tweede venster met alleen het bord, voor een tweede scherm",
        "A second window with only the board, for a second screen";
    tip_zoom:
        "Het bord groter, kleiner of passend in beeld",
        "The board larger, smaller or fitted to the view";
    tip_step:
        "Naar de vorige of volgende stap van de leidraad",
        "To the previous or next step of the guide";
    passphrase:
        "Wachtwoordzin",
        "Passphrase";
    passphrase_again:
        "Wachtwoordzin nog een keer",
        "Passphrase again";
    passphrase_open_title:
        "Beveiligd bestand",
        "Protected file";
    passphrase_open_body:
        "{path} is beveiligd. Typ de wachtwoordzin om het te openen.",
        "{path} is protected. Type the passphrase to open it.";
    protect_title:
        "Beveiligen met wachtwoordzin",
        "Protect with a passphrase";
    protect_body:
        "Het bestand wordt versleuteld opgeslagen (in het age-formaat), net als de reservekopie en de herstelkopie. Wie het bestand vindt, kan het zonder wachtwoordzin niet lezen. Kies een zin van een paar woorden die je onthoudt.",
        "The file is saved encrypted (in the age format), as are its backup and recovery copy. Whoever finds the file cannot read it without the passphrase. Choose a phrase of a few words you will remember.";
    protect_warning:
        "Wachtwoordzin kwijt is bestand kwijt: niemand kan het dan nog openen, ook Uitzicht niet.",
        "A lost passphrase is a lost file: nobody can open it then, Uitzicht neither.";
    protect_button:
        "Beveiligen",
        "Protect";
    protect_too_short:
        "Kies een langere wachtwoordzin: minstens {min} tekens.",
        "Choose a longer passphrase: at least {min} characters.";
    protect_mismatch:
        "De twee wachtwoordzinnen zijn niet gelijk.",
        "The two passphrases are not the same.";
    protected_saved:
        "Beveiligd met een wachtwoordzin: {path}",
        "Protected with a passphrase: {path}";
    protected_pending:
        "De casus wordt beveiligd opgeslagen zodra je hem opslaat.",
        "The case will be saved protected as soon as you save it.";
    unprotect_title:
        "Beveiliging verwijderen",
        "Remove protection";
    unprotect_body:
        "Het bestand wordt weer gewone tekst: iedereen die het in handen krijgt, kan het lezen. De reservekopie van nu blijft beveiligd.",
        "The file becomes plain text again: anyone who gets hold of it can read it. The current backup stays protected.";
    unprotect_button:
        "Beveiliging verwijderen",
        "Remove protection";
    recovery_protected:
        "Deze kopie is beveiligd. Typ de wachtwoordzin van de casus en kies Herstellen.",
        "This copy is protected. Type the case's passphrase and choose Restore.";
    recovery_older_than_file:
        "Het bestand is later nog opgeslagen (misschien in een ander venster): vergelijk voor je herstelt.",
        "The file was saved after this (perhaps in another window): compare before you restore.";
    pseudonymised:
        "gepseudonimiseerd: namen vervangen door rol of initialen, niet anoniem",
        "pseudonymised: names replaced by role or initials, not anonymous";
    pseudo_school:
        "school",
        "school";
    pseudo_child:
        "het kind",
        "the child";
    pseudo_participant:
        "deelnemer {n}",
        "participant {n}";
    export_pseudonymise:
        "Gepseudonimiseerd: namen vervangen door rol of initialen, school weggelaten (niet anoniem: de inhoud blijft herkenbaar)",
        "Pseudonymised: names replaced by role or initials, school left out (not anonymous: the content stays recognisable)";
    retention_due:
        "Deze casus is sinds {date} niet meer gebruikt. Is het traject afgerond? Zet het bestand dan in het leerlingdossier en verwijder het van deze computer.",
        "This case has not been used since {date}. Has the trajectory ended? Then put the file in the pupil's dossier and delete it from this computer.";
    retention_later:
        "Later",
        "Later";
    status_last_touched:
        "Laatst gebruikt: {date}",
        "Last used: {date}";
    menu_privacy:
        "Privacy",
        "Privacy";
    retention_setting:
        "Herinneren na maanden zonder gebruik (0 = nooit)",
        "Remind after months without use (0 = never)";
    privacy_facts:
        "Uitzicht maakt geen verbinding met internet en houdt geen logboek van wat er in een casus staat. Het onthoudt alleen de taal en deze instelling, geen lijst van geopende bestanden.",
        "Uitzicht makes no connection to the internet and keeps no log of what a case holds. It remembers only the language and this setting, no list of opened files.";
    status_protected:
        "Beveiligd met wachtwoordzin",
        "Protected with a passphrase";
    meeting_picker:
        "Overleg",
        "Meeting";
    meeting_entry:
        "{number}. overleg van {date}",
        "Meeting {number} on {date}";
    no_meetings:
        "Deze casus heeft nog geen overleg.",
        "This case has no meeting yet.";
    title_read_only:
        " (alleen lezen)",
        " (read-only)";
    read_only_newer:
        "Dit bestand is gemaakt met een nieuwere Uitzicht (formaatversie {file_version}; deze versie kent tot en met {app_version}). Je kunt het bekijken, maar niet opslaan: dan zou er iets verloren gaan.",
        "This file was made by a newer Uitzicht (format version {file_version}; this version knows up to {app_version}). You can look at it but not save it: something would be lost.";
    board:
        "Bord van het overleg",
        "Board of the meeting";
    circle_child:
        "Kind/jongere",
        "Child/young person";
    circle_school:
        "School/onderwijs",
        "School/education";
    circle_home:
        "Thuis/opvoeding",
        "Home/upbringing";
    box_questions:
        "Vragen",
        "Questions";
    box_agreements:
        "Afspraken",
        "Agreements";
    kind_going_well:
        "gaat goed",
        "going well";
    kind_must_improve:
        "moet beter",
        "must get better";
    kind_goal:
        "doel",
        "goal";
    kind_question:
        "vraag",
        "question";
    spiral_upward:
        "opwaartse spiraal",
        "upward spiral";
    spiral_downward:
        "neerwaartse spiraal",
        "downward spiral";
    spiral_unknown:
        "spiraal nog onbekend",
        "spiral not known yet";
    legend:
        "Legenda",
        "Legend";
    top_three:
        "top 3",
        "top 3";
    item_name:
        "{kind}: {text}",
        "{kind}: {text}";
    arrow_name:
        "Pijl van {from} naar {to}, {spiral}: {note}",
        "Arrow from {from} to {to}, {spiral}: {note}";
    question_line:
        "{who}: {question}",
        "{who}: {question}";
    decision_needed:
        "(besluit nodig)",
        "(decision needed)";
    agreement_line:
        "{who}: {what}",
        "{who}: {what}";
    overflow:
        "+{count} meer",
        "+{count} more";
    overflow_kinds:
        "{list} meer",
        "{list} more";
    dialog_open_title:
        "Casus openen",
        "Open case";
    dialog_save_title:
        "Casus opslaan als",
        "Save case as";
    path_label:
        "Bestand",
        "File";
    path_hint:
        "pad naar een casusbestand (.uitzicht of .mdo.ron)",
        "path to a case file (.uitzicht or .mdo.ron)";
    browse:
        "Bladeren…",
        "Browse…";
    file_name_label:
        "Bestandsnaam",
        "File name";
    file_name_hint:
        "naam van het bestand dat je browser downloadt",
        "name of the file your browser downloads";
    saved_as_download:
        "Opgeslagen als download: {name}. Dat is een nieuwe kopie in je map Downloads; open die de volgende keer.",
        "Saved as a download: {name}. That is a new copy in your Downloads folder; open that one next time.";
    saved_in_place:
        "Opgeslagen: {name}",
        "Saved: {name}";
    err_save_in_place:
        "Opslaan in {name} lukte niet ({reason}). De wijzigingen staan er nog; probeer het opnieuw.",
        "Saving into {name} did not work ({reason}). The changes are still here; try again.";
    exported_as_download:
        "Gedownload: {name}",
        "Downloaded: {name}";
    export_being_made:
        "{name} wordt gemaakt…",
        "Making {name}…";
    err_documents_unloaded:
        "{name} kon niet worden gemaakt: het deel van de pagina dat documenten maakt laadde niet ({reason}). De casus is niet veranderd; probeer het opnieuw als de verbinding er weer is.",
        "{name} could not be made: the part of the page that makes documents did not load ({reason}). The case has not changed; try again once the connection is back.";
    page_privacy:
        "In deze browser stuurt de pagina niets weg. Ze bewaart alleen herstelkopieën van werk dat nog niet is opgeslagen (in de opslag van de browser, op dit apparaat) en deze instellingen.",
        "In this browser the page sends nothing away. It keeps only recovery copies of work not yet saved (in the browser's storage, on this device) and these settings.";
    forget_page_copies:
        "Herstelkopieën in deze browser wissen",
        "Remove recovery copies from this browser";
    page_copies_forgotten:
        "De herstelkopieën in deze browser zijn gewist.",
        "The recovery copies in this browser have been removed.";
    err_page_copy:
        "De browser bewaarde geen herstelkopie ({reason}). Sla de casus op om niets te verliezen.",
        "The browser kept no recovery copy ({reason}). Save the case so as to lose nothing.";
    err_download:
        "De browser nam het bestand {name} niet aan ({reason}). Er is niets opgeslagen.",
        "The browser did not take the file {name} ({reason}). Nothing was saved.";
    open:
        "Openen",
        "Open";
    save:
        "Opslaan",
        "Save";
    cancel:
        "Annuleren",
        "Cancel";
    close:
        "Sluiten",
        "Close";
    unsaved_title:
        "Niet opgeslagen",
        "Not saved";
    unsaved_body:
        "De casus heeft wijzigingen die nog niet zijn opgeslagen. Wat wil je ermee doen?",
        "The case has changes that have not been saved yet. What do you want to do with them?";
    dont_save:
        "Niet opslaan",
        "Don't save";
    opened:
        "Geopend: {path}",
        "Opened: {path}";
    saved:
        "Opgeslagen: {path}",
        "Saved: {path}";
    error_title:
        "Dat lukte niet",
        "That did not work";
    drop_hint:
        "Sleep een casusbestand (.uitzicht) hierheen om het te openen.",
        "Drop a case file (.uitzicht) here to open it.";
    participants:
        "Deelnemers",
        "Participants";
    absent:
        "afwezig",
        "absent";
    sheet_doc_title:
        "Uitzicht — bord {child}, {date}",
        "Uitzicht — board {child}, {date}";
    report_doc_title:
        "Uitzicht — verslag {child}, {date}",
        "Uitzicht — report {child}, {date}";
    sheet_continued:
        "{child} — vervolg van het bord",
        "{child} — board continued";
    report_title:
        "Verslag en afspraken",
        "Report and agreements";
    page_number:
        "pagina {page} van {pages}",
        "page {page} of {pages}";
    section_questions:
        "Vragen en doelen van het overleg",
        "Questions and goals of the meeting";
    why_line:
        "Waarom: {why}",
        "Why: {why}";
    section_review:
        "Terugblik op de afspraken van vorige keer",
        "Review of the previous agreements";
    section_insight:
        "Inzicht",
        "Insight";
    section_goals:
        "Doelen (uitzicht)",
        "Goals (outlook)";
    section_needs:
        "Onderwijs- en opvoedbehoeften",
        "Educational and parenting needs";
    section_support:
        "Ondersteuningsbehoeften",
        "Support needs";
    section_summary:
        "Samenvatting (arrangement)",
        "Summary (arrangement)";
    section_evaluation:
        "Evaluatie van het overleg",
        "Evaluation of the meeting";
    col_who:
        "Wie",
        "Who";
    col_what:
        "Wat",
        "What";
    col_why:
        "Waarom",
        "Why";
    col_when:
        "Wanneer",
        "When";
    col_how:
        "Hoe",
        "How";
    col_status:
        "Status",
        "Status";
    col_done:
        "Gedaan?",
        "Done?";
    col_approach:
        "Werkt de aanpak?",
        "Does the approach work?";
    col_participant:
        "Deelnemer",
        "Participant";
    col_top:
        "Top",
        "Top";
    col_tip:
        "Tip",
        "Tip";
    approach_continue:
        "ja, we gaan door",
        "yes, we continue";
    approach_better:
        "nee; beter: {better}",
        "no; better: {better}";
    area_child:
        "Kind/jongere",
        "Child";
    area_school:
        "School",
        "School";
    area_home:
        "Thuis",
        "Home";
    area_other:
        "Overig",
        "Other";
    support_teacher:
        "Leerkracht/mentor",
        "Teacher/mentor";
    support_ib:
        "IB/zoco",
        "IB/zoco (support coordinator)";
    support_parents:
        "Ouders",
        "Parents";
    support_details:
        "Hoe vaak: {how_often} · wanneer: {when} · hoe: {how}",
        "How often: {how_often} · when: {when} · how: {how}";
    status_open:
        "open",
        "open";
    status_in_progress:
        "loopt",
        "in progress";
    status_done:
        "gedaan",
        "done";
    status_cancelled:
        "vervallen",
        "cancelled";
    review_partly:
        "deels",
        "partly";
    review_not_done:
        "niet gedaan",
        "not done";
    not_decided:
        "nog niet bepaald",
        "not decided yet";
    yes:
        "ja",
        "yes";
    no:
        "nee",
        "no";
    goals_met:
        "Doelen van het overleg behaald: {answer}",
        "Goals of the meeting met: {answer}";
    questions_answered:
        "Vragen beantwoord: {answer}",
        "Questions answered: {answer}";
    score:
        "{score} op 10",
        "{score} out of 10";
    inquiry_line:
        "Uitzoeken: {what} — waarom: {why} — wie: {who}",
        "To find out: {what} — why: {why} — who: {who}";
    exported:
        "Geëxporteerd: {path}",
        "Exported: {path}";
    err_export:
        "exporteren lukte niet ({detail}).",
        "the export did not work ({detail}).";
    err_no_meeting:
        "de casus heeft geen overleg {number}.",
        "the case has no meeting {number}.";
    undo:
        "Ongedaan maken",
        "Undo";
    redo:
        "Opnieuw",
        "Redo";
    present:
        "Presenteren",
        "Present";
    stop_presenting:
        "Presentatie stoppen",
        "Stop presenting";
    projector:
        "Projectorvenster",
        "Projector window";
    projector_title:
        "Uitzicht — bord voor de projector",
        "Uitzicht — board for the projector";
    zoom_in:
        "Inzoomen",
        "Zoom in";
    zoom_out:
        "Uitzoomen",
        "Zoom out";
    zoom_fit:
        "Passend",
        "Fit";
    lock_circles:
        "Cirkels vastzetten",
        "Lock circles";
    add_heading:
        "Toevoegen",
        "Add";
    new_in:
        "Nieuw in {circle}",
        "New in {circle}";
    quick_hint:
        "typ en druk Enter (+ - ! ?)",
        "type and press Enter (+ - ! ?)";
    selected:
        "Geselecteerd",
        "Selected";
    edit:
        "Bewerken",
        "Edit";
    edit_item:
        "Item bewerken",
        "Edit item";
    move_up:
        "Omhoog",
        "Up";
    move_down:
        "Omlaag",
        "Down";
    move_to:
        "Verplaatsen naar",
        "Move to";
    delete:
        "Verwijderen",
        "Delete";
    keep_carried:
        "Houden",
        "Keep";
    circle_title:
        "Titel van de cirkel",
        "Circle title";
    circle_size:
        "Straal",
        "Radius";
    arrow:
        "Pijl",
        "Arrow";
    arrows:
        "Pijlen",
        "Arrows";
    arrow_note:
        "Toelichting bij de pijl",
        "Note on the arrow";
    arrow_note_hint:
        "hoe beïnvloeden ze elkaar?",
        "how do they affect each other?";
    draw_arrow:
        "Pijl tekenen",
        "Draw arrow";
    draw_arrow_hint:
        "Tik op de cirkel waar de pijl begint, dan op de cirkel waar hij heen gaat.",
        "Tap the circle the arrow starts from, then the circle it goes to.";
    arrow_from:
        "Van",
        "From";
    arrow_to:
        "Naar",
        "To";
    add_arrow:
        "Pijl toevoegen",
        "Add arrow";
    circles:
        "Cirkels",
        "Circles";
    circle_suggestions:
        "Netwerk|Wijk|Vrije tijd|Klasgenoten",
        "Network|Neighbourhood|Leisure|Classmates";
    new_circle:
        "Nieuwe cirkel",
        "New circle";
    add_circle:
        "Cirkel toevoegen",
        "Add circle";
    count_over:
        "{symbol} {count} van 3",
        "{symbol} {count} of 3";
    guide:
        "Leidraad",
        "Chair's guide";
    step_preparation:
        "Voorbereiding",
        "Preparation";
    step_start:
        "1. Start",
        "1. Start";
    step_analysis:
        "2. Analyse: overzicht en inzicht",
        "2. Analysis: overview and insight";
    step_goals:
        "3. Doelen: uitzicht",
        "3. Goals: outlook";
    step_needs:
        "4. Onderwijs- en opvoedbehoeften",
        "4. Educational and parenting needs";
    step_support:
        "5. Ondersteuningsbehoeften",
        "5. Support needs";
    step_close:
        "6. Afronden: afspraken en evaluatie",
        "6. Close: agreements and evaluation";
    ask_preparation:
        "Wie wil wat weten, en waarom?\nMoet er iets besloten worden?\nWie hebben we aan tafel nodig?",
        "Who wants to know what, and why?\nDoes anything need deciding?\nWho do we need at the table?";
    ask_start:
        "Fijn dat jullie er zijn. Wie ben je, en wat is je rol voor dit kind?\nWat waardeer je in wat een ander voor dit kind doet? Zeg het hardop.\nWat willen we allemaal voor dit kind?\nWelke vragen liggen er, en moet er vandaag iets besloten worden?\nHeeft iemand een vraag die er nog niet bij staat?\nOm … uur willen we … hebben.",
        "Good that you are here. Who are you, and what is your role for this child?\nWhat do you value in what someone else does for this child? Say it out loud.\nWhat do we all want for this child?\nWhich questions are on the table, and does anything need deciding today?\nDoes anyone have a question that is not listed yet?\nBy … o'clock we want to have …";
    ask_analysis:
        "Wat gaat er al goed, bij het kind, op school en thuis? Eerst de plussen.\nWat moet er beter? Heb je een recent voorbeeld?\nHoe past de aanpak op school bij wat dit kind nodig heeft?\nHoe gaat het kind met de groep, en de groep met het kind?\nHoe lukt het de ouders om het leren thuis te steunen?\nZitten school en thuis op één lijn? Werkt de aanpak van vorige keer?",
        "What already goes well, for the child, at school and at home? Positives first.\nWhat must get better? Do you have a recent example?\nHow does the approach at school fit what this child needs?\nHow does the child get on with the group, and the group with the child?\nHow do the parents manage to support learning at home?\nAre school and home on one line? Does last time's approach work?";
    ask_goals:
        "Waar willen we over een paar maanden staan?\nWat gaat al goed en kunnen we uitbouwen?\nWat zit in de weg, en kunnen we dat veranderen of opvangen?\nWeten we genoeg om een doel te stellen? Zo niet: wat moeten we nog weten, en wie zoekt het uit?",
        "Where do we want to be in a few months?\nWhat goes well already that we can build on?\nWhat stands in the way, and can we change it or make up for it?\nDo we know enough to set a goal? If not: what must we still find out, and who does?";
    ask_needs:
        "Dit kind heeft nodig … (een leerkracht die …, ouders die …)\nIeder spreekt vanuit de eigen rol: de leerkracht over school, de ouders over thuis; niemand gaat op de stoel van een ander zitten.\nWat werkt bij dit kind, volgens ieders ervaring?\nWie hebben we nog niet gehoord? Vraag hem of haar gericht.",
        "This child needs … (a teacher who …, parents who …)\nEveryone speaks from their own role: the teacher about school, the parents about home; nobody sits in someone else's chair.\nWhat works for this child, in everyone's experience?\nWho have we not heard yet? Ask them directly.";
    ask_support:
        "Wat heb jij nodig om dit kind te geven wat het nodig heeft?\nWat precies, hoe vaak, wanneer en hoe?\nIs dat haalbaar?",
        "What do you need to give this child what it needs?\nWhat exactly, how often, when and how?\nIs that feasible?";
    ask_close:
        "Wat is er nodig, in een paar zinnen?\nWie doet wat, waarom, wanneer en hoe?\nZijn de vragen van het begin beantwoord? Was het overleg prettig en zinvol?\nWat deden we goed en houden we vast (top)? Wat doen we volgende keer anders, en hoe (tip)?",
        "What is needed, in a few sentences?\nWho does what, why, when and how?\nHave the questions from the start been answered? Was the meeting pleasant and useful?\nWhat did we do well and keep (top)? What do we do differently next time, and how (tip)?";
    point_prep_participants:
        "Deelnemers gekozen en uitgenodigd",
        "Participants chosen and invited";
    point_prep_goals:
        "Doelen van het overleg uit de aanmelding gehaald",
        "Goals of the meeting taken from the registration";
    point_prep_inform:
        "Iedereen kan zich voorbereiden: wat gaat goed, wat moet beter?",
        "Everyone can prepare: what goes well, what must get better?";
    point_prep_timebox:
        "Tijd en duur afgesproken",
        "Time and length agreed";
    point_start_welcome:
        "Positief begonnen: fijn dat iedereen er is",
        "Opened on a positive note: good that everyone is here";
    point_start_introductions:
        "Iedereen voorgesteld, met zijn rol in deze casus",
        "Everyone introduced, with their role in this case";
    point_start_shared_interest:
        "Gezamenlijk belang benoemd",
        "Shared interest named";
    point_start_meeting_goals:
        "Vragen en beslissingen van het overleg genoemd",
        "Questions and decisions of the meeting named";
    point_start_extra_questions:
        "Gevraagd naar extra vragen",
        "Asked for extra questions";
    point_start_timebox:
        "Eindtijd genoemd, en wat er dan moet liggen",
        "End time named, and what must be there by then";
    point_analysis_summarise_known:
        "Bekende informatie kort samengevat, niet herhaald",
        "What is known summarised briefly, not repeated";
    point_analysis_positives_first:
        "Eerst gevraagd wat al goed gaat",
        "Asked first what already goes well";
    point_analysis_additions_examples:
        "Aanvullingen en recente voorbeelden gevraagd",
        "Asked for additions and recent examples";
    point_analysis_links:
        "Verbanden gelegd tussen kind, school en thuis",
        "Links made between child, school and home";
    point_analysis_fit:
        "Besproken wat school en thuis al bieden van wat het kind nodig heeft",
        "Discussed what school and home already offer of what the child needs";
    point_goals_build_on:
        "Stimulerende factoren gekozen om op voort te bouwen",
        "Supporting factors chosen to build on";
    point_goals_change:
        "Belemmerende factoren gekozen om te veranderen of op te vangen",
        "Hindering factors chosen to change or make up for";
    point_goals_can_we:
        "Doelen gesteld, of afgesproken wat we eerst uitzoeken",
        "Goals set, or agreed what to find out first";
    point_needs_child:
        "Wat heeft het kind nodig?",
        "What does the child need?";
    point_needs_school:
        "Wat is er op school nodig?",
        "What is needed at school?";
    point_needs_home:
        "Wat is er thuis nodig?",
        "What is needed at home?";
    point_needs_other:
        "Wat is er verder nodig (vrije tijd, wijk, netwerk)?",
        "What else is needed (leisure, neighbourhood, network)?";
    point_needs_everyone:
        "Iedereen heeft vanuit zijn eigen rol bijgedragen",
        "Everyone contributed from their own role";
    point_support_teacher:
        "Wat hebben leerkracht/mentor en IB/zoco nodig?",
        "What do teacher/mentor and IB/zoco need?";
    point_support_parents:
        "Wat hebben de ouders nodig?",
        "What do the parents need?";
    point_support_concrete:
        "Concreet: wat precies, hoe vaak, wanneer, hoe?",
        "Concrete: what exactly, how often, when, how?";
    point_support_realistic:
        "Haalbaar en realistisch",
        "Feasible and realistic";
    point_close_summary:
        "Samengevat wat er nodig is (arrangement)",
        "Summarised what is needed (arrangement)";
    point_close_agreements:
        "Afspraken met wie, wat, waarom, wanneer en hoe",
        "Agreements with who, what, why, when and how";
    point_close_evaluate:
        "Doelen behaald en vragen beantwoord?",
        "Goals met and questions answered?";
    point_close_tops_tips:
        "Een top en een tip van iedereen",
        "A top and a tip from everyone";
    next_step:
        "Volgende stap ▶",
        "Next step ▶";
    previous_step:
        "◀ Vorige stap",
        "◀ Previous step";
    start_meeting:
        "▶ Overleg starten",
        "▶ Start the meeting";
    clock_not_started:
        "Het overleg is nog niet begonnen.",
        "The meeting has not started yet.";
    clock_held:
        "Gehouden op {date}, {start}–{end} ({minutes} min)",
        "Held on {date}, {start}–{end} ({minutes} min)";
    clock_early:
        "Gestart {minutes} min vóór de geplande tijd ({planned}).",
        "Started {minutes} min before the planned time ({planned}).";
    clock_late:
        "Gestart {minutes} min na de geplande tijd ({planned}).",
        "Started {minutes} min after the planned time ({planned}).";
    clock_restart:
        "Vanaf nu starten ({minutes} min)",
        "Start from now ({minutes} min)";
    clock_running:
        "{elapsed} min bezig · nog {left} min",
        "{elapsed} min in · {left} min left";
    clock_over:
        "{elapsed} min bezig · {over} min over de eindtijd",
        "{elapsed} min in · {over} min past the end";
    clock_step:
        "Deze stap: {elapsed} van ongeveer {share} min",
        "This step: {elapsed} of about {share} min";
    clock_step_over:
        "Deze stap loopt uit. Rond af, of spreek af wanneer je erop terugkomt.",
        "This step runs over. Round off, or agree when to come back to it.";
    clock_meeting_over:
        "De tijd is om. Vat samen en maak de afspraken.",
        "Time is up. Summarise and make the agreements.";
    tab_form:
        "Formulier",
        "Form";
    tab_board:
        "Bord",
        "Board";
    field_child:
        "Kind (pseudoniem of initialen)",
        "Child (pseudonym or initials)";
    field_school:
        "School",
        "School";
    field_group:
        "Groep",
        "Group";
    field_chair:
        "Voorzitter",
        "Chair";
    field_start:
        "Begin (uu:mm)",
        "Start (hh:mm)";
    field_end:
        "Eind (uu:mm)",
        "End (hh:mm)";
    field_outcome:
        "Aan het eind hebben we …",
        "By the end we will have …";
    field_name:
        "Naam",
        "Name";
    field_role:
        "Rol",
        "Role";
    field_organisation:
        "Organisatie",
        "Organisation";
    field_present:
        "Aanwezig",
        "Present";
    field_asked_by:
        "Wie vraagt",
        "Asked by";
    field_question:
        "Vraag",
        "Question";
    field_why:
        "Waarom",
        "Why";
    field_decision:
        "Besluit nodig",
        "Decision needed";
    field_answered:
        "Beantwoord",
        "Answered";
    field_insight:
        "Inzicht: hoe beïnvloeden kind, school en thuis elkaar?",
        "Insight: how do child, school and home affect each other?";
    field_goal:
        "Doel",
        "Goal";
    field_area:
        "Voor",
        "For";
    field_inquiry_what:
        "Wat zoeken we uit",
        "What do we find out";
    field_need:
        "heeft nodig …",
        "needs …";
    field_support_what:
        "Wat precies",
        "What exactly";
    field_how_often:
        "Hoe vaak",
        "How often";
    field_summary:
        "Samenvatting (arrangement)",
        "Summary (arrangement)";
    field_notes:
        "Opmerkingen",
        "Notes";
    field_participant:
        "Deelnemer",
        "Participant";
    field_top:
        "Top",
        "Top";
    field_tip:
        "Tip",
        "Tip";
    field_status:
        "Status",
        "Status";
    cell_label:
        "{field} {row}",
        "{field} {row}";
    row_action:
        "{action}: {row}",
        "{action}: {row}";
    add_participant:
        "Deelnemer toevoegen",
        "Add participant";
    add_question:
        "Vraag toevoegen",
        "Add question";
    add_goal:
        "Doel toevoegen",
        "Add goal";
    add_inquiry:
        "Uitzoekpunt toevoegen",
        "Add something to find out";
    to_agreement:
        "Maak er een afspraak van",
        "Make it an agreement";
    add_need:
        "Behoefte toevoegen",
        "Add need";
    add_support:
        "Ondersteuningsbehoefte toevoegen",
        "Add support need";
    add_agreement:
        "Afspraak toevoegen",
        "Add agreement";
    add_feedback:
        "Top en tip toevoegen",
        "Add top and tip";
    feedback_for_all:
        "Een regel voor iedere aanwezige",
        "A row for everyone present";
    no_goals_yet:
        "Kunnen we nog geen doelen stellen? Schrijf op wat we eerst uitzoeken, waarom, en wie.",
        "Can't set goals yet? Write down what to find out first, why, and who.";
    goals_met_q:
        "Doelen van het overleg behaald?",
        "Goals of the meeting met?";
    questions_answered_q:
        "Vragen beantwoord?",
        "Questions answered?";
    unknown:
        "?",
        "?";
    repaired:
        "{path} is bij het openen hersteld: {list} Sla op om het herstel te bewaren.",
        "{path} was mended on opening: {list} Save to keep the mended version.";
    repair_duplicate:
        "overleg {meeting}: een dubbel nummer is vervangen.",
        "meeting {meeting}: a number used twice was replaced.";
    repair_arrow:
        "overleg {meeting}: een pijl naar een ontbrekende cirkel is weggehaald; de toelichting staat bij het inzicht.",
        "meeting {meeting}: an arrow to a missing circle was removed; its note is kept with the insight.";
    repair_geometry:
        "overleg {meeting}: een cirkel stond buiten het bord of had geen geldige maat en is teruggezet.",
        "meeting {meeting}: a circle was off the board or had no valid size and was put back.";
    repair_score:
        "overleg {meeting}: een score boven 10 is 10 geworden.",
        "meeting {meeting}: a score above 10 was set to 10.";
    repair_invisible:
        "in {texts} tekst(en) stonden onzichtbare stuurtekens (meegekomen bij plakken); regeleinden zijn regeleinden gebleven, de rest is weggehaald.",
        "{texts} text(s) held invisible control characters (brought in by pasting); line breaks stayed line breaks, the rest was removed.";
    recovery_title:
        "Niet-opgeslagen werk gevonden",
        "Unsaved work found";
    recovery_body:
        "Uitzicht stopte de vorige keer voordat alles was opgeslagen. Dit werk is bewaard gebleven:",
        "Uitzicht stopped last time before everything was saved. This work was kept:";
    recovery_new_case:
        "een nieuwe casus (nooit opgeslagen)",
        "a new case (never saved)";
    recovery_entry:
        "{name}, bewaard op {when}",
        "{name}, kept at {when}";
    recovery_copy_line:
        "Bewaard werk: {summary}",
        "Kept work: {summary}";
    recovery_file_line:
        "Bestand nu: {summary}",
        "File now: {summary}";
    restore:
        "Herstellen",
        "Restore";
    compare:
        "Vergelijken",
        "Compare";
    discard:
        "Weggooien",
        "Discard";
    recover_later:
        "Later beslissen",
        "Decide later";
    err_read:
        "het bestand kon niet worden gelezen ({reason}).",
        "the file could not be read ({reason}).";
    err_write:
        "het bestand kon niet worden opgeslagen ({reason}). Je wijzigingen staan nog in Uitzicht.",
        "the file could not be saved ({reason}). Your changes are still in Uitzicht.";
    err_too_large:
        "het bestand is {size}, groter dan de {limit} die een casus mag zijn. Is dit wel een casusbestand?",
        "the file is {size}, larger than the {limit} a case may be. Is it really a case file?";
    err_too_large_to_save:
        "de casus is te groot geworden om op te slaan ({size}; Uitzicht leest niet meer dan {limit} terug). Er is niets overschreven en je wijzigingen staan nog in Uitzicht: haal lange teksten of oude overleggen weg, of begin een nieuw casusbestand voor het vervolg.",
        "the case has grown too large to save ({size}; Uitzicht reads back no more than {limit}). Nothing was overwritten and your changes are still in Uitzicht: remove long texts or old meetings, or start a new case file for what follows.";
    err_empty:
        "het bestand is leeg.",
        "the file is empty.";
    err_not_text:
        "hier staan tekens die geen tekst zijn. Het bestand is beschadigd of is geen casusbestand.",
        "there are characters here that are not text. The file is damaged or not a case file.";
    err_syntax:
        "hier klopt de opbouw van het bestand niet ({detail}). Misschien is het onvolledig of met de hand aangepast.",
        "the structure of the file is wrong here ({detail}). Perhaps it is incomplete or was edited by hand.";
    syntax_ended:
        "het houdt daar op, of een haakje of aanhalingsteken wordt nooit gesloten",
        "it ends there, or a bracket or quote is never closed";
    syntax_number:
        "daar staat een getal dat geen getal is, of een te groot",
        "there is a number that is no number, or too large";
    syntax_text:
        "daar is een tekst niet goed afgesloten",
        "a text is not closed properly there";
    syntax_unexpected:
        "daar staat iets dat daar niet hoort",
        "there is something that does not belong there";
    err_not_a_case:
        "dit is geen casusbestand van Uitzicht: de formaatversie ontbreekt.",
        "this is not an Uitzicht case file: the format version is missing.";
    err_newer:
        "dit bestand heeft formaatversie {file_version} en komt uit een nieuwere Uitzicht; deze versie kent tot en met formaatversie {app_version}. Werk Uitzicht bij om het te openen en op te slaan.",
        "this file has format version {file_version} and comes from a newer Uitzicht; this version knows up to format version {app_version}. Update Uitzicht to open and save it.";
    err_unsupported:
        "formaatversie {file_version} bestaat niet of wordt niet ondersteund.",
        "format version {file_version} does not exist or is not supported.";
    err_encode:
        "de casus kon niet als tekst worden geschreven ({detail}).",
        "the case could not be written as text ({detail}).";
    texts_mended:
        "{count} teksten hadden onzichtbare tekens die een bestand niet kan bewaren; die zijn weggehaald (Ctrl+Z zet ze terug).",
        "{count} texts had invisible characters a file cannot keep; they were removed (Ctrl+Z puts them back).";
    err_round_trip_text:
        "de tekst ‘{text}’ zou niet gelijk teruglezen; er is niets geschreven. Pas die tekst aan en sla opnieuw op.",
        "the text ‘{text}’ would not read back the same; nothing was written. Change that text and save again.";
    err_round_trip:
        "de opgeslagen tekst zou niet gelijk teruglezen; er is niets geschreven.",
        "the saved text would not read back the same; nothing was written.";
    read_only_file:
        "Dit bestand is alleen-lezen gemaakt. Je kunt het hier lezen; wijzigingen bewaar je met Opslaan als….",
        "This file has been made read-only. You can read it here; keep changes with Save as….";
    passphrase_empty:
        "Typ de wachtwoordzin van dit bestand.",
        "Type this file's passphrase.";
    err_export_write:
        "het bestand kon niet worden geschreven ({reason}).",
        "the file could not be written ({reason}).";
    time_hint:
        "uu:mm",
        "hh:mm";
    time_invalid:
        "Typ een tijd als 15:30",
        "Type a time like 15:30";
    field_date:
        "Datum",
        "Date";
    step_questions_here:
        "Vragen bij deze stap",
        "Questions for this step";
    calendar_name:
        "Uitzicht: overleggen en afspraken",
        "Uitzicht: meetings and agreements";
    calendar_meeting:
        "MDO {child}",
        "MDO {child}";
    calendar_agreement:
        "Afspraak {child}: {what}",
        "Agreement {child}: {what}";
    calendar_who:
        "Wie: {who}",
        "Who: {who}";
    overview_folder_unreadable:
        "De map {path} kan niet gelezen worden: {reason}",
        "The folder {path} cannot be read: {reason}";
    overview_empty:
        "Geen casusbestanden in deze map.",
        "No case files in this folder.";
    overview_heading:
        "{count} casussen, stand van {today}, de dringendste eerst:",
        "{count} cases as of {today}, the most urgent first:";
    overview_line:
        "{case} — laatste overleg {last}, volgende {next}; te laat: {overdue}, binnenkort: {soon} ({file})",
        "{case} — last meeting {last}, next {next}; overdue: {overdue}, due soon: {soon} ({file})";
    overview_open_by:
        "Nu open bij {who} ({machine})",
        "Open now by {who} ({machine})";
    overview_overdue:
        "Te laat",
        "Overdue";
    overview_due_soon:
        "Binnenkort",
        "Due soon";
    overview_decision:
        "Besluit nodig:",
        "Decision needed:";
    overview_retention:
        "Opruimen: sinds {date} hoort dit dossier niet meer op deze computer",
        "Put away: since {date} this file no longer belongs on this computer";
    overview_newer:
        "Gemaakt met een nieuwere versie (formaat {version}): alleen bekijken",
        "Made with a newer version (format {version}): view only";
    overview_protected:
        "Beveiligd met een wachtwoordzin",
        "Protected with a passphrase";
    overview_print_title:
        "Mijn casussen · {today}",
        "My cases · {today}";
    overview_retention_print:
        "Opruimen vanaf {date}",
        "Put away from {date}";
    overview_col_case:
        "Casus",
        "Case";
    overview_col_last:
        "Laatste overleg",
        "Last meeting";
    overview_col_next:
        "Volgende overleg",
        "Next meeting";
    overview_col_notes:
        "Verder",
        "Further";
    caseload_menu:
        "Mijn casussen…",
        "My cases…";
    caseload_title:
        "Mijn casussen",
        "My cases";
    caseload_close:
        "Terug naar de casus",
        "Back to the case";
    caseload_intro:
        "Alle casusbestanden in een map, de dringendste eerst: afspraken te laat, dan het eerstvolgende overleg. Stand van {today}. Lezen verandert niets aan de bestanden.",
        "Every case file in a folder, the most urgent first: agreements overdue, then the nearest meeting. As of {today}. Reading changes nothing in the files.";
    caseload_folder:
        "Map",
        "Folder";
    caseload_pick_folder:
        "Map kiezen…",
        "Choose folder…";
    caseload_pick_files:
        "Map of casusbestanden kiezen…",
        "Choose a folder or case files…";
    caseload_read:
        "Lezen",
        "Read";
    caseload_reading:
        "{done} van {total} bestanden gelezen",
        "{done} of {total} files read";
    caseload_stop:
        "Stoppen",
        "Stop";
    caseload_protected:
        "{count} beveiligde casussen.",
        "{count} protected cases.";
    caseload_passphrase:
        "Wachtwoordzin voor de beveiligde casussen",
        "Passphrase for the protected cases";
    caseload_unlock:
        "Ontgrendelen",
        "Unlock";
    caseload_unlock_note:
        "Alleen voor deze sessie, in het geheugen; nergens bewaard.",
        "For this session only, in memory; never stored.";
    caseload_wrong_passphrase:
        "Deze gingen niet open met de wachtwoordzin van deze sessie; een andere proberen kan.",
        "These did not open with this session's passphrase; another may be tried.";
    caseload_outputs:
        "Agenda exporteren en afdrukken",
        "Export calendar and print";
    caseload_calendar:
        "Agenda (.ics)",
        "Calendar (.ics)";
    caseload_choose:
        "Kiezen…",
        "Choose…";
    caseload_full_names:
        "Volledige namen en afspraken",
        "Full names and agreements";
    caseload_export_calendar:
        "Agenda exporteren",
        "Export calendar";
    caseload_calendar_note:
        "Agenda's worden vaak met de cloud gedeeld: het kind staat er alleen met initialen in, met niet meer dan \"MDO\" en de eerste woorden van een afspraak.",
        "Calendars often sync to the cloud: the child appears by initials only, with no more than \"MDO\" and an agreement's first words.";
    caseload_print:
        "Overzicht (PDF, A4 liggend)",
        "Overview (PDF, A4 landscape)";
    caseload_print_button:
        "Afdrukken",
        "Print";
    caseload_open_hint:
        "Open {file}",
        "Open {file}";
    caseload_meeting_passed:
        "{date} (voorbij, nog niet gehouden)",
        "{date} (passed, not held yet)";
    caseload_retention_on:
        "Opruimherinnering op {date}",
        "Put-away reminder on {date}";
    caseload_goals:
        "Doelen: {scores}",
        "Goals: {scores}";
    caseload_no_next:
        "nog niet gepland",
        "not planned yet";
    caseload_no_folder:
        "Kies eerst een map.",
        "Choose a folder first.";
    caseload_no_path:
        "Typ of kies eerst waar het bestand heen moet.",
        "Type or choose where the file goes first.";
    caseload_calendar_title:
        "Agenda exporteren",
        "Export calendar";
    col_due:
        "Datum",
        "Due";
    due_field:
        "Datum afspraak {row}",
        "Due date of agreement {row}";
    due_add:
        "+ Datum",
        "+ Date";
    due_from_text:
        "Als datum: {date}",
        "As a date: {date}";
    due_remove:
        "✖",
        "✖";
    due_remove_named:
        "Geen datum voor afspraak {row}",
        "No date for agreement {row}";
    due_remove_hint:
        "Geen datum (alleen de woorden bij Wanneer)",
        "No date (only the words under When)";
    due_on:
        "uiterlijk {date}",
        "by {date}";
    when_and_due:
        "{when} (uiterlijk {date})",
        "{when} (by {date})";
    list_separator:
        ", ",
        ", ";
    appreciation_line:
        "Waardering van {from} voor {to}: {what}",
        "Appreciation from {from} for {to}: {what}";
    section_appreciation:
        "Waardering uitgesproken",
        "Appreciation said";
    appreciation_from:
        "Van",
        "From";
    appreciation_to:
        "Voor",
        "For";
    appreciation_what:
        "Wat gewaardeerd wordt",
        "What is valued";
    add_appreciation:
        "+ Waardering",
        "+ Appreciation";
    section_next_meeting:
        "Volgend overleg",
        "Next meeting";
    next_meeting_plan:
        "Volgend overleg plannen (voorstel: {date})",
        "Plan the next meeting (suggested: {date})";
    next_meeting_date:
        "Datum volgend overleg",
        "Date of the next meeting";
    next_meeting_minutes:
        "Duur (minuten)",
        "Length (minutes)";
    next_meeting_place:
        "Plaats",
        "Place";
    next_meeting_remove:
        "Geen volgend overleg plannen",
        "Plan no next meeting";
    month_names:
        "januari februari maart april mei juni juli augustus september oktober november december",
        "January February March April May June July August September October November December";
    weekday_names_long:
        "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday";
    month_names_short:
        "jan. feb. mrt. apr. mei jun. jul. aug. sep. okt. nov. dec.",
        "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec";
    date_long:
        "{weekday} {day} {month} {year}",
        "{weekday} {day} {month} {year}";
    date_short:
        "{day} {month} {year}",
        "{day} {month} {year}";
    weekday_names:
        "ma di wo do vr za zo",
        "Mo Tu We Th Fr Sa Su";
    date_day:
        "dag",
        "day";
    date_month:
        "maand",
        "month";
    date_year:
        "jaar",
        "year";
    follow_up_title:
        "Nieuw vervolgoverleg",
        "New follow-up meeting";
    follow_up_make:
        "Vervolgoverleg maken",
        "Make the follow-up meeting";
    cmd_toggle_guide:
        "Leidraad",
        "Guide";
    cmd_toggle_side:
        "Formulieren",
        "Forms";
    tip_toggle_panel:
        "Het paneel inklappen voor meer ruimte voor het bord, of terughalen",
        "Fold the panel away for more room for the board, or bring it back";
    go_to_step:
        "Naar deze stap",
        "Go to this step";
    decision_closed:
        "afgerond",
        "closed";
    decision_continues:
        "loopt door",
        "continues";
    decision_adjusted:
        "aangepast",
        "adjusted";
    col_next:
        "Hoe verder?",
        "What next?";
    decision_until:
        "{decision} ({when})",
        "{decision} ({when})";
    decision_adjusted_to:
        "aangepast tot: {what}",
        "adjusted to: {what}";
    agreed_before:
        "eerder afgesproken: {what}",
        "agreed before: {what}";
    field_new_when:
        "Tot wanneer?",
        "Until when?";
    saving:
        "Opslaan…",
        "Saving…";
    save_interrupted:
        "Het opslaan werd onderbroken; het bestand is niet veranderd en je wijzigingen staan nog in Uitzicht. Sla nog eens op.",
        "Saving was interrupted; the file did not change and your changes are still in Uitzicht. Save again.";
    cmd_next_page:
        "Volgende pagina",
        "Next page";
    cmd_previous_page:
        "Vorige pagina",
        "Previous page";
    tip_page:
        "Op de beamer: de volgende of vorige pagina, als een stap niet op één scherm past (ook met een tik op het scherm)",
        "On the projector: the next or previous page when a step does not fit one screen (a tap on the screen does it too)";
    cmd_pin_board:
        "Bord vastzetten",
        "Pin the board";
    tip_pin_board:
        "De projector toont het bord bij elke stap, tot je het weer losmaakt",
        "The projector shows the board at every step, until you unpin it";
    cmd_high_contrast:
        "Hoog contrast",
        "High contrast";
    tip_high_contrast:
        "Zwart op wit met dikke lijnen, voor een flauwe beamer",
        "Black on white with thick lines, for a washed-out beamer";
    projector_time_box:
        "{date}, {start}–{end}",
        "{date}, {start}–{end}";
    projector_nothing_yet:
        "Nog niets.",
        "Nothing yet.";
    projector_building_on:
        "Waar we op bouwen ({kind})",
        "What we build on ({kind})";
    projector_for_goal:
        "voor doel {goal}",
        "for goal {goal}";
    projector_page:
        "{page}/{pages}",
        "{page}/{pages}";
    projector_tops_tips:
        "Tops en tips",
        "Tops and tips";
    section_interaction:
        "Wisselwerking",
        "Interaction";
    arrow_line:
        "{from} → {to}: {spiral}",
        "{from} → {to}: {spiral}";
    cmd_export_docx:
        "Verslag voor dossier (Word)…",
        "Report for the dossier (Word)…";
    tip_export_docx:
        "Het verslag als bewerkbaar Word-document, voor het groeidocument of OPP",
        "The report as an editable Word document, for the pupil's file";
    cmd_copy_text:
        "Kopieer als tekst",
        "Copy as text";
    tip_copy_text:
        "Het verslag als platte tekst naar het klembord, om in een webformulier te plakken",
        "The report as plain text on the clipboard, to paste into a web form";
    copied_text:
        "Het verslag staat als tekst op het klembord.",
        "The report is on the clipboard as text.";
    note_continued:
        "… (zie vervolg)",
        "… (see continuation)";
    sheet_header:
        "Het overleg",
        "The meeting";
    chair_line:
        "voorzitter: {chair}",
        "chair: {chair}";
    tip_manual:
        "Hoe je een overleg leidt met Uitzicht, hier in het programma",
        "How to run a meeting with Uitzicht, here in the app";
    tip_about:
        "Versie, licenties, en waar Uitzicht iets bewaart op deze computer",
        "Version, licences, and where Uitzicht keeps things on this computer";
    menu_help:
        "Help",
        "Help";
    cmd_about:
        "Over Uitzicht",
        "About Uitzicht";
    cmd_manual:
        "Handleiding",
        "Manual";
    about_title:
        "Over Uitzicht",
        "About Uitzicht";
    about_version:
        "Uitzicht {version}",
        "Uitzicht {version}";
    about_what:
        "Een bord voor het multidisciplinair overleg (MDO) over een kind, volgens handelingsgericht werken: drie cirkels, de leidraad van de voorzitter, de afspraken, het verslag.",
        "A board for the case meeting (MDO) about a child, in the handelingsgericht werken method: three circles, the chair's guide, the agreements, the report.";
    about_licences_heading:
        "Licenties",
        "Licences";
    about_licence:
        "Uitzicht: {licence}.",
        "Uitzicht: {licence}.";
    about_fonts:
        "Lettertypen: Atkinson Hyperlegible Next (SIL Open Font License 1.1) en een deel van DejaVu Sans (Bitstream Vera-licentie en publiek domein); ze zitten in het programma en in elke pdf.",
        "Fonts: Atkinson Hyperlegible Next (SIL Open Font License 1.1) and a part of DejaVu Sans (Bitstream Vera licence and public domain); they are built into the app and into every PDF.";
    about_places_heading:
        "Wat Uitzicht op deze computer bewaart",
        "What Uitzicht keeps on this computer";
    about_case_file:
        "Deze casus",
        "This case";
    about_recovery:
        "Herstelkopieën van niet-opgeslagen werk",
        "Recovery copies of unsaved work";
    about_settings:
        "Instellingen (taal, herinnering, panelen, de map van Mijn casussen)",
        "Settings (language, reminder, panels, the folder of My cases)";
    about_nowhere:
        "(nog nergens)",
        "(nowhere yet)";
    about_privacy:
        "Uitzicht maakt geen verbinding met internet en houdt geen lijst bij van geopende casussen. Een casusbestand gaat alleen de deur uit als je het zelf exporteert of verstuurt.",
        "Uitzicht makes no internet connection and keeps no list of opened cases. A case file leaves this computer only when you export or send it yourself.";
    manual_title:
        "Handleiding",
        "Manual";
    manual_before_heading:
        "Voor het overleg",
        "Before the meeting";
    manual_before:
        "Maak een nieuwe casus (Ctrl+N) of open die van vorige keer. Vul in de voorbereiding in wie er komen, wat het overleg moet opleveren en hoe laat het eindigt.\n\nEen vervolgoverleg maak je met “+ Nieuw vervolgoverleg”: het bord, de mensen, de doelen en de lopende afspraken gaan mee.",
        "Make a new case (Ctrl+N) or open the one from last time. In the preparation, fill in who will come, what the meeting must produce and when it ends.\n\nA follow-up meeting is made with “+ New follow-up meeting”: the board, the people, the goals and the running agreements come along.";
    manual_during_heading:
        "Tijdens het overleg",
        "During the meeting";
    manual_during:
        "Links staat de leidraad: de zes stappen met hun aandachtspunten en de klok. Rechts staat het formulier van de stap, of de gereedschappen van het bord.\n\nOp het bord typ je bij een cirkel wat gezegd wordt: begin met + voor wat goed gaat, - voor wat beter moet, ! voor een doel en ? voor een vraag. Met een ster zet je iets in de top drie. Pijlen tussen cirkels laten zien hoe ze op elkaar inwerken.\n\nIn de terugblik kies je per afspraak van vorige keer: afgerond, loopt door of aangepast.",
        "On the left is the guide: the six steps with their points and the clock. On the right is the step's form, or the board's tools.\n\nOn the board, type what is said next to a circle: start with + for what goes well, - for what must get better, ! for a goal and ? for a question. A star puts something in the top three. Arrows between circles show how they affect each other.\n\nIn the review, choose for each agreement from last time: closed, continues or adjusted.";
    manual_projector_heading:
        "Op de projector",
        "On the projector";
    manual_projector:
        "F5 zet het overleg schermvullend op de projector; het Projectorvenster doet dat op een tweede scherm terwijl jij de leidraad en formulieren houdt. De projector volgt de stap: eerst de mensen en de vragen, dan het bord, dan de doelen, tot slot de afspraken. Zet het bord vast (F6) om het bij elke stap te tonen; Hoog contrast (F9) helpt bij een flauwe beamer.",
        "F5 puts the meeting full screen on the projector; the Projector window does so on a second screen while you keep the guide and forms. The projector follows the step: first the people and the questions, then the board, then the goals, and finally the agreements. Pin the board (F6) to show it at every step; High contrast (F9) helps with a washed-out beamer.";
    manual_after_heading:
        "Na het overleg",
        "After the meeting";
    manual_after:
        "Bestand → Bord exporteren als A3-pdf drukt het bord af; Verslag exporteren als pdf maakt het verslag voor iedereen aan tafel. Voor het groeidocument of OPP is er Verslag voor dossier (Word) en Kopieer als tekst. Kies gepseudonimiseerd als het verslag buiten het overleg gelezen wordt.",
        "File → Export board as A3 PDF prints the board; Export report as PDF makes the report for everyone at the table. For the pupil's file there is Report for the dossier (Word) and Copy as text. Choose pseudonymised when the report is read outside the meeting.";
    manual_safe_heading:
        "Veilig bewaren",
        "Keeping it safe";
    manual_safe:
        "Ctrl+S bewaart. Uitzicht houdt de vorige versie als reservekopie en schrijft om de paar seconden een herstelkopie, zodat een crash niets kost. Heeft een collega het bestand open, dan is het hier alleen te lezen tot je het overneemt. Met een wachtwoordzin (Bestand → Beveiligen) is het bestand versleuteld.",
        "Ctrl+S saves. Uitzicht keeps the previous version as a backup and writes a recovery copy every few seconds, so a crash costs nothing. When a colleague has the file open, it can only be read here until you take it over. With a passphrase (File → Protect) the file is encrypted.";
    manual_keys_heading:
        "Toetsen",
        "Keys";
    manual_keys:
        "Ctrl+2, 3, 4: typen in de cirkel van kind, school, thuis · Ctrl+Z en Ctrl+Y: ongedaan maken en opnieuw · Ctrl+PageDown en PageUp: volgende en vorige stap · F7 en F8: leidraad en formulieren in- en uitklappen · F1: deze handleiding.",
        "Ctrl+2, 3, 4: type in the circle of the child, school, home · Ctrl+Z and Ctrl+Y: undo and redo · Ctrl+PageDown and PageUp: next and previous step · F7 and F8: fold the guide and the forms · F1: this manual.";
    opening:
        "Openen…",
        "Opening…";
    open_interrupted:
        "Het openen werd onderbroken; er is niets geopend. Probeer het nog eens.",
        "Opening was interrupted; nothing was opened. Try again.";
    note_cut:
        "…",
        "…";
    section_shared_interest:
        "Gezamenlijk belang",
        "Shared interest";
    field_shared_interest:
        "We zijn hier allemaal omdat …",
        "We are all here because …";
    pleasant_useful:
        "Prettig en zinvol overleg: {answer}",
        "A pleasant and useful meeting: {answer}";
    pleasant_useful_q:
        "Was het overleg prettig en zinvol?",
        "Was the meeting pleasant and useful?";
    section_chains:
        "Keten per doel",
        "The chain per goal";
    chain_builds_on:
        "Bouwen op",
        "Builds on";
    chain_changes:
        "Veranderen of compenseren",
        "Changes or compensates";
    chain_gaps:
        "Nog te vullen",
        "Still to fill";
    gap_build_on:
        "nog niets om op te bouwen",
        "nothing to build on yet";
    gap_need:
        "nog geen onderwijs- of opvoedbehoefte",
        "no educational or parenting need yet";
    gap_support_school:
        "nog geen ondersteuningsbehoefte van de school (leerkracht/mentor of IB/zoco)",
        "no support need of the school yet (teacher/mentor or IB/zoco)";
    gap_support_parents:
        "nog geen ondersteuningsbehoefte van de ouders",
        "no support need of the parents yet";
    gap_support_any:
        "nog geen ondersteuningsbehoefte van leerkracht of ouders",
        "no support need of a teacher or the parents yet";
    gap_agreement:
        "nog geen afspraak",
        "no agreement yet";
    goals_on_board:
        "Doelen (↑) op het bord die nog geen doel zijn:",
        "Goals (↑) on the board that are no goal yet:";
    make_goal:
        "↑ {text} — doel maken",
        "↑ {text} — make a goal";
    goal_links:
        "Bouwen op ({build}) · veranderen of compenseren ({change})",
        "Builds on ({build}) · changes or compensates ({change})";
    no_goal:
        "(geen doel)",
        "(no goal)";
    serves_goal:
        "Voor doel",
        "For goal";
    chain_scores:
        "Score: {scores}",
        "Score: {scores}";
    chain_from_board:
        "Staat als ↑ op het bord.",
        "Stands as ↑ on the board.";
    chain_reviewed:
        "vorige keer {outcome}; nu {status}",
        "last time {outcome}; now {status}";
    chain_add_need:
        "+ Behoefte",
        "+ Need";
    chain_need_from:
        "+ Heeft nodig: {text}",
        "+ Needs: {text}";
    need_line:
        "Dit kind heeft nodig: {text}",
        "This child needs: {text}";
    chain_add_support:
        "+ Ondersteuning {of}",
        "+ Support {of}";
    chain_add_agreement:
        "+ Afspraak",
        "+ Agreement";
    lens_title:
        "Ouders en leren: vier kanten",
        "Parents and learning: four sides";
    lens_body:
        "Betrokkenheid: weten en laten merken wat er op school gebeurt.\nStimuleren: thuis samen lezen, praten, spelen en leren.\nAfspraken en opvolging: vaste tijden, samen nakijken, doen wat is afgesproken.\nHoge verwachtingen: laten merken dat je gelooft dat het kind het kan.",
        "Involvement: knowing and showing what happens at school.\nStimulating: reading, talking, playing and learning together at home.\nAgreements and follow-up: fixed times, checking together, doing what was agreed.\nHigh expectations: showing you believe the child can do it.";
    review_for_goal:
        "Voor doel: {goal}",
        "For goal: {goal}";
    present_label:
        "{who} aanwezig",
        "{who} present";
    agreement_number:
        "Afspraak {row}",
        "Agreement {row}";
    err_not_a_file:
        "dit is geen gewoon bestand (maar een map, apparaat of pijp); Uitzicht opent en schrijft alleen gewone bestanden.",
        "this is not a regular file (but a folder, device or pipe); Uitzicht opens and writes regular files only.";
    err_changed_on_disk:
        "het bestand is veranderd sinds het hier geopend of opgeslagen werd, waarschijnlijk door een andere sessie. Er is niets overschreven en je wijzigingen staan nog in Uitzicht: sla ze op als een ander bestand, of open het bestand opnieuw.",
        "the file has changed since it was opened or saved here, probably by another session. Nothing was overwritten and your changes are still in Uitzicht: save them as another file, or open the file again.";
    err_lock_lost:
        "{user} op {machine} heeft dit bestand overgenomen. Er is niets overschreven; het is hier nu alleen te lezen en je wijzigingen staan nog in Uitzicht: sla ze op als een ander bestand.",
        "{user} on {machine} has taken this file over. Nothing was overwritten; here it can now only be read, and your changes are still in Uitzicht: save them as another file.";
    err_lock_removed:
        "het slot naast dit bestand is weggehaald of onleesbaar gemaakt, door een ander programma of een andere sessie. Er is niets overschreven; het is hier nu alleen te lezen en je wijzigingen staan nog in Uitzicht: open het bestand opnieuw of sla op als een ander bestand.",
        "the lock beside this file was removed or made unreadable, by another program or another session. Nothing was overwritten; here it can now only be read, and your changes are still in Uitzicht: open the file again or save it as another file.";
    err_read_only_file:
        "het bestand is alleen-lezen gemaakt; Uitzicht schrijft er niet overheen. Sla op als een ander bestand.",
        "the file has been made read-only; Uitzicht does not write over it. Save it as another file.";
    err_too_many:
        "hier staan meer dan {limit} onderdelen in één lijst; zoveel heeft geen echte casus. Is dit wel een casusbestand?",
        "a list here holds more than {limit} entries; no real case has that many. Is it really a case file?";
    err_too_deep:
        "hier is de tekst te diep genest; zo ziet een casusbestand er niet uit. Is dit wel een casusbestand?",
        "the text is nested too deeply here; a case file does not look like this. Is it really a case file?";
    err_export_onto_case:
        "een export mag de casus zelf, zijn reservekopie of zijn slot niet vervangen; kies een andere naam.",
        "an export may not replace the case itself, its backup or its lock; choose another name.";
    err_export_case_name:
        "een export krijgt geen naam die op .uitzicht of .mdo.ron eindigt, ook niet met .bak of .lock erachter: zo heten casusbestanden, hun reservekopieën en hun sloten.",
        "an export does not get a name ending in .uitzicht or .mdo.ron, nor with .bak or .lock after that: that is what case files, their backups and their locks are called.";
    err_export_twice:
        "dezelfde bestandsnaam is voor twee exports opgegeven.",
        "the same file name was given for two exports.";
    err_locked:
        "iemand anders heeft dit bestand open; het is hier alleen te lezen. Neem het over of sla op als een ander bestand.",
        "someone else has this file open; here it can only be read. Take it over, or save it as another file.";
    err_needs_passphrase:
        "dit bestand is beveiligd met een wachtwoordzin.",
        "this file is protected with a passphrase.";
    err_wrong_passphrase:
        "deze wachtwoordzin opent dit bestand niet. Let op hoofdletters en spaties, en probeer het opnieuw.",
        "this passphrase does not open this file. Mind capitals and spaces, and try again.";
    err_damaged:
        "het beveiligde bestand is beschadigd of onvolledig; er is niets geopend. Probeer de reservekopie (.bak).",
        "the protected file is damaged or incomplete; nothing was opened. Try the backup (.bak).";
    err_protected_twice:
        "dit bestand is twee keer versleuteld; zo maakt Uitzicht geen bestanden. De wachtwoordzin klopt wel, maar binnenin zit nog een beveiligd bestand. Is het door een ander programma versleuteld?",
        "this file is encrypted twice over; Uitzicht does not make such files. The passphrase is right, but inside is another protected file. Was it encrypted by another program?";
    err_not_passphrase:
        "dit bestand is met een sleutel versleuteld, niet met een wachtwoordzin; Uitzicht kan het niet openen.",
        "this file is encrypted with a key, not a passphrase; Uitzicht cannot open it.";
    err_too_much_work:
        "de beveiliging van dit bestand vraagt veel meer rekenwerk dan Uitzicht toestaat; het is niet door Uitzicht gemaakt.",
        "the protection of this file asks for far more computing than Uitzicht allows; it was not made by Uitzicht.";
    err_encrypt:
        "het bestand kon niet worden versleuteld ({detail}); er is niets geschreven.",
        "the file could not be encrypted ({detail}); nothing was written.";
    locked_banner:
        "Dit bestand is open bij {user} op {machine} (sinds {since}). Je kunt het hier lezen maar niet wijzigen.",
        "This file is open for {user} on {machine} (since {since}). You can read it here but not change it.";
    locked_banner_unknown:
        "Naast dit bestand staat een slot dat niet te lezen is; misschien heeft iemand anders het open. Je kunt het hier lezen maar niet wijzigen.",
        "Beside this file is a lock that cannot be read; someone else may have it open. You can read it here but not change it.";
    locked_stale:
        "Die sessie draait niet meer: overnemen is veilig.",
        "That session no longer runs: taking over is safe.";
    stale_lock_taken:
        "{user} op {machine} had dit bestand open in een sessie die niet meer draait; Uitzicht heeft het slot overgenomen.",
        "{user} on {machine} had this file open in a session that no longer runs; Uitzicht has taken the lock over.";
    window_no_display:
        "Uitzicht kan geen venster openen: er is geen beeldscherm (DISPLAY en WAYLAND_DISPLAY zijn niet gezet). Start Uitzicht vanaf het bureaublad; zonder venster werken 'uitzicht check' en 'uitzicht export' wel. (Detail: {detail})",
        "Uitzicht cannot open a window: there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set). Start Uitzicht from the desktop; without a window, 'uitzicht check' and 'uitzicht export' still work. (Detail: {detail})";
    window_missing_library:
        "Uitzicht kan geen venster openen: het systeem mist {files}. Installeer wat ontbreekt, bijvoorbeeld met: sudo apt install {packages} (Detail: {detail})",
        "Uitzicht cannot open a window: the system lacks {files}. Install what is missing, for example with: sudo apt install {packages} (Detail: {detail})";
    window_failed:
        "Uitzicht kan geen venster openen. (Detail: {detail})",
        "Uitzicht cannot open a window. (Detail: {detail})";
    take_over:
        "Overnemen",
        "Take over";
    io_not_found:
        "bestand of map bestaat niet",
        "file or folder does not exist";
    io_permission:
        "geen toestemming",
        "permission denied";
    io_disk_full:
        "de schijf is vol",
        "the disk is full";
    io_read_only:
        "de schijf is alleen-lezen",
        "the disk is read-only";
    io_is_folder:
        "dit is een map",
        "this is a folder";
    io_busy:
        "een ander programma houdt het bestand vast; probeer het over een moment opnieuw",
        "another program is holding the file; try again in a moment";
    tab_trajectory:
        "Verloop",
        "Trajectory";
    follow_up:
        "Nieuw vervolgoverleg",
        "New follow-up meeting";
    follow_up_hint:
        "Neemt het bord, de deelnemers, de doelen, de onderwijs- en opvoedbehoeften en de open afspraken mee naar een nieuw overleg op de datum hieronder.",
        "Takes the board, the participants, the goals, the needs and the open agreements along to a new meeting on the date below.";
    follow_up_made:
        "Overleg {number} van {date} staat klaar. Begin met de terugblik op de afspraken (stap 1).",
        "Meeting {number} on {date} is ready. Start with the review of the agreements (step 1).";
    older_meeting:
        "Dit is een eerder overleg ({date}). Het is alleen te lezen, zodat blijft staan wat toen is besproken.",
        "This is an earlier meeting ({date}). It is read-only, so that what was discussed then stays as it was.";
    unlock_meeting:
        "Toch bewerken",
        "Edit anyway";
    go_to_last:
        "Naar het laatste overleg",
        "Go to the latest meeting";
    timeline_heading:
        "Overleggen in deze casus",
        "Meetings in this case";
    timeline_details:
        "{items} items op het bord · {agreements} afspraken · {done} gedaan",
        "{items} items on the board · {agreements} agreements · {done} done";
    timeline_open:
        "Openen",
        "Open";
    timeline_shown:
        "(getoond)",
        "(shown)";
    since_heading:
        "Sinds vorige keer ({date})",
        "Since last time ({date})";
    since_first:
        "Dit is het eerste overleg: er is nog geen vorige keer.",
        "This is the first meeting: there is no last time yet.";
    since_nothing:
        "Niets veranderd sinds het vorige overleg.",
        "Nothing changed since the previous meeting.";
    since_added:
        "Nieuw op het bord",
        "New on the board";
    since_removed:
        "Van het bord af",
        "Taken off the board";
    since_improved:
        "Van − naar +",
        "From − to +";
    since_worsened:
        "Van + naar −",
        "From + to −";
    since_goals:
        "Doelen",
        "Goals";
    since_done:
        "Afspraken gedaan",
        "Agreements done";
    goal_change:
        "{goal}: {before} → {after}",
        "{goal}: {before} → {after}";
    goal_reached:
        "bereikt",
        "reached";
    chart_heading:
        "Scores van de doelen over de overleggen (0–10)",
        "Goal scores over the meetings (0–10)";
    chart_empty:
        "Nog geen scores om te tonen.",
        "No scores to show yet.";
    score_history:
        "eerder: {scores}",
        "before: {scores}";
    carried_hint:
        "Grijs staat er nog van vorige keer. Houd het, verplaats het of haal het weg.",
        "Grey is still there from last time. Keep it, move it or remove it.";
    keep_all_carried:
        "Alles van vorige keer houden ({count})",
        "Keep everything from last time ({count})";
    score_label:
        "Score",
        "Score";
    score_choice:
        "Doel {row}: score {score}",
        "Goal {row}: score {score}";
    review_none:
        "Er staan geen afspraken van vorige keer open.",
        "No agreements from last time are open.";
    review_choice:
        "Afspraak {row} {choice}",
        "Agreement {row} {choice}";
    approach_works:
        "ja: doorgaan",
        "yes: continue";
    approach_fails:
        "nee: anders",
        "no: change";
    field_better:
        "Wat doen we anders, en hoe?",
        "What do we do differently, and how?";
    cli_passphrase:
        "Wachtwoordzin voor {path}: ",
        "Passphrase for {path}: ";
    cli_passphrase_not_text:
        "de wachtwoordzin is geen leesbare tekst of langer dan {max} bytes",
        "the passphrase is not readable text, or longer than {max} bytes";
    cli_summary:
        "{child}: {meetings} overleggen, {circles} cirkels, {items} items, {arrows} pijlen, {agreements} afspraken",
        "{child}: {meetings} meetings, {circles} circles, {items} items, {arrows} arrows, {agreements} agreements";
    prep_title:
        "Voorbereiding van het overleg over {child}",
        "Preparing the meeting about {child}";
    prep_child_title:
        "Wat vind jij? Voor het overleg over jou",
        "What do you think? For the meeting about you";
    prep_ask_example:
        "Geef bij wat goed gaat en wat lastig is een recent voorbeeld, na ‘bijv.’.",
        "With what goes well and what is hard, give a recent example, after ‘e.g.’.";
    item_example:
        "Voorbeeld",
        "Example";
    item_example_line:
        "bijv. {example}",
        "e.g. {example}";
    section_examples:
        "Voorbeelden bij het bord",
        "Examples on the board";
    prep_network_together:
        "Wat doet u samen met het kind, en wat gaat daarbij goed?",
        "What do you do together with the child, and what goes well then?";
    prep_network_help:
        "Waarmee kunt u het gezin of het kind steunen, als dat gevraagd wordt?",
        "How could you support the family or the child, if asked?";
    prep_experience_recognise:
        "Wat herkent u uit uw eigen ervaring, en wat hielp toen?",
        "What do you recognise from your own experience, and what helped then?";
    prep_experience_helped:
        "Wat zou dit gezin volgens uw ervaring verder helpen?",
        "From your experience, what would help this family on?";
    table_forgotten:
        "Wie hoort er nog aan tafel?",
        "Who else belongs at the table?";
    table_forgotten_note:
        "Vaak vergeten; elk krijgt een voorbereidingsblad van zijn eigen soort.",
        "Often forgotten; each gets a preparation sheet of their own kind.";
    invite_experience:
        "+ Ervaringsdeskundige",
        "+ Expert by experience";
    invite_network:
        "+ Iemand uit het netwerk (opa of oma, coach, buur)",
        "+ Someone from the child's network (grandparent, coach, neighbour)";
    invite_child:
        "+ Het kind zelf (vanaf een passende leeftijd)",
        "+ The child itself (from a suitable age)";
    role_experience:
        "ervaringsdeskundige",
        "expert by experience";
    role_network:
        "netwerk (opa, oma, coach, buur)",
        "network (grandparent, coach, neighbour)";
    role_child:
        "leerling (het kind zelf)",
        "pupil (the child itself)";
    prep_one_per_line:
        "Zet elk antwoord op een eigen regel.",
        "Put each answer on a line of its own.";
    prep_intro:
        "Schrijf in de lege vakken rechts wat u kwijt wilt, kort of uitgebreid; een opsomming mag, meer dan één antwoord per vak ook. Geef het blad terug aan de voorzitter: in het overleg vatten we samen wat iedereen al schreef en vragen we wat er nog bij komt.",
        "Write what you want to say in the empty boxes on the right, briefly or at length; a list is fine, so is more than one answer per box. Give the sheet back to the chair: in the meeting we sum up what everyone wrote and ask what is missing.";
    prep_child_part:
        "Over jou",
        "About you";
    prep_child_intro:
        "Schrijf of teken in de lege vakken. Je mag het samen met iemand doen. Er zijn geen foute antwoorden.",
        "Write or draw in the empty boxes. You may do it together with someone. There are no wrong answers.";
    prep_about:
        "Over dit blad",
        "About this sheet";
    prep_row_child:
        "Kind",
        "Child";
    prep_row_meeting:
        "Overleg",
        "Meeting";
    prep_row_for:
        "Ingevuld door",
        "Filled in by";
    prep_row_purpose:
        "Aan het eind van het overleg",
        "By the end of the meeting";
    prep_row_child_sheet:
        "Dit blad is van",
        "This sheet belongs to";
    prep_row_child_why:
        "Waarom we praten",
        "Why we talk";
    prep_child_why:
        "We praten samen over hoe het met je gaat, op school en thuis, en wat jou kan helpen. Wat jij vindt, telt mee.",
        "We talk together about how you are doing, at school and at home, and what can help you. What you think counts.";
    prep_row_key:
        "Kenmerk",
        "Reference";
    prep_child_going_well_adult:
        "+ Wat gaat goed met het kind?",
        "+ What goes well with the child?";
    prep_child_better_adult:
        "− Wat kan beter bij het kind?",
        "− What could be better for the child?";
    prep_child_questions_adult:
        "? Welke vragen heeft u over het kind?",
        "? What questions do you have about the child?";
    prep_school_going_well:
        "+ Wat gaat goed op school?",
        "+ What goes well at school?";
    prep_school_better:
        "− Wat kan beter op school?",
        "− What could be better at school?";
    prep_school_questions:
        "? Welke vragen heeft u over school?",
        "? What questions do you have about school?";
    prep_home_going_well:
        "+ Wat gaat goed thuis?",
        "+ What goes well at home?";
    prep_home_better:
        "− Wat kan beter thuis?",
        "− What could be better at home?";
    prep_home_questions:
        "? Welke vragen heeft u over thuis?",
        "? What questions do you have about home?";
    prep_hope:
        "Wat hoopt u dat het overleg oplevert?",
        "What do you hope the meeting delivers?";
    prep_hope_heading:
        "Het overleg",
        "The meeting";
    prep_parent_involvement:
        "+ Betrokkenheid: wat weet u van school en hoe laat u dat merken?",
        "+ Involvement: what do you know of school, and how do you show it?";
    prep_parent_stimulating:
        "+ Stimuleren: wat doet u thuis samen (lezen, praten, spelen)?",
        "+ Stimulating: what do you do together at home (reading, talking, playing)?";
    prep_parent_follow_up:
        "+ Afspraken en opvolging: welke vaste tijden en gewoontes zijn er thuis?",
        "+ Agreements and follow-up: what fixed times and habits are there at home?";
    prep_parent_expectations:
        "+ Verwachtingen: wat gelooft u dat uw kind kan?",
        "+ Expectations: what do you believe your child can do?";
    prep_teacher_works:
        "+ Wat werkt in de klas: aanpak, plek, materiaal, momenten?",
        "+ What works in class: approach, seat, materials, moments?";
    prep_youth_context:
        "+ Wat helpt in het gezin en de buurt?",
        "+ What helps in the family and the neighbourhood?";
    prep_youth_strain:
        "− Wat drukt er op het gezin?",
        "− What weighs on the family?";
    prep_child_going_well:
        "Wat gaat goed? Waar ben je trots op?",
        "What goes well? What are you proud of?";
    prep_child_hard:
        "Wat vind je lastig?",
        "What do you find hard?";
    prep_child_wants:
        "Wat wil jij? Wat wil je leren of bereiken?",
        "What do you want? What do you want to learn or reach?";
    prep_child_school:
        "Wat is fijn op school?",
        "What is nice at school?";
    prep_child_school_hard:
        "Wat is niet fijn op school?",
        "What is not nice at school?";
    prep_child_home:
        "Wat is fijn thuis?",
        "What is nice at home?";
    prep_child_ask:
        "Wat wil je de grote mensen vragen of vertellen?",
        "What do you want to ask or tell the grown-ups?";
    prep_child_draw:
        "Hier mag je tekenen of schrijven",
        "You can draw or write here";
    prep_read:
        "Voorbereiding inlezen…",
        "Read in preparation…";
    prep_make:
        "Voorbereidingsblad maken…",
        "Make a preparation sheet…";
    prep_make_for:
        "Blad voor {who}",
        "Sheet for {who}";
    prep_make_child:
        "Blad voor het kind",
        "Sheet for the child";
    prep_read_referral:
        "Uit de aanmelding: {count} (reden, datum of doel van het overleg).",
        "From the referral: {count} (reason, date or aim of the meeting).";
    prep_make_referral:
        "Aanmeldformulier",
        "Referral form";
    file_word_referral:
        "aanmelding",
        "referral";
    referral_title:
        "Aanmelding voor een overleg over {child}",
        "Referral for a meeting about {child}";
    referral_intro:
        "Vul in wie aanmeldt en waarom nu, en welke vragen en besluiten het overleg moet behandelen. Uw vragen komen vooraan op het bord; wat er aan het eind moet liggen, is het doel van het overleg.",
        "Fill in who refers the child and why now, and which questions and decisions the meeting must take up. Your questions open the board; what must be there at the end is the meeting's aim.";
    referral_part:
        "Aanmelding",
        "Referral";
    referral_when:
        "Datum van aanmelding",
        "Date of referral";
    referral_reason:
        "Waarom meldt u het kind nu aan?",
        "Why do you refer the child now?";
    referral_tried:
        "Wat is al geprobeerd, en wat hielp?",
        "What has been tried already, and what helped?";
    referral_concerns:
        "Waar maakt u zich zorgen over bij het kind?",
        "What worries you about the child?";
    referral_questions:
        "Welke vragen moet het overleg beantwoorden?",
        "Which questions must the meeting answer?";
    referral_decisions:
        "Welke besluiten moet het overleg nemen?",
        "Which decisions must the meeting take?";
    referral_outcome:
        "Wat moet er aan het eind van het overleg liggen?",
        "What must be there at the end of the meeting?";
    referral_by:
        "Aangemeld door",
        "Referred by";
    referral_on:
        "Wanneer",
        "When";
    referral_why:
        "Waarom nu",
        "Why now";
    referral_line:
        "Aangemeld door {by}{when}: {reason}",
        "Referred by {by}{when}: {reason}";
    prep_read_done:
        "Voorbereiding van {who} ingelezen. Nieuw: {items} op het bord, {questions} bij de vragen; al bekend: {already}.",
        "Preparation of {who} read in. New: {items} on the board, {questions} among the questions; known already: {already}.";
    prep_not_a_sheet:
        "dit is geen voorbereidingsblad van Uitzicht (er staat geen kenmerk in). Maak een blad bij de stap Voorbereiding en laat dat invullen.",
        "this is not an Uitzicht preparation sheet (it has no reference). Make a sheet in the Preparation step and have that filled in.";
    prep_other_case:
        "dit blad hoort bij een ander kind of een andere casus (kenmerk {key}). Er is niets ingelezen.",
        "this sheet belongs to another child or case (reference {key}). Nothing was read in.";
    prep_other_meeting:
        "dit blad is voor het overleg van {date}, en dat staat niet in deze casus. Er is niets ingelezen.",
        "this sheet is for the meeting of {date}, which this case does not have. Nothing was read in.";
    prep_no_meeting_date:
        "bij het kenmerk van dit blad staat niet voor welk overleg het is. Maak een nieuw blad bij de stap Voorbereiding. Er is niets ingelezen.",
        "this sheet's reference does not say which meeting it is for. Make a new sheet in the Preparation step. Nothing was read in.";
    cli_width_clamped:
        "De PNG is {used} pixels breed geworden: de breedte moet tussen {min} en {max} liggen.",
        "The PNG was made {used} pixels wide: the width must lie between {min} and {max}.";
    err_link_loop:
        "dit is een koppeling die (via andere) naar zichzelf terugwijst; er is geen bestand om te openen.",
        "this is a link that points back to itself (through others); there is no file to open.";
    prep_stopped:
        "het inlezen is gestopt; er is niets ingelezen.",
        "reading was stopped; nothing was read in.";
    prep_reading:
        "{file} wordt ingelezen… {percent}%",
        "Reading {file}… {percent}%";
    prep_stop:
        "Stoppen",
        "Stop";
    prep_changed_meanwhile:
        "het overleg van dit blad is veranderd terwijl het werd ingelezen; lees het opnieuw in.",
        "the meeting of this sheet changed while it was read; read it in again.";
    prep_no_name:
        "op dit blad staat niet wie het invulde. Zet een naam bij ‘Ingevuld door’ en lees het opnieuw in.",
        "this sheet does not say who filled it in. Put a name by ‘Filled in by’ and read it in again.";
    prep_unreadable:
        "dit Word-bestand is niet te lezen ({detail}). Er is niets ingelezen.",
        "this Word file cannot be read ({detail}). Nothing was read in.";
    prep_read_left_out:
        "{count} antwoorden pasten er niet meer bij: hun cirkel, de vragen of hun veld bevat al het meeste dat een casus kan bewaren.",
        "{count} answers did not fit: their circle, the questions or their field already holds the most a case can keep.";
    err_over_limit:
        "{what} bevat meer dan een casusbestand kan bewaren. Er is niets geschreven en je werk staat nog in Uitzicht: haal daar iets weg en sla opnieuw op.",
        "{what} holds more than a case file can keep. Nothing was written and your work is still in Uitzicht: remove something there and save again.";
    limit_full:
        "Hier kan niets meer bij: {what} bevat al het meeste dat een casus kan bewaren.",
        "Nothing more fits here: {what} already holds the most a case can keep.";
    limit_meetings:
        "de casus, in overleggen",
        "the case, in meetings";
    limit_circles:
        "het bord, in cirkels",
        "the board, in circles";
    limit_arrows:
        "het bord, in pijlen",
        "the board, in arrows";
    limit_items:
        "de cirkel ‘{circle}’",
        "the circle ‘{circle}’";
    limit_rows:
        "een lijst in de formulieren",
        "a list in the forms";
    limit_of_meeting:
        "van overleg {number}",
        "of meeting {number}";
    prep_not_word:
        "het is geen Word-document (.docx), of het is beschadigd",
        "it is not a Word document (.docx), or it is damaged";
    prep_broken_at:
        "de tekst van het document is beschadigd bij regel {line}",
        "the document's text is damaged at line {line}";
    prep_too_deep:
        "er zitten meer dan {depth} lagen in elkaar, veel meer dan een ingevuld blad ooit heeft",
        "it nests more than {depth} levels deep, far more than a filled-in sheet ever does";
    prep_too_much:
        "het bevat veel meer dan een ingevuld blad ooit bevat",
        "it holds far more than a filled-in sheet ever does";
    prep_too_large:
        "dit bestand is {size}, groter dan een ingevuld blad kan zijn ({limit}). Er is niets ingelezen.",
        "this file is {size}, larger than a filled-in sheet can be ({limit}). Nothing was read in.";
    prep_waiting:
        "Vooraf ingebracht, nog niet besproken",
        "Brought in beforehand, not yet discussed";
    prep_take:
        "Overnemen",
        "Take in";
    prep_take_all:
        "Alles van {who} overnemen",
        "Take in all from {who}";
    prep_leave_out:
        "Weglaten",
        "Leave out";
    prep_merge:
        "Zelfde als “{text}”: samenvoegen",
        "Same as “{text}”: merge";
    prep_said_by:
        "{text} ({who})",
        "{text} ({who})";
    childs_words_mark:
        "„{text}”",
        "“{text}”";
    childs_words:
        "In de eigen woorden van het kind",
        "In the child's own words";
    prep_brought_in_by:
        "Vooraf ingebracht door {who}",
        "Brought in beforehand by {who}";
    prep_own_words:
        "(eigen woorden: “{words}”)",
        "(own words: “{words}”)";
    cli_prepare_what:
        "zeg wat er moet gebeuren: --for NAAM --docx UIT.docx, --child --docx UIT.docx of --read IN.docx",
        "say what to do: --for NAME --docx OUT.docx, --child --docx OUT.docx or --read IN.docx";
    cli_no_participant:
        "‘{name}’ staat niet bij de deelnemers van dit overleg",
        "‘{name}’ is not among the participants of this meeting";
    section_beforehand:
        "Inbreng vooraf",
        "Brought in beforehand";
    prep_child_voice:
        "{child}, in eigen woorden",
        "{child}, in their own words";
    prep_not_discussed:
        "nog niet besproken",
        "not yet discussed";
    file_word_preparation:
        "voorbereiding",
        "preparation";
    file_word_child:
        "kind",
        "child";
    section_decisions:
        "Besluiten",
        "Decisions";
    field_decided:
        "Besluit",
        "Decision";
    field_decided_by:
        "Besluit door",
        "Decided by";
    no_decision_yet:
        "Nog geen besluit genomen.",
        "No decision taken yet.";
    decision_line:
        "Besluit: {what}",
        "Decision: {what}";
    decision_by_line:
        "Besluit: {what} (door {who})",
        "Decision: {what} (by {who})";
    prep_marked:
        "voorbereid",
        "prepared";
}

#[cfg(test)]
mod tests {
    use super::*;

    fn holes(text: &str) -> Vec<String> {
        let mut holes: Vec<String> = text
            .split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}').map(|(name, _)| name.to_owned()))
            .collect();
        holes.sort();
        holes
    }

    #[test]
    fn fill_replaces_every_hole() {
        assert_eq!(
            fill("{a} en {b}, {a}", &[("a", &1), ("b", &"x")]),
            "1 en x, 1"
        );
    }

    #[test]
    fn both_languages_have_every_text_with_the_same_holes() {
        let nl = NL.all();
        let en = EN.all();
        assert_eq!(nl.len(), en.len());
        for ((name, dutch), (_, english)) in nl.iter().zip(&en) {
            assert!(!dutch.trim().is_empty(), "Dutch {name} is empty");
            assert!(!english.trim().is_empty(), "English {name} is empty");
            assert_eq!(holes(dutch), holes(english), "{name} has other holes");
        }
    }
}
