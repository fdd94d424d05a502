fn first_even(v: &[i32], strict: bool) -> i32 {
    let Some(x) = if strict { v.first().copied() } else { v.iter().copied().find(|n| n % 2 == 0) } else {
        return -1;
    };
    x
}

fn main() {
    println!("{}", first_even(&[3, 4], false));
}
