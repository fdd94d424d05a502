// Struct literals: shorthand fields, ..base functional update, tuple structs with numeric fields, paths.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Options {
    pub verbose: bool,
    pub level: u8,
    pub name: String,
    pub tags: Vec<String>,
}

#[derive(Debug)]
struct Rgb(u8, u8, u8);

mod shapes {
    #[derive(Debug, Default)]
    pub struct Rect {
        pub w: u32,
        pub h: u32,
    }
}

#[derive(Debug)]
enum Event {
    Click { x: i32, y: i32 },
    Key(char),
}

type Alias = Options;

fn main() {
    let name = String::from("default");
    let level = 3;
    let base = Options { verbose: true, level, name, tags: vec![] };
    let derived = Options { level: 9, ..base.clone() };
    let from_default = Options { verbose: true, ..Default::default() };
    let via_alias = Alias { name: "alias".into(), ..Alias::default() };
    let via_self_path = Options { ..from_default.clone() };
    let numeric_fields = Rgb { 0: 255, 1: 128, 2: 0 };
    let ctor = Rgb(1, 2, 3);
    let rect = shapes::Rect { w: 4, ..shapes::Rect::default() };
    let x = 10;
    let click = Event::Click { x, y: -x };
    let key = Event::Key('k');
    let nested = Options {
        tags: vec!["a".to_string()],
        name: format!("{}-{}", base.name, derived.level),
        ..Options { level: 1, ..Default::default() }
    };
    println!("{base:?}\n{derived:?}\n{from_default:?}\n{via_alias:?}");
    println!("{via_self_path:?} {numeric_fields:?} {ctor:?} {rect:?} {click:?} {key:?}");
    println!("{nested:?}");
    if base == (Options { ..derived }) {
        println!("same");
    }
    match click {
        Event::Click { x: 0, .. } => println!("left edge"),
        Event::Click { y, .. } if y < 0 => println!("above"),
        _ => {}
    }
}
