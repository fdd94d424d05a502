// Early exits with the dead code after them allowed: rustc's lint skips what
// can never run, so the broken tails are not reported.
#![allow(unreachable_code)]

const CELLS: usize = 3;

fn fail(msg: &str) -> ! {
    panic!("{}", msg)
}

fn pick(cells: [u8; CELLS], i: usize) -> u8 {
    if i < CELLS {
        return cells[i];
    }
    return 0;
    cells[CELLS] / 0
}

fn broken(cells: [u8; CELLS]) -> u8 {
    if cells[0] > 9 {
        return cells[0];
    }
    fail("broken table");
    cells[CELLS + 1]
}

fn forever(cells: [u8; CELLS]) -> u8 {
    loop {
        if cells[0] == 0 {
            continue;
        }
    }
    cells[9]
}

fn todo_path(cells: [u8; CELLS]) -> u8 {
    println!("first {}", cells[0]);
    unimplemented!();
    cells[4] % 0
}

fn main() {
    let cells = [4, 5, 6];
    println!("{}", pick(cells, 1));
    println!("{}", pick(cells, 7));
    if cells[0] == 100 {
        println!("{}", broken(cells));
        println!("{}", forever(cells));
        println!("{}", todo_path(cells));
    }
}
