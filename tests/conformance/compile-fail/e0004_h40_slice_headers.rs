fn describe(packet: &[u8]) -> &'static str {
    match packet {
        [] => "empty",
        [0x7e] => "flag only",
        [0x7e, .., 0x7e] => "framed",
        [first, rest @ ..] if *first == 0 && rest.len() > 2 => "zero-led",
        [_, _] => "pair",
    }
}

fn checksum(words: &[u16; 4]) -> u16 {
    match words {
        [a, b, c, d] => a.wrapping_add(*b).wrapping_add(*c).wrapping_add(*d),
    }
}

fn ends(values: &[i32]) -> (i32, i32) {
    match values {
        [only] => (*only, *only),
        [first, .., last] => (*first, *last),
    }
}

fn main() {
    let p = [0x7eu8, 1, 2, 0x7e];
    println!("{}", describe(&p));
    println!("{}", checksum(&[1, 2, 3, 4]));
    println!("{:?}", ends(&[5, 6, 7]));
}
