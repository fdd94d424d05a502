// A chess board whose inherent impls are spread over several modules.
mod board {
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Piece {
        Empty,
        Pawn(bool),
        Rook(bool),
        King(bool),
    }

    #[derive(Debug, Clone, Copy)]
    pub struct Board {
        pub(crate) squares: [[Piece; 8]; 8],
        pub moves: u32,
    }

    impl Board {
        pub fn empty() -> Board {
            Board { squares: [[Piece::Empty; 8]; 8], moves: 0 }
        }
    }
}

mod setup {
    use crate::board::{Board, Piece};

    // An inherent impl may live in any module of the defining crate.
    impl Board {
        pub fn standard() -> Board {
            let mut b = Board::empty();
            for file in 0..8 {
                b.squares[1][file] = Piece::Pawn(true);
                b.squares[6][file] = Piece::Pawn(false);
            }
            b.squares[0][0] = Piece::Rook(true);
            b.squares[0][7] = Piece::Rook(true);
            b.squares[7][0] = Piece::Rook(false);
            b.squares[7][7] = Piece::Rook(false);
            b.squares[0][4] = Piece::King(true);
            b.squares[7][4] = Piece::King(false);
            b
        }

        pub(crate) fn count(&self, white: bool) -> u32 {
            let mut n = 0;
            for row in self.squares.iter() {
                for p in row.iter() {
                    n += match *p {
                        Piece::Pawn(w) | Piece::Rook(w) | Piece::King(w) if w == white => 1,
                        _ => 0,
                    };
                }
            }
            n
        }
    }
}

mod moves {
    use super::board::{Board, Piece};

    impl Piece {
        pub fn symbol(self) -> char {
            let c = match self {
                Piece::Empty => return '.',
                Piece::Pawn(_) => 'p',
                Piece::Rook(_) => 'r',
                Piece::King(_) => 'k',
            };
            match self {
                Piece::Pawn(true) | Piece::Rook(true) | Piece::King(true) => c.to_ascii_uppercase(),
                _ => c,
            }
        }
    }

    impl Board {
        pub fn advance(&mut self, file: usize) -> bool {
            if self.squares[1][file] == Piece::Pawn(true) && self.squares[3][file] == Piece::Empty {
                self.squares[3][file] = self.squares[1][file];
                self.squares[1][file] = Piece::Empty;
                self.moves += 1;
                true
            } else {
                false
            }
        }

        pub fn row_text(&self, rank: usize, out: &mut [char; 8]) {
            for (i, p) in self.squares[rank].iter().enumerate() {
                out[i] = p.symbol();
            }
        }
    }
}

use board::Board;

fn main() {
    let mut b = Board::standard();
    println!("white {} black {}", b.count(true), b.count(false));
    println!("{} {}", b.advance(4), b.advance(4));
    let mut line = ['?'; 8];
    for rank in (0..8).rev() {
        b.row_text(rank, &mut line);
        for c in line {
            print!("{}", c);
        }
        println!();
    }
    println!("moves {}", b.moves);
}
