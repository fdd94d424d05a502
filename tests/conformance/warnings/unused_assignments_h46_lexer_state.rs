// lints: unused_variables unused_assignments
// A lexer state machine where several writes are dead.
#[derive(Clone, Copy, PartialEq, Debug)]
enum State {
    Start,
    Word,
    Number,
    Done,
}

fn lex(src: &[u8]) -> (u32, u32) {
    let mut state = State::Start;
    let mut words = 0;
    let mut numbers = 0;
    let mut pos = 0;
    let mut last_byte = 0u8;
    state = State::Start;
    while pos < src.len() {
        let b = src[pos];
        last_byte = b;
        state = if b.is_ascii_alphabetic() {
            if state != State::Word {
                words += 1;
            }
            State::Word
        } else if b.is_ascii_digit() {
            if state != State::Number {
                numbers += 1;
            }
            State::Number
        } else {
            State::Start
        };
        pos += 1;
    }
    state = State::Done;
    (words, numbers)
}

fn pick_mode(verbose: bool, quiet: bool) -> u8 {
    let mut mode = 1;
    if verbose {
        mode = 2;
    }
    if quiet {
        mode = 0;
    } else {
        mode = 3;
    }
    mode
}

fn main() {
    let (w, n) = lex(b"abc 12 de 3 f");
    println!("{} {}", w, n);
    println!("{}", pick_mode(true, false));
    let mut retries = 3;
    retries = 5;
    retries -= 1;
}
