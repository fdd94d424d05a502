// Slice and array patterns with rest `..`, `rest @ ..` bindings and nested patterns.
fn sum(xs: &[i32]) -> i32 {
    match xs {
        [] => 0,
        [x] => *x,
        [first, rest @ ..] => first + sum(rest),
    }
}

fn ends(xs: &[u8]) -> Option<(u8, u8)> {
    match xs {
        [first, .., last] => Some((*first, *last)),
        [only] => Some((*only, *only)),
        [] => None,
    }
}

fn middle(xs: &[char]) -> &[char] {
    match xs {
        [_, inner @ .., _] => inner,
        _ => &[],
    }
}

fn parse_command(words: &[&str]) -> String {
    match words {
        ["go", direction] => format!("going {direction}"),
        ["take", items @ ..] if !items.is_empty() => format!("taking {}", items.join(", ")),
        ["say", .., last] => format!("...{last}"),
        [cmd, ..] => format!("unknown {cmd}"),
        [] => "nothing".to_string(),
    }
}

fn array_patterns(a: [i32; 4]) -> i32 {
    let [x, y, ..] = a;
    let [.., z] = a;
    let [_, mid @ .., _] = a;
    x + y + z + mid.iter().sum::<i32>()
}

fn nested(v: &[(i32, &str)]) -> usize {
    match v {
        [(0, _), rest @ ..] => rest.len(),
        [(n, "x") | (n, "y"), ..] if *n > 0 => 1,
        [.., (_, s)] => s.len(),
        _ => 0,
    }
}

fn main() {
    println!("{} {:?} {:?}", sum(&[1, 2, 3]), ends(b"hello"), middle(&['a', 'b', 'c']));
    println!("{}", parse_command(&["take", "lamp", "key"]));
    println!("{}", parse_command(&["go", "north"]));
    println!("{} {}", array_patterns([1, 2, 3, 4]), nested(&[(1, "y")]));
    let v = vec![1, 2, 3];
    if let [a, b, c] = v[..] {
        println!("{a}{b}{c}");
    }
    let ref_slice: &[&[u8]] = &[b"ab", b"cd"];
    if let [[a, ..], [.., d]] = ref_slice {
        println!("{a} {d}");
    }
}
