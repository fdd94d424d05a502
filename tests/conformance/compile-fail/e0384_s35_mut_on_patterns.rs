// `mut` written before a whole pattern, as in other languages' multiple
// declarations. rustc reports each, puts `mut` on every binding and goes on
// checking, so the plain binding reassigned below is still E0384.
struct Span(u32, u32);

struct Cursor {
    line: u32,
    column: u32,
}

fn widen(mut (start, end): (u32, u32)) -> u32 {
    start -= 1;
    end += 1;
    end - start
}

fn advance(text: &[u8]) -> Cursor {
    let mut Cursor { line, column } = Cursor { line: 1, column: 1 };
    for mut (i, byte) in [(0usize, b'a'), (1, b'\n')] {
        if byte == b'\n' {
            line += 1;
            column = 1;
        } else {
            column += 1;
        }
        i += text.len();
    }
    Cursor { line, column }
}

fn main() {
    let mut Span(from, to) = Span(3, 9);
    from += 1;
    let length = to - from;
    let c = advance(b"ab");
    println!("{} {} {} {}", widen((from, to)), length, c.line, c.column);
    length = 0;
    println!("{}", length);
}
