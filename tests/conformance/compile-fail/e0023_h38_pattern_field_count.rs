// Wrong number of fields in tuple-variant and tuple-struct patterns.
#[derive(Debug)]
enum Message {
    Quit,
    Move { x: i32, y: i32 },
    Write(&'static str),
    ChangeColor(i32, i32, i32),
}

struct Rgb(u8, u8, u8);

fn handle(msg: &Message) {
    match msg {
        Message::Quit => println!("quit"),
        Message::Move { x, y } => println!("move {x},{y}"),
        Message::Write(text) => println!("{text}"),
        Message::ChangeColor(r, g) => println!("color {r} {g}"),
    }
}

fn main() {
    let msgs = [Message::Write("hi"), Message::ChangeColor(1, 2, 3), Message::Quit];
    for m in &msgs {
        handle(m);
    }
    let Rgb(r, g, b, a) = Rgb(1, 2, 3);
    println!("{r}{g}{b}{a}");
}
