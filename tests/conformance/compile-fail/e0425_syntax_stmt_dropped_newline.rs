// A `;` missing at the end of a line: rustc reports it and goes on with the
// next statement either way, but it drops an expression statement (the
// misspelled `log_valu(total)` is never resolved, and `checksum` gets no
// lints: its unused `unused_seed` is not reported) while a `let` keeps its
// value (the misspelled `scale_factr` is reported).
fn log_value(value: u32) {
    println!("checksum {}", value);
}

fn checksum(data: &[u8]) -> u32 {
    let mut total: u32 = 0;
    let unused_seed = 7;
    for byte in data {
        total = total.wrapping_add(*byte as u32);
    }
    log_valu(total)
    total
}

fn scaled(value: u32) -> u32 {
    let factor = scale_factr(value)
    let offset = 3;
    value * factor + offset
}

fn main() {
    let data = [1u8, 2, 3, 250];
    let sum = checksum(&data);
    log_value(sum);
    println!("{}", scaled(sum));
}
