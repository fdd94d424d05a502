// lints: unused_assignments unused_variables
// Text cursor: values written and overwritten before being read.
#[derive(Debug, Clone, Copy)]
struct Cursor {
    line: u32,
    col: u32,
}

impl Cursor {
    fn move_to(&mut self, line: u32, col: u32) {
        let mut target = self.line;
        target = line;
        self.line = target;
        self.col = col;
    }

    fn next_word(&mut self, text: &[u8]) -> u32 {
        let mut skipped = 0;
        let mut i = self.col as usize;
        let mut seen_space = false;
        while i < text.len() {
            if text[i] == b' ' {
                seen_space = true;
                break;
            }
            i += 1;
            skipped += 1;
        }
        self.col = i as u32;
        skipped
    }
}

fn main() {
    let mut c = Cursor { line: 0, col: 0 };
    let mut width = 80;
    c.move_to(3, 4);
    let moved = c.next_word(b"abc def");
    width = 100;
    let mut status = 0;
    status = moved;
    println!("{:?} {}", c, status);
}
