// lints: unreachable_patterns dead_code
// An event router over nested enums and structs, with arms that can never match.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Button {
    Left,
    Right,
    Middle,
}

#[derive(Debug, Clone, Copy)]
struct Pos {
    x: i32,
    y: i32,
}

#[derive(Debug, Clone, Copy)]
enum Mouse {
    Click { button: Button, at: Pos },
    Move(Pos),
    Scroll(i8),
}

#[derive(Debug, Clone, Copy)]
enum Event {
    Mouse(Mouse),
    Key(char, bool),
    Quit,
}

struct Router {
    clicks: u32,
    keys: u32,
}

impl Router {
    fn route(&mut self, e: Event) -> &'static str {
        match e {
            Event::Mouse(Mouse::Click { button: Button::Left, .. }) => {
                self.clicks += 1;
                "left"
            }
            Event::Mouse(Mouse::Click { button, at: Pos { x: 0, y: 0 } }) if button == Button::Right => "corner",
            Event::Mouse(Mouse::Click { .. }) => "other click",
            Event::Mouse(Mouse::Click { button: Button::Middle, .. }) => "middle",
            Event::Mouse(Mouse::Move(_)) | Event::Mouse(Mouse::Scroll(_)) => "motion",
            Event::Mouse(Mouse::Scroll(0)) => "no scroll",
            Event::Key(c, true) if c.is_ascii_uppercase() => "shift key",
            Event::Key(_, _) => {
                self.keys += 1;
                "key"
            }
            Event::Key('q', false) => "q",
            Event::Quit => "quit",
        }
    }

    fn scroll_dir(m: Mouse) -> i8 {
        match m {
            Mouse::Scroll(i8::MIN..=-1) => -1,
            Mouse::Scroll(0) => 0,
            Mouse::Scroll(1..=i8::MAX) => 1,
            Mouse::Scroll(_) => 2,
            _ => 0,
        }
    }
}

fn main() {
    let mut r = Router { clicks: 0, keys: 0 };
    let events = [
        Event::Mouse(Mouse::Click { button: Button::Left, at: Pos { x: 1, y: 2 } }),
        Event::Mouse(Mouse::Move(Pos { x: 3, y: 4 })),
        Event::Key('A', true),
        Event::Quit,
    ];
    for e in events {
        println!("{}", r.route(e));
    }
    println!("{} {} {}", r.clicks, r.keys, Router::scroll_dir(Mouse::Scroll(-3)));
}
