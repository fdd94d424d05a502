// The entry point was renamed during a refactor; other warnings remain.
use std::fmt;

const version: u32 = 3;

struct App {
    name: &'static str,
    runs: u32,
}

impl App {
    fn start(&mut self) {
        let mut spare = 0;
        self.runs += 1;
        while true {
            break;
        }
    }
}

fn run_app() {
    let mut a = App { name: "demo", runs: 0 };
    a.start();
    println!("{} {}", a.name, version);
}
