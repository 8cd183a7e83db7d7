//! The page's accessibility: eframe's web runner hands egui's AccessKit tree to no one, so a
//! screen reader would hear one unlabelled canvas. This mirrors the tree into elements with
//! ARIA roles, names, values and states, each placed over its widget and updated from each
//! frame's tree update (only the nodes that changed are touched), and sends what a screen
//! reader does with them (activate, focus) back to egui as AccessKit action requests. On the
//! desktop the platform's own adapter does this (AT-SPI, UI Automation).

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use egui::accesskit::{self, Action, ActionRequest, Node, NodeId, Role, Toggled, TreeUpdate};
use wasm_bindgen::JsCast as _;
use wasm_bindgen::closure::Closure;

/// The element under which the mirror lives (packaging/web/index.html).
const CONTAINER: &str = "a11y";

thread_local! {
    /// The page's elements live on the page's one thread; egui's plugin, which must be able
    /// to cross threads, reaches them here.
    static MIRROR: RefCell<Option<Mirror>> = const { RefCell::new(None) };
}

/// egui's plugin that keeps the mirror: installed once, when the page has its container.
pub struct AriaMirror;

impl AriaMirror {
    pub fn install(ctx: &egui::Context) {
        let Some(mirror) = Mirror::new(ctx.clone()) else {
            return;
        };
        MIRROR.with(|m| *m.borrow_mut() = Some(mirror));
        ctx.add_plugin(Self);
    }
}

/// egui's tree, mirrored in the page.
struct Mirror {
    /// Asked for a frame when the screen reader acts: the page draws only when asked.
    ctx: egui::Context,
    document: web_sys::Document,
    container: web_sys::Element,
    canvas: Option<web_sys::Element>,
    nodes: HashMap<NodeId, Mirrored>,
    root: Option<NodeId>,
    focus: Option<NodeId>,
    /// CSS pixels per egui point when the elements were last placed.
    scale: f32,
    /// What the screen reader asked for since the last frame.
    requests: Rc<RefCell<Vec<ActionRequest>>>,
    /// The first frame's tree, built once the first picture is shown (see [`Mirror::take`]).
    first: First,
}

enum First {
    NotYet,
    Waiting(TreeUpdate, f32),
    Built,
}

struct Mirrored {
    element: web_sys::HtmlElement,
    node: Node,
    /// Kept alive as long as the element: what it does when activated or focused.
    _listeners: [Closure<dyn Fn(web_sys::Event)>; 2],
}

impl Mirror {
    /// The mirror, when the page has its container.
    fn new(ctx: egui::Context) -> Option<Self> {
        let document = web_sys::window()?.document()?;
        let container = document.get_element_by_id(CONTAINER)?;
        let canvas = document.get_element_by_id("uitzicht");
        if let Some(canvas) = &canvas {
            // The canvas is the application the mirror's elements belong to: a screen reader
            // reads them as its content and follows egui's focus among them.
            let _ = canvas.set_attribute("role", "application");
            let _ = canvas.set_attribute("aria-roledescription", "Uitzicht");
            let _ = canvas.set_attribute("aria-owns", CONTAINER);
        }
        Some(Self {
            ctx,
            document,
            container,
            canvas,
            nodes: HashMap::new(),
            root: None,
            focus: None,
            scale: 0.0,
            requests: Rc::default(),
            first: First::NotYet,
        })
    }

    /// Takes one frame's tree update. The first is the whole app, hundreds of elements for the
    /// page to make and lay out before it could show the app's first picture; it is built just
    /// after that picture instead, a moment before a screen reader could ask for it, and always
    /// before the next frame's update.
    fn take(&mut self, update: &TreeUpdate, scale: f32) {
        if matches!(self.first, First::NotYet) {
            let build = Closure::once_into_js(|| {
                MIRROR.with(|m| {
                    if let Some(mirror) = m.borrow_mut().as_mut() {
                        mirror.build_first();
                    }
                });
            });
            let later = web_sys::window().map(|w| {
                w.set_timeout_with_callback_and_timeout_and_arguments_0(build.unchecked_ref(), 0)
            });
            if matches!(later, Some(Ok(_))) {
                self.first = First::Waiting(update.clone(), scale);
                return;
            }
            self.first = First::Built;
        }
        self.build_first();
        self.apply(update, scale);
    }

    fn build_first(&mut self) {
        if let First::Waiting(update, scale) = std::mem::replace(&mut self.first, First::Built) {
            self.apply(&update, scale);
        }
    }

