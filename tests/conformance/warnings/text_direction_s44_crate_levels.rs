// lints: text_direction_codepoint_in_literal text_direction_codepoint_in_comment dead_code
// The lexer's lints take their level from the crate root only; a denied
// one does not stop the late lints (dead_code below still runs).
#![warn(text_direction_codepoint_in_literal)]

const GREETING: &str = "hello ‮world";

// note: this comment hides a ⁦ marker
fn unused_helper() -> u32 {
    7
}

fn shout(text: &str) -> usize {
    let banner = "[⁧]";
    text.len() + banner.len()
}

fn main() {
    println!("{}", shout(GREETING));
}
