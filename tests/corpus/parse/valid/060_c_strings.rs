// C string literals (edition 2021+): c"..", cr"..", cr#".."#, with escapes.
use std::ffi::CStr;

const NAME: &CStr = c"sluice";

fn show(s: &CStr) -> String {
    s.to_string_lossy().into_owned()
}

fn count_nuls(s: &CStr) -> usize {
    s.to_bytes_with_nul().iter().filter(|&&b| b == 0).count()
}

fn main() {
    let plain = c"hello";
    let escaped = c"tab\there\n\x41\u{e9}";
    let raw = cr"no\escapes";
    let raw_hash = cr#"with "quotes""#;
    let empty = c"";
    println!("{} {} {} {} [{}] {}", show(plain), show(escaped), show(raw), show(raw_hash), show(empty), show(NAME));
    println!("{} {}", plain.to_bytes().len(), count_nuls(raw));
    let table: [&CStr; 2] = [c"first", cr"second"];
    for entry in table {
        println!("{:?}", entry);
    }
}
