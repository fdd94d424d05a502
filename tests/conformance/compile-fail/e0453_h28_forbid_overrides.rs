// A crate that forbids some lints and later tries to allow them again.
#![forbid(unused_variables)]
#![forbid(nonstandard_style)]
#![deny(dead_code)]

#[derive(Debug, Clone, Copy)]
struct Valve {
    open_pct: u8,
    stuck: bool,
}

#[allow(unused_variables)]
fn adjust(v: Valve, target: u8) -> Valve {
    let previous = v.open_pct;
    Valve { open_pct: target, stuck: v.stuck }
}

mod legacy {
    #![allow(non_snake_case)]
    pub fn OpenAll() -> u8 {
        100
    }
}

#[allow(dead_code)]
fn retired() -> u8 {
    0
}

impl Valve {
    #[warn(dead_code)]
    fn close(self) -> Valve {
        Valve { open_pct: 0, ..self }
    }
}

fn main() {
    let v = Valve { open_pct: 10, stuck: false };
    let v = adjust(v, legacy::OpenAll());
    println!("{:?}", v);
}
