// A board type alias that takes no parameters is given one, and a plain enum is given a lifetime.
type Board = [[u8; 3]; 3];

#[derive(Clone, Copy, PartialEq)]
enum Mark {
    Empty,
    Cross,
}

fn count(board: &Board<u8>, mark: Mark<'static>) -> usize {
    let mut n = 0;
    for row in board {
        for &cell in row {
            if (cell == 1) == (mark == Mark::Cross) {
                n += 1;
            }
        }
    }
    n
}

fn main() {
    let b: Board = [[0; 3]; 3];
    println!("{}", count(&b, Mark::Empty));
}
