#[derive(PartialEq, Clone, Copy)]
enum State {
    Idle,
    Running(u32),
}

fn step(s: State) -> State {
    match s {
        State::Idle => State::Running(0),
        State::Running(n) => State::Running(n + 1),
    }
}

fn main() {
    let s = step(step(State::Idle));
    assert_eq!(s, State::Running(1));
    assert!(s != State::Idle);
}