    /// Brings the page up to date with one frame's tree update.
    fn apply(&mut self, update: &TreeUpdate, scale: f32) {
        if let Some(tree) = &update.tree
            && self.root != Some(tree.root)
        {
            self.forget_all();
            self.root = Some(tree.root);
        }
        let mut changed_children = Vec::new();
        let mut touched = Vec::new();
        for (id, node) in &update.nodes {
            let children_before = self.nodes.get(id).map(|m| m.node.children().to_vec());
            match self.nodes.get_mut(id) {
                Some(mirrored) if mirrored.node == *node => continue,
                Some(mirrored) => {
                    describe(&mirrored.element, node, Some(&mirrored.node));
                    mirrored.node = node.clone();
                }
                None => {
                    let Some(mirrored) = self.mirror(*id, node) else {
                        continue;
                    };
                    self.nodes.insert(*id, mirrored);
                }
            }
            touched.push(*id);
            if children_before.as_deref() != Some(node.children()) {
                changed_children.push((*id, children_before.unwrap_or_default()));
            }
        }
        for (parent, before) in changed_children {
            self.arrange(parent, &before);
        }
        if let Some(root) = self.root.and_then(|root| self.nodes.get(&root))
            && root.element.parent_node().is_none()
        {
            let _ = self.container.append_child(&root.element);
        }
        // A zoom moves every widget; otherwise only what changed moved.
        if (self.scale - scale).abs() < f32::EPSILON {
            self.place(touched.into_iter(), scale);
        } else {
            self.scale = scale;
            let all: Vec<NodeId> = self.nodes.keys().copied().collect();
            self.place(all.into_iter(), scale);
        }
        self.follow_focus(update.focus);
    }

    /// eframe's own hidden field, which takes the keys typed into a text field, is named as
    /// the field being typed into.
    fn name_text_agent(&self) {
        let agent = self
            .canvas
            .as_ref()
            .and_then(web_sys::Element::next_element_sibling);
        let Some(agent) = agent.filter(|a| a.tag_name() == "INPUT") else {
            return;
        };
        let typed_into = self
            .focus
            .and_then(|focus| self.nodes.get(&focus))
            .filter(|m| is_text_input(m.node.role()))
            .and_then(|m| name_of(&m.node));
        let name = typed_into.unwrap_or("Uitzicht");
        if agent.get_attribute("aria-label").as_deref() != Some(name) {
            let _ = agent.set_attribute("aria-label", name);
        }
    }

    /// A new element for `node`, listening for what a screen reader does with it.
    fn mirror(&self, id: NodeId, node: &Node) -> Option<Mirrored> {
        let tag = if is_text_input(node.role()) {
            "input"
        } else {
            "div"
        };
        let element: web_sys::HtmlElement =
            self.document.create_element(tag).ok()?.dyn_into().ok()?;
        element.set_id(&element_id(id));
        describe(&element, node, None);
        let ask = |action: Action| {
            let requests = Rc::clone(&self.requests);
            let ctx = self.ctx.clone();
            Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
                if action == Action::Click {
                    // A click bubbles up from a widget's element through those of the widgets
                    // around it, and a menu's entries sit under the menu's button: the entry
                    // and then the button would both be clicked, and the button, drawn first,
                    // would close the menu before the entry ran. The nearest that can be
                    // clicked takes it; a text inside a button leaves it to the button.
                    if !clickable(id) {
                        return;
                    }
                    event.stop_propagation();
                }
                requests.borrow_mut().push(ActionRequest {
                    action,
                    target_tree: accesskit::TreeId::ROOT,
                    target_node: id,
                    data: None,
                });
                ctx.request_repaint();
            })
        };
        let listeners = [ask(Action::Click), ask(Action::Focus)];
        for (event, listener) in ["click", "focus"].iter().zip(&listeners) {
            let _ =
                element.add_event_listener_with_callback(event, listener.as_ref().unchecked_ref());
        }
        Some(Mirrored {
            element,
            node: node.clone(),
            _listeners: listeners,
        })
    }

    /// Puts the children of `parent` under it in their order, and lets go of those it no
    /// longer has (with all below them).
    fn arrange(&mut self, parent: NodeId, before: &[NodeId]) {
        let Some(children) = self.nodes.get(&parent).map(|m| m.node.children().to_vec()) else {
            return;
        };
        for gone in before.iter().filter(|id| !children.contains(id)) {
            self.forget(*gone);
        }
        let Some(parent_element) = self.nodes.get(&parent).map(|m| m.element.clone()) else {
            return;
        };
        // Appending moves an element that is there already: the order becomes the tree's.
        for child in &children {
            if let Some(mirrored) = self.nodes.get(child) {
                let _ = parent_element.append_child(&mirrored.element);
            }
        }
    }

    fn forget(&mut self, id: NodeId) {
        if let Some(mirrored) = self.nodes.remove(&id) {
            mirrored.element.remove();
            for child in mirrored.node.children() {
                self.forget(*child);
            }
        }
    }

    fn forget_all(&mut self) {
        for mirrored in self.nodes.values() {
            mirrored.element.remove();
        }
        self.nodes.clear();
    }

    /// Each element over its widget, so that a screen reader's highlight and a touch in
    /// explore-by-touch land where the widget is drawn. Bounds are in egui's points.
    fn place(&self, ids: impl Iterator<Item = NodeId>, scale: f32) {
        for mirrored in ids.filter_map(|id| self.nodes.get(&id)) {
            let style = mirrored.element.style();
            match mirrored.node.bounds() {
                Some(rect) => {
                    let px = |v: f64| format!("{:.0}px", v * f64::from(scale));
                    let _ = style.set_property("left", &px(rect.x0));
                    let _ = style.set_property("top", &px(rect.y0));
                    let _ = style.set_property("width", &px(rect.x1 - rect.x0));
                    let _ = style.set_property("height", &px(rect.y1 - rect.y0));
                }
                None => {
                    let _ = style.set_property("width", "0");
                    let _ = style.set_property("height", "0");
                }
            }
        }
    }

    fn follow_focus(&mut self, focus: NodeId) {
        if self.focus != Some(focus) {
            self.focus = Some(focus);
            if let Some(canvas) = &self.canvas {
                if Some(focus) != self.root && self.nodes.contains_key(&focus) {
                    let _ = canvas.set_attribute("aria-activedescendant", &element_id(focus));
                } else {
                    let _ = canvas.remove_attribute("aria-activedescendant");
                }
            }
        }
        self.name_text_agent();
    }
}

