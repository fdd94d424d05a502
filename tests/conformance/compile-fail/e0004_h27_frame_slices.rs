// Frame parser: slice patterns with `..` in the middle and `@` bindings.
fn classify(frame: &[u8]) -> &'static str {
    match frame {
        [] => "empty",
        [0x7e, .., 0x7e] => "framed",
        [first, .., last] if first == last => "mirrored",
        [_, _, ..] => "data",
    }
}

fn header(frame: &[u8; 4]) -> u8 {
    match frame {
        [0, rest @ ..] => rest[0],
        [v @ 1..=127, _, _, _] => *v,
        [128..=255, _, _, x] => *x,
    }
}

fn checksum(frame: &[u8]) -> u8 {
    match frame {
        [] | [_] => 0,
        [a, b] => a ^ b,
        [a, .., b, c] => a ^ b ^ c,
    }
}

fn tag(byte: u8) -> char {
    match byte {
        lo @ 0..=9 => (b'0' + lo) as char,
        hi @ 10..=15 => (b'a' + hi - 10) as char,
        200..=u8::MAX => '!',
    }
}

fn main() {
    let f = [0x7e, 1, 2, 0x7e];
    println!("{} {} {} {}", classify(&f), header(&f), checksum(&f), tag(11));
}
