// Struct patterns that miss fields without `..`, or name fields that don't exist.
#[derive(Debug, Clone, Copy)]
struct Point3 {
    x: i32,
    y: i32,
    z: i32,
}

enum Event {
    Click { at: Point3, button: u8 },
    Key { code: u32 },
}

fn describe(e: Event) -> i32 {
    match e {
        Event::Click { at } => at.x,
        Event::Key { code, shift } => code as i32,
    }
}

fn main() {
    let p = Point3 { x: 1, y: 2, z: 3 };
    let Point3 { x, y } = p;
    println!("{x} {y}");
    println!("{}", describe(Event::Key { code: 13 }));
    println!("{}", describe(Event::Click { at: p, button: 1 }));
}