impl egui::Plugin for AriaMirror {
    fn debug_name(&self) -> &'static str {
        "aria_mirror"
    }

    fn setup(&mut self, ctx: &egui::Context) {
        ctx.enable_accesskit();
    }

    fn input_hook(&mut self, ctx: &egui::Context, input: &mut egui::RawInput) {
        let asked: Vec<ActionRequest> = MIRROR.with(|m| {
            m.borrow()
                .as_ref()
                .map(|m| m.requests.borrow_mut().drain(..).collect())
                .unwrap_or_default()
        });
        let _ = ctx;
        input
            .events
            .extend(asked.into_iter().map(egui::Event::AccessKitActionRequest));
    }

    fn output_hook(&mut self, ctx: &egui::Context, output: &mut egui::FullOutput) {
        if let Some(update) = &output.platform_output.accesskit_update {
            // Points to the page's CSS pixels: egui's zoom over the browser's.
            let ratio = web_sys::window().map_or(1.0, |w| w.device_pixel_ratio()) as f32;
            let scale = ctx.pixels_per_point() / ratio.max(f32::EPSILON);
            MIRROR.with(|m| {
                if let Some(mirror) = m.borrow_mut().as_mut() {
                    mirror.take(update, scale);
                }
            });
        }
    }
}

/// Whether egui lets the widget of `id` be clicked (as far as the mirror knows: when the
/// mirror is busy, as it never is while the page hands out events, it says yes).
fn clickable(id: NodeId) -> bool {
    MIRROR.with(|m| match m.try_borrow() {
        Ok(mirror) => mirror.as_ref().is_some_and(|mirror| {
            mirror
                .nodes
                .get(&id)
                .is_some_and(|m| m.node.supports_action(Action::Click))
        }),
        Err(_) => true,
    })
}

/// What a node is called: its label, or for a field without one, its placeholder.
fn name_of(node: &Node) -> Option<&str> {
    node.label().or_else(|| node.placeholder())
}

fn element_id(id: NodeId) -> String {
    format!("a11y-{}", id.0)
}

fn is_text_input(role: Role) -> bool {
    matches!(
        role,
        Role::TextInput
            | Role::MultilineTextInput
            | Role::SearchInput
            | Role::EmailInput
            | Role::NumberInput
            | Role::PasswordInput
            | Role::PhoneNumberInput
            | Role::UrlInput
            | Role::DateInput
            | Role::TimeInput
    )
}

