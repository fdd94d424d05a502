// lints: unused_parens while_true
// An event pump written C-style.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Event {
    Tick,
    Key(u8),
    Quit,
}

fn poll(step: u32) -> Event {
    if step % 5 == 4 {
        Event::Key((step % 26) as u8 + b'a')
    } else if step > 12 {
        Event::Quit
    } else {
        Event::Tick
    }
}

fn run() -> u32 {
    let mut step = 0;
    let mut keys = 0;
    'pump: while (true) {
        match poll(step) {
            Event::Tick => {}
            Event::Key(k) => {
                keys += 1;
                println!("key {}", k as char);
            }
            Event::Quit => break 'pump,
        }
        step += 1;
    }
    while true {
        return keys;
    }
    0
}

fn spin_forever() -> ! {
    while true {}
    loop {}
}

fn main() {
    println!("{}", run());
    if false {
        spin_forever();
    }
}
