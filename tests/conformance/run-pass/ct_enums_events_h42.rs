// Enums: unit, tuple and struct variants, `use` of variants, C-like discriminants.
#[derive(Debug, Clone, Copy)]
enum WebEvent {
    PageLoad,
    PageUnload,
    KeyPress(char),
    Click { x: i64, y: i64 },
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Status {
    Rich,
    Poor,
}

#[derive(Clone, Copy)]
enum Color {
    Red = 0xff0000,
    Green = 0x00ff00,
    Blue = 0x0000ff,
}

enum Number {
    Zero,
    One,
    Two,
}

fn inspect(event: WebEvent) {
    match event {
        WebEvent::PageLoad => println!("page loaded"),
        WebEvent::PageUnload => println!("page unloaded"),
        WebEvent::KeyPress(c) => println!("pressed '{}'.", c),
        WebEvent::Click { x, y } => println!("clicked at x={}, y={}.", x, y),
    }
}

type Ev = WebEvent;

fn main() {
    use crate::Status::{Poor, Rich};
    let events = [
        WebEvent::KeyPress('x'),
        WebEvent::Click { x: 20, y: 80 },
        Ev::PageLoad,
        WebEvent::PageUnload,
    ];
    for e in events {
        inspect(e);
    }
    let status = Poor;
    match status {
        Rich => println!("The rich have lots of money!"),
        Poor => println!("The poor have no money..."),
    }
    assert!(status != Rich);
    println!("zero is {}", Number::Zero as i32);
    println!("one is {}", Number::One as i32);
    println!("two is {}", Number::Two as i32);
    let palette = [Color::Red, Color::Green, Color::Blue];
    for c in palette {
        println!("color #{:06x}", c as i32);
    }
}