/// The ARIA role of an AccessKit role; `None` for what is only a container or text.
fn aria_role(role: Role) -> Option<&'static str> {
    Some(match role {
        Role::Button | Role::DefaultButton => "button",
        Role::CheckBox => "checkbox",
        Role::Switch => "switch",
        Role::RadioButton => "radio",
        Role::RadioGroup => "radiogroup",
        Role::ComboBox | Role::EditableComboBox => "combobox",
        Role::Slider => "slider",
        Role::SpinButton => "spinbutton",
        Role::Link => "link",
        Role::Heading => "heading",
        Role::Image => "img",
        // The app's own window is the page: only a window drawn inside it is a dialog.
        Role::Window => "none",
        Role::Dialog => "dialog",
        Role::AlertDialog => "alertdialog",
        Role::Alert => "alert",
        Role::Group | Role::Canvas | Role::Pane => "group",
        Role::List => "list",
        Role::ListItem => "listitem",
        Role::ListBox => "listbox",
        Role::ListBoxOption => "option",
        // egui's menus hold plain buttons, which a menu's items may not be: a group of them.
        Role::Menu | Role::MenuBar => "group",
        Role::Splitter => "separator",
        Role::MenuItem => "menuitem",
        Role::MenuItemCheckBox => "menuitemcheckbox",
        Role::MenuItemRadio => "menuitemradio",
        Role::Tab => "tab",
        Role::TabList => "tablist",
        Role::TabPanel => "tabpanel",
        Role::ProgressIndicator => "progressbar",
        Role::Tooltip => "tooltip",
        Role::Navigation => "navigation",
        Role::Main => "main",
        Role::Complementary => "complementary",
        Role::Banner => "banner",
        Role::Region => "region",
        Role::Form => "form",
        Role::Toolbar => "toolbar",
        Role::Table => "table",
        Role::Row => "row",
        Role::Cell => "cell",
        Role::ColumnHeader => "columnheader",
        // A container without a meaning of its own is left out of what is read, so that a
        // list's items stay its items.
        Role::GenericContainer => "none",
        _ => return None,
    })
}

/// Sets what `node` is on `element`, touching only what differs from `before`.
fn describe(element: &web_sys::HtmlElement, node: &Node, before: Option<&Node>) {
    let same = |f: &dyn Fn(&Node) -> String| before.is_some_and(|b| f(b) == f(node));
    let set = |name: &str, value: Option<String>| {
        let _ = match value {
            Some(value) => element.set_attribute(name, &value),
            None => element.remove_attribute(name),
        };
    };
    let role = node.role();
    if !same(&|n| format!("{:?}", n.role()) + n.label().unwrap_or_default()) {
        // A node with a name but no role of its own is still something: a group by that name.
        let fallback = node.label().is_some().then_some("group");
        set("role", aria_role(role).or(fallback).map(str::to_owned));
        if is_text_input(role) {
            set("readonly", Some(String::new()));
            set("tabindex", Some("-1".to_owned()));
        }
    }
    let text = node.value().or_else(|| node.label()).unwrap_or_default();
    if role == Role::Label {
        if !same(&|n| {
            n.value()
                .or_else(|| n.label())
                .unwrap_or_default()
                .to_owned()
        }) {
            element.set_text_content(Some(text));
        }
    } else if !same(&|n| name_of(n).unwrap_or_default().to_owned()) {
        set("aria-label", name_of(node).map(str::to_owned));
    }
    if is_text_input(role) {
        if let Some(input) = element.dyn_ref::<web_sys::HtmlInputElement>()
            && !same(&|n| n.value().unwrap_or_default().to_owned())
        {
            input.set_value(node.value().unwrap_or_default());
        }
    } else if role != Role::Label && !same(&|n| n.value().unwrap_or_default().to_owned()) {
        set(
            "aria-description",
            node.value().filter(|v| !v.is_empty()).map(str::to_owned),
        );
    }
    let flag = |on: bool| on.then(|| "true".to_owned());
    // A toggled button is pressed; a box or a radio is checked.
    let toggled = node.toggled().map(|t| {
        match t {
            Toggled::True => "true",
            Toggled::False => "false",
            Toggled::Mixed => "mixed",
        }
        .to_owned()
    });
    let (checked, pressed) = match aria_role(role) {
        Some("button") => (None, toggled),
        Some("checkbox" | "radio" | "switch" | "menuitemcheckbox" | "menuitemradio") => {
            (toggled, None)
        }
        _ => (None, None),
    };
    set("aria-checked", checked);
    set("aria-pressed", pressed);
    set("aria-disabled", flag(node.is_disabled()));
    set("aria-hidden", flag(node.is_hidden()));
    // Selected is said of an option, a tab, a row: elsewhere (egui's selectable buttons) the
    // button is pressed.
    let selected = node.is_selected().map(|s| s.to_string());
    match aria_role(role) {
        Some("option" | "tab" | "row" | "cell" | "columnheader") => set("aria-selected", selected),
        Some("button") if node.toggled().is_none() => set("aria-pressed", selected),
        _ => set("aria-selected", None),
    }
    // A combobox says whether its list is open, open or not.
    let expanded = match (node.is_expanded(), aria_role(role)) {
        (None, Some("combobox")) => Some(false),
        (expanded, _) => expanded,
    };
    set("aria-expanded", expanded.map(|s| s.to_string()));
    set("aria-level", node.level().map(|l| l.to_string()));
    set("aria-valuenow", node.numeric_value().map(|v| v.to_string()));
}
