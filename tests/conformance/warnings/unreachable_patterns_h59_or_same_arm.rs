// lints: unreachable_patterns
#[derive(Clone, Copy, Debug)]
enum Piece {
    Pawn,
    Knight,
    Bishop,
    Rook,
    Queen,
    King,
}

fn value(p: Piece) -> u32 {
    match p {
        Piece::Pawn => 1,
        Piece::Knight | Piece::Bishop | Piece::Knight => 3,
        Piece::Rook => 5,
        Piece::Queen => 9,
        Piece::King => 0,
    }
}

fn main() {
    let board = [Piece::Pawn, Piece::Knight, Piece::Bishop, Piece::Rook, Piece::Queen, Piece::King];
    let mut total = 0;
    for p in board {
        total += value(p);
    }
    println!("{}", total);
}
