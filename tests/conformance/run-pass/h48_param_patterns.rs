// Array and tuple patterns in function parameters, plus `while let` over a slice.
fn luminance([r, g, b]: [u8; 3]) -> u32 {
    (r as u32 * 299 + g as u32 * 587 + b as u32 * 114) / 1000
}

fn swap_pair(&[a, b]: &[i32; 2]) -> [i32; 2] {
    [b, a]
}

fn tag_head((tag, [first, ..]): (&str, [u8; 3])) -> u8 {
    if tag.is_empty() { 0 } else { first }
}

fn sum_pairs(mut rest: &[(i32, i32)]) -> i32 {
    let mut total = 0;
    while let [(a, b), tail @ ..] = rest {
        total += a * b;
        rest = tail;
    }
    total
}

fn strip_spaces(mut s: &str) -> &str {
    while !s.is_empty() && &s[..1] == " " {
        s = &s[1..];
    }
    while !s.is_empty() && &s[s.len() - 1..] == " " {
        s = &s[..s.len() - 1];
    }
    s
}

fn main() {
    let palette = [[255, 0, 0], [0, 255, 0], [12, 34, 56]];
    for c in palette {
        println!("{:?} -> {}", c, luminance(c));
    }
    println!("{:?}", swap_pair(&[1, 2]));
    println!("{}", tag_head(("x", [9, 8, 7])));
    println!("{}", sum_pairs(&[(1, 2), (3, 4), (5, -6)]));
    println!("[{}]", strip_spaces("   padded text  "));
    println!("[{}]", strip_spaces("    "));
    let mut arr = [1, 2, 3, 4];
    {
        let [first, .., last] = &mut arr;
        *first *= 10;
        *last = -*last;
    }
    let [head, rest @ ..] = &mut arr;
    *head += 1;
    rest[0] = 0;
    println!("{:?}", arr);
}
