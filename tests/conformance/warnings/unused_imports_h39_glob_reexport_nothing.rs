// lints: unused_imports dead_code
// `pub use` of a private enum's variants re-exports nothing.
mod machine {
    #[derive(Debug, Clone, Copy, PartialEq)]
    enum State {
        Idle,
        Running,
        Stopped,
    }
    pub use self::State::*;

    pub fn step(code: u8) -> u8 {
        let s = if code == 0 { State::Idle } else { State::Running };
        match s {
            State::Idle => 1,
            State::Running => 2,
            State::Stopped => 0,
        }
    }
}

fn main() {
    println!("{}", machine::step(0));
}
