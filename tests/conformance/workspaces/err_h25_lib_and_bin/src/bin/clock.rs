use chess_clock::{start, Side};
use chess_clock::timer::Timer;
use chess_clock::engine::INCREMENT;

fn report(t: &Timer) {
    println!("white {} black {}", t.remaining(Side::White), t.remaining(Side::Black));
}

fn main() {
    let mut t = start(5);
    t.tick(30);
    t.press();
    t.tick(45);
    report(&t);
    // crate:: in a binary means the binary crate, not the library.
    let inc = crate::INCREMENT;
    let secs: u64 = t.remaining(Side::Black);
    println!("{} {} {}", inc, secs, t.white);
}
