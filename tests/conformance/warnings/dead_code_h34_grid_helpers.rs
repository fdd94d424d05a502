// lints: dead_code unused_imports non_upper_case_globals
// Game-of-life helpers in a module; several were written "for later".

mod grid {
    pub const Size: usize = 8;

    #[derive(Debug, Clone, Copy, PartialEq)]
    pub enum Cell {
        Dead,
        Alive,
        Frozen,
    }

    pub struct Board {
        pub cells: [[Cell; Size]; Size],
        generation: u32,
    }

    impl Board {
        pub fn empty() -> Board {
            Board { cells: [[Cell::Dead; Size]; Size], generation: 0 }
        }

        pub fn alive(&self) -> usize {
            let mut n = 0;
            for row in self.cells.iter() {
                for c in row.iter() {
                    if *c == Cell::Alive {
                        n += 1;
                    }
                }
            }
            n
        }

        fn reset(&mut self) {
            self.cells = [[Cell::Dead; Size]; Size];
        }
    }

    fn wrap(i: isize) -> usize {
        i.rem_euclid(Size as isize) as usize
    }
}

use grid::{Board, Cell};
use std::cmp;

fn main() {
    let mut b = Board::empty();
    b.cells[2][3] = Cell::Alive;
    b.cells[3][3] = Cell::Alive;
    println!("{}", b.alive());
}
