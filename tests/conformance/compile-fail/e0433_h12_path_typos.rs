// Chess piece values through paths with a typo in the enum name and an unknown module.
#[derive(Debug, Clone, Copy, PartialEq)]
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
        Piece::Knight | Piece::Bishop => 3,
        Piece::Rook => 5,
        Piece::Queen => 9,
        Piece::King => 0,
    }
}

fn material(side: &[Piece]) -> u32 {
    let mut total = 0;
    for p in side {
        total += value(*p);
    }
    total
}

fn main() {
    let white = [Piece::Queen, Piece::Rook, Pieces::Pawn];
    let black = [Piece::Rook, Piece::Knight, Piece::Pawn];
    let diff = material(&white) as i32 - material(&black) as i32;
    println!("advantage {}", scoring::normalize(diff));
}
