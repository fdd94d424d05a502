// A 8x8 bitboard for a board game using shifts, masks and bit-counting methods.
const FILE_A: u64 = 0x0101_0101_0101_0101;
const FILE_H: u64 = FILE_A << 7;
const RANK_1: u64 = 0xFF;
const FULL: u64 = u64::MAX;

fn square(file: u32, rank: u32) -> u64 {
    1u64 << (rank * 8 + file)
}

fn east(b: u64) -> u64 {
    (b << 1) & !FILE_A
}

fn west(b: u64) -> u64 {
    (b >> 1) & !FILE_H
}

fn neighbours(b: u64) -> u64 {
    let row = east(b) | west(b) | b;
    (row | (row << 8) | (row >> 8)) & !b
}

fn print_board(b: u64) {
    for rank in (0..8).rev() {
        for file in 0..8 {
            let c = if b & square(file, rank) != 0 { '#' } else { '.' };
            print!("{}", c);
        }
        println!();
    }
}

fn main() {
    let pieces = square(0, 0) | square(3, 3) | square(7, 7);
    let around = neighbours(pieces);
    print_board(around);
    println!("pieces {} around {}", pieces.count_ones(), around.count_ones());
    println!("lowest {} highest {}", pieces.trailing_zeros(), 63 - pieces.leading_zeros());
    println!("rank1 {} fileH {:#018x}", (around & RANK_1).count_ones(), FILE_H);
    println!("empty {}", (FULL ^ pieces ^ around).count_ones());
    let flipped = pieces.swap_bytes();
    println!("{} {}", flipped.trailing_zeros(), flipped.rotate_left(8) == pieces.swap_bytes().rotate_left(8));
    println!("{}", (1u64 << 40).is_power_of_two());
}
