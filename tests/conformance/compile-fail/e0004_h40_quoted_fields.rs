// CSV-ish field classification by its first and last byte.
fn quoted(field: &[u8]) -> bool {
    match field {
        [b'"', .., b'"'] => true,
        _ => false,
    }
}

fn trim_kind(flags: &[bool]) -> &'static str {
    match flags {
        [] => "none",
        [true, ..] => "leading",
        [.., false] => "no trailing",
    }
}

fn edge(bits: &[bool]) -> u8 {
    match bits {
        [] => 0,
        [.., true] => 1,
        [false, ..] => 2,
    }
}

fn main() {
    println!("{}", quoted(b"\"hi\""));
    println!("{} {}", trim_kind(&[false, true]), edge(&[true, false]));
}
