mod events {
    #[derive(Debug)]
    pub enum Event {
        Click(i32, i32),
        Key(char),
        Resize { w: u32, h: u32 },
    }
}

use events::Event;

fn describe(e: &Event) -> u32 {
    match e {
        Event::Click(x, y) => (x + y) as u32,
        Key(c) => *c as u32,
        Event::Resize { w, h } => w * h,
    }
}

fn main() {
    let es = [Event::Click(1, 2), Event::Key('a'), Event::Resize { w: 3, h: 4 }];
    let mut total = 0;
    for e in &es {
        total += describe(e);
    }
    println!("{}", total);
}
