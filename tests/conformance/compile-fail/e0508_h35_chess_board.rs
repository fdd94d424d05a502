// A chess board as a 2-D array of non-Copy squares: `grid[r][c]` by value.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Side {
    White,
    Black,
}

#[derive(Debug)]
enum Piece {
    Pawn(Side),
    Rook(Side),
    King(Side),
}

#[derive(Debug)]
struct Square {
    piece: Piece,
    attacked: bool,
}

const N: usize = 3;

fn side_of(p: &Piece) -> Side {
    match p {
        Piece::Pawn(s) | Piece::Rook(s) | Piece::King(s) => *s,
    }
}

fn count_attacked(grid: &[[Square; N]; N]) -> u32 {
    let mut n = 0;
    for r in 0..N {
        for c in 0..N {
            if grid[r][c].attacked {
                n += 1;
            }
        }
    }
    n
}

fn main() {
    let grid = [
        [
            Square { piece: Piece::Rook(Side::White), attacked: false },
            Square { piece: Piece::Pawn(Side::White), attacked: true },
            Square { piece: Piece::King(Side::White), attacked: false },
        ],
        [
            Square { piece: Piece::Pawn(Side::Black), attacked: false },
            Square { piece: Piece::Pawn(Side::Black), attacked: true },
            Square { piece: Piece::Pawn(Side::White), attacked: false },
        ],
        [
            Square { piece: Piece::King(Side::Black), attacked: true },
            Square { piece: Piece::Rook(Side::Black), attacked: false },
            Square { piece: Piece::Pawn(Side::Black), attacked: false },
        ],
    ];
    println!("attacked: {}", count_attacked(&grid));
    let corner = grid[0][0];
    let king_side = side_of(&grid[2][0].piece);
    let moved_piece = grid[1][2].piece;
    let flag = grid[2][2].attacked;
    println!("{:?} {:?} {:?} {}", corner, king_side, moved_piece, flag);
    for r in 0..N {
        let row_first = &grid[r][0];
        println!("{:?}", row_first.piece);
    }
}
