// An uninhabited error type for operations that cannot fail.
#[derive(Debug)]
enum Never {}

#[derive(Debug, Clone, Copy)]
enum Event {
    Press(u8),
    Release(u8),
    Scroll { dx: i16, dy: i16 },
}

#[allow(dead_code)]
fn impossible(n: Never) -> u32 {
    match n {}
}

#[allow(dead_code)]
fn impossible_ref(n: &Never) -> u32 {
    match *n {}
}

fn describe(e: Event) -> u32 {
    match e {
        Event::Press(k) => k as u32,
        Event::Scroll { dx: 0, dy } => dy.unsigned_abs() as u32,
        Event::Scroll { dx, dy: 0 } => dx.unsigned_abs() as u32,
    }
}

fn main() {
    let evs = [Event::Press(4), Event::Release(4), Event::Scroll { dx: 0, dy: -3 }];
    for e in evs {
        println!("{}", describe(e));
    }
}
