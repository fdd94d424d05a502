// An escape-sequence table where a Windows path ends with a backslash before the quote.
const NEWLINE: char = '\n';
const TAB: u8 = b'\t';

fn escape_len(c: char) -> usize {
    match c {
        '\n' | '\t' | '\\' | '"' => 2,
        _ => c.len_utf8(),
    }
}

fn count_escapes(text: &[u8]) -> usize {
    let mut n = 0;
    for &b in text {
        if b == TAB || b == b'\\' {
            n += 1;
        }
    }
    n
}

fn main() {
    let dirs = [b"C:\\Users\\", b"D:\\Files\\"];
    let temp = "C:\\Temp\";
    println!("{} {}", escape_len(NEWLINE), count_escapes(dirs[1]));
    println!("{}", temp);
}
