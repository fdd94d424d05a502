#[derive(Clone, Copy)]
enum State {
    Idle,
    Busy(u8),
}

fn main() {
    let s = State::Busy(3);
    let State::Idle = s;
    let x = 5;
    let 1 = x;
}
