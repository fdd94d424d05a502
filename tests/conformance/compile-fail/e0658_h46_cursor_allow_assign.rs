// A text cursor; the author silenced a warning on a reassignment with a statement attribute.
struct Cursor {
    line: u32,
    col: u32,
}

impl Cursor {
    fn advance(&mut self, ch: u8) {
        if ch == b'\n' {
            self.line += 1;
            self.col = 0;
        } else {
            self.col += 1;
        }
    }
}

fn measure(text: &[u8]) -> Cursor {
    let mut c = Cursor { line: 1, col: 0 };
    let mut last = b' ';
    for &ch in text {
        c.advance(ch);
        #[allow(unused_assignments)]
        last = ch;
    }
    c
}

fn main() {
    let c = measure(b"ab\ncd\nefg");
    println!("line {} col {}", c.line, c.col);
}
