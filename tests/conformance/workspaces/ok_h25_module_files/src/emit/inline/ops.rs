pub fn apply(acc: u32, op: char, n: u32) -> u32 {
    match op {
        '+' => acc + n,
        '*' => acc * n,
        '-' => acc.saturating_sub(n),
        _ => acc,
    }
}
