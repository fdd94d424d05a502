// `let ... else` over slice and tuple patterns while scanning a config.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Key {
    Width,
    Height,
    Depth,
}

fn key_of(name: &str) -> Key {
    match name {
        "w" | "width" => Key::Width,
        "h" | "height" => Key::Height,
        "d" | "depth" => Key::Depth,
        other => panic!("unknown key {other:?}"),
    }
}

fn read_settings(entries: &[(&str, i32)]) -> [i32; 3] {
    let mut out = [1, 1, 1];
    let mut rest = entries;
    loop {
        let [(name, value), tail @ ..] = rest else {
            break;
        };
        rest = tail;
        let (1..=999, key) = (*value, key_of(name)) else {
            println!("  skipping {name}={value}");
            continue;
        };
        let slot = match key {
            Key::Width => 0,
            Key::Height => 1,
            Key::Depth => 2,
        };
        out[slot] = *value;
    }
    out
}

fn volume(dims: &[i32]) -> i64 {
    let &[w, h, d] = dims else {
        return -1;
    };
    w as i64 * h as i64 * d as i64
}

fn main() {
    let entries = [("w", 20), ("height", 0), ("d", 7), ("h", 1500), ("height", 3)];
    let dims = read_settings(&entries);
    println!("dims {:?}", dims);
    println!("volume {}", volume(&dims));
    println!("volume {}", volume(&dims[..2]));
}
