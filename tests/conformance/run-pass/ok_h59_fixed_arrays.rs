fn corners(grid: [[u8; 3]; 3]) -> u32 {
    let [[a, _, b], _, [c, _, d]] = grid;
    a as u32 + b as u32 + c as u32 + d as u32
}

fn kind(flags: [bool; 2]) -> &'static str {
    match flags {
        [true, true] => "both",
        [true, false] => "first",
        [false, true] => "second",
        [false, false] => "none",
    }
}

fn edges(xs: [i32; 4]) -> i32 {
    match xs {
        [first, .., last] => first - last,
    }
}

fn nibbles(p: [u8; 2]) -> u8 {
    match p {
        [0..=127, _] => 0,
        [128..=255, 0..=127] => 1,
        [128..=255, 128..=255] => 2,
    }
}

fn main() {
    let g = [[1, 2, 3], [4, 5, 6], [7, 8, 9]];
    println!("{}", corners(g));
    println!("{} {}", kind([true, false]), kind([false, false]));
    println!("{}", edges([10, 20, 30, 40]));
    println!("{}", nibbles([200, 3]));
}
