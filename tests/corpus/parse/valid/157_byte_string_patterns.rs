// Byte, byte-string and string literals as patterns, matching on slices of bytes and &str.
fn magic(header: &[u8]) -> &'static str {
    match header {
        [0x89, b'P', b'N', b'G', ..] => "png",
        [b'G', b'I', b'F', b'8', b'7' | b'9', b'a', ..] => "gif",
        [0xFF, 0xD8, 0xFF, ..] => "jpeg",
        b"%PDF" => "pdf (exact)",
        [b'%', b'P', b'D', b'F', rest @ ..] if rest.starts_with(b"-") => "pdf",
        [] => "empty",
        _ => "unknown",
    }
}

fn method(m: &[u8; 3]) -> u8 {
    match m {
        b"GET" => 1,
        b"PUT" => 2,
        _ => 0,
    }
}

fn command(s: &str) -> i32 {
    match s {
        "" => 0,
        "start" | "run" => 1,
        "stop" => 2,
        other if other.starts_with('#') => -1,
        _ => 99,
    }
}

fn escape_kind(c: u8) -> &'static str {
    match c {
        b'\n' | b'\r' => "newline",
        b'\t' => "tab",
        b'\\' => "backslash",
        b'\'' | b'"' => "quote",
        b'\x00'..=b'\x1f' => "control",
        _ => "plain",
    }
}

fn main() {
    println!("{} {} {}", magic(b"\x89PNG\r\n"), magic(b"GIF89a..."), magic(b"%PDF-1.7"));
    println!("{} {} {}", magic(b"%PDF"), magic(&[]), magic(&[1, 2]));
    println!("{} {}", method(b"GET"), method(b"DEL"));
    println!("{} {} {}", command("run"), command("# note"), command(""));
    println!("{} {} {}", escape_kind(b'\t'), escape_kind(7), escape_kind(b'"'));
}
