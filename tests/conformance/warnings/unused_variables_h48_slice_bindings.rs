// lints: unused_variables unused_mut unreachable_patterns unused_assignments
// Frame decoding where some slice-pattern bindings are never used.
fn decode(frame: &[u8]) -> u32 {
    match frame {
        [] => 0,
        [start, .., end] if *start == 0x7e => {
            let mut sum = 0u32;
            for b in frame {
                sum += *b as u32;
            }
            sum
        }
        [only] => *only as u32,
        [a, b] => (*a as u32) << 8,
        [_, ..] => 1,
        [_, _, _] => 3,
    }
}

fn main() {
    let mut frames = [[0x7eu8, 1, 2, 0x7e], [5, 6, 7, 8]];
    let mut best = 0;
    for (i, f) in frames.iter().enumerate() {
        best = decode(f);
    }
    let [head, rest @ ..] = frames[1];
    println!("{head} {}", decode(&frames[0][..2]));
    let mut last = 0;
    last = frames.len();
}
