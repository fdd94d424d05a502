// Globs bring in only what the other crate made public.
use signals::codes::*;
use signals::*;

fn describe(a: Aspect) -> &'static str {
    match a {
        Red => "stop",
        Yellow | DoubleYellow => "caution",
        Green => "clear",
    }
}

fn main() {
    let line = [Green, DoubleYellow, Yellow, Red];
    for (i, a) in line.iter().enumerate() {
        let frame = encode(*a, i as u8);
        println!("{} {:?} {}", describe(*a), frame, decode(frame));
        println!("valid {}", verify(frame));
        println!("raw {}", decode_raw(frame[1]));
    }
    println!("salt {}", SECRET_SALT);
    println!("{}", Aspect::SAFEST.blocks_ahead() + Flashing.blocks_ahead());
    let n: usize = sum(1, 2);
    println!("{} {}", n, FRAME_LEN);
}
