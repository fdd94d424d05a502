// lints: dead_code unused_variables
// Enum variants and tuple-struct fields that are built but never read.
#[derive(Debug)]
enum Message {
    Quit,
    Move { x: i32, y: i32 },
    Write(&'static str),
    ChangeColor(u8, u8, u8),
}

struct Meters(f64);
struct Seconds(f64, &'static str);

struct Robot {
    name: &'static str,
    battery: u8,
    serial: u32,
}

impl Robot {
    fn describe(&self) -> &'static str {
        self.name
    }

    fn recharge(&mut self) {
        self.battery = 100;
        self.log_state();
    }

    fn log_state(&self) {
        println!("battery now {}", self.battery);
    }
}

fn unused_helper(r: &Robot) -> u32 {
    r.serial + LIMIT
}

const LIMIT: u32 = 10;

fn process(m: &Message) -> u8 {
    match m {
        Message::Quit => 0,
        Message::Move { x, y } => 1,
        Message::Write(text) => 2,
        Message::ChangeColor(r, g, b) => *r,
    }
}

fn main() {
    let msgs = [
        Message::Quit,
        Message::Move { x: 1, y: 2 },
        Message::Write("hi"),
    ];
    for m in &msgs {
        println!("{}", process(m));
    }
    let d = Meters(5.0);
    let t = Seconds(2.0, "s");
    let speed = t.0;
    let r = Robot { name: "r2", battery: 40, serial: 77 };
    println!("{} {}", r.describe(), speed);
}
