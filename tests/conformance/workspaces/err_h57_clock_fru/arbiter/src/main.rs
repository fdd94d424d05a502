use clockwork_h57::timer::State;
use clockwork_h57::{Clock, Side, DEFAULT_BASE_SECS};

fn verdict(state: State) -> &'static str {
    match state {
        State::Ready => "not started",
        State::Running(Side::White) => "white to move",
        State::Running(Side::Black) => "black to move",
        State::Flagged { loser: Side::White } => "black wins on time",
        State::Flagged { loser: Side::Black } => "white wins on time",
    }
}

fn main() {
    let mut clock = Clock::new(DEFAULT_BASE_SECS / 100, 1);
    println!("{}", verdict(clock.state));
    clock.start(Side::White);
    let moves: [u64; 6] = [12, 25, 8, 40, 30, 5];
    for (i, &t) in moves.iter().enumerate() {
        clock.tick(t);
        if let State::Flagged { .. } = clock.state {
            println!("flag fell on move {}", i + 1);
            break;
        }
        clock.press();
        println!(
            "after move {}: W {}s, B {}s, {}",
            i + 1,
            clock.seconds_left(Side::White),
            clock.seconds_left(Side::Black),
            verdict(clock.state)
        );
    }
    let summary = Clock { increment_ms: 0, ..Clock::new(1, 0) };
    println!("{:?}", summary.state);
}
