// An enum payload type is unknown; matches over it also contain unused bindings.
#[derive(Debug)]
enum Event {
    Click { x: i32, y: i32 },
    Key(KeyCode),
    Resize(u32, u32),
}

fn handle(e: Event) -> i32 {
    let mut handled = 0;
    match e {
        Event::Click { x, y } => x + y,
        Event::Key(k) => 1,
        Event::Resize(w, h) => (w * 2) as i32,
    }
}

fn area(e: &Event) -> u32 {
    let unused = 3;
    match e {
        Event::Resize(w, h) => w * h,
        _ => 0,
    }
}

fn main() {
    let evs = [Event::Click { x: 1, y: 2 }, Event::Resize(3, 4), Event::Key(7)];
    for e in evs {
        let a = area(&e);
        let h = handle(e);
        println!("{} {}", a, h);
    }
}
