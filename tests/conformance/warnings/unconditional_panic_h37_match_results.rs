// lints: unconditional_panic
// regen: build
// Choosing buffer slots from constant modes, through match and if let.
const MODE: u8 = 0;
const SLOTS: usize = 3;

#[derive(Clone, Copy)]
enum Speed {
    Slow,
    Fast,
}

const SPEED: Speed = Speed::Fast;

fn slot_for_mode(buf: [u16; SLOTS]) -> u16 {
    let slot = match MODE {
        0 => 5,
        _ => 1,
    };
    buf[slot]
}

fn slot_if_let(buf: [u16; SLOTS]) -> u16 {
    if let 7 = MODE {
        return buf[SLOTS];
    }
    buf[0]
}

fn slot_for_speed(buf: [u16; SLOTS]) -> u16 {
    match SPEED {
        Speed::Slow => buf[SLOTS + 2],
        Speed::Fast => buf[1],
    }
}

fn local_choice(buf: [u16; SLOTS]) -> u16 {
    let level = 2;
    match level {
        2 => buf[2],
        _ => buf[9],
    }
}

fn runtime_choice(buf: [u16; SLOTS], level: u8) -> u16 {
    match level {
        0 => buf[0],
        _ => buf[SLOTS],
    }
}

fn main() {
    let buf = [10, 20, 30];
    println!("{}", slot_for_mode(buf));
    println!("{}", slot_if_let(buf));
    println!("{}", slot_for_speed(buf));
    println!("{}", local_choice(buf));
    println!("{}", runtime_choice(buf, 1));
    if let Speed::Slow = SPEED {
        println!("slow");
    }
}
