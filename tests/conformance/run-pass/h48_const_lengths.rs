// Array lengths from consts and const expressions.
const ROWS: usize = 3;
const COLS: usize = ROWS * 2 + 1;
const BUF: usize = COLS - 2;
const PRIMES: [u32; 6] = [2, 3, 5, 7, 11, 13];
static GREETING: [char; 5] = ['h', 'e', 'l', 'l', 'o'];

struct Canvas {
    cells: [[char; COLS]; ROWS],
    scratch: [u8; BUF],
}

fn fill(c: &mut Canvas, ch: char) {
    for r in 0..ROWS {
        for col in 0..COLS {
            c.cells[r][col] = if (r + col) % 2 == 0 { ch } else { '.' };
        }
    }
}

fn main() {
    let mut canvas = Canvas { cells: [[' '; COLS]; ROWS], scratch: [0; BUF] };
    fill(&mut canvas, '+');
    for row in &canvas.cells {
        for ch in row {
            print!("{ch}");
        }
        println!();
    }
    for i in 0..BUF {
        canvas.scratch[i] = PRIMES[i % PRIMES.len()] as u8;
    }
    println!("scratch = {:?}", canvas.scratch);
    let doubled = [PRIMES[5] * 2; 3];
    println!("doubled = {:?}", doubled);
    let mut word = GREETING;
    word[0] = word[0].to_ascii_uppercase();
    for c in word {
        print!("{c}");
    }
    println!(" ({} chars, {} cols)", GREETING.len(), COLS);
    let zeros = [0.5f32; ROWS + 1];
    let mut s = 0.0;
    for z in zeros.iter() {
        s += z;
    }
    println!("zeros sum = {s}");
}
