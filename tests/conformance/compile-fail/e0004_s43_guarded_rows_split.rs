// Arms under a guard cover nothing, but their patterns still shape the
// missing values rustc names.
enum Floor {
    Ground,
    First,
    Roof,
}

fn visit(floor: Floor, open: bool) -> u8 {
    match floor {
        Floor::Ground if open => 1,
        Floor::First => 2,
    }
}

fn header(bytes: [u8; 4], strict: bool) -> u8 {
    match bytes {
        [version, _, _, _] if strict => version,
        [0, ..] => 0,
    }
}

fn frame(bytes: &[u8], strict: bool) -> u8 {
    match bytes {
        [kind, _, _] if strict => *kind,
        [0, ..] => 0,
        [] => 1,
    }
}

fn main() {
    println!("{} {} {}", visit(Floor::Roof, true), header([0; 4], false), frame(&[0], true));
}
