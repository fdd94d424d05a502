// lints: unconditional_panic unused_mut
// regen: build
// A text cursor over a fixed line buffer, moved by mutable indexes.
const WIDTH: usize = 5;

struct Line {
    chars: [char; WIDTH],
}

fn first_after_end(line: &Line) -> char {
    let mut cursor = WIDTH;
    line.chars[cursor]
}

fn moved_in_block(line: &Line) -> char {
    let mut cursor = 0;
    cursor += WIDTH;
    line.chars[cursor]
}

fn moved_after_call(line: &Line) -> char {
    let mut cursor = 0;
    println!("start at {}", cursor);
    cursor = WIDTH + 2;
    line.chars[cursor]
}

fn reset_after_call(line: &Line) -> char {
    let mut cursor = 2;
    println!("start at {}", cursor);
    cursor = WIDTH + 2;
    let ch = line.chars[cursor];
    ch
}

fn scan(line: &Line) -> usize {
    let mut cursor = 0;
    while cursor < WIDTH {
        if line.chars[cursor] == ' ' {
            return cursor;
        }
        cursor += 1;
    }
    let c = line.chars[cursor];
    if c == 'x' { 1 } else { 0 }
}

fn width_guess(line: &Line) -> usize {
    let mut cols = 0;
    cols = cols + 0;
    line.chars.len() / cols
}

fn main() {
    let line = Line { chars: ['a', 'b', ' ', 'c', 'd'] };
    println!("{}", first_after_end(&line));
    println!("{}", moved_in_block(&line));
    println!("{}", moved_after_call(&line));
    println!("{}", reset_after_call(&line));
    println!("{}", scan(&line));
    println!("{}", width_guess(&line));
}
