// Pattern matching on arrays, slices and references in a move validator.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Piece {
    Pawn,
    Rook,
    King,
}

fn row_kind(row: [Piece; 3]) -> u8 {
    match row {
        [Piece::King, _, _] => 0,
        [_, Piece::King, _] => 1,
        [_, _, Piece::King] => 2,
        [Piece::Pawn | Piece::Rook, Piece::Pawn | Piece::Rook, Piece::Pawn] => 3,
    }
}

fn moves(history: &[u8]) -> u8 {
    match history {
        [] => 0,
        [x] => *x,
        [a, b] => a + b,
        [first, .., 0] => *first,
    }
}

fn by_ref(p: &Piece) -> u8 {
    match p {
        &Piece::Pawn => 1,
        Piece::Rook => 5,
    }
}

fn pair_ref(pair: &(bool, Piece)) -> u8 {
    match *pair {
        (true, Piece::King) => 100,
        (false, _) => 0,
        (_, Piece::Pawn) => 1,
    }
}

fn empty_match(p: Piece) -> u8 {
    match p {}
}

fn for_pattern(pieces: [(Piece, u8); 2]) -> u32 {
    let mut total = 0u32;
    for (Piece::King, n) in pieces {
        total += n as u32;
    }
    total
}

fn main() {
    let row = [Piece::Pawn, Piece::Rook, Piece::King];
    println!("{} {} {}", row_kind(row), moves(&[1, 2, 3]), by_ref(&Piece::King));
    println!("{} {}", pair_ref(&(true, Piece::Rook)), empty_match(Piece::Pawn));
    println!("{}", for_pattern([(Piece::King, 1), (Piece::Pawn, 2)]));
}
