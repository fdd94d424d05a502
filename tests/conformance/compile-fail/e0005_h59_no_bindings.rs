#[derive(Debug, Clone, Copy, PartialEq)]
enum State {
    Idle,
    Running,
    Done,
}

fn main() {
    let s = State::Idle;
    let State::Idle = s;
    println!("was idle");
    let _ = State::Running;
    let _ = State::Done;
}
