// Feature flags read from a compile-time table, converted to bool with casts.
const FLAGS: [u8; 4] = [1, 0, 1, 1];
const VERBOSE: bool = FLAGS[0] as bool;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Level {
    Quiet = 0,
    Normal = 1,
    Loud = 2,
}

fn level_from(flag: u8) -> Level {
    match flag {
        0 => Level::Quiet,
        1 => Level::Normal,
        _ => Level::Loud,
    }
}

fn enabled_count() -> u32 {
    let mut n = 0u32;
    for f in FLAGS {
        n += (f != 0) as u32;
    }
    n
}

fn loud(l: Level) -> bool {
    l as bool
}

fn main() {
    let l = level_from(FLAGS[2]);
    let code = l as u8;
    let label = code as char;
    let back = 'y' as bool;
    println!("{} {} {:?} {} {} {}", VERBOSE, enabled_count(), l, loud(l), label, back);
    let ratio: f32 = enabled_count() / 4.0;
    println!("{}", ratio);
}
