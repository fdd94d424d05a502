// lints: dead_code unused_variables
// A parser state machine with unused variants, fields and methods.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Start,
    InNumber { digits: u32, negative: bool },
    InWord(u32),
    Done,
    Failed(u8),
}

struct Parser {
    state: State,
    consumed: usize,
    errors: u32,
}

impl Parser {
    fn new() -> Self {
        Parser { state: State::Start, consumed: 0, errors: 0 }
    }

    fn feed(&mut self, c: char) {
        self.consumed += 1;
        self.state = match self.state {
            State::Start if c == '-' => State::InNumber { digits: 0, negative: true },
            State::Start if c.is_ascii_digit() => State::InNumber { digits: 1, negative: false },
            State::Start => State::InWord(1),
            State::InNumber { digits, negative } if c.is_ascii_digit() => {
                State::InNumber { digits: digits + 1, negative }
            }
            State::InWord(n) if c.is_alphabetic() => State::InWord(n + 1),
            other => other,
        };
    }

    fn finish(&mut self) -> State {
        match self.state {
            State::InNumber { digits, negative } => {
                self.state = State::Done;
                State::InNumber { digits, negative: false }
            }
            s => s,
        }
    }

    fn reset(&mut self) {
        self.state = State::Start;
        self.consumed = 0;
    }

    fn error_count(&self) -> u32 {
        self.errors
    }
}

fn main() {
    let mut p = Parser::new();
    for c in ['-', '1', '2'] {
        p.feed(c);
    }
    let end = p.finish();
    let consumed = p.consumed;
    println!("{:?}", end);
}
