// Garage door controller: enum discriminants, loop as expression and a state machine.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum State {
    Closed = 0,
    Opening = 1,
    Open = 2,
    Closing = 3,
    Stopped = 0x10,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Input {
    Button,
    LimitTop,
    LimitBottom,
    Obstacle,
    Tick,
}

const STATES: [State; 5] = [State::Closed, State::Opening, State::Open, State::Closing, State::Stopped];

fn step(s: State, i: Input) -> State {
    match (s, i) {
        (State::Closed, Input::Button) => State::Opening,
        (State::Opening, Input::LimitTop) => State::Open,
        (State::Open, Input::Button) => State::Closing,
        (State::Closing, Input::LimitBottom) => State::Closed,
        (State::Closing, Input::Obstacle) => State::Opening,
        (State::Opening | State::Closing, Input::Button) => State::Stopped,
        (State::Stopped, Input::Button) => State::Closing,
        (other, _) => other,
    }
}

fn main() {
    let script = [Input::Button, Input::Tick, Input::LimitTop, Input::Button, Input::Obstacle,
                  Input::Button, Input::Button, Input::LimitBottom];
    let mut s = State::Closed;
    let mut i = 0;
    let moves = loop {
        if i == script.len() {
            break i * 10;
        }
        let next = step(s, script[i]);
        println!("{:?} --{:?}--> {:?} ({} -> {})", s, script[i], next, s as u8, next as u8);
        s = next;
        i += 1;
    };
    println!("moves {}", moves);
    for st in STATES {
        let code = st as i32;
        let moving = st == State::Opening || st == State::Closing;
        println!("{:?}: code {:#04x} moving {} after-closed {}", st, code, moving, st > State::Closed);
    }
}
