// An enum struct variant constructed with a field name it does not have.
#[derive(Debug)]
enum Event {
    Click { x: i32, y: i32 },
    Key { code: u32, shift: bool },
}

fn main() {
    let events = [
        Event::Click { x: 10, y: 20 },
        Event::Key { code: 65, shifted: true },
    ];
    for e in &events {
        println!("{:?}", e);
    }
}
